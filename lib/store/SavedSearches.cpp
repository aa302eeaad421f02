// SPDX-License-Identifier: GPL-3.0-or-later
#include "SavedSearches.h"

#include "Database.h"
#include "Transaction.h"
#include <domain/Domain.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace sos {

namespace {

QString nameKey(const QString& name)
{
    return name.trimmed().toCaseFolded();
}

QString facetsToJson(const SavedSearch& search)
{
    QJsonObject object;
    for (Facet facet : allFacets) {
        if (!search.values(facet).isEmpty())
            object.insert(enumName(facet), QJsonArray::fromStringList(search.values(facet)));
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// What the store wrote; an unknown facet or a value that is not text is left out.
void facetsFromJson(const QString& json, SavedSearch& search)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (Facet facet : allFacets) {
        for (const QJsonValue& value : object.value(enumName(facet)).toArray()) {
            if (value.isString())
                search.values(facet) << value.toString();
        }
    }
}

const char* const searchColumns = "name, query, facets, sort, descending, created_at, updated_at";

SavedSearch readSearch(const QSqlQuery& query)
{
    SavedSearch search;
    search.name = query.value(0).toString();
    search.query = query.value(1).toString();
    facetsFromJson(query.value(2).toString(), search);
    search.sort = enumFromName<ToolSort>(query.value(3).toString()).value_or(ToolSort::Name);
    search.descending = query.value(4).toBool();
    search.createdAt = timestampFromString(query.value(5).toString());
    search.updatedAt = timestampFromString(query.value(6).toString());
    return search;
}

} // namespace

ToolQuery SavedSearch::toQuery() const
{
    ToolQuery toolQuery;
    toolQuery.search = query;
    toolQuery.facetValues = facetValues;
    toolQuery.sort = sort;
    toolQuery.descending = descending;
    return toolQuery;
}

SavedSearch SavedSearch::fromQuery(const QString& name, const ToolQuery& query)
{
    SavedSearch search;
    search.name = name;
    search.query = query.search;
    search.facetValues = query.facetValues;
    search.sort = query.sort;
    search.descending = query.descending;
    return search;
}

SavedSearches::SavedSearches(Database& database)
    : m_database(database)
{}

std::optional<Error> SavedSearches::checkName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{tr("A saved search needs a name."), Error::Kind::InvalidInput};
    if (trimmed.size() > maximumNameLength) {
        return Error{tr("A saved search's name takes at most %n character(s).", nullptr, maximumNameLength),
                     Error::Kind::InvalidInput};
    }
    return std::nullopt;
}

Result<void> SavedSearches::save(const SavedSearch& search, bool replace)
{
    if (auto error = checkName(search.name))
        return *error;
    const QString name = search.name.trimmed();
    const QString now = timestampToString(QDateTime::currentDateTimeUtc());
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    const bool exists = find(name).has_value();
    if (exists && !replace) {
        return Error{tr("A search named \"%1\" is already saved.").arg(find(name)->name),
                     Error::Kind::Conflict};
    }
    const QVariantList values{
        name, search.query, facetsToJson(search), enumName(search.sort), search.descending ? 1 : 0,
        now,  nameKey(name)};
    auto written =
        exists
            ? runQuery(m_database.connection(),
                       QStringLiteral("UPDATE saved_searches SET name = ?, query = ?, facets = ?, sort = ?,"
                                      " descending = ?, updated_at = ? WHERE name_key = ?"),
                       values, "replacing a saved search")
            : runQuery(m_database.connection(),
                       QStringLiteral("INSERT INTO saved_searches (name, query, facets, sort, descending,"
                                      " updated_at, name_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                       values + QVariantList{now}, "saving a search");
    if (!written)
        return written.error();
    return transaction.commit();
}

Result<void> SavedSearches::rename(const QString& name, const QString& newName)
{
    if (auto error = checkName(newName))
        return *error;
    const QString trimmed = newName.trimmed();
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (!find(name))
        return Error{tr("There is no saved search named \"%1\".").arg(name), Error::Kind::NotFound};
    if (nameKey(name) != nameKey(trimmed)) {
        if (const auto other = find(trimmed)) {
            return Error{tr("A search named \"%1\" is already saved.").arg(other->name),
                         Error::Kind::Conflict};
        }
    }
    auto renamed = runQuery(
        m_database.connection(),
        QStringLiteral("UPDATE saved_searches SET name = ?, name_key = ?, updated_at = ? WHERE name_key = ?"),
        {trimmed, nameKey(trimmed), timestampToString(QDateTime::currentDateTimeUtc()), nameKey(name)},
        "renaming a saved search");
    if (!renamed)
        return renamed.error();
    return transaction.commit();
}

Result<bool> SavedSearches::remove(const QString& name)
{
    auto deleted =
        runQuery(m_database.connection(), QStringLiteral("DELETE FROM saved_searches WHERE name_key = ?"),
                 {nameKey(name)}, "removing a saved search");
    if (!deleted)
        return deleted.error();
    return deleted->numRowsAffected() > 0;
}

QList<SavedSearch> SavedSearches::list() const
{
    QSqlQuery query = selectRows(m_database.connection(),
                                 QStringLiteral("SELECT %1 FROM saved_searches ORDER BY name_key, id")
                                     .arg(QLatin1String(searchColumns)));
    QList<SavedSearch> searches;
    while (query.next())
        searches << readSearch(query);
    return searches;
}

QStringList SavedSearches::names() const
{
    QStringList names;
    for (const SavedSearch& search : list())
        names << search.name;
    return names;
}

std::optional<SavedSearch> SavedSearches::find(const QString& name) const
{
    QSqlQuery query = selectRows(
        m_database.connection(),
        QStringLiteral("SELECT %1 FROM saved_searches WHERE name_key = ?").arg(QLatin1String(searchColumns)),
        {nameKey(name)});
    if (!query.next())
        return std::nullopt;
    return readSearch(query);
}

Shortlist::Shortlist(Database& database)
    : m_database(database)
{}

Result<bool> Shortlist::add(const QString& toolId)
{
    auto inserted = runQuery(
        m_database.connection(),
        QStringLiteral("INSERT OR IGNORE INTO shortlist (tool_id, position, added_at)"
                       " VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM shortlist), ?)"),
        {toolId, timestampToString(QDateTime::currentDateTimeUtc())}, "adding a tool to the shortlist");
    if (!inserted)
        return inserted.error();
    return inserted->numRowsAffected() > 0;
}

Result<bool> Shortlist::remove(const QString& toolId)
{
    auto deleted =
        runQuery(m_database.connection(), QStringLiteral("DELETE FROM shortlist WHERE tool_id = ?"), {toolId},
                 "removing a tool from the shortlist");
    if (!deleted)
        return deleted.error();
    return deleted->numRowsAffected() > 0;
}

Result<void> Shortlist::clear()
{
    auto deleted = runQuery(m_database.connection(), QStringLiteral("DELETE FROM shortlist"), {},
                            "clearing the shortlist");
    if (!deleted)
        return deleted.error();
    return {};
}

bool Shortlist::contains(const QString& toolId) const
{
    QSqlQuery query = selectRows(m_database.connection(),
                                 QStringLiteral("SELECT 1 FROM shortlist WHERE tool_id = ?"), {toolId});
    return query.next();
}

QList<ShortlistEntry> Shortlist::entries() const
{
    QSqlQuery query = selectRows(m_database.connection(),
                                 QStringLiteral("SELECT tool_id, added_at FROM shortlist ORDER BY position"));
    QList<ShortlistEntry> entries;
    while (query.next())
        entries << ShortlistEntry{query.value(0).toString(), timestampFromString(query.value(1).toString())};
    return entries;
}

QStringList Shortlist::toolIds() const
{
    QStringList ids;
    for (const ShortlistEntry& entry : entries())
        ids << entry.toolId;
    return ids;
}

} // namespace sos
