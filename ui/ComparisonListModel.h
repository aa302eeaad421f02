// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <store/Store.h>

#include <QAbstractListModel>

namespace sos {

// The feed's comparisons, by title, read from the store a page at a time as the view scrolls to them
// (canFetchMore/fetchMore), so a feed of tens of thousands costs one page before the first paint.
class ComparisonListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        ComparisonIdRole = Qt::UserRole + 1,
    };

    static constexpr int pageSize = 200;

    explicit ComparisonListModel(const Store& store, QObject* parent = nullptr);
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    const Store& m_store;
    QList<ComparisonSummary> m_comparisons; // the rows read so far, the first of the store's order
    int m_total = 0;                        // how many the store holds
};

} // namespace sos
