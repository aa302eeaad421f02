// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShortlistPanel.h"

#include "ToolDetailsView.h"
#include <comparison/ComparisonModel.h>
#include <store/Store.h>

#include <QAction>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace sos {

namespace {
constexpr int toolIdRole = Qt::UserRole + 1;
}

ShortlistPanel::ShortlistPanel(Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("shortlistList"));
    m_list->setAccessibleName(tr("Shortlist"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_list, 1);
    m_placeholder = new QLabel(tr("Put tools aside to compare with %1 or the table's context menu.")
                                   .arg(shortcutText(shortlistKeys())),
                               this);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    layout->addWidget(m_placeholder);
    m_compare = new QPushButton(tr("Compare Shortlist"), this);
    m_compare->setObjectName(QStringLiteral("compareShortlistButton"));
    connect(m_compare, &QPushButton::clicked, this, &ShortlistPanel::compareRequested);
    layout->addWidget(m_compare);

    auto* remove = new QAction(tr("&Remove from Shortlist"), m_list);
    remove->setObjectName(QStringLiteral("removeFromShortlistAction"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &ShortlistPanel::removeCurrent);
    m_list->addAction(remove);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT toolRequested(item->data(toolIdRole).toString()); });
    connect(m_list, &QWidget::customContextMenuRequested, this, [this, remove](const QPoint& at) {
        QListWidgetItem* item = m_list->itemAt(at);
        if (!item)
            return;
        m_list->setCurrentItem(item);
        QMenu menu(this);
        menu.addAction(tr("Show in the Catalog"), this,
                       [this, item] { Q_EMIT toolRequested(item->data(toolIdRole).toString()); });
        menu.addAction(remove);
        menu.exec(m_list->viewport()->mapToGlobal(at));
    });
    reload();
}

QStringList ShortlistPanel::toolIds() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row)
        ids << m_list->item(row)->data(toolIdRole).toString();
    return ids;
}

void ShortlistPanel::reload()
{
    const int row = m_list->currentRow();
    m_shown = m_store.shortlist().toolIds();
    m_list->clear();
    QHash<QString, Tool> tools;
    for (Tool& tool : m_store.catalog().toolsWithIds(m_shown))
        tools.insert(tool.id, std::move(tool));
    for (const QString& id : std::as_const(m_shown)) {
        const auto found = tools.constFind(id);
        if (found == tools.cend())
            continue; // no longer in the catalog: kept in the store, not shown
        const Tool& tool = *found;
        auto* item = new QListWidgetItem(tool.name, m_list);
        item->setData(toolIdRole, tool.id);
        item->setToolTip(tool.vendor.isEmpty() ? tool.name : tr("%1 by %2").arg(tool.name, tool.vendor));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(std::clamp(row, 0, m_list->count() - 1));
    m_placeholder->setVisible(m_list->count() == 0);
    const int count = m_list->count();
    m_compare->setEnabled(count >= ComparisonModel::minimumTools);
    m_compare->setToolTip(count > ComparisonModel::maximumTools
                              ? tr("Compare the first %1 tools of the shortlist side by side")
                                    .arg(ComparisonModel::maximumTools)
                              : tr("Compare the tools of the shortlist side by side"));
}

bool ShortlistPanel::reloadIfChanged()
{
    if (m_store.shortlist().toolIds() == m_shown)
        return false;
    reload();
    return true;
}

void ShortlistPanel::removeCurrent()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const QString toolId = item->data(toolIdRole).toString();
    const QString name = item->text();
    if (auto removed = m_store.shortlist().remove(toolId); !removed) {
        Q_EMIT message(removed.errorMessage());
        return;
    }
    reload();
    Q_EMIT changed();
    Q_EMIT message(tr("Took %1 off the shortlist.").arg(name));
}

} // namespace sos
