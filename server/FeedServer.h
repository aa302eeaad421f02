// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP side of shiporskip-feed: routes, authentication, size limits, ETags, compression, one log line
// per request.
#pragma once

#include "ServerStore.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>

class QTextStream;

namespace sos::server {

class FeedServer final : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype maxBodyBytes = 64 * 1024;
    // Records per page (docs/feed-protocol.md "Serving a page" has the measurements).
    static constexpr int defaultPageSize = 1000;
    static constexpr int maxPageSize = 5000;
    // A page is sent gzipped (level 1) to a client that accepts it, when it is at least this long...
    static constexpr qsizetype gzipMinBytes = 1024;
    // ...and, by default, only to another machine: over loopback the bytes cost nothing to move, and
    // compressing and inflating them only costs both sides time.
    enum class Gzip
    {
        Remote, // to clients on another machine
        Always, // to every client that accepts it (tests, a proxy on the same machine)
        Never
    };

    FeedServer(ServerStore& store, QTextStream& log, QObject* parent = nullptr);

    // Listens on address:port (0: any free port); returns the port, or 0 on failure.
    quint16 listen(const QHostAddress& address, quint16 port);
    // For tests: answer every Nth request with 503 after handling it (0: never).
    void setFaultEvery(int every);
    void setGzip(Gzip gzip);

private:
    QHttpServerResponse feedPage(const QHttpServerRequest& request);
    QHttpServerResponse write(const QHttpServerRequest& request, bool vote);
    QHttpServerResponse logged(const QHttpServerRequest& request, QHttpServerResponse response);
    // handle()'s answer, or 503 when the database cannot be reached or was lost while handling.
    QHttpServerResponse withDatabase(const std::function<QHttpServerResponse()>& handle);

    ServerStore& m_store;
    QTextStream& m_log;
    QHttpServer m_http;
    int m_faultEvery = 0;
    Gzip m_gzip = Gzip::Remote;
    qint64 m_requests = 0;
};

QHttpServerResponse jsonResponse(const Answer& answer);

// data as a gzip stream (RFC 1952) at the given zlib level; empty if zlib failed.
QByteArray gzipped(const QByteArray& data, int level);

} // namespace sos::server
