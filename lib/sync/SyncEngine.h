// SPDX-License-Identifier: GPL-3.0-or-later
// The sync: push the outbox's votes, then pull what changed in the feed, page by page, each page parsed
// once and written into the store as it arrives (SyncApply, docs/ARCHITECTURE.md "The sync's apply"),
// in short transactions that never hold other writers out for long. The visible catalog is never
// half-synced: a sync that fails on any page, for any reason, leaves it exactly as it was, and the next
// sync resumes after the last page written. After the data is published, the search index is brought
// up to date in steps (the catalog is browsable meanwhile; searches answer over what is indexed and
// the names of the rest).
//
// A SyncEngine works on the thread it lives on and blocks it for the length of one step (a page's
// write, a step of the index); the GUI runs it on a thread of its own through SyncWorker.
#pragma once

#include "HttpJob.h"
#include "PageFetcher.h"
#include <drafts/Drafts.h>
#include <store/Store.h>

#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

class QLockFile;
class QNetworkAccessManager;

namespace sos {

struct SyncOptions
{
    QUrl feedUrl;        // the feed's root: a server's address, or the URL of a static export folder
    QByteArray token;    // may be empty: the read side is public
    int pageSize = 1000; // records per page asked of a server
    int timeoutMs = 30000;
    qint64 maxPageBytes = 64 * 1024 * 1024;
    int voteAttempts = 3; // per vote and sync, with a growing pause between
    int pageAttempts = 3; // per page, the same way
    int retryDelayMs = 500;
    int maxPages = 100000;
};

// Where a sync is, for a progress bar: the phase, and what it has done so far.
struct SyncProgress
{
    enum class Phase
    {
        Sending,    // votes and scorecards going out
        Fetching,   // pages coming in and written
        Publishing, // the fetched catalog made the visible one
        Indexing    // the search index brought up to date (the catalog is browsable)
    };
    Phase phase = Phase::Fetching;
    int pages = 0;      // pages written so far
    qint64 records = 0; // records in them
    int percent = -1;   // of the phase, where it is known (publishing, indexing); -1 otherwise
    QString message;    // one translated sentence saying all of it
};

struct SyncSummary
{
    ApplyStats stats;
    int pages = 0;
    qint64 records = 0;
    qint64 publishedAfterMs = -1; // from start() until the data was committed and browsable
    bool notModified = false;
    bool resumed = false;
    int votesPushed = 0;
    int votesRejected = 0;
    int votesFailed = 0; // could not be sent this time; they stay in the outbox
    int scorecardsPublished = 0;
    int scorecardsRejected = 0;
    int scorecardsWaiting = 0; // not sent this time (network, or no token); still queued
    bool votesWaitForToken = false;
    qint64 syncId = 0;      // its row in the change log (ChangeLog); 0 when nothing was applied
    bool baseline = false;  // the feed's first sync into the store: no changes recorded
    int changes = 0;        // recorded in the change log
    int watchedChanges = 0; // of them, those that concern a watched tool or comparison

    QString toText() const;
};

class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    SyncEngine(Store& store, QNetworkAccessManager& network, QObject* parent = nullptr);
    ~SyncEngine() override;

    // Refuses what must never happen before any connection is made: a token over plain http to
    // another machine, a URL that is not http(s).
    static Result<void> checkUrl(const QUrl& feedUrl, bool withToken);
    // The feed's root URL as the store and the keychain name it ("http://host:port/path/").
    static QString feedKey(const QUrl& feedUrl);

    void start(const SyncOptions& options);
    // Safe to call from any thread: the sync stops at its next step.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(const sos::SyncProgress& progress);
    // The fetched data is committed and is the visible catalog; the search index may still be catching
    // up (progress in the Indexing phase follows, then finished).
    void published();
    void finished(const sos::Result<sos::SyncSummary>& result);

private:
    void pushNextVote();
    void sendVote(const MyVote& vote, int attempt);
    void publishNextScorecard();
    void startPulling();
    void pull();
    void fetchPage(const QUrl& url, bool first, int attempt = 1);
    bool tooManyPages(int pageIndex);
    Error cancelled() const; // fails the sync when pageIndex is past the last page allowed
    bool prefetchPage(const QUrl& url);
    void dropPrefetch();
    // fetched: the page as PageFetcher brought it, parsed there (its result is `result`).
    void onPage(const HttpResult& result, const QUrl& url, bool first, int attempt,
                FetchedPage* fetched = nullptr);
    bool writePage(const FeedDocument& page, const QString& next);
    void afterPage(const QString& next);
    void copyCatalog(std::function<void()> then);
    bool firstSyncOfFeed() const; // its changes are not recorded: it is the change log's baseline
    void finishShadow();
    void applyHeld();
    void announcePublished();
    void maintain(std::function<void()> then);
    // Runs step on each turn of the event loop until it says it is done, then then(); an error or a
    // cancel ends the sync.
    void runSteps(std::function<Result<bool>()> step, std::function<void()> then);
    QList<std::pair<FeedMeta::Key, QString>> finalMeta(const QString& cursor, const QString& etag) const;
    void report(SyncProgress::Phase phase, const QString& message, int percent = -1);
    void fail(Error error);
    void succeed();
    QNetworkRequest request(const QUrl& url) const;
    HttpJob* newJob(const QNetworkRequest& request, const QByteArray& verb, const QByteArray& body);

    Store& m_store;
    QNetworkAccessManager& m_network;
    SyncOptions m_options;
    SyncSummary m_summary;
    QList<MyVote> m_votes;
    QList<Draft> m_scorecards;
    QString m_feedKey; // the feed URL as the store records it
    QString m_since;   // the cursor this sync started from ("" from the start)
    int m_pageIndex = 0;
    // Where the pages go: a whole feed (or too many changes) into shadow tables as they come; a few
    // changes held in memory and applied in one short transaction at the end.
    enum class Mode
    {
        Memory,
        Shadow
    };
    // The most records held in memory: at about 1 kB each, a few MB, and one transaction well under
    // a second here (bench: changeSyncMs, writerWaitMaxMs).
    static constexpr qint64 heldRecordsAtMost = 10000;
    Mode m_mode = Mode::Memory;
    QList<std::pair<FeedDocument, QString>> m_held; // with the URL of the page after each
    QString m_firstUrl;
    qint64 m_heldRecords = 0;
    SyncPosition m_position;
    QString m_etag;
    QElapsedTimer m_clock;
    std::unique_ptr<QLockFile> m_lock;
    bool m_running = false;
    std::atomic<bool> m_cancelled = false;
    QPointer<HttpJob> m_job;
    // The page after the one being written, asked for ahead (prefetchPage).
    struct Prefetch
    {
        QUrl url;
        std::optional<FetchedPage> fetched; // once it came
        bool wanted = false;                // afterPage asked for it before it came
    };
    std::optional<Prefetch> m_prefetch;
    std::unique_ptr<PageFetcher> m_fetcher; // made at the first page fetched ahead
};

} // namespace sos

Q_DECLARE_METATYPE(sos::SyncProgress)
Q_DECLARE_METATYPE(sos::Result<sos::SyncSummary>)
