// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncController.h"

#include "SettingsDialog.h"
#include "ToolDetailsView.h"
#include <base/Localization.h>
#include <base/Settings.h>

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

namespace sos {

SyncController::SyncController(Store& store, Settings& settings, TokenStore& keychain, QWidget* window)
    : QObject(window)
    , m_store(store)
    , m_settings(settings)
    , m_keychain(keychain)
    , m_window(window)
    , m_engine(store, m_network)
{
    m_syncAction = new QAction(tr("&Sync"), this);
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    m_syncAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_syncAction->setStatusTip(tr("Send your votes to the feed and bring its changes in"));
    connect(m_syncAction, &QAction::triggered, this, &SyncController::sync);
    m_settingsAction = new QAction(tr("Se&ttings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setStatusTip(tr("The feed and its token, the language and the theme"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    connect(m_settingsAction, &QAction::triggered, this, &SyncController::showSettings);

    m_status = new QWidget(window);
    auto* layout = new QHBoxLayout(m_status);
    layout->setContentsMargins(0, 0, 0, 0);
    m_offline = new QLabel(tr("Offline"), m_status);
    m_offline->setObjectName(QStringLiteral("offlineIndicator"));
    m_offline->setToolTip(tr("The last sync could not reach the feed; you are browsing the local copy."));
    m_offline->hide();
    m_progress = new QProgressBar(m_status);
    m_progress->setMaximumWidth(160);
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->hide();
    m_cancel = new QToolButton(m_status);
    m_cancel->setText(tr("Cancel"));
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, &SyncController::cancel);
    m_lastSync = new QLabel(m_status);
    m_lastSync->setObjectName(QStringLiteral("lastSync"));
    m_lastSync->setTextFormat(Qt::PlainText);
    layout->addWidget(m_offline);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_lastSync);

    // The error banner: non-modal, the data stays on screen.
    m_banner = new QWidget(window);
    m_banner->setObjectName(QStringLiteral("syncBanner"));
    m_banner->setAutoFillBackground(true);
    QPalette warning = m_banner->palette();
    warning.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xc8));
    warning.setColor(QPalette::WindowText, QColor(0x3d, 0x2a, 0x00));
    m_banner->setPalette(warning);
    auto* bannerLayout = new QHBoxLayout(m_banner);
    m_bannerText = makePlainLabel({}, m_banner);
    m_bannerText->setObjectName(QStringLiteral("syncBannerText"));
    m_bannerText->setForegroundRole(QPalette::WindowText);
    auto* retry = new QToolButton(m_banner);
    retry->setText(tr("Try Again"));
    connect(retry, &QToolButton::clicked, this, &SyncController::sync);
    auto* dismiss = new QToolButton(m_banner);
    dismiss->setText(tr("Dismiss"));
    connect(dismiss, &QToolButton::clicked, m_banner, &QWidget::hide);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(retry);
    bannerLayout->addWidget(dismiss);
    m_banner->hide();

    connect(&m_engine, &SyncEngine::progress, this, [this](const SyncProgress& progress) {
        m_progress->setFormat(tr("Page %L1").arg(progress.pages + 1));
        m_progress->setToolTip(progress.message);
        m_lastSync->setText(progress.message);
    });
    connect(&m_engine, &SyncEngine::finished, this, &SyncController::finished);
    updateLastSync();
}

void SyncController::updateLastSync()
{
    const QDateTime last = timestampFromString(m_store.meta().value(FeedMeta::Key::LastSyncAt));
    const QString feed = m_store.meta().value(FeedMeta::Key::FeedUrl);
    m_lastSync->setText(last.isValid()
                            ? tr("Last sync %1 from %2").arg(localDateTime(last.toLocalTime()), feed)
                            : tr("Never synced: showing the bundled catalog"));
}

void SyncController::sync()
{
    if (m_engine.isRunning())
        return;
    const QString url = m_settings.value(Settings::Key::FeedUrl).toString();
    if (url.isEmpty()) {
        showSettings();
        if (m_settings.value(Settings::Key::FeedUrl).toString().isEmpty())
            return;
    }
    SyncOptions options;
    options.feedUrl = QUrl(m_settings.value(Settings::Key::FeedUrl).toString());
    const QString key = SyncEngine::feedKey(options.feedUrl);
    if (auto token = m_keychain.read(key); token && token.value())
        options.token = *token.value();
    else if (auto session = m_session.read(key); session && session.value())
        options.token = *session.value();
    m_banner->hide();
    m_progress->show();
    m_cancel->show();
    m_syncAction->setEnabled(false);
    m_engine.start(options);
}

void SyncController::cancel()
{
    m_engine.cancel();
}

void SyncController::finished(const Result<SyncSummary>& result)
{
    m_progress->hide();
    m_cancel->hide();
    m_syncAction->setEnabled(true);
    if (!result) {
        // Offline only when the feed could not be reached at all: a feed that answered with an error
        // is online, and so is a failure of our own.
        m_offline->setVisible(result.failedWith(Error::Kind::Unreachable));
        updateLastSync();
        showError(result.errorMessage());
        return;
    }
    m_offline->hide();
    updateLastSync();
    if (auto* bar = m_window->findChild<QStatusBar*>())
        bar->showMessage(tr("Synced: %1").arg(result->toText()), 10000);
    Q_EMIT synced();
}

void SyncController::showError(const QString& message)
{
    m_bannerText->setText(tr("Sync failed: %1 Your local data is unchanged.").arg(message));
    m_banner->show();
}

void SyncController::showSettings()
{
    SettingsDialog dialog(m_settings, m_keychain, m_session, m_network, m_window);
    dialog.exec();
}

} // namespace sos
