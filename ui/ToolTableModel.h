// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog table. Rows come from the store page by page as the view scrolls; filtering and sorting
// are done by SQLite (sort() re-queries), never by a proxy over the rows fetched so far.
#pragma once

#include "Store.h"

#include <QAbstractTableModel>

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
    };
    static constexpr int pageSize = 256;

    explicit ToolTableModel(const Store& store, QObject* parent = nullptr);

    // Replaces filters (search, facets, comparison) and keeps the current sort.
    void setQuery(const ToolQuery& query);
    const ToolQuery& query() const { return m_query; }
    int totalCount() const { return m_total; }
    // Re-reads the rows after the store changed.
    void reload();
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

private:
    const Store& m_store;
    ToolQuery m_query;
    QList<ToolSummary> m_rows;
    int m_total = 0;
};

} // namespace sos
