// SPDX-License-Identifier: GPL-3.0-or-later
#include "Store.h"

#include "Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <memory>

namespace sos {

Q_LOGGING_CATEGORY(lcStore, "shiporskip.store")

namespace {

// The schema version from which a bulk apply defers the search index (007_search_deferred.sql).
constexpr int searchDeferredVersion = 7;

const QString bundledCatalogResource = QStringLiteral(":/feed/bundled-feed.json");
const QString seededKey = QStringLiteral("bundledCatalogCursor");

// Prepares and runs a read; a failure is logged and reads as "no rows".
QSqlQuery select(const QSqlDatabase& db, const QString& sql, const QVariantList& bindings = {})
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        qCWarning(lcStore) << "cannot prepare" << sql << query.lastError().text();
        return query;
    }
    for (const QVariant& value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        qCWarning(lcStore) << "query failed" << sql << query.lastError().text();
    return query;
}

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& sql, const QVariantList& bindings,
                      const char* what)
{
    return runQuery(db, sql, bindings, what);
}

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

// Text columns are NOT NULL: a null QString (an absent optional field) reads as empty text. (Writes get
// the same from runQuery.)
QVariantList notNull(QVariantList values)
{
    for (QVariant& value : values)
        value = bindable(value);
    return values;
}

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
        return Error{
            Store::tr("The feed refers to a %1 \"%2\" that it does not define").arg(QLatin1String(kind), id),
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

ToolSummary readSummary(const QSqlQuery& q)
{
    // Column order of summaryColumns below.
    ToolSummary summary;
    summary.key = q.value(0).toLongLong();
    summary.tool.id = q.value(1).toString();
    summary.tool.name = q.value(2).toString();
    summary.tool.vendor = q.value(3).toString();
    summary.tool.category = q.value(4).toString();
    summary.tool.tagline = q.value(5).toString();
    summary.tool.pricing = enumFromName<Pricing>(q.value(6).toString()).value_or(Pricing::Free);
    summary.tool.license = q.value(7).toString();
    summary.tool.deployment = q.value(8).toString();
    summary.tool.parameterSizes = q.value(9).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    summary.tool.updatedAt = timestampFromString(q.value(10).toString());
    summary.panel = {q.value(11).toInt(), q.value(12).toInt()};
    summary.community = {q.value(13).toInt(), q.value(14).toInt()};
    return summary;
}

const QString summaryColumns = QStringLiteral(
    "pk, id, name, vendor, category, tagline, pricing, license, deployment, parameter_sizes, updated_at,"
    " panel_ships, panel_reviews, community_votes, community_total");

} // namespace

Result<std::unique_ptr<Store>> Store::open(const QString& path)
{
    auto database = Database::open(path);
    if (!database)
        return database.error();
    return std::make_unique<Store>(std::move(database).value());
}

Result<Store::Recovered> Store::openOrRecover(const QString& path)
{
    auto store = open(path);
    if (store)
        return Recovered{std::move(store).value(), {}, {}};
    if (!store.failedWith(Error::Kind::Damaged))
        return store.error();
    const QString aside = path + QStringLiteral(".damaged-") +
                          QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    // The journal files belong with the file they journal.
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QString()}) {
        if (QFile::exists(path + suffix) && !QFile::rename(path + suffix, aside + suffix))
            return Error{tr("%1 Moving it aside to %2 failed too; nothing was changed. Move or delete it "
                            "yourself.")
                             .arg(store.errorMessage(), aside + suffix),
                         Error::Kind::FileSystem};
    }
    auto fresh = open(path);
    if (!fresh)
        return fresh.error();
    return Recovered{std::move(fresh).value(), aside, store.errorMessage()};
}

QString recoveryNotice(const Store::Recovered& recovered)
{
    return Store::tr("%1 It was kept aside, untouched, as %2, and a new store was made from the bundled "
                     "catalog. A sync brings back the rest of the feed; your own votes and drafts stay in "
                     "the kept file.")
        .arg(recovered.damage, recovered.keptAside);
}

Store::Store(std::unique_ptr<Database> database)
    : m_database(std::move(database))
{}

Result<ApplyStats> Store::applyFeed(const FeedDocument& feed)
{
    const QSqlDatabase connection = m_database->connection();
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

Result<ApplyStats> Store::applyRecords(const FeedDocument& feed)
{
    PreparedStatements db(m_database->connection());
    // The search index is refreshed once per changed tool at the end (007_search_deferred.sql; a file
    // still at an older version, as in a migration's test, keeps its triggers row by row).
    const bool deferSearch = m_database->schemaVersion() >= searchDeferredVersion;
    if (deferSearch) {
        if (auto deferred = db.run(QStringLiteral("INSERT OR IGNORE INTO search_stale (tool_pk) VALUES (0)"),
                                   {}, "deferring the search index");
            !deferred)
            return deferred.error();
    }

    static const Upsert lensRows(QStringLiteral("lenses"), {QStringLiteral("name"), QStringLiteral("summary"),
                                                            QStringLiteral("position")});
    static const Upsert toolRows(QStringLiteral("tools"),
                                 {QStringLiteral("name"), QStringLiteral("vendor"),
                                  QStringLiteral("category"), QStringLiteral("tagline"),
                                  QStringLiteral("description"), QStringLiteral("pricing"),
                                  QStringLiteral("pricing_note"), QStringLiteral("license"),
                                  QStringLiteral("deployment"), QStringLiteral("parameter_sizes")});
    static const Upsert reviewRows(QStringLiteral("reviews"),
                                   {QStringLiteral("tool_pk"), QStringLiteral("lens_pk"),
                                    QStringLiteral("verdict"), QStringLiteral("text"),
                                    QStringLiteral("author"), QStringLiteral("created_at")});
    static const Upsert comparisonRows(QStringLiteral("comparisons"), {QStringLiteral("title")});
    Keys lensKeys;
    Keys toolKeys;
    Keys comparisonKeys;

    ApplyStats stats;
    for (const Lens& lens : feed.lenses) {
        auto outcome =
            upsert(db, lensRows, lens.id, lens.updatedAt, {lens.name, lens.summary, lens.position});
        if (!outcome)
            return outcome.error();
        count(stats, outcome->first);
        lensKeys.insert(lens.id, outcome->second);
    }
    for (const Tool& tool : feed.tools) {
        auto outcome = upsert(db, toolRows, tool.id, tool.updatedAt,
                              {tool.name, tool.vendor, tool.category, tool.tagline, tool.description,
                               enumName(tool.pricing), tool.pricingNote, tool.license, tool.deployment,
                               tool.parameterSizes.join(QLatin1Char(','))});
        if (!outcome)
            return outcome.error();
        count(stats, outcome->first);
        toolKeys.insert(tool.id, outcome->second);
    }
    for (const Review& review : feed.reviews) {
        auto toolPk = keyOf(db, toolKeys, "tools", review.toolId, "tool");
        if (!toolPk)
            return toolPk.error();
        auto lensPk = keyOf(db, lensKeys, "lenses", review.lensId, "lens");
        if (!lensPk)
            return lensPk.error();
        auto outcome = upsert(db, reviewRows, review.id, review.updatedAt,
                              {toolPk.value(), lensPk.value(), enumName(review.verdict), review.text,
                               review.author, timestampToString(review.createdAt)});
        if (!outcome)
            return outcome.error();
        count(stats, outcome->first);
    }
    for (const Comparison& comparison : feed.comparisons) {
        QVariantList toolPks;
        for (const QString& toolId : comparison.toolIds) {
            auto toolPk = keyOf(db, toolKeys, "tools", toolId, "tool");
            if (!toolPk)
                return toolPk.error();
            toolPks << toolPk.value();
        }
        auto outcome = upsert(db, comparisonRows, comparison.id, comparison.updatedAt, {comparison.title});
        if (!outcome)
            return outcome.error();
        count(stats, outcome->first);
        comparisonKeys.insert(comparison.id, outcome->second);
        if (outcome->first == Outcome::Unchanged)
            continue;
        const qint64 comparisonPk = outcome->second;
        if (auto cleared = db.run(QStringLiteral("DELETE FROM comparison_tools WHERE comparison_pk = ?"),
                                  {comparisonPk}, "replacing a comparison's tools");
            !cleared)
            return cleared.error();
        for (qsizetype position = 0; position < toolPks.size(); ++position) {
            if (auto added =
                    db.run(QStringLiteral("INSERT INTO comparison_tools (comparison_pk, tool_pk, position)"
                                          " VALUES (?, ?, ?)"),
                           {comparisonPk, toolPks.at(position), position}, "adding a comparison's tool");
                !added)
                return added.error();
        }
    }
    for (const Tally& tally : feed.tallies) {
        auto comparisonPk = keyOf(db, comparisonKeys, "comparisons", tally.comparisonId, "comparison");
        if (!comparisonPk)
            return comparisonPk.error();
        auto toolPk = keyOf(db, toolKeys, "tools", tally.toolId, "tool");
        if (!toolPk)
            return toolPk.error();
        if (auto stored = db.run(
                QStringLiteral("INSERT INTO vote_tallies (comparison_pk, tool_pk, votes, updated_at)"
                               " VALUES (?, ?, ?, ?) ON CONFLICT (comparison_pk, tool_pk) DO UPDATE"
                               " SET votes = excluded.votes, updated_at = excluded.updated_at"
                               " WHERE excluded.updated_at > vote_tallies.updated_at"),
                {comparisonPk.value(), toolPk.value(), tally.votes, timestampToString(tally.updatedAt)},
                "storing a vote tally");
            !stored)
            return stored.error();
    }
    for (const Tombstone& tombstone : feed.tombstones) {
        static const std::map<Tombstone::Kind, QString> tables{
            {Tombstone::Kind::Lens, QStringLiteral("lenses")},
            {Tombstone::Kind::Tool, QStringLiteral("tools")},
            {Tombstone::Kind::Review, QStringLiteral("reviews")},
            {Tombstone::Kind::Comparison, QStringLiteral("comparisons")}};
        // A tombstone older than the row it names does not delete the newer row.
        auto deleted = db.run(
            QStringLiteral("DELETE FROM %1 WHERE id = ? AND updated_at <= ?").arg(tables.at(tombstone.kind)),
            {tombstone.id, timestampToString(tombstone.deletedAt)}, "deleting a row");
        if (!deleted)
            return deleted.error();
        stats.deleted += deleted.value()->numRowsAffected();
    }

    const QList<std::pair<QString, QString>> meta{
        {QStringLiteral("feedId"), feed.feedId},
        {QStringLiteral("feedCursor"), feed.cursor},
        {QStringLiteral("feedGeneratedAt"), timestampToString(feed.generatedAt)}};
    for (const auto& [key, value] : meta) {
        if (value.isEmpty())
            continue; // an optional field the document left out: keep what the store knows
        if (auto stored =
                db.run(QStringLiteral("INSERT OR REPLACE INTO feed_meta (key, value) VALUES (?, ?)"),
                       {key, value}, "recording the feed's position");
            !stored)
            return stored.error();
    }

    // Each changed tool indexed once, with all its reviews.
    static const char* const indexSteps[] = {
        "DELETE FROM tool_search WHERE rowid IN (SELECT tool_pk FROM search_stale WHERE tool_pk > 0)",
        "INSERT INTO tool_search (rowid, name, tagline, description, reviews)"
        " SELECT t.pk, t.name, t.tagline, t.description,"
        " coalesce((SELECT group_concat(r.text, ' ') FROM reviews r WHERE r.tool_pk = t.pk), '')"
        " FROM tools t WHERE t.pk IN (SELECT tool_pk FROM search_stale WHERE tool_pk > 0)",
        "DELETE FROM search_stale"};
    if (deferSearch) { // otherwise the triggers kept it in step
        for (const char* step : indexSteps) {
            if (auto indexed = db.run(QString::fromLatin1(step), {}, "updating the search index"); !indexed)
                return indexed.error();
        }
    }
    return stats;
}

Result<bool> Store::seedBundledCatalog()
{
    if (!meta(seededKey).isEmpty())
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
    if (auto stored = run(m_database->connection(),
                          QStringLiteral("INSERT OR REPLACE INTO feed_meta (key, value) VALUES (?, ?)"),
                          {seededKey, feed->cursor}, "recording the seed");
        !stored)
        return stored.error();
    return true;
}

QString Store::meta(const QString& key) const
{
    QSqlQuery query =
        select(m_database->connection(), QStringLiteral("SELECT value FROM feed_meta WHERE key = ?"), {key});
    return query.next() ? query.value(0).toString() : QString();
}

QList<Lens> Store::lenses() const
{
    QList<Lens> lenses;
    QSqlQuery query = select(m_database->connection(),
                             QStringLiteral("SELECT id, name, summary, position, updated_at FROM lenses"
                                            " ORDER BY position, name"));
    while (query.next()) {
        lenses << Lens{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toInt(), timestampFromString(query.value(4).toString())};
    }
    return lenses;
}

int Store::toolCount() const
{
    QSqlQuery query = select(m_database->connection(), QStringLiteral("SELECT count(*) FROM tools"));
    return query.next() ? query.value(0).toInt() : 0;
}

int Store::countTools(const ToolQuery& toolQuery) const
{
    const SqlFilter filter = buildFilter(toolQuery);
    if (isSearchOnly(toolQuery)) {
        // The index holds one row per tool: counting its matches reads no tool at all (the tools' own
        // table made a search's count ten times slower).
        QSqlQuery query = select(m_database->connection(),
                                 QStringLiteral("SELECT count(*) FROM tool_search WHERE tool_search MATCH ?"),
                                 filter.bindings);
        return query.next() ? query.value(0).toInt() : 0;
    }
    QSqlQuery query = select(m_database->connection(),
                             QStringLiteral("SELECT count(*) FROM ") + filter.source() +
                                 QStringLiteral(" WHERE ") + filter.where,
                             filter.bindings);
    return query.next() ? query.value(0).toInt() : 0;
}

bool Store::isBroad(int knownTotal) const
{
    if (knownTotal < 0)
        return false;
    // The largest key stands in for the number of tools (a count would read them all).
    QSqlQuery size = select(m_database->connection(), QStringLiteral("SELECT max(pk) FROM tools"));
    return size.next() && knownTotal >= size.value(0).toLongLong() / 8;
}

bool Store::isSearchOnly(const ToolQuery& query)
{
    return !ftsMatchExpression(query.search).isEmpty() && query.comparisonId.isEmpty() &&
           std::all_of(query.facetValues.cbegin(), query.facetValues.cend(),
                       [](const QStringList& values) { return values.isEmpty(); });
}

QList<ToolSummary> Store::fetchTools(const ToolQuery& toolQuery, int offset, int limit, int knownTotal) const
{
    const SqlFilter filter = buildFilter(toolQuery);
    QVariantList bindings = filter.bindings;
    bindings << limit << offset;
    // The page's keys first, ordered on the sort's columns alone (a sort by name then reads no row of
    // tool_figures), then the whole rows of that page only.
    const QString orderBy = buildOrderBy(toolQuery);
    // SQLite takes a search's matches and sorts them all, which is right for a few. When they are a
    // good share of the catalog (an eighth or more: the first letters typed), reading the name index
    // in order and keeping the matches finds a page after a few hundred names instead.
    QString keys = filter.source(sortNeedsFigures(toolQuery.sort));
    if (toolQuery.sort == ToolSort::Name && isSearchOnly(toolQuery) && isBroad(knownTotal))
        keys = QStringLiteral("tools INDEXED BY tools_name");
    QSqlQuery query = select(m_database->connection(),
                             QStringLiteral("SELECT ") + summaryColumns +
                                 QStringLiteral(" FROM tool_summary WHERE pk IN (SELECT pk FROM ") + keys +
                                 QStringLiteral(" WHERE ") + filter.where + QStringLiteral(" ORDER BY ") +
                                 orderBy + QStringLiteral(" LIMIT ? OFFSET ?) ORDER BY ") + orderBy,
                             bindings);
    QList<ToolSummary> tools;
    while (query.next())
        tools << readSummary(query);
    return tools;
}

int Store::positionOfTool(const ToolQuery& toolQuery, const QString& toolId) const
{
    const SqlFilter filter = buildFilter(toolQuery);
    QVariantList bindings = filter.bindings;
    bindings << toolId;
    // The usual answer while typing is "left out": an index lookup says so before any ordering.
    QSqlQuery member = select(m_database->connection(),
                              QStringLiteral("SELECT 1 FROM ") + filter.source() +
                                  QStringLiteral(" WHERE (") + filter.where + QStringLiteral(") AND id = ?"),
                              bindings);
    if (!member.next())
        return -1;
    QSqlQuery position =
        select(m_database->connection(),
               QStringLiteral("SELECT position FROM (SELECT id, row_number() OVER (ORDER BY ") +
                   buildOrderBy(toolQuery) + QStringLiteral(") - 1 AS position FROM ") +
                   filter.source(sortNeedsFigures(toolQuery.sort)) + QStringLiteral(" WHERE ") +
                   filter.where + QStringLiteral(") WHERE id = ?"),
               bindings);
    return position.next() ? position.value(0).toInt() : -1;
}

Store::AllFacetCounts Store::facetCounts(const ToolQuery& toolQuery, int knownTotal) const
{
    // Each facet's counts in one pass over the tools the search and the comparison keep, grouped by
    // the facets' values together: a facet's counts are the groups that every other facet's selection
    // accepts. (Five sideways GROUP BY queries each re-ran the search: at 100,000 tools that was most
    // of a facet change.)
    std::array<QMap<QString, int>, allFacets.size()> sums;
    auto addGroups = [&](const SqlFilter& filter, const QString& source,
                         const std::vector<std::size_t>& grouped) {
        QStringList columns;
        QStringList positions;
        for (std::size_t i : grouped) {
            columns << facetExpression(allFacets[i]);
            positions << QString::number(positions.size() + 1);
        }
        QSqlQuery query = select(m_database->connection(),
                                 QStringLiteral("SELECT %1, count(*) FROM %2 WHERE %3 GROUP BY %4")
                                     .arg(columns.join(QStringLiteral(", ")), source, filter.where,
                                          positions.join(QStringLiteral(", "))),
                                 filter.bindings);
        std::array<QString, allFacets.size()> values;
        while (query.next()) {
            for (std::size_t column = 0; column < grouped.size(); ++column)
                values[grouped[column]] = query.value(static_cast<int>(column)).toString();
            const int count = query.value(static_cast<int>(grouped.size())).toInt();
            for (std::size_t i : grouped) {
                bool accepted = !values[i].isEmpty();
                for (std::size_t other : grouped) {
                    const QStringList& selected = toolQuery.values(allFacets[other]);
                    accepted =
                        accepted && (other == i || selected.isEmpty() || selected.contains(values[other]));
                }
                if (accepted)
                    sums[i][values[i]] += count;
            }
        }
    };
    static_assert(allFacets.back() == Facet::PanelVerdict, "the verdict is the last facet");
    constexpr std::size_t verdict = allFacets.size() - 1;
    ToolQuery unfaceted = toolQuery;
    for (QStringList& values : unfaceted.facetValues)
        values.clear();
    const SqlFilter kept = buildFilter(unfaceted);
    if (!toolQuery.values(Facet::PanelVerdict).isEmpty()) {
        // A verdict is selected, so the other facets' counts depend on it: all five together.
        addGroups(kept, QStringLiteral("tool_summary"), {0, 1, 2, 3, verdict});
    } else {
        // The four facets that are columns of tools, from tools alone (an index holds all four), and
        // the verdict's counts apart, given the other selections: SQLite joins the figures row by row,
        // which took longer than everything else together.
        // A broad search reads that index in order and keeps its matches.
        const bool broad = kept.where != QLatin1String("1") && isBroad(knownTotal);
        addGroups(kept, broad ? QStringLiteral("tools INDEXED BY tools_facets") : kept.source(),
                  {0, 1, 2, 3});
        // With no other facet selected, the verdict's counts read the figures alone.
        const bool othersSelected = std::any_of(toolQuery.facetValues.cbegin(), toolQuery.facetValues.cend(),
                                                [](const QStringList& values) { return !values.isEmpty(); });
        const SqlFilter others = buildFilter(toolQuery, Facet::PanelVerdict);
        addGroups(
            others,
            othersSelected
                ? QStringLiteral("tool_summary")
                : QStringLiteral("(SELECT tool_pk AS pk, panel_ships, panel_reviews FROM tool_figures)"),
            {verdict});
    }
    AllFacetCounts counts;
    for (std::size_t i = 0; i < allFacets.size(); ++i) {
        for (auto it = sums[i].cbegin(); it != sums[i].cend(); ++it)
            counts[i] << FacetCount{it.key(), it.value()};
        // As SQLite's NOCASE orders them: ASCII letters folded, everything else by code unit.
        std::stable_sort(counts[i].begin(), counts[i].end(), [](const FacetCount& a, const FacetCount& b) {
            return std::lexicographical_compare(
                a.value.cbegin(), a.value.cend(), b.value.cbegin(), b.value.cend(), [](QChar x, QChar y) {
                    const auto fold = [](QChar c) {
                        return c >= u'A' && c <= u'Z' ? c.unicode() + 32 : c.unicode();
                    };
                    return fold(x) < fold(y);
                });
        });
    }
    return counts;
}

std::optional<QString> Store::findToolId(const QString& idOrName) const
{
    QSqlQuery query = select(m_database->connection(),
                             QStringLiteral("SELECT id FROM tools WHERE id = ? OR name = ? COLLATE NOCASE"
                                            " ORDER BY (id = ?) DESC LIMIT 1"),
                             {idOrName.trimmed(), idOrName.trimmed(), idOrName.trimmed()});
    if (query.next())
        return query.value(0).toString();
    return std::nullopt;
}

QStringList Store::allToolNames() const
{
    QStringList names;
    QSqlQuery query =
        select(m_database->connection(), QStringLiteral("SELECT name FROM tools ORDER BY name"));
    while (query.next())
        names << query.value(0).toString();
    return names;
}

namespace {

// Comparisons with their tools and total votes; filter is an SQL condition on c, with its bindings.
// One query for all of them (a row per tool of each comparison, in order), not one more per comparison:
// the window lists every comparison at start-up, tens of thousands in a large feed.
QList<ComparisonSummary> readComparisons(const QSqlDatabase& db, const QString& filter,
                                         const QVariantList& bindings)
{
    QSqlQuery query =
        select(db,
               QStringLiteral("SELECT c.pk, c.id, c.title, c.updated_at,"
                              " (SELECT coalesce(sum(v.votes), 0) FROM vote_tallies v"
                              "  WHERE v.comparison_pk = c.pk), t.id, t.name"
                              " FROM comparisons c"
                              " LEFT JOIN comparison_tools ct ON ct.comparison_pk = c.pk"
                              " LEFT JOIN tools t ON t.pk = ct.tool_pk WHERE ") +
                   filter + QStringLiteral(" ORDER BY c.title COLLATE NOCASE, c.id, ct.position"),
               bindings);
    QList<ComparisonSummary> list;
    while (query.next()) {
        const qint64 key = query.value(0).toLongLong();
        if (list.isEmpty() || list.last().key != key) {
            ComparisonSummary summary;
            summary.key = key;
            summary.comparison.id = query.value(1).toString();
            summary.comparison.title = query.value(2).toString();
            summary.comparison.updatedAt = timestampFromString(query.value(3).toString());
            summary.totalVotes = query.value(4).toInt();
            list << summary;
        }
        if (query.isNull(5))
            continue; // a comparison without tools, or a tool row gone
        ComparisonSummary& summary = list.last();
        summary.comparison.toolIds << query.value(5).toString();
        summary.toolNames << query.value(6).toString();
    }
    return list;
}

} // namespace

std::optional<ToolDetails> Store::toolDetails(const QString& toolId) const
{
    const QSqlDatabase db = m_database->connection();
    QSqlQuery query = select(
        db, QStringLiteral("SELECT ") + summaryColumns + QStringLiteral(" FROM tool_summary WHERE id = ?"),
        {toolId});
    if (!query.next())
        return std::nullopt;
    ToolDetails details;
    details.summary = readSummary(query);

    QSqlQuery extra = select(db, QStringLiteral("SELECT description, pricing_note FROM tools WHERE pk = ?"),
                             {details.summary.key});
    if (extra.next()) {
        details.summary.tool.description = extra.value(0).toString();
        details.summary.tool.pricingNote = extra.value(1).toString();
    }

    QSqlQuery reviews =
        select(db,
               QStringLiteral("SELECT r.id, l.id, r.verdict, r.text, r.author, r.created_at, r.updated_at,"
                              " l.name, l.summary, l.position, l.updated_at"
                              " FROM reviews r JOIN lenses l ON l.pk = r.lens_pk"
                              " WHERE r.tool_pk = ? ORDER BY l.position, l.name, r.updated_at"),
               {details.summary.key});
    while (reviews.next()) {
        Review review;
        review.id = reviews.value(0).toString();
        review.toolId = toolId;
        review.lensId = reviews.value(1).toString();
        review.verdict = enumFromName<Verdict>(reviews.value(2).toString()).value_or(Verdict::Skip);
        review.text = reviews.value(3).toString();
        review.author = reviews.value(4).toString();
        review.createdAt = timestampFromString(reviews.value(5).toString());
        review.updatedAt = timestampFromString(reviews.value(6).toString());
        details.reviews << review;
        details.lenses << Lens{review.lensId, reviews.value(7).toString(), reviews.value(8).toString(),
                               reviews.value(9).toInt(), timestampFromString(reviews.value(10).toString())};
    }

    for (const ComparisonSummary& comparison : readComparisons(
             db, QStringLiteral("c.pk IN (SELECT comparison_pk FROM comparison_tools WHERE tool_pk = ?)"),
             {details.summary.key}))
        details.comparisons << comparison.comparison;
    return details;
}

QList<ComparisonSummary> Store::comparisons() const
{
    return readComparisons(m_database->connection(), QStringLiteral("1"), {});
}

QList<ComparisonSummary> Store::comparisons(int offset, int limit) const
{
    // The page's keys in readComparisons' order, then their rows (with their tools) only.
    return readComparisons(m_database->connection(),
                           QStringLiteral("c.pk IN (SELECT pk FROM comparisons"
                                          " ORDER BY title COLLATE NOCASE, id LIMIT ? OFFSET ?)"),
                           {limit, offset});
}

int Store::comparisonCount() const
{
    QSqlQuery query = select(m_database->connection(), QStringLiteral("SELECT count(*) FROM comparisons"));
    return query.next() ? query.value(0).toInt() : 0;
}

std::optional<ComparisonSummary> Store::findComparison(const QString& idOrTitle) const
{
    // By id first (an index lookup), then by title.
    const QString wanted = idOrTitle.trimmed();
    QList<ComparisonSummary> found =
        readComparisons(m_database->connection(), QStringLiteral("c.id = ?"), {wanted});
    if (found.isEmpty())
        found =
            readComparisons(m_database->connection(), QStringLiteral("c.title = ? COLLATE NOCASE"), {wanted});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<ComparisonSummary> Store::findComparisonOfTools(const QStringList& toolIds) const
{
    if (toolIds.isEmpty())
        return std::nullopt;
    // Comparisons holding every one of the tools and no other: an index lookup per tool, not a read of
    // every comparison.
    const QStringList placeholders(toolIds.size(), QStringLiteral("?"));
    QVariantList bindings;
    for (const QString& id : toolIds)
        bindings << id;
    bindings << toolIds.size() << toolIds.size();
    const QList<ComparisonSummary> found = readComparisons(
        m_database->connection(),
        QStringLiteral("c.pk IN (SELECT ct.comparison_pk FROM comparison_tools ct JOIN tools t"
                       " ON t.pk = ct.tool_pk WHERE t.id IN (%1) GROUP BY ct.comparison_pk"
                       " HAVING count(*) = ?) AND (SELECT count(*) FROM comparison_tools ct"
                       " WHERE ct.comparison_pk = c.pk) = ?")
            .arg(placeholders.join(QLatin1Char(','))),
        bindings);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<ComparisonSummary> Store::comparisonsWithIds(const QStringList& ids) const
{
    return readComparisons(m_database->connection(),
                           QStringLiteral("c.id IN (SELECT value FROM json_each(?))"), {jsonArrayOf(ids)});
}

QList<Tally> Store::tallies(const QString& comparisonId) const
{
    return tallies(QStringList{comparisonId});
}

QList<Tally> Store::tallies(const QStringList& comparisonIds) const
{
    QSqlQuery query =
        select(m_database->connection(),
               QStringLiteral("SELECT c.id, t.id, v.votes, v.updated_at FROM vote_tallies v"
                              " JOIN comparisons c ON c.pk = v.comparison_pk"
                              " JOIN tools t ON t.pk = v.tool_pk"
                              " WHERE c.id IN (SELECT value FROM json_each(?)) ORDER BY c.id, t.id"),
               {jsonArrayOf(comparisonIds)});
    QList<Tally> list;
    while (query.next()) {
        list << Tally{query.value(0).toString(), query.value(1).toString(), query.value(2).toInt(),
                      timestampFromString(query.value(3).toString())};
    }
    return list;
}

QList<TallyPoint> Store::tallyHistory(const QString& comparisonId) const
{
    QSqlQuery query = select(m_database->connection(),
                             QStringLiteral("SELECT t.id, h.recorded_at, h.votes FROM tally_history h"
                                            " JOIN comparisons c ON c.pk = h.comparison_pk"
                                            " JOIN tools t ON t.pk = h.tool_pk WHERE c.id = ?"
                                            " ORDER BY h.recorded_at, t.id"),
                             {comparisonId});
    QList<TallyPoint> points;
    while (query.next()) {
        points << TallyPoint{query.value(0).toString(), timestampFromString(query.value(1).toString()),
                             query.value(2).toInt()};
    }
    return points;
}

namespace {

const QString outboxColumns = QStringLiteral(
    "c.id, t.id, o.state, o.idempotency_key, o.attempts, o.last_error, o.created_at, o.updated_at"
    " FROM vote_outbox o JOIN comparisons c ON c.pk = o.comparison_pk JOIN tools t ON t.pk = o.tool_pk");

MyVote readVote(const QSqlQuery& q)
{
    MyVote vote;
    vote.comparisonId = q.value(0).toString();
    vote.toolId = q.value(1).toString();
    vote.state = enumFromName<VoteState>(q.value(2).toString()).value_or(VoteState::Pending);
    vote.idempotencyKey = q.value(3).toString();
    vote.attempts = q.value(4).toInt();
    vote.lastError = q.value(5).toString();
    vote.createdAt = timestampFromString(q.value(6).toString());
    vote.updatedAt = timestampFromString(q.value(7).toString());
    return vote;
}

} // namespace

Result<MyVote> Store::castVote(const QString& comparisonId, const QString& toolId)
{
    const QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto member = run(db,
                      QStringLiteral("SELECT c.pk, t.pk FROM comparisons c JOIN comparison_tools ct"
                                     " ON ct.comparison_pk = c.pk JOIN tools t ON t.pk = ct.tool_pk"
                                     " WHERE c.id = ? AND t.id = ?"),
                      {comparisonId, toolId}, "checking the vote");
    if (!member)
        return member.error();
    if (!member->next()) {
        auto known = run(db, QStringLiteral("SELECT 1 FROM comparisons WHERE id = ?"), {comparisonId},
                         "checking the comparison");
        if (!known)
            return known.error();
        if (!known->next())
            return Error{tr("There is no comparison \"%1\" to vote in.").arg(comparisonId),
                         Error::Kind::NotFound};
        return Error{tr("\"%1\" is not one of the tools of this comparison.").arg(toolId)};
    }
    const qint64 comparisonPk = member->value(0).toLongLong();
    const qint64 toolPk = member->value(1).toLongLong();

    if (const auto current = myVote(comparisonId);
        current && current->toolId == toolId && current->state != VoteState::Rejected)
        return *current; // the same vote again: nothing to send twice

    const QString now = timestampToString(QDateTime::currentDateTimeUtc());
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto stored =
        run(db,
            QStringLiteral("INSERT INTO vote_outbox (comparison_pk, tool_pk, idempotency_key, state,"
                           " attempts, last_error, created_at, updated_at)"
                           " VALUES (?, ?, ?, 'pending', 0, '', ?, ?)"
                           " ON CONFLICT (comparison_pk) DO UPDATE SET tool_pk = excluded.tool_pk,"
                           " idempotency_key = excluded.idempotency_key, state = 'pending',"
                           " attempts = 0, last_error = '', updated_at = excluded.updated_at"),
            {comparisonPk, toolPk, key, now, now}, "recording the vote");
    if (!stored)
        return stored.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return *myVote(comparisonId);
}

std::optional<MyVote> Store::myVote(const QString& comparisonId) const
{
    QSqlQuery query =
        select(m_database->connection(),
               QStringLiteral("SELECT ") + outboxColumns + QStringLiteral(" WHERE c.id = ?"), {comparisonId});
    if (query.next())
        return readVote(query);
    return std::nullopt;
}

QList<MyVote> Store::outbox() const
{
    QSqlQuery query = select(m_database->connection(), QStringLiteral("SELECT ") + outboxColumns +
                                                           QStringLiteral(" ORDER BY o.updated_at, c.id"));
    QList<MyVote> votes;
    while (query.next())
        votes << readVote(query);
    return votes;
}

Result<void> Store::setMeta(const QString& key, const QString& value)
{
    auto stored = run(m_database->connection(),
                      QStringLiteral("INSERT OR REPLACE INTO feed_meta (key, value) VALUES (?, ?)"),
                      {key, value}, "recording a setting of the store");
    if (!stored)
        return stored.error();
    return {};
}

FeedDocument Store::exportFeed() const
{
    const QSqlDatabase db = m_database->connection();
    FeedDocument feed;
    feed.feedId = meta(QStringLiteral("feedId"));
    feed.generatedAt = QDateTime::currentDateTimeUtc();
    feed.cursor = meta(QStringLiteral("feedCursor"));
    feed.lenses = lenses();
    QSqlQuery tools = select(db, QStringLiteral("SELECT id FROM tools ORDER BY id"));
    while (tools.next()) {
        const auto details = toolDetails(tools.value(0).toString());
        if (!details)
            continue;
        feed.tools << details->summary.tool;
        feed.reviews << details->reviews;
    }
    for (const ComparisonSummary& summary : comparisons()) {
        feed.comparisons << summary.comparison;
        feed.tallies << tallies(summary.comparison.id);
    }
    return feed;
}

Result<void> Store::stagePage(const QString& feedUrl, const QString& since, const StagedPage& page)
{
    auto staged =
        run(m_database->connection(),
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

QList<Store::StagedPage> Store::stagedPages(const QString& feedUrl, const QString& since) const
{
    QList<StagedPage> pages;
    QSqlQuery query = select(m_database->connection(),
                             QStringLiteral("SELECT page_index, cursor, next_url, body FROM sync_staging"
                                            " WHERE feed_url = ? AND since = ? ORDER BY page_index"),
                             {feedUrl, notNull({since}).first()});
    while (query.next()) {
        pages << StagedPage{query.value(0).toInt(), query.value(1).toString(), query.value(2).toString(),
                            query.value(3).toByteArray()};
    }
    return pages;
}

Result<void> Store::clearStaging()
{
    auto cleared = run(m_database->connection(), QStringLiteral("DELETE FROM sync_staging"), {},
                       "clearing the sync staging");
    if (!cleared)
        return cleared.error();
    return {};
}

Result<ApplyStats> Store::applySync(const FeedDocument& merged,
                                    const QList<std::pair<QString, QString>>& metaValues)
{
    // Around the commit too: the apply's pages are written out there.
    const LargeWrite largeWrite(m_database->connection());
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    // The records straight in this transaction, not in a savepoint of it as applyFeed would: a failure
    // rolls all of it back anyway, and while a savepoint is open SQLite's journal of the pages each
    // statement changed is never emptied; it grew by gigabytes over a large apply.
    auto stats = applyRecords(merged);
    if (!stats)
        return stats.error();
    for (const auto& [key, value] : metaValues) {
        if (auto stored = setMeta(key, value); !stored)
            return stored.error();
    }
    if (auto cleared = clearStaging(); !cleared)
        return cleared.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return stats;
}

Result<void> Store::setVoteState(const QString& comparisonId, const QString& idempotencyKey, VoteState state,
                                 const QString& error)
{
    // Only the vote that was sent: a vote changed meanwhile has a new key and stays as it is.
    auto updated = run(m_database->connection(),
                       QStringLiteral("UPDATE vote_outbox SET state = ?, last_error = ?, updated_at = ?,"
                                      " attempts = attempts + (CASE WHEN ? = 'sent' THEN 1 ELSE 0 END)"
                                      " WHERE idempotency_key = ?"
                                      " AND comparison_pk = (SELECT pk FROM comparisons WHERE id = ?)"),
                       {enumName(state), error, timestampToString(QDateTime::currentDateTimeUtc()),
                        enumName(state), idempotencyKey, comparisonId},
                       "recording the vote's state");
    if (!updated)
        return updated.error();
    return {};
}

Result<void> Store::confirmVote(const QString& comparisonId, const QString& idempotencyKey,
                                const QList<Tally>& tallies)
{
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    FeedDocument feed;
    feed.feedId = meta(QStringLiteral("feedId"));
    feed.cursor = meta(QStringLiteral("feedCursor"));
    feed.generatedAt = timestampFromString(meta(QStringLiteral("feedGeneratedAt")));
    feed.tallies = tallies;
    if (auto applied = applyFeed(feed); !applied)
        return applied.error();
    if (auto state = setVoteState(comparisonId, idempotencyKey, VoteState::Confirmed); !state)
        return state;
    return transaction.commit();
}

} // namespace sos
