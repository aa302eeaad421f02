// SPDX-License-Identifier: GPL-3.0-or-later
// What changed since the user last looked (issue #18): the changes the syncs recorded in the store's
// change log, grouped by sync (newest first) and, within a sync, those on watched tools and
// comparisons first, each written out as a sentence with its before and after. Activating one asks for
// its tool or comparison. "Mark all seen" moves the store's seen mark, which the command line shares.
// It reads the store through the window's own connection.
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace sos {

class Store;

class WhatChangedPanel final : public QWidget
{
    Q_OBJECT

public:
    enum Role
    {
        ChangeIdRole = Qt::UserRole + 1, // 0 on a sync's header
        ToolIdRole,
        ComparisonIdRole,
        WatchedRole,
    };
    // The most changes listed at once; the command line lists them all.
    static constexpr int listLimit = 2000;

    explicit WhatChangedPanel(Store& store, QWidget* parent = nullptr);

    // Re-reads the changes, the seen mark and the badge.
    void reload();
    // Reloads only when the store's change log, seen mark or watches differ from what is shown (another
    // process synced, marked seen or watched). True when it reloaded.
    bool reloadIfChanged();
    // Unseen changes on watched items: the badge.
    int unseenWatchedCount() const { return m_unseenWatched; }
    void markAllSeen();
    void setShowAll(bool all);
    bool showsAll() const;
    void focusList();
    // A height that shows the changes listed (wrapped sentences aside), for the pane's first opening.
    int preferredHeight() const;
    QTreeWidget* list() const { return m_list; }

Q_SIGNALS:
    void toolRequested(const QString& toolId);
    void comparisonRequested(const QString& comparisonId);
    // The badge's count changed.
    void unseenWatchedChanged(int count);
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString storeSignature() const;
    void openItem(QTreeWidgetItem* item);
    void updateOpenButton();

    Store& m_store;
    QLabel* m_summary = nullptr;
    QCheckBox* m_showAll = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_markSeen = nullptr;
    QTreeWidget* m_list = nullptr;
    QLabel* m_empty = nullptr;
    QString m_signature; // of the store as last read
    qint64 m_newestListed = 0;
    int m_unseenWatched = -1;
};

} // namespace sos
