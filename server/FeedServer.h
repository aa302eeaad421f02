// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP side of shiporskip-feed: routes, authentication, size limits, ETags, one log line per request.
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
    static constexpr int defaultPageSize = 1000;
    static constexpr int maxPageSize = 5000;

    FeedServer(ServerStore& store, QTextStream& log, QObject* parent = nullptr);

    // Listens on address:port (0: any free port); returns the port, or 0 on failure.
    quint16 listen(const QHostAddress& address, quint16 port);
    // For tests: answer every Nth request with 503 after handling it (0: never).
    void setFaultEvery(int every);

private:
    QHttpServerResponse feedPage(const QHttpServerRequest& request);
    QHttpServerResponse write(const QHttpServerRequest& request, bool vote);
    QHttpServerResponse logged(const QHttpServerRequest& request, QHttpServerResponse response);

    ServerStore& m_store;
    QTextStream& m_log;
    QHttpServer m_http;
    int m_faultEvery = 0;
    qint64 m_requests = 0;
};

QHttpServerResponse jsonResponse(const Answer& answer);

} // namespace sos::server
