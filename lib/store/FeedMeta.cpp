// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedMeta.h"

#include "Database.h"

#include <QSqlQuery>

namespace sos {

FeedMeta::FeedMeta(Database& database)
    : m_database(database)
{}

QString FeedMeta::value(Key key) const
{
    QSqlQuery query =
        selectRows(m_database.connection(), QStringLiteral("SELECT value FROM feed_meta WHERE key = ?"),
                   {enumName(key)});
    return query.next() ? query.value(0).toString() : QString();
}

Result<void> FeedMeta::setValue(Key key, const QString& value)
{
    auto stored = runQuery(m_database.connection(),
                           QStringLiteral("INSERT OR REPLACE INTO feed_meta (key, value) VALUES (?, ?)"),
                           {enumName(key), value}, "recording a setting of the store");
    if (!stored)
        return stored.error();
    return {};
}

} // namespace sos
