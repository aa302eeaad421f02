// SPDX-License-Identifier: GPL-3.0-or-later
// Storage faults at start-up: a damaged or truncated database is kept aside, byte for byte, and a new
// store is made from the bundled catalog, with a message that says so; a database of a newer version
// is refused and left alone. Checked on the library and on the real shiporskip-cli.
#include "../TestSupport.h"
#include <store/StoreOpening.h>

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>

using namespace sos;
using namespace sos::test;

namespace {

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// A seeded store, closed and checkpointed, so the whole database is in the one file.
void makeSeededDatabase(const QString& path)
{
    auto store = Store::open(path);
    QVERIFY(store);
    QVERIFY(store.value()->feed().seedBundledCatalog());
    QSqlQuery checkpoint(store.value()->database().connection());
    QVERIFY(checkpoint.exec("PRAGMA wal_checkpoint(TRUNCATE)"));
}

QStringList keptFiles(const QDir& dir)
{
    return dir.entryList({"*.damaged-*"}, QDir::Files);
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void damagedFilesAreKeptAside_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("said");
        QTest::newRow("random bytes") << "random"
                                      << "not an SQLite database";
        QTest::newRow("cut in half") << "truncated"
                                     << "cut short";
        QTest::newRow("a text file") << "text"
                                     << "not an SQLite database";
        QTest::newRow("pages overwritten") << "overwritten"
                                           << "damaged";
    }

    void damagedFilesAreKeptAside()
    {
        QFETCH(QString, damage);
        QFETCH(QString, said);
        QTemporaryDir dir;
        const QString path = dir.filePath("app.db");
        if (damage == "random") {
            QByteArray bytes(64 * 1024, '\0');
            QRandomGenerator random(7);
            for (char& byte : bytes)
                byte = static_cast<char>(random.bounded(256));
            write(path, bytes);
        } else if (damage == "text") {
            write(path, "These are notes, not a database.\n");
        } else {
            makeSeededDatabase(path);
            QByteArray bytes = contents(path);
            if (damage == "truncated") {
                bytes.truncate(bytes.size() / 2);
            } else {
                // Garbage over every page but the first: the header is fine, the tables are not.
                for (qsizetype i = 4096; i < bytes.size(); ++i)
                    bytes[i] = static_cast<char>((i * 31) & 0xff);
            }
            write(path, bytes);
        }
        const QByteArray original = contents(path);

        auto recovered = Store::openOrRecover(path);
        QVERIFY2(recovered, qPrintable(recovered.errorMessage()));
        QVERIFY2(recovered->damage.contains(said), qPrintable(recovered->damage));
        QVERIFY(recovered->keptAside.startsWith(path + ".damaged-"));
        QCOMPARE(contents(recovered->keptAside), original); // untouched
        QVERIFY(recovered->store->feed().seedBundledCatalog());
        QCOMPARE(recovered->store->catalog().toolCount(), 7);
        const QString notice = recoveryNotice(recovered.value());
        QVERIFY(notice.contains(recovered->keptAside));
        QVERIFY(notice.contains("sync"));
    }

    // The same through the real command line: it says so on stderr and goes on.
    void theCliKeepsADamagedFileAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("app.db");
        write(path, QByteArray(20000, 'x'));
        QProcess cli;
        cli.start(SHIPORSKIP_CLI_PATH, {"--db", path, "tools", "--json"});
        QVERIFY(cli.waitForFinished(60000));
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY2(err.contains("kept aside") && err.contains("A sync brings back"), qPrintable(err));
        QCOMPARE(QJsonDocument::fromJson(cli.readAllStandardOutput()).array().size(), 7);
        const QStringList kept = keptFiles(QDir(dir.path()));
        QCOMPARE(kept.size(), 1);
        QCOMPARE(contents(dir.filePath(kept.first())), QByteArray(20000, 'x'));
    }

    // A database from a newer version is refused, and not touched.
    void aNewerDatabaseIsRefusedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("app.db");
        makeSeededDatabase(path);
        {
            auto store = Store::open(path);
            QSqlQuery query(store.value()->database().connection());
            QVERIFY(query.exec("PRAGMA user_version = 99"));
            QVERIFY(query.exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        const QByteArray hash = QCryptographicHash::hash(contents(path), QCryptographicHash::Sha256);
        auto opened = Store::openOrRecover(path);
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains("newer ShipOrSkip"), qPrintable(opened.errorMessage()));
        QCOMPARE(opened.error().kind, Error::Kind::NewerVersion);
        QProcess cli;
        cli.start(SHIPORSKIP_CLI_PATH, {"--db", path, "tools"});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY(cli.exitCode() != 0);
        QVERIFY(cli.readAllStandardError().contains("newer ShipOrSkip"));
        QCOMPARE(QCryptographicHash::hash(contents(path), QCryptographicHash::Sha256), hash);
        QVERIFY(keptFiles(QDir(dir.path())).isEmpty());
    }

    // A healthy database is opened as it is.
    void aHealthyDatabaseIsJustOpened()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("app.db");
        makeSeededDatabase(path);
        auto opened = Store::openOrRecover(path);
        QVERIFY(opened);
        QVERIFY(opened->keptAside.isEmpty());
        QCOMPARE(opened->store->catalog().toolCount(), 7);
    }

    // openStore, as the window and the command line open: a damaged file is kept aside and said, the
    // new store seeded; a new file seeded with nothing to say; a newer database refused at opening.
    void openStoreRecoversAndSeeds()
    {
        QTemporaryDir dir;
        const QString damaged = dir.filePath("damaged.db");
        write(damaged, QByteArray(20000, 'x'));
        const StoreOpening recovered = openStore(damaged);
        QVERIFY2(recovered.store, qPrintable(recovered.store.errorMessage()));
        QCOMPARE(recovered.store.value()->catalog().toolCount(), 7);
        const QStringList kept = keptFiles(QDir(dir.path()));
        QCOMPARE(kept.size(), 1);
        QVERIFY2(recovered.recoveryNotice.contains(dir.filePath(kept.first())),
                 qPrintable(recovered.recoveryNotice));

        const StoreOpening fresh = openStore(dir.filePath("fresh.db"));
        QVERIFY2(fresh.store, qPrintable(fresh.store.errorMessage()));
        QCOMPARE(fresh.store.value()->catalog().toolCount(), 7);
        QVERIFY(fresh.recoveryNotice.isEmpty());

        const QString newer = dir.filePath("newer.db");
        makeSeededDatabase(newer);
        {
            auto store = Store::open(newer);
            QSqlQuery query(store.value()->database().connection());
            QVERIFY(query.exec("PRAGMA user_version = 99"));
        }
        const StoreOpening refused = openStore(newer);
        QVERIFY(!refused.store);
        QCOMPARE(refused.failedStep, StoreOpening::Step::Open);
        QVERIFY2(refused.store.errorMessage().contains("newer ShipOrSkip"),
                 qPrintable(refused.store.errorMessage()));
        QVERIFY(refused.recoveryNotice.isEmpty());
    }

    // The window opens the store twice (its own connection and the catalog reader's) while a command
    // line sync or vote from cron opens, writes and closes it. Opening the second connection must not
    // drop the first one's locks (closing any descriptor of the file drops a process's POSIX locks):
    // else the other process takes the file for unused when it closes, checkpoints and deletes the
    // write-ahead log, and this process's next writes go to the deleted log and are lost.
    void aSecondConnectionLeavesTheFirstOnesLocks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.db"));
        auto first = Store::open(path);
        QVERIFY2(first, qPrintable(first.errorMessage()));
        QVERIFY(first.value()->feed().seedBundledCatalog());
        auto second = Store::open(path);
        QVERIFY2(second, qPrintable(second.errorMessage()));

        QProcess cli;
        cli.start(SHIPORSKIP_CLI_PATH, {"--db", path, "vote", "gemma-3n-vs-mistral-medium-3-2", "gemma-3n"});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);

        auto voted = first.value()->outbox().castVote("gemma-3n-vs-mistral-medium-3-2", "mistral-medium-3-2");
        QVERIFY2(voted, qPrintable(voted.errorMessage()));
        // A third process reads the file as it is on disk.
        QProcess reader;
        reader.start("sqlite3", {path, "SELECT t.id FROM vote_outbox o JOIN tools t ON t.pk = o.tool_pk"});
        QVERIFY(reader.waitForFinished(60000));
        QCOMPARE(QString::fromUtf8(reader.readAllStandardOutput()).trimmed(),
                 QStringLiteral("mistral-medium-3-2"));
    }
};

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
