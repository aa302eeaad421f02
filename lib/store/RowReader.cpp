// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowReader.h"

#include <QSqlQuery>

namespace sos {

namespace {

// The tool's columns that the catalog lists, in the order readListing reads them: the same in tools
// and in the view tool_summary.
QString listingColumns(const QString& table)
{
    QStringList columns;
    for (const char* column : {"id", "name", "vendor", "category", "tagline", "pricing", "license",
                               "deployment", "parameter_sizes", "updated_at"})
        columns << table + QLatin1Char('.') + QLatin1String(column);
    return columns.join(QStringLiteral(", "));
}
constexpr int listingWidth = 10;

void readListing(Tool& tool, const QSqlQuery& q, int first)
{
    tool.id = q.value(first).toString();
    tool.name = q.value(first + 1).toString();
    tool.vendor = q.value(first + 2).toString();
    tool.category = q.value(first + 3).toString();
    tool.tagline = q.value(first + 4).toString();
    tool.pricing = enumFromName<Pricing>(q.value(first + 5).toString()).value_or(Pricing::Free);
    tool.license = q.value(first + 6).toString();
    tool.deployment = q.value(first + 7).toString();
    tool.parameterSizes = q.value(first + 8).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    tool.updatedAt = timestampFromString(q.value(first + 9).toString());
}

} // namespace

QString RowReader<Lens>::columns()
{
    return QStringLiteral("l.id, l.name, l.summary, l.position, l.updated_at");
}

QString RowReader<Lens>::from()
{
    return QStringLiteral("lenses l");
}

Lens RowReader<Lens>::read(const QSqlQuery& q, int first)
{
    return Lens{q.value(first).toString(), q.value(first + 1).toString(), q.value(first + 2).toString(),
                q.value(first + 3).toInt(), timestampFromString(q.value(first + 4).toString())};
}

QString RowReader<Tool>::columns()
{
    return listingColumns(QStringLiteral("t")) + QStringLiteral(", t.description, t.pricing_note");
}

QString RowReader<Tool>::from()
{
    return QStringLiteral("tools t");
}

Tool RowReader<Tool>::read(const QSqlQuery& q, int first)
{
    static_assert(width == listingWidth + 2);
    Tool tool;
    readListing(tool, q, first);
    tool.description = q.value(first + listingWidth).toString();
    tool.pricingNote = q.value(first + listingWidth + 1).toString();
    return tool;
}

QString RowReader<ToolSummary>::columns()
{
    return QStringLiteral("tool_summary.pk, ") + listingColumns(QStringLiteral("tool_summary")) +
           QStringLiteral(", tool_summary.panel_ships, tool_summary.panel_reviews,"
                          " tool_summary.community_votes, tool_summary.community_total");
}

QString RowReader<ToolSummary>::from()
{
    return QStringLiteral("tool_summary");
}

ToolSummary RowReader<ToolSummary>::read(const QSqlQuery& q, int first)
{
    static_assert(width == 1 + listingWidth + 4);
    ToolSummary summary;
    summary.key = q.value(first).toLongLong();
    readListing(summary.tool, q, first + 1);
    const int figures = first + 1 + listingWidth;
    summary.panel = {q.value(figures).toInt(), q.value(figures + 1).toInt()};
    summary.community = {q.value(figures + 2).toInt(), q.value(figures + 3).toInt()};
    return summary;
}

QString RowReader<Review>::columns()
{
    return QStringLiteral("r.id, t.id, l.id, r.verdict, r.text, r.author, r.created_at, r.updated_at");
}

QString RowReader<Review>::from()
{
    return QStringLiteral("reviews r JOIN tools t ON t.pk = r.tool_pk JOIN lenses l ON l.pk = r.lens_pk");
}

Review RowReader<Review>::read(const QSqlQuery& q, int first)
{
    return Review{q.value(first).toString(),
                  q.value(first + 1).toString(),
                  q.value(first + 2).toString(),
                  enumFromName<Verdict>(q.value(first + 3).toString()).value_or(Verdict::Skip),
                  q.value(first + 4).toString(),
                  q.value(first + 5).toString(),
                  timestampFromString(q.value(first + 6).toString()),
                  timestampFromString(q.value(first + 7).toString())};
}

QString RowReader<Tally>::columns()
{
    return QStringLiteral("c.id, t.id, v.votes, v.updated_at");
}

QString RowReader<Tally>::from()
{
    return QStringLiteral("vote_tallies v JOIN comparisons c ON c.pk = v.comparison_pk"
                          " JOIN tools t ON t.pk = v.tool_pk");
}

Tally RowReader<Tally>::read(const QSqlQuery& q, int first)
{
    return Tally{q.value(first).toString(), q.value(first + 1).toString(), q.value(first + 2).toInt(),
                 timestampFromString(q.value(first + 3).toString())};
}

QString RowReader<TallyPoint>::columns()
{
    return QStringLiteral("t.id, h.recorded_at, h.votes");
}

QString RowReader<TallyPoint>::from()
{
    return QStringLiteral("tally_history h JOIN comparisons c ON c.pk = h.comparison_pk"
                          " JOIN tools t ON t.pk = h.tool_pk");
}

TallyPoint RowReader<TallyPoint>::read(const QSqlQuery& q, int first)
{
    return TallyPoint{q.value(first).toString(), timestampFromString(q.value(first + 1).toString()),
                      q.value(first + 2).toInt()};
}

QString RowReader<MyVote>::columns()
{
    return QStringLiteral(
        "c.id, t.id, o.state, o.idempotency_key, o.attempts, o.last_error, o.created_at, o.updated_at");
}

QString RowReader<MyVote>::from()
{
    return QStringLiteral("vote_outbox o JOIN comparisons c ON c.pk = o.comparison_pk"
                          " JOIN tools t ON t.pk = o.tool_pk");
}

MyVote RowReader<MyVote>::read(const QSqlQuery& q, int first)
{
    MyVote vote;
    vote.comparisonId = q.value(first).toString();
    vote.toolId = q.value(first + 1).toString();
    vote.state = enumFromName<VoteState>(q.value(first + 2).toString()).value_or(VoteState::Pending);
    vote.idempotencyKey = q.value(first + 3).toString();
    vote.attempts = q.value(first + 4).toInt();
    vote.lastError = q.value(first + 5).toString();
    vote.createdAt = timestampFromString(q.value(first + 6).toString());
    vote.updatedAt = timestampFromString(q.value(first + 7).toString());
    return vote;
}

} // namespace sos
