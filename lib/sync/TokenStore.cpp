// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <qt6keychain/keychain.h>

namespace sos {

namespace {

QString keyFor(const QString& feedUrl)
{
    return QStringLiteral("feed-token:") + feedUrl;
}

// Runs a keychain job to its end.
void runJob(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain-text file
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

Error keychainError(const QKeychain::Job& job)
{
    if (job.error() == QKeychain::NoBackendAvailable || job.error() == QKeychain::OtherError) {
        return Error{
            TokenStore::tr(
                "The system keychain is not available (%1). Start your desktop's secret service (for "
                "example gnome-keyring), or keep the token for this session only.")
                .arg(job.errorString()),
            Error::Kind::Keychain};
    }
    if (job.error() == QKeychain::AccessDenied || job.error() == QKeychain::AccessDeniedByUser)
        return Error{TokenStore::tr("The keychain refused access to the feed token."), Error::Kind::Keychain};
    return Error{TokenStore::tr("The keychain failed: %1").arg(job.errorString()), Error::Kind::Keychain};
}

} // namespace

KeychainTokenStore::KeychainTokenStore(QString service)
    : m_service(std::move(service))
{}

Result<std::optional<QByteArray>> KeychainTokenStore::read(const QString& feedUrl)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(keyFor(feedUrl));
    runJob(job);
    if (job.error() == QKeychain::EntryNotFound)
        return std::optional<QByteArray>();
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return std::optional<QByteArray>(job.textData().toUtf8());
}

Result<void> KeychainTokenStore::write(const QString& feedUrl, const QByteArray& token)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(keyFor(feedUrl));
    job.setTextData(QString::fromUtf8(token));
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return {};
}

Result<void> KeychainTokenStore::remove(const QString& feedUrl)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(keyFor(feedUrl));
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(job);
    return {};
}

Result<std::optional<QByteArray>> MemoryTokenStore::read(const QString& feedUrl)
{
    if (!m_tokens.contains(feedUrl))
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(m_tokens.value(feedUrl));
}

Result<void> MemoryTokenStore::write(const QString& feedUrl, const QByteArray& token)
{
    m_tokens.insert(feedUrl, token);
    return {};
}

Result<void> MemoryTokenStore::remove(const QString& feedUrl)
{
    m_tokens.remove(feedUrl);
    return {};
}

} // namespace sos
