// SPDX-License-Identifier: GPL-3.0-or-later
// The figures stored per tool (008_tool_figures.sql) against what the correlated subqueries of
// version 1 compute from the tables, for every tool, after every kind of write the store makes.
#include "../TestSupport.h"
#include <store/Database.h>

using namespace sos;
using namespace sos::test;

class TestToolFigures : public QObject
{
    Q_OBJECT

    // The view of version 1, as the reference.
    static QStringList referenceFigures(Store& store)
    {
        return rows(
            store,
            QStringLiteral("SELECT t.id,"
                           " (SELECT count(*) FROM reviews r WHERE r.tool_pk = t.pk AND r.verdict = 'ship'),"
                           " (SELECT count(*) FROM reviews r WHERE r.tool_pk = t.pk),"
                           " (SELECT coalesce(sum(v.votes), 0) FROM vote_tallies v WHERE v.tool_pk = t.pk),"
                           " (SELECT coalesce(sum(v.votes), 0) FROM vote_tallies v"
                           "   WHERE v.comparison_pk IN (SELECT ct.comparison_pk FROM comparison_tools ct"
                           "                             WHERE ct.tool_pk = t.pk))"
                           " FROM tools t ORDER BY t.id"));
    }

    static QStringList storedFigures(Store& store)
    {
        return rows(store,
                    QStringLiteral("SELECT t.id, f.panel_ships, f.panel_reviews, f.community_votes,"
                                   " f.community_total FROM tools t JOIN tool_figures f ON f.tool_pk = t.pk"
                                   " ORDER BY t.id"));
    }

    static QStringList summaryFigures(Store& store)
    {
        return rows(store, QStringLiteral("SELECT id, panel_ships, panel_reviews, community_votes,"
                                          " community_total FROM tool_summary ORDER BY id"));
    }

    static QStringList rows(Store& store, const QString& sql)
    {
        QSqlQuery query(store.database().connection());
        if (!query.exec(sql))
            qFatal("cannot run %s", qPrintable(sql));
        QStringList list;
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < query.record().count(); ++i)
                fields << query.value(i).toString();
            list << fields.join(QLatin1Char('|'));
        }
        return list;
    }

    static int scalar(Store& store, const QString& sql)
    {
        QSqlQuery query(store.database().connection());
        if (!query.exec(sql) || !query.next())
            qFatal("cannot run %s", qPrintable(sql));
        return query.value(0).toInt();
    }

    // Every tool has exactly one row, and every row equals the reference; so does the view.
    static void verifyFigures(Store& store)
    {
        const QStringList reference = referenceFigures(store);
        QVERIFY(!reference.isEmpty());
        QCOMPARE(storedFigures(store), reference);
        QCOMPARE(summaryFigures(store), reference);
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM tool_figures")), reference.size());
    }

    static Review review(const QString& id, const QString& toolId, const QString& lensId, Verdict verdict,
                         int day)
    {
        Review review;
        review.id = id;
        review.toolId = toolId;
        review.lensId = lensId;
        review.verdict = verdict;
        review.text = QStringLiteral("Text of ") + id;
        review.author = QStringLiteral("Test panel");
        review.createdAt = at(1);
        review.updatedAt = at(day);
        return review;
    }

    static std::optional<Review> findReview(const QList<Review>& reviews, const QString& id)
    {
        for (const Review& review : reviews) {
            if (review.id == id)
                return review;
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void bundledCatalog()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QVERIFY(store);
        verifyFigures(*store);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT sum(panel_ships) FROM tool_figures")), 24);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT sum(panel_reviews) FROM tool_figures")), 28);
    }

    // Adds, updates and deletes of every kind a sync brings, each apply checked against the reference.
    void syncLikeApplies()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QVERIFY(store);
        const FeedDocument bundled = bundledFeed();

        // Tallies in every comparison, new tools with reviews, a new comparison.
        FeedDocument first = emptyFeed();
        first.feedId = bundled.feedId;
        first.tools = {makeTool(QStringLiteral("new-a"), QStringLiteral("New A")),
                       makeTool(QStringLiteral("new-b"), QStringLiteral("New B"), QStringLiteral("Chat"))};
        first.reviews =
            makeReviews(QStringLiteral("new-a"), 3, 4) + makeReviews(QStringLiteral("new-b"), 0, 2);
        first.comparisons = {
            Comparison{QStringLiteral("trio"),
                       QStringLiteral("Trio"),
                       {QStringLiteral("new-a"), QStringLiteral("new-b"), QStringLiteral("gemma-3n")},
                       at(2)}};
        int votes = 3;
        for (const Comparison& comparison : bundled.comparisons + first.comparisons) {
            for (const QString& toolId : comparison.toolIds)
                first.tallies << Tally{comparison.id, toolId, votes++, at(2)};
        }
        auto applied = store->feed().applyFeed(first);
        QVERIFY2(applied, qPrintable(applied.errorMessage()));
        verifyFigures(*store);
        QVERIFY(scalar(*store, QStringLiteral("SELECT sum(community_total) FROM tool_figures")) > 0);
        const QStringList afterFirst = storedFigures(*store);

        // Verdicts flip both ways, a review moves to another tool, a tool is renamed, tallies change
        // (one up, one down to zero), a comparison changes members, tombstones delete a tool with its
        // reviews and tallies, a review and a comparison.
        FeedDocument second = emptyFeed();
        second.feedId = bundled.feedId;
        const QString flippedToSkip = QStringLiteral("new-a/developer-experience");
        const QString flippedToShip = QStringLiteral("new-b/developer-experience");
        second.reviews = {review(flippedToSkip, QStringLiteral("new-a"),
                                 QStringLiteral("developer-experience"), Verdict::Skip, 3),
                          review(flippedToShip, QStringLiteral("new-b"),
                                 QStringLiteral("developer-experience"), Verdict::Ship, 3),
                          // moves from new-a (a ship) to new-b, and stays a ship
                          review(QStringLiteral("new-a/competitive-skeptic"), QStringLiteral("new-b"),
                                 QStringLiteral("competitive-skeptic"), Verdict::Ship, 3),
                          review(QStringLiteral("new-b/futurist"), QStringLiteral("new-b"),
                                 QStringLiteral("futurist"), Verdict::Skip, 3)};
        Tool renamed = makeTool(QStringLiteral("new-a"), QStringLiteral("New A, renamed"));
        renamed.updatedAt = at(3);
        second.tools = {renamed, makeTool(QStringLiteral("new-c"), QStringLiteral("New C"))};
        second.tools.last().updatedAt = at(3);
        second.comparisons = {
            Comparison{QStringLiteral("trio"),
                       QStringLiteral("Trio, changed"),
                       {QStringLiteral("new-b"), QStringLiteral("gemma-3n"), QStringLiteral("new-c")},
                       at(3)}};
        second.tallies = {
            Tally{QStringLiteral("trio"), QStringLiteral("new-b"), 40, at(3)},
            Tally{QStringLiteral("trio"), QStringLiteral("gemma-3n"), 0, at(3)},
            Tally{QStringLiteral("trio"), QStringLiteral("new-c"), 5, at(3)},
            // older than what the store has: ignored
            Tally{bundled.comparisons.first().id, bundled.comparisons.first().toolIds.first(), 999, at(1)}};
        const QString deletedTool = bundled.comparisons.at(3).toolIds.first();
        // Later than anything the bundled catalog holds.
        const QDateTime later(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
        second.tombstones = {Tombstone{Tombstone::Kind::Tool, deletedTool, later},
                             Tombstone{Tombstone::Kind::Review, QStringLiteral("new-a/buyer"), later},
                             Tombstone{Tombstone::Kind::Comparison, bundled.comparisons.at(1).id, later}};
        applied = store->feed().applyFeed(second);
        QVERIFY2(applied, qPrintable(applied.errorMessage()));
        verifyFigures(*store);
        QVERIFY(storedFigures(*store) != afterFirst);

        // The flips and the move as the reader sees them.
        const auto newA = store->catalog().toolDetails(QStringLiteral("new-a"));
        const auto newB = store->catalog().toolDetails(QStringLiteral("new-b"));
        QVERIFY(newA && newB);
        // new-a: three ships and a skip; one ship flipped, one moved away, the skip deleted.
        QCOMPARE(newA->summary.panel.ships, 1);
        QCOMPARE(newA->summary.panel.reviews, 2);
        // Its tally stays in "trio", which it left: its own votes, and no comparison's total.
        QCOMPARE(newA->summary.community.votes, 13);
        QCOMPARE(newA->summary.community.total, 0);
        // new-b: two skips; one flipped, one ship moved in, one skip added.
        QVERIFY(findReview(newB->reviews, flippedToShip));
        QCOMPARE(newB->summary.panel.ships, 2);
        QCOMPARE(newB->summary.panel.reviews, 4);
        QCOMPARE(newB->summary.community.votes, 40);
        QCOMPARE(newB->summary.community.total, 13 + 40 + 0 + 5);
        QVERIFY(!store->catalog().toolDetails(deletedTool));
        QVERIFY(!store->catalog().findComparison(bundled.comparisons.at(1).id));
    }

    // A vote cast here, then confirmed with the feed's new tallies.
    void localVotes()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QVERIFY(store);
        const Comparison comparison = bundledFeed().comparisons.first();
        auto vote = store->outbox().castVote(comparison.id, comparison.toolIds.first());
        QVERIFY2(vote, qPrintable(vote.errorMessage()));
        verifyFigures(*store);
        auto confirmed =
            store->outbox().confirmVote(comparison.id, vote->idempotencyKey,
                                        {Tally{comparison.id, comparison.toolIds.first(), 7, at(4)},
                                         Tally{comparison.id, comparison.toolIds.last(), 2, at(4)}});
        QVERIFY2(confirmed, qPrintable(confirmed.errorMessage()));
        verifyFigures(*store);
        const auto details = store->catalog().toolDetails(comparison.toolIds.first());
        QVERIFY(details);
        QCOMPARE(details->summary.community.votes, 7);
        QCOMPARE(details->summary.community.total, 9);

        // A second vote, confirmed with one tally up and one down.
        auto again = store->outbox().castVote(comparison.id, comparison.toolIds.last());
        QVERIFY(again);
        confirmed = store->outbox().confirmVote(comparison.id, again->idempotencyKey,
                                                {Tally{comparison.id, comparison.toolIds.first(), 6, at(5)},
                                                 Tally{comparison.id, comparison.toolIds.last(), 3, at(5)}});
        QVERIFY2(confirmed, qPrintable(confirmed.errorMessage()));
        verifyFigures(*store);
    }

    // A file at version 7, holding reviews, tallies and comparisons, gets its figures on migrating.
    void migrationBackfills()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        {
            auto old = Database::open(path, 7);
            QVERIFY2(old, qPrintable(old.errorMessage()));
            Store store(std::move(old).value());
            FeedDocument feed = bundledFeed();
            int votes = 1;
            for (const Comparison& comparison : feed.comparisons) {
                for (const QString& toolId : comparison.toolIds)
                    feed.tallies << Tally{comparison.id, toolId, votes++, at(3)};
            }
            auto applied = store.feed().applyFeed(feed);
            QVERIFY2(applied, qPrintable(applied.errorMessage()));
            QCOMPARE(scalar(store,
                            QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'tool_figures'")),
                     0);
        }
        auto store = Store::open(path);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        QCOMPARE(store.value()->database().schemaVersion(), Database::latestVersion);
        verifyFigures(*store.value());
        QVERIFY(scalar(*store.value(), QStringLiteral("SELECT sum(community_total) FROM tool_figures")) > 0);
        QCOMPARE(scalar(*store.value(), QStringLiteral("SELECT sum(panel_reviews) FROM tool_figures")), 28);
    }
};

QTEST_GUILESS_MAIN(TestToolFigures)
#include "tst_toolfigures.moc"
