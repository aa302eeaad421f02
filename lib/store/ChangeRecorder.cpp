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

QString communityLeader(const QSqlDatabase& db, const QString& prefix, const QString& comparisonId)
{
    QSqlQuery query = selectRows(db,
                                 QStringLiteral("SELECT t.id, v.votes FROM %1vote_tallies v"
                                                " JOIN %1tools t ON t.pk = v.tool_pk"
                                                " WHERE v.comparison_pk = (SELECT pk FROM %1comparisons"
                                                " WHERE id = ?) ORDER BY v.votes DESC LIMIT 2")
                                     .arg(prefix),
                                 {comparisonId});
    if (!query.next())
        return {};
    const QString first = query.value(0).toString();
    const int votes = query.value(1).toInt();
    if (votes <= 0 || (query.next() && query.value(1).toInt() == votes))
        return {};
    return first;
}

ChangeRecorder::ChangeRecorder(const QSqlDatabase& db, QString table)
    : m_db(db)
    , m_table(std::move(table))
    , m_sql(db)
{}

Result<void> ChangeRecorder::stage()
{
    m_panelNoted.clear();
    m_leaderNoted.clear();
    if (auto dropped = drop(); !dropped)
        return dropped;
    // settled: 0 for a bucket or leader whose value after is still to be read.
    return exec(
        m_db,
        QStringLiteral("CREATE TABLE %1 (kind TEXT NOT NULL, tool_id TEXT NOT NULL, comparison_id TEXT"
                       " NOT NULL, lens_id TEXT NOT NULL, field TEXT NOT NULL, before TEXT NOT NULL,"
                       " after TEXT NOT NULL, settled INTEGER NOT NULL DEFAULT 1,"
                       " UNIQUE (kind, tool_id, comparison_id, lens_id, field))")
            .arg(m_table),
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
    for (const Tool& tool : page.tools) {
        if (auto noted = noteTool(tool); !noted)
            return noted;
    }
    for (const Review& review : page.reviews) {
        if (auto noted = noteReview(review); !noted)
            return noted;
    }
    for (const Comparison& comparison : page.comparisons) {
        if (auto noted = noteComparison(comparison); !noted)
            return noted;
    }
    for (const Tally& tally : page.tallies) {
        if (auto noted = noteTally(tally); !noted)
            return noted;
    }
    for (const Tombstone& tombstone : page.tombstones) {
        if (tombstone.kind != Tombstone::Kind::Review)
            continue;
        if (auto noted = noteRemovedReview(tombstone.id); !noted)
            return noted;
    }
    return {};
}

Result<void> ChangeRecorder::noteTool(const Tool& tool)
{
    auto before = m_sql.run(QStringLiteral("SELECT pricing, pricing_note, license, deployment FROM tools"
                                           " WHERE id = ?"),
                            {tool.id}, "noting what a sync changes");
    if (!before)
        return before.error();
    QSqlQuery& row = *before.value();
    if (!row.next())
        return put(toolAdded, tool.id, {}, {}, "", {}, tool.name);
    const QString pricing = pricingEntry(row.value(0).toString(), row.value(1).toString());
    const QString license = row.value(2).toString();
    const QString deployment = row.value(3).toString();
    row.finish();
    const std::pair<const char*, std::pair<QString, QString>> fields[] = {
        {"pricing", {pricing, pricingEntry(enumName(tool.pricing), tool.pricingNote)}},
        {"license", {license, tool.license}},
        {"deployment", {deployment, tool.deployment}},
    };
    for (const auto& [field, values] : fields) {
        if (auto put = this->put(fieldChanged, tool.id, {}, {}, field, values.first, values.second); !put)
            return put;
    }
    return {};
}

Result<void> ChangeRecorder::noteReview(const Review& review)
{
    auto before = m_sql.run(QStringLiteral("SELECT verdict FROM reviews WHERE id = ?"), {review.id},
                            "noting what a sync changes");
    if (!before)
        return before.error();
    QSqlQuery& row = *before.value();
    const QString verdict = enumName(review.verdict);
    if (row.next()) {
        const QString was = row.value(0).toString();
        row.finish();
        if (auto put = this->put(verdictFlipped, review.toolId, {}, review.lensId, "verdict", was, verdict);
            !put)
            return put;
    } else {
        row.finish();
        auto tool = m_sql.run(QStringLiteral("SELECT 1 FROM tools WHERE id = ?"), {review.toolId},
                              "noting what a sync changes");
        if (!tool)
            return tool.error();
        const bool known = tool.value()->next();
        tool.value()->finish();
        if (!known)
            return {}; // a new tool's scorecards come with it: "tool-added" says it
        if (auto put = this->put(scorecardAdded, review.toolId, {}, review.lensId, "", {}, verdict); !put)
            return put;
    }
    return panelCandidate(review.toolId);
}

Result<void> ChangeRecorder::noteRemovedReview(const QString& reviewId)
{
    auto tool = m_sql.run(QStringLiteral("SELECT t.id FROM reviews r JOIN tools t ON t.pk = r.tool_pk"
                                         " WHERE r.id = ?"),
                          {reviewId}, "noting what a sync changes");
    if (!tool)
        return tool.error();
    if (!tool.value()->next())
        return {};
    const QString toolId = tool.value()->value(0).toString();
    tool.value()->finish();
    return panelCandidate(toolId);
}

Result<void> ChangeRecorder::noteComparison(const Comparison& comparison)
{
    auto before = m_sql.run(QStringLiteral("SELECT 1 FROM comparisons WHERE id = ?"), {comparison.id},
                            "noting what a sync changes");
    if (!before)
        return before.error();
    const bool known = before.value()->next();
    before.value()->finish();
    if (known)
        return {};
    return put(comparisonAdded, {}, comparison.id, {}, "", {}, comparison.title);
}

Result<void> ChangeRecorder::noteTally(const Tally& tally)
{
    return leaderCandidate(tally.comparisonId);
}

Result<void> ChangeRecorder::panelCandidate(const QString& toolId)
{
    if (m_panelNoted.contains(toolId))
        return {};
    auto figures = m_sql.run(QStringLiteral("SELECT f.panel_ships, f.panel_reviews FROM tool_figures f"
                                            " JOIN tools t ON t.pk = f.tool_pk WHERE t.id = ?"),
                             {toolId}, "noting what a sync changes");
    if (!figures)
        return figures.error();
    QSqlQuery& row = *figures.value();
    if (!row.next())
        return {}; // a new tool: no bucket before
    const QString before = panelBucket(row.value(0).toInt(), row.value(1).toInt());
    row.finish();
    m_panelNoted.insert(toolId);
    return putCandidate(panelChanged, toolId, {}, "panel", before);
}

Result<void> ChangeRecorder::leaderCandidate(const QString& comparisonId)
{
    if (m_leaderNoted.contains(comparisonId))
        return {};
    auto known = m_sql.run(QStringLiteral("SELECT 1 FROM comparisons WHERE id = ?"), {comparisonId},
                           "noting what a sync changes");
    if (!known)
        return known.error();
    const bool exists = known.value()->next();
    known.value()->finish();
    m_leaderNoted.insert(comparisonId);
    if (!exists)
        return {}; // a new comparison: "comparison-added" says it
    return putCandidate(leaderChanged, {}, comparisonId, "leader", communityLeader(m_db, {}, comparisonId));
}

Result<void> ChangeRecorder::put(const char* kind, const QString& toolId, const QString& comparisonId,
                                 const QString& lensId, const char* field, const QString& before,
                                 const QString& after)
{
    const QString kindName = QLatin1String(kind);
    const QString fieldName = QLatin1String(field);
    auto updated =
        m_sql.run(QStringLiteral("UPDATE %1 SET after = ? WHERE kind = ? AND tool_id = ? AND"
                                 " comparison_id = ? AND lens_id = ? AND field = ?")
                      .arg(m_table),
                  {after, kindName, toolId, comparisonId, lensId, fieldName}, "noting what a sync changes");
    if (!updated)
        return updated.error();
    if (updated.value()->numRowsAffected() > 0 || before == after)
        return {};
    auto inserted = m_sql.run(QStringLiteral("INSERT INTO %1 (kind, tool_id, comparison_id, lens_id, field,"
                                             " before, after) VALUES (?, ?, ?, ?, ?, ?, ?)")
                                  .arg(m_table),
                              {kindName, toolId, comparisonId, lensId, fieldName, before, after},
                              "noting what a sync changes");
    if (!inserted)
        return inserted.error();
    return {};
}

Result<void> ChangeRecorder::putCandidate(const char* kind, const QString& toolId,
                                          const QString& comparisonId, const char* field,
                                          const QString& before)
{
    auto inserted =
        m_sql.run(QStringLiteral("INSERT OR IGNORE INTO %1 (kind, tool_id, comparison_id, lens_id,"
                                 " field, before, after, settled) VALUES (?, ?, ?, '', ?, ?, '', 0)")
                      .arg(m_table),
                  {QLatin1String(kind), toolId, comparisonId, QLatin1String(field), before},
                  "noting what a sync changes");
    if (!inserted)
        return inserted.error();
    return {};
}

Result<void> ChangeRecorder::settle(const QString& prefix)
{
    struct Candidate
    {
        qint64 rowid;
        QString kind;
        QString toolId;
        QString comparisonId;
    };
    QList<Candidate> candidates;
    {
        QSqlQuery query = selectRows(
            m_db, QStringLiteral("SELECT rowid, kind, tool_id, comparison_id FROM %1 WHERE settled = 0")
                      .arg(m_table));
        while (query.next())
            candidates << Candidate{query.value(0).toLongLong(), query.value(1).toString(),
                                    query.value(2).toString(), query.value(3).toString()};
    }
    for (const Candidate& candidate : candidates) {
        QString after;
        QString toolId = candidate.toolId;
        if (candidate.kind == QLatin1String(panelChanged)) {
            QSqlQuery figures =
                selectRows(m_db,
                           QStringLiteral("SELECT f.panel_ships, f.panel_reviews FROM %1tool_figures"
                                          " f JOIN %1tools t ON t.pk = f.tool_pk WHERE t.id = ?")
                               .arg(prefix),
                           {candidate.toolId});
            if (figures.next())
                after = panelBucket(figures.value(0).toInt(), figures.value(1).toInt());
        } else {
            after = communityLeader(m_db, prefix, candidate.comparisonId);
            toolId = after;
        }
        auto settled = runQuery(
            m_db,
            QStringLiteral("UPDATE %1 SET after = ?, tool_id = ?, settled = 1 WHERE rowid = ?").arg(m_table),
            {after, toolId, candidate.rowid}, "noting what a sync changed");
        if (!settled)
            return settled.error();
    }
    // What ended as it began, and a bucket of a tool the sync removed.
    return exec(m_db,
                QStringLiteral("DELETE FROM %1 WHERE before = after OR (kind = '%2' AND after = '')")
                    .arg(m_table, QLatin1String(panelChanged)),
                "noting what a sync changed");
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
