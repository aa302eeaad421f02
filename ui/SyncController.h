// SPDX-License-Identifier: GPL-3.0-or-later
// The app's side of syncing: the Sync and Settings actions, the progress in the status bar with a
// cancel button, the last sync's time and feed, an offline indicator, and a non-modal banner for
// errors. It observes the SyncEngine (lib), which does the work.
#pragma once

#include <sync/SyncEngine.h>
#include <sync/TokenStore.h>

#include <QNetworkAccessManager>
#include <QObject>

class QAction;
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
    bool isSyncing() const { return m_engine.isRunning(); }

    void sync();
    void cancel();
    void showSettings();
    void showError(const QString& message);

Q_SIGNALS:
    void synced(); // the store changed: views reload

private:
    void updateLastSync();
    void finished(const Result<SyncSummary>& result);

    Store& m_store;
    Settings& m_settings;
    TokenStore& m_keychain;
    MemoryTokenStore m_session;
    QWidget* m_window;
    QNetworkAccessManager m_network;
    SyncEngine m_engine;
    QAction* m_syncAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QWidget* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_cancel = nullptr;
    QLabel* m_lastSync = nullptr;
    QLabel* m_offline = nullptr;
    QWidget* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
};

} // namespace sos
