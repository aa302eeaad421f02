// SPDX-License-Identifier: GPL-3.0-or-later
// The sidebar's Shortlist (issue #19): the tools put aside to compare, in the order added. Activating
// one shows it in the catalog; Delete or the context menu takes it off; Compare Shortlist opens them
// side by side (the first four). The store keeps it, so `shiporskip-cli shortlist` sees the same list.
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace sos {

class Store;

class ShortlistPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ShortlistPanel(Store& store, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    // The tools in the order added, those the catalog no longer has left out.
    QStringList toolIds() const;
    void reload();
    // Re-reads it when another process changed it; true when it did.
    bool reloadIfChanged();
    void removeCurrent();

Q_SIGNALS:
    void toolRequested(const QString& toolId);
    void compareRequested();
    // The shortlist changed here (a tool taken off).
    void changed();
    void message(const QString& text);

private:
    Store& m_store;
    QListWidget* m_list = nullptr;
    QLabel* m_placeholder = nullptr;
    QPushButton* m_compare = nullptr;
    QStringList m_shown; // the ids as last read, in order
};

} // namespace sos
