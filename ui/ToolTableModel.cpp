// SPDX-License-Identifier: GPL-3.0-or-later
#include "ToolTableModel.h"

#include <QHash>

namespace sos {

ToolTableModel::ToolTableModel(const Store& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    reload();
}

void ToolTableModel::setQuery(const ToolQuery& query)
{
    ToolQuery next = query;
    next.sort = m_query.sort;
    next.descending = m_query.descending;
    m_query = next;
    reload();
    Q_EMIT queryChanged();
}

void ToolTableModel::reload()
{
    beginResetModel();
    m_total = m_store.countTools(m_query);
    m_rows = m_store.fetchTools(m_query, 0, pageSize);
    endResetModel();
}

int ToolTableModel::rowOfTool(const QString& toolId)
{
    // The store says where the tool is, or that the query leaves it out, without reading every page;
    // then the pages up to it are fetched (the view needs them to show it).
    const int position = m_store.positionOfTool(m_query, toolId);
    if (position < 0)
        return -1;
    while (m_rows.size() <= position && canFetchMore({}))
        fetchMore({});
    for (;;) {
        for (qsizetype row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).tool.id == toolId)
                return static_cast<int>(row);
        }
        if (!canFetchMore({}))
            return -1;
        fetchMore({});
    }
}

int ToolTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ToolTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ToolTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ToolSummary& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.tool.name;
        case VendorColumn:
            return row.tool.vendor;
        case CategoryColumn:
            return row.tool.category;
        case PricingColumn:
            return pricingLabel(row.tool.pricing);
        case PanelShipColumn:
            return row.panel.toDisplayString();
        case CommunityColumn:
            return row.community.toDisplayString();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return row.tool.tagline;
        if (index.column() == PanelShipColumn)
            return tr("Reviewers saying ship: %L1 of %L2").arg(row.panel.ships).arg(row.panel.reviews);
        if (index.column() == CommunityColumn)
            return row.community.total > 0 ? tr("Community votes for this tool: %L1 of %L2")
                                                 .arg(row.community.votes)
                                                 .arg(row.community.total)
                                           : tr("No community votes yet");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PanelShipColumn || index.column() == CommunityColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ToolIdRole:
        return row.tool.id;
    }
    return {};
}

QVariant ToolTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case VendorColumn:
        return tr("Vendor");
    case CategoryColumn:
        return tr("Category");
    case PricingColumn:
        return tr("Pricing");
    case PanelShipColumn:
        return tr("Panel ship");
    case CommunityColumn:
        return tr("Community");
    }
    return {};
}

bool ToolTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void ToolTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<ToolSummary> page = m_store.fetchTools(m_query, static_cast<int>(m_rows.size()), pageSize);
    if (page.isEmpty()) {
        m_total = static_cast<int>(m_rows.size()); // the store shrank under us: stop asking
        return;
    }
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

ToolSort ToolTableModel::sortForColumn(int column)
{
    switch (column) {
    case VendorColumn:
        return ToolSort::Vendor;
    case CategoryColumn:
        return ToolSort::Category;
    case PricingColumn:
        return ToolSort::Pricing;
    case PanelShipColumn:
        return ToolSort::PanelShip;
    case CommunityColumn:
        return ToolSort::Community;
    default:
        return ToolSort::Name;
    }
}

void ToolTableModel::sort(int column, Qt::SortOrder order)
{
    const ToolSort sort = sortForColumn(column);
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_query.sort && descending == m_query.descending && !m_rows.isEmpty())
        return;
    m_query.sort = sort;
    m_query.descending = descending;
    // A sort is a layout change, not a reset: views keep their selection and scroll position.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QStringList idsBefore;
    for (const QModelIndex& index : before)
        idsBefore << m_rows.at(index.row()).tool.id;
    const qsizetype loaded = std::max<qsizetype>(m_rows.size(), pageSize);
    m_total = m_store.countTools(m_query);
    m_rows = m_store.fetchTools(m_query, 0, static_cast<int>(loaded));
    QHash<QString, int> rowOfId;
    for (qsizetype r = 0; r < m_rows.size(); ++r)
        rowOfId.insert(m_rows.at(r).tool.id, static_cast<int>(r));
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOfId.value(idsBefore.at(i), -1);
        after << (row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace sos
