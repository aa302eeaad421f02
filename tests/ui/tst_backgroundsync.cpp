// SPDX-License-Identifier: GPL-3.0-or-later
// The scheduled background sync of the window (SyncSchedule, SyncController), against the real
// shiporskip-feed on 127.0.0.1 with an interval of milliseconds: it fires by itself, backs off after
// failures with the error in the banner (never a dialog), and waits while another sync holds the
// store. (tst_syncbackground is another matter: a sync that runs off the window's thread.)
#include "../sync/LargeFeed.h"
#include "FeedTestSupport.h"
#include "SettingsDialog.h"
#include "SyncController.h"

#include <QCheckBox>
#include <QLabel>
#include <QLockFile>
#include <QProcess>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>

using namespace sos;
using namespace sos::test;
using namespace std::chrono_literals;

namespace {

const QString scheduledToolId = QStringLiteral("scheduled-sync-tool");

// The bundled catalog and one tool more, which only a sync from the feed brings.
QString writeFeedWithOneMoreTool(const QTemporaryDir& dir)
{
    FeedDocument feed = bundledFeed();
    feed.tools << makeTool(scheduledToolId, QStringLiteral("Scheduled Sync Tool"));
    const QString path = dir.filePath(QStringLiteral("feed-plus-one.json"));
    return writeFeed(path, feed) ? path : QString();
}

// A short schedule: the rules of the real one at a thousandth of its scale or so.
SyncSchedule::Timing shortTiming()
{
    return {.interval = 1500ms, .firstBackoff = 200ms, .busyRetry = 150ms, .longestWait = 50ms};
}

} // namespace

class TestBackgroundSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firesBacksOffAndWaitsForAnotherSync()
    {
        auto f = WindowFixture::create();
        QVERIFY(f->store);
        const QString feedPath = writeFeedWithOneMoreTool(f->dir);
        QVERIFY(!feedPath.isEmpty());
        FeedWindow feed(*f, "alice", feedPath);
        QVERIFY(feed.window);
        MainWindow& window = *feed.window;
        auto* sync = requireChild<SyncController>(&window, "syncController");
        SyncSchedule& schedule = sync->schedule();
        QVERIFY(!f->store->catalog().toolDetails(scheduledToolId));
        QVERIFY(!schedule.nextAttemptAt().isValid()); // the fixture turned it off
        schedule.setTiming(shortTiming());
        QSignalSpy started(sync, &SyncController::backgroundSyncStarted);
        QSignalSpy finished(sync, &SyncController::backgroundSyncFinished);
        QSignalSpy backedOff(sync, &SyncController::backgroundSyncBackedOff);
        QSignalSpy waiting(sync, &SyncController::backgroundSyncWaiting);

        // On, with a feed and never synced: it syncs by itself, and the store has the feed's tools.
        f->settings->setValue(Settings::Key::BackgroundSync, true);
        QVERIFY(schedule.nextAttemptAt().isValid());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(started.size(), 1);
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(f->store->catalog().toolDetails(scheduledToolId));
        QVERIFY(timestampFromString(f->store->meta().value(FeedMeta::Key::LastSyncAt)).isValid());
        QVERIFY(requireChild<QLabel>(&window, "lastSync")->text().startsWith("Last sync"));
        QVERIFY(!sync->banner()->isVisible());
        QCOMPARE(schedule.failures(), 0);

        // The feed goes away: each attempt fails, the banner says so in sentences, no dialog opens,
        // and the next attempt waits for the backoff (doubling, capped at the interval), not the interval.
        feed.server.stop();
        const qint64 expectedPauses[] = {200, 400, 800, 1500};
        for (qint64 pause : expectedPauses) {
            const int failure = backedOff.size() + 1;
            QTRY_VERIFY_WITH_TIMEOUT(backedOff.size() == failure, 30000);
            QVERIFY(!QApplication::activeModalWidget());
            const QList<QVariant> event = backedOff.at(failure - 1);
            QCOMPARE(event.at(0).toInt(), failure);
            const QDateTime failedAt = event.at(1).toDateTime();
            const QDateTime next = event.at(2).toDateTime();
            QCOMPARE(failedAt.msecsTo(next), pause);
            QCOMPARE(f->settings->value(Settings::Key::SyncFailures).toInt(), failure);
            QVERIFY(sync->banner()->isVisible());
            const QString text = requireChild<QLabel>(&window, "syncBannerText")->text();
            QVERIFY2(text.startsWith("The background sync failed; your local data is unchanged, and it tries "
                                     "again at "),
                     qPrintable(text));
            // Then the network's words, ended as a sentence.
            QVERIFY2(text.contains(". Cannot reach 127.0.0.1: "), qPrintable(text));
            QVERIFY2(text.endsWith(u'.'), qPrintable(text));
            QVERIFY(requireChild<QLabel>(&window, "offlineIndicator")->isVisible());
        }
        for (QWidget* widget : QApplication::topLevelWidgets())
            QVERIFY2(!widget->isVisible() || widget == &window, qPrintable(widget->objectName()));

        // Another sync holds the store (the lock a CLI sync takes): the background sync waits and tries
        // again shortly; that is not a failure, and the status bar says so.
        // (In this process: the engine's QLockFile still finds it held, by a live process of its name.)
        QLockFile lock(f->store->path() + QStringLiteral("-sync.lock"));
        // Between two attempts (QTRY evaluates its condition once more at the end: not tryLock twice).
        QTRY_VERIFY_WITH_TIMEOUT(lock.isLocked() || lock.tryLock(0), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!sync->isSyncing(), 30000);
        const int failuresBefore = schedule.failures();
        const int backedOffBefore = backedOff.size();
        QVERIFY(failuresBefore >= 4);
        QTRY_VERIFY_WITH_TIMEOUT(waiting.size() >= 2, 30000);
        QCOMPARE(backedOff.size(), backedOffBefore);
        QCOMPARE(schedule.failures(), failuresBefore);
        QCOMPARE(f->settings->value(Settings::Key::SyncFailures).toInt(), failuresBefore);
        // Each wait is the short retry, not the backoff.
        QVERIFY(waiting.last().at(0).toDateTime() <= schedule.now().addMSecs(150));
        QVERIFY2(window.statusBar()->currentMessage().contains("background sync waits"),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(!QApplication::activeModalWidget());

        // The feed back on the same address, the lock released: the next attempt succeeds and the
        // backoff is forgotten.
        QVERIFY(feed.server.start({"--listen", "127.0.0.1:" + QString::number(feed.base.port())}).isValid());
        const int finishedBefore = finished.size();
        lock.unlock();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() > finishedBefore && finished.last().at(0).toBool(), 30000);
        QCOMPARE(schedule.failures(), 0);
        QCOMPARE(f->settings->value(Settings::Key::SyncFailures).toInt(), 0);
        QVERIFY(f->settings->value(Settings::Key::NextSyncAttemptAt).toString().isEmpty());
        QVERIFY(!sync->banner()->isVisible());
        QVERIFY(!requireChild<QLabel>(&window, "offlineIndicator")->isVisible());
    }

    // A sync of the same store by another process (shiporskip-cli from cron) is noticed within
    // seconds: the label says when and from where, and the table shows what it brought.
    void aSyncByAnotherProcessIsNoticed()
    {
        auto f = WindowFixture::create();
        QVERIFY(f->store);
        const QString feedPath = writeFeedWithOneMoreTool(f->dir);
        QVERIFY(!feedPath.isEmpty());
        FeedWindow feed(*f, "alice", feedPath);
        QVERIFY(feed.window);
        MainWindow& window = *feed.window;
        auto* label = requireChild<QLabel>(&window, "lastSync");
        QVERIFY2(label->text().startsWith("Never synced"), qPrintable(label->text()));
        QCOMPARE(window.toolTable()->model()->rowCount(), 7);

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain: reads need none
        QProcess cli;
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(SHIPORSKIP_CLI_PATH),
                  {QStringLiteral("--db"), f->store->path(), QStringLiteral("sync"), QStringLiteral("--feed"),
                   feed.base.toString()});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QVERIFY(!feed.window->findChild<SyncController*>()->isSyncing());

        QTRY_VERIFY_WITH_TIMEOUT(label->text().startsWith("Last sync"), 15000);
        QVERIFY2(label->text().contains(feed.base.toString()), qPrintable(label->text()));
        QTRY_COMPARE(window.toolTable()->model()->rowCount(), 8);
    }

    // The window's own sync and the background one never run at once: a background sync due while the
    // user's sync runs waits for it.
    void waitsForTheWindowsOwnSync()
    {
        auto f = WindowFixture::create();
        QVERIFY(f->store);
        FeedWindow feed(*f, "alice");
        QVERIFY(feed.window);
        auto* sync = requireChild<SyncController>(feed.window.get(), "syncController");
        sync->schedule().setTiming(shortTiming());
        QSignalSpy started(sync, &SyncController::backgroundSyncStarted);
        QSignalSpy waiting(sync, &SyncController::backgroundSyncWaiting);
        sync->sync();
        QVERIFY(sync->isSyncing() && !sync->isSyncingInBackground());
        // Due at once (never synced), while the user's sync runs.
        f->settings->setValue(Settings::Key::BackgroundSync, true);
        QTRY_VERIFY_WITH_TIMEOUT(!sync->isSyncing(), 30000);
        if (waiting.isEmpty())
            QSKIP("the user's sync ended before the schedule's timer ran; nothing overlapped");
        QCOMPARE(started.size(), 0);
        // Once the user's sync succeeded, the next background sync is an interval after it, no longer
        // the short retry.
        QVERIFY(sync->schedule().nextAttemptAt() > waiting.last().at(0).toDateTime());
        QCOMPARE(sync->schedule().failures(), 0);
    }

    // The Settings dialog turns it on or off and sets the interval; the window's schedule follows. It
    // also sets how long the change log keeps its changes.
    void theSettingsDialogSetsItAndTheScheduleFollows()
    {
        auto f = WindowFixture::create();
        QVERIFY(f->store);
        f->settings->setValue(Settings::Key::FeedUrl, QStringLiteral("http://127.0.0.1:9/"));
        f->settings->reset(Settings::Key::BackgroundSync); // the default: on
        // Synced an hour ago, so nothing is due at start with the default interval.
        QVERIFY(f->store->meta().setValue(FeedMeta::Key::LastSyncAt,
                                          timestampToString(QDateTime::currentDateTimeUtc().addSecs(-3600))));
        auto window = f->showWindow();
        auto* sync = requireChild<SyncController>(window.get(), "syncController");
        QCOMPARE(sync->schedule().interval(), std::chrono::milliseconds(6h));
        QVERIFY(sync->schedule().nextAttemptAt() > QDateTime::currentDateTimeUtc().addSecs(4 * 3600));

        MemoryTokenStore keychain;
        MemoryTokenStore session;
        QNetworkAccessManager network;
        {
            SettingsDialog dialog(*f->settings, keychain, session, network, window.get());
            auto* on = requireChild<QCheckBox>(&dialog, "backgroundSync");
            auto* hours = requireChild<QSpinBox>(&dialog, "syncInterval");
            QVERIFY(on->isChecked());
            QCOMPARE(hours->value(), 6);
            QCOMPARE(hours->minimum(), 1);
            hours->setValue(2);
            dialog.accept();
        }
        QCOMPARE(f->settings->value(Settings::Key::SyncIntervalHours).toInt(), 2);
        QCOMPARE(sync->schedule().interval(), std::chrono::milliseconds(2h));
        QVERIFY(sync->schedule().nextAttemptAt() < QDateTime::currentDateTimeUtc().addSecs(2 * 3600));
        {
            SettingsDialog dialog(*f->settings, keychain, session, network, window.get());
            auto* on = requireChild<QCheckBox>(&dialog, "backgroundSync");
            on->setChecked(false);
            QVERIFY(!requireChild<QSpinBox>(&dialog, "syncInterval")->isEnabled());
            dialog.accept();
        }
        QCOMPARE(f->settings->value(Settings::Key::BackgroundSync).toBool(), false);
        QVERIFY(!sync->schedule().nextAttemptAt().isValid());
        // How long the change log keeps a sync's changes: in the store, where a CLI sync reads it too.
        {
            SettingsDialog dialog(*f->settings, keychain, session, network, window.get(),
                                  &f->store->changes());
            auto* days = requireChild<QSpinBox>(&dialog, "changesKeptDays");
            QCOMPARE(days->value(), ChangeLog::defaultKeptDays);
            QCOMPARE(days->minimum(), 1);
            days->setValue(30);
            dialog.accept();
        }
        QCOMPARE(f->store->changes().keptDays(), 30);
        {
            SettingsDialog dialog(*f->settings, keychain, session, network, window.get());
            QVERIFY(!dialog.findChild<QSpinBox*>(QStringLiteral("changesKeptDays"))); // no store given
        }
    }

    // A long error in the banner at 1280x800: it wraps, stays a few lines tall (the rest scrolls), and
    // the filters keep their room; the window does not grow past the screen.
    void aLongErrorKeepsTheFiltersInView()
    {
        auto f = WindowFixture::create();
        QVERIFY(f->store);
        auto window = f->showWindow();
        window->resize(1280, 800);
        QTRY_COMPARE(window->size(), QSize(1280, 800));
        auto* sync = requireChild<SyncController>(window.get(), "syncController");
        auto* facets = requireChild<QWidget>(window.get(), "facetPanel");
        auto* facetArea = qobject_cast<QScrollArea*>(facets->parentWidget()->parentWidget());
        QVERIFY(facetArea);
        const int facetHeightBefore = facetArea->viewport()->height();

        QString longError = QStringLiteral("Cannot reach feeds.example.com: ") +
                            QStringLiteral("http://feeds.example.com/") + QString(300, u'x') +
                            QStringLiteral(" answered with a long explanation.");
        for (int i = 0; i < 12; ++i)
            longError += QStringLiteral(" The server said more about what went wrong, sentence %1.").arg(i);
        sync->showError(longError);
        QTRY_VERIFY(sync->banner()->isVisible());
        // Laid out: as tall as it asks to be.
        QTRY_COMPARE(sync->banner()->height(), sync->banner()->sizeHint().height());

        QCOMPARE(window->size(), QSize(1280, 800));
        QVERIFY2(window->minimumSizeHint().width() <= 1280,
                 qPrintable(QString::number(window->minimumSizeHint().width())));
        QVERIFY2(window->minimumSizeHint().height() <= 800,
                 qPrintable(QString::number(window->minimumSizeHint().height())));
        auto* text = requireChild<QLabel>(window.get(), "syncBannerText");
        const int lineSpacing = text->fontMetrics().lineSpacing();
        auto* scroll = requireChild<QScrollArea>(window.get(), "syncBannerScroll");
        QVERIFY2(scroll->height() <= 3 * lineSpacing + 8, qPrintable(QString::number(scroll->height())));
        QVERIFY(scroll->height() >= 2 * lineSpacing); // wrapped, not one cut line
        QVERIFY(sync->banner()->height() <= 3 * lineSpacing + 40);
        // The filters lost no more than the banner's height.
        QVERIFY(facetArea->viewport()->height() >= facetHeightBefore - sync->banner()->height());
        QVERIFY(text->toolTip() == text->text());
        QVERIFY(text->text().contains("sentence 11."));

        // Each error reads as a sentence of its own, once: a period added where it has none, and none
        // after one that ends inside brackets.
        sync->showError(QStringLiteral("Cannot reach 127.0.0.1: Connection refused"));
        QCOMPARE(text->text(),
                 QStringLiteral("Sync failed: Cannot reach 127.0.0.1: Connection refused. Your local data is "
                                "unchanged."));
        sync->showError(QStringLiteral("127.0.0.1 answered 503 Service Unavailable. (The feed is down.)"));
        QCOMPARE(text->text(), QStringLiteral("Sync failed: 127.0.0.1 answered 503 Service Unavailable. (The "
                                              "feed is down.) Your local data is unchanged."));
    }
};

QTEST_MAIN(TestBackgroundSync)
#include "tst_backgroundsync.moc"
