// SPDX-License-Identifier: GPL-3.0-or-later
// One HTTP request as a small job: a transfer timeout, a size cap checked while the body arrives, no
// redirect to another origin (the token never follows one), TLS errors reported and never ignored,
// and a typed result. The job deletes its reply when done; the owner deletes the job.
#pragma once

#include <base/Result.h>

#include <QByteArray>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace sos {

struct HttpResult
{
    enum class Kind
    {
        Ok,          // 2xx with a body
        NotModified, // 304
        HttpError,   // 4xx or 5xx: status and body tell more
        Network,     // no connection, reset, DNS...
        Timeout,
        TooLarge,
        Tls,
        Redirect, // a redirect that was not followed (another origin, or to plain http)
        Cancelled
    };
    Kind kind = Kind::Network;
    int status = 0;
    QByteArray body;
    QByteArray etag;
    QByteArray contentType;
    int retryAfterMs = 0; // what a 503 or 429 asked for with Retry-After (seconds), capped
    QString error;        // for a person
    QUrl url;             // the URL finally answered

    bool ok() const { return kind == Kind::Ok || kind == Kind::NotModified; }
    // What went wrong, as an Error names it: the one place where a failed request becomes a kind
    // the sync and the window decide by. Internal for a result that is ok.
    Error::Kind errorKind() const;
    // Worth trying again later: the network or the server, not the request.
    bool transient() const;
    // The pause before try number attempt + 1: growing with each try, and never shorter than what
    // the server asked for.
    int retryDelayMs(int baseDelayMs, int attempt) const;

    static constexpr int maxRetryAfterMs = 60 * 1000;
};

class HttpJob final : public QObject
{
    Q_OBJECT

public:
    HttpJob(QNetworkAccessManager& network, const QNetworkRequest& request, QByteArray verb = "GET",
            QByteArray body = {}, qint64 maxBytes = 64 * 1024 * 1024, QObject* parent = nullptr);
    ~HttpJob() override;

    void start();
    void cancel();

Q_SIGNALS:
    void progress(qint64 received, qint64 total);
    void finished(const sos::HttpResult& result);

private:
    void onReadyRead();
    void onFinished();
    void finish(HttpResult result);

    QNetworkAccessManager& m_network;
    QNetworkRequest m_request;
    QByteArray m_verb;
    QByteArray m_body;
    qint64 m_maxBytes;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_received;
    bool m_tooLarge = false;
    bool m_cancelled = false;
    bool m_done = false;
};

// True for 127.0.0.0/8, ::1 and "localhost": where a token may travel over plain http.
bool isLoopbackHost(const QString& host);

} // namespace sos
