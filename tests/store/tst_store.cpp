// SPDX-License-Identifier: GPL-3.0-or-later
#include "../TestSupport.h"
#include <store/Transaction.h>

using namespace sos;
using namespace sos::test;

class TestStore : public QObject
{
    Q_OBJECT

    // Three tools, two comparisons, reviews with known verdicts.
    static FeedDocument smallFeed()
    {
        FeedDocument feed = emptyFeed();
        feed.lenses = fourLenses();
        feed.tools = {
            makeTool(QStringLiteral("alpha"), QStringLiteral("Alpha")),
            makeTool(QStringLiteral("beta"), QStringLiteral("Beta"), QStringLiteral("Chat"), Pricing::Paid),
            makeTool(QStringLiteral("gamma"), QStringLiteral("Gamma"))};
        feed.reviews = makeReviews(QStringLiteral("alpha"), 4, 4) + makeReviews(QStringLiteral("beta"), 1, 4);
        feed.comparisons = {Comparison{QStringLiteral("alpha-vs-beta"),
                                       QStringLiteral("Alpha vs Beta"),
                                       {QStringLiteral("alpha"), QStringLiteral("beta")},
                                       at(1)},
                            Comparison{QStringLiteral("beta-vs-gamma"),
                                       QStringLiteral("Beta vs Gamma"),
                                       {QStringLiteral("beta"), QStringLiteral("gamma")},
                                       at(1)}};
        return feed;
    }

    static ToolSummary summaryOf(const Store& store, const QString& id)
    {
        const auto details = store.catalog().toolDetails(id);
        return details ? details->summary : ToolSummary{};
    }

private Q_SLOTS:
    void seedsTheBundledCatalog()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QVERIFY(store);
        QCOMPARE(store->catalog().toolCount(), 7);
        QCOMPARE(store->catalog().comparisons().size(), 5);
        QCOMPARE(store->catalog().lenses().size(), 4);
        const QMap<QString, int> expected{{QStringLiteral("mistral-4b-edge"), 100},
                                          {QStringLiteral("llama-4-compact-12b"), 100},
                                          {QStringLiteral("code-llama-4-70b-400b"), 100},
                                          {QStringLiteral("mistral-medium-3-2"), 75},
                                          {QStringLiteral("gemma-3n"), 75},
                                          {QStringLiteral("code-llama-4"), 75},
                                          {QStringLiteral("mistral-3b-edge"), 75}};
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            const auto details = store->catalog().toolDetails(it.key());
            QVERIFY2(details, qPrintable(it.key()));
            QCOMPARE(details->summary.panel.percent().value_or(-1), it.value());
            QCOMPARE(details->summary.panel.reviews, 4);
            QCOMPARE(details->reviews.size(), 4);
            QVERIFY(!details->summary.community.percent().has_value()); // no votes: a dash, not zero
            // On every 75% page the buyer is the one who skips.
            for (const Review& review : details->reviews) {
                const bool skips = review.verdict == Verdict::Skip;
                QCOMPARE(skips, it.value() == 75 && review.lensId == QLatin1String("buyer"));
            }
        }
    }

    void seedingTwiceChangesNothing()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QVERIFY(store);
        const QStringList before = dumpStore(*store);
        QVERIFY(!before.isEmpty());

        auto second = store->feed().seedBundledCatalog();
        QVERIFY(second.ok());
        QCOMPARE(second.value(), false);
        QCOMPARE(dumpStore(*store), before);

        // Even applying the same feed again by hand changes no row.
        auto applied = store->feed().applyFeed(bundledFeed());
        QVERIFY2(applied, qPrintable(applied.errorMessage()));
        QCOMPARE(applied.value(), (ApplyStats{0, 0, 4 + 7 + 28 + 5, 0}));
        QCOMPARE(dumpStore(*store), before);
    }

    void newerVersionsUpdateOlderOnesDoNot()
    {
        QTemporaryDir dir;
        auto store = openStore(dir);
        QVERIFY(store);
        QVERIFY(store->feed().applyFeed(smallFeed()));

        FeedDocument update = emptyFeed();
        Tool alpha = makeTool(QStringLiteral("alpha"), QStringLiteral("Alpha"));
        alpha.tagline = QStringLiteral("A newer tagline");
        alpha.updatedAt = at(2);
        update.tools = {alpha};
        auto applied = store->feed().applyFeed(update);
        QVERIFY2(applied, qPrintable(applied.errorMessage()));
        QCOMPARE(applied->updated, 1);
        QCOMPARE(summaryOf(*store, QStringLiteral("alpha")).tool.tagline, QStringLiteral("A newer tagline"));

        alpha.tagline = QStringLiteral("A stale tagline");
        alpha.updatedAt = at(1, 12);
        update.tools = {alpha};
        applied = store->feed().applyFeed(update);
        QVERIFY(applied);
        QCOMPARE(applied->unchanged, 1);
        QCOMPARE(summaryOf(*store, QStringLiteral("alpha")).tool.tagline, QStringLiteral("A newer tagline"));
    }

    // The cursor is optional in a feed document; a document without one still applies.
    void aFeedWithoutCursorApplies()
    {
        QTemporaryDir dir;
        auto store = openStore(dir);
        QVERIFY(store);
        FeedDocument feed = smallFeed();
        feed.cursor.clear();
        auto applied = store->feed().applyFeed(feed);
        QVERIFY2(applied, qPrintable(applied.errorMessage()));
        QCOMPARE(store->catalog().toolCount(), 3);
        QCOMPARE(store->meta().value(FeedMeta::Key::FeedId), QStringLiteral("test-feed"));
    }

    void panelShareIsDerivedFromVerdicts()
    {
        QTemporaryDir dir;
        auto store = openStore(dir);
        QVERIFY(store);
        QVERIFY(store->feed().applyFeed(smallFeed()));
        QCOMPARE(summaryOf(*store, QStringLiteral("alpha")).panel, (PanelScore{4, 4}));
        QCOMPARE(summaryOf(*store, QStringLiteral("beta")).panel, (PanelScore{1, 4}));
        QCOMPARE(summaryOf(*store, QStringLiteral("gamma")).panel, (PanelScore{0, 0}));

        // One verdict changes: the share follows, because nothing stored it.
        FeedDocument update = emptyFeed();
        Review review = makeReviews(QStringLiteral("alpha"), 0, 1).first();
        review.updatedAt = at(3);
        update.reviews = {review};
        QVERIFY(store->feed().applyFeed(update));
        QCOMPARE(summaryOf(*store, QStringLiteral("alpha")).panel, (PanelScore{3, 4}));
        QCOMPARE(summaryOf(*store, QStringLiteral("alpha")).panel.percent(), 75);
    }

    void tombstonesDeleteWithTheirReviews()
    {
        QTemporaryDir dir;
        auto store = openStore(dir);
        QVERIFY(store);
        QVERIFY(store->feed().applyFeed(smallFeed()));
        FeedDocument deletion = emptyFeed();
        deletion.tombstones = {Tombstone{Tombstone::Kind::Tool, QStringLiteral("alpha"), at(5)}};
        auto applied = store->feed().applyFeed(deletion);
        QVERIFY2(applied, qPrintable(applied.errorMessage()));
        QCOMPARE(applied->deleted, 1);
        QVERIFY(!store->catalog().toolDetails(QStringLiteral("alpha")));
        QCOMPARE(store->catalog().toolCount(), 2);
        QSqlQuery reviews(store->database().connection());
        QVERIFY(reviews.exec(QStringLiteral("SELECT count(*) FROM reviews WHERE id LIKE 'alpha/%'")) &&
                reviews.next());
        QCOMPARE(reviews.value(0).toInt(), 0);
        // The comparison lost a tool; the search index lost its row.
        QCOMPARE(store->catalog().findComparison(QStringLiteral("alpha-vs-beta"))->comparison.toolIds,
                 QStringList{QStringLiteral("beta")});
        ToolQuery query;
        query.search = QStringLiteral("alpha");
        QCOMPARE(store->catalog().countTools(query), 0);
    }

    void aFeedWithABadReferenceChangesNothing()
    {
        QTemporaryDir dir;
        auto store = openStore(dir);
        QVERIFY(store);
        QVERIFY(store->feed().applyFeed(smallFeed()));
        const QStringList before = dumpStore(*store);

        FeedDocument bad = emptyFeed();
        bad.cursor = QStringLiteral("c2");
        Tool changed = makeTool(QStringLiteral("alpha"), QStringLiteral("Alpha renamed"));
        changed.updatedAt = at(9);
        bad.tools = {changed, makeTool(QStringLiteral("delta"), QStringLiteral("Delta"))};
        bad.reviews = makeReviews(QStringLiteral("no-such-tool"), 1, 1);
        auto applied = store->feed().applyFeed(bad);
        QVERIFY(!applied);
        QVERIFY2(applied.errorMessage().contains(QStringLiteral("no-such-tool")),
                 qPrintable(applied.errorMessage()));
        QCOMPARE(dumpStore(*store), before);
    }

    // A write inside another transaction is a savepoint: it rolls back alone, and lands only with the outer.
    void nestedWritesAreSavepoints()
    {
        QTemporaryDir dir;
        auto store = openStore(dir);
        QVERIFY(store);
        const QStringList empty = dumpStore(*store);
        {
            Transaction outer(store->database().connection());
            QVERIFY(outer.begin());
            QVERIFY(store->feed().applyFeed(smallFeed())); // commits its savepoint only
            FeedDocument bad = emptyFeed();
            bad.reviews = makeReviews("no-such-tool", 1, 1);
            QVERIFY(!store->feed().applyFeed(bad)); // rolls back its own part
            QCOMPARE(store->catalog().toolCount(), 3);
            // The outer transaction is dropped: nothing lands.
        }
        QCOMPARE(dumpStore(*store), empty);
        {
            Transaction outer(store->database().connection());
            QVERIFY(outer.begin());
            QVERIFY(store->feed().applyFeed(smallFeed()));
            QVERIFY(outer.commit());
        }
        QCOMPARE(store->catalog().toolCount(), 3);
    }

    void talliesGiveTheCommunityShare()
    {
        QTemporaryDir dir;
        auto store = openStore(dir);
        QVERIFY(store);
        FeedDocument feed = smallFeed();
        feed.tallies = {Tally{QStringLiteral("alpha-vs-beta"), QStringLiteral("alpha"), 30, at(1)},
                        Tally{QStringLiteral("alpha-vs-beta"), QStringLiteral("beta"), 10, at(1)}};
        QVERIFY(store->feed().applyFeed(feed));
        QCOMPARE(summaryOf(*store, QStringLiteral("alpha")).community, (CommunityShare{30, 40}));
        QCOMPARE(summaryOf(*store, QStringLiteral("beta")).community, (CommunityShare{10, 40}));
        // Gamma's only comparison has no votes: no figure at all.
        QCOMPARE(summaryOf(*store, QStringLiteral("gamma")).community, (CommunityShare{0, 0}));
        QCOMPARE(store->catalog().findComparison(QStringLiteral("Alpha vs Beta"))->totalVotes, 40);

        // An older tally does not overwrite a newer one.
        FeedDocument stale = emptyFeed();
        stale.tallies = {Tally{QStringLiteral("alpha-vs-beta"), QStringLiteral("alpha"), 1, at(1)}};
        QVERIFY(store->feed().applyFeed(stale));
        QCOMPARE(summaryOf(*store, QStringLiteral("alpha")).community.votes, 30);
    }

    void findsToolsByIdOrName()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QVERIFY(store);
        QCOMPARE(store->catalog().findToolId(QStringLiteral("gemma-3n")), QStringLiteral("gemma-3n"));
        QCOMPARE(store->catalog().findToolId(QStringLiteral("GEMMA 3N")), QStringLiteral("gemma-3n"));
        QCOMPARE(store->catalog().findToolId(QStringLiteral("  Gemma 3n ")), QStringLiteral("gemma-3n"));
        QVERIFY(!store->catalog().findToolId(QStringLiteral("Gemma")).has_value());
        const auto comparison =
            store->catalog().findComparison(QStringLiteral("gemma 3n vs mistral medium 3.2"));
        QVERIFY(comparison);
        QCOMPARE(comparison->toolNames,
                 (QStringList{QStringLiteral("Gemma 3n"), QStringLiteral("Mistral Medium 3.2")}));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
