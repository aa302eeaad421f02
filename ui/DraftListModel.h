// SPDX-License-Identifier: GPL-3.0-or-later
// The reviewer's drafts, newest edit first: tool, lens, verdict, state (with the feed's reason for a
// refused one) and when it was last edited. Rows keep their identity across refreshes, so the
// selection follows a draft when a save moves it to the top.
#pragma once

#include <drafts/Drafts.h>

#include <QAbstractTableModel>

namespace sos {

class Store;

class DraftListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ToolColumn,
        LensColumn,
        VerdictColumn,
        StateColumn,
        EditedColumn,
        ColumnCount
    };
    enum Role
    {
        DraftIdRole = Qt::UserRole + 1,
        StateRole, // DraftState as an int
    };

    explicit DraftListModel(Store& store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Re-reads the drafts from the store.
    void refresh();
    int rowOfDraft(const QString& id) const;
    const Draft& draftAt(int row) const { return m_drafts.at(row); }

    static QString stateText(const Draft& draft);
    QString lensName(const Draft& draft) const;
    QString toolName(const QString& toolId) const;

private:
    Store& m_store;
    QList<Draft> m_drafts;
    mutable QHash<QString, QString> m_toolNames;
    QHash<QString, QString> m_lensNames;
};

} // namespace sos
