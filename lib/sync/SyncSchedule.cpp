// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncSchedule.h"

#include <algorithm>

namespace sos {

using std::chrono::milliseconds;

namespace {

QString timeToSetting(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFromSetting(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

SyncSchedule::SyncSchedule(Settings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncSchedule::onTimeout);
    connect(&m_settings, &Settings::changed, this, &SyncSchedule::onSettingChanged);
}

milliseconds SyncSchedule::backoff(int failures, milliseconds first, milliseconds interval)
{
    // Doubled failures - 1 times, stopping as soon as it reaches the interval (no overflow).
    milliseconds pause = std::min(first, interval);
    for (int i = 1; i < failures && pause < interval; ++i)
        pause = std::min(pause * 2, interval);
    return pause;
}

QDateTime SyncSchedule::nextAttempt(const QDateTime& now, const QDateTime& lastSync, milliseconds interval,
                                    const QDateTime& retryAt)
{
    QDateTime next = now;
    if (retryAt.isValid())
        next = retryAt;
    else if (lastSync.isValid())
        next = lastSync.addMSecs(interval.count());
    // Past: due now.
    return std::clamp(next, now, now.addMSecs(interval.count()));
}

void SyncSchedule::setClock(Clock clock)
{
    m_clock = std::move(clock);
    reschedule();
}

void SyncSchedule::setTiming(const Timing& timing)
{
    m_timing = timing;
    reschedule();
}

milliseconds SyncSchedule::interval() const
{
    if (m_timing.interval > milliseconds(0))
        return m_timing.interval;
    const int hours = std::clamp(m_settings.value(Settings::Key::SyncIntervalHours).toInt(), minIntervalHours,
                                 maxIntervalHours);
    return std::chrono::hours(hours);
}

bool SyncSchedule::isEnabled() const
{
    return m_settings.value(Settings::Key::BackgroundSync).toBool() &&
           !m_settings.value(Settings::Key::FeedUrl).toString().isEmpty();
}

int SyncSchedule::failures() const
{
    return std::max(0, m_settings.value(Settings::Key::SyncFailures).toInt());
}

void SyncSchedule::start(const QDateTime& lastSync)
{
    m_lastSync = lastSync.isValid() ? lastSync.toUTC() : QDateTime();
    m_started = true;
    // A sync that succeeded after the last failure (shiporskip-cli from cron while the app was
    // closed) ends the backoff: the failure was when the backoff's pause began.
    if (const int count = failures(); count > 0 && m_lastSync.isValid()) {
        const QDateTime retryAt =
            timeFromSetting(m_settings.value(Settings::Key::NextSyncAttemptAt).toString());
        if (retryAt.isValid() &&
            m_lastSync > retryAt.addMSecs(-backoff(count, m_timing.firstBackoff, interval()).count()))
            storeFailures(0, {});
    }
    reschedule();
}

// From what the settings keep: the backoff after failures, or the interval after the last sync.
void SyncSchedule::reschedule()
{
    if (!m_started)
        return;
    if (!isEnabled()) {
        setNext({});
        return;
    }
    QDateTime retryAt;
    if (failures() > 0) {
        retryAt = timeFromSetting(m_settings.value(Settings::Key::NextSyncAttemptAt).toString());
        if (!retryAt.isValid()) // the count without its time: at once
            retryAt = m_clock();
    }
    setNext(nextAttempt(m_clock(), m_lastSync, interval(), retryAt));
}

QDateTime SyncSchedule::succeeded(const QDateTime& at)
{
    m_lastSync = at.toUTC();
    storeFailures(0, {});
    reschedule();
    return m_next;
}

QDateTime SyncSchedule::failed()
{
    const int count = failures() + 1;
    storeFailures(count, m_clock().addMSecs(backoff(count, m_timing.firstBackoff, interval()).count()));
    reschedule();
    return m_next;
}

QDateTime SyncSchedule::postponed()
{
    if (isEnabled())
        setNext(m_clock().addMSecs(std::min(m_timing.busyRetry, interval()).count()));
    return m_next;
}

QDateTime SyncSchedule::skipped()
{
    if (isEnabled())
        setNext(m_clock().addMSecs(interval().count()));
    return m_next;
}

void SyncSchedule::storeFailures(int failures, const QDateTime& retryAt)
{
    m_settings.setValue(Settings::Key::SyncFailures, failures);
    m_settings.setValue(Settings::Key::NextSyncAttemptAt, timeToSetting(retryAt));
    m_settings.sync(); // kept even if the app does not end cleanly
}

void SyncSchedule::setNext(const QDateTime& next)
{
    m_next = next;
    m_timer.stop();
    if (m_next.isValid())
        arm();
    Q_EMIT rescheduled(m_next);
}

void SyncSchedule::arm()
{
    const qint64 left = std::max<qint64>(0, m_clock().msecsTo(m_next));
    m_timer.start(std::min(milliseconds(left), m_timing.longestWait));
}

void SyncSchedule::onTimeout()
{
    if (!m_next.isValid())
        return;
    if (m_clock() < m_next) {
        arm();
        return;
    }
    // Nothing more is armed until the owner says how the sync it starts ended.
    Q_EMIT due();
}

void SyncSchedule::onSettingChanged(Settings::Key key)
{
    switch (key) {
    case Settings::Key::FeedUrl:
        // Another feed: the failures were the old one's.
        if (failures() > 0)
            storeFailures(0, {});
        reschedule();
        break;
    case Settings::Key::BackgroundSync:
    case Settings::Key::SyncIntervalHours:
        reschedule();
        break;
    default:
        break;
    }
}

} // namespace sos
