// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparisonListModel.h"

namespace sos {

ComparisonListModel::ComparisonListModel(const Store& store, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    reload();
}

void ComparisonListModel::reload()
{
    beginResetModel();
    m_comparisons = m_store.comparisons();
    endResetModel();
}

QModelIndex ComparisonListModel::indexOfComparison(const QString& comparisonId) const
{
    for (qsizetype row = 0; row < m_comparisons.size(); ++row) {
        if (m_comparisons.at(row).comparison.id == comparisonId)
            return index(static_cast<int>(row));
    }
    return {};
}

int ComparisonListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_comparisons.size());
}

QVariant ComparisonListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComparisonSummary& summary = m_comparisons.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return summary.comparison.title;
    case Qt::ToolTipRole:
        return summary.totalVotes > 0
                   ? tr("%1 \u2014 %n community vote(s)", nullptr, summary.totalVotes)
                         .arg(summary.toolNames.join(QStringLiteral(", ")))
                   : tr("%1 \u2014 no community votes yet").arg(summary.toolNames.join(QStringLiteral(", ")));
    case ComparisonIdRole:
        return summary.comparison.id;
    }
    return {};
}

} // namespace sos
