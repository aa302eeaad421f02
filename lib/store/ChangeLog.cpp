// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeLog.h"

#include "Database.h"
#include "FeedMeta.h"
#include <domain/Domain.h>

#include <QSqlQuery>

namespace sos {

namespace {

// Whether change_log row c concerns a watched item (ChangeLog::changes).
const char* const watchedExpression =
    "(EXISTS (SELECT 1 FROM watches w WHERE w.kind = 'tool' AND w.item_id = c.tool_id)"
    " OR EXISTS (SELECT 1 FROM watches w WHERE w.kind = 'comparison' AND w.item_id = c.comparison_id)"
    " OR (c.tool_id <> '' AND EXISTS (SELECT 1 FROM watches w JOIN comparisons wc ON wc.id = w.item_id"
    "  JOIN comparison_tools ct ON ct.comparison_pk = wc.pk JOIN tools t ON t.pk = ct.tool_pk"
    "  WHERE w.kind = 'comparison' AND t.id = c.tool_id))"
    " OR (c.comparison_id <> '' AND EXISTS (SELECT 1 FROM watches w JOIN tools wt ON wt.id = w.item_id"
    "  JOIN comparison_tools ct ON ct.tool_pk = wt.pk JOIN comparisons cc ON cc.pk = ct.comparison_pk"
    "  WHERE w.kind = 'tool' AND cc.id = c.comparison_id)))";

// The changes a filter selects, newest sync first; columns as readChange reads them, or their count.
std::pair<QString, QVariantList> changeQuery(const ChangeFilter& filter, qint64 seenUpTo, bool count)
{
    QString sql =
        QStringLiteral("SELECT c.id, c.sync_id, s.at, c.kind, c.tool_id, c.comparison_id, c.lens_id, c.field,"
                       " c.before, c.after, %1 AS watched,"
                       " coalesce((SELECT name FROM tools WHERE id = c.tool_id), ''),"
                       " coalesce((SELECT title FROM comparisons WHERE id = c.comparison_id), ''),"
                       " coalesce((SELECT name FROM lenses WHERE id = c.lens_id), ''),"
                       " CASE WHEN c.kind = 'leader-changed' THEN coalesce((SELECT name FROM tools WHERE id ="
                       " c.before), '') ELSE '' END,"
                       " CASE WHEN c.kind = 'leader-changed' THEN coalesce((SELECT name FROM tools WHERE id ="
                       " c.after), '') ELSE '' END"
                       " FROM change_log c JOIN sync_log s ON s.id = c.sync_id WHERE c.id > ?")
            .arg(QLatin1String(watchedExpression));
    QVariantList bindings{filter.sinceLastSeen ? seenUpTo : 0};
    if (filter.syncId > 0) {
        sql += QStringLiteral(" AND c.sync_id = ?");
        bindings << filter.syncId;
    }
    if (filter.since) {
        sql += QStringLiteral(" AND s.at >= ?");
        bindings << timestampToString(filter.since->toUTC());
    }
    sql = QStringLiteral("SELECT * FROM (%1)").arg(sql);
    if (filter.watchedOnly)
        sql += QStringLiteral(" WHERE watched");
    if (count)
        return {QStringLiteral("SELECT count(*) FROM (%1)").arg(sql), bindings};
    sql += QStringLiteral(" ORDER BY 2 DESC, 1");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    return {sql, bindings};
}

Change readChange(const QSqlQuery& query)
{
    Change change;
    change.id = query.value(0).toLongLong();
    change.syncId = query.value(1).toLongLong();
    change.at = timestampFromString(query.value(2).toString());
    change.kind = enumFromName<ChangeKind>(query.value(3).toString()).value_or(ChangeKind::FieldChanged);
    change.toolId = query.value(4).toString();
    change.comparisonId = query.value(5).toString();
    change.lensId = query.value(6).toString();
    change.field = query.value(7).toString();
    change.before = query.value(8).toString();
    change.after = query.value(9).toString();
    change.watched = query.value(10).toBool();
    change.toolName = query.value(11).toString();
    change.comparisonTitle = query.value(12).toString();
    change.lensName = query.value(13).toString();
    change.beforeName = query.value(14).toString();
    change.afterName = query.value(15).toString();
    return change;
}

QString orId(const QString& name, const QString& id)
{
    return name.isEmpty() ? id : name;
}

QString fieldLabel(const QString& field)
{
    if (field == QLatin1String("pricing"))
        return ChangeLog::tr("pricing");
    if (field == QLatin1String("license"))
        return ChangeLog::tr("license");
    if (field == QLatin1String("deployment"))
        return ChangeLog::tr("deployment");
    return field;
}

QString valueOrNone(const QString& value)
{
    return value.isEmpty() ? ChangeLog::tr("none") : value;
}

QString verdictWord(const QString& name)
{
    const auto verdict = enumFromName<Verdict>(name);
    return verdict ? verdictLabel(*verdict).toLower() : name;
}

QString bucketWords(const QString& name)
{
    const auto bucket = enumFromName<PanelVerdict>(name);
    return bucket ? panelVerdictLabel(*bucket).toLower() : name;
}

QString leaderWords(const QString& name, const QString& id)
{
    return id.isEmpty() ? ChangeLog::tr("no clear leader") : orId(name, id);
}

// The sentence's full stop, unless what it ends with has one (a pricing note is a sentence of its own).
QString ended(const QString& text)
{
    return text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char('!')) ||
                   text.endsWith(QLatin1Char('?'))
               ? text
               : text + QLatin1Char('.');
}

QString describe(const Change& change)
{
    const QString tool = orId(change.toolName, change.toolId);
    const QString comparison = orId(change.comparisonTitle, change.comparisonId);
    const QString lens = orId(change.lensName, change.lensId);
    switch (change.kind) {
    case ChangeKind::ToolAdded:
        return ChangeLog::tr("New tool: %1")
            .arg(orId(change.toolName.isEmpty() ? change.after : change.toolName, change.toolId));
    case ChangeKind::ComparisonAdded:
        return ChangeLog::tr("New comparison: %1")
            .arg(orId(change.comparisonTitle.isEmpty() ? change.after : change.comparisonTitle,
                      change.comparisonId));
    case ChangeKind::ScorecardAdded:
        return ChangeLog::tr("New scorecard on %1 through the %2 lens: %3")
            .arg(tool, lens, verdictWord(change.after));
    case ChangeKind::VerdictFlipped:
        return ChangeLog::tr("The %1 lens flipped on %2: %3 → %4")
            .arg(lens, tool, verdictWord(change.before), verdictWord(change.after));
    case ChangeKind::PanelChanged:
        return ChangeLog::tr("The panel on %1 moved: %2 → %3")
            .arg(tool, bucketWords(change.before), bucketWords(change.after));
    case ChangeKind::FieldChanged:
        return ChangeLog::tr("The %1 of %2 changed: %3 → %4")
            .arg(fieldLabel(change.field), tool, valueOrNone(change.before), valueOrNone(change.after));
    case ChangeKind::LeaderChanged:
        return ChangeLog::tr("The community's choice in %1 changed: %2 → %3")
            .arg(comparison, leaderWords(change.beforeName, change.before),
                 leaderWords(change.afterName, change.after));
    }
    return {};
}

} // namespace

int changesKeptDays(const FeedMeta& meta)
{
    bool ok = false;
    const int days = meta.value(FeedMeta::Key::ChangesKeptDays).toInt(&ok);
    return ok && days > 0 ? days : ChangeLog::defaultKeptDays;
}

QString changeSentence(const Change& change)
{
    return ended(describe(change));
}

ChangeLog::ChangeLog(Database& database, FeedMeta& meta)
    : m_database(database)
    , m_meta(meta)
{}

QList<Change> ChangeLog::changes(const ChangeFilter& filter) const
{
    const auto [sql, bindings] = changeQuery(filter, seenUpTo(), false);
    QSqlQuery query = selectRows(m_database.connection(), sql, bindings);
    QList<Change> changes;
    while (query.next())
        changes << readChange(query);
    return changes;
}

QList<SyncRecord> ChangeLog::syncs(int limit) const
{
    QSqlQuery query = selectRows(m_database.connection(),
                                 QStringLiteral("SELECT id, at, feed_url, added, updated, deleted, baseline"
                                                " FROM sync_log ORDER BY id DESC%1")
                                     .arg(limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()));
    QList<SyncRecord> syncs;
    while (query.next()) {
        SyncRecord sync;
        sync.id = query.value(0).toLongLong();
        sync.at = timestampFromString(query.value(1).toString());
        sync.feedUrl = query.value(2).toString();
        sync.stats.added = query.value(3).toInt();
        sync.stats.updated = query.value(4).toInt();
        sync.stats.deleted = query.value(5).toInt();
        sync.baseline = query.value(6).toBool();
        syncs << sync;
    }
    return syncs;
}

int ChangeLog::unseenCount(bool watchedOnly) const
{
    ChangeFilter filter;
    filter.sinceLastSeen = true;
    filter.watchedOnly = watchedOnly;
    return count(filter);
}

int ChangeLog::count(const ChangeFilter& filter) const
{
    const auto [sql, bindings] = changeQuery(filter, seenUpTo(), true);
    QSqlQuery query = selectRows(m_database.connection(), sql, bindings);
    return query.next() ? query.value(0).toInt() : 0;
}

qint64 ChangeLog::seenUpTo() const
{
    return m_meta.value(FeedMeta::Key::ChangesSeenUpTo).toLongLong();
}

qint64 ChangeLog::newestId() const
{
    QSqlQuery query =
        selectRows(m_database.connection(), QStringLiteral("SELECT coalesce(max(id), 0) FROM change_log"));
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<void> ChangeLog::markSeen(std::optional<qint64> upTo)
{
    const qint64 seen = std::max(seenUpTo(), upTo.value_or(newestId()));
    return m_meta.setValue(FeedMeta::Key::ChangesSeenUpTo, QString::number(seen));
}

int ChangeLog::keptDays() const
{
    return changesKeptDays(m_meta);
}

Result<void> ChangeLog::setKeptDays(int days)
{
    if (days < 1)
        return Error{tr("The change log keeps at least one day."), Error::Kind::InvalidInput};
    return m_meta.setValue(FeedMeta::Key::ChangesKeptDays, QString::number(days));
}

Watches::Watches(Database& database)
    : m_database(database)
{}

Result<bool> Watches::watch(WatchKind kind, const QString& id)
{
    auto inserted = runQuery(
        m_database.connection(),
        QStringLiteral("INSERT OR IGNORE INTO watches (kind, item_id, created_at) VALUES (?, ?, ?)"),
        {enumName(kind), id, timestampToString(QDateTime::currentDateTimeUtc())}, "watching an item");
    if (!inserted)
        return inserted.error();
    return inserted->numRowsAffected() > 0;
}

Result<bool> Watches::unwatch(WatchKind kind, const QString& id)
{
    auto deleted = runQuery(m_database.connection(),
                            QStringLiteral("DELETE FROM watches WHERE kind = ? AND item_id = ?"),
                            {enumName(kind), id}, "no longer watching an item");
    if (!deleted)
        return deleted.error();
    return deleted->numRowsAffected() > 0;
}

bool Watches::isWatched(WatchKind kind, const QString& id) const
{
    QSqlQuery query = selectRows(m_database.connection(),
                                 QStringLiteral("SELECT 1 FROM watches WHERE kind = ? AND item_id = ?"),
                                 {enumName(kind), id});
    return query.next();
}

QList<WatchedItem> Watches::items() const
{
    QSqlQuery query = selectRows(
        m_database.connection(),
        QStringLiteral(
            "SELECT w.kind, w.item_id, coalesce(CASE w.kind WHEN 'tool' THEN (SELECT name FROM tools"
            " WHERE id = w.item_id) ELSE (SELECT title FROM comparisons WHERE id = w.item_id) END,"
            " '') AS name, w.created_at FROM watches w ORDER BY w.kind = 'comparison', name"
            " COLLATE NOCASE, w.item_id"));
    QList<WatchedItem> items;
    while (query.next())
        items << WatchedItem{enumFromName<WatchKind>(query.value(0).toString()).value_or(WatchKind::Tool),
                             query.value(1).toString(), query.value(2).toString(),
                             timestampFromString(query.value(3).toString())};
    return items;
}

QStringList Watches::ids(WatchKind kind) const
{
    QSqlQuery query = selectRows(
        m_database.connection(),
        QStringLiteral("SELECT item_id FROM watches WHERE kind = ? ORDER BY item_id"), {enumName(kind)});
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

} // namespace sos
