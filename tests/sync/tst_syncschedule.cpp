// SPDX-License-Identifier: GPL-3.0-or-later
// The background sync's schedule: when it is due, the backoff after failures and its memory across a
// restart, on a clock the test sets (hours pass at once) and a real settings file.
#include <sync/SyncSchedule.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sos;
using namespace std::chrono_literals;
using std::chrono::milliseconds;

namespace {

const QDateTime startTime = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);

// A schedule on a settings file with a feed set, and a clock that moves only when told.
struct Fixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("settings.ini"));
    std::unique_ptr<Settings> settings = Settings::createForFile(path);
    QDateTime now = startTime;
    std::unique_ptr<SyncSchedule> schedule;

    Fixture(bool withFeed = true)
    {
        if (withFeed)
            settings->setValue(Settings::Key::FeedUrl, QStringLiteral("http://127.0.0.1:9/"));
        makeSchedule();
    }

    void makeSchedule()
    {
        schedule = std::make_unique<SyncSchedule>(*settings);
        schedule->setClock([this] { return now; });
    }

    // As the next start of the app: the settings read again from the file, a new schedule.
    void restart()
    {
        schedule.reset();
        settings.reset();
        settings = Settings::createForFile(path);
        makeSchedule();
    }
};

} // namespace

class TestSyncSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffDoublesUpToTheInterval_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("expectedMinutes");
        QTest::newRow("first") << 1 << qint64(5);
        QTest::newRow("second") << 2 << qint64(10);
        QTest::newRow("third") << 3 << qint64(20);
        QTest::newRow("sixth") << 6 << qint64(160);
        QTest::newRow("seventh") << 7 << qint64(320);
        QTest::newRow("eighth, capped") << 8 << qint64(360);
        QTest::newRow("hundredth, no overflow") << 100 << qint64(360);
        QTest::newRow("max int") << std::numeric_limits<int>::max() << qint64(360);
    }
    void backoffDoublesUpToTheInterval()
    {
        QFETCH(int, failures);
        QFETCH(qint64, expectedMinutes);
        const milliseconds pause = SyncSchedule::backoff(failures, 5min, 6h);
        QCOMPARE(std::chrono::duration_cast<std::chrono::minutes>(pause).count(), expectedMinutes);
    }

    void theDefaultsAreOnEverySixHours()
    {
        Fixture f;
        QVERIFY(f.schedule->isEnabled());
        QCOMPARE(f.schedule->interval(), milliseconds(6h));
        QCOMPARE(f.schedule->failures(), 0);
    }

    void dueAtStartWhenTheLastSyncIsOlderThanTheInterval()
    {
        Fixture f;
        QSignalSpy due(f.schedule.get(), &SyncSchedule::due);
        f.schedule->start(f.now.addSecs(-7 * 3600));
        QCOMPARE(f.schedule->nextAttemptAt(), f.now);
        QVERIFY(due.wait(5000)); // armed for no time at all
        QCOMPARE(due.size(), 1);
    }

    void dueAtStartWhenNeverSynced()
    {
        Fixture f;
        f.schedule->start(QDateTime());
        QCOMPARE(f.schedule->nextAttemptAt(), f.now);
    }

    void notDueAtStartWhenTheLastSyncIsRecent()
    {
        Fixture f;
        QSignalSpy due(f.schedule.get(), &SyncSchedule::due);
        // The timer looks at the clock every few milliseconds instead of every minute.
        f.schedule->setTiming({.longestWait = 5ms});
        const QDateTime lastSync = f.now.addSecs(-3600);
        f.schedule->start(lastSync);
        QCOMPARE(f.schedule->nextAttemptAt(), lastSync.addSecs(6 * 3600));
        QTest::qWait(50);
        QCOMPARE(due.size(), 0);
        // Five hours later by the clock (a machine that slept, say), the timer's next look finds it due.
        f.now = f.now.addSecs(5 * 3600);
        QVERIFY(due.wait(5000));
        QCOMPARE(due.size(), 1);
    }

    void theIntervalSettingMovesTheNextSync()
    {
        Fixture f;
        const QDateTime lastSync = f.now.addSecs(-3600);
        f.schedule->start(lastSync);
        QSignalSpy rescheduled(f.schedule.get(), &SyncSchedule::rescheduled);
        f.settings->setValue(Settings::Key::SyncIntervalHours, 2);
        QCOMPARE(rescheduled.size(), 1);
        QCOMPARE(f.schedule->nextAttemptAt(), lastSync.addSecs(2 * 3600));
        // Out of range: the nearest allowed.
        f.settings->setValue(Settings::Key::SyncIntervalHours, 0);
        QCOMPARE(f.schedule->interval(), milliseconds(1h));
    }

    void offWithoutAFeedOrWhenTurnedOff()
    {
        Fixture f(false);
        QSignalSpy due(f.schedule.get(), &SyncSchedule::due);
        f.schedule->start(QDateTime()); // never synced: would be due at once with a feed
        QVERIFY(!f.schedule->isEnabled());
        QVERIFY(!f.schedule->nextAttemptAt().isValid());
        QTest::qWait(50);
        QCOMPARE(due.size(), 0);

        // A feed is set: on, and due at once.
        f.settings->setValue(Settings::Key::FeedUrl, QStringLiteral("http://127.0.0.1:9/"));
        QVERIFY(f.schedule->isEnabled());
        QCOMPARE(f.schedule->nextAttemptAt(), f.now);
        QVERIFY(due.wait(5000));

        // Turned off: nothing is due any more.
        f.settings->setValue(Settings::Key::BackgroundSync, false);
        QVERIFY(!f.schedule->isEnabled());
        QVERIFY(!f.schedule->nextAttemptAt().isValid());
    }

    void backoffGrowsIsCappedAndResetsAfterASuccess()
    {
        Fixture f;
        f.schedule->start(f.now.addSecs(-7 * 3600));
        const qint64 expectedMinutes[] = {5, 10, 20, 40, 80, 160, 320, 360, 360};
        int failures = 0;
        for (qint64 minutes : expectedMinutes) {
            const QDateTime next = f.schedule->failed();
            ++failures;
            QCOMPARE(f.schedule->failures(), failures);
            QCOMPARE(f.now.secsTo(next), minutes * 60);
            QCOMPARE(f.schedule->nextAttemptAt(), next);
            f.now = next; // the attempt, at its time, fails again
        }
        QCOMPARE(f.settings->value(Settings::Key::SyncFailures).toInt(), failures);

        const QDateTime next = f.schedule->succeeded(f.now);
        QCOMPARE(f.schedule->failures(), 0);
        QCOMPARE(f.settings->value(Settings::Key::SyncFailures).toInt(), 0);
        QVERIFY(f.settings->value(Settings::Key::NextSyncAttemptAt).toString().isEmpty());
        QCOMPARE(next, f.now.addSecs(6 * 3600));
        // The next failure starts from the first pause again.
        QCOMPARE(f.now.secsTo(f.schedule->failed()), qint64(5 * 60));
    }

    void anotherSyncRunningIsNotAFailure()
    {
        Fixture f;
        f.schedule->start(f.now.addSecs(-7 * 3600));
        (void)f.schedule->failed();
        const QString retryAt = f.settings->value(Settings::Key::NextSyncAttemptAt).toString();
        const QDateTime next = f.schedule->postponed();
        QCOMPARE(f.now.secsTo(next), qint64(60));
        QCOMPARE(f.schedule->failures(), 1);
        QCOMPARE(f.settings->value(Settings::Key::NextSyncAttemptAt).toString(), retryAt);
        // Cancelled by the user: an interval later, still not a failure.
        QCOMPARE(f.now.secsTo(f.schedule->skipped()), qint64(6 * 3600));
        QCOMPARE(f.schedule->failures(), 1);
    }

    void theBackoffIsKeptAcrossARestart()
    {
        Fixture f;
        const QDateTime lastSync = f.now.addSecs(-7 * 3600);
        f.schedule->start(lastSync);
        (void)f.schedule->failed();
        f.now = f.now.addSecs(5 * 60);
        const QDateTime retryAt = f.schedule->failed(); // the second: ten minutes
        QCOMPARE(f.now.secsTo(retryAt), qint64(10 * 60));

        // Restarted two minutes later with a last sync long past: still the backoff's time, not now.
        f.now = f.now.addSecs(2 * 60);
        f.restart();
        f.schedule->start(lastSync);
        QCOMPARE(f.schedule->failures(), 2);
        QCOMPARE(f.schedule->nextAttemptAt(), retryAt);
        // And the third failure after it waits twenty minutes.
        f.now = retryAt;
        QCOMPARE(f.now.secsTo(f.schedule->failed()), qint64(20 * 60));

        // Another feed: its syncs start without the old one's backoff.
        f.settings->setValue(Settings::Key::FeedUrl, QStringLiteral("http://127.0.0.1:10/"));
        QCOMPARE(f.schedule->failures(), 0);
    }

    void aSyncByAnotherProcessSinceTheFailureEndsTheBackoff()
    {
        Fixture f;
        f.schedule->start(f.now.addSecs(-7 * 3600));
        (void)f.schedule->failed();
        const QDateTime failedAt = f.now;
        (void)f.schedule->failed(); // the second at the same time: ten minutes from it

        // Restarted with the store's last sync from before the failures: the backoff holds.
        f.restart();
        f.schedule->start(failedAt.addSecs(-60));
        QCOMPARE(f.schedule->failures(), 2);
        QCOMPARE(f.schedule->nextAttemptAt(), failedAt.addSecs(10 * 60));

        // Restarted after shiporskip-cli synced the store a minute after them: forgotten, and the
        // next sync an interval after that one.
        f.restart();
        f.now = failedAt.addSecs(2 * 60);
        f.schedule->start(failedAt.addSecs(60));
        QCOMPARE(f.schedule->failures(), 0);
        QCOMPARE(f.schedule->nextAttemptAt(), failedAt.addSecs(60 + 6 * 3600));
    }

    void aClockSetBackDoesNotStopTheSyncs()
    {
        Fixture f;
        f.schedule->start(f.now.addSecs(30 * 24 * 3600)); // a last sync "in the future"
        QCOMPARE(f.schedule->nextAttemptAt(), f.now.addSecs(6 * 3600));
    }
};

QTEST_GUILESS_MAIN(TestSyncSchedule)
#include "tst_syncschedule.moc"
