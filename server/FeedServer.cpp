// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedServer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>

#include <zlib.h>

namespace sos::server {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    default:
        return "OTHER";
    }
}

QByteArray bearerToken(const QHttpServerRequest& request)
{
    const QByteArray header = request.value("Authorization");
    if (!header.startsWith("Bearer "))
        return {};
    return header.mid(7).trimmed();
}

// Sends each answer's last bytes at once (TCP_NODELAY). Qt HttpServer writes an answer's head and its body
// separately, so with Nagle's algorithm a body's last short segment waits for the client's delayed ACK
// of the one before: 40 ms on a kept-alive connection, measured for pages of about 60 KB.
class LowDelayTcpServer final : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr handle) override
    {
        auto* socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        addPendingConnection(socket);
    }
};

// Whether an Accept-Encoding header accepts gzip ("gzip", "gzip;q=0.5", not "gzip;q=0").
bool acceptsGzip(const QByteArray& header)
{
    for (const QByteArray& coding : header.split(',')) {
        const QList<QByteArray> parts = coding.split(';');
        const QByteArray name = parts.first().trimmed().toLower();
        if (name != "gzip" && name != "x-gzip")
            continue;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray parameter = parts.at(i).trimmed();
            if (parameter.startsWith("q=") && parameter.mid(2).toDouble() <= 0)
                return false;
        }
        return true;
    }
    return false;
}

} // namespace

QByteArray gzipped(const QByteArray& data, int level)
{
    z_stream stream{};
    // 15 + 16: the largest window, with a gzip header and trailer instead of zlib's.
    if (deflateInit2(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(data.size()))),
                   Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int result = deflate(&stream, Z_FINISH);
    const auto written = static_cast<qsizetype>(stream.total_out);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        return {};
    out.truncate(written);
    return out;
}

QHttpServerResponse jsonResponse(const Answer& answer)
{
    QHttpServerResponse response("application/json",
                                 QJsonDocument(answer.body).toJson(QJsonDocument::Compact),
                                 static_cast<QHttpServerResponse::StatusCode>(answer.status));
    return response;
}

FeedServer::FeedServer(ServerStore& store, QTextStream& log, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_log(log)
{
    m_http.route(QStringLiteral("/v1/health"), QHttpServerRequest::Method::Get,
                 [this](const QHttpServerRequest& request) {
                     return logged(request, withDatabase([this] {
                                       return jsonResponse(
                                           {200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                                             {QStringLiteral("formatVersion"),
                                                              FeedDocument::supportedFormatVersion},
                                                             {QStringLiteral("feedId"), m_store.feedId()}}});
                                   }));
                 });
    m_http.route(QStringLiteral("/v1/feed.json"), QHttpServerRequest::Method::Get,
                 [this](const QHttpServerRequest& request) {
                     return logged(request, withDatabase([&] { return feedPage(request); }));
                 });
    m_http.route(QStringLiteral("/v1/votes"), QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest& request) {
                     return logged(request, withDatabase([&] { return write(request, true); }));
                 });
    m_http.route(QStringLiteral("/v1/scorecards"), QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest& request) {
                     return logged(request, withDatabase([&] { return write(request, false); }));
                 });
    m_http.setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        const QHttpServerResponse response = logged(
            request, jsonResponse(errorAnswer(
                         404, QStringLiteral("not_found"),
                         QStringLiteral("There is nothing at %1 %2.")
                             .arg(QString::fromLatin1(methodName(request.method())), request.url().path()))));
        responder.write(response.data(), response.mimeType(), QHttpServerResponder::StatusCode::NotFound);
    });
}

quint16 FeedServer::listen(const QHostAddress& address, quint16 port)
{
    auto* server = new LowDelayTcpServer(this);
    if (!server->listen(address, port)) {
        delete server;
        return 0;
    }
    m_http.bind(server);
    return server->serverPort();
}

void FeedServer::setFaultEvery(int every)
{
    m_faultEvery = every;
}

void FeedServer::setGzip(Gzip gzip)
{
    m_gzip = gzip;
}

QHttpServerResponse FeedServer::logged(const QHttpServerRequest& request, QHttpServerResponse response)
{
    // Test mode: every Nth request is handled, then its answer is lost behind a 503.
    if (m_faultEvery > 0 && ++m_requests % m_faultEvery == 0) {
        response = jsonResponse(
            errorAnswer(503, QStringLiteral("internal"), QStringLiteral("Injected fault (--fault-every).")));
        response.setHeader("Retry-After", "1");
    }
    // One line per request: time, peer, method, path (never the query's or headers' secrets), status, size.
    m_log << QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) << ' '
          << request.remoteAddress().toString() << ' ' << methodName(request.method()) << ' '
          << request.url().path() << ' ' << static_cast<int>(response.statusCode()) << ' '
          << response.data().size() << Qt::endl;
    return response;
}

QHttpServerResponse FeedServer::withDatabase(const std::function<QHttpServerResponse()>& handle)
{
    if (m_store.databaseReachable()) {
        QHttpServerResponse response = handle();
        // A write cut off with its connection landed whole or not at all (its transaction ended with
        // the connection): a retry with the same Idempotency-Key after the 503 gets its one answer.
        if (!m_store.databaseLost(static_cast<int>(response.statusCode()) >= 500))
            return response;
    }
    QHttpServerResponse unavailable = jsonResponse(
        errorAnswer(503, QStringLiteral("internal"),
                    QStringLiteral("The feed's database cannot be reached; try again shortly.")));
    unavailable.setHeader("Retry-After", "1");
    return unavailable;
}

QHttpServerResponse FeedServer::feedPage(const QHttpServerRequest& request)
{
    const QUrlQuery query = request.query();
    bool ok = true;
    qint64 since = 0;
    if (query.hasQueryItem(QStringLiteral("since")) &&
        !query.queryItemValue(QStringLiteral("since")).isEmpty()) {
        since = query.queryItemValue(QStringLiteral("since")).toLongLong(&ok);
        if (!ok || since < 0)
            return jsonResponse(
                errorAnswer(400, QStringLiteral("bad_request"),
                            QStringLiteral("\"since\" must be a cursor from an earlier page.")));
    }
    int limit = defaultPageSize;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > maxPageSize)
            return jsonResponse(
                errorAnswer(400, QStringLiteral("bad_request"),
                            QStringLiteral("\"limit\" must be a number from 1 to %1.").arg(maxPageSize)));
    }
    // The ETag names the newest change: a client that applied the feed up to it has nothing to fetch.
    const QByteArray etag = "\"seq-" + QByteArray::number(m_store.lastSeq()) + '"';
    if (request.value("If-None-Match") == etag) {
        QHttpServerResponse notModified(QHttpServerResponse::StatusCode::NotModified);
        notModified.setHeader("ETag", etag);
        return notModified;
    }
    auto page = m_store.page(since, limit);
    if (!page)
        return jsonResponse(errorAnswer(500, QStringLiteral("internal"), page.errorMessage()));
    const bool gzip = m_gzip != Gzip::Never && page->json.size() >= gzipMinBytes &&
                      acceptsGzip(request.value("Accept-Encoding")) &&
                      (m_gzip == Gzip::Always || !request.remoteAddress().isLoopback());
    const QByteArray compressed = gzip ? gzipped(page->json, 1) : QByteArray();
    QHttpServerResponse response("application/json", compressed.isEmpty() ? page->json : compressed);
    if (!compressed.isEmpty())
        response.setHeader("Content-Encoding", "gzip");
    response.setHeader("Vary", "Accept-Encoding");
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", "no-cache");
    return response;
}

QHttpServerResponse FeedServer::write(const QHttpServerRequest& request, bool vote)
{
    if (request.body().size() > maxBodyBytes)
        return jsonResponse(
            errorAnswer(413, QStringLiteral("too_large"),
                        QStringLiteral("The request body is over %1 KiB.").arg(maxBodyBytes / 1024)));
    const QString user = m_store.userForToken(bearerToken(request));
    if (user.isEmpty())
        return jsonResponse(
            errorAnswer(401, QStringLiteral("unauthorized"),
                        QStringLiteral("A valid token is required: send Authorization: Bearer TOKEN.")));
    const QString key = QString::fromUtf8(request.value("Idempotency-Key"));
    const Answer answer = vote ? m_store.castVote(user, key, request.body())
                               : m_store.publishScorecard(user, key, request.body());
    return jsonResponse(answer);
}

} // namespace sos::server
