// SPDX-License-Identifier: GPL-3.0-or-later
#include "../TestSupport.h"
#include <base/TextMatch.h>
#include <store/Database.h>

#include <QSqlQuery>

using namespace sos;
using namespace sos::test;

class TestMigrations : public QObject
{
    Q_OBJECT

    static QVariant scalar(Database& db, const QString& sql)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private Q_SLOTS:
    void emptyFileMigratesToLatest()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("new.db")));
        QVERIFY2(db, qPrintable(db.errorMessage()));
        QCOMPARE(db.value()->schemaVersion(), Database::latestVersion);
        QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        for (const char* table :
             {"tools", "lenses", "reviews", "comparisons", "comparison_tools", "vote_tallies", "vote_outbox",
              "tally_history", "sync_state", "drafts", "feed_meta", "tool_search", "tool_search_source",
              "tool_summary", "tool_figures", "search_stale"}) {
            QCOMPARE(
                scalar(*db.value(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = '%1'")
                                        .arg(QLatin1String(table)))
                    .toInt(),
                1);
        }
    }

    void reopeningChangesNothing()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QVERIFY(store);
        const QStringList before = dumpStore(*store);
        store.reset();
        auto again = openStore(dir);
        QVERIFY(again);
        QCOMPARE(dumpStore(*again), before);
    }

    void fromEachEarlierVersion_data()
    {
        QTest::addColumn<int>("fromVersion");
        for (int version = 0; version < Database::latestVersion; ++version)
            QTest::addRow("from version %d", version) << version;
    }

    // A file left at every earlier version, holding data where that version could, migrates to the
    // latest with its data intact and searchable.
    void fromEachEarlierVersion()
    {
        QFETCH(int, fromVersion);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        {
            auto old = Database::open(path, fromVersion);
            QVERIFY2(old, qPrintable(old.errorMessage()));
            QCOMPARE(old.value()->schemaVersion(), fromVersion);
            if (fromVersion >= 1) {
                Store store(std::move(old).value());
                FeedDocument feed = bundledFeed();
                feed.tallies = {Tally{"gemma-3n-vs-mistral-medium-3-2", "gemma-3n", 12, at(3)}};
                auto applied = store.feed().applyFeed(feed);
                QVERIFY2(applied, qPrintable(applied.errorMessage()));
                if (fromVersion < 3) {
                    // A vote cast before the outbox existed.
                    QSqlQuery vote(store.database().connection());
                    QVERIFY(vote.exec(
                        "INSERT INTO pending_votes (comparison_pk, tool_pk, idempotency_key, created_at)"
                        " SELECT c.pk, t.pk, 'key-1', '2026-01-05T00:00:00.000Z' FROM comparisons c,"
                        " tools t WHERE c.id = 'gemma-3n-vs-mistral-medium-3-2' AND t.id = 'gemma-3n'"));
                } else {
                    QVERIFY(store.outbox().castVote("gemma-3n-vs-mistral-medium-3-2", "gemma-3n"));
                }
            }
        }
        auto store = Store::open(path);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        QCOMPARE(store.value()->database().schemaVersion(), Database::latestVersion);
        if (fromVersion >= 1) {
            QCOMPARE(store.value()->catalog().toolCount(), 7);
            ToolQuery query;
            query.search = QStringLiteral("gemma");
            QVERIFY(toolIds(store.value()->catalog().fetchTools(query, 0, 100))
                        .contains(QStringLiteral("gemma-3n")));
            // Votes and tallies made before the outbox and the history came along.
            const auto vote = store.value()->outbox().myVote("gemma-3n-vs-mistral-medium-3-2");
            QVERIFY(vote);
            QCOMPARE(vote->toolId, QStringLiteral("gemma-3n"));
            QCOMPARE(vote->state, VoteState::Pending);
            if (fromVersion < 3)
                QCOMPARE(vote->idempotencyKey, QStringLiteral("key-1"));
            QCOMPARE(store.value()->catalog().tallyHistory("gemma-3n-vs-mistral-medium-3-2"),
                     (QList<TallyPoint>{TallyPoint{"gemma-3n", at(3), 12}}));
        } else {
            QCOMPARE(store.value()->catalog().toolCount(), 0);
        }
    }

    // 014 fills the names' sort keys of the tools already there, as the writer makes them, and leaves
    // no SQL function of its own behind on the connection.
    void naturalSortKeysAreFilledIn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        {
            auto old = Database::open(path, 12);
            QVERIFY2(old, qPrintable(old.errorMessage()));
            Store store(std::move(old).value());
            auto applied = store.feed().applyFeed(bundledFeed());
            QVERIFY2(applied, qPrintable(applied.errorMessage()));
        }
        auto store = Store::open(path);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        QSqlQuery rows(store.value()->database().connection());
        QVERIFY(rows.exec(QStringLiteral("SELECT name, name_key FROM tools")));
        int count = 0;
        while (rows.next()) {
            ++count;
            QCOMPARE(rows.value(1).toString(), naturalSortKey(rows.value(0).toString()));
        }
        QCOMPARE(count, 7);
        QSqlQuery function(store.value()->database().connection());
        QVERIFY(!function.exec(QStringLiteral("SELECT sos_name_key('Chat 9')")));
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.db"));
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QSqlQuery query(db.value()->connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        auto db = Database::open(path);
        QVERIFY(!db);
        QVERIFY2(db.errorMessage().contains(QStringLiteral("newer ShipOrSkip")),
                 qPrintable(db.errorMessage()));
        // Not damaged: Store::openOrRecover leaves a newer store where it is and refuses it.
        QCOMPARE(db.error().kind, Error::Kind::NewerVersion);
    }

    void notADatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        auto db = Database::open(path);
        QVERIFY(!db);
        QVERIFY2(db.errorMessage().contains(QStringLiteral("not an SQLite database")),
                 qPrintable(db.errorMessage()));
        QCOMPARE(db.error().kind, Error::Kind::Damaged); // for Store::openOrRecover to keep it aside
        // Nothing was written to the user's file.
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray(4096, 'x'));
    }

    void folderIsRefused()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.path());
        QVERIFY(!db);
        QVERIFY2(db.errorMessage().contains(QStringLiteral("is a folder")), qPrintable(db.errorMessage()));
        QCOMPARE(db.error().kind, Error::Kind::FileSystem); // nothing to keep aside
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
