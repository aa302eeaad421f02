// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparisonListModel.h"

#include <algorithm>

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
    // As many rows as were shown before (at least a page), so a reload after a sync keeps the place
    // the list was scrolled to.
    const int shown = std::max(pageSize, static_cast<int>(m_comparisons.size()));
    m_total = m_store.catalog().comparisonCount();
    m_comparisons = m_store.catalog().comparisons(0, shown);
    endResetModel();
}

bool ComparisonListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_comparisons.size() < m_total;
}

void ComparisonListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<ComparisonSummary> page =
        m_store.catalog().comparisons(static_cast<int>(m_comparisons.size()), pageSize);
    if (page.isEmpty()) {
        m_total = static_cast<int>(m_comparisons.size()); // the store holds fewer than it counted
        return;
    }
    const int first = static_cast<int>(m_comparisons.size());
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_comparisons << page;
    endInsertRows();
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
