// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedJson.h"

#include <store/Database.h>
#include <store/Transaction.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

namespace sos::server {

namespace {

constexpr int fillBatch = 1000; // records per transaction of a fill: a page's worth

Result<QSqlQuery> query(const QSqlDatabase& db, const QString& sql, const QVariantList& bindings = {})
{
    return runQuery(db, sql, bindings, "keeping the feed's JSON ready");
}

// Whether the row j of change c is still right (see FeedJson.h): a tally's row while the tally exists,
// a comparison's while it has as many tools as when it was written, any other while its seq is current.
const QString rowStillRight = QStringLiteral(
    "CASE c.kind"
    " WHEN 'tally' THEN EXISTS (SELECT 1 FROM vote_tallies v"
    "  JOIN comparisons co ON co.pk = v.comparison_pk JOIN tools t ON t.pk = v.tool_pk"
    "  WHERE co.id = substr(c.id, 1, instr(c.id, '/') - 1) AND t.id = substr(c.id, instr(c.id, '/') + 1))"
    " WHEN 'comparison' THEN j.parts = (SELECT count(*) FROM comparisons co"
    "  JOIN comparison_tools ct ON ct.comparison_pk = co.pk JOIN tools t ON t.pk = ct.tool_pk"
    "  WHERE co.id = c.id)"
    " ELSE 1 END");

} // namespace

FeedJson::FeedJson(Store& store)
    : m_store(store)
{}

Result<void> FeedJson::migrate()
{
    // parts: a comparison's number of tools when its JSON was written (0 for other kinds).
    auto created =
        query(m_store.database().connection(), QStringLiteral("CREATE TABLE IF NOT EXISTS feed_json ("
                                                              " seq   INTEGER PRIMARY KEY,"
                                                              " parts INTEGER NOT NULL DEFAULT 0,"
                                                              " json  BLOB NOT NULL)"));
    if (!created)
        return created.error();
    // A change replaced (its record changed again, or went) takes its row along, whichever write it was.
    // Only housekeeping: a row no change reaches is never served, and a full fill drops it too.
    auto trigger =
        query(m_store.database().connection(),
              QStringLiteral("CREATE TRIGGER IF NOT EXISTS feed_json_superseded AFTER DELETE ON changes"
                             " BEGIN DELETE FROM feed_json WHERE seq = old.seq; END"));
    if (!trigger)
        return trigger.error();
    return {};
}

QString FeedJson::key(RecordKind kind, const QString& id)
{
    return enumName(kind) + QLatin1Char(':') + id;
}

QByteArray FeedJson::compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QHash<QString, FeedJson::Written> FeedJson::read(const QList<Record>& records) const
{
    // Every record of a kind in one query, not one per record: a page holds a thousand of them.
    std::map<RecordKind, QStringList> idsOfKind;
    for (const auto& [kind, id] : records) {
        // A tally's id is "comparison/tool": its comparison's tallies are read.
        idsOfKind[kind] << (kind == RecordKind::Tally ? id.section(QLatin1Char('/'), 0, 0) : id);
    }
    QHash<QString, Written> json;
    const Catalog& catalog = m_store.catalog();
    if (const QStringList& ids = idsOfKind[RecordKind::Lens]; !ids.isEmpty()) {
        for (const Lens& lens : catalog.lensesWithIds(ids))
            json.insert(key(RecordKind::Lens, lens.id), {compact(FeedWriter::toJson(lens))});
    }
    if (const QStringList& ids = idsOfKind[RecordKind::Tool]; !ids.isEmpty()) {
        for (const Tool& tool : catalog.toolsWithIds(ids))
            json.insert(key(RecordKind::Tool, tool.id), {compact(FeedWriter::toJson(tool))});
    }
    if (const QStringList& ids = idsOfKind[RecordKind::Review]; !ids.isEmpty()) {
        for (const Review& review : catalog.reviewsWithIds(ids))
            json.insert(key(RecordKind::Review, review.id), {compact(FeedWriter::toJson(review))});
    }
    if (const QStringList& ids = idsOfKind[RecordKind::Comparison]; !ids.isEmpty()) {
        for (const ComparisonSummary& summary : catalog.comparisonsWithIds(ids))
            json.insert(key(RecordKind::Comparison, summary.comparison.id),
                        {compact(FeedWriter::toJson(summary.comparison)),
                         static_cast<int>(summary.comparison.toolIds.size())});
    }
    if (const QStringList& ids = idsOfKind[RecordKind::Tally]; !ids.isEmpty()) {
        for (const Tally& tally : catalog.tallies(ids))
            json.insert(key(RecordKind::Tally, tally.comparisonId + QLatin1Char('/') + tally.toolId),
                        {compact(FeedWriter::toJson(tally))});
    }
    return json;
}

Result<QList<FeedJson::Change>> FeedJson::changesAfter(qint64 since, int limit) const
{
    auto q = query(m_store.database().connection(),
                   QStringLiteral("SELECT c.seq, c.kind, c.id, c.deleted, c.changed_at,"
                                  " CASE WHEN j.seq IS NOT NULL AND c.deleted = 0 AND (") +
                       rowStillRight +
                       QStringLiteral(") THEN j.json END"
                                      " FROM changes c LEFT JOIN feed_json j ON j.seq = c.seq"
                                      " WHERE c.seq > ? ORDER BY c.seq LIMIT ?"),
                   {since, limit});
    if (!q)
        return q.error();
    QList<Change> changes;
    while (q->next()) {
        changes << Change{ServerTables::Change{q->value(0).toLongLong(),
                                               enumFromName<RecordKind>(q->value(1).toString()),
                                               q->value(2).toString(), q->value(3).toBool(),
                                               timestampFromString(q->value(4).toString())},
                          q->value(5).toByteArray()};
    }
    return changes;
}

Result<qint64> FeedJson::fill(Scope scope)
{
    const QSqlDatabase db = m_store.database().connection();
    if (scope == Scope::All) {
        Transaction transaction(db);
        if (auto begun = transaction.begin(); !begun)
            return begun.error();
        // Rows no change reaches any more (their record changed or went), and rows no longer right.
        for (const QString& sql : QStringList{
                 QStringLiteral(
                     "DELETE FROM feed_json WHERE seq NOT IN (SELECT seq FROM changes WHERE deleted = 0)"),
                 QStringLiteral(
                     "DELETE FROM feed_json WHERE seq IN (SELECT c.seq FROM changes c"
                     " JOIN feed_json j ON j.seq = c.seq WHERE c.kind IN ('tally', 'comparison') AND"
                     " NOT (") +
                     rowStillRight + QStringLiteral("))")}) {
            if (auto deleted = query(db, sql); !deleted)
                return deleted.error();
        }
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }

    // The changes to write, a batch at a time, each batch read, written and committed in one
    // transaction so that what it writes is what the catalog held at that moment.
    const QString missing =
        scope == Scope::All
            ? QStringLiteral(
                  "SELECT c.seq, c.kind, c.id FROM changes c LEFT JOIN feed_json j ON j.seq = c.seq"
                  " WHERE c.seq > ? AND c.deleted = 0 AND j.seq IS NULL ORDER BY c.seq LIMIT ?")
            : QStringLiteral("SELECT c.seq, c.kind, c.id FROM changes c"
                             " WHERE c.seq > max(?, (SELECT coalesce(max(seq), 0) FROM feed_json))"
                             " AND c.deleted = 0 ORDER BY c.seq LIMIT ?");
    qint64 written = 0;
    qint64 after = 0;
    for (;;) {
        Transaction transaction(db);
        if (auto begun = transaction.begin(); !begun)
            return begun.error();
        auto batch = query(db, missing, {after, fillBatch});
        if (!batch)
            return batch.error();
        QList<std::pair<qint64, Record>> changes;
        int rows = 0;
        while (batch->next()) {
            ++rows;
            after = batch->value(0).toLongLong();
            if (const auto kind = enumFromName<RecordKind>(batch->value(1).toString()))
                changes.append({after, Record{*kind, batch->value(2).toString()}});
        }
        if (rows == 0)
            return written;
        QList<Record> records;
        for (const auto& change : changes)
            records << change.second;
        const QHash<QString, Written> json = read(records);
        QSqlQuery insert(db);
        if (!insert.prepare(
                QStringLiteral("INSERT OR REPLACE INTO feed_json (seq, parts, json) VALUES (?, ?, ?)")))
            return Error{
                QStringLiteral("Keeping the feed's JSON ready failed: %1.").arg(insert.lastError().text()),
                Error::Kind::Storage};
        for (const auto& [seq, record] : changes) {
            const auto found = json.constFind(key(record.first, record.second));
            if (found == json.cend())
                continue; // gone: the page leaves it out
            insert.addBindValue(seq);
            insert.addBindValue(found->parts);
            insert.addBindValue(found->json);
            if (!insert.exec())
                return Error{QStringLiteral("Keeping the feed's JSON ready failed: %1.")
                                 .arg(insert.lastError().text()),
                             Error::Kind::Storage};
            ++written;
        }
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
}

} // namespace sos::server
