// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncEngine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUrlQuery>

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
    return sentences.join(QLatin1Char(' '));
}

SyncEngine::SyncEngine(Store& store, QNetworkAccessManager& network, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_network(network)
{}

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
    if (auto checked = checkUrl(options.feedUrl, !options.token.isEmpty()); !checked) {
        // Reported on the next turn of the event loop, like every other outcome.
        QTimer::singleShot(0, this, [this, error = checked.error()] { fail(error); });
        return;
    }
    m_options.feedUrl = rootOf(options.feedUrl);
    m_feedKey = feedKey(options.feedUrl);

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
}

void SyncEngine::pushNextVote()
{
    if (m_cancelled)
        return fail(Error{tr("The sync was cancelled; nothing changed, and the next sync resumes."),
                          Error::Kind::Cancelled});
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
    {
        // Votes and scorecards are out: now the read side, from where the last sync of this feed ended.
        const bool sameFeed = m_store.meta().value(FeedMeta::Key::SyncFeedUrl) == m_feedKey;
        m_since = sameFeed ? m_store.meta().value(FeedMeta::Key::SyncCursor) : QString();
        QUrl first = m_options.feedUrl.resolved(QUrl(QStringLiteral("v1/feed.json")));
        QUrlQuery query;
        if (!m_since.isEmpty())
            query.addQueryItem(QStringLiteral("since"), m_since);
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageSize));
        first.setQuery(query);
        // Pages staged by an interrupted sync from the same point are kept: go on after the last one.
        const QList<StagedPage> staged = m_store.staging().stagedPages(m_feedKey, m_since);
        if (!staged.isEmpty()) {
            m_summary.resumed = true;
            m_pageIndex = staged.last().index + 1;
            m_summary.pages = m_pageIndex;
            if (staged.last().nextUrl.isEmpty())
                return applyStaged();
            return fetchPage(QUrl(staged.last().nextUrl), false);
        }
        return fetchPage(first, true);
    }
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
    if (m_pageIndex >= m_options.maxPages)
        return fail(
            Error{tr("The feed has more than %1 pages; this looks like a loop.").arg(m_options.maxPages),
                  Error::Kind::InvalidFeed});
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

void SyncEngine::onPage(const HttpResult& result, const QUrl& url, bool first, int attempt)
{
    if (m_cancelled)
        return fail(Error{tr("The sync was cancelled; nothing changed, and the next sync resumes."),
                          Error::Kind::Cancelled});
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
    if (result.kind != HttpResult::Kind::Ok)
        return fail(Error{result.kind == HttpResult::Kind::HttpError
                              ? tr("%1 (%2)").arg(result.error, errorFromBody(result))
                              : result.error,
                          result.errorKind()});
    if (!result.contentType.isEmpty() && !result.contentType.contains("json"))
        return fail(Error{tr("Page %1 of the feed came as \"%2\", not as JSON: is the feed's address right?")
                              .arg(m_pageIndex + 1)
                              .arg(QString::fromLatin1(result.contentType.left(100))),
                          Error::Kind::InvalidFeed});
    QJsonObject page;
    auto feed = FeedParser::parse(result.body, &page);
    if (!feed)
        return fail(
            Error{tr("Page %1 of the feed is not valid: %2").arg(m_pageIndex + 1).arg(feed.errorMessage()),
                  feed.error().kind});

    // A static feed ignores "since": a page that does not say it continues from our cursor is the
    // whole feed, so this sync starts over from it.
    if (first && !m_since.isEmpty() && page.value(QStringLiteral("since")).toString() != m_since) {
        m_since.clear();
        (void)m_store.staging().clearStaging();
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
    const StagedPage staged{m_pageIndex, feed->cursor, next, result.body};
    if (auto stored = m_store.staging().stagePage(m_feedKey, m_since, staged); !stored)
        return fail(stored.error());
    if (first)
        (void)m_store.meta().setValue(FeedMeta::Key::SyncPendingEtag, QString::fromUtf8(result.etag));
    ++m_pageIndex;
    m_summary.pages = m_pageIndex;
    Q_UNUSED(url);
    if (!next.isEmpty())
        return fetchPage(QUrl(next), false);
    applyStaged();
}

void SyncEngine::applyStaged()
{
    report(SyncProgress::Phase::Publishing, tr("Applying %n page(s)…", nullptr, m_summary.pages));
    FeedDocument merged;
    const QList<StagedPage> pages = m_store.staging().stagedPages(m_feedKey, m_since);
    for (const StagedPage& page : pages) {
        auto feed = FeedParser::parse(page.body);
        if (!feed) {
            (void)m_store.staging().clearStaging();
            // Our own copy of a page that parsed when it was staged: the store is at fault, not the feed.
            return fail(Error{
                tr("A staged page is damaged (%1); the next sync starts over.").arg(feed.errorMessage()),
                Error::Kind::Storage});
        }
        if (merged.feedId.isEmpty()) {
            merged.feedId = feed->feedId;
            merged.generatedAt = feed->generatedAt;
        }
        merged.cursor = feed->cursor;
        // Moved, not copied: the page's records are not needed once merged.
        merged.lenses += std::move(feed->lenses);
        merged.tools += std::move(feed->tools);
        merged.reviews += std::move(feed->reviews);
        merged.comparisons += std::move(feed->comparisons);
        merged.tallies += std::move(feed->tallies);
        merged.tombstones += std::move(feed->tombstones);
    }
    const QString now = timestampToString(QDateTime::currentDateTimeUtc());
    auto applied = m_store.feed().applySync(
        merged, {{FeedMeta::Key::SyncFeedUrl, m_feedKey},
                 {FeedMeta::Key::FeedUrl, m_feedKey},
                 {FeedMeta::Key::SyncCursor, merged.cursor},
                 {FeedMeta::Key::SyncEtag, m_store.meta().value(FeedMeta::Key::SyncPendingEtag)},
                 {FeedMeta::Key::LastSyncAt, now}});
    if (!applied) {
        (void)m_store.staging().clearStaging(); // a feed that does not apply would not apply next time either
        return fail(
            Error{tr("The feed could not be applied, and nothing changed: %1").arg(applied.errorMessage()),
                  applied.error().kind});
    }
    m_summary.stats = applied.value();
    succeed();
}

void SyncEngine::report(SyncProgress::Phase phase, const QString& message, int percent)
{
    Q_EMIT progress(SyncProgress{phase, m_summary.pages, m_summary.records, percent, message});
}

void SyncEngine::fail(Error error)
{
    m_running = false;
    Q_EMIT finished(std::move(error));
}

void SyncEngine::succeed()
{
    m_running = false;
    Q_EMIT finished(m_summary);
}

} // namespace sos
