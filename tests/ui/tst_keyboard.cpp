// SPDX-License-Identifier: GPL-3.0-or-later
// The README's keyboard table against the real main window: each key it lists, pressed where the row
// says, does something (an action's triggered signal, a focus, a tab, a check box), and every shortcut
// the window has is in the table.
#include "ComparisonView.h"
#include "FacetPanel.h"
#include "FileDialogs.h"
#include "MainWindow.h"
#include "SavedSearchesPanel.h"
#include "ScorecardEditor.h"
#include "ToolTableModel.h"
#include "UiTestSupport.h"
#include <comparison/ComparisonModel.h>
#include <sync/TokenStore.h>

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

using namespace sos;
using namespace sos::test;

namespace {

struct TableRow
{
    QString keys;   // "Ctrl+1 / Ctrl+2 / Ctrl+3", "Enter on a comparison"
    QString action; // what the row says the keys do
};

// The rows of README.md's "### Keyboard" table, as written.
QList<TableRow> readmeKeyboardTable()
{
    QFile file(QStringLiteral(SHIPORSKIP_SOURCE_DIR "/README.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<TableRow> rows;
    bool inSection = false;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("### Keyboard"))) {
            inSection = true;
            continue;
        }
        if (!inSection)
            continue;
        if (line.startsWith(QLatin1Char('#')))
            break;
        if (!line.startsWith(QLatin1Char('|')))
            continue;
        // "| keys | action |": a "|" inside a cell would be written "\|"; the table has none.
        QStringList cells = line.split(QLatin1Char('|'));
        if (cells.size() < 4)
            continue;
        const QString keys = cells.at(1).trimmed();
        const QString action = cells.at(2).trimmed();
        if (keys == QLatin1String("Keys") || keys.startsWith(QLatin1String("---")))
            continue;
        rows << TableRow{keys, action};
    }
    return rows;
}

struct Key
{
    QString written;       // as the README writes it
    QKeySequence sequence; // as a keyboard sends it
    QString where;         // "on a comparison", or empty
};

// "Ctrl+F, F3, Shift+F3" or "Ctrl+Tab / Ctrl+Shift+Tab": each key, with what follows it ("Enter on a
// comparison"). The README's Enter is the main Enter key (Qt's Return), and Shift+Tab arrives as Backtab.
QList<Key> keysOf(const QString& cell)
{
    QList<Key> keys;
    static const QRegularExpression separator(QStringLiteral("\\s*(?: / |, )\\s*"));
    for (const QString& part : cell.split(separator, Qt::SkipEmptyParts)) {
        const QString written = part.section(QLatin1Char(' '), 0, 0);
        QString portable = written;
        portable.replace(QLatin1String("Enter"), QLatin1String("Return"));
        portable.replace(QLatin1String("Shift+Tab"), QLatin1String("Shift+Backtab"));
        keys << Key{written, QKeySequence::fromString(portable, QKeySequence::PortableText),
                    part.section(QLatin1Char(' '), 1)};
    }
    return keys;
}

// Closes whatever modal dialog a key opens (Settings, Print, a decision…), and says which appeared.
class ModalCloser final : public QObject
{
public:
    ModalCloser()
    {
        m_timer.setInterval(50);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (QWidget* modal = QApplication::activeModalWidget()) {
                m_seen << QString::fromLatin1(modal->metaObject()->className());
                modal->close();
            }
        });
        m_timer.start();
    }
    QStringList seen() const { return m_seen; }

private:
    QTimer m_timer;
    QStringList m_seen;
};

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WindowFixture> m_fixture;
    MemoryTokenStore m_tokens;
    std::unique_ptr<MainWindow> m_window;

    QTabWidget* tabs() const { return requireChild<QTabWidget>(m_window.get(), "tabs"); }

    // The catalog in front, its table focused with two tools selected (what Ctrl+Enter compares).
    void inTheCatalog()
    {
        tabs()->setCurrentIndex(0);
        QTableView* table = m_window->toolTable();
        QTRY_VERIFY(table->model()->rowCount() >= 2);
        table->setFocus();
        table->selectionModel()->setCurrentIndex(
            table->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table->selectionModel()->select(table->model()->index(1, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTRY_VERIFY(table->hasFocus());
    }

    // A published comparison in a tab of its own, in front and focused.
    void inAComparison()
    {
        const QString id = m_fixture->store->catalog().comparisons(0, 1).value(0).comparison.id;
        QVERIFY(!id.isEmpty());
        ComparisonView* view =
            m_window->openComparison(ComparisonModel::loadComparison(*m_fixture->store, id));
        QVERIFY(view);
        QTRY_VERIFY(view->isVisible());
        // Its first control that takes the focus.
        for (QWidget* child : view->findChildren<QWidget*>()) {
            if (child->isVisible() && child->isEnabled() && (child->focusPolicy() & Qt::TabFocus)) {
                child->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        QTRY_VERIFY2(view->isAncestorOf(QApplication::focusWidget()),
                     qPrintable(QStringLiteral("focus on %1, active window %2")
                                    .arg(QApplication::focusWidget()
                                             ? QApplication::focusWidget()->metaObject()->className()
                                             : "nothing",
                                         QApplication::activeWindow()
                                             ? QApplication::activeWindow()->metaObject()->className()
                                             : "none")));
    }

    // A draft of the selected tool in the editor pane, its first field focused.
    void inTheEditor()
    {
        inTheCatalog();
        m_window->draftScorecard(
            m_window->toolTable()->currentIndex().data(ToolTableModel::ToolIdRole).toString());
        QTRY_VERIFY(m_window->scorecardEditorDock()->isVisible());
        m_window->scorecardEditor()->focusEditor();
        QTRY_VERIFY(m_window->scorecardEditor()->isAncestorOf(QApplication::focusWidget()));
        // Something to undo and something to redo (commands that change nothing: the keys' effect
        // is the history's step).
        QUndoStack* history = editorHistory();
        if (!history->canUndo() || !history->canRedo()) {
            history->push(new QUndoCommand(QStringLiteral("first")));
            history->push(new QUndoCommand(QStringLiteral("second")));
            history->undo();
        }
    }

    QUndoStack* editorHistory() const
    {
        const QList<QUndoStack*> stacks = m_window->scorecardEditor()->findChildren<QUndoStack*>();
        return stacks.size() == 1 ? stacks.first() : nullptr;
    }

    // A saved search in the Saved Searches list, current and focused.
    void inTheSavedSearches()
    {
        tabs()->setCurrentIndex(0);
        SavedSearch search;
        search.name = QStringLiteral("Keyboard test");
        search.query = QStringLiteral("gemma");
        QVERIFY(m_fixture->store->savedSearches().save(search, true));
        auto* panel = requireChild<SavedSearchesPanel>(m_window.get(), "savedSearchesPanel");
        panel->reload();
        panel->selectSearch(search.name);
        panel->list()->setFocus();
        QTRY_VERIFY(panel->list()->hasFocus());
        QVERIFY(panel->list()->currentItem());
    }

    void inTheSearchField()
    {
        tabs()->setCurrentIndex(0);
        auto* search = requireChild<QLineEdit>(m_window.get(), "searchField");
        search->setFocus();
        search->setText(QStringLiteral("gemma"));
        QTRY_VERIFY(search->hasFocus());
    }

    // Sets up where the row says the key works.
    // A dialog the last key opened (and the closer closed) leaves no window active offscreen.
    void activate()
    {
        QTRY_VERIFY(!QApplication::activeModalWidget());
        if (QApplication::activeWindow() != m_window.get()) {
            m_window->activateWindow();
            QApplication::setActiveWindow(m_window.get());
            QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        }
    }

    void placeFor(const TableRow& row, const Key& key)
    {
        activate();
        const QString action = row.action.toLower();
        if (key.where == QLatin1String("on a comparison")) {
            tabs()->setCurrentIndex(0);
            auto* list = requireChild<QListView>(m_window.get(), "comparisonList");
            list->setFocus();
            list->setCurrentIndex(list->model()->index(0, 0));
            QTRY_VERIFY(list->hasFocus());
        } else if (action.contains(QLatin1String("facet value"))) {
            tabs()->setCurrentIndex(0);
            QListWidget* list =
                requireChild<FacetPanel>(m_window.get(), "facetPanel")->listFor(Facet::Pricing);
            list->setFocus();
            list->setCurrentRow(0);
            QTRY_VERIFY(list->hasFocus());
        } else if (key.where.contains(QLatin1String("Saved Searches")) ||
                   row.keys.contains(QLatin1String("in Saved Searches"))) {
            inTheSavedSearches();
        } else if (action.contains(QLatin1String("search field"))) {
            inTheSearchField();
        } else if (action.contains(QLatin1String("in the editor"))) {
            inTheEditor();
        } else if (action.contains(QLatin1String("current comparison")) ||
                   action.startsWith(QLatin1String("next / previous tab"))) {
            inAComparison();
        } else {
            inTheCatalog();
            if (action.contains(QLatin1String("the first / the last tool"))) {
                // In the middle of the list: either key moves from there.
                QTableView* table = m_window->toolTable();
                table->selectionModel()->setCurrentIndex(table->model()->index(2, 0),
                                                         QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
            }
        }
    }

    // The window's actions that this key triggers, wherever the focus is.
    QList<QAction*> actionsFor(const QKeySequence& sequence) const
    {
        QList<QAction*> found;
        for (QAction* action : m_window->findChildren<QAction*>()) {
            if (action->shortcuts().contains(sequence))
                found << action;
        }
        return found;
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = WindowFixture::create();
        QVERIFY(m_fixture->store);
        // Ctrl+R syncs: with a feed on this machine that nothing serves, it fails at once.
        m_fixture->settings->setValue(Settings::Key::FeedUrl, QStringLiteral("http://127.0.0.1:9/"));
        m_window = std::make_unique<MainWindow>(*m_fixture->store, *m_fixture->settings, &m_tokens);
        m_window->resize(1280, 800);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_fixture.reset();
    }

    void theTableIsRead()
    {
        const QList<TableRow> rows = readmeKeyboardTable();
        QVERIFY2(rows.size() >= 20, qPrintable(QStringLiteral("%1 rows").arg(rows.size())));
        for (const TableRow& row : rows) {
            for (const Key& key : keysOf(row.keys))
                QVERIFY2(!key.sequence.isEmpty(),
                         qPrintable(QStringLiteral("cannot read the key \"%1\" of the row "
                                                   "\"%2\"")
                                        .arg(key.written, row.keys)));
        }
    }

    // Each key of the table, pressed where its row says, does something.
    void everyKeyInTheTableWorks()
    {
        ModalCloser closer;
        QStringList failures;
        for (const TableRow& row : readmeKeyboardTable()) {
            for (const Key& key : keysOf(row.keys)) {
                if (key.sequence == QKeySequence(QKeySequence::Quit) ||
                    key.sequence == QKeySequence(Qt::CTRL | Qt::Key_Q))
                    continue; // last, below: it closes the window
                placeFor(row, key);
                if (QTest::currentTestFailed())
                    return;
                FileDialogs::setNextAnswer(QString()); // an export's file dialog: cancelled
                const QList<QAction*> actions = actionsFor(key.sequence);
                std::vector<std::unique_ptr<QSignalSpy>> spies;
                for (QAction* action : actions)
                    spies.push_back(std::make_unique<QSignalSpy>(action, &QAction::triggered));
                QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
                // The key may delete it (Ctrl+W closes the focused comparison).
                const QString targetClass = QString::fromLatin1(target->metaObject()->className());
                const bool onComparisonList = target->objectName() == QLatin1String("comparisonList");

                // Keys that work on a widget of their own rather than through an action.
                QListWidget* facetList =
                    requireChild<FacetPanel>(m_window.get(), "facetPanel")->listFor(Facet::Pricing);
                const bool onFacetList = target == facetList;
                const Qt::CheckState facetBefore = facetList->item(0)->checkState();
                const int tabsBefore = tabs()->count();
                // Keys the table handles itself move its current row.
                QTableView* table = m_window->toolTable();
                const bool onTable = target == table;
                const int rowBefore = table->currentIndex().row();
                // Undo and redo in a field of the editor are the form's, across its fields: a step of
                // its history.
                QUndoStack* history =
                    m_window->scorecardEditor()->isAncestorOf(target) ? editorHistory() : nullptr;
                const int historyBefore = history ? history->index() : -1;

                QTest::keySequence(target, key.sequence);
                QTest::qWait(100);

                bool triggered = false;
                for (const auto& spy : spies)
                    triggered = triggered || !spy->isEmpty();
                bool handled = triggered;
                if (onFacetList)
                    handled = handled || facetList->item(0)->checkState() != facetBefore;
                if (onTable)
                    handled = handled || table->currentIndex().row() != rowBefore;
                if (history)
                    handled = handled || history->index() != historyBefore;
                if (onComparisonList) {
                    const auto* view = qobject_cast<ComparisonView*>(tabs()->currentWidget());
                    handled = handled || (view && tabs()->count() >= tabsBefore);
                }
                if (!handled)
                    failures << QStringLiteral("%1 (row \"%2 | %3\"): nothing handled it (%4 action(s) with "
                                               "this shortcut, focus on %5)")
                                    .arg(key.written, row.keys, row.action)
                                    .arg(actions.size())
                                    .arg(targetClass);
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));

        // The settings (Ctrl+,) and the shortcuts (F1) open their dialogs.
        QVERIFY2(closer.seen().contains(QStringLiteral("sos::SettingsDialog")),
                 qPrintable(closer.seen().join(", ")));
        QVERIFY2(closer.seen().contains(QStringLiteral("sos::ShortcutsDialog")),
                 qPrintable(closer.seen().join(", ")));

        // Quit, last: the window closes.
        activate();
        inTheCatalog();
        QSignalSpy quit(requireChild<QAction>(m_window.get(), "quitAction"), &QAction::triggered);
        QTest::keySequence(QApplication::focusWidget(), QKeySequence(Qt::CTRL | Qt::Key_Q));
        QCOMPARE(quit.size(), 1);
        QTRY_VERIFY(!m_window->isVisible());
    }

    // The other way round: every shortcut of the window is in the table (one of an action's keys is
    // enough: Ctrl+F4 is Ctrl+W's other key).
    void everyShortcutIsInTheTable()
    {
        QList<QKeySequence> listed;
        for (const TableRow& row : readmeKeyboardTable()) {
            for (const Key& key : keysOf(row.keys))
                listed << key.sequence;
        }
        QStringList missing;
        for (const QAction* action : m_window->findChildren<QAction*>()) {
            const QList<QKeySequence> shortcuts = action->shortcuts();
            if (shortcuts.isEmpty())
                continue;
            const bool any = std::any_of(shortcuts.cbegin(), shortcuts.cend(),
                                         [&](const QKeySequence& s) { return listed.contains(s); });
            if (!any)
                missing << QStringLiteral("%1 (%2)").arg(
                    shortcuts.first().toString(QKeySequence::PortableText), action->text());
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in README.md's keyboard table: ") +
                                               missing.join(QStringLiteral(", "))));
    }

    // Settings: Ctrl+, where the platform has no standard key (Qt 6.4 on Linux has none), and the menu
    // shows it.
    void settingsHasAKey()
    {
        auto* settings = requireChild<QAction>(m_window.get(), "settingsAction");
        QVERIFY(!settings->shortcut().isEmpty());
        if (QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty())
            QCOMPARE(settings->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
