// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeRecorder.h"

#include <domain/Domain.h>

#include <QSqlQuery>

namespace sos {

namespace {

const char* const toolAdded = "tool-added";
const char* const comparisonAdded = "comparison-added";
const char* const scorecardAdded = "scorecard-added";
const char* const verdictFlipped = "verdict-flipped";
const char* const panelChanged = "panel-changed";
const char* const fieldChanged = "field-changed";
const char* const leaderChanged = "leader-changed";

// "temp.x" -> {"temp", "x"}; "x" -> {"main", "x"}.
std::pair<QString, QString> schemaAndName(const QString& table)
{
    const qsizetype dot = table.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return {QStringLiteral("main"), table};
    return {table.left(dot), table.mid(dot + 1)};
}

} // namespace

QString pricingEntry(const QString& pricing, const QString& note)
{
    return note.isEmpty() ? pricing : QStringLiteral("%1: %2").arg(pricing, note);
}

QString panelBucket(int ships, int reviews)
{
    return enumName(PanelScore{ships, reviews}.verdict());
}

namespace {

// The SQL of a comparison's community leader in the tables of prefix: the id of the tool with more
// votes than any other, "" when none has a vote or the first place is shared. comparisonPk: SQL.
QString leaderOf(const QString& prefix, const QString& comparisonPk)
{
    return QStringLiteral(
               "coalesce((SELECT t.id FROM %1vote_tallies v JOIN %1tools t ON t.pk = v.tool_pk"
               " WHERE v.comparison_pk = %2 AND v.votes > coalesce((SELECT max(o.votes) FROM"
               " %1vote_tallies o WHERE o.comparison_pk = %2 AND o.tool_pk <> v.tool_pk), 0)), '')")
        .arg(prefix, comparisonPk);
}

} // namespace

ChangeRecorder::ChangeRecorder(const QSqlDatabase& db, QString table)
    : m_db(db)
    , m_table(std::move(table))
{}

Result<void> ChangeRecorder::stage()
{
    m_staged.clear();
    if (auto dropped = drop(); !dropped)
        return dropped;
    // settled: 0 for a bucket or leader whose value after is still to be read. A whole feed notes one for
    // every tool and comparison, so the changes already staged are found by an index, at every page.
    if (auto made =
            exec(m_db,
                 QStringLiteral("CREATE TABLE %1 (kind TEXT NOT NULL, tool_id TEXT NOT NULL, comparison_id"
                                " TEXT NOT NULL, lens_id TEXT NOT NULL, field TEXT NOT NULL, before TEXT NOT"
                                " NULL, after TEXT NOT NULL, settled INTEGER NOT NULL DEFAULT 1,"
                                " UNIQUE (kind, tool_id, comparison_id, lens_id, field))")
                     .arg(m_table),
                 "noting what a sync changes");
        !made)
        return made;
    const auto [schema, name] = schemaAndName(m_table);
    return exec(m_db, QStringLiteral("CREATE INDEX %1.%2_settled ON %2 (settled)").arg(schema, name),
                "noting what a sync changes");
}

bool ChangeRecorder::staged() const
{
    const auto [schema, name] = schemaAndName(m_table);
    QSqlQuery query = selectRows(
        m_db, QStringLiteral("SELECT 1 FROM %1.sqlite_master WHERE type = 'table' AND name = ?").arg(schema),
        {name});
    return query.next();
}

Result<void> ChangeRecorder::drop()
{
    return exec(m_db, QStringLiteral("DROP TABLE IF EXISTS %1").arg(m_table), "noting what a sync changes");
}

Result<void> ChangeRecorder::note(const FeedDocument& page)
{
    m_staged.clear();
    {
        QSqlQuery staged = selectRows(
            m_db,
            QStringLiteral("SELECT kind, tool_id, comparison_id, lens_id, field FROM %1 WHERE settled = 1")
                .arg(m_table));
        while (staged.next())
            m_staged.insert(QStringList{staged.value(0).toString(), staged.value(1).toString(),
                                        staged.value(2).toString(), staged.value(3).toString(),
                                        staged.value(4).toString()}
                                .join(QChar(0x1f)));
    }
    if (auto noted = noteTools(page.tools); !noted)
        return noted;
    if (auto noted = noteReviews(page.reviews); !noted)
        return noted;
    if (auto noted = noteComparisons(page.comparisons); !noted)
        return noted;
    if (auto noted = noteTallies(page.tallies); !noted)
        return noted;
    QStringList removedReviews;
    for (const Tombstone& tombstone : page.tombstones) {
        if (tombstone.kind == Tombstone::Kind::Review)
            removedReviews << tombstone.id;
    }
    return noteRemovedReviews(removedReviews);
}

Result<void> ChangeRecorder::noteTools(const QList<Tool>& tools)
{
    if (tools.isEmpty())
        return {};
    QStringList ids;
    for (const Tool& tool : tools)
        ids << tool.id;
    struct Fields
    {
        QString pricing;
        QString license;
        QString deployment;
    };
    QHash<QString, Fields> before;
    QSqlQuery query =
        selectRows(m_db,
                   QStringLiteral("SELECT id, pricing, pricing_note, license, deployment FROM tools"
                                  " WHERE id IN (SELECT value FROM json_each(?))"),
                   {jsonArrayOf(ids)});
    while (query.next())
        before.insert(query.value(0).toString(),
                      Fields{pricingEntry(query.value(1).toString(), query.value(2).toString()),
                             query.value(3).toString(), query.value(4).toString()});
    for (const Tool& tool : tools) {
        const auto was = before.constFind(tool.id);
        if (was == before.cend()) {
            if (auto put = this->put(toolAdded, tool.id, {}, {}, "", {}, tool.name); !put)
                return put;
            continue;
        }
        const std::pair<const char*, std::pair<QString, QString>> fields[] = {
            {"pricing", {was->pricing, pricingEntry(enumName(tool.pricing), tool.pricingNote)}},
            {"license", {was->license, tool.license}},
            {"deployment", {was->deployment, tool.deployment}},
        };
        for (const auto& [field, values] : fields) {
            if (auto put = this->put(fieldChanged, tool.id, {}, {}, field, values.first, values.second); !put)
                return put;
        }
    }
    return {};
}

Result<void> ChangeRecorder::noteReviews(const QList<Review>& reviews)
{
    if (reviews.isEmpty())
        return {};
    QStringList ids;
    for (const Review& review : reviews)
        ids << review.id;
    QHash<QString, QString> verdicts;
    {
        QSqlQuery query = selectRows(
            m_db,
            QStringLiteral("SELECT id, verdict FROM reviews WHERE id IN (SELECT value FROM json_each(?))"),
            {jsonArrayOf(ids)});
        while (query.next())
            verdicts.insert(query.value(0).toString(), query.value(1).toString());
    }
    // The tools of the new reviews, to tell a new scorecard of a known tool from a new tool's.
    QStringList toolIds;
    for (const Review& review : reviews) {
        if (!verdicts.contains(review.id))
            toolIds << review.toolId;
    }
    QSet<QString> knownTools;
    if (!toolIds.isEmpty()) {
        QSqlQuery query = selectRows(
            m_db, QStringLiteral("SELECT id FROM tools WHERE id IN (SELECT value FROM json_each(?))"),
            {jsonArrayOf(toolIds)});
        while (query.next())
            knownTools.insert(query.value(0).toString());
    }
    QStringList moved; // the tools whose panel these reviews may move: a verdict that differs, a new one
    for (const Review& review : reviews) {
        const QString verdict = enumName(review.verdict);
        Result<void> put;
        if (const auto was = verdicts.constFind(review.id); was != verdicts.cend()) {
            put = this->put(verdictFlipped, review.toolId, {}, review.lensId, "verdict", *was, verdict);
            if (*was != verdict)
                moved << review.toolId;
        } else if (knownTools.contains(review.toolId)) {
            put = this->put(scorecardAdded, review.toolId, {}, review.lensId, "", {}, verdict);
            moved << review.toolId;
        }
        // else: a new tool's scorecards come with it, and "tool-added" says it
        if (!put)
            return put;
    }
    return panelCandidates(moved);
}

Result<void> ChangeRecorder::noteRemovedReviews(const QStringList& reviewIds)
{
    if (reviewIds.isEmpty())
        return {};
    QStringList toolIds;
    QSqlQuery query = selectRows(m_db,
                                 QStringLiteral("SELECT t.id FROM reviews r JOIN tools t ON t.pk = r.tool_pk"
                                                " WHERE r.id IN (SELECT value FROM json_each(?))"),
                                 {jsonArrayOf(reviewIds)});
    while (query.next())
        toolIds << query.value(0).toString();
    return panelCandidates(toolIds);
}

Result<void> ChangeRecorder::noteTallies(const QList<Tally>& tallies)
{
    if (tallies.isEmpty())
        return {};
    QStringList comparisonIds;
    for (const Tally& tally : tallies)
        comparisonIds << tally.comparisonId;
    QHash<QString, int> votes; // by comparison id and tool id
    QSqlQuery query =
        selectRows(m_db,
                   QStringLiteral("SELECT c.id, t.id, v.votes FROM vote_tallies v JOIN comparisons c ON"
                                  " c.pk = v.comparison_pk JOIN tools t ON t.pk = v.tool_pk WHERE c.id"
                                  " IN (SELECT value FROM json_each(?))"),
                   {jsonArrayOf(comparisonIds)});
    while (query.next())
        votes.insert(query.value(0).toString() + QChar(0x1f) + query.value(1).toString(),
                     query.value(2).toInt());
    // The leader can move only where a tally changes: a page of the same votes notes nothing.
    QStringList moved;
    for (const Tally& tally : tallies) {
        if (votes.value(tally.comparisonId + QChar(0x1f) + tally.toolId, -1) != tally.votes)
            moved << tally.comparisonId;
    }
    return leaderCandidates(moved);
}

Result<void> ChangeRecorder::noteComparisons(const QList<Comparison>& comparisons)
{
    if (comparisons.isEmpty())
        return {};
    QStringList ids;
    for (const Comparison& comparison : comparisons)
        ids << comparison.id;
    QSet<QString> known;
    QSqlQuery query = selectRows(
        m_db, QStringLiteral("SELECT id FROM comparisons WHERE id IN (SELECT value FROM json_each(?))"),
        {jsonArrayOf(ids)});
    while (query.next())
        known.insert(query.value(0).toString());
    for (const Comparison& comparison : comparisons) {
        if (known.contains(comparison.id))
            continue;
        if (auto put = this->put(comparisonAdded, {}, comparison.id, {}, "", {}, comparison.title); !put)
            return put;
    }
    return {};
}

Result<void> ChangeRecorder::panelCandidates(const QStringList& toolIds)
{
    if (toolIds.isEmpty())
        return {};
    // Kept as "ships/reviews" until settle() names the buckets (PanelScore's rule, in one place).
    auto noted =
        runQuery(m_db,
                 QStringLiteral("INSERT OR IGNORE INTO %1 (kind, tool_id, comparison_id, lens_id, field,"
                                " before, after, settled) SELECT '%2', t.id, '', '', 'panel',"
                                " f.panel_ships || '/' || f.panel_reviews, '', 0 FROM tools t JOIN"
                                " tool_figures f ON f.tool_pk = t.pk WHERE t.id IN (SELECT value FROM"
                                " json_each(?))")
                     .arg(m_table, QLatin1String(panelChanged)),
                 {jsonArrayOf(toolIds)}, "noting what a sync changes");
    if (!noted)
        return noted.error();
    return {};
}

Result<void> ChangeRecorder::leaderCandidates(const QStringList& comparisonIds)
{
    if (comparisonIds.isEmpty())
        return {};
    // A new comparison has none: "comparison-added" says it.
    auto noted =
        runQuery(m_db,
                 QStringLiteral("INSERT OR IGNORE INTO %1 (kind, tool_id, comparison_id, lens_id, field,"
                                " before, after, settled) SELECT '%2', '', c.id, '', 'leader', %3, '', 0"
                                " FROM comparisons c WHERE c.id IN (SELECT value FROM json_each(?))")
                     .arg(m_table, QLatin1String(leaderChanged), leaderOf({}, QStringLiteral("c.pk"))),
                 {jsonArrayOf(comparisonIds)}, "noting what a sync changes");
    if (!noted)
        return noted.error();
    return {};
}

Result<void> ChangeRecorder::put(const char* kind, const QString& toolId, const QString& comparisonId,
                                 const QString& lensId, const char* field, const QString& before,
                                 const QString& after)
{
    const QString kindName = QLatin1String(kind);
    const QString fieldName = QLatin1String(field);
    const QString key = QStringList{kindName, toolId, comparisonId, lensId, fieldName}.join(QChar(0x1f));
    if (m_staged.contains(key)) {
        auto updated = runQuery(m_db,
                                QStringLiteral("UPDATE %1 SET after = ? WHERE kind = ? AND tool_id = ? AND"
                                               " comparison_id = ? AND lens_id = ? AND field = ?")
                                    .arg(m_table),
                                {after, kindName, toolId, comparisonId, lensId, fieldName},
                                "noting what a sync changes");
        if (!updated)
            return updated.error();
        return {};
    }
    if (before == after)
        return {};
    auto inserted = runQuery(
        m_db,
        QStringLiteral("INSERT INTO %1 (kind, tool_id, comparison_id, lens_id, field, before,"
                       " after) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .arg(m_table),
        {kindName, toolId, comparisonId, lensId, fieldName, before, after}, "noting what a sync changes");
    if (!inserted)
        return inserted.error();
    m_staged.insert(key);
    return {};
}

Result<void> ChangeRecorder::settle(const QString& prefix)
{
    // Panels: their figures after, then the buckets of those that moved.
    const QString panel = QLatin1String(panelChanged);
    for (const QString& step :
         {QStringLiteral("UPDATE %1 SET after = coalesce((SELECT f.panel_ships || '/' || f.panel_reviews FROM"
                         " %2tools t JOIN %2tool_figures f ON f.tool_pk = t.pk WHERE t.id = %1.tool_id), '')"
                         " WHERE kind = '%3' AND settled = 0")
              .arg(m_table, prefix, panel),
          QStringLiteral(
              "DELETE FROM %1 WHERE kind = '%2' AND settled = 0 AND (before = after OR after = '')")
              .arg(m_table, panel)}) {
        if (auto done = exec(m_db, step, "noting what a sync changed"); !done)
            return done;
    }
    QList<std::tuple<qint64, QString, QString>> moved;
    {
        QSqlQuery query = selectRows(
            m_db, QStringLiteral("SELECT rowid, before, after FROM %1 WHERE kind = '%2' AND settled = 0")
                      .arg(m_table, panel));
        const auto bucket = [](const QString& figures) {
            return panelBucket(figures.section(QLatin1Char('/'), 0, 0).toInt(),
                               figures.section(QLatin1Char('/'), 1, 1).toInt());
        };
        while (query.next())
            moved << std::tuple{query.value(0).toLongLong(), bucket(query.value(1).toString()),
                                bucket(query.value(2).toString())};
    }
    for (const auto& [rowid, before, after] : moved) {
        if (before == after)
            continue; // the figures moved, not the bucket: deleted below
        auto settled = runQuery(
            m_db,
            QStringLiteral("UPDATE %1 SET before = ?, after = ?, settled = 1 WHERE rowid = ?").arg(m_table),
            {before, after, rowid}, "noting what a sync changed");
        if (!settled)
            return settled.error();
    }
    // Leaders after, then what ended as it began.
    for (const QString& step :
         {QStringLiteral("DELETE FROM %1 WHERE kind = '%2' AND settled = 0").arg(m_table, panel),
          QStringLiteral("UPDATE %1 SET after = %3, settled = 1 WHERE kind = '%2' AND settled = 0")
              .arg(m_table, QLatin1String(leaderChanged),
                   leaderOf(prefix,
                            QStringLiteral("(SELECT pk FROM %1comparisons WHERE id = %2.comparison_id)")
                                .arg(prefix, m_table))),
          QStringLiteral("UPDATE %1 SET tool_id = after WHERE kind = '%2'")
              .arg(m_table, QLatin1String(leaderChanged)),
          QStringLiteral("DELETE FROM %1 WHERE before = after").arg(m_table)}) {
        if (auto done = exec(m_db, step, "noting what a sync changed"); !done)
            return done;
    }
    return {};
}

Result<qint64> ChangeRecorder::commit(const QString& feedUrl, const ApplyStats& stats, int keptDays)
{
    const bool baseline = !staged();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto logged =
        runQuery(m_db,
                 QStringLiteral("INSERT INTO sync_log (at, feed_url, added, updated, deleted, baseline)"
                                " VALUES (?, ?, ?, ?, ?, ?)"),
                 {timestampToString(now), feedUrl, stats.added, stats.updated, stats.deleted, baseline},
                 "recording what a sync changed");
    if (!logged)
        return logged.error();
    const qint64 syncId = logged->lastInsertId().toLongLong();
    if (!baseline) {
        auto moved =
            runQuery(m_db,
                     QStringLiteral("INSERT INTO change_log (sync_id, kind, tool_id, comparison_id, lens_id,"
                                    " field, before, after) SELECT ?, kind, tool_id, comparison_id,"
                                    " lens_id, field, before, after FROM %1 WHERE settled = 1 ORDER BY"
                                    " rowid")
                         .arg(m_table),
                     {syncId}, "recording what a sync changed");
        if (!moved)
            return moved.error();
        if (auto dropped = drop(); !dropped)
            return dropped.error();
    }
    // Trimmed by age; the changes explicitly, for a publish runs with foreign keys off.
    const QString cutoff = timestampToString(now.addDays(-std::max(1, keptDays)));
    for (const char* trim : {"DELETE FROM change_log WHERE sync_id IN (SELECT id FROM sync_log WHERE at < ?)",
                             "DELETE FROM sync_log WHERE at < ?"}) {
        if (auto trimmed = runQuery(m_db, QString::fromLatin1(trim), {cutoff}, "trimming the change log");
            !trimmed)
            return trimmed.error();
    }
    return syncId;
}

} // namespace sos
