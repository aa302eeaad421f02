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
    // A tool deleted since it was noted has no row in the view, and is only forgotten.
    if (auto indexed =
            runQuery(db,
                     QStringLiteral("INSERT INTO tool_search (rowid, name, tagline, description, reviews)"
                                    " SELECT pk, name, tagline, description, reviews"
                                    " FROM tool_search_source WHERE pk IN"
                                    " (SELECT tool_pk FROM search_stale WHERE tool_pk <= ?)"),
                     {upTo}, "updating the search index");
        !indexed)
        return indexed.error();
    if (auto forgotten = runQuery(db, QStringLiteral("DELETE FROM search_stale WHERE tool_pk <= ?"), {upTo},
                                  "updating the search index");
        !forgotten)
        return forgotten.error();
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
