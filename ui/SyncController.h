// SPDX-License-Identifier: GPL-3.0-or-later
// The app's side of syncing: the Sync and Settings actions, the progress in the status bar (the phase,
// pages and records, a bar) with a cancel button (and Escape where nothing else takes it), the last
// sync's time and feed, an offline indicator, and a non-modal banner for errors. It observes a
// SyncWorker (lib), which does the work on a thread of its own with its own store connection: the
// window's thread only receives its signals and never reads or writes the store for the sync.
#pragma once

#include <sync/SyncEngine.h>
#include <sync/SyncWorker.h>
#include <sync/TokenStore.h>

#include <QNetworkAccessManager>
#include <QObject>

class QAction;
class QDateTime;
class QLabel;
class QProgressBar;
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

    void sync();
    void cancel();
    void showSettings();
    void showError(const QString& message);

Q_SIGNALS:
    // The store changed: views reload. Emitted when the fetched catalog is published (the search index
    // may still be catching up) and again when the sync ends.
    void synced();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateLastSync();
    void showLastSync(const QDateTime& when, const QString& feed);
    void showProgress(const SyncProgress& progress);
    void setProgressText(const QString& text);
    void setSyncing(bool syncing);
    void published();
    void finished(const Result<SyncSummary>& result);

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
};

} // namespace sos
