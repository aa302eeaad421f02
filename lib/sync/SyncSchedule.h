// SPDX-License-Identifier: GPL-3.0-or-later
// When the background sync runs: every interval while the app runs (Settings::Key::SyncIntervalHours,
// 6 by default), at start when the last sync is older than the interval (or there was none), and after
// a failure sooner, with a pause that doubles from one failure to the next (5 minutes, 10, 20 …, never
// longer than the interval). The failures in a row and the time of the next attempt are kept in the
// settings, so a restart keeps the backoff. It is on when Settings::Key::BackgroundSync says so (the
// default) and a feed is set, and off otherwise.
//
// The schedule never syncs: it emits due() when a sync should start, and its owner (the window's
// SyncController) says how that sync ended: succeeded(), failed(), or postponed() when another sync
// held the store (that is not a failure: it tries again shortly). nextAttempt() is the rule alone.
//
// Beside it, Settings::Key::SyncOnStart (off by default) syncs at every start however recent the last
// sync; the schedule's own start rule is the one most users want, and the two never run two syncs at
// once (the second is postponed).
//
// Tests replace the clock and the durations (milliseconds instead of hours).
#pragma once

#include <base/Settings.h>

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace sos {

class SyncSchedule final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>; // UTC
    struct Timing
    {
        std::chrono::milliseconds interval{0}; // 0: the setting's hours
        std::chrono::milliseconds firstBackoff = std::chrono::minutes(5);
        std::chrono::milliseconds busyRetry = std::chrono::minutes(1); // another sync holds the store
        // The timer is armed for at most this long, then compares the clock with the time due: a
        // monotonic timer stands still while the machine sleeps, the clock does not.
        std::chrono::milliseconds longestWait = std::chrono::minutes(1);
    };
    static constexpr int minIntervalHours = 1;
    static constexpr int maxIntervalHours = 168;

    explicit SyncSchedule(Settings& settings, QObject* parent = nullptr);

    // The pause after `failures` failures in a row (at least one): first, doubled with each further
    // failure, never longer than interval.
    static std::chrono::milliseconds backoff(int failures, std::chrono::milliseconds first,
                                             std::chrono::milliseconds interval);
    // When the next sync is due. retryAt, when valid, is when the backoff after failures allows it;
    // otherwise an interval after the last sync, and at once when there was none (lastSync invalid).
    // Never before now (a time past is due now), never later than an interval from now (a clock set
    // back must not stop the syncs).
    static QDateTime nextAttempt(const QDateTime& now, const QDateTime& lastSync,
                                 std::chrono::milliseconds interval, const QDateTime& retryAt);

    void setClock(Clock clock);
    void setTiming(const Timing& timing); // reschedules
    Timing timing() const { return m_timing; }
    std::chrono::milliseconds interval() const;
    QDateTime now() const { return m_clock(); }

    bool isEnabled() const; // the setting is on and a feed is set
    // Arms the schedule, from the time of the last sync (invalid: never synced; one after the last
    // failure, by another process, ends the backoff). Settings changes (the feed, on/off, the
    // interval) reschedule it from then on.
    void start(const QDateTime& lastSync);
    QDateTime nextAttemptAt() const { return m_next; } // invalid when off
    int failures() const;

    // How the last sync ended (the background one, or one the user started: a success resets the
    // backoff). Each returns the next attempt.
    QDateTime succeeded(const QDateTime& at);
    QDateTime failed();
    QDateTime postponed();
    // The user cancelled it: an interval from now, not a failure.
    QDateTime skipped();

Q_SIGNALS:
    void due();
    void rescheduled(const QDateTime& next); // invalid: off

private:
    void reschedule();
    void setNext(const QDateTime& next);
    void arm();
    void onTimeout();
    void onSettingChanged(Settings::Key key);
    void storeFailures(int failures, const QDateTime& retryAt);

    Settings& m_settings;
    Clock m_clock;
    Timing m_timing;
    QTimer m_timer;
    QDateTime m_lastSync;
    QDateTime m_next;
    bool m_started = false;
};

} // namespace sos
