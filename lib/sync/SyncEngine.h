// SPDX-License-Identifier: GPL-3.0-or-later
// The sync: push the outbox's votes, then pull what changed in the feed, page by page, staging each
// page in the store, and apply them all in one transaction at the end. The visible catalog is never
// half-synced: a sync that fails on any page, for any reason, leaves it exactly as it was, and the
// next sync resumes after the last staged page.
#pragma once

#include "HttpJob.h"
#include <drafts/Drafts.h>
#include <store/Store.h>

#include <QObject>
#include <QUrl>

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

struct SyncSummary
{
    ApplyStats stats;
    int pages = 0;
    bool notModified = false;
    bool resumed = false;
    int votesPushed = 0;
    int votesRejected = 0;
    int votesFailed = 0; // could not be sent this time; they stay in the outbox
    int scorecardsPublished = 0;
    int scorecardsRejected = 0;
    int scorecardsWaiting = 0; // not sent this time (network, or no token); still queued
    bool votesWaitForToken = false;

    QString toText() const;
};

class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    SyncEngine(Store& store, QNetworkAccessManager& network, QObject* parent = nullptr);

    // Refuses what must never happen before any connection is made: a token over plain http to
    // another machine, a URL that is not http(s).
    static Result<void> checkUrl(const QUrl& feedUrl, bool withToken);
    // The feed's root URL as the store and the keychain name it ("http://host:port/path/").
    static QString feedKey(const QUrl& feedUrl);

    void start(const SyncOptions& options);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(const QString& message, int pagesDone);
    void finished(const sos::Result<sos::SyncSummary>& result);

private:
    void pushNextVote();
    void sendVote(const MyVote& vote, int attempt);
    void publishNextScorecard();
    void startPulling();
    void fetchPage(const QUrl& url, bool first, int attempt = 1);
    void onPage(const HttpResult& result, const QUrl& url, bool first, int attempt);
    void applyStaged();
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
    bool m_running = false;
    bool m_cancelled = false;
    QPointer<HttpJob> m_job;
};

} // namespace sos
