// SPDX-License-Identifier: GPL-3.0-or-later
// A small HTTP proxy on 127.0.0.1 in front of the real shiporskip-feed, for the tests: it passes
// requests through, or answers with a fault chosen per request (an error status, silence, a reset or a
// cut in the middle of the body, a body that is not JSON or breaks the schema, a body over the
// client's limit, a wrong content type, a redirect to another host, an unknown format version), or
// drops the request or the response. One request per connection (it answers "Connection: close").
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>
#include <sys/socket.h>

namespace sos::test {

class FaultProxy
{
public:
    enum class Fault
    {
        None,
        Status500,
        Status503RetryAfter,
        Timeout,
        ResetMidBody,
        TruncatedBody,
        NotJson,
        SchemaBreak,
        TooLarge,
        WrongContentType,
        RedirectElsewhere,
        UnknownVersion,
        DropRequest,  // the connection closes before the request reaches the feed
        DropResponse, // the feed handles the request, the answer never arrives
    };

    explicit FaultProxy(quint16 upstreamPort)
        : m_upstreamPort(upstreamPort)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket* client = m_server.nextPendingConnection())
                serve(client);
        });
    }

    // Where the client should point: the proxy's feed root.
    QUrl start()
    {
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            return {};
        return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort()));
    }

    // Chooses the fault for each request (its number from 0, and its request line).
    std::function<Fault(int, const QByteArray&)> decide = [](int, const QByteArray&) {
        return Fault::None;
    };
    int requests() const { return m_requests; }

private:
    static void reset(QTcpSocket* socket)
    {
        // SO_LINGER with a zero timeout: closing sends a TCP reset, not an orderly end.
        const struct linger hard = {1, 0};
        ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        socket->abort();
    }

    static QByteArray response(const QByteArray& status, const QByteArray& contentType,
                               const QByteArray& body, const QByteArray& extraHeaders = {})
    {
        return "HTTP/1.1 " + status + "\r\nContent-Type: " + contentType +
               "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders +
               "Connection: close\r\n\r\n" + body;
    }

    // Where the body of a complete HTTP message starts, or -1 while it is still arriving.
    static qsizetype completeMessage(const QByteArray& message)
    {
        const qsizetype headerEnd = message.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return -1;
        qsizetype length = 0;
        for (const QByteArray& line : message.left(headerEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        return message.size() < headerEnd + 4 + length ? -1 : headerEnd + 4;
    }

    static void relay(QTcpSocket* client, QByteArray answer, qsizetype bodyStart, Fault fault)
    {
        const QByteArray half = answer.left(bodyStart + (answer.size() - bodyStart) / 2);
        switch (fault) {
        case Fault::DropResponse:
            return reset(client);
        case Fault::ResetMidBody:
            client->write(half);
            client->flush();
            return reset(client);
        case Fault::TruncatedBody:
            client->write(half);
            client->disconnectFromHost();
            return;
        case Fault::WrongContentType:
            answer.replace("application/json", "text/html; charset=utf-8");
            break;
        default:
            break;
        }
        client->write(answer);
        client->disconnectFromHost();
    }

    void serve(QTcpSocket* client)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        QObject::connect(client, &QTcpSocket::readyRead, client, [this, client, buffer] {
            *buffer += client->readAll();
            if (completeMessage(*buffer) < 0)
                return;
            QObject::disconnect(client, &QTcpSocket::readyRead, nullptr, nullptr);
            const QByteArray request = *buffer;
            handle(client, request, decide(m_requests++, request.left(request.indexOf("\r\n"))));
        });
    }

    void handle(QTcpSocket* client, QByteArray request, Fault fault)
    {
        switch (fault) {
        case Fault::Timeout:
            return; // say nothing, keep the connection open
        case Fault::DropRequest:
            return reset(client);
        case Fault::Status500:
            client->write(response("500 Internal Server Error", "application/json",
                                   R"({"error":{"code":"internal","message":"injected failure"}})"));
            client->disconnectFromHost();
            return;
        case Fault::Status503RetryAfter:
            client->write(response("503 Service Unavailable", "application/json",
                                   R"({"error":{"code":"unavailable","message":"busy, injected"}})",
                                   "Retry-After: 1\r\n"));
            client->disconnectFromHost();
            return;
        case Fault::NotJson:
            client->write(response("200 OK", "application/json", "<html><body>Maintenance</body></html>"));
            client->disconnectFromHost();
            return;
        case Fault::SchemaBreak:
            client->write(response("200 OK", "application/json", R"({"formatVersion":1,"tools":"many"})"));
            client->disconnectFromHost();
            return;
        case Fault::UnknownVersion:
            client->write(response(
                "200 OK", "application/json",
                R"({"format":"shiporskip-feed","formatVersion":99,"feedId":"x","generatedAt":"2026-01-01T00:00:00Z"})"));
            client->disconnectFromHost();
            return;
        case Fault::RedirectElsewhere:
            client->write(response("302 Found", "text/plain", {},
                                   "Location: http://127.0.0.2:" + QByteArray::number(m_upstreamPort) +
                                       "/v1/feed.json\r\n"));
            client->disconnectFromHost();
            return;
        case Fault::TooLarge: {
            // Says 200 MB and starts sending them; the client must stop reading.
            client->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200000000\r\n"
                          "Connection: close\r\n\r\n");
            client->write(QByteArray(1024 * 1024, ' '));
            return;
        }
        case Fault::None:
        case Fault::ResetMidBody:
        case Fault::TruncatedBody:
        case Fault::WrongContentType:
        case Fault::DropResponse:
            break;
        }
        // Through to the feed, one request per connection.
        const qsizetype headerEnd = request.indexOf("\r\n\r\n");
        QList<QByteArray> lines = request.left(headerEnd).split('\n');
        lines.removeIf([](const QByteArray& line) { return line.toLower().startsWith("connection:"); });
        lines.insert(1, "Connection: close\r");
        request = lines.join('\n') + request.mid(headerEnd);
        auto* upstream = new QTcpSocket(client);
        auto answer = std::make_shared<QByteArray>();
        QPointer<QTcpSocket> guard(client);
        QObject::connect(upstream, &QTcpSocket::connected, upstream,
                         [upstream, request] { upstream->write(request); });
        // The feed may keep the connection open: the answer is complete when its Content-Length is in.
        QObject::connect(upstream, &QTcpSocket::readyRead, upstream, [guard, upstream, answer, fault] {
            *answer += upstream->readAll();
            const qsizetype bodyStart = completeMessage(*answer);
            if (bodyStart < 0)
                return;
            QObject::disconnect(upstream, nullptr, nullptr, nullptr);
            upstream->abort();
            upstream->deleteLater();
            if (guard)
                relay(guard, *answer, bodyStart, fault);
        });
        upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }

    QTcpServer m_server;
    quint16 m_upstreamPort;
    int m_requests = 0;
};

} // namespace sos::test
