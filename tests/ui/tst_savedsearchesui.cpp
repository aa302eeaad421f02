// SPDX-License-Identifier: GPL-3.0-or-later
// Saved searches and the shortlist in the real main window on a real store (issue #19): Ctrl+Shift+S
// saves the search text, a facet and the sort under a name; a click on it in the Saved Searches list
// restores all three; F2 renames it in place, Delete deletes it and Ctrl+Z brings it back; Ctrl+L, the
// table's context menu and the details' button put tools on the shortlist; Compare Shortlist opens a tab
// with those tools (the first four of five); what the real shiporskip-cli changes shows on activation.
#include "ComparisonView.h"
#include "FacetPanel.h"
#include "SavedSearchesPanel.h"
#include "ShortlistPanel.h"
#include "ToolTableModel.h"
#include "UiTestSupport.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <functional>

using namespace sos;
using namespace sos::test;

namespace {

QStringList shownToolNames(const QTableView* table)
{
    QStringList names;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        names << table->model()->index(row, ToolTableModel::NameColumn).data().toString();
    return names;
}

QListWidgetItem* facetItem(QListWidget* list, const QString& value)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole + 1).toString() == value)
            return list->item(row);
    }
    return nullptr;
}

// Answers the modal dialogs that open next, in order: each step is given the active modal widget until
// it says it handled it (a dialog of the kind it expects). Polls, so it works inside their own loops.
class DialogAnswers final
{
public:
    using Step = std::function<bool(QWidget*)>;
    explicit DialogAnswers(QList<Step> steps)
        : m_steps(std::move(steps))
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!m_steps.isEmpty() && modal && m_steps.first()(modal))
                m_steps.removeFirst();
            if (m_steps.isEmpty())
                m_timer.stop();
        });
        m_timer.start();
    }
    bool done() const { return m_steps.isEmpty(); }

private:
    QList<Step> m_steps;
    QTimer m_timer;
};

// The Save Search dialog: the name typed, then Enter.
DialogAnswers::Step typeName(const QString& name)
{
    return [name](QWidget* modal) {
        auto* dialog = qobject_cast<QInputDialog*>(modal);
        if (!dialog)
            return false;
        auto* field = dialog->findChild<QLineEdit*>();
        field->selectAll();
        QTest::keyClicks(field, name);
        QTest::keyClick(field, Qt::Key_Return);
        return true;
    };
}

bool runCli(const QString& db, const QStringList& arguments)
{
    QProcess cli;
    cli.start(QStringLiteral(SHIPORSKIP_CLI_PATH), QStringList{QStringLiteral("--db"), db} + arguments);
    if (!cli.waitForFinished(60000) || cli.exitCode() != 0) {
        qWarning() << arguments << cli.readAllStandardError();
        return false;
    }
    return true;
}

void reactivate(QWidget* window)
{
    QWidget other;
    other.show();
    QApplication::setActiveWindow(&other);
    QVERIFY(QTest::qWaitForWindowActive(&other));
    QApplication::setActiveWindow(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
}

} // namespace

class TestSavedSearchesUi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveRestoreRenameDelete()
    {
        auto f = WindowFixture::create();
        QVERIFY(f->store);
        auto window = f->showWindow();
        auto* table = requireChild<QTableView>(window.get(), QStringLiteral("toolTable"));
        auto* search = requireChild<QLineEdit>(window.get(), QStringLiteral("searchField"));
        auto* pricing = requireChild<QListWidget>(window.get(), QStringLiteral("facet-pricing"));
        auto* saved = requireChild<QListWidget>(window.get(), QStringLiteral("savedSearchList"));
        auto* model = static_cast<ToolTableModel*>(table->model());
        QTRY_COMPARE(model->totalCount(), 7);
        QCOMPARE(saved->count(), 0);

        // The search text, a facet and a sort...
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("mistral"));
        QTRY_VERIFY(facetItem(pricing, QStringLiteral("Free")));
        facetItem(pricing, QStringLiteral("Free"))->setCheckState(Qt::Checked);
        table->horizontalHeader()->setSortIndicator(ToolTableModel::NameColumn, Qt::DescendingOrder);
        QTRY_COMPARE(shownToolNames(table), (QStringList{"Mistral 4B Edge", "Mistral 3B Edge"}));

        // ...saved with Ctrl+Shift+S under a name.
        DialogAnswers naming({typeName(QStringLiteral("Free Mistrals"))});
        QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(naming.done());
        auto stored = f->store->savedSearches().find(QStringLiteral("Free Mistrals"));
        QVERIFY(stored);
        QCOMPARE(stored->query, QStringLiteral("mistral"));
        QCOMPARE(stored->values(Facet::Pricing), QStringList{"Free"});
        QCOMPARE(stored->sort, ToolSort::Name);
        QVERIFY(stored->descending);
        QCOMPARE(saved->count(), 1);
        QCOMPARE(saved->item(0)->text(), QStringLiteral("Free Mistrals"));

        // Cleared, then a click on the saved search restores the text, the facet and the sort.
        QApplication::setActiveWindow(window.get()); // the dialog had it
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        // (Sorted first: a sort right after a new search keeps the old count, issue #19's stuck count.)
        table->horizontalHeader()->setSortIndicator(ToolTableModel::VendorColumn, Qt::AscendingOrder);
        QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(model->totalCount(), 7);
        QVERIFY(search->text().isEmpty());
        QTest::mouseClick(saved->viewport(), Qt::LeftButton, {},
                          saved->visualItemRect(saved->item(0)).center());
        QCOMPARE(search->text(), QStringLiteral("mistral"));
        QCOMPARE(window->findChild<FacetPanel*>()->selection(Facet::Pricing), QStringList{"Free"});
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(ToolTableModel::NameColumn));
        QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QTRY_COMPARE(model->totalCount(), 2);
        QTRY_COMPARE(shownToolNames(table), (QStringList{"Mistral 4B Edge", "Mistral 3B Edge"}));

        // F2 renames it in place (Ctrl+5 goes to the list).
        QTest::keyClick(window.get(), Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), saved);
        saved->setCurrentRow(0);
        QTest::keyClick(saved, Qt::Key_F2);
        QTRY_VERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget()));
        auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Edge models"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(f->store->savedSearches().find(QStringLiteral("Edge models")));
        QVERIFY(!f->store->savedSearches().find(QStringLiteral("Free Mistrals")));
        QCOMPARE(f->store->savedSearches().find(QStringLiteral("Edge models"))->query,
                 QStringLiteral("mistral"));
        QTRY_COMPARE(saved->item(0)->text(), QStringLiteral("Edge models"));

        // Delete deletes it; Ctrl+Z in the list brings it back.
        saved->setFocus();
        saved->setCurrentRow(0);
        QTest::keyClick(saved, Qt::Key_Delete);
        QVERIFY(f->store->savedSearches().list().isEmpty());
        QCOMPARE(saved->count(), 0);
        QVERIFY(
            requireChild<QPushButton>(window.get(), QStringLiteral("undoDeleteSearchButton"))->isVisible());
        QTest::keyClick(saved, Qt::Key_Z, Qt::ControlModifier);
        stored = f->store->savedSearches().find(QStringLiteral("Edge models"));
        QVERIFY(stored);
        QCOMPARE(stored->values(Facet::Pricing), QStringList{"Free"});
        QCOMPARE(saved->count(), 1);

        // Saving under a name already taken asks before replacing.
        search->setFocus();
        search->selectAll();
        QTest::keyClicks(search, QStringLiteral("gemma"));
        DialogAnswers replacing({typeName(QStringLiteral("EDGE MODELS")), [](QWidget* modal) {
                                     auto* question = qobject_cast<QMessageBox*>(modal);
                                     if (!question)
                                         return false;
                                     for (QAbstractButton* button : question->buttons()) {
                                         if (question->buttonRole(button) == QMessageBox::AcceptRole)
                                             button->click();
                                     }
                                     return true;
                                 }});
        QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(replacing.done());
        QCOMPARE(f->store->savedSearches().list().size(), 1);
        QCOMPARE(f->store->savedSearches().find(QStringLiteral("edge models"))->query,
                 QStringLiteral("gemma"));
    }

    void shortlistAddAndCompare()
    {
        auto f = WindowFixture::create();
        QVERIFY(f->store);
        auto window = f->showWindow();
        auto* table = requireChild<QTableView>(window.get(), QStringLiteral("toolTable"));
        auto* shortlist = requireChild<QListWidget>(window.get(), QStringLiteral("shortlistList"));
        auto* model = static_cast<ToolTableModel*>(table->model());
        QTRY_COMPARE(model->totalCount(), 7);
        QCOMPARE(shortlist->count(), 0);

        // Ctrl+L puts the selected tool on the shortlist.
        window->selectTool(QStringLiteral("gemma-3n"));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(f->store->shortlist().toolIds(), QStringList{"gemma-3n"});
        QCOMPARE(shortlist->count(), 1);
        QCOMPARE(shortlist->item(0)->text(), QStringLiteral("Gemma 3n"));
        auto* detailsButton = requireChild<QPushButton>(window.get(), QStringLiteral("shortlistToolButton"));
        QVERIFY(detailsButton->isChecked());

        // The table's context menu has Add to Shortlist.
        window->selectTool(QStringLiteral("code-llama-4"));
        const QPoint at =
            table->visualRect(model->index(model->rowOfTool(QStringLiteral("code-llama-4")), 0)).center();
        bool chosen = false;
        QTimer::singleShot(0, [&chosen] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction* action : menu->actions()) {
                if (action->objectName() == QLatin1String("addToShortlistAction")) {
                    chosen = true;
                    menu->setActiveAction(action);
                    QTest::keyClick(menu, Qt::Key_Return);
                }
            }
        });
        QContextMenuEvent event(QContextMenuEvent::Keyboard, at, table->viewport()->mapToGlobal(at));
        QApplication::sendEvent(table->viewport(), &event);
        QVERIFY(chosen);
        QCOMPARE(f->store->shortlist().toolIds(), (QStringList{"gemma-3n", "code-llama-4"}));

        // The details' button, for the tool shown.
        window->selectTool(QStringLiteral("mistral-medium-3-2"));
        QVERIFY(!detailsButton->isChecked());
        detailsButton->click();
        QCOMPARE(f->store->shortlist().toolIds(),
                 (QStringList{"gemma-3n", "code-llama-4", "mistral-medium-3-2"}));
        QCOMPARE(shortlist->count(), 3);

        // Compare Shortlist opens them side by side in a tab.
        requireChild<QPushButton>(window.get(), QStringLiteral("compareShortlistButton"))->click();
        QCOMPARE(window->comparisonViews().size(), 1);
        QCOMPARE(window->comparisonViews().first()->model().toolIds(),
                 (QStringList{"gemma-3n", "code-llama-4", "mistral-medium-3-2"}));
        QCOMPARE(window->findChild<QTabWidget*>(QStringLiteral("tabs"))->currentWidget(),
                 window->comparisonViews().first());

        // Delete in the list takes one off; with five on it, the comparison takes the first four.
        window->findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentIndex(0); // the catalog's sidebar
        QApplication::setActiveWindow(window.get());
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        shortlist->setFocus();
        shortlist->setCurrentRow(1);
        QTest::keyClick(shortlist, Qt::Key_Delete);
        QCOMPARE(f->store->shortlist().toolIds(), (QStringList{"gemma-3n", "mistral-medium-3-2"}));
        for (const char* id : {"code-llama-4", "mistral-4b-edge", "mistral-3b-edge"})
            QVERIFY(f->store->shortlist().add(QLatin1String(id)).value());
        window->findChild<QAction*>(QStringLiteral("compareShortlistAction"))->trigger();
        QCOMPARE(window->comparisonViews().size(), 2);
        QCOMPARE(window->comparisonViews().last()->model().toolIds(),
                 (QStringList{"gemma-3n", "mistral-medium-3-2", "code-llama-4", "mistral-4b-edge"}));
        QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("first four of the 5")),
                 qPrintable(window->statusBar()->currentMessage()));
    }

    // A side pane laid out before it had Saved Searches and the Shortlist does not collapse them.
    void olderSidePaneStateKeepsTheNewSections()
    {
        auto f = WindowFixture::create();
        QVERIFY(f->store);
        QSplitter before(Qt::Vertical);
        before.addWidget(new QWidget(&before));
        before.addWidget(new QWidget(&before));
        before.resize(200, 700);
        before.setSizes({500, 200});
        f->settings->setValue(Settings::Key::SideSplitter, before.saveState());
        auto window = f->showWindow();
        auto* side = requireChild<QSplitter>(window.get(), QStringLiteral("sideSplitter"));
        QCOMPARE(side->count(), 4);
        const QList<int> sizes = side->sizes();
        QVERIFY2(std::all_of(sizes.begin(), sizes.end(), [](int size) { return size > 40; }),
                 qPrintable(QStringLiteral("sizes %1, %2, %3, %4")
                                .arg(sizes[0])
                                .arg(sizes[1])
                                .arg(sizes[2])
                                .arg(sizes[3])));
        // Its own state comes back as it was left.
        side->setSizes({300, 100, 150, 150});
        const QList<int> left = side->sizes();
        window->close();
        window.reset();
        window = f->showWindow();
        QCOMPARE(requireChild<QSplitter>(window.get(), QStringLiteral("sideSplitter"))->sizes(), left);
    }

    void cliChangesShowOnActivation()
    {
        auto f = WindowFixture::create();
        QVERIFY(f->store);
        auto window = f->showWindow();
        auto* shortlist = requireChild<QListWidget>(window.get(), QStringLiteral("shortlistList"));
        auto* saved = requireChild<QListWidget>(window.get(), QStringLiteral("savedSearchList"));
        QVERIFY(runCli(f->store->path(), {"shortlist", "add", "Gemma 3n"}));
        QVERIFY(runCli(f->store->path(), {"searches", "save", "From the CLI", "llama", "--pricing", "Free"}));
        QCOMPARE(shortlist->count(), 0); // not read again yet
        reactivate(window.get());
        QTRY_COMPARE(shortlist->count(), 1);
        QCOMPARE(shortlist->item(0)->text(), QStringLiteral("Gemma 3n"));
        QTRY_COMPARE(saved->count(), 1);
        QCOMPARE(saved->item(0)->text(), QStringLiteral("From the CLI"));
        window->selectTool(QStringLiteral("gemma-3n"));
        QVERIFY(requireChild<QPushButton>(window.get(), QStringLiteral("shortlistToolButton"))->isChecked());
    }
};

QTEST_MAIN(TestSavedSearchesUi)
#include "tst_savedsearchesui.moc"
