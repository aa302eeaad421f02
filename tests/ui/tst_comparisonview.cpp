// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison view inside the real main window, on a real store, under the offscreen platform.
#include "ComparisonView.h"
#include "MainWindow.h"
#include "RankingPanel.h"
#include "ToolTableModel.h"
#include "UiTestSupport.h"
#include <base/Settings.h>

#include <QAbstractBarSeries>
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QListView>
#include <QPieSeries>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

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

    // The community's figures of every column, as shown.
    static QStringList communityTexts(ComparisonView* view)
    {
        QStringList texts;
        for (int column = 0; column < view->model().toolCount(); ++column)
            texts << communityLabel(view, column)->text();
        return texts;
    }

    // The feed's tallies of Gemma 3n vs Mistral Medium 3.2, as a sync at `when` would bring them.
    static bool applyTallies(Store& store, int gemma, int mistral, const QDateTime& when)
    {
        const QString comparison = QStringLiteral("gemma-3n-vs-mistral-medium-3-2");
        FeedDocument feed = emptyFeed();
        feed.tallies = {Tally{comparison, QStringLiteral("gemma-3n"), gemma, when},
                        Tally{comparison, QStringLiteral("mistral-medium-3-2"), mistral, when}};
        return bool(store.feed().applyFeed(feed));
    }

    static QList<QChartView*> chartViews(ComparisonView* view) { return view->findChildren<QChartView*>(); }

    static QPieSeries* pieOf(ComparisonView* view)
    {
        for (QChartView* chart : chartViews(view)) {
            for (QAbstractSeries* series : chart->chart()->series()) {
                if (auto* pie = qobject_cast<QPieSeries*>(series))
                    return pie;
            }
        }
        return nullptr;
    }

    // The page inside the view's scroll area: the matrix, the decision area, the details, the charts.
    static QWidget* page(ComparisonView* view) { return requireChild<QScrollArea>(view, {})->widget(); }

    static int topOf(QWidget* widget, ComparisonView* view)
    {
        return widget->mapTo(page(view), QPoint(0, 0)).y();
    }

    // The matrix's row links, in the order of the lenses.
    static QList<QToolButton*> matrixRows(ComparisonView* view)
    {
        QList<QToolButton*> rows;
        for (const Lens& lens : view->model().lenses())
            rows << requireChild<QToolButton>(view, "matrixRow-" + lens.id);
        return rows;
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
        QVERIFY(communityLabel(view, 0)->text().contains("no votes counted yet"));
        // Nobody has voted and the panel's figures are printed: no chart at all, and no heading over none.
        QCOMPARE(chartViews(view).size(), 0);
        for (QLabel* label : view->findChildren<QLabel*>())
            QVERIFY(label->text() != QStringLiteral("Charts"));
        const QStringList before = communityTexts(view);

        auto* vote = view->findChild<QPushButton*>("vote-gemma-3n");
        QVERIFY(vote);
        QVERIFY(vote->isEnabled());
        vote->click();
        auto* status = requireChild<QLabel>(view, "voteStatus");
        QTRY_VERIFY(requireChild<QLabel>(view, "voteStatus")->text().contains("pending"));
        status = requireChild<QLabel>(view, "voteStatus");
        // The pending vote is the user's, said apart: the community's figures are the feed's, unchanged,
        // and with no feed votes the community still has none counted.
        QVERIFY2(status->text().contains("Your vote: Gemma 3n"), qPrintable(status->text()));
        QCOMPARE(communityTexts(view), before);
        QVERIFY(communityLabel(view, 0)->text().contains("no votes counted yet"));
        QVERIFY(!communityLabel(view, 0)->text().contains("pending"));
        QVERIFY(requireChild<QPushButton>(view, "vote-gemma-3n")->isChecked());
        QCOMPARE(chartViews(view).size(), 0); // one pending vote is no chart
        const auto stored = f->store->outbox().myVote("gemma-3n-vs-mistral-medium-3-2");
        QVERIFY(stored);
        QCOMPARE(stored->toolId, QStringLiteral("gemma-3n"));
        QCOMPARE(stored->state, VoteState::Pending);

        // Changing the vote moves it: still one vote in all, still apart from the figures.
        view->findChild<QPushButton*>("vote-mistral-medium-3-2")->click();
        QTRY_VERIFY(
            requireChild<QLabel>(view, "voteStatus")->text().contains("Your vote: Mistral Medium 3.2"));
        QVERIFY(requireChild<QPushButton>(view, "vote-mistral-medium-3-2")->isChecked());
        QVERIFY(!requireChild<QPushButton>(view, "vote-gemma-3n")->isChecked());
        QCOMPARE(communityTexts(view), before);
        QCOMPARE(f->store->outbox().votes().size(), 1);

        // Opening the same comparison again switches to its tab.
        tabs(*window)->setCurrentIndex(0);
        QCOMPARE(openFromList(*window, "Gemma 3n vs Mistral Medium 3.2"), view);
        QCOMPARE(tabs(*window)->count(), 2);
    }

    // With the feed's votes counted, the user's pending vote still stays out of every figure and chart.
    void pendingVoteStaysOutOfTheFeedsFigures()
    {
        auto f = WindowFixture::create();
        QVERIFY(applyTallies(*f->store, 31, 19, at(2)));
        auto window = f->showWindow();
        ComparisonView* view = window->openComparison(
            ComparisonModel::loadComparison(*f->store, "gemma-3n-vs-mistral-medium-3-2"));
        QVERIFY(view);
        QVERIFY2(communityLabel(view, 0)->text().contains("62% of the vote (31 of 50)"),
                 qPrintable(communityLabel(view, 0)->text()));
        const QStringList before = communityTexts(view);
        view->findChild<QPushButton*>("vote-gemma-3n")->click();
        QTRY_VERIFY(requireChild<QLabel>(view, "voteStatus")->text().contains("pending"));
        QCOMPARE(communityTexts(view), before);
        QPieSeries* pie = pieOf(view);
        QVERIFY(pie);
        QCOMPARE(pie->sum(), 50.0);
        for (QPieSlice* slice : pie->slices())
            QVERIFY2(!slice->label().contains("pending"), qPrintable(slice->label()));
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

    // Decision first: the verdict matrix opens the page, one row per lens with the verdicts written out,
    // the rows where they differ marked, and under each tool the line on where it loses.
    void verdictMatrixComesFirst()
    {
        auto f = WindowFixture::create();
        auto window = f->showWindow();
        window->resize(1280, 800);
        ComparisonView* view = openFromList(*window, "Mistral 4B Edge vs Mistral Medium 3.2");
        QVERIFY(view);
        const ComparisonModel& model = view->model();
        QCOMPARE(model.differingLensIds(), QStringList{"buyer"});
        auto* matrix = requireChild<QWidget>(view, "verdictMatrix");
        QCOMPARE(matrix->parentWidget(), page(view));
        QCOMPARE(page(view)->layout()->itemAt(0)->widget(), matrix);
        QTRY_VERIFY(matrix->isVisible() && matrix->height() > 0);
        // Everything else on the page is below it.
        for (QWidget* child : page(view)->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
            if (child != matrix && child->isVisible() && child->height() > 0)
                QVERIFY2(child->y() >= matrix->geometry().bottom(), qPrintable(child->objectName()));
        }

        // One row per lens, each cell the verdict written out.
        QCOMPARE(matrix->findChildren<QToolButton*>(QRegularExpression("^matrixRow-")).size(),
                 model.lenses().size());
        for (const Lens& lens : model.lenses()) {
            auto* row = requireChild<QToolButton>(matrix, "matrixRow-" + lens.id);
            QVERIFY(row->text().contains(lens.name));
            for (int column = 0; column < model.toolCount(); ++column) {
                auto* cell = requireChild<QLabel>(matrix, "verdict-" + lens.id + "-" +
                                                              model.tool(column).summary.tool.id);
                const auto verdict = model.verdict(lens.id, column);
                QVERIFY(verdict);
                QVERIFY2(cell->text().endsWith(verdictLabel(*verdict)), qPrintable(cell->text()));
            }
            // The differing row is marked in words, in bold and for a screen reader; the others are not.
            const bool differs = lens.id == QLatin1String("buyer");
            QCOMPARE(row->text().contains("differs"), differs);
            QCOMPARE(row->font().bold(), differs);
            QCOMPARE(row->accessibleName().contains("the verdicts differ"), differs);
        }
        QVERIFY(requireChild<QLabel>(matrix, "verdict-buyer-mistral-4b-edge")->font().bold());

        // Under each tool, where it loses: the model's own line.
        bool skippedByBuyer = false;
        for (int column = 0; column < model.toolCount(); ++column) {
            auto* loss = requireChild<QLabel>(matrix, "loss-" + model.tool(column).summary.tool.id);
            QCOMPARE(loss->text(), model.lossSummary(column));
            skippedByBuyer = skippedByBuyer || loss->text() == QStringLiteral("Skipped by Buyer.");
        }
        QVERIFY(skippedByBuyer);
        // The old plain-text line is gone: the marked rows say it.
        for (QLabel* label : view->findChildren<QLabel*>())
            QVERIFY(!label->text().startsWith("The verdicts differ on"));

        // A lens that has not reviewed a tool says so in words, and its row differs.
        FeedDocument feed = emptyFeed();
        feed.tools = {makeTool("reviewed", "Reviewed"), makeTool("unreviewed", "Unreviewed")};
        feed.reviews = makeReviews("reviewed", 1, 2);
        QVERIFY(f->store->feed().applyFeed(feed));
        ComparisonView* adHoc =
            window->openComparison(ComparisonModel::loadTools(*f->store, {"reviewed", "unreviewed"}));
        QVERIFY(adHoc);
        const QString firstLens = adHoc->model().lenses().first().id;
        QVERIFY(requireChild<QLabel>(adHoc, "verdict-" + firstLens + "-unreviewed")
                    ->text()
                    .contains("Not reviewed"));
        QVERIFY(requireChild<QLabel>(adHoc, "verdict-" + firstLens + "-reviewed")->text().endsWith("Ship"));
        QVERIFY(requireChild<QToolButton>(adHoc, "matrixRow-" + firstLens)->text().contains("differs"));
        QVERIFY(requireChild<QLabel>(adHoc, "loss-unreviewed")->text().startsWith("Not reviewed by"));
    }

    // The ranking and the decision go right after the matrix, in an area kept across rebuilds.
    void decisionAreaFollowsTheMatrix()
    {
        auto f = WindowFixture::create();
        auto window = f->showWindow();
        ComparisonView* view = window->openComparison(
            ComparisonModel::loadComparison(*f->store, "gemma-3n-vs-mistral-medium-3-2"));
        QVERIFY(view);
        auto* area = requireChild<QWidget>(view, "decisionArea");
        QCOMPARE(area->layout(), view->decisionArea());
        // The question, the ranking, the decision title and the decision record.
        QCOMPARE(view->decisionArea()->count(), 4);
        QVERIFY(area->isAncestorOf(requireChild<QWidget>(view, "rankingTable")));
        QVERIFY(area->isAncestorOf(requireChild<QWidget>(view, "recordDecision")));
        QCOMPARE(page(view)->layout()->itemAt(1)->widget(), area);
        auto* placed = new QLabel(QStringLiteral("ranking goes here"));
        view->decisionArea()->addWidget(placed);
        QSignalSpy changed(view, &ComparisonView::modelChanged);
        QVERIFY(view->voteFor("gemma-3n")); // builds the page again
        QCOMPARE(changed.size(), 1);
        QCOMPARE(requireChild<QWidget>(view, "decisionArea"), area);
        QVERIFY(page(view)->isAncestorOf(placed));
        QCOMPARE(page(view)->layout()->itemAt(1)->widget(), area);
        QTRY_VERIFY(placed->isVisible());
        QVERIFY(topOf(area, view) >= requireChild<QWidget>(view, "verdictMatrix")->geometry().bottom());
        QVERIFY(topOf(area, view) < topOf(communityLabel(view, 0), view));

        // A ranking row leads to that tool's details.
        auto* scroll = view->findChild<QScrollArea*>();
        QVERIFY(scroll);
        window->resize(1280, 500);
        scroll->verticalScrollBar()->setValue(0);
        auto* ranking = requireChild<RankingPanel>(view, "rankingPanel");
        Q_EMIT ranking->toolActivated("mistral-medium-3-2");
        QTRY_VERIFY(scroll->verticalScrollBar()->value() > 0);
        auto* card = requireChild<QWidget>(view, "card-mistral-medium-3-2");
        QVERIFY(card->visibleRegion().isEmpty() == false);
    }

    // Each matrix row is a link: Tab reaches the rows in order, Enter or Space brings that lens's
    // scorecards into view and gives them the focus.
    void matrixRowsLeadToTheirScorecards()
    {
        auto f = WindowFixture::create();
        auto window = f->showWindow();
        window->resize(1280, 800);
        ComparisonView* view = openFromList(*window, "Mistral 4B Edge vs Mistral Medium 3.2");
        QVERIFY(view);
        const QList<QToolButton*> rows = matrixRows(view);
        QVERIFY(rows.size() >= 3);
        auto* scroll = requireChild<QScrollArea>(view, {});
        QTRY_VERIFY(page(view)->height() > scroll->viewport()->height());

        requireChild<QCheckBox>(view, "onlyDiffering")->setFocus();
        for (int press = 0; press < 20 && !rows.first()->hasFocus(); ++press)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(rows.first()->hasFocus());
        for (int row = 1; row < rows.size(); ++row) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QVERIFY2(rows.at(row)->hasFocus(), qPrintable(QApplication::focusWidget()->objectName()));
        }

        const auto inView = [scroll](QWidget* widget) {
            const QRect shown(widget->mapTo(scroll->viewport(), QPoint(0, 0)), widget->size());
            return scroll->viewport()->rect().contains(shown);
        };
        const Lens last = view->model().lenses().last();
        auto* lastTitle = requireChild<QLabel>(view, "lens-" + last.id);
        QVERIFY(!inView(lastTitle));
        QCOMPARE(scroll->verticalScrollBar()->value(), 0);
        QTest::keyClick(rows.last(), Qt::Key_Return);
        QTRY_VERIFY(lastTitle->hasFocus());
        QVERIFY(scroll->verticalScrollBar()->value() > 0);
        QVERIFY(inView(lastTitle));

        auto* buyerTitle = requireChild<QLabel>(view, "lens-buyer");
        auto* buyerRow = requireChild<QToolButton>(view, "matrixRow-buyer");
        buyerRow->setFocus();
        QTest::keyClick(buyerRow, Qt::Key_Space);
        QTRY_VERIFY(buyerTitle->hasFocus());
        QVERIFY(inView(buyerTitle));

        // A row whose scorecards the filter hides shows them again.
        view->setOnlyDifferingLenses(true);
        auto* developerTitle = requireChild<QLabel>(view, "lens-developer-experience");
        QVERIFY(!developerTitle->isVisibleTo(view));
        requireChild<QToolButton>(view, "matrixRow-developer-experience")->click();
        QVERIFY(!view->onlyDifferingLenses());
        QTRY_VERIFY(developerTitle->hasFocus());
        QVERIFY(inView(developerTitle));
    }

    // The vote control sits by the community's figure, high on the page, not after the scorecards.
    void voteButtonsSitByTheCommunityFigure()
    {
        auto f = WindowFixture::create();
        auto window = f->showWindow();
        window->resize(1280, 800);
        ComparisonView* view = window->openComparison(
            ComparisonModel::loadComparison(*f->store, "gemma-3n-vs-mistral-medium-3-2"));
        QVERIFY(view);
        QTRY_VERIFY(communityLabel(view, 0)->isVisible());
        const int firstLens =
            topOf(requireChild<QLabel>(view, "lens-" + view->model().lenses().first().id), view);
        for (int column = 0; column < view->model().toolCount(); ++column) {
            const QString id = view->model().tool(column).summary.tool.id;
            auto* vote = requireChild<QPushButton>(view, "vote-" + id);
            QLabel* figure = communityLabel(view, column);
            QCOMPARE(vote->parentWidget(), figure->parentWidget());
            const int gap = topOf(vote, view) - (topOf(figure, view) + figure->height());
            QVERIFY2(gap >= 0 && gap < 30, qPrintable(QString::number(gap)));
            QVERIFY(topOf(vote, view) < firstLens);
        }
        QVERIFY(topOf(requireChild<QLabel>(view, "voteStatus"), view) < firstLens);
    }

    // Under a handful of votes the counts are written out and no pie is drawn; a pie that is drawn has
    // no hairline slice and room for its legend; the history needs two moments.
    void fewVotesAreCountsNotAPie()
    {
        auto f = WindowFixture::create();
        QVERIFY(applyTallies(*f->store, 3, 2, at(2)));
        auto window = f->showWindow();
        window->resize(1280, 800);
        ComparisonView* view = window->openComparison(
            ComparisonModel::loadComparison(*f->store, "gemma-3n-vs-mistral-medium-3-2"));
        QVERIFY(view);
        QVERIFY2(communityLabel(view, 0)->text().contains("(3 of 5)"),
                 qPrintable(communityLabel(view, 0)->text()));
        QVERIFY(communityLabel(view, 1)->text().contains("(2 of 5)"));
        QVERIFY(!pieOf(view));
        QCOMPARE(chartViews(view).size(), 0); // and one moment is no history line

        QVERIFY(applyTallies(*f->store, 8, 4, at(3)));
        view->reload();
        QVERIFY(communityLabel(view, 0)->text().contains("(8 of 12)"));
        QPieSeries* pie = pieOf(view);
        QVERIFY(pie);
        QCOMPARE(pie->count(), 2);
        QCOMPARE(chartViews(view).size(), 2); // the split and, with two moments, the history

        // A tool with no votes has no slice at all, and the legend has room for its whole label.
        QVERIFY(applyTallies(*f->store, 12, 0, at(4)));
        view->reload();
        pie = pieOf(view);
        QVERIFY(pie);
        QCOMPARE(pie->count(), 1);
        QVERIFY(pie->slices().first()->value() > 0);
        for (QChartView* chart : chartViews(view)) {
            if (!chart->chart()->series().contains(pie))
                continue;
            QTRY_VERIFY(chart->isVisible());
            const QFontMetrics metrics(chart->chart()->legend()->font());
            for (QLegendMarker* marker : chart->chart()->legend()->markers())
                QVERIFY(chart->width() >= metrics.horizontalAdvance(marker->label()) + 200);
        }
    }

    // No chart repeats what the page prints: the panel's counts are text, never a chart.
    void noChartRepeatsThePanelCounts()
    {
        auto f = WindowFixture::create();
        QVERIFY(applyTallies(*f->store, 10, 5, at(2)));
        QVERIFY(applyTallies(*f->store, 12, 6, at(3)));
        auto window = f->showWindow();
        ComparisonView* view = window->openComparison(
            ComparisonModel::loadComparison(*f->store, "gemma-3n-vs-mistral-medium-3-2"));
        QVERIFY(view);
        for (int column = 0; column < view->model().toolCount(); ++column) {
            const PanelScore panel = view->model().panel(column);
            auto* text = requireChild<QLabel>(view, "panel-" + view->model().tool(column).summary.tool.id);
            QCOMPARE(text->text(),
                     QStringLiteral("Panel: %1 of %2 say ship").arg(panel.ships).arg(panel.reviews));
        }
        const QList<QChartView*> charts = chartViews(view);
        QCOMPARE(charts.size(), 2);
        for (QChartView* chart : charts) {
            for (QAbstractSeries* series : chart->chart()->series()) {
                QVERIFY2(!qobject_cast<QAbstractBarSeries*>(series), qPrintable(chart->chart()->title()));
                QVERIFY2(series->type() != QAbstractSeries::SeriesTypeScatter,
                         qPrintable(chart->chart()->title()));
            }
        }
        // Every percentage on the page is the community's, with its counts beside it.
        for (QLabel* label : view->findChildren<QLabel*>()) {
            if (label->text().contains('%') && label->isVisibleTo(view))
                QVERIFY2(label->text().contains(" of "), qPrintable(label->text()));
        }
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
        // Enough votes at two moments for both charts.
        QVERIFY(applyTallies(*f->store, 10, 5, at(2)));
        QVERIFY(applyTallies(*f->store, 12, 6, at(3)));
        auto window = f->showWindow();
        ComparisonView* view = window->openComparison(
            ComparisonModel::loadComparison(*f->store, "gemma-3n-vs-mistral-medium-3-2"));
        QVERIFY(view);
        const QList<QChartView*> charts = view->findChildren<QChartView*>();
        QCOMPARE(charts.size(), 2);
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
