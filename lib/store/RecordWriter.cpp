// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordWriter.h"

#include <base/TextMatch.h>

#include <QSqlQuery>

#include <map>

namespace sos {

namespace {

enum class Outcome
{
    Added,
    Updated,
    Unchanged
};

void count(ApplyStats& stats, Outcome outcome)
{
    switch (outcome) {
    case Outcome::Added:
        ++stats.added;
        break;
    case Outcome::Updated:
        ++stats.updated;
        break;
    case Outcome::Unchanged:
        ++stats.unchanged;
        break;
    }
}

// Inserts a row by its stable id, or updates it when the incoming version is newer. The table and
// column names come from this file only; every value is bound.
struct Upsert
{
    Upsert(const QString& table, const QStringList& columns)
    {
        QStringList assignments;
        for (const QString& column : columns)
            assignments << column + QStringLiteral(" = ?");
        const QStringList placeholders(columns.size() + 2, QStringLiteral("?"));
        select = QStringLiteral("SELECT pk, updated_at FROM %1 WHERE id = ?").arg(table);
        update = QStringLiteral("UPDATE %1 SET %2, updated_at = ? WHERE pk = ?")
                     .arg(table, assignments.join(QStringLiteral(", ")));
        insert = QStringLiteral("INSERT INTO %1 (%2, id, updated_at) VALUES (%3)")
                     .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")));
    }

    QString select;
    QString update;
    QString insert;
};

Result<std::pair<Outcome, qint64>> upsert(PreparedStatements& sql, const Upsert& statements,
                                          const QString& id, const QDateTime& updatedAtTime,
                                          QVariantList values)
{
    const QString updatedAt = timestampToString(updatedAtTime);
    auto existing = sql.run(statements.select, {id}, "looking up a row");
    if (!existing)
        return existing.error();
    if (existing.value()->next()) {
        const qint64 pk = existing.value()->value(0).toLongLong();
        const bool newer = updatedAt > existing.value()->value(1).toString();
        existing.value()->finish();
        if (!newer)
            return std::pair{Outcome::Unchanged, pk};
        values << updatedAt << pk;
        auto updated = sql.run(statements.update, values, "updating a row");
        if (!updated)
            return updated.error();
        return std::pair{Outcome::Updated, pk};
    }
    values << id << updatedAt;
    auto inserted = sql.run(statements.insert, values, "inserting a row");
    if (!inserted)
        return inserted.error();
    return std::pair{Outcome::Added, inserted.value()->lastInsertId().toLongLong()};
}

} // namespace

RecordWriter::RecordWriter(const QSqlDatabase& db, QString prefix, FeedDocument* parked)
    : m_sql(db)
    , m_prefix(std::move(prefix))
    , m_parked(parked)
{}

Result<void> RecordWriter::write(const FeedDocument& feed)
{
    if (auto written = writeLenses(feed.lenses); !written)
        return written;
    if (auto written = writeTools(feed.tools); !written)
        return written;
    if (auto written = writeReviews(feed.reviews); !written)
        return written;
    if (auto written = writeComparisons(feed.comparisons); !written)
        return written;
    if (auto written = writeTallies(feed.tallies); !written)
        return written;
    return writeTombstones(feed.tombstones);
}

Result<qint64> RecordWriter::keyOf(Keys& known, const char* tableName, const QString& id, const char* kind)
{
    if (const auto found = known.constFind(id); found != known.cend())
        return *found;
    auto query = m_sql.run(QStringLiteral("SELECT pk FROM %1 WHERE id = ?").arg(table(tableName)), {id},
                           "resolving a reference");
    if (!query)
        return query.error();
    if (!query.value()->next())
        return Error{FeedApply::unknownReference(QLatin1String(kind), id), Error::Kind::InvalidFeed};
    const qint64 key = query.value()->value(0).toLongLong();
    query.value()->finish();
    known.insert(id, key);
    return key;
}

Result<void> RecordWriter::writeLenses(const QList<Lens>& lenses)
{
    const Upsert rows(table("lenses"),
                      {QStringLiteral("name"), QStringLiteral("summary"), QStringLiteral("position")});
    for (const Lens& lens : lenses) {
        auto outcome = upsert(m_sql, rows, lens.id, lens.updatedAt, {lens.name, lens.summary, lens.position});
        if (!outcome)
            return outcome.error();
        count(m_stats, outcome->first);
        m_lensKeys.insert(lens.id, outcome->second);
    }
    return {};
}

Result<void> RecordWriter::writeTools(const QList<Tool>& tools)
{
    if (tools.isEmpty())
        return {};
    QStringList columns = {QStringLiteral("name"),         QStringLiteral("vendor"),
                           QStringLiteral("category"),     QStringLiteral("tagline"),
                           QStringLiteral("description"),  QStringLiteral("pricing"),
                           QStringLiteral("pricing_note"), QStringLiteral("license"),
                           QStringLiteral("deployment"),   QStringLiteral("parameter_sizes")};
    // The name's sort key (migration 014) goes with the name. The migration tests write a store left
    // at an earlier version, without the column, with this writer.
    auto keyColumn = m_sql.run(QStringLiteral("SELECT 1 FROM pragma_table_info(?) WHERE name = 'name_key'"),
                               {table("tools")}, "looking up the tools' columns");
    if (!keyColumn)
        return keyColumn.error();
    const bool withKey = keyColumn.value()->next();
    keyColumn.value()->finish();
    if (withKey)
        columns << QStringLiteral("name_key");
    const Upsert rows(table("tools"), columns);
    for (const Tool& tool : tools) {
        QVariantList values = {tool.name,        tool.vendor,
                               tool.category,    tool.tagline,
                               tool.description, enumName(tool.pricing),
                               tool.pricingNote, tool.license,
                               tool.deployment,  tool.parameterSizes.join(QLatin1Char(','))};
        if (withKey)
            values << naturalSortKey(tool.name);
        auto outcome = upsert(m_sql, rows, tool.id, tool.updatedAt, std::move(values));
        if (!outcome)
            return outcome.error();
        count(m_stats, outcome->first);
        m_toolKeys.insert(tool.id, outcome->second);
    }
    return {};
}

Result<void> RecordWriter::writeReviews(const QList<Review>& reviews)
{
    const Upsert rows(table("reviews"),
                      {QStringLiteral("tool_pk"), QStringLiteral("lens_pk"), QStringLiteral("verdict"),
                       QStringLiteral("text"), QStringLiteral("author"), QStringLiteral("created_at")});
    for (const Review& review : reviews) {
        auto toolPk = keyOf(m_toolKeys, "tools", review.toolId, "tool");
        auto lensPk = toolPk ? keyOf(m_lensKeys, "lenses", review.lensId, "lens") : toolPk;
        if (!lensPk) {
            if (!parks(lensPk.error()))
                return lensPk.error();
            m_parked->reviews << review;
            continue;
        }
        auto outcome = upsert(m_sql, rows, review.id, review.updatedAt,
                              {toolPk.value(), lensPk.value(), enumName(review.verdict), review.text,
                               review.author, timestampToString(review.createdAt)});
        if (!outcome)
            return outcome.error();
        count(m_stats, outcome->first);
    }
    return {};
}

Result<void> RecordWriter::writeComparisons(const QList<Comparison>& comparisons)
{
    const Upsert rows(table("comparisons"), {QStringLiteral("title")});
    const QString clear =
        QStringLiteral("DELETE FROM %1 WHERE comparison_pk = ?").arg(table("comparison_tools"));
    const QString add = QStringLiteral("INSERT INTO %1 (comparison_pk, tool_pk, position) VALUES (?, ?, ?)")
                            .arg(table("comparison_tools"));
    for (const Comparison& comparison : comparisons) {
        QVariantList toolPks;
        std::optional<Error> unresolved;
        for (const QString& toolId : comparison.toolIds) {
            auto toolPk = keyOf(m_toolKeys, "tools", toolId, "tool");
            if (!toolPk) {
                unresolved = toolPk.error();
                break;
            }
            toolPks << toolPk.value();
        }
        if (unresolved) {
            if (!parks(*unresolved))
                return *unresolved;
            m_parked->comparisons << comparison;
            continue;
        }
        auto outcome = upsert(m_sql, rows, comparison.id, comparison.updatedAt, {comparison.title});
        if (!outcome)
            return outcome.error();
        count(m_stats, outcome->first);
        m_comparisonKeys.insert(comparison.id, outcome->second);
        if (outcome->first == Outcome::Unchanged)
            continue;
        const qint64 comparisonPk = outcome->second;
        if (auto cleared = m_sql.run(clear, {comparisonPk}, "replacing a comparison's tools"); !cleared)
            return cleared.error();
        for (qsizetype position = 0; position < toolPks.size(); ++position) {
            if (auto added = m_sql.run(add, {comparisonPk, toolPks.at(position), position},
                                       "adding a comparison's tool");
                !added)
                return added.error();
        }
    }
    return {};
}

Result<void> RecordWriter::writeTallies(const QList<Tally>& tallies)
{
    const QString store = QStringLiteral("INSERT INTO %1 (comparison_pk, tool_pk, votes, updated_at)"
                                         " VALUES (?, ?, ?, ?) ON CONFLICT (comparison_pk, tool_pk) DO UPDATE"
                                         " SET votes = excluded.votes, updated_at = excluded.updated_at"
                                         " WHERE excluded.updated_at > %1.updated_at")
                              .arg(table("vote_tallies"));
    // What the visible table's history triggers do (003_votes.sql), for the shadow's.
    const QString forget = QStringLiteral("DELETE FROM %1 WHERE comparison_pk = ? AND tool_pk = ?"
                                          " AND recorded_at = ?")
                               .arg(table("tally_history"));
    const QString remember =
        QStringLiteral("INSERT INTO %1 (comparison_pk, tool_pk, recorded_at, votes) VALUES (?, ?, ?, ?)")
            .arg(table("tally_history"));
    for (const Tally& tally : tallies) {
        auto comparisonPk = keyOf(m_comparisonKeys, "comparisons", tally.comparisonId, "comparison");
        auto toolPk = comparisonPk ? keyOf(m_toolKeys, "tools", tally.toolId, "tool") : comparisonPk;
        if (!toolPk) {
            if (!parks(toolPk.error()))
                return toolPk.error();
            m_parked->tallies << tally;
            continue;
        }
        const QString at = timestampToString(tally.updatedAt);
        auto stored =
            m_sql.run(store, {comparisonPk.value(), toolPk.value(), tally.votes, at}, "storing a vote tally");
        if (!stored)
            return stored.error();
        if (!shadow() || stored.value()->numRowsAffected() == 0)
            continue;
        if (auto forgot =
                m_sql.run(forget, {comparisonPk.value(), toolPk.value(), at}, "keeping a tally's history");
            !forgot)
            return forgot.error();
        if (auto kept = m_sql.run(remember, {comparisonPk.value(), toolPk.value(), at, tally.votes},
                                  "keeping a tally's history");
            !kept)
            return kept.error();
    }
    return {};
}

Result<void> RecordWriter::writeTombstones(const QList<Tombstone>& tombstones)
{
    static const std::map<Tombstone::Kind, const char*> tables{{Tombstone::Kind::Lens, "lenses"},
                                                               {Tombstone::Kind::Tool, "tools"},
                                                               {Tombstone::Kind::Review, "reviews"},
                                                               {Tombstone::Kind::Comparison, "comparisons"}};
    // In the shadow tables (no foreign keys acting there) what the visible ones' ON DELETE CASCADE does.
    static const std::map<Tombstone::Kind, std::vector<std::pair<const char*, const char*>>> dependants{
        {Tombstone::Kind::Lens, {{"reviews", "lens_pk"}}},
        {Tombstone::Kind::Tool,
         {{"reviews", "tool_pk"},
          {"comparison_tools", "tool_pk"},
          {"vote_tallies", "tool_pk"},
          {"tally_history", "tool_pk"},
          {"tool_figures", "tool_pk"}}},
        {Tombstone::Kind::Review, {}},
        {Tombstone::Kind::Comparison,
         {{"comparison_tools", "comparison_pk"},
          {"vote_tallies", "comparison_pk"},
          {"tally_history", "comparison_pk"}}}};
    for (const Tombstone& tombstone : tombstones) {
        const QString target = table(tables.at(tombstone.kind));
        const QString deletedAt = timestampToString(tombstone.deletedAt);
        if (shadow()) {
            // A tombstone older than the row it names does not delete the newer row.
            auto doomed =
                m_sql.run(QStringLiteral("SELECT pk FROM %1 WHERE id = ? AND updated_at <= ?").arg(target),
                          {tombstone.id, deletedAt}, "finding a deleted row");
            if (!doomed)
                return doomed.error();
            if (!doomed.value()->next())
                continue;
            const qint64 pk = doomed.value()->value(0).toLongLong();
            doomed.value()->finish();
            for (const auto& [dependant, column] : dependants.at(tombstone.kind)) {
                if (auto gone = m_sql.run(QStringLiteral("DELETE FROM %1 WHERE %2 = ?")
                                              .arg(table(dependant), QLatin1String(column)),
                                          {pk}, "deleting a row's dependants");
                    !gone)
                    return gone.error();
            }
        }
        auto deleted =
            m_sql.run(QStringLiteral("DELETE FROM %1 WHERE id = ? AND updated_at <= ?").arg(target),
                      {tombstone.id, deletedAt}, "deleting a row");
        if (!deleted)
            return deleted.error();
        m_stats.deleted += deleted.value()->numRowsAffected();
    }
    m_lensKeys.clear(); // a deleted row's key is no longer one
    m_toolKeys.clear();
    m_comparisonKeys.clear();
    return {};
}

} // namespace sos
