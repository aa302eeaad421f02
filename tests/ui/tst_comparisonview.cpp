// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison view inside the real main window, on a real store, under the offscreen platform.
#include "ComparisonView.h"
#include "MainWindow.h"
#include "ToolTableModel.h"
#include "UiTestSupport.h"
#include <base/Settings.h>

#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

using namespace sos;
using namespace sos::test;

class TestComparisonView : public QObject
{
    Q_OBJECT

    static QTabWidget* tabs(MainWindow& window) { return requireChild<QTabWidget>(&window, "tabs"); }

    static ComparisonView* currentView(MainWindow& window)
    {
        return qobject_cast<ComparisonView*>(tabs(window)->currentWidget());
    }

    // The label with the community's figure for the tool in a column of the view.
    static QLabel* communityLabel(ComparisonView* view, int column)
    {
        return requireChild<QLabel>(view, "community-" + view->model().tool(column).summary.tool.id);
    }

    static ComparisonView* openFromList(MainWindow& window, const QString& title)
    {
        QListView* list = requireChild<QListView>(&window, "comparisonList");
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            if (index.data().toString() == title) {
                list->setFocus();
                list->setCurrentIndex(index);
                QTest::keyClick(list, Qt::Key_Return);
                return currentView(window);
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    void openFromTheCatalogAndVote()
    {
        auto f = WindowFixture::create();
        QVERIFY(f->store);
        auto window = f->showWindow();
        ComparisonView* view = openFromList(*window, "Gemma 3n vs Mistral Medium 3.2");
        QVERIFY(view);
        QCOMPARE(tabs(*window)->count(), 2);
        QCOMPARE(tabs(*window)->tabText(1), QStringLiteral("Gemma 3n vs Mistral Medium 3.2"));
        QCOMPARE(view->model().toolCount(), 2);
        QVERIFY(communityLabel(view, 0)->text().contains("no votes yet"));
        // Nobody has voted: no community chart of zeros, only the two panel charts.
        QCOMPARE(view->findChildren<QChartView*>().size(), 2);

        auto* vote = view->findChild<QPushButton*>("vote-gemma-3n");
        QVERIFY(vote);
        QVERIFY(vote->isEnabled());
        vote->click();
        QTRY_VERIFY(communityLabel(view, 0)->text().contains("pending until the next sync"));
        QVERIFY2(communityLabel(view, 0)->text().contains("100% of the vote (1 of 1)"),
                 qPrintable(communityLabel(view, 0)->text()));
        QVERIFY(!communityLabel(view, 1)->text().contains("pending"));
        QVERIFY(view->findChild<QLabel*>("voteStatus")->text().contains("Pending"));
        QCOMPARE(view->findChildren<QChartView*>().size(), 3); // the vote split appears
        const auto stored = f->store->outbox().myVote("gemma-3n-vs-mistral-medium-3-2");
        QVERIFY(stored);
        QCOMPARE(stored->toolId, QStringLiteral("gemma-3n"));
        QCOMPARE(stored->state, VoteState::Pending);

        // Changing the vote moves it: still one vote in all.
        view->findChild<QPushButton*>("vote-mistral-medium-3-2")->click();
        QTRY_VERIFY(communityLabel(view, 1)->text().contains("pending"));
        QVERIFY(communityLabel(view, 1)->text().contains("(1 of 1)"));
        QVERIFY(communityLabel(view, 0)->text().contains("0% of the vote (0 of 1)"));
        QCOMPARE(f->store->outbox().votes().size(), 1);

        // Opening the same comparison again switches to its tab.
        tabs(*window)->setCurrentIndex(0);
        QCOMPARE(openFromList(*window, "Gemma 3n vs Mistral Medium 3.2"), view);
        QCOMPARE(tabs(*window)->count(), 2);
    }

    void compareThreeSelectedTools()
    {
        auto f = WindowFixture::create();
        auto window = f->showWindow();
        QTableView* table = window->toolTable();
        table->setFocus();
        table->clearSelection();
        auto* model = requireChild<ToolTableModel>(window.get(), "toolModel");
        for (const char* id : {"gemma-3n", "code-llama-4", "mistral-3b-edge"}) {
            const QModelIndex index = model->index(model->rowOfTool(id), 0);
            table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        QTest::keyClick(table, Qt::Key_Return, Qt::ControlModifier);
        ComparisonView* view = currentView(*window);
        QVERIFY(view);
        QCOMPARE(view->model().toolCount(), 3);
        QVERIFY(!view->model().isPublished());
        QCOMPARE(tabs(*window)->tabText(tabs(*window)->currentIndex()).count(" vs "), 2);
        // No community vote on an ad-hoc set.
        QVERIFY(!view->findChild<QPushButton*>("vote-gemma-3n")->isEnabled());

        // One tool selected is not a comparison: the status bar says what to do.
        table->clearSelection();
        table->selectionModel()->select(model->index(0, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        tabs(*window)->setCurrentIndex(0);
        window->compareSelectedTools();
        QCOMPARE(tabs(*window)->count(), 2);
    }

    void onlyTheLensesThatDiffer()
    {
        auto f = WindowFixture::create();
        auto window = f->showWindow();
        ComparisonView* view = openFromList(*window, "Mistral 4B Edge vs Mistral Medium 3.2");
        QVERIFY(view);
        QCOMPARE(view->model().differingLensIds(), QStringList{"buyer"});
        QVERIFY(requireChild<QLabel>(view, "lens-developer-experience")->isVisibleTo(view));
        QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier);
        QVERIFY(view->onlyDifferingLenses());
        QVERIFY(!requireChild<QLabel>(view, "lens-developer-experience")->isVisibleTo(view));
        QVERIFY(requireChild<QLabel>(view, "lens-buyer")->isVisibleTo(view));
        view->findChild<QCheckBox*>("onlyDiffering")->click();
        QVERIFY(requireChild<QLabel>(view, "lens-developer-experience")->isVisibleTo(view));
    }

    void swapAndRemoveColumns()
    {
        auto f = WindowFixture::create();
        auto window = f->showWindow();
        ComparisonView* view = window->openComparison(
            ComparisonModel::loadTools(*f->store, {"gemma-3n", "mistral-medium-3-2", "code-llama-4"}));
        QVERIFY(view);
        view->moveColumn(0, 2);
        QCOMPARE(view->model().toolIds(), (QStringList{"mistral-medium-3-2", "code-llama-4", "gemma-3n"}));
        view->removeColumn(1);
        // Two tools left, and they are a published comparison: its vote comes along.
        QCOMPARE(view->model().toolIds(), (QStringList{"mistral-medium-3-2", "gemma-3n"}));
        QVERIFY(view->model().isPublished());
        QCOMPARE(tabs(*window)->tabText(tabs(*window)->indexOf(view)),
                 QStringLiteral("Gemma 3n vs Mistral Medium 3.2"));
        view->removeColumn(0); // never fewer than two
        QCOMPARE(view->model().toolCount(), 2);
    }

    void openTabsAreRestored()
    {
        auto f = WindowFixture::create();
        {
            auto window = f->showWindow();
            openFromList(*window, "Code Llama 4 vs Mistral 3B Edge");
            window->openComparison(
                ComparisonModel::loadTools(*f->store, {"gemma-3n", "code-llama-4", "mistral-4b-edge"}));
            QCOMPARE(tabs(*window)->count(), 3);
            window->close();
        }
        auto window = f->showWindow();
        QCOMPARE(tabs(*window)->count(), 3);
        QCOMPARE(window->comparisonViews().at(0)->model().comparisonId(),
                 QStringLiteral("code-llama-4-vs-mistral-3b-edge"));
        QCOMPARE(window->comparisonViews().at(1)->model().toolIds(),
                 (QStringList{"gemma-3n", "code-llama-4", "mistral-4b-edge"}));
        QCOMPARE(tabs(*window)->currentIndex(), 2);
        QTest::keyClick(window.get(), Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(tabs(*window)->count(), 2);
        tabs(*window)->setCurrentIndex(0);
        QTest::keyClick(window.get(), Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(tabs(*window)->count(), 2); // the catalog never closes
    }

    // Charts follow the palette: light text on dark, dark on light.
    void chartsFollowTheDarkPalette()
    {
        auto f = WindowFixture::create();
        const QPalette original = QApplication::palette();
        QPalette dark = original;
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
        dark.setColor(QPalette::WindowText, Qt::white);
        QApplication::setPalette(dark);
        auto window = f->showWindow();
        ComparisonView* view = window->openComparison(
            ComparisonModel::loadComparison(*f->store, "gemma-3n-vs-mistral-medium-3-2"));
        QVERIFY(view);
        const QList<QChartView*> charts = view->findChildren<QChartView*>();
        QVERIFY(!charts.isEmpty());
        for (QChartView* chart : charts)
            QCOMPARE(chart->chart()->theme(), QChart::ChartThemeDark);
        // Switching back while the view is open redraws the charts in the light theme.
        QApplication::setPalette(original);
        QTRY_VERIFY(!view->findChildren<QChartView*>().isEmpty() &&
                    view->findChildren<QChartView*>().first()->chart()->theme() == QChart::ChartThemeLight);
    }

    void feedTextIsPlainTextHereToo()
    {
        auto f = WindowFixture::create();
        FeedDocument feed = emptyFeed();
        feed.tools = {makeTool("hostile", "<b>Bold</b>"), makeTool("other", "Other")};
        feed.reviews = makeReviews("hostile", 1, 1, "<img src=x onerror=alert(1)>");
        QVERIFY(f->store->feed().applyFeed(feed));
        auto window = f->showWindow();
        ComparisonView* view =
            window->openComparison(ComparisonModel::loadTools(*f->store, {"hostile", "other"}));
        QVERIFY(view);
        int markup = 0;
        for (QLabel* label : view->findChildren<QLabel*>()) {
            if (label->text().contains('<')) {
                QCOMPARE(label->textFormat(), Qt::PlainText);
                ++markup;
            }
        }
        QVERIFY(markup >= 3); // the header card, the review, its tool name
    }
};

QTEST_MAIN(TestComparisonView)
#include "tst_comparisonview.moc"
