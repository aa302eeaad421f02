// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShortcutsDialog.h"

#include "ToolDetailsView.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sos {

namespace {

QString shortcutsOf(const QAction* action)
{
    QStringList keys;
    for (const QKeySequence& sequence : action->shortcuts())
        keys << shortcutText(sequence);
    return keys.join(QStringLiteral(", "));
}

void addMenu(QList<ShortcutsDialog::Row>& rows, QSet<const QAction*>& listed, const QMenu* menu,
             const QString& group, const QString& keys)
{
    for (QAction* action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible() || action->text().isEmpty())
            continue;
        const QChar letter = ShortcutsDialog::mnemonic(action->text());
        const QString path = letter.isNull() || keys.isEmpty()
                                 ? QString()
                                 : keys + QStringLiteral(", ") + QLocale().toUpper(QString(letter));
        if (const QMenu* submenu = action->menu()) {
            addMenu(rows, listed, submenu,
                    group + QStringLiteral(" \u203a ") + ShortcutsDialog::withoutMnemonic(action->text()),
                    path);
            continue;
        }
        rows << ShortcutsDialog::Row{group, ShortcutsDialog::withoutMnemonic(action->text()),
                                     shortcutsOf(action), path, action};
        listed.insert(action);
    }
}

} // namespace

QString ShortcutsDialog::withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

QChar ShortcutsDialog::mnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) != QLatin1Char('&'))
            return text.at(i + 1);
        ++i; // "&&" is a literal ampersand
    }
    return {};
}

QList<ShortcutsDialog::Row> ShortcutsDialog::rowsFor(QMainWindow* window)
{
    QList<Row> rows;
    QSet<const QAction*> listed;
    for (QAction* menuAction : window->menuBar()->actions()) {
        const QMenu* menu = menuAction->menu();
        if (!menu || !menuAction->isVisible())
            continue;
        addMenu(rows, listed, menu, ShortcutsDialog::withoutMnemonic(menuAction->text()),
                shortcutText(QKeySequence::mnemonic(menuAction->text())));
    }
    // Keys that belong to one field or pane and have no menu entry.
    for (QAction* action : window->findChildren<QAction*>()) {
        if (listed.contains(action) || action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        rows << Row{tr("Other keys"),
                    ShortcutsDialog::withoutMnemonic(action->text()),
                    shortcutsOf(action),
                    {},
                    action};
        listed.insert(action);
    }
    return rows;
}

ShortcutsDialog::ShortcutsDialog(QMainWindow* window)
    : QDialog(window)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto* layout = new QVBoxLayout(this);
    auto* table = new QTreeWidget(this);
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setAccessibleDescription(
        tr("Every command with its shortcut and the keys that reach it through the menus"));
    table->setHeaderLabels({tr("Command"), tr("Shortcut"), tr("Through the menu")});
    table->setRootIsDecorated(false);
    table->setUniformRowHeights(true);
    table->setAllColumnsShowFocus(true);
    QTreeWidgetItem* group = nullptr;
    for (const Row& row : rowsFor(window)) {
        if (!group || group->text(0) != row.group) {
            group = new QTreeWidgetItem(table, {row.group});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
            group->setExpanded(true);
        }
        new QTreeWidgetItem(group, {row.action, row.shortcuts, row.menuKeys});
    }
    table->expandAll();
    table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 560);
}

} // namespace sos
