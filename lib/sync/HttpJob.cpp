// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpJob.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>

namespace sos {

Error::Kind HttpResult::errorKind() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return Error::Kind::Unreachable;
    case Kind::HttpError:
        if (status == 401)
            return Error::Kind::Unauthorized;
        if (status == 409)
            return Error::Kind::Conflict;
        if (status >= 500 || status == 429)
            return Error::Kind::ServerError;
        return Error::Kind::Refused;
    case Kind::TooLarge:
        return Error::Kind::InvalidFeed;
    case Kind::Tls:
    case Kind::Redirect:
        return Error::Kind::Insecure;
    case Kind::Cancelled:
        return Error::Kind::Cancelled;
    case Kind::Ok:
    case Kind::NotModified:
        break;
    }
    return Error::Kind::Internal;
}

bool HttpResult::transient() const
{
    if (ok())
        return false;
    const Error::Kind why = errorKind();
    return why == Error::Kind::Unreachable || why == Error::Kind::ServerError;
}

int HttpResult::retryDelayMs(int baseDelayMs, int attempt) const
{
    return std::max(baseDelayMs * attempt, retryAfterMs);
}

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

HttpJob::HttpJob(QNetworkAccessManager& network, const QNetworkRequest& request, QByteArray verb,
                 QByteArray body, qint64 maxBytes, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_request(request)
    , m_verb(std::move(verb))
    , m_body(std::move(body))
    , m_maxBytes(maxBytes)
{
    // Redirects stay on the same origin (Qt's default would carry the Authorization header along).
    m_request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                           QNetworkRequest::SameOriginRedirectPolicy);
    if (m_request.transferTimeout() == 0)
        m_request.setTransferTimeout(30000);
}

HttpJob::~HttpJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpJob::start()
{
    m_reply = m_network.sendCustomRequest(m_request, m_verb, m_body);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpJob::onFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &HttpJob::progress);
}

void HttpJob::cancel()
{
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
}

void HttpJob::onReadyRead()
{
    // The cap is checked as the body arrives: an oversized answer is never held in memory whole.
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if ((length.isValid() && length.toLongLong() > m_maxBytes) ||
        m_received.size() + m_reply->bytesAvailable() > m_maxBytes) {
        m_tooLarge = true;
        m_reply->abort();
        return;
    }
    m_received += m_reply->readAll();
}

void HttpJob::onFinished()
{
    if (!m_reply)
        return;
    if (!m_tooLarge && !m_cancelled)
        onReadyRead();
    HttpResult result;
    result.url = m_reply->url();
    result.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.etag = m_reply->rawHeader("ETag");
    result.contentType = m_reply->rawHeader("Content-Type");
    bool seconds = false;
    const int retryAfter = m_reply->rawHeader("Retry-After").trimmed().toInt(&seconds);
    if (seconds && retryAfter > 0)
        result.retryAfterMs =
            static_cast<int>(std::min<qint64>(qint64(retryAfter) * 1000, HttpResult::maxRetryAfterMs));
    result.body = m_received;
    const QNetworkReply::NetworkError error = m_reply->error();
    if (m_tooLarge) {
        result.kind = HttpResult::Kind::TooLarge;
        result.error = tr("The answer from %1 is larger than the %2 MiB allowed.")
                           .arg(result.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))
                           .arg(m_maxBytes / (1024 * 1024));
        result.body.clear();
    } else if (m_cancelled) {
        result.kind = HttpResult::Kind::Cancelled;
        result.error = tr("Cancelled.");
    } else if (result.status == 304) {
        result.kind = HttpResult::Kind::NotModified;
    } else if (result.status >= 400) {
        result.kind = HttpResult::Kind::HttpError;
        result.error = tr("%1 answered %2 %3.")
                           .arg(result.url.host())
                           .arg(result.status)
                           .arg(m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    } else if (error == QNetworkReply::NoError && result.status >= 200 && result.status < 300) {
        result.kind = HttpResult::Kind::Ok;
    } else if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
        result.kind = HttpResult::Kind::Timeout; // Qt reports a transfer timeout as a cancel
        result.error = tr("%1 did not answer in time.").arg(result.url.host());
    } else if (error == QNetworkReply::SslHandshakeFailedError) {
        result.kind = HttpResult::Kind::Tls;
        result.error =
            tr("The secure connection to %1 failed: %2").arg(result.url.host(), m_reply->errorString());
    } else if (error == QNetworkReply::InsecureRedirectError ||
               error == QNetworkReply::TooManyRedirectsError ||
               (result.status >= 300 && result.status < 400)) {
        result.kind = HttpResult::Kind::Redirect;
        result.error =
            tr("%1 redirected to another address, which is not followed: point the feed URL at the final "
               "address.")
                .arg(result.url.host());
    } else {
        result.kind = HttpResult::Kind::Network;
        result.error = tr("Cannot reach %1: %2").arg(result.url.host(), m_reply->errorString());
    }
    finish(std::move(result));
}

void HttpJob::finish(HttpResult result)
{
    if (m_done)
        return;
    m_done = true;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    Q_EMIT finished(result);
}

} // namespace sos
