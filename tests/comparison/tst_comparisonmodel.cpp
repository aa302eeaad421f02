// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison model: loading a published comparison or any two to four tools, aligning their
// reviews by lens, and every derived figure the views, the CLI and the report present.
#include "../TestSupport.h"
#include <comparison/ComparisonModel.h>

#include <QJsonArray>
#include <QJsonObject>

using namespace sos;
using namespace sos::test;

class TestComparisonModel : public QObject
{
    Q_OBJECT

    // Panel: a 4/4, b 3/4 (buyer skips), c 2/4 (futurist and buyer skip), d 4/4, g 4/4, k 2/3 (no
    // buyer), e only reviewed by the first two lenses (both ship), h only by the last two (both ship),
    // f not reviewed at all.
    static FeedDocument catalogFeed()
    {
        FeedDocument feed = emptyFeed();
        feed.lenses = fourLenses();
        feed.tools = {makeTool("a", "Alpha"), makeTool("b", "Beta"),  makeTool("c", "Gamma"),
                      makeTool("d", "Delta"), makeTool("e", "Echo"),  makeTool("f", "Foxtrot"),
                      makeTool("g", "Golf"),  makeTool("h", "Hotel"), makeTool("k", "Kilo")};
        QList<Review> hotel = makeReviews("h", 4, 4).mid(2);
        feed.reviews = makeReviews("a", 4, 4) + makeReviews("b", 3, 4) + makeReviews("c", 2, 4) +
                       makeReviews("d", 4, 4) + makeReviews("e", 2, 2) + makeReviews("g", 4, 4) + hotel +
                       makeReviews("k", 2, 3);
        feed.comparisons = {Comparison{"a-vs-b", "Alpha vs Beta", {"a", "b"}, at(1)},
                            Comparison{"a-b-c", "Alpha, Beta and Gamma", {"a", "b", "c"}, at(1)},
                            Comparison{"big-four", "The big four", {"a", "b", "c", "d"}, at(1)}};
        return feed;
    }

    static std::unique_ptr<Store> catalogStore(const QTemporaryDir& dir)
    {
        auto store = openStore(dir);
        if (!store)
            return nullptr;
        auto applied = store->feed().applyFeed(catalogFeed());
        if (!applied) {
            qWarning() << applied.errorMessage();
            return nullptr;
        }
        return store;
    }

    static FeedDocument tallyFeed(const QDateTime& when, int alphaVotes, int betaVotes)
    {
        FeedDocument feed = emptyFeed();
        feed.generatedAt = when;
        feed.tallies = {Tally{"a-vs-b", "a", alphaVotes, when}, Tally{"a-vs-b", "b", betaVotes, when}};
        return feed;
    }

    static QStringList lensIds(const ComparisonModel& model)
    {
        QStringList ids;
        for (const Lens& lens : model.lenses())
            ids << lens.id;
        return ids;
    }

private Q_SLOTS:
    void loadsPublishedComparison_data()
    {
        QTest::addColumn<QString>("idOrTitle");
        QTest::addColumn<QString>("expectedId");
        QTest::addColumn<QString>("expectedTitle");
        QTest::addColumn<QStringList>("expectedTools");
        QTest::newRow("by id") << "a-vs-b"
                               << "a-vs-b"
                               << "Alpha vs Beta" << QStringList{"a", "b"};
        QTest::newRow("by title") << "Alpha vs Beta"
                                  << "a-vs-b"
                                  << "Alpha vs Beta" << QStringList{"a", "b"};
        QTest::newRow("by title, other case") << "alpha VS BETA"
                                              << "a-vs-b"
                                              << "Alpha vs Beta" << QStringList{"a", "b"};
        QTest::newRow("three tools by title") << "alpha, beta and gamma"
                                              << "a-b-c"
                                              << "Alpha, Beta and Gamma" << QStringList{"a", "b", "c"};
        QTest::newRow("four tools by id") << "big-four"
                                          << "big-four"
                                          << "The big four" << QStringList{"a", "b", "c", "d"};
    }

    void loadsPublishedComparison()
    {
        QFETCH(QString, idOrTitle);
        QFETCH(QString, expectedId);
        QFETCH(QString, expectedTitle);
        QFETCH(QStringList, expectedTools);
        QTemporaryDir dir;
        auto store = catalogStore(dir);
        QVERIFY(store);
        auto model = ComparisonModel::loadComparison(*store, idOrTitle);
        QVERIFY2(model, qPrintable(model.errorMessage()));
        QVERIFY(model->isPublished());
        QCOMPARE(model->comparisonId(), expectedId);
        QCOMPARE(model->title(), expectedTitle);
        QCOMPARE(model->toolIds(), expectedTools); // the published column order
        QCOMPARE(model->toolCount(), expectedTools.size());
    }

    void unknownComparisonSuggestsTitles()
    {
        QTemporaryDir dir;
        auto store = catalogStore(dir);
        QVERIFY(store);
        auto typo = ComparisonModel::loadComparison(*store, "Alpha vs Betta");
        QVERIFY(!typo);
        QVERIFY2(typo.errorMessage().contains("Alpha vs Betta"), qPrintable(typo.errorMessage()));
        QVERIFY2(typo.errorMessage().contains("Did you mean"), qPrintable(typo.errorMessage()));
        QVERIFY2(typo.errorMessage().contains("Alpha vs Beta"), qPrintable(typo.errorMessage()));

        auto nothingClose = ComparisonModel::loadComparison(*store, "zzzz");
        QVERIFY(!nothingClose);
        QVERIFY2(!nothingClose.errorMessage().contains("Did you mean"),
                 qPrintable(nothingClose.errorMessage()));
    }

    void loadsTools_data()
    {
        QTest::addColumn<QStringList>("wanted");
        QTest::addColumn<QStringList>("expectedIds");
        QTest::addColumn<QString>("expectedComparison"); // empty: ad hoc
        QTest::addColumn<QString>("expectedTitle");
        QTest::newRow("2 by id, ad hoc") << QStringList{"a", "d"} << QStringList{"a", "d"} << ""
                                         << "Alpha vs Delta";
        QTest::newRow("2 by name, ad hoc, column order kept")
            << QStringList{"delta", "ALPHA"} << QStringList{"d", "a"} << ""
            << "Delta vs Alpha";
        QTest::newRow("2 by name, published")
            << QStringList{"Alpha", "beta"} << QStringList{"a", "b"} << "a-vs-b"
            << "Alpha vs Beta";
        QTest::newRow("2 reversed, still published")
            << QStringList{"b", "a"} << QStringList{"b", "a"} << "a-vs-b"
            << "Alpha vs Beta";
        QTest::newRow("3 by id, ad hoc") << QStringList{"c", "a", "d"} << QStringList{"c", "a", "d"} << ""
                                         << "Gamma vs Alpha vs Delta";
        QTest::newRow("3 mixed, published in another order")
            << QStringList{"gamma", "b", "Alpha"} << QStringList{"c", "b", "a"} << "a-b-c"
            << "Alpha, Beta and Gamma";
        QTest::newRow("4 by name, published")
            << QStringList{"Delta", "Gamma", "Beta", "Alpha"} << QStringList{"d", "c", "b", "a"} << "big-four"
            << "The big four";
        QTest::newRow("4 by id, ad hoc")
            << QStringList{"a", "b", "c", "e"} << QStringList{"a", "b", "c", "e"} << ""
            << "Alpha vs Beta vs Gamma vs Echo";
        QTest::newRow("superset of a published pair is ad hoc")
            << QStringList{"a", "b", "d"} << QStringList{"a", "b", "d"} << ""
            << "Alpha vs Beta vs Delta";
    }

    void loadsTools()
    {
        QFETCH(QStringList, wanted);
        QFETCH(QStringList, expectedIds);
        QFETCH(QString, expectedComparison);
        QFETCH(QString, expectedTitle);
        QTemporaryDir dir;
        auto store = catalogStore(dir);
        QVERIFY(store);
        auto model = ComparisonModel::loadTools(*store, wanted);
        QVERIFY2(model, qPrintable(model.errorMessage()));
        QCOMPARE(model->toolCount(), expectedIds.size());
        QCOMPARE(model->title(), expectedTitle);
        QCOMPARE(model->comparisonId(), expectedComparison);
        QCOMPARE(model->isPublished(), !expectedComparison.isEmpty());
        if (expectedComparison.isEmpty()) {
            QCOMPARE(model->toolIds(), expectedIds);
        } else {
            // Published: the same set of tools, whatever the column order.
            QStringList actual = model->toolIds();
            QStringList expected = expectedIds;
            actual.sort();
            expected.sort();
            QCOMPARE(actual, expected);
        }
    }

    void rejectsBadToolSets_data()
    {
        QTest::addColumn<QStringList>("wanted");
        QTest::addColumn<QString>("expectedInError");
        QTest::newRow("no tool") << QStringList{} << "not 0";
        QTest::newRow("one tool") << QStringList{"a"} << "not 1";
        QTest::newRow("five tools") << QStringList{"a", "b", "c", "d", "e"} << "not 5";
        QTest::newRow("same id twice") << QStringList{"a", "a"} << "named twice";
        QTest::newRow("same tool by id and by name") << QStringList{"a", "b", "alpha"} << "named twice";
        QTest::newRow("unknown tool is named") << QStringList{"a", "Nonesuch"} << "Nonesuch";
        QTest::newRow("a typo gets a suggestion") << QStringList{"a", "Gamna"} << "Did you mean: Gamma";
    }

    void rejectsBadToolSets()
    {
        QFETCH(QStringList, wanted);
        QFETCH(QString, expectedInError);
        QTemporaryDir dir;
        auto store = catalogStore(dir);
        QVERIFY(store);
        auto model = ComparisonModel::loadTools(*store, wanted);
        QVERIFY(!model);
        QVERIFY2(model.errorMessage().contains(expectedInError), qPrintable(model.errorMessage()));
    }

    void alignsReviewsByLens()
    {
        QTemporaryDir dir;
        auto store = catalogStore(dir);
        QVERIFY(store);
        const QStringList allLenses{"developer-experience", "competitive-skeptic", "futurist", "buyer"};

        // Hotel has the last two lenses, Echo the first two: the union, in lens position order.
        auto model = ComparisonModel::loadTools(*store, {"h", "e"});
        QVERIFY2(model, qPrintable(model.errorMessage()));
        QCOMPARE(lensIds(model.value()), allLenses);
        QCOMPARE(model->lenses().at(0).name, QString("Developer experience"));
        for (int i = 0; i < model->lenses().size(); ++i)
            QCOMPARE(model->lenses().at(i).position, i + 1);

        for (const QString& lens : {QString("developer-experience"), QString("competitive-skeptic")}) {
            QVERIFY(!model->verdict(lens, 0));
            QVERIFY(model->reviews(lens, 0).isEmpty());
            QCOMPARE(model->verdict(lens, 1), Verdict::Ship);
            QCOMPARE(model->reviews(lens, 1).size(), 1);
            QCOMPARE(model->reviews(lens, 1).first().toolId, QString("e"));
        }
        for (const QString& lens : {QString("futurist"), QString("buyer")}) {
            QCOMPARE(model->verdict(lens, 0), Verdict::Ship);
            QCOMPARE(model->reviews(lens, 0).size(), 1);
            QCOMPARE(model->reviews(lens, 0).first().id, QString("h/" + lens));
            QVERIFY(!model->verdict(lens, 1));
            QVERIFY(model->reviews(lens, 1).isEmpty());
        }

        // A lens that reviewed none of the tools is not a row.
        auto partial = ComparisonModel::loadTools(*store, {"f", "e"});
        QVERIFY2(partial, qPrintable(partial.errorMessage()));
        QCOMPARE(lensIds(partial.value()), (QStringList{"developer-experience", "competitive-skeptic"}));

        // Verdicts follow the tool in its column.
        auto pair = ComparisonModel::loadTools(*store, {"c", "b"});
        QVERIFY(pair);
        QCOMPARE(lensIds(pair.value()), allLenses);
        QCOMPARE(pair->verdict("futurist", 0), Verdict::Skip);
        QCOMPARE(pair->verdict("futurist", 1), Verdict::Ship);
        QCOMPARE(pair->verdict("buyer", 0), Verdict::Skip);
        QCOMPARE(pair->verdict("buyer", 1), Verdict::Skip);
        QCOMPARE(pair->reviews("buyer", 1).first().text, QString("Review of b by buyer"));
    }

    void newestReviewOfALensWins()
    {
        QTemporaryDir dir;
        auto store = openStore(dir);
        QVERIFY(store);
        FeedDocument feed = emptyFeed();
        feed.lenses = fourLenses();
        feed.tools = {makeTool("p", "Papa"), makeTool("q", "Quebec")};
        auto review = [](const QString& id, const QString& tool, Verdict verdict, const QDateTime& when) {
            return Review{id, tool, "buyer", verdict, QString("Text " + id), "Panel", at(1), when};
        };
        // The newer review comes first in the feed, so the feed's order does not decide.
        feed.reviews = {
            review("p/new", "p", Verdict::Ship, at(3)), review("p/old", "p", Verdict::Skip, at(2)),
            review("q/new", "q", Verdict::Skip, at(3)), review("q/old", "q", Verdict::Ship, at(2))};
        QVERIFY(store->feed().applyFeed(feed));

        auto model = ComparisonModel::loadTools(*store, {"p", "q"});
        QVERIFY2(model, qPrintable(model.errorMessage()));
        QCOMPARE(lensIds(model.value()), QStringList{"buyer"});
        QCOMPARE(model->reviews("buyer", 0).size(), 2);
        QCOMPARE(model->reviews("buyer", 1).size(), 2);
        QCOMPARE(model->verdict("buyer", 0), Verdict::Ship);
        QCOMPARE(model->verdict("buyer", 1), Verdict::Skip);
        QCOMPARE(model->differingLensIds(), QStringList{"buyer"});
        QCOMPARE(model->lossSummary(1), QString("Skipped by Buyer."));
        QCOMPARE(model->lossSummary(0), QString("No lens skips it."));

        // A newer review flips the older one's verdict.
        FeedDocument update = emptyFeed();
        update.reviews = {review("p/old", "p", Verdict::Skip, at(4))};
        QVERIFY(store->feed().applyFeed(update));
        model = ComparisonModel::loadTools(*store, {"p", "q"});
        QVERIFY(model);
        QCOMPARE(model->verdict("buyer", 0), Verdict::Skip);
        QVERIFY(model->differingLensIds().isEmpty());
    }

    void differingLenses_data()
    {
        QTest::addColumn<QStringList>("tools");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("2 same") << QStringList{"a", "d"} << QStringList{};
        QTest::newRow("2 differ on buyer") << QStringList{"a", "b"} << QStringList{"buyer"};
        QTest::newRow("2, second misses two lenses")
            << QStringList{"a", "e"} << QStringList{"futurist", "buyer"};
        QTest::newRow("2, first misses two lenses")
            << QStringList{"e", "a"} << QStringList{"futurist", "buyer"};
        QTest::newRow("2, each misses the other's lenses")
            << QStringList{"e", "h"}
            << QStringList{"developer-experience", "competitive-skeptic", "futurist", "buyer"};
        QTest::newRow("3 same") << QStringList{"a", "d", "g"} << QStringList{};
        QTest::newRow("3, one differs") << QStringList{"a", "d", "c"} << QStringList{"futurist", "buyer"};
        QTest::newRow("3, one skips futurist and misses buyer")
            << QStringList{"a", "d", "k"} << QStringList{"futurist", "buyer"};
        QTest::newRow("4, one misses the first lenses")
            << QStringList{"a", "d", "g", "h"} << QStringList{"developer-experience", "competitive-skeptic"};
        QTest::newRow("4, differences in the last columns")
            << QStringList{"a", "d", "b", "c"} << QStringList{"futurist", "buyer"};
        QTest::newRow("4 all ship") << QStringList{"d", "g", "a", "a-dup"} << QStringList{};
    }

    void differingLenses()
    {
        QFETCH(QStringList, tools);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        auto store = catalogStore(dir);
        QVERIFY(store);
        if (tools.contains("a-dup")) {
            // A fourth tool whose panel agrees with a, d and g on every lens.
            FeedDocument feed = emptyFeed();
            feed.tools = {makeTool("a-dup", "Alpha Two")};
            feed.reviews = makeReviews("a-dup", 4, 4);
            QVERIFY(store->feed().applyFeed(feed));
        }
        auto model = ComparisonModel::loadTools(*store, tools);
        QVERIFY2(model, qPrintable(model.errorMessage()));
        QCOMPARE(model->differingLensIds(), expected);
        // Every listed lens really has two columns that disagree, and every other lens none.
        for (const Lens& lens : model->lenses()) {
            bool differs = false;
            for (int column = 1; column < model->toolCount(); ++column)
                differs = differs || model->verdict(lens.id, column) != model->verdict(lens.id, 0);
            differs = differs || !model->verdict(lens.id, 0);
            QCOMPARE(expected.contains(lens.id), differs);
        }
    }

    void derivedFigures_data()
    {
        QTest::addColumn<QStringList>("tools");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QList<int>>("ships");
        QTest::addColumn<QList<int>>("reviews");
        QTest::addColumn<QList<int>>("percents"); // -1: no figure
        QTest::newRow("2 tools") << QStringList{"a", "b"} << QStringList{"Alpha", "Beta"} << QList<int>{4, 3}
                                 << QList<int>{4, 4} << QList<int>{100, 75};
        QTest::newRow("2 tools, one unreviewed")
            << QStringList{"c", "f"} << QStringList{"Gamma", "Foxtrot"} << QList<int>{2, 0}
            << QList<int>{4, 0} << QList<int>{50, -1};
        QTest::newRow("3 tools") << QStringList{"c", "e", "b"} << QStringList{"Gamma", "Echo", "Beta"}
                                 << QList<int>{2, 2, 3} << QList<int>{4, 2, 4} << QList<int>{50, 100, 75};
        QTest::newRow("4 tools") << QStringList{"d", "c", "b", "k"}
                                 << QStringList{"Delta", "Gamma", "Beta", "Kilo"} << QList<int>{4, 2, 3, 2}
                                 << QList<int>{4, 4, 4, 3} << QList<int>{100, 50, 75, 67};
    }

    void derivedFigures()
    {
        QFETCH(QStringList, tools);
        QFETCH(QStringList, names);
        QFETCH(QList<int>, ships);
        QFETCH(QList<int>, reviews);
        QFETCH(QList<int>, percents);
        QTemporaryDir dir;
        auto store = catalogStore(dir);
        QVERIFY(store);
        auto model = ComparisonModel::loadTools(*store, tools);
        QVERIFY2(model, qPrintable(model.errorMessage()));
        const QList<PanelSplitBar> bars = model->panelSplit();
        QCOMPARE(bars.size(), tools.size());
        for (int column = 0; column < tools.size(); ++column) {
            QCOMPARE(model->tool(column).summary.tool.name, names.at(column));
            QCOMPARE(model->panel(column), (PanelScore{ships.at(column), reviews.at(column)}));
            QCOMPARE(model->panel(column).percent().value_or(-1), percents.at(column));
            QCOMPARE(bars.at(column).toolName, names.at(column));
            QCOMPARE(bars.at(column).ships, ships.at(column));
            QCOMPARE(bars.at(column).skips, reviews.at(column) - ships.at(column));
        }
    }

    void communityFromTallies()
    {
        QTemporaryDir dir;
        auto store = catalogStore(dir);
        QVERIFY(store);
        QVERIFY(store->feed().applyFeed(tallyFeed(at(2), 30, 10)));

        auto model = ComparisonModel::loadComparison(*store, "a-vs-b");
        QVERIFY2(model, qPrintable(model.errorMessage()));
        QCOMPARE(model->communityTotal(), 40);
        const CommunityFigure alpha = model->community(0);
        const CommunityFigure beta = model->community(1);
        QCOMPARE(alpha.votes, 30);
        QCOMPARE(alpha.total, 40);
        QCOMPARE(alpha.percent(), 75);
        QVERIFY(!alpha.myPendingVote);
        QCOMPARE(beta.votes, 10);
        QCOMPARE(beta.total, 40);
        QCOMPARE(beta.percent(), 25);
        QVERIFY(!model->myVote());

        // The same pair loaded as tools brings the published community vote along, by tool.
        auto reversed = ComparisonModel::loadTools(*store, {"b", "a"});
        QVERIFY(reversed);
        QVERIFY(reversed->isPublished());
        QCOMPARE(reversed->communityTotal(), 40);
        for (int column = 0; column < reversed->toolCount(); ++column) {
            const QString id = reversed->tool(column).summary.tool.id;
            QCOMPARE(reversed->community(column).votes, id == "a" ? 30 : 10);
            QCOMPARE(reversed->community(column).total, 40);
        }
    }

    void noTalliesIsNoFigure()
    {
        QTemporaryDir dir;
        auto store = catalogStore(dir);
        QVERIFY(store);
        QVERIFY(store->feed().applyFeed(tallyFeed(at(2), 30, 10))); // in another comparison
        auto model = ComparisonModel::loadComparison(*store, "a-b-c");
        QVERIFY2(model, qPrintable(model.errorMessage()));
        QCOMPARE(model->communityTotal(), 0);
        for (int column = 0; column < model->toolCount(); ++column) {
            QCOMPARE(model->community(column).votes, 0);
            QCOMPARE(model->community(column).total, 0);
            QVERIFY(!model->community(column).percent().has_value()); // a dash, never 0%
        }
        QVERIFY(model->toJson()
                    .value("tools")
                    .toArray()
                    .at(0)
                    .toObject()
                    .value("communitySharePercent")
                    .isNull());
    }

    void myPendingVoteStaysApart()
    {
        QTemporaryDir dir;
        auto store = catalogStore(dir);
        QVERIFY(store);
        QVERIFY(store->feed().applyFeed(tallyFeed(at(2), 30, 10)));
        auto vote = store->outbox().castVote("a-vs-b", "b");
        QVERIFY2(vote, qPrintable(vote.errorMessage()));

        // The figures are the feed's: the user's vote is said apart until the feed counts it.
        auto model = ComparisonModel::loadComparison(*store, "a-vs-b");
        QVERIFY2(model, qPrintable(model.errorMessage()));
        QVERIFY(model->myVote());
        QCOMPARE(model->myVote()->toolId, QString("b"));
        QCOMPARE(model->communityTotal(), 40);
        QCOMPARE(model->community(0).votes, 30);
        QCOMPARE(model->community(0).total, 40);
        QVERIFY(!model->community(0).myPendingVote);
        QCOMPARE(model->community(1).votes, 10);
        QCOMPARE(model->community(1).total, 40);
        QVERIFY(model->community(1).myPendingVote);
        QCOMPARE(model->community(1).percent(), 25); // 10 of 40

        // A pending vote with no tallies at all is no community figure: nothing was counted yet.
        QVERIFY(store->outbox().castVote("a-b-c", "c"));
        auto three = ComparisonModel::loadComparison(*store, "a-b-c");
        QVERIFY(three);
        QCOMPARE(three->communityTotal(), 0);
        QVERIFY(!three->community(2).percent().has_value());
        QVERIFY(three->community(2).myPendingVote);
        QCOMPARE(three->community(0).votes, 0);
        QVERIFY(!three->community(0).myPendingVote);

        // An ad-hoc set has no community figure, even though one of its tools has votes elsewhere.
        auto adHoc = ComparisonModel::loadTools(*store, {"b", "d"});
        QVERIFY(adHoc);
        QVERIFY(!adHoc->isPublished());
        QVERIFY(!adHoc->myVote());
        QCOMPARE(adHoc->communityTotal(), 0);
        for (int column = 0; column < adHoc->toolCount(); ++column) {
            QCOMPARE(adHoc->community(column).total, 0);
            QCOMPARE(adHoc->community(column).votes, 0);
            QVERIFY(!adHoc->community(column).percent().has_value());
            QVERIFY(!adHoc->community(column).myPendingVote);
        }
    }

    void voteHistory()
    {
        QTemporaryDir dir;
        auto store = catalogStore(dir);
        QVERIFY(store);

        auto none = ComparisonModel::loadComparison(*store, "a-vs-b");
        QVERIFY(none);
        QCOMPARE(none->voteHistoryPointCount(), 0);
        QCOMPARE(none->voteHistory().size(), 2);
        QVERIFY(none->voteHistory().at(0).points.isEmpty());

        QVERIFY(store->feed().applyFeed(tallyFeed(at(2), 30, 10)));
        auto once = ComparisonModel::loadComparison(*store, "a-vs-b");
        QVERIFY(once);
        QCOMPARE(once->voteHistoryPointCount(), 1);
        QCOMPARE(once->voteHistory().at(0).points.size(), 1);

        QVERIFY(store->feed().applyFeed(tallyFeed(at(3), 35, 12)));
        // Loaded as tools in the other order: the series follow the columns.
        auto model = ComparisonModel::loadTools(*store, {"b", "a"});
        QVERIFY2(model, qPrintable(model.errorMessage()));
        QVERIFY(model->isPublished());
        QCOMPARE(model->voteHistoryPointCount(), 2);
        const QList<HistorySeries> series = model->voteHistory();
        QCOMPARE(series.size(), 2);
        QCOMPARE(series.at(0).toolId, QString("b"));
        QCOMPARE(series.at(0).toolName, QString("Beta"));
        using Points = QList<std::pair<QDateTime, int>>;
        QCOMPARE(series.at(0).points, (Points{{at(2), 10}, {at(3), 12}}));
        QCOMPARE(series.at(1).toolId, QString("a"));
        QCOMPARE(series.at(1).points, (Points{{at(2), 30}, {at(3), 35}}));
        // The current figure is the newest tally.
        QCOMPARE(model->community(0).votes, 12);
        QCOMPARE(model->community(1).votes, 35);

        // An older tally arriving late changes neither the figure nor the history.
        QVERIFY(store->feed().applyFeed(tallyFeed(at(1, 12), 1, 1)));
        auto late = ComparisonModel::loadComparison(*store, "a-vs-b");
        QVERIFY(late);
        QCOMPARE(late->voteHistoryPointCount(), 2);
        QCOMPARE(late->communityTotal(), 47);
    }

    void toJson()
    {
        QTemporaryDir dir;
        auto store = catalogStore(dir);
        QVERIFY(store);
        QVERIFY(store->feed().applyFeed(tallyFeed(at(2), 30, 10)));
        QVERIFY(store->outbox().castVote("a-vs-b", "b"));
        auto model = ComparisonModel::loadComparison(*store, "Alpha vs Beta");
        QVERIFY2(model, qPrintable(model.errorMessage()));

        const QJsonObject json = model->toJson();
        QCOMPARE(json.value("id").toString(), QString("a-vs-b"));
        QCOMPARE(json.value("title").toString(), QString("Alpha vs Beta"));
        QCOMPARE(json.value("published").toBool(false), true);
        QCOMPARE(json.value("totalVotes").toInt(), 40); // the feed's votes: the pending one is apart

        const QJsonArray tools = json.value("tools").toArray();
        QCOMPARE(tools.size(), 2);
        QCOMPARE(tools.at(0).toObject().value("name").toString(), QString("Alpha"));
        QCOMPARE(tools.at(0).toObject().value("panelShipPercent").toInt(), 100);
        QCOMPARE(tools.at(0).toObject().value("communityIncludesMyPendingVote").toBool(true), false);
        QCOMPARE(tools.at(1).toObject().value("name").toString(), QString("Beta"));
        QCOMPARE(tools.at(1).toObject().value("panelShipPercent").toInt(), 75);
        QCOMPARE(tools.at(1).toObject().value("communityIncludesMyPendingVote").toBool(true), false);
        QCOMPARE(tools.at(1).toObject().value("myPendingVote").toBool(false), true);
        QCOMPARE(tools.at(0).toObject().value("myPendingVote").toBool(true), false);
        QCOMPARE(tools.at(1).toObject().value("communityVotes").toInt(), 10);

        const QJsonArray lenses = json.value("lenses").toArray();
        QCOMPARE(lenses.size(), 4);
        const QStringList expectedLenses{"developer-experience", "competitive-skeptic", "futurist", "buyer"};
        for (int i = 0; i < lenses.size(); ++i) {
            const QJsonObject lens = lenses.at(i).toObject();
            const QString id = expectedLenses.at(i);
            QCOMPARE(lens.value("id").toString(), id);
            QCOMPARE(lens.value("name").toString(), fourLenses().at(i).name);
            QCOMPARE(lens.value("verdictsDiffer").toBool(), id == "buyer");
            const QJsonArray verdicts = lens.value("tools").toArray();
            QCOMPARE(verdicts.size(), 2);
            QCOMPARE(verdicts.at(0).toObject().value("verdict").toString(), QString("ship"));
            QCOMPARE(verdicts.at(1).toObject().value("verdict").toString(),
                     id == "buyer" ? QString("skip") : QString("ship"));
            const QJsonArray reviews = verdicts.at(1).toObject().value("reviews").toArray();
            QCOMPARE(reviews.size(), 1);
            QCOMPARE(reviews.at(0).toObject().value("text").toString(), QString("Review of b by " + id));
        }

        const QJsonObject myVote = json.value("myVote").toObject();
        QCOMPARE(myVote.value("toolId").toString(), QString("b"));
        QCOMPARE(myVote.value("state").toString(), QString("pending"));
    }

    void toJsonOfAnAdHocSet()
    {
        QTemporaryDir dir;
        auto store = catalogStore(dir);
        QVERIFY(store);
        auto model = ComparisonModel::loadTools(*store, {"e", "a"});
        QVERIFY2(model, qPrintable(model.errorMessage()));
        const QJsonObject json = model->toJson();
        QCOMPARE(json.value("title").toString(), QString("Echo vs Alpha"));
        QCOMPARE(json.value("published").toBool(true), false);
        QVERIFY(json.value("id").isNull());
        QCOMPARE(json.value("totalVotes").toInt(-1), 0);
        QVERIFY(!json.contains("myVote"));
        const QJsonArray lenses = json.value("lenses").toArray();
        QCOMPARE(lenses.size(), 4);
        const QJsonObject futurist = lenses.at(2).toObject();
        QCOMPARE(futurist.value("id").toString(), QString("futurist"));
        QCOMPARE(futurist.value("verdictsDiffer").toBool(), true);
        // Echo has no futurist review: no verdict, no reviews.
        const QJsonObject echo = futurist.value("tools").toArray().at(0).toObject();
        QCOMPARE(echo.value("toolId").toString(), QString("e"));
        QVERIFY(echo.value("verdict").isNull());
        QVERIFY(echo.value("reviews").toArray().isEmpty());
    }

    void bundledCatalog()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QVERIFY(store);

        auto same = ComparisonModel::loadComparison(*store, "Gemma 3n vs Mistral Medium 3.2");
        QVERIFY2(same, qPrintable(same.errorMessage()));
        QCOMPARE(same->toolCount(), 2);
        QCOMPARE(same->toolIds(), (QStringList{"gemma-3n", "mistral-medium-3-2"}));
        QCOMPARE(same->lenses().size(), 4);
        QVERIFY(same->differingLensIds().isEmpty());
        // Both are 75%: every lens agrees, and the buyer skips both.
        for (int column = 0; column < 2; ++column) {
            QCOMPARE(same->panel(column).percent(), 75);
            for (const Lens& lens : same->lenses()) {
                QVERIFY(same->verdict(lens.id, column).has_value());
                QCOMPARE(*same->verdict(lens.id, column), lens.id == "buyer" ? Verdict::Skip : Verdict::Ship);
            }
        }
        QCOMPARE(same->communityTotal(), 0);
        QVERIFY(!same->community(0).percent().has_value());

        auto differ = ComparisonModel::loadComparison(*store, "Mistral 4B Edge vs Mistral Medium 3.2");
        QVERIFY2(differ, qPrintable(differ.errorMessage()));
        QCOMPARE(differ->toolIds(), (QStringList{"mistral-4b-edge", "mistral-medium-3-2"}));
        QCOMPARE(differ->differingLensIds(), QStringList{"buyer"});
        QCOMPARE(differ->verdict("buyer", 0), Verdict::Ship);
        QCOMPARE(differ->verdict("buyer", 1), Verdict::Skip);
        QCOMPARE(differ->panel(0).percent(), 100);
        QCOMPARE(differ->panel(1).percent(), 75);
    }
};

QTEST_GUILESS_MAIN(TestComparisonModel)
#include "tst_comparisonmodel.moc"
