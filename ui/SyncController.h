// SPDX-License-Identifier: GPL-3.0-or-later
// The app's side of syncing: the Sync and Settings actions, the progress in the status bar (the phase,
// pages and records, a bar) with a cancel button (and Escape where nothing else takes it), the last
// sync's time and feed, an offline indicator, and a non-modal banner for errors. It observes a
// SyncWorker (lib), which does the work on a thread of its own with its own store connection: the
// window's thread only receives its signals and never reads or writes the store for the sync.
//
// It also runs the background sync when its SyncSchedule (lib) says one is due: the same sync, with
// its failures counted for the schedule's backoff, and its errors in the same banner. When a sync is
// already running (the window's own, or another process's: the engine refuses with Conflict) the
// background sync waits and tries again shortly, and says so in the status bar.
#pragma once

#include <sync/SyncEngine.h>
#include <sync/SyncSchedule.h>
#include <sync/SyncWorker.h>
#include <sync/TokenStore.h>

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

class QAction;
class QLabel;
class QProgressBar;
class QScrollArea;
class QToolButton;
class QWidget;

namespace sos {

class Settings;

class SyncController final : public QObject
{
    Q_OBJECT

public:
    SyncController(Store& store, Settings& settings, TokenStore& keychain, QWidget* window);

    QAction* syncAction() const { return m_syncAction; }
    QAction* settingsAction() const { return m_settingsAction; }
    QWidget* statusWidget() const { return m_status; }
    QWidget* banner() const { return m_banner; }
    QLabel* lastSyncLabel() const { return m_lastSync; }
    bool isSyncing() const { return m_worker.isRunning(); }
    bool isSyncingInBackground() const { return m_worker.isRunning() && m_background; }
    // The background sync's timing: tests shorten it (SyncSchedule::setTiming) and watch it.
    SyncSchedule& schedule() { return m_schedule; }

    void sync();
    void cancel();
    void showSettings();
    void showError(const QString& message);

Q_SIGNALS:
    // The store changed: views reload. Emitted when the fetched catalog is published (the search index
    // may still be catching up) and again when the sync ends.
    void synced();
    // The background sync, for tests and for whoever wants to know: one started; one ended (with the
    // next attempt); one failed and the next waits for the backoff (failures in a row, the time of the
    // failure and of the next attempt, by the schedule's clock); one waited for another sync.
    void backgroundSyncStarted();
    void backgroundSyncFinished(bool succeeded, const QDateTime& nextAttempt);
    void backgroundSyncBackedOff(int failures, const QDateTime& failedAt, const QDateTime& nextAttempt);
    void backgroundSyncWaiting(const QDateTime& nextAttempt);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void startSync(bool background);
    void syncInBackground();
    void waitForOtherSync();
    void showStatusMessage(const QString& text, int timeoutMs);
    void showBanner(const QString& text);
    void fitBanner();
    void finishedInBackground(const Result<SyncSummary>& result);
    void updateLastSync();
    void showLastSync(const QDateTime& when, const QString& feed);
    void showProgress(const SyncProgress& progress);
    void setProgressText(const QString& text);
    void setSyncing(bool syncing);
    void published();
    void finished(const Result<SyncSummary>& result);
    // A sync of this store by another process (shiporskip-cli from cron): seen by the time it recorded.
    void noticeOtherSync();

    Store& m_store;
    Settings& m_settings;
    TokenStore& m_keychain;
    MemoryTokenStore m_session;
    QWidget* m_window;
    QNetworkAccessManager m_network; // for the settings dialog's checks; the sync has its own
    SyncWorker m_worker;
    QString m_syncingFeed;    // the feed key of the sync running
    bool m_published = false; // the running sync published its catalog already
    bool m_cancelling = false;
    bool m_background = false; // the running sync was started by the schedule
    SyncSchedule m_schedule;
    QTimer m_otherSyncPoll;
    QString m_lastSyncShown; // the store's LastSyncAt when the label was last set
    QAction* m_syncAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QWidget* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressText = nullptr;
    QToolButton* m_cancel = nullptr;
    QLabel* m_lastSync = nullptr;
    QLabel* m_offline = nullptr;
    QWidget* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QScrollArea* m_bannerScroll = nullptr;
};

} // namespace sos
