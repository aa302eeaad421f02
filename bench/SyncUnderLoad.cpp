// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncUnderLoad.h"

#include "ChildProcess.h"
#include <store/StoreOpening.h>
#include <sync/SyncWorker.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

namespace sos::bench {

namespace {

// Votes from another process, one after the other, each started voteIntervalMs after the one before
// (at once when that one took longer), until stop is set. Runs on a thread of its own: spawning from
// the window's thread would itself hold the thread being measured.
class Voter
{
public:
    Voter(const SyncUnderLoadOptions& options, QList<std::pair<QString, QString>> choices)
        : m_options(options)
        , m_choices(std::move(choices))
    {}
    ~Voter() { stop(); }
    Voter(const Voter&) = delete;
    Voter& operator=(const Voter&) = delete;

    void start()
    {
        if (m_choices.isEmpty())
            return;
        m_thread = std::thread([this] { run(); });
    }

    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }

    // Read after stop().
    const std::vector<double>& wallMs() const { return m_wallMs; }
    int failures() const { return m_failures; }
    const QString& firstFailure() const { return m_firstFailure; }

private:
    void run()
    {
        ChildOptions child;
        child.environment = m_options.childEnvironment;
        child.timeoutMs = 60'000;
        for (qsizetype turn = 0; !m_stop; ++turn) {
            const auto started = std::chrono::steady_clock::now();
            const auto& [comparison, tool] = m_choices.at(turn % m_choices.size());
            const ChildResult voted = runChild(
                m_options.cliPath,
                {QStringLiteral("--db"), m_options.storePath, QStringLiteral("vote"), comparison, tool},
                child);
            m_wallMs.push_back(voted.wallMs);
            if (!voted.ok()) {
                if (m_failures++ == 0)
                    m_firstFailure = voted.describe();
            }
            const auto next = started + std::chrono::milliseconds(m_options.voteIntervalMs);
            while (!m_stop && std::chrono::steady_clock::now() < next)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    }

    const SyncUnderLoadOptions& m_options;
    const QList<std::pair<QString, QString>> m_choices;
    std::thread m_thread;
    std::atomic<bool> m_stop = false;
    std::vector<double> m_wallMs;
    int m_failures = 0;
    QString m_firstFailure;
};

} // namespace

SyncUnderLoadResult runSyncUnderLoad(const SyncUnderLoadOptions& options)
{
    SyncUnderLoadResult result;
    // The window's own connection, open for the whole sync as it is in the app.
    StoreOpening opening = openStore(options.storePath);
    if (!opening.store) {
        result.error = opening.store.errorMessage();
        return result;
    }
    // Every tool of the first comparisons the store holds before the sync (the bundled catalog's in a
    // new store): a sync from another feed leaves them in place, so every vote has its comparison.
    QList<std::pair<QString, QString>> choices;
    for (const ComparisonSummary& summary : opening.store.value()->catalog().comparisons()) {
        for (const QString& tool : summary.comparison.toolIds)
            choices.append({summary.comparison.id, tool});
        if (choices.size() >= 8)
            break;
    }

    SyncWorker worker(options.storePath);
    QEventLoop loop;
    QElapsedTimer clock;
    const auto elapsedMs = [&clock] {
        return static_cast<double>(clock.nsecsElapsed()) / 1e6;
    };

    // The window's thread: a 1 ms timer on it fires late by as long as anything holds the thread.
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    double lastTickMs = 0;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        const double now = elapsedMs();
        result.uiGapMaxMs = std::max(result.uiGapMaxMs, now - lastTickMs);
        lastTickMs = now;
        ++result.timerFirings;
    });

    QObject::connect(&worker, &SyncWorker::progress, &loop, [&](const SyncProgress& progress) {
        if (progress.phase == SyncProgress::Phase::Publishing && result.fetchedMs < 0)
            result.fetchedMs = elapsedMs();
    });
    QObject::connect(&worker, &SyncWorker::published, &loop, [&] {
        if (!result.publishedSignalled) {
            result.publishedSignalled = true;
            result.publishedMs = elapsedMs();
        }
    });
    QObject::connect(&worker, &SyncWorker::finished, &loop, [&](const Result<SyncSummary>& outcome) {
        result.finishedMs = elapsedMs();
        result.ok = outcome.ok();
        if (outcome)
            result.summary = outcome.value();
        else
            result.error = outcome.errorMessage();
        loop.quit();
    });
    QTimer giveUp;
    giveUp.setSingleShot(true);
    QObject::connect(&giveUp, &QTimer::timeout, &worker, &SyncWorker::cancel);

    Voter voter(options, choices);
    clock.start();
    tick.start();
    voter.start();
    worker.start(options.sync);
    giveUp.start(options.timeoutMs);
    loop.exec();
    tick.stop();
    voter.stop();

    // An engine that never said published() (the one before #17) publishes when it finishes.
    if (!result.publishedSignalled)
        result.publishedMs = result.ok && result.summary.publishedAfterMs >= 0
                                 ? static_cast<double>(result.summary.publishedAfterMs)
                                 : result.finishedMs;
    result.voteMs = voter.wallMs();
    result.voteFailures = voter.failures();
    result.firstVoteFailure = voter.firstFailure();
    return result;
}

StoreSize storeSizeAfterCheckpoint(const QString& path)
{
    StoreSize size;
    const ChildResult pragmas =
        runChild(QStringLiteral("/usr/bin/sqlite3"),
                 {path, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);"),
                  QStringLiteral("PRAGMA page_size;"), QStringLiteral("PRAGMA freelist_count;")});
    if (!pragmas.ok())
        return size;
    // "busy|log|checkpointed", then the page size, then the free pages.
    const QList<QByteArray> lines = pragmas.out.trimmed().split('\n');
    if (lines.size() != 3 || lines.at(0).split('|').value(0) != "0")
        return size;
    size.freeBytes = lines.at(1).trimmed().toLongLong() * lines.at(2).trimmed().toLongLong();
    size.bytes = QFile(path).size() + QFile(path + QStringLiteral("-wal")).size();
    return size;
}

} // namespace sos::bench
