// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedApply.h"

#include "Catalog.h"
#include "Database.h"
#include "SyncStaging.h"
#include "Transaction.h"

#include <QFile>
#include <QHash>
#include <QSqlQuery>

#include <map>

namespace sos {

namespace {

// The schema version from which a bulk apply defers the search index (007_search_deferred.sql).
constexpr int searchDeferredVersion = 7;

const QString bundledCatalogResource = QStringLiteral(":/feed/bundled-feed.json");

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
// column names come from this file only; every value is bound. The statements are written once per
// table, not once per record.
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

// The keys of the lenses, tools or comparisons an apply has written or looked up, by id: each review
// and tally names its tool, lens and comparison, and looking them up again for every record cost as
// much as writing it. Within an apply a row keeps its key (nothing is deleted before the tombstones,
// which come last).
using Keys = QHash<QString, qint64>;

Result<qint64> keyOf(PreparedStatements& sql, Keys& known, const char* table, const QString& id,
                     const char* kind)
{
    if (const auto found = known.constFind(id); found != known.cend())
        return *found;
    auto query = sql.run(QStringLiteral("SELECT pk FROM %1 WHERE id = ?").arg(QLatin1String(table)), {id},
                         "resolving a reference");
    if (!query)
        return query.error();
    if (!query.value()->next())
        //: %1 is the kind of record as the feed names it (lens, tool, comparison), %2 its id
        return Error{FeedApply::tr("The feed refers to a %1 \"%2\" that it does not define")
                         .arg(QLatin1String(kind), id),
                     Error::Kind::InvalidFeed};
    const qint64 key = query.value()->value(0).toLongLong();
    query.value()->finish();
    known.insert(id, key);
    return key;
}

// For the length of a large write, room in SQLite's page cache for all of it: with the default 2 MB a
// sync's apply wrote the same pages out to the log again and again as it went; with room, each is
// written once, at commit. And temporary storage in memory: within a transaction SQLite journals the
// original of every page a statement changes, in case the statement fails, and once that journal had
// outgrown 64 KiB it went to a temporary file, written for every statement after (most of a sync
// apply's system time). The connection's own settings come back after (the app would otherwise keep
// that much of the catalog in memory).
class LargeWrite
{
public:
    explicit LargeWrite(QSqlDatabase db)
        : m_db(std::move(db))
        , m_cacheSize(setPragma("cache_size", largeCacheSize))
        , m_tempStore(setPragma("temp_store", tempStoreMemory))
    {}
    ~LargeWrite()
    {
        if (m_tempStore)
            (void)setPragma("temp_store", *m_tempStore);
        if (m_cacheSize)
            (void)setPragma("cache_size", *m_cacheSize);
    }
    LargeWrite(const LargeWrite&) = delete;
    LargeWrite& operator=(const LargeWrite&) = delete;

private:
    static constexpr qint64 largeCacheSize = -256 * 1024; // negative: in KiB (256 MiB), taken only as needed
    static constexpr qint64 tempStoreMemory = 2;

    // Sets a pragma of the connection and returns its value before, or nothing when it cannot be read
    // or set (temp_store cannot change inside a transaction that already uses temporary storage): then
    // the write just goes the slower way.
    std::optional<qint64> setPragma(const char* name, qint64 value) const
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) || !query.next())
            return std::nullopt;
        const qint64 before = query.value(0).toLongLong();
        query.finish();
        if (!query.exec(QStringLiteral("PRAGMA %1 = %2").arg(QLatin1String(name)).arg(value)))
            return std::nullopt;
        return before;
    }

    QSqlDatabase m_db;
    std::optional<qint64> m_cacheSize;
    std::optional<qint64> m_tempStore;
};

// The records of one feed document written in the caller's transaction, one function per kind, in the
// order their references need: lenses and tools before the reviews and comparisons that name them,
// comparisons before their tallies, and tombstones last.
class RecordWriter
{
public:
    explicit RecordWriter(const QSqlDatabase& db)
        : m_sql(db)
    {}

    Result<void> writeLenses(const QList<Lens>& lenses);
    Result<void> writeTools(const QList<Tool>& tools);
    Result<void> writeReviews(const QList<Review>& reviews);
    Result<void> writeComparisons(const QList<Comparison>& comparisons);
    Result<void> writeTallies(const QList<Tally>& tallies);
    Result<void> writeTombstones(const QList<Tombstone>& tombstones);
    Result<void> deferSearchIndex();
    Result<void> refreshSearchIndex();

    const ApplyStats& stats() const { return m_stats; }

private:
    PreparedStatements m_sql;
    ApplyStats m_stats;
    Keys m_lensKeys;
    Keys m_toolKeys;
    Keys m_comparisonKeys;
};

Result<void> RecordWriter::writeLenses(const QList<Lens>& lenses)
{
    static const Upsert rows(QStringLiteral("lenses"),
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
    static const Upsert rows(QStringLiteral("tools"),
                             {QStringLiteral("name"), QStringLiteral("vendor"), QStringLiteral("category"),
                              QStringLiteral("tagline"), QStringLiteral("description"),
                              QStringLiteral("pricing"), QStringLiteral("pricing_note"),
                              QStringLiteral("license"), QStringLiteral("deployment"),
                              QStringLiteral("parameter_sizes")});
    for (const Tool& tool : tools) {
        auto outcome = upsert(m_sql, rows, tool.id, tool.updatedAt,
                              {tool.name, tool.vendor, tool.category, tool.tagline, tool.description,
                               enumName(tool.pricing), tool.pricingNote, tool.license, tool.deployment,
                               tool.parameterSizes.join(QLatin1Char(','))});
        if (!outcome)
            return outcome.error();
        count(m_stats, outcome->first);
        m_toolKeys.insert(tool.id, outcome->second);
    }
    return {};
}

Result<void> RecordWriter::writeReviews(const QList<Review>& reviews)
{
    static const Upsert rows(QStringLiteral("reviews"),
                             {QStringLiteral("tool_pk"), QStringLiteral("lens_pk"), QStringLiteral("verdict"),
                              QStringLiteral("text"), QStringLiteral("author"),
                              QStringLiteral("created_at")});
    for (const Review& review : reviews) {
        auto toolPk = keyOf(m_sql, m_toolKeys, "tools", review.toolId, "tool");
        if (!toolPk)
            return toolPk.error();
        auto lensPk = keyOf(m_sql, m_lensKeys, "lenses", review.lensId, "lens");
        if (!lensPk)
            return lensPk.error();
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
    static const Upsert rows(QStringLiteral("comparisons"), {QStringLiteral("title")});
    for (const Comparison& comparison : comparisons) {
        QVariantList toolPks;
        for (const QString& toolId : comparison.toolIds) {
            auto toolPk = keyOf(m_sql, m_toolKeys, "tools", toolId, "tool");
            if (!toolPk)
                return toolPk.error();
            toolPks << toolPk.value();
        }
        auto outcome = upsert(m_sql, rows, comparison.id, comparison.updatedAt, {comparison.title});
        if (!outcome)
            return outcome.error();
        count(m_stats, outcome->first);
        m_comparisonKeys.insert(comparison.id, outcome->second);
        if (outcome->first == Outcome::Unchanged)
            continue;
        const qint64 comparisonPk = outcome->second;
        if (auto cleared = m_sql.run(QStringLiteral("DELETE FROM comparison_tools WHERE comparison_pk = ?"),
                                     {comparisonPk}, "replacing a comparison's tools");
            !cleared)
            return cleared.error();
        for (qsizetype position = 0; position < toolPks.size(); ++position) {
            if (auto added =
                    m_sql.run(QStringLiteral("INSERT INTO comparison_tools (comparison_pk, tool_pk, position)"
                                             " VALUES (?, ?, ?)"),
                              {comparisonPk, toolPks.at(position), position}, "adding a comparison's tool");
                !added)
                return added.error();
        }
    }
    return {};
}

Result<void> RecordWriter::writeTallies(const QList<Tally>& tallies)
{
    for (const Tally& tally : tallies) {
        auto comparisonPk = keyOf(m_sql, m_comparisonKeys, "comparisons", tally.comparisonId, "comparison");
        if (!comparisonPk)
            return comparisonPk.error();
        auto toolPk = keyOf(m_sql, m_toolKeys, "tools", tally.toolId, "tool");
        if (!toolPk)
            return toolPk.error();
        if (auto stored = m_sql.run(
                QStringLiteral("INSERT INTO vote_tallies (comparison_pk, tool_pk, votes, updated_at)"
                               " VALUES (?, ?, ?, ?) ON CONFLICT (comparison_pk, tool_pk) DO UPDATE"
                               " SET votes = excluded.votes, updated_at = excluded.updated_at"
                               " WHERE excluded.updated_at > vote_tallies.updated_at"),
                {comparisonPk.value(), toolPk.value(), tally.votes, timestampToString(tally.updatedAt)},
                "storing a vote tally");
            !stored)
            return stored.error();
    }
    return {};
}

Result<void> RecordWriter::writeTombstones(const QList<Tombstone>& tombstones)
{
    static const std::map<Tombstone::Kind, QString> tables{
        {Tombstone::Kind::Lens, QStringLiteral("lenses")},
        {Tombstone::Kind::Tool, QStringLiteral("tools")},
        {Tombstone::Kind::Review, QStringLiteral("reviews")},
        {Tombstone::Kind::Comparison, QStringLiteral("comparisons")}};
    for (const Tombstone& tombstone : tombstones) {
        // A tombstone older than the row it names does not delete the newer row.
        auto deleted = m_sql.run(
            QStringLiteral("DELETE FROM %1 WHERE id = ? AND updated_at <= ?").arg(tables.at(tombstone.kind)),
            {tombstone.id, timestampToString(tombstone.deletedAt)}, "deleting a row");
        if (!deleted)
            return deleted.error();
        m_stats.deleted += deleted.value()->numRowsAffected();
    }
    return {};
}

// The search index is refreshed once per changed tool at the end (007_search_deferred.sql): the
// triggers only note which tools changed while this marker row is there.
Result<void> RecordWriter::deferSearchIndex()
{
    auto deferred = m_sql.run(QStringLiteral("INSERT OR IGNORE INTO search_stale (tool_pk) VALUES (0)"), {},
                              "deferring the search index");
    if (!deferred)
        return deferred.error();
    return {};
}

// Each changed tool indexed once, with all its reviews.
Result<void> RecordWriter::refreshSearchIndex()
{
    static const char* const indexSteps[] = {
        "DELETE FROM tool_search WHERE rowid IN (SELECT tool_pk FROM search_stale WHERE tool_pk > 0)",
        "INSERT INTO tool_search (rowid, name, tagline, description, reviews)"
        " SELECT t.pk, t.name, t.tagline, t.description,"
        " coalesce((SELECT group_concat(r.text, ' ') FROM reviews r WHERE r.tool_pk = t.pk), '')"
        " FROM tools t WHERE t.pk IN (SELECT tool_pk FROM search_stale WHERE tool_pk > 0)",
        "DELETE FROM search_stale"};
    for (const char* step : indexSteps) {
        if (auto indexed = m_sql.run(QString::fromLatin1(step), {}, "updating the search index"); !indexed)
            return indexed.error();
    }
    return {};
}

} // namespace

FeedApply::FeedApply(Database& database, FeedMeta& meta, SyncStaging& staging, const Catalog& catalog)
    : m_database(database)
    , m_meta(meta)
    , m_staging(staging)
    , m_catalog(catalog)
{}

Result<ApplyStats> FeedApply::applyFeed(const FeedDocument& feed)
{
    const QSqlDatabase connection = m_database.connection();
    const LargeWrite largeWrite(connection);
    // Inside a caller's transaction this is a savepoint: a feed that fails undoes only itself.
    Transaction transaction(connection);
    if (auto result = transaction.begin(); !result)
        return result.error();
    auto stats = applyRecords(feed);
    if (!stats)
        return stats.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return stats;
}

Result<ApplyStats> FeedApply::applyRecords(const FeedDocument& feed)
{
    // A file still at an older version, as in a migration's test, keeps its triggers row by row.
    const bool deferSearch = m_database.schemaVersion() >= searchDeferredVersion;
    // Ends (and with it every statement it prepared) before the caller commits.
    RecordWriter writer(m_database.connection());
    if (deferSearch) {
        if (auto deferred = writer.deferSearchIndex(); !deferred)
            return deferred.error();
    }
    if (auto written = writer.writeLenses(feed.lenses); !written)
        return written.error();
    if (auto written = writer.writeTools(feed.tools); !written)
        return written.error();
    if (auto written = writer.writeReviews(feed.reviews); !written)
        return written.error();
    if (auto written = writer.writeComparisons(feed.comparisons); !written)
        return written.error();
    if (auto written = writer.writeTallies(feed.tallies); !written)
        return written.error();
    if (auto written = writer.writeTombstones(feed.tombstones); !written)
        return written.error();
    const QList<std::pair<FeedMeta::Key, QString>> position{
        {FeedMeta::Key::FeedId, feed.feedId},
        {FeedMeta::Key::FeedCursor, feed.cursor},
        {FeedMeta::Key::FeedGeneratedAt, timestampToString(feed.generatedAt)}};
    for (const auto& [key, value] : position) {
        if (value.isEmpty())
            continue; // an optional field the document left out: keep what the store knows
        if (auto stored = m_meta.setValue(key, value); !stored)
            return stored.error();
    }
    if (deferSearch) { // otherwise the triggers kept it in step
        if (auto indexed = writer.refreshSearchIndex(); !indexed)
            return indexed.error();
    }
    return writer.stats();
}

Result<ApplyStats> FeedApply::applySync(const FeedDocument& merged,
                                        const QList<std::pair<FeedMeta::Key, QString>>& metaValues)
{
    // Around the commit too: the apply's pages are written out there.
    const LargeWrite largeWrite(m_database.connection());
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    // The records straight in this transaction, not in a savepoint of it as applyFeed would: a failure
    // rolls all of it back anyway, and while a savepoint is open SQLite's journal of the pages each
    // statement changed is never emptied; it grew by gigabytes over a large apply.
    auto stats = applyRecords(merged);
    if (!stats)
        return stats.error();
    for (const auto& [key, value] : metaValues) {
        if (auto stored = m_meta.setValue(key, value); !stored)
            return stored.error();
    }
    if (auto cleared = m_staging.clearStaging(); !cleared)
        return cleared.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return stats;
}

Result<bool> FeedApply::seedBundledCatalog()
{
    if (!m_meta.value(FeedMeta::Key::BundledCatalogCursor).isEmpty())
        return false;
    QFile file(bundledCatalogResource);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The bundled catalog is missing from this build."), Error::Kind::Internal};
    auto feed = FeedParser::parse(file.readAll());
    if (!feed)
        return Error{tr("The bundled catalog is invalid: %1").arg(feed.errorMessage()),
                     Error::Kind::Internal};
    if (auto applied = applyFeed(feed.value()); !applied)
        return applied.error();
    if (auto stored = m_meta.setValue(FeedMeta::Key::BundledCatalogCursor, feed->cursor); !stored)
        return stored.error();
    return true;
}

FeedDocument FeedApply::exportFeed() const
{
    FeedDocument feed;
    feed.feedId = m_meta.value(FeedMeta::Key::FeedId);
    feed.generatedAt = QDateTime::currentDateTimeUtc();
    feed.cursor = m_meta.value(FeedMeta::Key::FeedCursor);
    feed.lenses = m_catalog.lenses();
    QSqlQuery tools = selectRows(m_database.connection(), QStringLiteral("SELECT id FROM tools ORDER BY id"));
    while (tools.next()) {
        const auto details = m_catalog.toolDetails(tools.value(0).toString());
        if (!details)
            continue;
        feed.tools << details->summary.tool;
        feed.reviews << details->reviews;
    }
    for (const ComparisonSummary& summary : m_catalog.comparisons()) {
        feed.comparisons << summary.comparison;
        feed.tallies << m_catalog.tallies(summary.comparison.id);
    }
    return feed;
}

} // namespace sos
