// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerBackend.h"

#include "PostgresBackend.h"
#include "SqliteBackend.h"

namespace sos::server {

Answer errorAnswer(int status, const QString& code, const QString& message)
{
    return {status,
            QJsonObject{{QStringLiteral("error"),
                         QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}}};
}

Result<std::unique_ptr<ServerBackend>> ServerBackend::open(const QString& db)
{
    if (PostgresUrl::names(db)) {
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
