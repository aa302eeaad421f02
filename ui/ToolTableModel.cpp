// SPDX-License-Identifier: GPL-3.0-or-later
#include "ToolTableModel.h"

#include "SearchHighlight.h"
#include "ToolDetailsView.h"

#include <QHash>

namespace sos {

namespace {

bool sameTools(const QList<ToolSummary>& a, const QList<ToolSummary>& b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const ToolSummary& x, const ToolSummary& y) { return x.tool.id == y.tool.id; });
}

} // namespace

ToolTableModel::ToolTableModel(const Store& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    reload();
}

void ToolTableModel::attachReader(CatalogReader* reader)
{
    if (m_reader)
        disconnect(m_reader, nullptr, this, nullptr);
    m_reader = reader;
    m_fetching = false;
    if (!m_reader)
        return;
    connect(m_reader, &CatalogReader::pageReady, this, &ToolTableModel::onPage);
    connect(m_reader, &CatalogReader::countReady, this, [this](quint64 generation, int total) {
        if (generation != m_generation)
            return;
        m_total = total;
        Q_EMIT totalKnown(total);
    });
    connect(m_reader, &CatalogReader::facetsReady, this, [this](const CatalogFacets& facets) {
        if (facets.generation == m_generation)
            Q_EMIT facetsReady(facets);
    });
    connect(m_reader, &CatalogReader::snippetsReady, this, [this](const CatalogSnippets& snippets) {
        if (snippets.generation != m_generation)
            return;
        m_snippets.insert(snippets.byToolId);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn), {Qt::ToolTipRole});
    });
}

void ToolTableModel::setQuery(const ToolQuery& query, const QString& keepToolId)
{
    ToolQuery next = query;
    next.sort = m_query.sort;
    next.descending = m_query.descending;
    m_query = next;
    reload(keepToolId);
    Q_EMIT queryChanged();
}

void ToolTableModel::reload(const QString& keepToolId)
{
    if (m_reader)
        return requestRows(keepToolId, true, pageSize, false);
    beginResetModel();
    dropFarPages();
    m_total = m_store.catalog().countTools(m_query);
    m_rows = m_store.catalog().fetchTools(m_query, 0, pageSize);
    endResetModel();
}

void ToolTableModel::requestRows(const QString& keepToolId, bool withFacets, int limit, bool sorting)
{
    m_keepToolId = keepToolId;
    m_sorting = sorting;
    m_fetching = false;
    if (!sorting)
        m_snippets.clear(); // a new search: the old one's snippets would mislead
    // A sort shows the same rows in another order: their count stays.
    m_generation =
        m_reader->request(CatalogRequest{m_query, limit, keepToolId, withFacets, sorting ? m_total : -1});
}

void ToolTableModel::onPage(const CatalogPage& page)
{
    if (page.generation != m_generation)
        return; // an answer to a request made before the last one
    if (page.offset == 0) {
        const bool first = m_shownGeneration != m_generation;
        m_shownGeneration = m_generation;
        m_lastPageFull = page.rows.size() >= pageSize;
        if (m_spread) {
            // Every row was counted in (showEnd()): the new rows start afresh.
            beginResetModel();
            dropFarPages();
            m_rows = page.rows;
            m_total = -1;
            endResetModel();
        } else if (m_sorting && page.rows.size() == m_rows.size()) {
            remapAfterSort(page.rows);
        } else if (sameTools(m_rows, page.rows)) {
            // The same tools in the same order (a reload after a sync, or the facets' first count):
            // their figures may have changed, the view's selection and scroll position stay.
            m_rows = page.rows;
            m_total = -1;
            if (!m_rows.isEmpty())
                Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
        } else {
            beginResetModel();
            m_rows = page.rows;
            m_total = -1;
            endResetModel();
        }
        if (first)
            Q_EMIT rowsShown();
    } else if (m_spread && page.offset >= m_rows.size()) {
        if (page.offset == m_rows.size())
            m_fetching = false;
        placeFarPage(page.offset, page.rows);
    } else if (page.offset == m_rows.size()) {
        m_fetching = false;
        if (page.more || !page.rows.isEmpty())
            m_lastPageFull = !page.rows.isEmpty() && page.rows.size() % pageSize == 0;
        if (!page.rows.isEmpty()) {
            beginInsertRows({}, static_cast<int>(m_rows.size()),
                            static_cast<int>(m_rows.size() + page.rows.size() - 1));
            m_rows += page.rows;
            endInsertRows();
        } else if (page.more && (m_total < 0 || m_total > m_rows.size())) {
            m_total = static_cast<int>(m_rows.size()); // the store shrank under us: stop asking
        }
    } else {
        m_fetching = false;
        return; // rows for a scroll position this model has moved away from
    }
    if (!m_keepToolId.isEmpty() && page.keptResolved && !page.more) {
        const QString toolId = std::exchange(m_keepToolId, QString());
        Q_EMIT selectionResolved(toolId, page.keptRow);
    }
}

int ToolTableModel::rowOfTool(const QString& toolId)
{
    auto loadedRow = [&]() -> int {
        for (qsizetype row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).tool.id == toolId)
                return static_cast<int>(row);
        }
        for (const auto& [offset, rows] : m_far) {
            for (qsizetype row = 0; row < rows.size(); ++row) {
                if (rows.at(row).tool.id == toolId)
                    return offset + static_cast<int>(row);
            }
        }
        return -1;
    };
    if (const int row = loadedRow(); row >= 0 || (m_reader && !isCurrent()))
        return row; // rows of an older query than m_query: nothing to read them by
    // The store says where the tool is, or that the query leaves it out, without reading every page;
    // then the pages up to it are read here (the view needs them to show it).
    const int position = m_store.catalog().positionOfTool(m_query, toolId);
    if (position < m_rows.size())
        return -1;
    if (m_spread) { // every row is counted in: only the tool's page is read
        const int offset = farPageOffset(position);
        placeFarPage(offset, m_store.catalog().fetchTools(m_query, offset, pageSize));
        return loadedRow();
    }
    const int offset = static_cast<int>(m_rows.size());
    const QList<ToolSummary> rows =
        m_store.catalog().fetchTools(m_query, offset, ((position - offset) / pageSize + 1) * pageSize);
    m_fetching = false; // a page still on its way from the reader now lands at the wrong offset
    if (!rows.isEmpty()) {
        beginInsertRows({}, offset, static_cast<int>(offset + rows.size() - 1));
        m_rows += rows;
        endInsertRows();
    }
    return loadedRow();
}

int ToolTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_spread ? std::max(m_total, static_cast<int>(m_rows.size())) : static_cast<int>(m_rows.size());
}

bool ToolTableModel::showEnd()
{
    if (m_total < 0 || (m_reader && !isCurrent()))
        return false;
    if (!m_spread && m_rows.size() < m_total) {
        // Until the rows are in, no page is fetched from inside the insert's signals (Qt 6.4's model
        // tester does so).
        m_growing = true;
        beginInsertRows({}, static_cast<int>(m_rows.size()), m_total - 1);
        m_spread = true;
        endInsertRows();
        m_growing = false;
    }
    if (m_spread && !rowAt(m_total - 1)) {
        const int offset = farPageOffset(m_total - 1);
        if (m_reader) {
            m_farAsked = offset;
            m_reader->fetchMore(m_generation, m_query, offset, pageSize);
        } else {
            placeFarPage(offset, m_store.catalog().fetchTools(m_query, offset, pageSize));
        }
    }
    return true;
}

int ToolTableModel::farPageOffset(int row) const
{
    // Pages counted from the end of the rows read from the top, so that the first one joins them.
    const int start = static_cast<int>(m_rows.size());
    return start + (row - start) / pageSize * pageSize;
}

const ToolSummary* ToolTableModel::rowAt(int row) const
{
    if (row < 0)
        return nullptr;
    if (row < m_rows.size())
        return &m_rows.at(row);
    auto page = m_far.upper_bound(row);
    if (page == m_far.cbegin())
        return nullptr;
    --page;
    const qsizetype within = row - page->first;
    return within < page->second.size() ? &page->second.at(within) : nullptr;
}

void ToolTableModel::askForPageOf(int row) const
{
    if (!m_spread || m_farAsked >= 0)
        return;
    const int offset = farPageOffset(row);
    m_farAsked = offset;
    if (m_reader) {
        m_reader->fetchMore(m_generation, m_query, offset, pageSize);
        return;
    }
    // Not while the view paints: the rows are read on the next turn of the event loop.
    auto* self = const_cast<ToolTableModel*>(this);
    QMetaObject::invokeMethod(
        self,
        [self, offset] {
            if (self->m_spread && self->m_farAsked == offset)
                self->placeFarPage(offset,
                                   self->m_store.catalog().fetchTools(self->m_query, offset, pageSize));
        },
        Qt::QueuedConnection);
}

void ToolTableModel::placeFarPage(int offset, const QList<ToolSummary>& rows)
{
    if (m_farAsked == offset)
        m_farAsked = -1;
    if (rows.isEmpty() || offset < m_rows.size())
        return;
    if (offset == m_rows.size()) {
        m_rows += rows;
        // The pages read further on that now follow on.
        while (!m_far.empty() && m_far.begin()->first <= m_rows.size()) {
            const auto& [start, more] = *m_far.begin();
            const qsizetype skip = m_rows.size() - start;
            if (skip < more.size())
                m_rows += more.mid(skip);
            m_far.erase(m_far.begin());
        }
    } else {
        m_far[offset] = rows;
    }
    Q_EMIT dataChanged(index(offset, 0), index(offset + static_cast<int>(rows.size()) - 1, ColumnCount - 1));
    if (m_far.empty() && m_rows.size() == m_total)
        m_spread = false; // every row is read: as if scrolled there
}

void ToolTableModel::dropFarPages()
{
    m_spread = false;
    m_far.clear();
    m_farAsked = -1;
}

int ToolTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ToolTableModel::setWatchedTools(const QSet<QString>& toolIds)
{
    if (toolIds == m_watched)
        return;
    m_watched = toolIds;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn),
                           {Qt::DecorationRole, Qt::AccessibleDescriptionRole, WatchedRole});
}

QVariant ToolTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ToolSummary* found = rowAt(index.row());
    if (!found) {
        // Counted in by showEnd(), not read yet: blank until its page comes.
        if (role == Qt::DisplayRole)
            askForPageOf(index.row());
        return {};
    }
    const ToolSummary& row = *found;
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
        if (index.column() == NameColumn) {
            // Where a review matched the search, as FTS5 cut it out, marked and escaped.
            const QString snippet = m_snippets.value(row.tool.id);
            if (snippet.isEmpty())
                return row.tool.tagline;
            return QStringLiteral("<p>%1</p><p>%2</p>")
                .arg(row.tool.tagline.toHtmlEscaped(), tr("Found in a review: %1").arg(snippetHtml(snippet)));
        }
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
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return starIcon(m_watched.contains(row.tool.id));
        break;
    case Qt::AccessibleDescriptionRole:
        if (index.column() == NameColumn && m_watched.contains(row.tool.id))
            return tr("Watched");
        break;
    case ToolIdRole:
        return row.tool.id;
    case WatchedRole:
        return m_watched.contains(row.tool.id);
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
    if (parent.isValid())
        return false;
    if (m_spread || m_growing)
        return false; // every row is counted in already: their pages are read as they are shown
    if (m_reader)
        return !m_fetching && isCurrent() && (m_total < 0 ? m_lastPageFull : m_rows.size() < m_total);
    return m_rows.size() < m_total;
}

void ToolTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    if (m_reader) {
        m_fetching = true;
        m_reader->fetchMore(m_generation, m_query, static_cast<int>(m_rows.size()), pageSize);
        return;
    }
    const QList<ToolSummary> page =
        m_store.catalog().fetchTools(m_query, static_cast<int>(m_rows.size()), pageSize);
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
    // As many rows as are loaded, in the new order: the view keeps its scroll position.
    const qsizetype loaded = std::max<qsizetype>(m_rows.size(), pageSize);
    if (m_reader) // the same rows in another order: the facets' counts stay as they are
        return requestRows(m_currentToolId, false, static_cast<int>(loaded), true);
    m_total = m_store.catalog().countTools(m_query);
    if (m_spread) {
        beginResetModel();
        dropFarPages();
        m_rows = m_store.catalog().fetchTools(m_query, 0, static_cast<int>(loaded));
        endResetModel();
        return;
    }
    remapAfterSort(m_store.catalog().fetchTools(m_query, 0, static_cast<int>(loaded)));
}

void ToolTableModel::remapAfterSort(const QList<ToolSummary>& rows)
{
    // A sort is a layout change, not a reset: views keep their selection and scroll position.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QStringList idsBefore;
    for (const QModelIndex& index : before)
        idsBefore << m_rows.at(index.row()).tool.id;
    m_rows = rows;
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
