// SPDX-License-Identifier: GPL-3.0-or-later
// SyncApply, the store's side of a large sync, on real SQLite files: pages into shadow tables, the
// records that name what a later page defines, the publish, the search index built in steps (and
// searches meanwhile), other connections writing between every step, and nothing left behind.
#include "../TestSupport.h"

#include <QSqlQuery>

using namespace sos;
using namespace sos::test;

namespace {

// A catalog of n tools (each with two reviews whose text holds a word of its own), split in pages.
QList<FeedDocument> pagesOf(int tools, int toolsPerPage)
{
    QList<FeedDocument> pages;
    for (int first = 0; first < tools; first += toolsPerPage) {
        FeedDocument page = emptyFeed();
        page.cursor = QStringLiteral("c%1").arg(first);
        if (first == 0)
            page.lenses = fourLenses();
        for (int i = first; i < std::min(tools, first + toolsPerPage); ++i) {
            const QString id = QStringLiteral("tool-%1").arg(i);
            page.tools << makeTool(id, QStringLiteral("Zephyr %1").arg(i));
            page.reviews << makeReviews(id, 1, 2, QStringLiteral("quartzword%1 verdict").arg(i));
        }
        pages << page;
    }
    return pages;
}

SyncPosition startOf(const QString& feed)
{
    SyncPosition position;
    position.feedUrl = feed;
    return position;
}

int scalar(Store& store, const QString& sql)
{
    QSqlQuery query(store.database().connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class TestSyncApply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A whole feed through the shadow tables: nothing visible until the publish, then all of it, the
    // figures right, and after the steps the index complete and equal to one built afresh.
    void pagesArePublishedAtOnce()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        const QStringList before = dumpStore(*store);
        SyncApply& apply = store->syncApply();
        QVERIFY(apply.begin(startOf("http://127.0.0.1:1/")));
        QVERIFY(runAll([&] { return apply.copyStep(); }));
        SyncPosition position = *apply.position();
        QVERIFY(position.copied);
        const QList<FeedDocument> pages = pagesOf(300, 100);
        for (const FeedDocument& page : pages) {
            position.pages += 1;
            auto written = apply.writePage(page, position);
            QVERIFY2(written, qPrintable(written.errorMessage()));
            position = written.value();
            QCOMPARE(dumpStore(*store), before); // nothing visible yet
        }
        QCOMPARE(position.records, 4 + 300 + 600);
        QCOMPARE(position.stats.added, 4 + 300 + 600 - 4); // the bundled catalog has the four lenses
        QVERIFY(runAll([&] { return apply.prepareStep(); }));
        QCOMPARE(dumpStore(*store), before);
        QVERIFY(apply.publish({{FeedMeta::Key::SyncCursor, position.cursor}}));
        QCOMPARE(store->catalog().toolCount(), 7 + 300);
        QCOMPARE(store->catalog().toolDetails("tool-12")->summary.panel, (PanelScore{1, 2}));
        // The bundled tools kept their figures through the copy.
        QCOMPARE(store->catalog().toolDetails("gemma-3n")->summary.panel, (PanelScore{3, 4}));
        QCOMPARE(store->meta().value(FeedMeta::Key::SyncCursor), position.cursor);
        QVERIFY(!apply.position());
        QVERIFY(apply.needsMaintenance());

        // While the index is built, a search by a name still finds every tool it names.
        ToolQuery byName;
        byName.search = QStringLiteral("zephyr");
        QCOMPARE(store->catalog().countTools(byName), 300);
        QCOMPARE(queryIds(*store, byName).size(), 300);

        // The shadow index took the live one's settings (011_search_merge.sql).
        QCOMPARE(scalar(*store, "SELECT v FROM tool_search_config WHERE k = 'automerge'"), 16);
        QCOMPARE(scalar(*store, "SELECT v FROM tool_search_config WHERE k = 'crisismerge'"), 64);

        int freePagesBefore = -1; // when the free pages are first given back
        int vacuumSteps = 0;
        QVERIFY(runAll([&]() -> Result<bool> {
            const int free = scalar(*store, "PRAGMA freelist_count");
            QString doing;
            auto percent = apply.maintainStep(&doing);
            if (!percent)
                return percent.error();
            if (doing.contains("unused space")) {
                if (freePagesBefore < 0)
                    freePagesBefore = free;
                ++vacuumSteps;
            }
            return percent.value() >= 100;
        }));
        QVERIFY(!apply.needsMaintenance());
        // Up to 1,024 pages a step, not one (PRAGMA incremental_vacuum frees a page per row it returns).
        QVERIFY2(freePagesBefore >= 2, qPrintable(QString::number(freePagesBefore)));
        QCOMPARE(vacuumSteps, (freePagesBefore + 1023) / 1024);
        QCOMPARE(shadowTables(*store), QStringList());
        QCOMPARE(SearchIndex(store->database()).waiting(), 0);
        QCOMPARE(searchIndexCheck(*store), QString("ok"));
        ToolQuery byReview;
        byReview.search = QStringLiteral("quartzword299"); // a prefix: 17 would match 170-179 too
        QCOMPARE(queryIds(*store, byReview), QStringList{"tool-299"});
        QCOMPARE(store->catalog().countTools(byName), 300);
        // A new store gives its free pages back.
        QCOMPARE(scalar(*store, "PRAGMA auto_vacuum"), 2);
        QCOMPARE(scalar(*store, "PRAGMA freelist_count"), 0);
        QCOMPARE(scalar(*store, "PRAGMA foreign_keys"), 1);
        QSqlQuery check(store->database().connection());
        QVERIFY(check.exec("PRAGMA foreign_key_check"));
        QVERIFY(!check.next());
    }

    // A review on the first page of a tool defined on the last: kept aside, written at the end.
    void referencesToLaterPagesResolve()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QList<FeedDocument> pages = pagesOf(20, 10);
        std::swap(pages[0].reviews, pages[1].reviews); // the reviews of tools 10-19 come first
        SyncApply& apply = store->syncApply();
        QVERIFY(apply.begin(startOf("http://127.0.0.1:1/")));
        QVERIFY(runAll([&] { return apply.copyStep(); }));
        SyncPosition position = *apply.position();
        for (const FeedDocument& page : pages) {
            auto written = apply.writePage(page, position);
            QVERIFY2(written, qPrintable(written.errorMessage()));
            position = written.value();
        }
        QVERIFY(runAll([&] { return apply.prepareStep(); }));
        QVERIFY(apply.publish({}));
        QCOMPARE(store->catalog().toolDetails("tool-15")->reviews.size(), 2);
        QCOMPARE(apply.position(), std::nullopt);
    }

    // A reference that no page defines fails the sync at its end, as a merged feed did.
    void aReferenceNothingDefinesFails()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        FeedDocument page = pagesOf(3, 3).first();
        page.reviews << makeReviews(QStringLiteral("no-such-tool"), 1, 1);
        SyncApply& apply = store->syncApply();
        QVERIFY(apply.begin(startOf("http://127.0.0.1:1/")));
        QVERIFY(runAll([&] { return apply.copyStep(); }));
        QVERIFY(apply.writePage(page, *apply.position()));
        Result<bool> prepared = false;
        for (int i = 0; i < 100 && prepared && !prepared.value(); ++i)
            prepared = apply.prepareStep();
        QVERIFY(!prepared);
        QCOMPARE(prepared.error().kind, Error::Kind::InvalidFeed);
        QVERIFY2(prepared.errorMessage().contains("no-such-tool"), qPrintable(prepared.errorMessage()));
        QVERIFY(apply.abandon());
        QCOMPARE(shadowTables(*store), QStringList());
        QCOMPARE(store->catalog().toolCount(), 7);
    }

    // Between any two steps another connection to the file (another process, in life) writes: a vote
    // and a draft, each at once, and all of them are there after the publish.
    void otherWritersGoOnBetweenSteps()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        auto other = Store::open(store->path());
        QVERIFY2(other, qPrintable(other.errorMessage()));
        int writes = 0;
        auto created = other.value()->drafts().create(QStringLiteral("gemma-3n"), QStringLiteral("buyer"),
                                                      QStringLiteral("Test reviewer"));
        QVERIFY(created);
        Draft draft = created.value();
        auto write = [&] {
            draft.text = QStringLiteral("Draft written between steps, number %1").arg(writes);
            auto saved = other.value()->drafts().save(draft);
            if (!saved || saved->conflict) {
                qWarning("draft not saved: %s", saved ? "a conflict" : qPrintable(saved.errorMessage()));
                return false;
            }
            draft = saved->draft;
            ++writes;
            return true;
        };
        SyncApply& apply = store->syncApply();
        QVERIFY(apply.begin(startOf("http://127.0.0.1:1/")));
        QVERIFY(write());
        QVERIFY(runAll([&] { return write() ? apply.copyStep() : Result<bool>(Error{"write failed"}); }));
        SyncPosition position = *apply.position();
        for (const FeedDocument& page : pagesOf(50, 10)) {
            QVERIFY(write());
            auto written = apply.writePage(page, position);
            QVERIFY(written);
            position = written.value();
        }
        QVERIFY(other.value()->outbox().castVote("gemma-3n-vs-mistral-medium-3-2", "gemma-3n"));
        QVERIFY(runAll([&] { return write() ? apply.prepareStep() : Result<bool>(Error{"write failed"}); }));
        QVERIFY(apply.publish({}));
        QVERIFY(runAll([&]() -> Result<bool> {
            if (!write())
                return Error{"write failed"};
            auto percent = apply.maintainStep();
            if (!percent)
                return percent.error();
            return percent.value() >= 100;
        }));
        QCOMPARE(store->drafts().find(draft.id)->text, draft.text);
        QCOMPARE(store->drafts().find(draft.id)->revision, draft.revision);
        QVERIFY(writes > 10);
        QCOMPARE(store->outbox().votes().size(), 1);
        QCOMPARE(store->catalog().toolCount(), 57);
    }
};

QTEST_GUILESS_MAIN(TestSyncApply)
#include "tst_syncapply.moc"
