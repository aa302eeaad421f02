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
#include <QTabWidget>
#include <QTextBrowser>
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

QWidget* ShortcutsDialog::searchSyntax(QWidget* parent)
{
    // The application's own text (nothing from a feed), so rich text is safe here.
    auto* text = new QTextBrowser(parent);
    text->setObjectName(QStringLiteral("searchSyntax"));
    text->setAccessibleName(tr("Search syntax"));
    text->setOpenLinks(false);
    const QList<std::pair<QString, QString>> rows{
        {QStringLiteral("mistral edge"),
         tr("Tools whose name, tagline, description or reviews hold words starting "
            "with each of these (all of them).")},
        {QStringLiteral("\"open weights\""), tr("These words together, in this order.")},
        {QStringLiteral("-hosted"), tr("Leaves out the tools that match the term after the minus sign.")},
        {QStringLiteral("gemma OR llama"),
         tr("Either term. OR is written in capitals; terms without it must all "
            "match.")},
        {QStringLiteral("(gemma OR llama) -paid"), tr("Parentheses group terms.")},
        {QStringLiteral("name:edge"), tr("A word of the name only.")},
        {QStringLiteral("vendor:mistral category:tools license:MIT deployment:self"),
         tr("The start of a word of the vendor, category, license or deployment. Quote the whole value to "
            "match it exactly: license:\"MIT\".")},
        {QStringLiteral("pricing:free"), tr("Free or paid.")},
        {QStringLiteral("lens:buyer=skip"), tr("A lens's verdict, ship or skip. The lenses: dx (developer "
                                               "experience), skeptic, futurist, buyer, "
                                               "or a lens id.")},
        {QStringLiteral("ship:>=75"),
         tr("The panel's share of ship verdicts in percent, with <, <=, =, >= or >. "
            "Tools without reviews have no share.")},
        {QStringLiteral("votes:none  votes:>=10"), tr("The community's votes for the tool.")},
    };
    QString html =
        QStringLiteral("<p>%1</p><table cellpadding=\"4\">")
            .arg(tr("The search field reads words, and terms that ask for more. The facets beside "
                    "the table apply as well. The search field completes field names and values; a "
                    "query it cannot read is explained beside the field, and its words are searched "
                    "meanwhile."));
    for (const auto& [example, meaning] : rows)
        html += QStringLiteral("<tr><td><code>%1</code></td><td>%2</td></tr>")
                    .arg(example.toHtmlEscaped(), meaning.toHtmlEscaped());
    html += QStringLiteral("</table>");
    text->setHtml(html);
    return text;
}

ShortcutsDialog::ShortcutsDialog(QMainWindow* window)
    : QDialog(window)
{
    setWindowTitle(tr("Keyboard Shortcuts and Search Syntax"));
    auto* layout = new QVBoxLayout(this);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("helpTabs"));
    tabs->setAccessibleName(tr("Help topics"));
    auto* table = new QTreeWidget(tabs);
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
    tabs->addTab(table, tr("&Keyboard"));
    tabs->addTab(searchSyntax(tabs), tr("&Search Syntax"));
    layout->addWidget(tabs);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 560);
}

} // namespace sos
