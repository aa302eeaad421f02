// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncController.h"

#include "SettingsDialog.h"
#include "ToolDetailsView.h"
#include <base/Localization.h>
#include <base/Settings.h>

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollArea>
#include <QStatusBar>
#include <QTextEdit>
#include <QToolButton>

#include <algorithm>

namespace sos {

namespace {

constexpr int progressBarWidth = 120;
// Room for "Fetching page 120 · 110,000 records", and most translations of it, without shortening.
constexpr int progressTextCharacters = 38;
constexpr int progressTextMaxCharacters = 64; // the longest sentence shown whole (German's are long)
// The banner's text wraps, and past this many lines scrolls: a long error never pushes the window's
// content (the filters, the table) out of view.
constexpr int bannerLinesAtMost = 3;
constexpr int statusMessageMs = 10000;
// How often the window looks for a sync made by another process (a CLI sync from cron).
constexpr int otherSyncPollMs = 3000;

// Escape in a field being typed in is the typing's (an accidental press must not stop a long sync).
bool isTextField(const QWidget* widget)
{
    return qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QPlainTextEdit*>(widget) ||
           qobject_cast<const QTextEdit*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget);
}

// A message from the engine or the network ends as a sentence, so that the banner's next sentence
// does not run on from it ("Cannot reach 127.0.0.1: Connection refused").
QString asSentence(const QString& text)
{
    const QString trimmed = text.trimmed();
    // A closing bracket or quote after the sentence's end: "(The feed is down.)" is ended.
    qsizetype end = trimmed.size();
    while (end > 0 && QStringLiteral(")]\"'\u201d\u2019\u00bb").contains(trimmed.at(end - 1)))
        --end;
    if (trimmed.isEmpty() || (end > 0 && QStringLiteral(".!?\u2026").contains(trimmed.at(end - 1))))
        return trimmed;
    return trimmed + u'.';
}

} // namespace

SyncController::SyncController(Store& store, Settings& settings, TokenStore& keychain, QWidget* window)
    : QObject(window)
    , m_store(store)
    , m_settings(settings)
    , m_keychain(keychain)
    , m_window(window)
    , m_worker(store.path())
    , m_schedule(settings)
{
    m_syncAction = new QAction(tr("&Sync"), this);
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    m_syncAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_syncAction->setStatusTip(tr("Send your votes to the feed and bring its changes in"));
    connect(m_syncAction, &QAction::triggered, this, &SyncController::sync);
    m_settingsAction = new QAction(tr("Se&ttings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setStatusTip(tr("The feed and its token, the language and the theme"));
    // Ctrl+, where the platform has no Preferences keys (Qt 6.4 on Linux has none).
    m_settingsAction->setShortcuts(
        standardKeys(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    connect(m_settingsAction, &QAction::triggered, this, &SyncController::showSettings);

    m_status = new QWidget(window);
    m_status->setObjectName(QStringLiteral("syncStatus"));
    auto* layout = new QHBoxLayout(m_status);
    layout->setContentsMargins(0, 0, 0, 0);
    m_offline = new QLabel(tr("Offline"), m_status);
    m_offline->setObjectName(QStringLiteral("offlineIndicator"));
    m_offline->setToolTip(tr("The last sync could not reach the feed; you are browsing the local copy."));
    m_offline->hide();
    m_progress = new QProgressBar(m_status);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setFixedWidth(progressBarWidth);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false); // the sentence beside it says the figures
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->hide();
    // A fixed width, so that the figures changing with every page do not move the widgets around it;
    // it grows (never shrinks during a sync) for a longer sentence, up to a limit past which the
    // sentence is shortened, and whole in the tooltip.
    m_progressText = new QLabel(m_status);
    m_progressText->setObjectName(QStringLiteral("syncProgressText"));
    m_progressText->setTextFormat(Qt::PlainText);
    m_progressText->setFixedWidth(m_progressText->fontMetrics().averageCharWidth() * progressTextCharacters);
    m_progressText->hide();
    m_cancel = new QToolButton(m_status);
    m_cancel->setObjectName(QStringLiteral("cancelSyncButton"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the sync (%1); your local data stays as it was before it.")
                             .arg(shortcutText(QKeySequence(Qt::Key_Escape))));
    m_cancel->setAccessibleName(tr("Cancel the sync"));
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, &SyncController::cancel);
    m_lastSync = new QLabel(m_status);
    m_lastSync->setObjectName(QStringLiteral("lastSync"));
    m_lastSync->setTextFormat(Qt::PlainText);
    layout->addWidget(m_offline);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
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
    m_bannerScroll = new QScrollArea(m_banner);
    m_bannerScroll->setObjectName(QStringLiteral("syncBannerScroll"));
    m_bannerScroll->setFrameShape(QFrame::NoFrame);
    m_bannerScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_bannerScroll->setWidgetResizable(true);
    m_bannerScroll->viewport()->setAutoFillBackground(false);
    m_bannerText = makePlainLabel({}, m_bannerScroll);
    m_bannerText->setObjectName(QStringLiteral("syncBannerText"));
    m_bannerText->setForegroundRole(QPalette::WindowText);
    // A word longer than the line (a URL) is cut rather than widen the window; the tooltip has it all.
    m_bannerText->setMinimumWidth(1);
    m_bannerScroll->setWidget(m_bannerText);
    m_bannerScroll->installEventFilter(this);
    auto* retry = new QToolButton(m_banner);
    retry->setText(tr("Try Again"));
    connect(retry, &QToolButton::clicked, this, &SyncController::sync);
    auto* dismiss = new QToolButton(m_banner);
    dismiss->setText(tr("Dismiss"));
    connect(dismiss, &QToolButton::clicked, m_banner, &QWidget::hide);
    bannerLayout->addWidget(m_bannerScroll, 1);
    bannerLayout->addWidget(retry);
    bannerLayout->addWidget(dismiss);
    m_banner->hide();

    connect(&m_worker, &SyncWorker::progress, this, &SyncController::showProgress);
    connect(&m_worker, &SyncWorker::published, this, &SyncController::published);
    connect(&m_worker, &SyncWorker::finished, this, &SyncController::finished);
    connect(&m_schedule, &SyncSchedule::due, this, &SyncController::syncInBackground);
    // Escape cancels a sync when it reaches the window from outside a text field: a widget that uses it
    // (the search field, the find bar, an open menu or dialog) keeps it.
    window->installEventFilter(this);
    updateLastSync();
    m_schedule.start(timestampFromString(m_store.meta().value(FeedMeta::Key::LastSyncAt)));
    // A small read every few seconds (the store is in WAL mode: it never waits for a writer).
    connect(&m_otherSyncPoll, &QTimer::timeout, this, &SyncController::noticeOtherSync);
    m_otherSyncPoll.start(otherSyncPollMs);
}

// Another process's sync changed the catalog under the window: the rows, facets and comparisons are
// read again and the label says when and from where, as after the window's own sync.
void SyncController::noticeOtherSync()
{
    if (m_worker.isRunning())
        return; // the window's own sync: it says so itself when it ends
    if (m_store.meta().value(FeedMeta::Key::LastSyncAt) == m_lastSyncShown)
        return;
    updateLastSync();
    Q_EMIT synced();
}

// Read once, when the window opens; after a sync the label is set from what the sync did.
void SyncController::updateLastSync()
{
    showLastSync(timestampFromString(m_store.meta().value(FeedMeta::Key::LastSyncAt)),
                 m_store.meta().value(FeedMeta::Key::FeedUrl));
}

void SyncController::showLastSync(const QDateTime& when, const QString& feed)
{
    m_lastSyncShown = m_store.meta().value(FeedMeta::Key::LastSyncAt);
    m_lastSync->setText(when.isValid()
                            ? tr("Last sync %1 from %2").arg(localDateTime(when.toLocalTime()), feed)
                            : tr("Never synced: showing the bundled catalog"));
}

void SyncController::sync()
{
    if (m_worker.isRunning())
        return;
    const QString url = m_settings.value(Settings::Key::FeedUrl).toString();
    if (url.isEmpty()) {
        showSettings();
        if (m_settings.value(Settings::Key::FeedUrl).toString().isEmpty())
            return;
    }
    m_banner->hide();
    startSync(false);
}

void SyncController::syncInBackground()
{
    if (m_worker.isRunning()) {
        waitForOtherSync(); // the window's own
        return;
    }
    if (m_settings.value(Settings::Key::FeedUrl).toString().isEmpty())
        return; // the schedule is off without a feed
    // A banner from before stays until this sync succeeds.
    startSync(true);
    Q_EMIT backgroundSyncStarted();
}

void SyncController::startSync(bool background)
{
    SyncOptions options;
    options.feedUrl = QUrl(m_settings.value(Settings::Key::FeedUrl).toString());
    const QString key = SyncEngine::feedKey(options.feedUrl);
    if (auto token = m_keychain.read(key); token && token.value())
        options.token = *token.value();
    else if (auto session = m_session.read(key); session && session.value())
        options.token = *session.value();
    m_syncingFeed = key;
    m_published = false;
    m_cancelling = false;
    m_background = background;
    setProgressText(background ? tr("Starting the background sync…") : tr("Starting the sync…"));
    m_progress->setRange(0, 0);
    setSyncing(true);
    m_worker.start(options);
}

void SyncController::cancel()
{
    if (!m_worker.isRunning())
        return;
    m_worker.cancel();
    m_cancelling = true;
    m_cancel->setEnabled(false);
    setProgressText(tr("Cancelling the sync…"));
}

void SyncController::setSyncing(bool syncing)
{
    if (syncing)
        m_progressText->setFixedWidth(m_progressText->fontMetrics().averageCharWidth() *
                                      progressTextCharacters);
    m_progress->setVisible(syncing);
    m_progressText->setVisible(syncing);
    m_cancel->setVisible(syncing);
    m_cancel->setEnabled(syncing);
    m_lastSync->setVisible(!syncing);
    m_syncAction->setEnabled(!syncing);
}

void SyncController::showProgress(const SyncProgress& progress)
{
    if (m_cancelling)
        return; // the sentence says so until the sync stops
    if (progress.percent >= 0) {
        m_progress->setRange(0, 100);
        m_progress->setValue(std::clamp(progress.percent, 0, 100));
    } else {
        m_progress->setRange(0, 0); // busy: how much is left is not known
    }
    setProgressText(progress.message);
}

void SyncController::setProgressText(const QString& text)
{
    const QFontMetrics metrics = m_progressText->fontMetrics();
    const int wanted = std::min(metrics.horizontalAdvance(text) + metrics.averageCharWidth(),
                                metrics.averageCharWidth() * progressTextMaxCharacters);
    if (wanted > m_progressText->minimumWidth())
        m_progressText->setFixedWidth(wanted);
    m_progressText->setToolTip(text);
    m_progressText->setText(metrics.elidedText(text, Qt::ElideRight, m_progressText->minimumWidth()));
    m_progress->setAccessibleDescription(text);
}

// The catalog is browsable from here on: the views show it while the search index catches up.
void SyncController::published()
{
    m_published = true;
    Q_EMIT synced();
}

void SyncController::finished(const Result<SyncSummary>& result)
{
    setSyncing(false);
    if (m_background) {
        m_background = false;
        finishedInBackground(result);
        return;
    }
    // The user's own sync: a success resets the background sync's backoff and interval.
    if (result)
        m_schedule.succeeded(m_schedule.now());
    if (!result) {
        // Offline only when the feed could not be reached at all: a feed that answered with an error
        // is online, and so is a failure of our own.
        m_offline->setVisible(result.failedWith(Error::Kind::Unreachable));
        if (m_published) {
            // Published, then stopped while indexing: the new catalog is the one shown.
            showLastSync(QDateTime::currentDateTimeUtc(), m_syncingFeed);
            Q_EMIT synced();
        }
        if (result.failedWith(Error::Kind::Cancelled)) {
            // Asked for: said in passing, not as a failure.
            showStatusMessage(result.errorMessage(), statusMessageMs);
            return;
        }
        if (m_published) {
            showBanner(tr("The catalog was updated, but the search index could not be completed: "
                          "%1 Searches find the new tools by name until the next sync completes it.")
                           .arg(asSentence(result.errorMessage())));
            return;
        }
        showError(result.errorMessage());
        return;
    }
    m_offline->hide();
    // What the sync recorded in the store, without reading it back on this thread.
    showLastSync(QDateTime::currentDateTimeUtc(), m_syncingFeed);
    showStatusMessage(tr("Synced: %1").arg(result->toText()), statusMessageMs);
    // Again at the end: the search index is complete now (and an engine that never said "published"
    // changed the store only now).
    Q_EMIT synced();
}

// A background sync ends like the user's (the same banner, the same status), and the schedule learns
// how: a failure backs off, another sync holding the store is waited for, a cancel skips an interval.
void SyncController::finishedInBackground(const Result<SyncSummary>& result)
{
    if (result.failedWith(Error::Kind::Conflict)) {
        // Another process (a CLI from cron) holds the store's sync lock: not a failure.
        waitForOtherSync();
        return;
    }
    if (result.failedWith(Error::Kind::Cancelled)) {
        const QDateTime next = m_schedule.skipped();
        showStatusMessage(tr("The background sync was cancelled; the next one is at %1.")
                              .arg(localDateTime(next.toLocalTime())),
                          statusMessageMs);
        Q_EMIT backgroundSyncFinished(false, next);
        return;
    }
    if (!result) {
        m_offline->setVisible(result.failedWith(Error::Kind::Unreachable));
        if (m_published) {
            showLastSync(QDateTime::currentDateTimeUtc(), m_syncingFeed);
            Q_EMIT synced();
        }
        const QDateTime failedAt = m_schedule.now();
        const QDateTime next = m_schedule.failed();
        const QString when = localDateTime(next.toLocalTime());
        // What it means and what happens next first, then the error's own words: the banner shows a
        // few lines, and a long error scrolls.
        showBanner(m_published
                       ? tr("The background sync updated the catalog but could not complete the search "
                            "index; searches find the new tools by name until the next sync, at %1. %2")
                             .arg(when, asSentence(result.errorMessage()))
                       : tr("The background sync failed; your local data is unchanged, and it tries "
                            "again at %1. %2")
                             .arg(when, asSentence(result.errorMessage())));
        Q_EMIT backgroundSyncBackedOff(m_schedule.failures(), failedAt, next);
        Q_EMIT backgroundSyncFinished(false, next);
        return;
    }
    m_offline->hide();
    m_banner->hide();
    showLastSync(QDateTime::currentDateTimeUtc(), m_syncingFeed);
    const QDateTime next = m_schedule.succeeded(m_schedule.now());
    showStatusMessage(tr("Synced in the background: %1").arg(result->toText()), statusMessageMs);
    Q_EMIT synced();
    Q_EMIT backgroundSyncFinished(true, next);
}

// Never two syncs at once: the background sync tries again shortly, and says so.
void SyncController::waitForOtherSync()
{
    const QDateTime next = m_schedule.postponed();
    if (!next.isValid())
        return;
    const qint64 waitMs = m_schedule.now().msecsTo(next);
    showStatusMessage(tr("Another sync of this store is running; the background sync waits for it and "
                         "tries again at %1.")
                          .arg(localDateTime(next.toLocalTime())),
                      static_cast<int>(std::clamp<qint64>(waitMs, statusMessageMs, 60 * 60 * 1000)));
    Q_EMIT backgroundSyncWaiting(next);
}

void SyncController::showStatusMessage(const QString& text, int timeoutMs)
{
    if (auto* bar = m_window->findChild<QStatusBar*>())
        bar->showMessage(text, timeoutMs);
}

bool SyncController::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_bannerScroll && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        fitBanner();
    if (watched == m_window && event->type() == QEvent::KeyPress && m_worker.isRunning()) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier &&
            !isTextField(QApplication::focusWidget())) {
            cancel();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void SyncController::showError(const QString& message)
{
    showBanner(tr("Sync failed: %1 Your local data is unchanged.").arg(asSentence(message)));
}

void SyncController::showBanner(const QString& text)
{
    m_bannerText->setText(text);
    m_bannerText->setToolTip(text);
    m_banner->show();
    fitBanner();
}

// As tall as the wrapped text, up to a few lines; the rest scrolls.
void SyncController::fitBanner()
{
    const int width = m_bannerScroll->viewport()->width();
    const int needed = m_bannerText->heightForWidth(std::max(1, width));
    const int most = m_bannerText->fontMetrics().lineSpacing() * bannerLinesAtMost +
                     m_bannerText->contentsMargins().top() + m_bannerText->contentsMargins().bottom();
    const int height = std::min(needed > 0 ? needed : m_bannerText->sizeHint().height(), most);
    if (m_bannerScroll->height() != height)
        m_bannerScroll->setFixedHeight(height);
}

void SyncController::showSettings()
{
    SettingsDialog dialog(m_settings, m_keychain, m_session, m_network, m_window, &m_store.changes());
    dialog.exec();
}

} // namespace sos
