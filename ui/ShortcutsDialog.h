// SPDX-License-Identifier: GPL-3.0-or-later
// Help > Keyboard Shortcuts: every action of a window's menus with its shortcuts and the keys that
// reach it through the menu, then the window's other actions that have a shortcut. It is built from the
// actions themselves each time it opens, so it cannot fall out of step with them.
#pragma once

#include <QDialog>

class QAction;
class QMainWindow;

namespace sos {

class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Row
    {
        QString group;     // the menu, without its mnemonic, or "Other keys"
        QString action;    // the action's text, without its mnemonic
        QString shortcuts; // as the platform writes them ("Ctrl+E"); empty when there is none
        QString menuKeys;  // through the menu bar ("Alt+F, E"); empty outside the menus
        QAction* source = nullptr;
    };

    explicit ShortcutsDialog(QMainWindow* window);

    static QList<Row> rowsFor(QMainWindow* window);
    // The character after a single "&" in a menu text, or a null QChar.
    static QChar mnemonic(const QString& text);
    // The text as the menu shows it: single "&"s gone, "&&" as one "&".
    static QString withoutMnemonic(QString text);

private:
    // The query language of the search field, with an example per term.
    static QWidget* searchSyntax(QWidget* parent);
};

} // namespace sos
