// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog table. Rows come from the store page by page as the view scrolls; filtering and sorting
// are done by SQLite (sort() re-queries), never by a proxy over the rows fetched so far. showEnd()
// counts every row at once (Ctrl+End): the rows past those read so far are then read a page at a time
// as the view shows them (blank until they come), the last page first.
//
// Two ways to read: by itself on the calling thread (the command line's and the tests' plain model),
// or, once a CatalogReader is attached (the window), through the reader's thread: setQuery(), sort(),
// reload() and fetchMore() then return at once, the rows shown stay until the new ones arrive, and
// the signals below say when each part of the answer is in.
#pragma once

#include <store/CatalogReader.h>
#include <store/Store.h>

#include <QAbstractTableModel>
#include <QSet>

#include <map>

namespace sos {

class ToolTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        VendorColumn,
        CategoryColumn,
        PricingColumn,
        PanelShipColumn,
        CommunityColumn,
        ColumnCount
    };
    enum Role
    {
        ToolIdRole = Qt::UserRole + 1,
        WatchedRole, // the user watches the tool: a star before its name
    };
    static constexpr int pageSize = 256;

    explicit ToolTableModel(const Store& store, QObject* parent = nullptr);

    // Reads through reader from now on (it must outlive the model, or be detached with nullptr).
    void attachReader(CatalogReader* reader);
    bool isAsynchronous() const { return m_reader != nullptr; }

    // Replaces filters (search, facets, comparison) and keeps the current sort. With a reader, the
    // rows up to keepToolId (when the query shows it) are read too, and selectionResolved() says where.
    void setQuery(const ToolQuery& query, const QString& keepToolId = {});
    // The query asked for last (its rows may still be on their way, with a reader).
    const ToolQuery& query() const { return m_query; }
    // How many rows the query has; -1 while a reader is still counting them.
    int totalCount() const { return m_total; }
    // Whether the rows shown are those of the last query asked for.
    bool isCurrent() const { return m_shownGeneration == m_generation; }
    // Re-reads the rows after the store changed.
    void reload(const QString& keepToolId = {});
    // The tools the user watches, starred in the name column (the window keeps them up to date).
    void setWatchedTools(const QSet<QString>& toolIds);
    bool isWatched(const QString& toolId) const { return m_watched.contains(toolId); }
    // The tool the window shows: with a reader, a new sort reads the rows up to it and says where it
    // went (selectionResolved()).
    void setCurrentToolId(const QString& toolId) { m_currentToolId = toolId; }
    // Every row of the query counted in the model (the count must be known), and the last page read:
    // the view can go to the real last row without the pages between. False when it cannot yet.
    bool showEnd();
    // Whether row has been read (a row past the pages read, after showEnd(), is blank until then).
    bool isRowLoaded(int row) const { return rowAt(row) != nullptr; }
    // The row of a tool, fetching further pages if needed; -1 when the query does not show it.
    int rowOfTool(const QString& toolId);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static ToolSort sortForColumn(int column);

Q_SIGNALS:
    void queryChanged();
    // With a reader: the first rows of the last query are shown.
    void rowsShown();
    // With a reader: the count of the last query is known (totalCount()).
    void totalKnown(int total);
    // With a reader: the row of the keepToolId of the last setQuery() or reload() (-1: not shown).
    void selectionResolved(const QString& toolId, int row);
    // With a reader: the facets' counts for the last query.
    void facetsReady(const sos::CatalogFacets& facets);

private:
    void requestRows(const QString& keepToolId, bool withFacets, int limit, bool sorting);
    void onPage(const CatalogPage& page);
    void remapAfterSort(const QList<ToolSummary>& rows);
    const ToolSummary* rowAt(int row) const;
    // After showEnd(): reads the page of rows that holds row, unless a page is on its way already.
    void askForPageOf(int row) const;
    // Where the page that holds row starts, after showEnd().
    int farPageOffset(int row) const;
    void placeFarPage(int offset, const QList<ToolSummary>& rows);
    // Leaves the showEnd() state (before a reset).
    void dropFarPages();

    const Store& m_store;
    CatalogReader* m_reader = nullptr;
    ToolQuery m_query;
    QList<ToolSummary> m_rows;
    int m_total = 0;
    quint64 m_generation = 0;      // of the last request made
    quint64 m_shownGeneration = 0; // of the rows shown
    bool m_fetching = false;       // a further page is on its way
    bool m_sorting = false;        // the last request re-sorts the rows shown
    bool m_lastPageFull = false;   // while the count is unknown: whether more rows may follow
    QString m_keepToolId;          // of the last request
    QString m_currentToolId;       // setCurrentToolId()
    // After showEnd(): rowCount() is the count; pages read past m_rows, by their first row.
    bool m_spread = false;
    bool m_growing = false; // showEnd() is counting every row in
    std::map<int, QList<ToolSummary>> m_far;
    mutable int m_farAsked = -1; // the offset of the far page on its way, if any
    QSet<QString> m_watched;
    QHash<QString, QString> m_snippets; // tool id → where its reviews matched the search
};

} // namespace sos
