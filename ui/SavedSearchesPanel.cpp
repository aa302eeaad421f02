// SPDX-License-Identifier: GPL-3.0-or-later
#include "SavedSearchesPanel.h"

#include "FacetPanel.h"
#include "ToolDetailsView.h"
#include <store/Store.h>

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace sos {

namespace {

constexpr int nameRole = Qt::UserRole + 1; // the name as stored, while the text is edited

QString sortLabel(ToolSort sort)
{
    switch (sort) {
    case ToolSort::Name:
        return SavedSearchesPanel::tr("name");
    case ToolSort::Vendor:
        return SavedSearchesPanel::tr("vendor");
    case ToolSort::Category:
        return SavedSearchesPanel::tr("category");
    case ToolSort::Pricing:
        return SavedSearchesPanel::tr("pricing");
    case ToolSort::PanelShip:
        return SavedSearchesPanel::tr("panel ship");
    case ToolSort::Community:
        return SavedSearchesPanel::tr("community");
    }
    return {};
}

// What a saved search holds, a line each: its text, each facet's values, its sort.
QString describe(const SavedSearch& search)
{
    QStringList lines;
    if (!search.query.isEmpty())
        lines << SavedSearchesPanel::tr("Search: %1").arg(search.query);
    for (Facet facet : allFacets) {
        QStringList values;
        for (const QString& value : search.values(facet))
            values << FacetPanel::valueLabel(facet, value);
        if (!values.isEmpty())
            lines << SavedSearchesPanel::tr("%1: %2").arg(FacetPanel::facetTitle(facet),
                                                          values.join(QStringLiteral(", ")));
    }
    lines << (search.descending
                  ? SavedSearchesPanel::tr("Sorted by %1, descending").arg(sortLabel(search.sort))
                  : SavedSearchesPanel::tr("Sorted by %1").arg(sortLabel(search.sort)));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

SavedSearchesPanel::SavedSearchesPanel(Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("savedSearchList"));
    m_list->setAccessibleName(tr("Saved searches"));
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed); // F2; a click restores the search
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_list, 1);
    m_placeholder = new QLabel(tr("Save the search and filters you use often with %1.")
                                   .arg(shortcutText(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S))),
                               this);
    m_placeholder->setObjectName(QStringLiteral("savedSearchPlaceholder"));
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    layout->addWidget(m_placeholder);

    m_undoBar = new QWidget(this);
    auto* undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(0, 0, 0, 0);
    m_undoLabel = new QLabel(m_undoBar);
    m_undoLabel->setTextFormat(Qt::PlainText);
    m_undoLabel->setWordWrap(true);
    auto* undo = new QPushButton(tr("&Undo"), m_undoBar);
    undo->setObjectName(QStringLiteral("undoDeleteSearchButton"));
    connect(undo, &QPushButton::clicked, this, &SavedSearchesPanel::undoDelete);
    undoLayout->addWidget(m_undoLabel, 1);
    undoLayout->addWidget(undo);
    layout->addWidget(m_undoBar);
    m_undoBar->hide();

    const auto addListAction = [this](const QString& text, const QString& name, const QKeySequence& keys,
                                      void (SavedSearchesPanel::*slot)()) {
        auto* action = new QAction(text, m_list);
        action->setObjectName(name);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_list->addAction(action);
        return action;
    };
    addListAction(tr("&Rename"), QStringLiteral("renameSearchAction"), QKeySequence(Qt::Key_F2),
                  &SavedSearchesPanel::renameCurrent);
    addListAction(tr("&Delete"), QStringLiteral("deleteSearchAction"), QKeySequence::Delete,
                  &SavedSearchesPanel::deleteCurrent);
    addListAction(tr("&Undo Delete"), QStringLiteral("undoDeleteSearchAction"), QKeySequence::Undo,
                  &SavedSearchesPanel::undoDelete);

    connect(m_list, &QListWidget::itemChanged, this, &SavedSearchesPanel::onItemChanged);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (const auto search = m_store.savedSearches().find(item->data(nameRole).toString()))
            Q_EMIT searchActivated(*search);
    });
    connect(m_list, &QListWidget::itemClicked, m_list, &QListWidget::itemActivated);
    connect(m_list, &QWidget::customContextMenuRequested, this, &SavedSearchesPanel::showContextMenu);
    reload();
}

void SavedSearchesPanel::reload()
{
    const QString selected =
        m_list->currentItem() ? m_list->currentItem()->data(nameRole).toString() : QString();
    m_filling = true;
    m_list->clear();
    for (const SavedSearch& search : m_store.savedSearches().list()) {
        auto* item = new QListWidgetItem(search.name, m_list);
        item->setData(nameRole, search.name);
        item->setToolTip(describe(search));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        if (search.name.compare(selected, Qt::CaseInsensitive) == 0)
            m_list->setCurrentItem(item);
    }
    m_filling = false;
    m_placeholder->setVisible(m_list->count() == 0);
    m_signature = storeSignature();
}

bool SavedSearchesPanel::reloadIfChanged()
{
    if (storeSignature() == m_signature)
        return false;
    reload();
    return true;
}

// The names and when each last changed: what the list shows.
QString SavedSearchesPanel::storeSignature() const
{
    QStringList parts;
    for (const SavedSearch& search : m_store.savedSearches().list())
        parts << search.name + QLatin1Char('@') + search.updatedAt.toString(Qt::ISODate);
    return parts.join(QLatin1Char('\n'));
}

void SavedSearchesPanel::selectSearch(const QString& name)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(nameRole).toString().compare(name, Qt::CaseInsensitive) == 0)
            m_list->setCurrentRow(row);
    }
}

void SavedSearchesPanel::renameCurrent()
{
    if (QListWidgetItem* item = m_list->currentItem())
        m_list->editItem(item);
}

// The name edited in place: stored, or put back with the reason.
void SavedSearchesPanel::onItemChanged(QListWidgetItem* item)
{
    if (m_filling)
        return;
    const QString before = item->data(nameRole).toString();
    const QString after = item->text().trimmed();
    if (after == before)
        return;
    if (auto renamed = m_store.savedSearches().rename(before, after); !renamed) {
        Q_EMIT message(renamed.errorMessage());
        const QSignalBlocker quiet(m_list);
        item->setText(before);
        return;
    }
    Q_EMIT message(tr("Renamed the saved search \"%1\" to \"%2\".").arg(before, after));
    {
        const QSignalBlocker quiet(m_list);
        item->setData(nameRole, after);
    }
    // Read again (its order, its tooltip) once the list has finished with the edited item.
    QMetaObject::invokeMethod(
        this,
        [this, after] {
            reload();
            selectSearch(after);
        },
        Qt::QueuedConnection);
}

void SavedSearchesPanel::deleteCurrent()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const auto search = m_store.savedSearches().find(item->data(nameRole).toString());
    if (!search)
        return reload();
    if (auto removed = m_store.savedSearches().remove(search->name); !removed) {
        Q_EMIT message(removed.errorMessage());
        return;
    }
    m_deleted = search;
    const int row = m_list->currentRow();
    reload();
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    m_undoLabel->setText(tr("Deleted \"%1\".").arg(search->name));
    m_undoBar->show();
    Q_EMIT message(tr("Deleted the saved search \"%1\". Undo brings it back (%2 in the list).")
                       .arg(search->name, shortcutText(QKeySequence::Undo)));
}

void SavedSearchesPanel::undoDelete()
{
    if (!m_deleted)
        return;
    if (auto saved = m_store.savedSearches().save(*m_deleted); !saved) {
        Q_EMIT message(saved.errorMessage()); // saved again meanwhile under that name
        return;
    }
    const QString name = m_deleted->name;
    m_deleted.reset();
    m_undoBar->hide();
    reload();
    selectSearch(name);
    Q_EMIT message(tr("The saved search \"%1\" is back.").arg(name));
}

void SavedSearchesPanel::showContextMenu(const QPoint& at)
{
    QListWidgetItem* item = m_list->itemAt(at);
    if (item)
        m_list->setCurrentItem(item);
    QMenu menu(this);
    for (QAction* action : m_list->actions()) {
        const bool forItem = action->objectName() != QLatin1String("undoDeleteSearchAction");
        action->setEnabled(forItem ? item != nullptr : m_deleted.has_value());
        menu.addAction(action);
    }
    menu.exec(m_list->viewport()->mapToGlobal(at));
    for (QAction* action : m_list->actions())
        action->setEnabled(true);
}

} // namespace sos
