// SPDX-License-Identifier: GPL-3.0-or-later
// The vote outbox: the user's own vote per comparison, stored at once, changed or kept by voting
// again, and gone with its comparison.
#include "../TestSupport.h"

#include <QSqlError>

using namespace sos;
using namespace sos::test;

Q_DECLARE_METATYPE(sos::VoteState)

class TestOutbox : public QObject
{
    Q_OBJECT

    // Three tools, two comparisons: a-vs-b and b-vs-c.
    static FeedDocument smallFeed()
    {
        FeedDocument feed = emptyFeed();
        feed.lenses = fourLenses();
        feed.tools = {makeTool("a", "Alpha"), makeTool("b", "Beta"), makeTool("c", "Gamma")};
        feed.reviews = makeReviews("a", 4, 4) + makeReviews("b", 2, 4) + makeReviews("c", 1, 4);
        feed.comparisons = {Comparison{"a-vs-b", "Alpha vs Beta", {"a", "b"}, at(1)},
                            Comparison{"b-vs-c", "Beta vs Gamma", {"b", "c"}, at(1)}};
        return feed;
    }

    static std::unique_ptr<Store> smallStore(const QTemporaryDir& dir)
    {
        auto store = openStore(dir);
        if (!store)
            return nullptr;
        auto applied = store->feed().applyFeed(smallFeed());
        if (!applied) {
            qWarning() << applied.errorMessage();
            return nullptr;
        }
        return store;
    }

    // Changes a vote's row behind the store's back, as the sync engine would.
    static bool setOutboxRow(Store& store, const QString& comparisonId, const QString& state, int attempts,
                             const QString& lastError)
    {
        QSqlQuery query(store.database().connection());
        query.prepare("UPDATE vote_outbox SET state = ?, attempts = ?, last_error = ?"
                      " WHERE comparison_pk = (SELECT pk FROM comparisons WHERE id = ?)");
        query.addBindValue(state);
        query.addBindValue(attempts);
        query.addBindValue(lastError);
        query.addBindValue(comparisonId);
        if (!query.exec()) {
            qWarning() << query.lastError().text();
            return false;
        }
        return query.numRowsAffected() == 1;
    }

    static int outboxRows(Store& store)
    {
        QSqlQuery query(store.database().connection());
        if (!query.exec("SELECT count(*) FROM vote_outbox") || !query.next())
            return -1;
        return query.value(0).toInt();
    }

private Q_SLOTS:
    void castVoteStoresAPendingVoteAtOnce()
    {
        QTemporaryDir dir;
        auto store = smallStore(dir);
        QVERIFY(store);
        QVERIFY(store->outbox().votes().isEmpty());
        QVERIFY(!store->outbox().myVote("a-vs-b"));

        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        auto vote = store->outbox().castVote("a-vs-b", "a");
        QVERIFY2(vote, qPrintable(vote.errorMessage()));
        QCOMPARE(vote->comparisonId, QString("a-vs-b"));
        QCOMPARE(vote->toolId, QString("a"));
        QCOMPARE(vote->state, VoteState::Pending);
        QVERIFY(vote->awaitingFeed());
        QVERIFY(!vote->idempotencyKey.isEmpty());
        QCOMPARE(vote->attempts, 0);
        QVERIFY(vote->lastError.isEmpty());
        QVERIFY(vote->createdAt.isValid());
        QVERIFY(vote->createdAt >= before);
        QVERIFY(vote->createdAt <= QDateTime::currentDateTimeUtc().addSecs(1));
        QCOMPARE(vote->updatedAt, vote->createdAt);

        const auto stored = store->outbox().myVote("a-vs-b");
        QVERIFY(stored);
        QCOMPARE(stored->toolId, QString("a"));
        QCOMPARE(stored->state, VoteState::Pending);
        QCOMPARE(stored->idempotencyKey, vote->idempotencyKey);
        QCOMPARE(stored->attempts, 0);
        QVERIFY(!store->outbox().myVote("b-vs-c")); // only the comparison voted in

        const QList<MyVote> outbox = store->outbox().votes();
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.first().comparisonId, QString("a-vs-b"));
        QCOMPARE(outbox.first().toolId, QString("a"));
        QCOMPARE(outbox.first().idempotencyKey, vote->idempotencyKey);
        QCOMPARE(outbox.first().state, VoteState::Pending);
    }

    void changingTheVoteKeepsOneRowWithANewKey_data()
    {
        QTest::addColumn<QString>("stateBefore"); // where the first vote was when it changed
        QTest::newRow("pending") << "pending";
        QTest::newRow("sent") << "sent";
        QTest::newRow("confirmed") << "confirmed";
        QTest::newRow("rejected") << "rejected";
    }

    void changingTheVoteKeepsOneRowWithANewKey()
    {
        QFETCH(QString, stateBefore);
        QTemporaryDir dir;
        auto store = smallStore(dir);
        QVERIFY(store);
        auto first = store->outbox().castVote("a-vs-b", "a");
        QVERIFY2(first, qPrintable(first.errorMessage()));
        if (stateBefore != "pending")
            QVERIFY(setOutboxRow(*store, "a-vs-b", stateBefore, 2, "Earlier trouble"));

        auto second = store->outbox().castVote("a-vs-b", "b");
        QVERIFY2(second, qPrintable(second.errorMessage()));
        QCOMPARE(second->comparisonId, QString("a-vs-b"));
        QCOMPARE(second->toolId, QString("b"));
        QCOMPARE(second->state, VoteState::Pending);
        QVERIFY(!second->idempotencyKey.isEmpty());
        QVERIFY(second->idempotencyKey != first->idempotencyKey);
        QCOMPARE(second->attempts, 0);
        QVERIFY(second->lastError.isEmpty());
        QCOMPARE(second->createdAt, first->createdAt);
        QVERIFY(second->updatedAt >= first->updatedAt);

        const QList<MyVote> outbox = store->outbox().votes();
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.first().toolId, QString("b"));
        QCOMPARE(outbox.first().idempotencyKey, second->idempotencyKey);
        QCOMPARE(outboxRows(*store), 1);

        // And back again: yet another key.
        auto third = store->outbox().castVote("a-vs-b", "a");
        QVERIFY(third);
        QCOMPARE(third->toolId, QString("a"));
        QVERIFY(third->idempotencyKey != second->idempotencyKey);
        QVERIFY(third->idempotencyKey != first->idempotencyKey);
        QCOMPARE(store->outbox().votes().size(), 1);
    }

    void votingAgainForTheSameToolChangesNothing_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<VoteState>("expected");
        QTest::newRow("pending") << "pending" << VoteState::Pending;
        QTest::newRow("sent") << "sent" << VoteState::Sent;
        QTest::newRow("confirmed") << "confirmed" << VoteState::Confirmed;
    }

    void votingAgainForTheSameToolChangesNothing()
    {
        QFETCH(QString, state);
        QFETCH(VoteState, expected);
        QTemporaryDir dir;
        auto store = smallStore(dir);
        QVERIFY(store);
        auto first = store->outbox().castVote("a-vs-b", "a");
        QVERIFY2(first, qPrintable(first.errorMessage()));
        if (state != "pending")
            QVERIFY(setOutboxRow(*store, "a-vs-b", state, 1, ""));
        const QStringList before = dumpStore(*store);
        QVERIFY(before.join('\n').contains(first->idempotencyKey));

        QTest::qWait(5); // a rewrite would now carry a later timestamp
        auto again = store->outbox().castVote("a-vs-b", "a");
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(again->toolId, QString("a"));
        QCOMPARE(again->idempotencyKey, first->idempotencyKey);
        QCOMPARE(again->updatedAt, first->updatedAt);
        QCOMPARE(again->state, expected);
        QCOMPARE(dumpStore(*store), before);
        QCOMPARE(store->outbox().votes().size(), 1);
    }

    void invalidVotesAreRefused_data()
    {
        QTest::addColumn<QString>("comparison");
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("expectedInError");
        QTest::newRow("tool of another comparison") << "a-vs-b"
                                                    << "c"
                                                    << "\"c\"";
        QTest::newRow("unknown tool") << "a-vs-b"
                                      << "zulu"
                                      << "\"zulu\"";
        QTest::newRow("unknown comparison") << "x-vs-y"
                                            << "a"
                                            << "\"x-vs-y\"";
        QTest::newRow("empty comparison") << ""
                                          << "a"
                                          << "comparison";
    }

    void invalidVotesAreRefused()
    {
        QFETCH(QString, comparison);
        QFETCH(QString, tool);
        QFETCH(QString, expectedInError);
        QTemporaryDir dir;
        auto store = smallStore(dir);
        QVERIFY(store);

        // Nothing voted yet: nothing gets stored.
        QStringList before = dumpStore(*store);
        auto refused = store->outbox().castVote(comparison, tool);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(expectedInError), qPrintable(refused.errorMessage()));
        QVERIFY(store->outbox().votes().isEmpty());
        QCOMPARE(dumpStore(*store), before);

        // With a vote already stored, a refused one leaves it as it was.
        auto kept = store->outbox().castVote("a-vs-b", "b");
        QVERIFY(kept);
        before = dumpStore(*store);
        QVERIFY(!store->outbox().castVote(comparison, tool));
        QCOMPARE(dumpStore(*store), before);
        const auto vote = store->outbox().myVote("a-vs-b");
        QVERIFY(vote);
        QCOMPARE(vote->toolId, QString("b"));
        QCOMPARE(vote->idempotencyKey, kept->idempotencyKey);
    }

    void votesInTwoComparisonsAreTwoRows()
    {
        QTemporaryDir dir;
        auto store = smallStore(dir);
        QVERIFY(store);
        auto first = store->outbox().castVote("a-vs-b", "b");
        auto second = store->outbox().castVote("b-vs-c", "b");
        QVERIFY2(first, qPrintable(first.errorMessage()));
        QVERIFY2(second, qPrintable(second.errorMessage()));
        QVERIFY(first->idempotencyKey != second->idempotencyKey);

        const QList<MyVote> outbox = store->outbox().votes();
        QCOMPARE(outbox.size(), 2);
        QCOMPARE(outboxRows(*store), 2);
        QStringList comparisons;
        for (const MyVote& vote : outbox) {
            comparisons << vote.comparisonId;
            QCOMPARE(vote.toolId, QString("b"));
            QCOMPARE(vote.state, VoteState::Pending);
        }
        comparisons.sort();
        QCOMPARE(comparisons, (QStringList{"a-vs-b", "b-vs-c"}));
        QCOMPARE(store->outbox().myVote("a-vs-b")->idempotencyKey, first->idempotencyKey);
        QCOMPARE(store->outbox().myVote("b-vs-c")->idempotencyKey, second->idempotencyKey);

        // Changing one leaves the other alone.
        QVERIFY(store->outbox().castVote("b-vs-c", "c"));
        QCOMPARE(store->outbox().myVote("a-vs-b")->toolId, QString("b"));
        QCOMPARE(store->outbox().myVote("a-vs-b")->idempotencyKey, first->idempotencyKey);
        QCOMPARE(store->outbox().myVote("b-vs-c")->toolId, QString("c"));
        QCOMPARE(store->outbox().votes().size(), 2);
    }

    void aRejectedVoteCastAgainIsPendingWithANewKey()
    {
        QTemporaryDir dir;
        auto store = smallStore(dir);
        QVERIFY(store);
        auto first = store->outbox().castVote("a-vs-b", "a");
        QVERIFY2(first, qPrintable(first.errorMessage()));
        QVERIFY(setOutboxRow(*store, "a-vs-b", "rejected", 3, "The feed refused the vote"));
        const auto rejected = store->outbox().myVote("a-vs-b");
        QVERIFY(rejected);
        QCOMPARE(rejected->state, VoteState::Rejected);
        QVERIFY(!rejected->awaitingFeed());
        QCOMPARE(rejected->attempts, 3);
        QCOMPARE(rejected->lastError, QString("The feed refused the vote"));

        auto again = store->outbox().castVote("a-vs-b", "a");
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(again->toolId, QString("a"));
        QCOMPARE(again->state, VoteState::Pending);
        QVERIFY(!again->idempotencyKey.isEmpty());
        QVERIFY(again->idempotencyKey != first->idempotencyKey);
        QCOMPARE(again->attempts, 0);
        QVERIFY(again->lastError.isEmpty());
        QCOMPARE(store->outbox().votes().size(), 1);
        QCOMPARE(store->outbox().votes().first().state, VoteState::Pending);
    }

    void theVoteSurvivesReopening()
    {
        QTemporaryDir dir;
        MyVote cast;
        {
            auto store = smallStore(dir);
            QVERIFY(store);
            auto vote = store->outbox().castVote("b-vs-c", "c");
            QVERIFY2(vote, qPrintable(vote.errorMessage()));
            cast = vote.value();
        }
        auto reopened = openStore(dir);
        QVERIFY(reopened);
        const auto vote = reopened->outbox().myVote("b-vs-c");
        QVERIFY(vote);
        QCOMPARE(vote->toolId, QString("c"));
        QCOMPARE(vote->state, VoteState::Pending);
        QCOMPARE(vote->idempotencyKey, cast.idempotencyKey);
        QCOMPARE(vote->createdAt, cast.createdAt);
        QCOMPARE(vote->updatedAt, cast.updatedAt);
        QCOMPARE(reopened->outbox().votes().size(), 1);

        // Still one vote per comparison after reopening.
        auto same = reopened->outbox().castVote("b-vs-c", "c");
        QVERIFY(same);
        QCOMPARE(same->idempotencyKey, cast.idempotencyKey);
    }

    void deletingTheComparisonDeletesItsVote()
    {
        QTemporaryDir dir;
        auto store = smallStore(dir);
        QVERIFY(store);
        QVERIFY(store->outbox().castVote("a-vs-b", "a"));
        QVERIFY(store->outbox().castVote("b-vs-c", "b"));
        QCOMPARE(outboxRows(*store), 2);

        FeedDocument deletion = emptyFeed();
        deletion.tombstones = {Tombstone{Tombstone::Kind::Comparison, "a-vs-b", at(5)}};
        auto applied = store->feed().applyFeed(deletion);
        QVERIFY2(applied, qPrintable(applied.errorMessage()));
        QCOMPARE(applied->deleted, 1);

        QVERIFY(!store->catalog().findComparison("a-vs-b"));
        QVERIFY(!store->outbox().myVote("a-vs-b"));
        QCOMPARE(outboxRows(*store), 1); // the row itself is gone, not just hidden by a join
        const QList<MyVote> outbox = store->outbox().votes();
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.first().comparisonId, QString("b-vs-c"));

        // Voting in the deleted comparison is now refused.
        QVERIFY(!store->outbox().castVote("a-vs-b", "a"));
        QCOMPARE(outboxRows(*store), 1);
    }

    void anOlderTombstoneKeepsTheComparisonAndItsVote()
    {
        QTemporaryDir dir;
        auto store = smallStore(dir);
        QVERIFY(store);
        QVERIFY(store->outbox().castVote("a-vs-b", "a"));
        FeedDocument deletion = emptyFeed();
        // The comparison was updated at day 1; a tombstone from before that deletes nothing.
        deletion.tombstones = {Tombstone{Tombstone::Kind::Comparison, "a-vs-b", at(1).addDays(-1)}};
        auto applied = store->feed().applyFeed(deletion);
        QVERIFY2(applied, qPrintable(applied.errorMessage()));
        QCOMPARE(applied->deleted, 0);
        QVERIFY(store->outbox().myVote("a-vs-b"));
        QCOMPARE(outboxRows(*store), 1);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
