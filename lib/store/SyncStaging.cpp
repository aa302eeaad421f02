// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncStaging.h"

#include "Database.h"
#include <domain/Domain.h>

#include <QSqlQuery>

namespace sos {

SyncStaging::SyncStaging(Database& database)
    : m_database(database)
{}

Result<void> SyncStaging::stagePage(const QString& feedUrl, const QString& since, const StagedPage& page)
{
    auto staged = runQuery(
        m_database.connection(),
        QStringLiteral(
            "INSERT OR REPLACE INTO sync_staging (feed_url, since, page_index, cursor, next_url, body,"
            " staged_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {feedUrl, since, page.index, page.cursor, page.nextUrl, page.body,
         timestampToString(QDateTime::currentDateTimeUtc())},
        "staging a page of the sync");
    if (!staged)
        return staged.error();
    return {};
}

QList<StagedPage> SyncStaging::stagedPages(const QString& feedUrl, const QString& since) const
{
    QList<StagedPage> pages;
    QSqlQuery query = selectRows(m_database.connection(),
                                 QStringLiteral("SELECT page_index, cursor, next_url, body FROM sync_staging"
                                                " WHERE feed_url = ? AND since = ? ORDER BY page_index"),
                                 {feedUrl, bindable(since)});
    while (query.next()) {
        pages << StagedPage{query.value(0).toInt(), query.value(1).toString(), query.value(2).toString(),
                            query.value(3).toByteArray()};
    }
    return pages;
}

Result<void> SyncStaging::clearStaging()
{
    auto cleared = runQuery(m_database.connection(), QStringLiteral("DELETE FROM sync_staging"), {},
                            "clearing the sync staging");
    if (!cleared)
        return cleared.error();
    return {};
}

} // namespace sos
