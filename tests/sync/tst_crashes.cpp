// SPDX-License-Identifier: GPL-3.0-or-later
// And a disk that fills up during a sync (a small tmpfs in a mount namespace of its own): the sync
// fails cleanly and the store is unchanged.
// Kills: `shiporskip-cli sync` against the real shiporskip-feed on 127.0.0.1 serving a large multi-page
// feed, killed with SIGKILL at points spread over the whole sync (a fixed schedule: fractions of the
// time an uninterrupted sync takes), and at points inside the apply (after its progress line). After every
// kill the store is whole and shows the state before the sync or the state after it, and the next sync ends
// with a store identical, row by row, to the one an uninterrupted sync produces. The same for kills while
// votes are pushed: the feed counts each vote exactly once.
#include "../server/ServerProcess.h"
#include "LargeFeed.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <csignal>

using namespace sos;
using namespace sos::test;

namespace {

constexpr int syncKillPoints = 32;
constexpr int applyKillPoints = 8;
constexpr int voteKillPoints = 16;
constexpr int comparisonsVotedOn = 120;

// What a reader of the store sees: every table but the sync's own bookkeeping (the time of the last
// sync and of the feed's answer, and when the change log recorded it: the rest of its row stays). The
// shadow tables of a sync in progress are not in it at all.
QStringList visibleState(const QString& path)
{
    auto store = Store::open(path);
    if (!store)
        return {QStringLiteral("cannot open: ") + store.errorMessage()};
    QStringList rows;
    for (const QString& row : dumpStore(*store.value())) {
        if (row.startsWith(QLatin1String("feed_meta:lastSyncAt|")) ||
            row.startsWith(QLatin1String("feed_meta:feedGeneratedAt|")) ||
            row.startsWith(QLatin1String("feed_meta:syncPending")))
            continue;
        if (row.startsWith(QLatin1String("sync_log:"))) {
            QStringList fields = row.split(QLatin1Char('|'));
            fields[1] = QStringLiteral("(time)");
            rows << fields.join(QLatin1Char('|'));
            continue;
        }
        rows << row;
    }
    return rows;
}

// The first rows only one side has, to say what differs.
QString difference(const QStringList& actual, const QStringList& expected)
{
    QStringList onlyActual;
    QStringList onlyExpected;
    for (const QString& row : actual) {
        if (!expected.contains(row) && onlyActual.size() < 3)
            onlyActual << row.left(200);
    }
    for (const QString& row : expected) {
        if (!actual.contains(row) && onlyExpected.size() < 3)
            onlyExpected << row.left(200);
    }
    return QStringLiteral("%1 rows vs %2; only here: %3; only expected: %4")
        .arg(actual.size())
        .arg(expected.size())
        .arg(onlyActual.join(QStringLiteral(" ; ")), onlyExpected.join(QStringLiteral(" ; ")));
}

QString integrity(const QString& path)
{
    auto store = Store::open(path);
    if (!store)
        return store.errorMessage();
    QSqlQuery check(store.value()->database().connection());
    if (!check.exec(QStringLiteral("PRAGMA integrity_check")) || !check.next())
        return QStringLiteral("integrity_check did not run");
    const QString result = check.value(0).toString();
    check.finish();
    // A search index still being built after a publish is checked once it is complete.
    if (result != QLatin1String("ok") || SearchIndex(store.value()->database()).waiting() > 0)
        return result;
    return searchIndexCheck(*store.value());
}

} // namespace

class TestCrashes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    QUrl m_base;
    QByteArray m_token;
    qint64 m_cleanSyncMs = 0;
    QStringList m_cleanState;

    QProcess* startCli(const QString& db, const QStringList& arguments, bool withToken = false)
    {
        auto* cli = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(
            QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // the token comes from the environment
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")); // progress in English
        if (withToken)
            environment.insert(QStringLiteral("SHIPORSKIP_TOKEN"), QString::fromLatin1(m_token));
        cli->setProcessEnvironment(environment);
        cli->start(QStringLiteral(SHIPORSKIP_CLI_PATH), QStringList{QStringLiteral("--db"), db} + arguments);
        return cli;
    }

    QStringList syncArguments() const
    {
        return {QStringLiteral("sync"), QStringLiteral("--feed"), m_base.toString(),
                QStringLiteral("--page-size"), QStringLiteral("250")};
    }

    // Runs the CLI to the end; its exit code (stderr shown on failure).
    int runCli(const QString& db, const QStringList& arguments, bool withToken = false)
    {
        QProcess* cli = startCli(db, arguments, withToken);
        if (!cli->waitForFinished(180000))
            return -1;
        if (cli->exitCode() != 0)
            qWarning("shiporskip-cli %s: %s", qPrintable(arguments.join(' ')),
                     cli->readAllStandardError().constData());
        const int code = cli->exitStatus() == QProcess::NormalExit ? cli->exitCode() : -2;
        delete cli;
        return code;
    }

    // Starts a sync and kills it killAtMs after the start; false when it finished before that.
    bool killDuring(const QString& db, qint64 killAtMs, bool withToken)
    {
        QElapsedTimer clock;
        clock.start();
        QProcess* cli = startCli(db, syncArguments(), withToken);
        cli->waitForStarted();
        while (clock.elapsed() < killAtMs && cli->state() == QProcess::Running)
            QThread::msleep(1);
        const bool killed = cli->state() == QProcess::Running;
        if (killed)
            ::kill(static_cast<pid_t>(cli->processId()), SIGKILL);
        cli->waitForFinished(30000);
        delete cli;
        return killed;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(m_dir.filePath("server.db"));
        const QString feed = m_dir.filePath("large.json");
        // 600 tools with 2,400 reviews and 200 comparisons: 33 pages of 100 records.
        QVERIFY(writeFeed(feed, largeFeed(600, 200)));
        m_server->command({"import", feed});
        m_token = m_server->command({"token", "issue", "alice"}).toLatin1();
        m_base = m_server->start();
        QVERIFY(m_base.isValid());
        // The uninterrupted sync every interrupted one must end up equal to.
        const QString clean = m_dir.filePath("clean.db");
        QCOMPARE(runCli(clean, {"tools"}), 0);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(runCli(clean, syncArguments()), 0);
        m_cleanSyncMs = clock.elapsed();
        m_cleanState = visibleState(clean);
        QVERIFY(m_cleanState.size() > 3200);
    }

    void killedSyncsLoseNothing()
    {
        int killed = 0;
        int sawBefore = 0;
        int sawAfter = 0;
        for (int point = 1; point <= syncKillPoints; ++point) {
            const QString db = m_dir.filePath(QStringLiteral("kill-%1.db").arg(point));
            QCOMPARE(runCli(db, {"tools"}), 0); // a new store, seeded with the bundled catalog
            const QStringList before = visibleState(db);
            // Spread over the first nine tenths of a clean sync's time, so that every point falls within
            // the sync even when this one runs a little faster.
            if (killDuring(db, m_cleanSyncMs * 9 * point / (10 * syncKillPoints), false))
                ++killed;
            QCOMPARE(integrity(db), QStringLiteral("ok"));
            const QStringList state = visibleState(db);
            QVERIFY2(state == before || state == m_cleanState,
                     qPrintable(QStringLiteral("kill point %1 left a state that is neither before nor after")
                                    .arg(point)));
            (state == before ? sawBefore : sawAfter)++;
            QCOMPARE(runCli(db, syncArguments()), 0);
            QCOMPARE(integrity(db), QStringLiteral("ok"));
            const QStringList resynced = visibleState(db);
            QVERIFY2(resynced == m_cleanState,
                     qPrintable(QStringLiteral("after kill point %1 the next sync differs: %2")
                                    .arg(point)
                                    .arg(difference(resynced, m_cleanState))));
        }
        qInfo(
            "reliability: sync killed with SIGKILL at %d of %d points over a %lld ms sync; %d left the state "
            "before, %d the state after; integrity ok and the next sync equal to a clean one every time",
            killed, syncKillPoints, static_cast<long long>(m_cleanSyncMs), sawBefore, sawAfter);
        QVERIFY(killed >= 30);
    }

    // The points above fall mostly on the fetch, the long part of a sync. These fall inside its end:
    // each waits for the progress line that follows the last page ("Making the catalog's figures"),
    // then a fraction of the time the rest took in a clean sync (figures, the publish, the search
    // index), then kills. Each is a step of its own; the kill must leave the state before or after.
    void killedApplyLosesNothing()
    {
        const QByteArray endPhase("Making the catalog's figures");
        int killed = 0;
        int sawBefore = 0;
        int sawAfter = 0;
        qint64 applyMs = 0;
        for (int point = 0; point <= applyKillPoints; ++point) {
            const QString db = m_dir.filePath(QStringLiteral("apply-%1.db").arg(point));
            QCOMPARE(runCli(db, {"tools"}), 0);
            const QStringList before = visibleState(db);
            QProcess* cli = startCli(db, syncArguments());
            cli->setReadChannel(QProcess::StandardError);
            QByteArray progress;
            while (!progress.contains(endPhase) && cli->state() != QProcess::NotRunning) {
                cli->waitForReadyRead(20);
                progress += cli->readAllStandardError();
            }
            QVERIFY2(progress.contains(endPhase), progress.constData());
            QElapsedTimer clock;
            clock.start();
            if (point == 0) {
                // A clean run first: how long the apply takes from its progress line to the exit.
                QVERIFY(cli->waitForFinished(180000));
                QCOMPARE(cli->exitCode(), 0);
                applyMs = clock.elapsed();
                delete cli;
                QCOMPARE(visibleState(db), m_cleanState);
                continue;
            }
            while (clock.elapsed() < applyMs * (point - 1) / applyKillPoints &&
                   cli->state() == QProcess::Running)
                QThread::msleep(1);
            if (cli->state() == QProcess::Running) {
                ::kill(static_cast<pid_t>(cli->processId()), SIGKILL);
                ++killed;
            }
            cli->waitForFinished(30000);
            delete cli;
            QCOMPARE(integrity(db), QStringLiteral("ok"));
            const QStringList state = visibleState(db);
            QVERIFY2(
                state == before || state == m_cleanState,
                qPrintable(QStringLiteral("apply kill point %1 left a state that is neither before nor after")
                               .arg(point)));
            (state == before ? sawBefore : sawAfter)++;
            QCOMPARE(runCli(db, syncArguments()), 0);
            QCOMPARE(visibleState(db), m_cleanState);
        }
        qInfo("reliability: sync killed with SIGKILL at %d of %d points inside a %lld ms apply; %d left the "
              "state before, %d the state after; integrity ok and the next sync equal to a clean one every "
              "time",
              killed, applyKillPoints, static_cast<long long>(applyMs), sawBefore, sawAfter);
        QVERIFY(killed >= 1); // the first point kills at once, when the apply starts
    }

    void aFullDiskFailsTheSyncCleanly()
    {
        if (QStandardPaths::findExecutable("unshare").isEmpty())
            QSKIP("unshare (util-linux) is missing, so no tmpfs can be mounted for this test");
        const QString host = m_dir.filePath("diskfull");
        const QString mount = m_dir.filePath("diskfull-mount");
        QVERIFY(QDir().mkpath(host + "/out") && QDir().mkpath(mount));
        const QString db = host + "/app.db";
        QCOMPARE(runCli(db, {"tools"}), 0);
        const QStringList before = visibleState(db);
        const qint64 room = (QFileInfo(db).size() + 512 * 1024 + 4095) / 4096 * 4096;
        QProcess probe;
        probe.start("unshare",
                    {"-m", "sh", "-c", QStringLiteral("mount -t tmpfs -o size=64k tmpfs '%1'").arg(mount)});
        probe.waitForFinished(30000);
        if (probe.exitCode() != 0)
            QSKIP(qPrintable("this machine does not allow mounting a tmpfs in a mount namespace (" +
                             QString::fromUtf8(probe.readAllStandardError()).trimmed() + ")"));
        // The store on a tmpfs with half a megabyte to spare; what is left of it is copied back out.
        const QString script =
            QStringLiteral(
                "mount -t tmpfs -o size=%1 tmpfs '%2' && cp '%3' '%2/' && '%4' --db '%2/app.db' %5; rc=$?;"
                " cp '%2'/app.db* '%6/'; exit $rc")
                .arg(room)
                .arg(mount, db, QStringLiteral(SHIPORSKIP_CLI_PATH), syncArguments().join(' '),
                     host + "/out");
        QProcess full;
        full.setProcessChannelMode(QProcess::MergedChannels);
        full.start("unshare", {"-m", "sh", "-c", script});
        QVERIFY(full.waitForFinished(180000));
        const QString output = QString::fromUtf8(full.readAll());
        QVERIFY2(full.exitCode() != 0, qPrintable(output));
        QVERIFY2(output.contains("full"), qPrintable(output));
        const QString left = host + "/out/app.db";
        QCOMPARE(integrity(left), QStringLiteral("ok"));
        QCOMPARE(visibleState(left), before);
        // With room again, the next sync completes.
        QCOMPARE(runCli(left, syncArguments()), 0);
        QCOMPARE(visibleState(left), m_cleanState);
        qInfo("reliability: sync on a full disk (%lld bytes of room) failed with \"%s\"; the store "
              "unchanged, the "
              "next sync complete",
              static_cast<long long>(room - QFileInfo(db).size()),
              qPrintable(output.section(QLatin1Char('\n'), -2, -2).trimmed()));
    }

    void killedVotePushesCountEachVoteOnce()
    {
        const QString db = m_dir.filePath("votes.db");
        QCOMPARE(runCli(db, {"tools"}), 0);
        QCOMPARE(runCli(db, syncArguments()), 0);
        {
            auto store = Store::open(db);
            QVERIFY(store);
            for (int c = 0; c < comparisonsVotedOn; ++c) {
                const QString id = QStringLiteral("comparison-%1").arg(c, 5, 10, QLatin1Char('0'));
                const QString tool =
                    QStringLiteral("tool-%1").arg(2 * c, 5, 10, QLatin1Char('0')); // see largeFeed()
                QVERIFY(store.value()->outbox().castVote(id, tool));
            }
        }
        // Kill points over the first second and a half of the sync, where the votes go out.
        int killed = 0;
        for (int point = 1; point <= voteKillPoints; ++point) {
            if (killDuring(db, 90 * point, true))
                ++killed;
            QCOMPARE(integrity(db), QStringLiteral("ok"));
        }
        QCOMPARE(runCli(db, syncArguments(), true), 0);

        auto store = Store::open(db);
        QVERIFY(store);
        const QList<MyVote> outbox = store.value()->outbox().votes();
        QVERIFY(std::all_of(outbox.begin(), outbox.end(),
                            [](const MyVote& vote) { return vote.state == VoteState::Confirmed; }));
        QSqlDatabase server =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("server-read"));
        server.setDatabaseName(m_dir.filePath("server.db"));
        QVERIFY(server.open());
        {
            QSqlQuery votes(server);
            QVERIFY(votes.exec("SELECT count(*) FROM server_votes WHERE user = 'alice'") && votes.next());
            QCOMPARE(votes.value(0).toInt(), comparisonsVotedOn);
            // Each comparison's tallies add up to one vote, and the client shows the same.
            QSqlQuery tallies(server);
            QVERIFY(tallies.exec(
                "SELECT c.id, coalesce(sum(t.votes), 0) FROM comparisons c LEFT JOIN vote_tallies t"
                " ON t.comparison_pk = c.pk WHERE c.id LIKE 'comparison-%' GROUP BY c.id"));
            int counted = 0;
            while (tallies.next()) {
                const int index = tallies.value(0).toString().mid(11).toInt();
                QCOMPARE(tallies.value(1).toInt(), index < comparisonsVotedOn ? 1 : 0);
                counted += tallies.value(1).toInt();
            }
            QCOMPARE(counted, comparisonsVotedOn);
        }
        server.close();
        qInfo("reliability: vote push killed at %d of %d points; %d votes, each counted exactly once by the "
              "feed",
              killed, voteKillPoints, comparisonsVotedOn);
        QVERIFY(killed >= voteKillPoints / 2);
    }
};

QTEST_MAIN(TestCrashes)
#include "tst_crashes.moc"
