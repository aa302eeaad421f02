// SPDX-License-Identifier: GPL-3.0-or-later
// Where the feed token lives: the system keychain, through QtKeychain, and nowhere else (never SQLite,
// QSettings, logs or command lines). The insecure plain-text fallback is off. Without a keychain (no
// secret service running) the app keeps the token for the session only, in memory.
#pragma once

#include <base/Result.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace sos {

class TokenStore
{
    Q_DECLARE_TR_FUNCTIONS(sos::TokenStore)

public:
    virtual ~TokenStore() = default;
    // The token of a feed; no value when none is stored; an error when the keychain cannot answer.
    virtual Result<std::optional<QByteArray>> read(const QString& feedUrl) = 0;
    virtual Result<void> write(const QString& feedUrl, const QByteArray& token) = 0;
    virtual Result<void> remove(const QString& feedUrl) = 0;
};

// The system keychain (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows).
// These calls wait for the keychain, which answers in milliseconds; a missing keychain is an error that
// says so ("no keychain here"), never a silent fallback.
class KeychainTokenStore final : public TokenStore
{
public:
    explicit KeychainTokenStore(QString service = QStringLiteral("ShipOrSkip"));
    Result<std::optional<QByteArray>> read(const QString& feedUrl) override;
    Result<void> write(const QString& feedUrl, const QByteArray& token) override;
    Result<void> remove(const QString& feedUrl) override;

private:
    QString m_service;
};

// For this session only: when there is no keychain, and in unit tests.
class MemoryTokenStore final : public TokenStore
{
public:
    Result<std::optional<QByteArray>> read(const QString& feedUrl) override;
    Result<void> write(const QString& feedUrl, const QByteArray& token) override;
    Result<void> remove(const QString& feedUrl) override;

private:
    QHash<QString, QByteArray> m_tokens;
};

} // namespace sos
