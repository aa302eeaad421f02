// SPDX-License-Identifier: GPL-3.0-or-later
#include "ToolQuery.h"

#include <QRegularExpression>

namespace sos {

namespace {

const QString panelPercentSql = QStringLiteral(
    "(CASE WHEN panel_reviews > 0 THEN (200 * panel_ships + panel_reviews) / (2 * panel_reviews) END)");
const QString communityPercentSql =
    QStringLiteral("(CASE WHEN community_total > 0 THEN (200 * community_votes + community_total) / (2 * "
                   "community_total) END)");

} // namespace

QString facetExpression(Facet facet)
{
    if (facet != Facet::PanelVerdict)
        return enumName(facet); // the other facets are columns of the same name
    // Mirrors PanelScore::verdict(); a test holds the two together.
    return QStringLiteral("(CASE WHEN panel_reviews = 0 THEN 'unreviewed'"
                          " WHEN panel_ships = panel_reviews THEN 'unanimous-ship'"
                          " WHEN 2 * panel_ships > panel_reviews THEN 'majority-ship'"
                          " WHEN 2 * panel_ships = panel_reviews THEN 'split'"
                          " ELSE 'majority-skip' END)");
}

static const QRegularExpression& wordSplitter()
{
    static const QRegularExpression splitter(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return splitter;
}

QString ftsMatchExpression(const QString& text)
{
    QStringList terms;
    for (const QString& word : text.split(wordSplitter(), Qt::SkipEmptyParts))
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}

SqlFilter buildFilter(const ToolQuery& query, std::optional<Facet> except, bool indexComplete)
{
    QStringList clauses;
    SqlFilter filter;
    const QString match = ftsMatchExpression(query.search);
    if (!match.isEmpty() && indexComplete) {
        clauses << QStringLiteral("pk IN (SELECT rowid FROM tool_search WHERE tool_search MATCH ?)");
        filter.bindings << match;
    } else if (!match.isEmpty()) {
        // Slower, and over the names alone for the tools not indexed yet, but never wrongly empty.
        QStringList nameHolds;
        for (const QString& word : query.search.split(wordSplitter(), Qt::SkipEmptyParts)) {
            nameHolds << QStringLiteral("w.name LIKE ?");
            filter.bindings << QString(QLatin1Char('%') + word + QLatin1Char('%'));
        }
        filter.bindings.prepend(match);
        clauses << QStringLiteral(
                       "(pk IN (SELECT rowid FROM tool_search WHERE tool_search MATCH ?) OR pk IN"
                       " (SELECT w.pk FROM search_stale s JOIN tools w ON w.pk = s.tool_pk WHERE ") +
                       nameHolds.join(QStringLiteral(" AND ")) + QStringLiteral("))");
    }
    if (!query.comparisonId.isEmpty()) {
        clauses << QStringLiteral("pk IN (SELECT ct.tool_pk FROM comparison_tools ct JOIN comparisons c"
                                  " ON c.pk = ct.comparison_pk WHERE c.id = ?)");
        filter.bindings << query.comparisonId;
    }
    if (query.watchedOnly)
        clauses << QStringLiteral("pk IN (SELECT t.pk FROM tools t JOIN watches w ON w.kind = 'tool'"
                                  " AND w.item_id = t.id)");
    for (Facet facet : allFacets) {
        const QStringList& values = query.values(facet);
        if (values.isEmpty() || except == facet)
            continue;
        QStringList placeholders(values.size(), QStringLiteral("?"));
        clauses << facetExpression(facet) + QStringLiteral(" IN (") + placeholders.join(QLatin1Char(',')) +
                       QLatin1Char(')');
        for (const QString& value : values)
            filter.bindings << value;
    }
    filter.needsFigures = !query.values(Facet::PanelVerdict).isEmpty() && except != Facet::PanelVerdict;
    filter.where = clauses.isEmpty() ? QStringLiteral("1") : clauses.join(QStringLiteral(" AND "));
    return filter;
}

QString SqlFilter::source(bool orderNeedsFigures) const
{
    return needsFigures || orderNeedsFigures ? QStringLiteral("tool_summary") : QStringLiteral("tools");
}

bool sortNeedsFigures(ToolSort sort)
{
    return sort == ToolSort::PanelShip || sort == ToolSort::Community;
}

QString buildOrderBy(const ToolQuery& query)
{
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // Names by their natural key (numbers by value, case folded: migration 014), which the index
    // tools_name_key holds in this order.
    const QString byName = QStringLiteral("name_key%1, pk%1").arg(direction);
    auto thenByName = [&](const QString& column) {
        return QStringLiteral("%1%2, name_key ASC, pk ASC").arg(column, direction);
    };
    switch (query.sort) {
    case ToolSort::Name:
        return byName;
    case ToolSort::Vendor:
        return thenByName(QStringLiteral("vendor COLLATE NOCASE"));
    case ToolSort::Category:
        return thenByName(QStringLiteral("category COLLATE NOCASE"));
    case ToolSort::Pricing:
        return thenByName(QStringLiteral("pricing"));
    case ToolSort::PanelShip:
        // Equal shares: the one resting on more reviews first.
        return QStringLiteral("(%1 IS NULL) ASC, %1%2, panel_reviews DESC, name_key ASC, pk ASC")
            .arg(panelPercentSql, direction);
    case ToolSort::Community:
        return QStringLiteral("(%1 IS NULL) ASC, %1%2, name_key ASC, pk ASC")
            .arg(communityPercentSql, direction);
    }
    return byName;
}

} // namespace sos
