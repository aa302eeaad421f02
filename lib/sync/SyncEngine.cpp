// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncEngine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUrlQuery>

#include <utility>

namespace sos {

namespace {

// The feed's root always ends with a slash, so relative paths resolve under it.
QUrl rootOf(QUrl url)
{
    QString path = url.path();
    if (path.endsWith(QLatin1String(".json")))
        path = path.left(path.lastIndexOf(QLatin1Char('/')) + 1);
    if (path.endsWith(QLatin1String("/v1/")))
        path.chop(3);
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QString errorFromBody(const HttpResult& result)
{
    const QJsonObject error =
        QJsonDocument::fromJson(result.body).object().value(QStringLiteral("error")).toObject();
    const QString message = error.value(QStringLiteral("message")).toString();
    return message.isEmpty() ? result.error : message;
}

} // namespace

QString SyncSummary::toText() const
{
    // One sentence per fact, each translated whole.
    QStringList sentences{notModified ? SyncEngine::tr("Feed unchanged.")
                                      : SyncEngine::tr("%L1 added, %L2 updated, %L3 deleted.")
                                            .arg(stats.added)
                                            .arg(stats.updated)
                                            .arg(stats.deleted),
                          SyncEngine::tr("%n vote(s) pushed.", nullptr, votesPushed)};
    if (votesRejected > 0)
        sentences << SyncEngine::tr("%n vote(s) refused by the feed.", nullptr, votesRejected);
    if (votesFailed > 0)
        sentences << SyncEngine::tr("%n vote(s) still waiting to be sent.", nullptr, votesFailed);
    if (votesWaitForToken)
        sentences << SyncEngine::tr("Your votes wait for a token.");
    if (scorecardsPublished > 0)
        sentences << SyncEngine::tr("%n scorecard(s) published.", nullptr, scorecardsPublished);
    if (scorecardsRejected > 0)
        sentences << SyncEngine::tr("%n scorecard(s) refused.", nullptr, scorecardsRejected);
    if (scorecardsWaiting > 0)
        sentences << SyncEngine::tr("%n scorecard(s) still queued.", nullptr, scorecardsWaiting);
    if (changes > 0 && watchedChanges > 0)
        sentences << SyncEngine::tr("%n change(s) to what you watch, of %1 in the change log.", nullptr,
                                    watchedChanges)
                         .arg(changes);
    else if (changes > 0)
        sentences << SyncEngine::tr("%n change(s) in the change log.", nullptr, changes);
    return sentences.join(QLatin1Char(' '));
}

SyncEngine::SyncEngine(Store& store, QNetworkAccessManager& network, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_network(network)
{}

SyncEngine::~SyncEngine() = default;

QString SyncEngine::feedKey(const QUrl& feedUrl)
{
    return rootOf(feedUrl).toString(QUrl::RemoveUserInfo);
}

Result<void> SyncEngine::checkUrl(const QUrl& feedUrl, bool withToken)
{
    if (!feedUrl.isValid() || feedUrl.host().isEmpty() ||
        (feedUrl.scheme() != QLatin1String("https") && feedUrl.scheme() != QLatin1String("http")))
        return Error{tr("\"%1\" is not a feed address: use an http:// or https:// URL.")
                         .arg(feedUrl.toDisplayString()),
                     Error::Kind::InvalidInput};
    if (withToken && feedUrl.scheme() == QLatin1String("http") && !isLoopbackHost(feedUrl.host())) {
        return Error{
            tr("Refusing to send the feed token over plain http to %1: use https:// (plain http is only "
               "allowed to this machine's loopback address).")
                .arg(feedUrl.host()),
            Error::Kind::Insecure};
    }
    return {};
}

QNetworkRequest SyncEngine::request(const QUrl& url) const
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_options.timeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("ShipOrSkip/%1").arg(QStringLiteral(SHIPORSKIP_VERSION)));
    return request;
}

HttpJob* SyncEngine::newJob(const QNetworkRequest& request, const QByteArray& verb, const QByteArray& body)
{
    auto* job = new HttpJob(m_network, request, verb, body, m_options.maxPageBytes, this);
    m_job = job;
    return job;
}

void SyncEngine::start(const SyncOptions& options)
{
    Q_ASSERT(!m_running);
    m_options = options;
    m_summary = {};
    m_running = true;
    m_cancelled = false;
    m_pageIndex = 0;
    m_held.clear();
    m_heldRecords = 0;
    m_mode = Mode::Memory;
    m_clock.start();
    if (auto checked = checkUrl(options.feedUrl, !options.token.isEmpty()); !checked) {
        // Reported on the next turn of the event loop, like every other outcome.
        QTimer::singleShot(0, this, [this, error = checked.error()] { fail(error); });
        return;
    }
    m_options.feedUrl = rootOf(options.feedUrl);
    m_feedKey = feedKey(options.feedUrl);
    // One sync of a store at a time, whichever process runs it (the window, a CLI from cron): the
    // lock's owner is checked, so a sync that was killed does not hold it.
    m_lock = std::make_unique<QLockFile>(m_store.path() + QStringLiteral("-sync.lock"));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString application;
        m_lock->getLockInfo(&pid, &host, &application);
        m_lock.reset();
        QTimer::singleShot(0, this, [this, pid] {
            fail(Error{tr("Another sync of this store is running (process %1); this one did not start. Try "
                          "again when it has finished.")
                           .arg(pid),
                       Error::Kind::Conflict});
        });
        return;
    }

    m_votes.clear();
    for (const MyVote& vote : m_store.outbox().votes()) {
        if (vote.awaitingFeed())
            m_votes << vote;
    }
    if (!m_votes.isEmpty() && m_options.token.isEmpty()) {
        m_summary.votesWaitForToken = true;
        m_votes.clear();
    }
    m_scorecards = Drafts(m_store).queued();
    if (!m_scorecards.isEmpty() && m_options.token.isEmpty()) {
        m_summary.scorecardsWaiting = static_cast<int>(m_scorecards.size());
        m_scorecards.clear();
    }
    QTimer::singleShot(0, this, &SyncEngine::pushNextVote);
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_job)
        m_job->cancel();
    if (m_prefetch && m_prefetch->wanted)
        fail(cancelled()); // waiting for the page fetched ahead, which may be slow to come
}

Error SyncEngine::cancelled() const
{
    return Error{tr("The sync was cancelled; nothing changed, and the next sync resumes."),
                 Error::Kind::Cancelled};
}

void SyncEngine::pushNextVote()
{
    if (m_cancelled)
        return fail(cancelled());
    if (!m_votes.isEmpty()) {
        const MyVote vote = m_votes.takeFirst();
        return sendVote(vote, 1);
    }
    publishNextScorecard();
}

void SyncEngine::publishNextScorecard()
{
    if (m_cancelled)
        return fail(
            Error{tr("The sync was cancelled; queued scorecards stay queued."), Error::Kind::Cancelled});
    if (m_scorecards.isEmpty())
        return startPulling();
    const Draft draft = m_scorecards.takeFirst();
    report(SyncProgress::Phase::Sending, tr("Publishing a scorecard…"));
    QNetworkRequest post = request(m_options.feedUrl.resolved(QUrl(QStringLiteral("v1/scorecards"))));
    post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    post.setRawHeader("Authorization", "Bearer " + m_options.token);
    post.setRawHeader("Idempotency-Key", draft.idempotencyKey.toUtf8());
    QJsonObject scorecard{{QStringLiteral("toolId"), draft.toolId},
                          {QStringLiteral("lensId"), Drafts::feedLensId(draft)},
                          {QStringLiteral("verdict"), draft.verdict ? enumName(*draft.verdict) : QString()},
                          {QStringLiteral("text"), Drafts::publishedText(draft)},
                          {QStringLiteral("author"), draft.author}};
    // A custom lens is new to the feed: its name comes along, so the feed can add the lens.
    if (const QString lensName = Drafts::feedLensName(draft); !lensName.isEmpty())
        scorecard.insert(QStringLiteral("lensName"), lensName);
    const QByteArray body = QJsonDocument(scorecard).toJson(QJsonDocument::Compact);
    HttpJob* job = newJob(post, "POST", body);
    connect(job, &HttpJob::finished, this, [this, job, draft](const HttpResult& result) {
        job->deleteLater();
        Drafts drafts(m_store);
        if (result.kind == HttpResult::Kind::Ok) {
            const QString id =
                QJsonDocument::fromJson(result.body).object().value(QStringLiteral("id")).toString();
            if (auto marked = drafts.markPublished(draft.id, draft.idempotencyKey, id); !marked)
                return fail(marked.error());
            ++m_summary.scorecardsPublished;
        } else if (const Error::Kind why = result.errorKind();
                   why == Error::Kind::Refused || why == Error::Kind::Conflict) {
            // The feed's reason goes back to the reviewer, with the draft editable again.
            if (auto marked = drafts.markRejected(draft.id, draft.idempotencyKey, errorFromBody(result));
                !marked)
                return fail(marked.error());
            ++m_summary.scorecardsRejected;
        } else {
            ++m_summary.scorecardsWaiting; // stays queued with its key: the next sync sends it again
        }
        publishNextScorecard();
    });
    job->start();
}

void SyncEngine::startPulling()
{
    // Votes and scorecards are out: now the read side. What an earlier sync left to do after its
    // publish (a search index half built) comes first.
    if (m_store.syncApply().needsMaintenance())
        return maintain([this] { pull(); });
    pull();
}

void SyncEngine::pull()
{
    // From where the last sync of this feed ended.
    const bool sameFeed = m_store.meta().value(FeedMeta::Key::SyncFeedUrl) == m_feedKey;
    m_since = sameFeed ? m_store.meta().value(FeedMeta::Key::SyncCursor) : QString();
    QUrl first = m_options.feedUrl.resolved(QUrl(QStringLiteral("v1/feed.json")));
    QUrlQuery query;
    if (!m_since.isEmpty())
        query.addQueryItem(QStringLiteral("since"), m_since);
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageSize));
    first.setQuery(query);
    // The pages an interrupted sync of the same feed from the same point wrote are kept: go on after
    // the last one.
    if (const auto position = m_store.syncApply().position()) {
        // Cut off while it copied the catalog, before any page was written: nothing worth keeping.
        if (position->copied && position->feedUrl == m_feedKey && position->since == m_since) {
            m_mode = Mode::Shadow;
            m_position = *position;
            m_summary.resumed = true;
            m_pageIndex = position->pages;
            m_summary.pages = position->pages;
            m_summary.records = position->records;
            if (position->complete)
                return finishShadow();
            return fetchPage(QUrl(position->nextUrl), false);
        }
        if (auto dropped = m_store.syncApply().abandon(); !dropped)
            return fail(dropped.error());
    }
    // A whole feed goes into shadow tables page by page; the changes since a cursor are usually few,
    // and are kept in memory until they are too many for one short transaction.
    m_mode = m_since.isEmpty() ? Mode::Shadow : Mode::Memory;
    fetchPage(first, true);
}

void SyncEngine::sendVote(const MyVote& vote, int attempt)
{
    report(SyncProgress::Phase::Sending, tr("Sending your vote in %1…").arg(vote.comparisonId));
    if (auto marked = m_store.outbox().setVoteState(vote.comparisonId, vote.idempotencyKey, VoteState::Sent);
        !marked)
        return fail(marked.error());
    QNetworkRequest post = request(m_options.feedUrl.resolved(QUrl(QStringLiteral("v1/votes"))));
    post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    post.setRawHeader("Authorization", "Bearer " + m_options.token);
    post.setRawHeader("Idempotency-Key", vote.idempotencyKey.toUtf8());
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("comparisonId"), vote.comparisonId},
                                                      {QStringLiteral("toolId"), vote.toolId}})
                                .toJson(QJsonDocument::Compact);
    HttpJob* job = newJob(post, "POST", body);
    connect(job, &HttpJob::finished, this, [this, job, vote, attempt](const HttpResult& result) {
        job->deleteLater();
        if (m_cancelled)
            return fail(
                Error{tr("The sync was cancelled; your vote stays in the outbox."), Error::Kind::Cancelled});
        if (result.kind == HttpResult::Kind::Ok) {
            QList<Tally> tallies;
            for (const QJsonValue& value :
                 QJsonDocument::fromJson(result.body).object().value(QStringLiteral("tallies")).toArray()) {
                const QJsonObject tally = value.toObject();
                tallies << Tally{tally.value(QStringLiteral("comparisonId")).toString(),
                                 tally.value(QStringLiteral("toolId")).toString(),
                                 tally.value(QStringLiteral("votes")).toInt(),
                                 timestampFromString(tally.value(QStringLiteral("updatedAt")).toString())};
            }
            if (auto confirmed =
                    m_store.outbox().confirmVote(vote.comparisonId, vote.idempotencyKey, tallies);
                !confirmed)
                return fail(confirmed.error());
            ++m_summary.votesPushed;
            return pushNextVote();
        }
        if (result.transient() && attempt < m_options.voteAttempts) {
            // The same request again, with the same key: the feed counts it once whatever happened.
            QTimer::singleShot(result.retryDelayMs(m_options.retryDelayMs, attempt), this,
                               [this, vote, attempt] { sendVote(vote, attempt + 1); });
            return;
        }
        const Error::Kind why = result.errorKind();
        if (result.transient() || why == Error::Kind::Insecure || why == Error::Kind::Unauthorized) {
            // Not the vote's fault: it waits for the next sync.
            (void)m_store.outbox().setVoteState(vote.comparisonId, vote.idempotencyKey, VoteState::Pending,
                                                errorFromBody(result));
            ++m_summary.votesFailed;
            if (why == Error::Kind::Unauthorized)
                return fail(Error{tr("The feed refused the token (%1). Check it in the settings.")
                                      .arg(errorFromBody(result)),
                                  why});
            return pushNextVote();
        }
        (void)m_store.outbox().setVoteState(vote.comparisonId, vote.idempotencyKey, VoteState::Rejected,
                                            errorFromBody(result));
        ++m_summary.votesRejected;
        pushNextVote();
    });
    job->start();
}

void SyncEngine::fetchPage(const QUrl& url, bool first, int attempt)
{
    if (tooManyPages(m_pageIndex))
        return;
    report(SyncProgress::Phase::Fetching, tr("Fetching page %L1…").arg(m_pageIndex + 1));
    QNetworkRequest get = request(url);
    if (first) {
        const QString etag = m_store.meta().value(FeedMeta::Key::SyncEtag);
        if (!etag.isEmpty() && m_store.meta().value(FeedMeta::Key::SyncFeedUrl) == m_feedKey)
            get.setRawHeader("If-None-Match", etag.toUtf8());
    }
    HttpJob* job = newJob(get, "GET", {});
    connect(job, &HttpJob::finished, this, [this, job, url, first, attempt](const HttpResult& result) {
        job->deleteLater();
        onPage(result, url, first, attempt);
    });
    job->start();
}

bool SyncEngine::tooManyPages(int pageIndex)
{
    if (pageIndex < m_options.maxPages)
        return false;
    fail(Error{tr("The feed has more than %1 pages; this looks like a loop.").arg(m_options.maxPages),
               Error::Kind::InvalidFeed});
    return true;
}

bool SyncEngine::prefetchPage(const QUrl& url)
{
    // Asked for before this page is written, and fetched and parsed on a thread of its own
    // (PageFetcher), so that the server, the network and the parse work while the store is busy; at
    // most one page ahead, so the memory held stays one page.
    if (tooManyPages(m_pageIndex + 1))
        return false;
    if (!m_fetcher)
        m_fetcher = std::make_unique<PageFetcher>();
    m_prefetch.emplace();
    m_prefetch->url = url;
    m_fetcher->fetch(request(url), m_options.maxPageBytes, [this, url](FetchedPage fetched) {
        if (!m_prefetch || m_prefetch->url != url)
            return;
        if (!m_prefetch->wanted) {
            m_prefetch->fetched = std::move(fetched);
            return;
        }
        m_prefetch.reset();
        onPage(fetched.result, url, false, 1, &fetched);
    });
    return true;
}

void SyncEngine::onPage(const HttpResult& result, const QUrl& url, bool first, int attempt,
                        FetchedPage* fetched)
{
    if (m_cancelled)
        return fail(cancelled());
    if (result.transient() && attempt < m_options.pageAttempts) {
        // The network or a busy server: the same page again, after the pause the server asked for.
        QTimer::singleShot(result.retryDelayMs(m_options.retryDelayMs, attempt), this,
                           [this, url, first, attempt] { fetchPage(url, first, attempt + 1); });
        return;
    }
    if (result.kind == HttpResult::Kind::NotModified && first) {
        m_summary.notModified = true;
        if (auto stored = m_store.meta().setValue(FeedMeta::Key::LastSyncAt,
                                                  timestampToString(QDateTime::currentDateTimeUtc()));
            !stored)
            return fail(stored.error());
        return succeed();
    }
    if (result.kind != HttpResult::Kind::Ok) {
        // The feed's own reason beside the status, once: a body without one would repeat the status.
        const QString reason =
            result.kind == HttpResult::Kind::HttpError ? errorFromBody(result) : result.error;
        return fail(Error{reason == result.error ? result.error : tr("%1 (%2)").arg(result.error, reason),
                          result.errorKind()});
    }
    if (!result.contentType.isEmpty() && !result.contentType.contains("json"))
        return fail(Error{tr("Page %1 of the feed came as \"%2\", not as JSON: is the feed's address right?")
                              .arg(m_pageIndex + 1)
                              .arg(QString::fromLatin1(result.contentType.left(100))),
                          Error::Kind::InvalidFeed});
    QJsonObject page;
    auto feed = fetched && fetched->feed ? std::move(*fetched->feed) : FeedParser::parse(result.body, &page);
    if (fetched && fetched->feed)
        page = std::move(fetched->page);
    if (!feed)
        return fail(
            Error{tr("Page %1 of the feed is not valid: %2").arg(m_pageIndex + 1).arg(feed.errorMessage()),
                  feed.error().kind});

    // A static feed ignores "since": a page that does not say it continues from our cursor is the
    // whole feed, so this sync starts over from it, as a whole feed.
    if (first && !m_since.isEmpty() && page.value(QStringLiteral("since")).toString() != m_since) {
        m_since.clear();
        m_mode = Mode::Shadow;
    }
    QString next;
    if (page.value(QStringLiteral("hasMore")).toBool()) {
        const QUrl nextUrl = result.url.resolved(QUrl(page.value(QStringLiteral("next")).toString()));
        if (nextUrl.scheme() != m_options.feedUrl.scheme() || nextUrl.host() != m_options.feedUrl.host() ||
            nextUrl.port() != m_options.feedUrl.port())
            return fail(Error{
                tr("The feed's next page is on another server (%1); it is not followed.").arg(nextUrl.host()),
                Error::Kind::Insecure});
        next = nextUrl.toString();
    }
    Q_UNUSED(url);
    if (!next.isEmpty() && !prefetchPage(QUrl(next)))
        return;
    if (first) {
        m_etag = QString::fromUtf8(result.etag);
        m_position = SyncPosition{};
        m_position.feedUrl = m_feedKey;
        m_position.since = m_since;
        m_position.etag = m_etag;
    }
    if (first)
        m_firstUrl = result.url.toString();
    m_position.cursor = feed->cursor;
    FeedDocument document = std::move(feed).value();
    if (m_mode == Mode::Memory) {
        m_heldRecords += document.recordCount();
        m_held << std::pair{std::move(document), next};
        ++m_pageIndex;
        m_summary.pages = m_pageIndex;
        m_summary.records = m_heldRecords;
        if (m_heldRecords <= heldRecordsAtMost)
            return afterPage(next);
        // Too many for one short transaction: the rest of this sync goes the way of a whole feed.
        m_mode = Mode::Shadow;
        // Until the first held page is written, a resumed sync starts from the first page.
        SyncPosition start = m_position;
        start.nextUrl = m_firstUrl;
        start.baseline = firstSyncOfFeed();
        if (auto begun = m_store.syncApply().begin(start); !begun)
            return fail(begun.error());
        m_pageIndex = 0;
        return copyCatalog([this, next] {
            const auto held = std::exchange(m_held, {});
            m_heldRecords = 0;
            for (const auto& [heldPage, heldNext] : held) {
                if (!writePage(heldPage, heldNext))
                    return;
            }
            afterPage(next);
        });
    }
    if (first) {
        // Until this page is written, a resumed sync starts from it.
        SyncPosition start = m_position;
        start.nextUrl = result.url.toString();
        start.baseline = firstSyncOfFeed();
        if (auto begun = m_store.syncApply().begin(start); !begun)
            return fail(begun.error());
        return copyCatalog([this, document = std::move(document), next] {
            if (writePage(document, next))
                afterPage(next);
        });
    }
    if (writePage(document, next))
        afterPage(next);
}

bool SyncEngine::writePage(const FeedDocument& page, const QString& next)
{
    SyncPosition after = m_position;
    after.nextUrl = next;
    after.cursor = page.cursor;
    after.pages = m_pageIndex + 1;
    after.complete = after.nextUrl.isEmpty();
    auto written = m_store.syncApply().writePage(page, after);
    if (!written) {
        fail(Error{tr("Page %1 could not be written, and nothing changed: %2")
                       .arg(m_pageIndex + 1)
                       .arg(written.errorMessage()),
                   written.error().kind});
        return false;
    }
    m_store.syncApply().checkpoint();
    m_position = written.value();
    m_pageIndex = m_position.pages;
    m_summary.pages = m_pageIndex;
    m_summary.records = m_position.records;
    return true;
}

void SyncEngine::afterPage(const QString& next)
{
    if (!next.isEmpty()) {
        if (!m_prefetch || m_prefetch->url != QUrl(next))
            return fetchPage(QUrl(next), false);
        if (!m_prefetch->fetched) {
            report(SyncProgress::Phase::Fetching, tr("Fetching page %L1…").arg(m_pageIndex + 1));
            m_prefetch->wanted = true; // onPage when it comes
            return;
        }
        FetchedPage fetched = std::move(*std::exchange(m_prefetch, std::nullopt)->fetched);
        return onPage(fetched.result, QUrl(next), false, 1, &fetched);
    }
    if (m_mode == Mode::Memory)
        return applyHeld();
    finishShadow();
}

void SyncEngine::copyCatalog(std::function<void()> then)
{
    report(SyncProgress::Phase::Fetching, tr("Preparing the store for the feed's pages…"));
    runSteps([this] { return m_store.syncApply().copyStep(); }, std::move(then));
}

void SyncEngine::runSteps(std::function<Result<bool>()> step, std::function<void()> then)
{
    if (m_cancelled)
        return fail(cancelled());
    auto done = step();
    if (!done)
        return fail(done.error());
    m_store.syncApply().checkpoint();
    if (done.value())
        return then();
    // The next step after a millisecond: a cancel gets its turn between two steps, and another
    // process waiting to write (it tries every millisecond, Database) gets the lock.
    QTimer::singleShot(1, Qt::PreciseTimer, this,
                       [this, step = std::move(step), then = std::move(then)]() mutable {
                           runSteps(std::move(step), std::move(then));
                       });
}

QList<std::pair<FeedMeta::Key, QString>> SyncEngine::finalMeta(const QString& cursor,
                                                               const QString& etag) const
{
    const QString now = timestampToString(QDateTime::currentDateTimeUtc());
    return {{FeedMeta::Key::SyncFeedUrl, m_feedKey},
            {FeedMeta::Key::FeedUrl, m_feedKey},
            {FeedMeta::Key::SyncCursor, cursor},
            {FeedMeta::Key::SyncEtag, etag},
            {FeedMeta::Key::LastSyncAt, now}};
}

bool SyncEngine::firstSyncOfFeed() const
{
    // Its catalog is where the change log starts: a first sync of 100,000 tools is not 100,000 changes.
    return m_store.meta().value(FeedMeta::Key::SyncFeedUrl) != m_feedKey;
}

void SyncEngine::finishShadow()
{
    report(SyncProgress::Phase::Publishing, tr("Making the catalog's figures…"));
    runSteps(
        [this] { return m_store.syncApply().prepareStep(); },
        [this] {
            if (m_cancelled)
                return fail(cancelled());
            report(SyncProgress::Phase::Publishing, tr("Publishing %L1 records…").arg(m_summary.records),
                   100);
            const auto position = m_store.syncApply().position();
            if (!position)
                return fail(
                    Error{tr("The sync's progress is missing from the store; the next sync starts over."),
                          Error::Kind::Storage});
            if (auto published = m_store.syncApply().publish(finalMeta(position->cursor, position->etag));
                !published)
                return fail(Error{tr("The feed could not be applied, and nothing changed: %1")
                                      .arg(published.errorMessage()),
                                  published.error().kind});
            m_summary.stats = position->stats;
            announcePublished();
        });
}

void SyncEngine::applyHeld()
{
    report(SyncProgress::Phase::Publishing, tr("Applying %n page(s)…", nullptr, m_summary.pages), 100);
    FeedDocument merged;
    for (auto& [page, next] : m_held) {
        if (merged.feedId.isEmpty()) {
            merged.feedId = page.feedId;
            merged.generatedAt = page.generatedAt;
        }
        merged.cursor = page.cursor;
        // Moved, not copied: the page's records are not needed once merged.
        merged.lenses += std::move(page.lenses);
        merged.tools += std::move(page.tools);
        merged.reviews += std::move(page.reviews);
        merged.comparisons += std::move(page.comparisons);
        merged.tallies += std::move(page.tallies);
        merged.tombstones += std::move(page.tombstones);
    }
    m_held.clear();
    m_heldRecords = 0;
    auto applied = m_store.feed().applySync(merged, finalMeta(merged.cursor, m_etag),
                                            ChangeRecording{m_feedKey, firstSyncOfFeed()});
    if (!applied)
        return fail(
            Error{tr("The feed could not be applied, and nothing changed: %1").arg(applied.errorMessage()),
                  applied.error().kind});
    m_summary.stats = applied.value();
    announcePublished();
}

void SyncEngine::announcePublished()
{
    m_summary.publishedAfterMs = m_clock.elapsed();
    const QList<SyncRecord> logged = m_store.changes().syncs(1);
    if (!logged.isEmpty()) {
        ChangeFilter filter;
        filter.syncId = m_summary.syncId = logged.first().id;
        m_summary.baseline = logged.first().baseline;
        m_summary.changes = m_store.changes().count(filter);
        filter.watchedOnly = true;
        m_summary.watchedChanges = m_store.changes().count(filter);
    }
    Q_EMIT published();
    maintain([this] { succeed(); });
}

void SyncEngine::maintain(std::function<void()> then)
{
    runSteps(
        [this]() -> Result<bool> {
            QString doing;
            auto percent = m_store.syncApply().maintainStep(&doing);
            if (!percent)
                return percent.error();
            if (percent.value() < 100)
                report(SyncProgress::Phase::Indexing, doing, percent.value());
            return percent.value() >= 100;
        },
        std::move(then));
}

void SyncEngine::report(SyncProgress::Phase phase, const QString& message, int percent)
{
    Q_EMIT progress(SyncProgress{phase, m_summary.pages, m_summary.records, percent, message});
}

void SyncEngine::fail(Error error)
{
    // Shadows a feed that does not apply would not apply next time either; a failure of the network,
    // the server, the disk or a cancel keeps them for the next sync to resume.
    if (error.kind == Error::Kind::InvalidFeed && m_mode == Mode::Shadow)
        (void)m_store.syncApply().abandon();
    dropPrefetch();
    m_held.clear();
    m_lock.reset();
    m_running = false;
    Q_EMIT finished(std::move(error));
}

void SyncEngine::dropPrefetch()
{
    if (m_prefetch && m_fetcher)
        m_fetcher->cancel();
    m_prefetch.reset();
}

void SyncEngine::succeed()
{
    dropPrefetch();
    m_lock.reset();
    m_running = false;
    Q_EMIT finished(m_summary);
}

} // namespace sos
