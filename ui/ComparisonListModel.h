// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Store.h"

#include <QAbstractListModel>

namespace sos {

// The feed's comparisons, by title.
class ComparisonListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        ComparisonIdRole = Qt::UserRole + 1,
    };

    explicit ComparisonListModel(const Store& store, QObject* parent = nullptr);
    void reload();
    QModelIndex indexOfComparison(const QString& comparisonId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    const Store& m_store;
    QList<ComparisonSummary> m_comparisons;
};

} // namespace sos
