// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerBackend.h"

#include "PostgresBackend.h"
#include "SqliteBackend.h"

#include <QRegularExpression>

namespace sos::server {

Answer errorAnswer(int status, const QString& code, const QString& message)
{
    return {status,
            QJsonObject{{QStringLiteral("error"),
                         QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}}};
}

Result<std::unique_ptr<ServerBackend>> ServerBackend::open(const QString& db)
{
    // Any other scheme:// is a URL of a database this server cannot use, not a file's path.
    static const QRegularExpression otherUrl(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    if (PostgresUrl::names(db) || otherUrl.match(db).hasMatch()) {
        auto url = PostgresUrl::parse(db);
        if (!url)
            return url.error();
        auto backend = PostgresBackend::open(url.value());
        if (!backend)
            return backend.error();
        return std::unique_ptr<ServerBackend>(std::move(backend).value());
    }
    auto backend = SqliteBackend::open(db);
    if (!backend)
        return backend.error();
    return std::unique_ptr<ServerBackend>(std::move(backend).value());
}

} // namespace sos::server
