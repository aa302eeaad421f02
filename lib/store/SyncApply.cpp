// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncApply.h"

#include "ChangeLog.h"
#include "ChangeRecorder.h"
#include "Database.h"
#include "RecordWriter.h"
#include "SearchIndex.h"
#include "Transaction.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

namespace sos {

namespace {

const QString shadowPrefix = QStringLiteral("sync_next_");
const QString retiredPrefix = QStringLiteral("sync_old_");
const QString parkedTable = QStringLiteral("sync_next_parked");
// What the sync changes, staged until the publish (ChangeRecorder).
const QString changesTable = QStringLiteral("sync_next_changes");

// The tables a sync replaces whole, with the column their rows are copied and emptied by in steps (a
// key, or the first column of one), and whether the visible rows are copied into the shadow (the
// derived ones are made anew, and the search index is built after publishing).
struct ShadowTable
{
    const char* name;
    const char* stepColumn;
    bool copied;
};
constexpr ShadowTable shadowTables[] = {
    {"lenses", "pk", true},
    {"tools", "pk", true},
    {"reviews", "pk", true},
    {"comparisons", "pk", true},
    {"comparison_tools", "comparison_pk", true},
    {"vote_tallies", "comparison_pk", true},
    {"tally_history", "comparison_pk", true},
    {"tool_figures", "tool_pk", false},
    {"search_stale", "tool_pk", false},
    {"tool_search", nullptr, false}, // FTS5: its own tables come and go with it
};

// Rows a step copies, makes figures for, indexes or deletes: each step a transaction of a few tens of
// milliseconds at most here, so that another writer never waits long (bench: writerWaitMaxMs).
constexpr int copyStepRows = 20000;
constexpr int figuresStepTools = 5000;
// The search index's steps are sized by time instead: each aims at indexStepTargetMs, starting small.
constexpr int indexStepFirstTools = 250;
constexpr int indexStepMaxTools = 8000;
constexpr qint64 indexStepTargetMs = 100;
constexpr int dropStepRows = 20000;
constexpr int vacuumStepPages = 1024;

QString shadowOf(const char* name)
{
    return shadowPrefix + QLatin1String(name);
}

QString retiredOf(const char* name)
{
    return retiredPrefix + QLatin1String(name);
}

// Foreign keys off for the length of a step: the shadows' REFERENCES name the visible tables (which
// they become), so writing a shadow row must not check them, and renaming or dropping a table must
// not cascade. Renames leave other tables' REFERENCES, views and triggers as written
// (legacy_alter_table): after the swap they name the new tables. PRAGMA foreign_keys does nothing
// inside a transaction, so this is made before the step's transaction begins.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(QSqlDatabase db)
        : m_db(std::move(db))
    {
        (void)exec(m_db, QStringLiteral("PRAGMA foreign_keys = OFF"), "configuring the connection");
        (void)exec(m_db, QStringLiteral("PRAGMA legacy_alter_table = ON"), "configuring the connection");
    }
    ~ForeignKeysOff()
    {
        (void)exec(m_db, QStringLiteral("PRAGMA legacy_alter_table = OFF"), "configuring the connection");
        (void)exec(m_db, QStringLiteral("PRAGMA foreign_keys = ON"), "configuring the connection");
    }
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

private:
    QSqlDatabase m_db;
};

bool tableExists(const QSqlDatabase& db, const QString& name)
{
    QSqlQuery query = selectRows(db, QStringLiteral("SELECT 1 FROM sqlite_schema WHERE name = ?"), {name});
    return query.next();
}

qint64 single(const QSqlDatabase& db, const QString& sql, const QVariantList& bindings = {})
{
    QSqlQuery query = selectRows(db, sql, bindings);
    return query.next() ? query.value(0).toLongLong() : 0;
}

void add(ApplyStats& total, const ApplyStats& more)
{
    total.added += more.added;
    total.updated += more.updated;
    total.unchanged += more.unchanged;
    total.deleted += more.deleted;
}

// The next key after `after` that a step of up to `rows` rows of table ends at, or nothing at the end.
std::optional<qint64> stepEnd(const QSqlDatabase& db, const QString& table, const char* column, qint64 after,
                              int rows)
{
    QSqlQuery query =
        selectRows(db,
                   QStringLiteral("SELECT max(%2) FROM (SELECT %2 FROM %1 WHERE %2 > ? ORDER BY %2"
                                  " LIMIT ?)")
                       .arg(table, QLatin1String(column)),
                   {after, rows});
    if (!query.next() || query.isNull(0))
        return std::nullopt;
    return query.value(0).toLongLong();
}

} // namespace

SyncApply::SyncApply(Database& database, FeedMeta& meta)
    : m_database(database)
    , m_meta(meta)
{}

std::optional<SyncPosition> SyncApply::position() const
{
    QSqlQuery query =
        selectRows(m_database.connection(),
                   QStringLiteral("SELECT feed_url, since, next_url, cursor, etag, pages, records,"
                                  " added, updated, unchanged, deleted, copied, complete, prepared"
                                  " FROM sync_state WHERE id = 1"));
    if (!query.next())
        return std::nullopt;
    SyncPosition position;
    position.feedUrl = query.value(0).toString();
    position.since = query.value(1).toString();
    position.nextUrl = query.value(2).toString();
    position.cursor = query.value(3).toString();
    position.etag = query.value(4).toString();
    position.pages = query.value(5).toInt();
    position.records = query.value(6).toLongLong();
    position.stats = ApplyStats{query.value(7).toInt(), query.value(8).toInt(), query.value(9).toInt(),
                                query.value(10).toInt()};
    position.copied = query.value(11).toBool();
    position.complete = query.value(12).toBool();
    position.prepared = query.value(13).toBool();
    return position;
}

Result<SyncPosition> SyncApply::savePosition(const SyncPosition& position)
{
    auto saved = runQuery(
        m_database.connection(),
        QStringLiteral(
            "INSERT INTO sync_state (id, feed_url, since, next_url, cursor, etag, pages, records, added,"
            " updated, unchanged, deleted, copied, complete, prepared, started_at)"
            " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET feed_url = excluded.feed_url, since = excluded.since,"
            " next_url = excluded.next_url, cursor = excluded.cursor, etag = excluded.etag,"
            " pages = excluded.pages, records = excluded.records, added = excluded.added,"
            " updated = excluded.updated, unchanged = excluded.unchanged, deleted = excluded.deleted,"
            " copied = excluded.copied, complete = excluded.complete, prepared = excluded.prepared"),
        {position.feedUrl, position.since, position.nextUrl, position.cursor, position.etag, position.pages,
         position.records, position.stats.added, position.stats.updated, position.stats.unchanged,
         position.stats.deleted, position.copied, position.complete, position.prepared,
         timestampToString(QDateTime::currentDateTimeUtc())},
        "recording the sync's position");
    if (!saved)
        return saved.error();
    return position;
}

Result<void> SyncApply::begin(const SyncPosition& start)
{
    if (auto dropped = abandon(); !dropped)
        return dropped;
    const QSqlDatabase db = m_database.connection();
    const ForeignKeysOff foreignKeysOff(db);
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    // The shadows are made as the visible tables are (the same columns, constraints and indexes),
    // under other names. An index keeps its shadow's name after the swap, so each generation's
    // indexes carry a number ("tools_name__g3") and the next one takes the next number.
    static const QRegularExpression generationSuffix(QStringLiteral("__g(\\d+)$"));
    int generation = 0;
    {
        QSqlQuery indexes =
            selectRows(db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index'"));
        while (indexes.next()) {
            const auto match = generationSuffix.match(indexes.value(0).toString());
            if (match.hasMatch())
                generation = std::max(generation, match.captured(1).toInt());
        }
    }
    for (const ShadowTable& table : shadowTables) {
        QSqlQuery definitions = selectRows(
            db,
            QStringLiteral("SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = ? AND sql IS NOT"
                           " NULL AND type IN ('table', 'index') ORDER BY type = 'index'"),
            {QLatin1String(table.name)});
        QStringList statements;
        while (definitions.next()) {
            QString sql = definitions.value(2).toString();
            const QString name = definitions.value(1).toString();
            if (definitions.value(0).toString() == QLatin1String("table")) {
                const QRegularExpression head(QStringLiteral("^CREATE (VIRTUAL )?TABLE \"?%1\"?(?=[ (])")
                                                  .arg(QRegularExpression::escape(name)));
                sql.replace(head, QStringLiteral("CREATE \\1TABLE ") + shadowOf(table.name));
            } else {
                QString base = name;
                base.remove(generationSuffix);
                const QRegularExpression head(
                    QStringLiteral("^CREATE (UNIQUE )?INDEX \"?%1\"? ON \"?%2\"?(?=[ (])")
                        .arg(QRegularExpression::escape(name),
                             QRegularExpression::escape(QLatin1String(table.name))));
                sql.replace(head, QStringLiteral("CREATE \\1INDEX %1__g%2 ON %3")
                                      .arg(base)
                                      .arg(generation + 1)
                                      .arg(shadowOf(table.name)));
            }
            statements << sql;
        }
        if (statements.isEmpty())
            return Error{tr("The table %1 is missing from the store.").arg(QLatin1String(table.name)),
                         Error::Kind::Storage};
        for (const QString& statement : statements) {
            if (auto made = exec(db, statement, "making a sync's shadow tables"); !made)
                return made;
        }
        if (!table.stepColumn) {
            // An FTS5 index keeps its settings (automerge, 011_search_merge.sql) in a table of its own,
            // made afresh with the shadow: they are carried over.
            if (auto carried = exec(db,
                                    QStringLiteral("INSERT OR REPLACE INTO %1_config (k, v) SELECT k, v FROM"
                                                   " %2_config WHERE k <> 'version'")
                                        .arg(shadowOf(table.name), QLatin1String(table.name)),
                                    "making a sync's shadow tables");
                !carried)
                return carried;
        }
    }
    if (auto made = exec(db,
                         QStringLiteral("CREATE TABLE %1 (seq INTEGER PRIMARY KEY, document TEXT NOT NULL)")
                             .arg(parkedTable),
                         "making a sync's shadow tables");
        !made)
        return made;
    if (!start.baseline) {
        if (auto staged = ChangeRecorder(db, changesTable).stage(); !staged)
            return staged;
    }
    SyncPosition position = start;
    position.copied = position.complete = position.prepared = false;
    if (auto saved = savePosition(position); !saved)
        return saved.error();
    return transaction.commit();
}

Result<bool> SyncApply::copyStep()
{
    const QSqlDatabase db = m_database.connection();
    const ForeignKeysOff foreignKeysOff(db);
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    for (const ShadowTable& table : shadowTables) {
        if (!table.copied)
            continue;
        const QString column = QLatin1String(table.stepColumn);
        const qint64 copiedUpTo = single(
            db, QStringLiteral("SELECT coalesce(max(%1), -1) FROM %2").arg(column, shadowOf(table.name)));
        const auto end = stepEnd(db, QLatin1String(table.name), table.stepColumn, copiedUpTo, copyStepRows);
        if (!end)
            continue; // this one is copied: the next
        if (auto copied = runQuery(db,
                                   QStringLiteral("INSERT INTO %1 SELECT * FROM %2 WHERE %3 > ? AND %3 <= ?")
                                       .arg(shadowOf(table.name), QLatin1String(table.name), column),
                                   {copiedUpTo, *end}, "copying the catalog for a sync");
            !copied)
            return copied.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        return false;
    }
    if (auto marked = runQuery(db, QStringLiteral("UPDATE sync_state SET copied = 1"), {},
                               "recording the sync's position");
        !marked)
        return marked.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return true;
}

Result<SyncPosition> SyncApply::writePage(const FeedDocument& page, SyncPosition after)
{
    const QSqlDatabase db = m_database.connection();
    const ForeignKeysOff foreignKeysOff(db);
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    // Compared with the visible catalog, which stays as it was before the sync until the publish.
    if (ChangeRecorder changes(db, changesTable); changes.staged()) {
        if (auto noted = changes.note(page); !noted)
            return noted.error();
    }
    FeedDocument parked;
    {
        RecordWriter writer(db, shadowPrefix, &parked);
        if (auto written = writer.write(page); !written)
            return written.error();
        add(after.stats, writer.stats());
    }
    if (parked.recordCount() > 0) {
        // Kept as the feed wrote them, to be written once the pages that define what they name are in.
        parked.feedId = page.feedId;
        parked.generatedAt = page.generatedAt;
        parked.cursor = page.cursor;
        const QString document =
            QString::fromUtf8(QJsonDocument(FeedWriter::toJson(parked)).toJson(QJsonDocument::Compact));
        if (auto kept = runQuery(db, QStringLiteral("INSERT INTO %1 (document) VALUES (?)").arg(parkedTable),
                                 {document}, "keeping records for later in the sync");
            !kept)
            return kept.error();
    }
    after.records += page.recordCount();
    after.copied = true;
    auto saved = savePosition(after);
    if (!saved)
        return saved.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return saved;
}

Result<bool> SyncApply::prepareStep()
{
    auto position = this->position();
    if (!position)
        return Error{tr("There is no sync to finish."), Error::Kind::Internal};
    if (position->prepared)
        return true;
    const QSqlDatabase db = m_database.connection();
    const ForeignKeysOff foreignKeysOff(db);
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();

    // The records that named a tool, lens or comparison of a later page; now everything is there,
    // and a reference still unknown fails the sync as it always did.
    if (single(db, QStringLiteral("SELECT count(*) FROM %1").arg(parkedTable)) > 0) {
        FeedDocument parked;
        QSqlQuery documents =
            selectRows(db, QStringLiteral("SELECT document FROM %1 ORDER BY seq").arg(parkedTable));
        while (documents.next()) {
            auto document = FeedParser::parse(documents.value(0).toString().toUtf8());
            if (!document)
                return Error{tr("A record kept for later in the sync is damaged (%1); the next sync starts "
                                "over.")
                                 .arg(document.errorMessage()),
                             Error::Kind::Storage};
            parked.reviews += document->reviews;
            parked.comparisons += document->comparisons;
            parked.tallies += document->tallies;
        }
        documents.finish();
        RecordWriter writer(db, shadowPrefix);
        if (auto written = writer.write(parked); !written)
            return written.error();
        add(position->stats, writer.stats());
        if (auto cleared = exec(db, QStringLiteral("DELETE FROM %1").arg(parkedTable), "finishing a sync");
            !cleared)
            return cleared.error();
        if (auto saved = savePosition(*position); !saved)
            return saved.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        return false;
    }

    // The derived figures (008_tool_figures.sql), made once per tool instead of by triggers per row.
    const qint64 upTo = single(db, QStringLiteral("SELECT figures_up_to FROM sync_state WHERE id = 1"));
    if (const auto end = stepEnd(db, shadowOf("tools"), "pk", upTo, figuresStepTools)) {
        const QString figures = QStringLiteral(
            "INSERT OR REPLACE INTO sync_next_tool_figures (tool_pk, panel_ships, panel_reviews,"
            " community_votes, community_total)"
            " SELECT t.pk,"
            " (SELECT count(*) FROM sync_next_reviews r WHERE r.tool_pk = t.pk AND r.verdict = 'ship'),"
            " (SELECT count(*) FROM sync_next_reviews r WHERE r.tool_pk = t.pk),"
            " (SELECT coalesce(sum(v.votes), 0) FROM sync_next_vote_tallies v WHERE v.tool_pk = t.pk),"
            " (SELECT coalesce(sum(v.votes), 0) FROM sync_next_vote_tallies v WHERE v.comparison_pk IN"
            "  (SELECT ct.comparison_pk FROM sync_next_comparison_tools ct WHERE ct.tool_pk = t.pk))"
            " FROM sync_next_tools t WHERE t.pk > ? AND t.pk <= ?");
        if (auto made = runQuery(db, figures, {upTo, *end}, "making the catalog's figures"); !made)
            return made.error();
        if (auto saved = runQuery(db, QStringLiteral("UPDATE sync_state SET figures_up_to = ?"), {*end},
                                  "recording the sync's position");
            !saved)
            return saved.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        return false;
    }

    // The panel buckets and leaders the pages may have moved, read from the shadows' figures.
    if (ChangeRecorder changes(db, changesTable); changes.staged()) {
        if (auto settled = changes.settle(shadowPrefix); !settled)
            return settled.error();
    }
    // Every tool waits for the search index, which is built after the publish.
    for (const char* step : {"DELETE FROM sync_next_search_stale",
                             "INSERT INTO sync_next_search_stale (tool_pk) SELECT pk FROM sync_next_tools",
                             "UPDATE sync_state SET prepared = 1"}) {
        if (auto done = exec(db, QString::fromLatin1(step), "finishing a sync"); !done)
            return done.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return true;
}

Result<void> SyncApply::publish(const QList<std::pair<FeedMeta::Key, QString>>& metaValues)
{
    const QSqlDatabase db = m_database.connection();
    const ForeignKeysOff foreignKeysOff(db);
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    QStringList names;
    for (const ShadowTable& table : shadowTables)
        names << QLatin1String(table.name);
    // The triggers go with their tables' renames and come back on the new ones, as written.
    QList<std::pair<QString, QString>> triggers;
    {
        QSqlQuery query = selectRows(
            db,
            QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name IN"
                           " (SELECT value FROM json_each(?))"),
            {jsonArrayOf(names)});
        while (query.next())
            triggers << std::pair{query.value(0).toString(), query.value(1).toString()};
    }
    for (const auto& [name, sql] : triggers) {
        if (auto dropped = exec(db, QStringLiteral("DROP TRIGGER %1").arg(name), "publishing a sync");
            !dropped)
            return dropped;
    }
    for (const ShadowTable& table : shadowTables) {
        if (tableExists(db, retiredOf(table.name)))
            return Error{
                tr("The catalog a sync replaced earlier is still being cleared; try again in a moment."),
                Error::Kind::Conflict};
        for (const QString& rename : {QStringLiteral("ALTER TABLE %1 RENAME TO %2")
                                          .arg(QLatin1String(table.name), retiredOf(table.name)),
                                      QStringLiteral("ALTER TABLE %1 RENAME TO %2")
                                          .arg(shadowOf(table.name), QLatin1String(table.name))}) {
            if (auto renamed = exec(db, rename, "publishing a sync"); !renamed)
                return renamed;
        }
    }
    for (const auto& [name, sql] : triggers) {
        if (auto made = exec(db, sql, "publishing a sync"); !made)
            return made;
    }
    const auto position = this->position();
    if (!position)
        return Error{tr("There is no sync to publish."), Error::Kind::Internal};
    if (auto logged = ChangeRecorder(db, changesTable)
                          .commit(position->feedUrl, position->stats, changesKeptDays(m_meta));
        !logged)
        return logged.error();
    // What the visible tables' ON DELETE CASCADE would have done for the user's own rows.
    for (const char* step : {"DROP TABLE IF EXISTS sync_next_parked",
                             "DELETE FROM vote_outbox WHERE comparison_pk NOT IN (SELECT pk FROM comparisons)"
                             " OR tool_pk NOT IN (SELECT pk FROM tools)",
                             "DELETE FROM sync_state"}) {
        if (auto done = exec(db, QString::fromLatin1(step), "publishing a sync"); !done)
            return done;
    }
    for (const auto& [key, value] : metaValues) {
        if (auto stored = m_meta.setValue(key, value); !stored)
            return stored;
    }
    return transaction.commit();
}

Result<void> SyncApply::abandon()
{
    const QSqlDatabase db = m_database.connection();
    const ForeignKeysOff foreignKeysOff(db);
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    // Made empty a step at a time is not needed here: a sync's shadows are abandoned only for another
    // feed or a feed that does not apply, rare enough to drop at once.
    for (const ShadowTable& table : shadowTables) {
        if (auto dropped = exec(db, QStringLiteral("DROP TABLE IF EXISTS %1").arg(shadowOf(table.name)),
                                "dropping a sync's shadow tables");
            !dropped)
            return dropped;
    }
    for (const QString& step : {QStringLiteral("DROP TABLE IF EXISTS %1").arg(parkedTable),
                                QStringLiteral("DROP TABLE IF EXISTS %1").arg(changesTable),
                                QStringLiteral("DELETE FROM sync_state")}) {
        if (auto done = exec(db, step, "dropping a sync's shadow tables"); !done)
            return done;
    }
    return transaction.commit();
}

void SyncApply::checkpoint()
{
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
        while (query.next()) {
        }
}

bool SyncApply::needsMaintenance() const
{
    const QSqlDatabase db = m_database.connection();
    return single(db,
                  QStringLiteral(
                      "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'sync\\_old\\_%' ESCAPE '\\'")) >
               0 ||
           single(db, QStringLiteral("SELECT count(*) FROM search_stale")) > 0 ||
           (single(db, QStringLiteral("PRAGMA auto_vacuum")) == 2 &&
            single(db, QStringLiteral("PRAGMA freelist_count")) > 0);
}

Result<int> SyncApply::maintainStep(QString* whatItDoes)
{
    const QSqlDatabase db = m_database.connection();
    auto say = [whatItDoes](const QString& text) {
        if (whatItDoes)
            *whatItDoes = text;
    };
    // 1. The catalog the last publish replaced, emptied a step at a time, then dropped.
    for (const ShadowTable& table : shadowTables) {
        const QString retired = retiredOf(table.name);
        if (!tableExists(db, retired))
            continue;
        say(tr("Clearing away the catalog the sync replaced…"));
        const ForeignKeysOff foreignKeysOff(db);
        Transaction transaction(db);
        if (auto begun = transaction.begin(); !begun)
            return begun.error();
        // An FTS5 index's data is rows of its own table, its segments, emptied like any other; the index
        // is never searched again, and dropping it reads only its first records (1: averages, 10: the
        // structure), which stay until then.
        const QString rows = table.stepColumn ? retired : retired + QStringLiteral("_data");
        const QString column = table.stepColumn ? QLatin1String(table.stepColumn) : QStringLiteral("id");
        const QString keep = table.stepColumn ? QString() : QStringLiteral(" WHERE id > 10");
        auto deleted = runQuery(db,
                                QStringLiteral("DELETE FROM %1 WHERE %2 IN (SELECT %2 FROM %1%3 LIMIT ?)")
                                    .arg(rows, column, keep),
                                {dropStepRows}, "clearing the replaced catalog");
        if (!deleted)
            return deleted.error();
        if (deleted->numRowsAffected() == 0) {
            if (auto dropped =
                    exec(db, QStringLiteral("DROP TABLE %1").arg(retired), "clearing the replaced catalog");
                !dropped)
                return dropped.error();
        }
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        return 5;
    }
    // 2. The search index, in steps of about indexStepTargetMs: a few hundred tools at first, as many
    //    as fit after that (one step of 250 indexed more slowly per tool than one of thousands).
    SearchIndex index(m_database);
    if (const int waiting = index.waiting(); waiting > 0) {
        if (m_indexStepTools <= 0)
            m_indexStepTools = indexStepFirstTools;
        if (m_indexTotal <= 0)
            m_indexTotal = std::max<qint64>(1, single(db, QStringLiteral("SELECT count(*) FROM tools")));
        const qint64 tools = std::max<qint64>(m_indexTotal, waiting);
        const int percent = static_cast<int>(100 * std::clamp<qint64>(tools - waiting, 0, tools) / tools);
        say(tr("Indexing for search… %1%").arg(percent));
        QElapsedTimer clock;
        clock.start();
        Transaction transaction(db);
        if (auto begun = transaction.begin(); !begun)
            return begun.error();
        if (auto indexed = index.indexSome(m_indexStepTools); !indexed)
            return indexed.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        const qint64 tookMs = clock.elapsed();
        if (tookMs < indexStepTargetMs / 2)
            m_indexStepTools = std::min(indexStepMaxTools, m_indexStepTools * 2);
        else if (tookMs > indexStepTargetMs * 2)
            m_indexStepTools = std::max(1, m_indexStepTools / 2);
        return std::clamp(10 + percent * 85 / 100, 10, 95);
    }
    m_indexTotal = 0;
    m_indexStepTools = 0;
    // 3. Free pages back to the file system, where the store lets them go (auto_vacuum incremental).
    if (single(db, QStringLiteral("PRAGMA auto_vacuum")) == 2 &&
        single(db, QStringLiteral("PRAGMA freelist_count")) > 0) {
        say(tr("Giving unused space back to the disk…"));
        if (auto vacuumed =
                execToTheEnd(db, QStringLiteral("PRAGMA incremental_vacuum(%1)").arg(vacuumStepPages),
                             "giving unused space back to the disk");
            !vacuumed)
            return Error{tr("Could not give unused space back to the disk: %1").arg(vacuumed.errorMessage()),
                         vacuumed.error().kind};
        return 98;
    }
    say({});
    return 100;
}

} // namespace sos
