// SPDX-License-Identifier: GPL-3.0-or-later
// The sidebar's Saved list (issue #19): the saved searches by name. Activating one (a click, Enter)
// restores its text, facets and sort in the window; F2 or the context menu renames it in place; Delete
// or the context menu deletes it, with Undo (Ctrl+Z in the list, or the button that shows) until the
// next delete. The store keeps them, so `shiporskip-cli searches` sees the same list.
#pragma once

#include <store/SavedSearches.h>

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace sos {

class Store;

class SavedSearchesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SavedSearchesPanel(Store& store, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    // Re-reads the list; the selected search stays selected.
    void reload();
    // Re-reads it when another process changed it; true when it did.
    bool reloadIfChanged();
    void selectSearch(const QString& name);

    void renameCurrent();
    void deleteCurrent();
    void undoDelete();

Q_SIGNALS:
    void searchActivated(const sos::SavedSearch& search);
    void message(const QString& text);

private:
    void onItemChanged(QListWidgetItem* item);
    void showContextMenu(const QPoint& at);
    QString storeSignature() const;

    Store& m_store;
    QListWidget* m_list = nullptr;
    QLabel* m_placeholder = nullptr;
    QWidget* m_undoBar = nullptr;
    QLabel* m_undoLabel = nullptr;
    std::optional<SavedSearch> m_deleted; // what Undo brings back
    QString m_signature;
    bool m_filling = false;
};

} // namespace sos
