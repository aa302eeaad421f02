// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedApply.h"

#include "Catalog.h"
#include "ChangeLog.h"
#include "ChangeRecorder.h"
#include "Database.h"
#include "RecordWriter.h"
#include "SearchIndex.h"
#include "Transaction.h"

#include <QFile>
#include <QSqlQuery>

namespace sos {

namespace {

// The schema version from which the search index is brought up to date at the end of a write, from
// the tools its triggers noted in search_stale (010_sync_apply.sql); before it, the triggers kept it
// in step row by row.
constexpr int searchStaleVersion = 10;

const QString bundledCatalogResource = QStringLiteral(":/feed/bundled-feed.json");

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
    static constexpr qint64 largeCacheSize = -64 * 1024; // negative: in KiB (64 MiB), taken only as needed
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

} // namespace

FeedApply::FeedApply(Database& database, FeedMeta& meta, const Catalog& catalog)
    : m_database(database)
    , m_meta(meta)
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
    auto stats = applyRecords(feed, IndexNow::Yes);
    if (!stats)
        return stats.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return stats;
}

Result<ApplyStats> FeedApply::applyRecords(const FeedDocument& feed, IndexNow indexNow)
{
    // Ends (and with it every statement it prepared) before the caller commits.
    RecordWriter writer(m_database.connection());
    if (auto written = writer.write(feed); !written)
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
    // A file still at an older version, as in a migration's test, keeps its triggers row by row.
    if (indexNow == IndexNow::Yes && m_database.schemaVersion() >= searchStaleVersion) {
        if (auto indexed = SearchIndex(m_database).indexAll(); !indexed)
            return indexed.error();
    }
    return writer.stats();
}

Result<ApplyStats> FeedApply::applySync(const FeedDocument& merged,
                                        const QList<std::pair<FeedMeta::Key, QString>>& metaValues,
                                        const ChangeRecording& recording)
{
    // Around the commit too: the apply's pages are written out there.
    const LargeWrite largeWrite(m_database.connection());
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    // The records straight in this transaction, not in a savepoint of it as applyFeed would: a failure
    // rolls all of it back anyway, and while a savepoint is open SQLite's journal of the pages each
    // statement changed is never emptied; it grew by gigabytes over a large apply.
    // The search index after the commit, in steps (SyncEngine), not in this transaction.
    // What changed: compared with the catalog before the records go in, settled after.
    ChangeRecorder changes(m_database.connection(), QStringLiteral("temp.sync_changes"));
    if (!recording.baseline) {
        if (auto staged = changes.stage(); !staged)
            return staged.error();
        if (auto noted = changes.note(merged); !noted)
            return noted.error();
    }
    auto stats = applyRecords(merged, IndexNow::No);
    if (!stats)
        return stats.error();
    if (!recording.baseline) {
        if (auto settled = changes.settle({}); !settled)
            return settled.error();
    }
    if (auto logged = changes.commit(recording.feedUrl, stats.value(), changesKeptDays(m_meta)); !logged)
        return logged.error();
    for (const auto& [key, value] : metaValues) {
        if (auto stored = m_meta.setValue(key, value); !stored)
            return stored.error();
    }
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

QString FeedApply::unknownReference(const QString& kind, const QString& id)
{
    //: %1 is the kind of record as the feed names it (lens, tool, comparison), %2 its id
    return tr("The feed refers to a %1 \"%2\" that it does not define").arg(kind, id);
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
