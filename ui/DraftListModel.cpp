// SPDX-License-Identifier: GPL-3.0-or-later
#include "DraftListModel.h"

#include <base/Localization.h>
#include <store/Store.h>

namespace sos {

DraftListModel::DraftListModel(Store& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    refresh();
}

int DraftListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_drafts.size());
}

int DraftListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DraftListModel::stateText(const Draft& draft)
{
    switch (draft.state) {
    case DraftState::Draft:
        return tr("Draft");
    case DraftState::Queued:
        return tr("Queued for the next sync");
    case DraftState::Published:
        return tr("Published");
    case DraftState::Rejected:
        return tr("Refused: %1").arg(draft.lastError);
    }
    return {};
}

QString DraftListModel::lensName(const Draft& draft) const
{
    if (draft.lensId == QLatin1String(Drafts::customLensId))
        return draft.customLens.trimmed().isEmpty() ? tr("Custom lens") : draft.customLens.trimmed();
    if (draft.lensId.isEmpty())
        return tr("No lens yet");
    return m_lensNames.value(draft.lensId, draft.lensId);
}

QString DraftListModel::toolName(const QString& toolId) const
{
    auto it = m_toolNames.constFind(toolId);
    if (it == m_toolNames.constEnd()) {
        const auto details = m_store.catalog().toolDetails(toolId);
        it = m_toolNames.insert(toolId, details ? details->summary.tool.name : toolId);
    }
    return it.value();
}

QVariant DraftListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Draft& draft = m_drafts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ToolColumn:
            return toolName(draft.toolId);
        case LensColumn:
            return lensName(draft);
        case VerdictColumn:
            return draft.verdict ? verdictLabel(*draft.verdict) : QString();
        case StateColumn:
            return stateText(draft);
        case EditedColumn:
            return localDateTime(draft.updatedAt.toLocalTime());
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == StateColumn)
            return stateText(draft);
        return tr("%1 through the %2 lens: %n word(s)", nullptr, draft.wordCount())
            .arg(toolName(draft.toolId), lensName(draft));
    case DraftIdRole:
        return draft.id;
    case StateRole:
        return static_cast<int>(draft.state);
    default:
        return {};
    }
}

QVariant DraftListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ToolColumn:
        return tr("Tool");
    case LensColumn:
        return tr("Lens");
    case VerdictColumn:
        return tr("Verdict");
    case StateColumn:
        return tr("State");
    case EditedColumn:
        return tr("Last edited");
    default:
        return {};
    }
}

void DraftListModel::refresh()
{
    m_lensNames.clear();
    for (const Lens& lens : m_store.catalog().lenses())
        m_lensNames.insert(lens.id, lens.name);
    QList<Draft> drafts = Drafts(m_store).list();
    QStringList oldIds;
    QStringList newIds;
    for (const Draft& draft : std::as_const(m_drafts))
        oldIds << draft.id;
    for (const Draft& draft : std::as_const(drafts))
        newIds << draft.id;
    QStringList sortedOld = oldIds;
    QStringList sortedNew = newIds;
    sortedOld.sort();
    sortedNew.sort();
    if (sortedOld != sortedNew) {
        beginResetModel();
        m_drafts = std::move(drafts);
        endResetModel();
        return;
    }
    // The same drafts, perhaps in another order: move the rows, keep the indexes pointing at them.
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    for (const QModelIndex& index : before) {
        const qsizetype row = newIds.indexOf(oldIds.at(index.row()));
        after << this->index(static_cast<int>(row), index.column());
    }
    m_drafts = std::move(drafts);
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();
    if (!m_drafts.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DraftListModel::rowOfDraft(const QString& id) const
{
    for (int row = 0; row < m_drafts.size(); ++row) {
        if (m_drafts.at(row).id == id)
            return row;
    }
    return -1;
}

} // namespace sos
