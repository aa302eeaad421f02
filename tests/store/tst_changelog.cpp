// SPDX-License-Identifier: GPL-3.0-or-later
// The change log (issue #18) on real SQLite files: both of the sync's applies (the one transaction of a
// small sync, and the shadow tables of a large one, page by page) record the same changes, each once,
// with before and after; a failed apply records nothing; votes do not flood it; watched changes,
// the seen mark and the trim by age.
#include "../TestSupport.h"

#include <QSqlQuery>

using namespace sos;
using namespace sos::test;

namespace {

const QString feedKey = QStringLiteral("http://127.0.0.1:1/");

Tally tally(const QString& comparison, const QString& tool, int votes, int day)
{
    return Tally{comparison, tool, votes, at(day)};
}

Comparison comparison(const QString& id, const QStringList& tools, int day = 1)
{
    return Comparison{id, QStringLiteral("Title of ") + id, tools, at(day)};
}

// Tools a (4 of 4 ship), b (Free), c (3 reviews), e; comparisons a-vs-b (a leads 5 to 3) and c-vs-e.
FeedDocument baselineFeed()
{
    FeedDocument feed = emptyFeed();
    feed.lenses = fourLenses();
    for (const char* id : {"a", "b", "c", "e"})
        feed.tools << makeTool(QLatin1String(id),
                               QStringLiteral("Tool %1").arg(QString::fromLatin1(id).toUpper()));
    feed.reviews << makeReviews(QStringLiteral("a"), 4, 4) << makeReviews(QStringLiteral("b"), 2, 4)
                 << makeReviews(QStringLiteral("c"), 3, 3) << makeReviews(QStringLiteral("e"), 1, 4);
    feed.comparisons << comparison(QStringLiteral("a-vs-b"), {QStringLiteral("a"), QStringLiteral("b")})
                     << comparison(QStringLiteral("c-vs-e"), {QStringLiteral("c"), QStringLiteral("e")});
    feed.tallies << tally(QStringLiteral("a-vs-b"), QStringLiteral("a"), 5, 1)
                 << tally(QStringLiteral("a-vs-b"), QStringLiteral("b"), 3, 1)
                 << tally(QStringLiteral("c-vs-e"), QStringLiteral("c"), 2, 1)
                 << tally(QStringLiteral("c-vs-e"), QStringLiteral("e"), 1, 1);
    return feed;
}

// One of each change, and what must not count: the buyer flips to skip on a (the panel moves from
// unanimous to majority ship); b becomes Paid; a new comparison b-vs-c; a new tool d (its reviews come
// with it); c's fourth scorecard (skip: 3 of 4 stays majority ship... from unanimous: moves); b overtakes
// a in a-vs-b; in c-vs-e c gains votes but keeps the lead; e's tagline changes (not a tracked field).
FeedDocument revisedFeed()
{
    FeedDocument feed = emptyFeed();
    feed.cursor = QStringLiteral("c2");
    Review flip = makeReviews(QStringLiteral("a"), 4, 4).at(3);
    flip.verdict = Verdict::Skip;
    flip.updatedAt = at(2);
    feed.reviews << flip;
    Tool b = makeTool(QStringLiteral("b"), QStringLiteral("Tool B"), QStringLiteral("Developer Tools"),
                      Pricing::Paid);
    b.pricingNote = QStringLiteral("From $20 a month.");
    b.updatedAt = at(2);
    Tool e = makeTool(QStringLiteral("e"), QStringLiteral("Tool E"));
    e.tagline = QStringLiteral("A new tagline");
    e.updatedAt = at(2);
    Tool d = makeTool(QStringLiteral("d"), QStringLiteral("Tool D"));
    d.updatedAt = at(2);
    feed.tools << b << e << d;
    feed.reviews << makeReviews(QStringLiteral("d"), 2, 4);
    Review fourth = makeReviews(QStringLiteral("c"), 3, 4).at(3);
    fourth.updatedAt = at(2);
    feed.reviews << fourth;
    feed.comparisons << comparison(QStringLiteral("b-vs-c"), {QStringLiteral("b"), QStringLiteral("c")}, 2);
    feed.tallies << tally(QStringLiteral("a-vs-b"), QStringLiteral("b"), 9, 2)
                 << tally(QStringLiteral("c-vs-e"), QStringLiteral("c"), 7, 2);
    return feed;
}

// The changes as comparable text: kind|tool|comparison|lens|field|before|after, in a stable order.
QStringList described(const QList<Change>& changes)
{
    QStringList lines;
    for (const Change& change : changes)
        lines << QStringList{enumName(change.kind), change.toolId, change.comparisonId, change.lensId,
                             change.field,          change.before, change.after}
                     .join(QLatin1Char('|'));
    lines.sort();
    return lines;
}

const QStringList expectedChanges{
    QStringLiteral("comparison-added||b-vs-c||||Title of b-vs-c"),
    QStringLiteral("field-changed|b|||pricing|Free|Paid: From $20 a month."),
    QStringLiteral("leader-changed|b|a-vs-b||leader|a|b"),
    QStringLiteral("panel-changed|a|||panel|unanimous-ship|majority-ship"),
    QStringLiteral("panel-changed|c|||panel|unanimous-ship|majority-ship"),
    QStringLiteral("scorecard-added|c||buyer|||skip"),
    QStringLiteral("tool-added|d|||||Tool D"),
    QStringLiteral("verdict-flipped|a||buyer|verdict|ship|skip"),
};

Result<ApplyStats> applyInMemory(Store& store, const FeedDocument& feed, bool baseline)
{
    return store.feed().applySync(feed, {{FeedMeta::Key::SyncFeedUrl, feedKey}},
                                  ChangeRecording{feedKey, baseline});
}

// The feed through the shadow tables, a page per document.
bool applyInPages(Store& store, const QList<FeedDocument>& pages, bool baseline)
{
    SyncPosition position;
    position.feedUrl = feedKey;
    position.baseline = baseline;
    if (!store.syncApply().begin(position) || !runAll([&] { return store.syncApply().copyStep(); }))
        return false;
    position = *store.syncApply().position();
    for (int i = 0; i < pages.size(); ++i) {
        position.pages = i + 1;
        position.complete = i + 1 == pages.size();
        auto written = store.syncApply().writePage(pages.at(i), position);
        if (!written) {
            qWarning("page failed: %s", qPrintable(written.errorMessage()));
            return false;
        }
        position = written.value();
    }
    return runAll([&] { return store.syncApply().prepareStep(); }) &&
           store.syncApply().publish({{FeedMeta::Key::SyncFeedUrl, feedKey}});
}

int scalar(Store& store, const QString& sql)
{
    QSqlQuery query(store.database().connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

std::unique_ptr<Store> storeAtBaseline(const QTemporaryDir& dir)
{
    auto store = openStore(dir);
    if (!store || !applyInMemory(*store, baselineFeed(), true))
        return nullptr;
    return store;
}

} // namespace

class TestChangeLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A feed's first sync is where the log starts: logged as a baseline, no change recorded.
    void firstSyncIsTheBaseline()
    {
        QTemporaryDir dir;
        auto store = storeAtBaseline(dir);
        QVERIFY(store);
        QCOMPARE(store->changes().changes().size(), 0);
        const QList<SyncRecord> syncs = store->changes().syncs();
        QCOMPARE(syncs.size(), 1);
        QVERIFY(syncs.first().baseline);
        QCOMPARE(syncs.first().stats.added,
                 baselineFeed().recordCount() - baselineFeed().tallies.size()); // tallies are not counted
        QCOMPARE(syncs.first().feedUrl, feedKey);
    }

    // The small sync's apply: exactly the changes, each once, with before and after.
    void oneTransactionRecordsEachChange()
    {
        QTemporaryDir dir;
        auto store = storeAtBaseline(dir);
        QVERIFY(store);
        QVERIFY(applyInMemory(*store, revisedFeed(), false));
        const QList<Change> changes = store->changes().changes();
        QCOMPARE(described(changes), expectedChanges);
        const qint64 sync = changes.first().syncId;
        QVERIFY(
            std::all_of(changes.begin(), changes.end(), [&](const Change& c) { return c.syncId == sync; }));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM temp.sqlite_master")),
                 0); // staging gone
        // Names for people, and the sentence.
        const auto flip = std::find_if(changes.begin(), changes.end(),
                                       [](const Change& c) { return c.kind == ChangeKind::VerdictFlipped; });
        QCOMPARE(flip->toolName, QStringLiteral("Tool A"));
        QCOMPARE(flip->lensName, QStringLiteral("Buyer"));
        QCOMPARE(changeSentence(*flip), QStringLiteral("The Buyer lens flipped on Tool A: ship → skip."));
        const auto leader = std::find_if(changes.begin(), changes.end(),
                                         [](const Change& c) { return c.kind == ChangeKind::LeaderChanged; });
        QCOMPARE(leader->beforeName, QStringLiteral("Tool A"));
        QCOMPARE(leader->afterName, QStringLiteral("Tool B"));
    }

    // The large sync's apply, the same feed split over pages (and the comparison's tallies on a page
    // before the comparison): the same changes. A record on two pages counts once, with the first
    // before and the last after; one that ends as it began is no change.
    void shadowPagesRecordTheSameChanges()
    {
        QTemporaryDir dir;
        auto store = storeAtBaseline(dir);
        QVERIFY(store);
        const FeedDocument revised = revisedFeed();
        FeedDocument first = emptyFeed();
        FeedDocument second = emptyFeed();
        first.tools = revised.tools.mid(0, 2);
        first.reviews = revised.reviews.mid(0, 1);
        first.tallies = revised.tallies;
        second.tools = revised.tools.mid(2);
        second.reviews = revised.reviews.mid(1);
        second.comparisons = revised.comparisons;
        // On the second page too: b's pricing again (the same after), and e's license changed and back.
        Tool license = makeTool(QStringLiteral("e"), QStringLiteral("Tool E"));
        license.license = QStringLiteral("MIT");
        license.updatedAt = at(3);
        first.tools << license;
        Tool back = license;
        back.license = QStringLiteral("Apache 2.0");
        back.updatedAt = at(4);
        second.tools << revised.tools.first() << back;
        QVERIFY(applyInPages(*store, {first, second}, false));
        QCOMPARE(described(store->changes().changes()), expectedChanges);
        QCOMPARE(scalar(*store, QStringLiteral(
                                    "SELECT count(*) FROM sqlite_master WHERE name = 'sync_next_changes'")),
                 0);
    }

    // Tallies moving without a new leader are no event; a tie takes the lead away.
    void votesDoNotFloodTheLog()
    {
        QTemporaryDir dir;
        auto store = storeAtBaseline(dir);
        QVERIFY(store);
        FeedDocument votes = emptyFeed();
        votes.tallies << tally(QStringLiteral("a-vs-b"), QStringLiteral("a"), 50, 2)
                      << tally(QStringLiteral("c-vs-e"), QStringLiteral("c"), 40, 2);
        QVERIFY(applyInMemory(*store, votes, false));
        QCOMPARE(store->changes().changes().size(), 0);
        QCOMPARE(store->changes().syncs().size(), 2);
        FeedDocument tie = emptyFeed();
        tie.tallies << tally(QStringLiteral("a-vs-b"), QStringLiteral("b"), 50, 3);
        QVERIFY(applyInMemory(*store, tie, false));
        QCOMPARE(described(store->changes().changes()),
                 QStringList{QStringLiteral("leader-changed||a-vs-b||leader|a|")});
    }

    // A feed that fails half-way records nothing, in either apply.
    void aFailedApplyRecordsNothing()
    {
        QTemporaryDir dir;
        auto store = storeAtBaseline(dir);
        QVERIFY(store);
        const QStringList before = dumpStore(*store);
        FeedDocument broken = revisedFeed();
        Review orphan = makeReviews(QStringLiteral("a"), 1, 1).first();
        orphan.id = QStringLiteral("orphan");
        orphan.toolId = QStringLiteral("no-such-tool");
        broken.reviews << orphan;
        QVERIFY(!applyInMemory(*store, broken, false));
        QCOMPARE(dumpStore(*store), before);
        QVERIFY(!applyInPages(*store, {broken}, false));
        QVERIFY(store->syncApply().abandon());
        QCOMPARE(dumpStore(*store), before);
        QCOMPARE(store->changes().syncs().size(), 1);
        QCOMPARE(scalar(*store, QStringLiteral(
                                    "SELECT count(*) FROM sqlite_master WHERE name = 'sync_next_changes'")),
                 0);
    }

    // Watched: the tool's own changes, a watched comparison's and its members', a new comparison with a
    // watched member.
    void watchedChanges()
    {
        QTemporaryDir dir;
        auto store = storeAtBaseline(dir);
        QVERIFY(store);
        QVERIFY(store->watches().watch(WatchKind::Tool, QStringLiteral("a")).value());
        QVERIFY(!store->watches().watch(WatchKind::Tool, QStringLiteral("a")).value()); // already
        QVERIFY(applyInMemory(*store, revisedFeed(), false));
        ChangeFilter watched;
        watched.watchedOnly = true;
        QCOMPARE(described(store->changes().changes(watched)),
                 (QStringList{QStringLiteral("leader-changed|b|a-vs-b||leader|a|b"),
                              QStringLiteral("panel-changed|a|||panel|unanimous-ship|majority-ship"),
                              QStringLiteral("verdict-flipped|a||buyer|verdict|ship|skip")}));
        QVERIFY(store->watches().watch(WatchKind::Comparison, QStringLiteral("b-vs-c")).value());
        const QStringList more = described(store->changes().changes(watched));
        QVERIFY(more.contains(QStringLiteral("comparison-added||b-vs-c||||Title of b-vs-c")));
        QVERIFY(more.contains(QStringLiteral("field-changed|b|||pricing|Free|Paid: From $20 a month.")));
        QVERIFY(more.contains(QStringLiteral("scorecard-added|c||buyer|||skip")));
        QVERIFY(!more.contains(QStringLiteral("tool-added|d|||||Tool D")));
        QCOMPARE(store->watches().items().size(), 2);
        QCOMPARE(store->watches().items().first().name, QStringLiteral("Tool A"));
        QVERIFY(store->watches().unwatch(WatchKind::Tool, QStringLiteral("a")).value());
        QVERIFY(!store->watches().isWatched(WatchKind::Tool, QStringLiteral("a")));
    }

    // The seen mark: unseen counts, marking, and the changes after it.
    void seenMark()
    {
        QTemporaryDir dir;
        auto store = storeAtBaseline(dir);
        QVERIFY(store);
        QVERIFY(store->watches().watch(WatchKind::Tool, QStringLiteral("a")));
        QVERIFY(applyInMemory(*store, revisedFeed(), false));
        QCOMPARE(store->changes().unseenCount(false), expectedChanges.size());
        QCOMPARE(store->changes().unseenCount(true), 3);
        QVERIFY(store->changes().markSeen());
        QCOMPARE(store->changes().unseenCount(false), 0);
        QCOMPARE(store->changes().seenUpTo(), store->changes().newestId());
        FeedDocument tie = emptyFeed();
        tie.tallies << tally(QStringLiteral("a-vs-b"), QStringLiteral("a"), 9, 3);
        QVERIFY(applyInMemory(*store, tie, false));
        ChangeFilter unseen;
        unseen.sinceLastSeen = true;
        QCOMPARE(described(store->changes().changes(unseen)),
                 QStringList{QStringLiteral("leader-changed||a-vs-b||leader|b|")});
        QCOMPARE(store->changes().unseenCount(true), 1);
        // Dates: every change is from today's syncs.
        ChangeFilter since;
        since.since = QDateTime::currentDateTimeUtc().addDays(1);
        QCOMPARE(store->changes().changes(since).size(), 0);
        since.since = QDateTime::currentDateTimeUtc().addDays(-1);
        QCOMPARE(store->changes().changes(since).size(), expectedChanges.size() + 1);
        // Newest sync first.
        QVERIFY(store->changes().changes().first().syncId > store->changes().changes().last().syncId);
    }

    // The log keeps a sync's changes for the days set, trimmed when the next sync is recorded.
    void trimmedByAge()
    {
        QTemporaryDir dir;
        auto store = storeAtBaseline(dir);
        QVERIFY(store);
        QCOMPARE(store->changes().keptDays(), ChangeLog::defaultKeptDays);
        QVERIFY(applyInMemory(*store, revisedFeed(), false));
        QSqlQuery query(store->database().connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE sync_log SET at = '2020-01-01T00:00:00.000Z'")));
        QVERIFY(!store->changes().setKeptDays(0));
        QVERIFY(store->changes().setKeptDays(30));
        QCOMPARE(store->changes().keptDays(), 30);
        QVERIFY(applyInMemory(*store, emptyFeed(), false));
        QCOMPARE(store->changes().changes().size(), 0);
        QCOMPARE(store->changes().syncs().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestChangeLog)
#include "tst_changelog.moc"
