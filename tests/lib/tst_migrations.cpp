// SPDX-License-Identifier: GPL-3.0-or-later
#include "../TestSupport.h"
#include "Database.h"

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
             {"tools", "lenses", "reviews", "comparisons", "comparison_tools", "vote_tallies",
              "pending_votes", "feed_meta", "tool_search", "tool_summary"}) {
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
                auto applied = store.applyFeed(bundledFeed());
                QVERIFY2(applied, qPrintable(applied.errorMessage()));
            }
        }
        auto store = Store::open(path);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        QCOMPARE(store.value()->database().schemaVersion(), Database::latestVersion);
        if (fromVersion >= 1) {
            QCOMPARE(store.value()->toolCount(), 7);
            ToolQuery query;
            query.search = QStringLiteral("gemma");
            QVERIFY(toolIds(store.value()->fetchTools(query, 0, 100)).contains(QStringLiteral("gemma-3n")));
            // The index follows later changes too: the triggers came with the migration.
            QVERIFY(store.value()->seedBundledCatalog().ok());
        } else {
            QCOMPARE(store.value()->toolCount(), 0);
        }
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
        QVERIFY2(db.errorMessage().contains(QStringLiteral("not a ShipOrSkip database")),
                 qPrintable(db.errorMessage()));
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
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
