// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchIndex.h"

#include "Database.h"

#include <QSqlQuery>

namespace sos {

SearchIndex::SearchIndex(Database& database)
    : m_database(database)
{}

Result<int> SearchIndex::indexSome(int maxTools)
{
    const QSqlDatabase db = m_database.connection();
    // The waiting tools up to a key, so that both statements below take the same ones.
    auto last = runQuery(db,
                         QStringLiteral("SELECT max(tool_pk), count(*) FROM (SELECT tool_pk FROM search_stale"
                                        " ORDER BY tool_pk LIMIT ?)"),
                         {maxTools}, "choosing the tools to index");
    if (!last)
        return last.error();
    if (!last->next() || last->value(1).toInt() == 0)
        return 0;
    const qint64 upTo = last->value(0).toLongLong();
    const int chosen = last->value(1).toInt();
    last->finish();
    // Out of the index with the text it was indexed with, back in with its text now; a tool deleted
    // since it was noted has no row in the view, and is only taken out.
    static const char* const steps[] = {
        "INSERT INTO tool_search (tool_search, rowid, name, tagline, description, reviews)"
        " SELECT 'delete', tool_pk, name, tagline, description, reviews FROM search_unindexed WHERE tool_pk "
        "<= ?",
        "INSERT INTO tool_search (rowid, name, tagline, description, reviews)"
        " SELECT pk, name, tagline, description, reviews FROM tool_search_source"
        " WHERE pk IN (SELECT tool_pk FROM search_stale WHERE tool_pk <= ?)",
        "DELETE FROM search_unindexed WHERE tool_pk <= ?", "DELETE FROM search_stale WHERE tool_pk <= ?"};
    for (const char* step : steps) {
        if (auto done = runQuery(db, QString::fromLatin1(step), {upTo}, "updating the search index"); !done)
            return done.error();
    }
    return chosen;
}

Result<void> SearchIndex::indexAll()
{
    auto indexed = indexSome(std::numeric_limits<int>::max());
    if (!indexed)
        return indexed.error();
    return {};
}

int SearchIndex::waiting() const
{
    QSqlQuery query =
        selectRows(m_database.connection(), QStringLiteral("SELECT count(*) FROM search_stale"));
    return query.next() ? query.value(0).toInt() : 0;
}

} // namespace sos
