// SPDX-License-Identifier: GPL-3.0-or-later
#include "Catalog.h"

#include "Database.h"
#include "RowReader.h"
#include <base/TextMatch.h>

#include <QMap>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace sos {

namespace {

// As SQLite's NOCASE orders text: ASCII letters folded, everything else by code unit.
bool nocaseLess(const QString& a, const QString& b)
{
    return std::lexicographical_compare(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](QChar x, QChar y) {
        const auto fold = [](QChar c) {
            return c >= u'A' && c <= u'Z' ? c.unicode() + 32 : c.unicode();
        };
        return fold(x) < fold(y);
    });
}

// The rows of one type whose id column is one of ids, in one query.
template <typename Row>
QList<Row> readWithIds(const QSqlDatabase& db, const QString& idColumn, const QStringList& ids)
{
    QList<Row> rows;
    if (ids.isEmpty())
        return rows;
    QSqlQuery query = selectRows(
        db, selectRowsOf<Row>(QStringLiteral("WHERE %1 IN (SELECT value FROM json_each(?))").arg(idColumn)),
        {jsonArrayOf(ids)});
    while (query.next())
        rows << RowReader<Row>::read(query);
    return rows;
}

} // namespace

Catalog::Catalog(Database& database)
    : m_database(database)
{}

QList<Lens> Catalog::lenses() const
{
    QList<Lens> lenses;
    QSqlQuery query = selectRows(m_database.connection(),
                                 selectRowsOf<Lens>(QStringLiteral("ORDER BY l.position, l.name")));
    while (query.next())
        lenses << RowReader<Lens>::read(query);
    return lenses;
}

int Catalog::toolCount() const
{
    QSqlQuery query = selectRows(m_database.connection(), QStringLiteral("SELECT count(*) FROM tools"));
    return query.next() ? query.value(0).toInt() : 0;
}

bool Catalog::searchIndexComplete() const
{
    QSqlQuery query =
        selectRows(m_database.connection(), QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM search_stale)"));
    return !query.next() || query.value(0).toBool();
}

QString Catalog::toolsIndex(const QString& name) const
{
    // A sync that replaced the catalog (SyncApply) left its indexes under numbered names.
    QSqlQuery query = selectRows(m_database.connection(),
                                 QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index' AND"
                                                " tbl_name = 'tools' AND (name = ? OR name GLOB ?)"),
                                 QVariantList{name, QString(name + QStringLiteral("__g[0-9]*"))});
    return query.next() ? query.value(0).toString() : name;
}

qint64 Catalog::dataVersion() const
{
    QSqlQuery query = selectRows(m_database.connection(), QStringLiteral("PRAGMA data_version"));
    return query.next() ? query.value(0).toLongLong() : -1;
}

std::optional<int> Catalog::holdSearch(const ToolQuery& toolQuery) const
{
    const QSqlDatabase db = m_database.connection();
    const SearchContext context = searchContext(toolQuery.search);
    const auto expression = searchedExpression(readSearch(toolQuery.search, context.lenses));
    if (!expression || !context.indexComplete) {
        m_held = {};
        return std::nullopt;
    }
    const qint64 version = dataVersion();
    if (m_held.expression == *expression && m_held.dataVersion == version && version >= 0)
        return m_held.count;
    m_held = {};
    // In memory, and only this connection's: a temporary table is never written to the store's file.
    if (!exec(db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS search_hits (pk INTEGER PRIMARY KEY)"),
              "making the search's table") ||
        !exec(db, QStringLiteral("DELETE FROM temp.search_hits"), "emptying the search's table"))
        return std::nullopt;
    auto filled = runQuery(db,
                           QStringLiteral("INSERT INTO temp.search_hits (pk)"
                                          " SELECT rowid FROM tool_search WHERE tool_search MATCH ?"),
                           {*expression}, "reading a search");
    if (!filled)
        return std::nullopt;
    m_held = {*expression, filled->numRowsAffected(), version};
    return m_held.count;
}

SearchContext Catalog::searchContext(const QString& search) const
{
    SearchContext context;
    context.indexComplete = searchIndexComplete();
    if (!m_held.expression.isEmpty() && context.indexComplete && m_held.dataVersion == dataVersion()) {
        context.heldExpression = m_held.expression;
        context.heldTable = QStringLiteral("temp.search_hits");
    }
    // The lenses are read only for a query that names one.
    if (search.contains(QLatin1String("lens:"), Qt::CaseInsensitive)) {
        for (const Lens& lens : lenses())
            context.lenses << QueryLens{lens.id, lens.name};
    }
    return context;
}

SqlFilter Catalog::filterOf(const ToolQuery& toolQuery, std::optional<Facet> except) const
{
    return buildFilter(toolQuery, except, searchContext(toolQuery.search));
}

int Catalog::countTools(const ToolQuery& toolQuery) const
{
    const SearchContext context = searchContext(toolQuery.search);
    if (isSearchOnly(toolQuery)) {
        const QString expression = ftsMatchExpression(toolQuery.search);
        if (!context.heldTable.isEmpty() && expression == context.heldExpression)
            return m_held.count;
        if (context.indexComplete) {
            // The index holds one row per tool: counting its matches reads no tool at all (the tools'
            // own table made a search's count ten times slower).
            QSqlQuery query = selectRows(
                m_database.connection(),
                QStringLiteral("SELECT count(*) FROM tool_search WHERE tool_search MATCH ?"), {expression});
            return query.next() ? query.value(0).toInt() : 0;
        }
    }
    const SqlFilter filter = buildFilter(toolQuery, std::nullopt, context);
    QSqlQuery query = selectRows(m_database.connection(),
                                 QStringLiteral("SELECT count(*) FROM ") + filter.source() +
                                     QStringLiteral(" WHERE ") + filter.where,
                                 filter.bindings);
    return query.next() ? query.value(0).toInt() : 0;
}

bool Catalog::isBroad(int knownTotal) const
{
    if (knownTotal < 0)
        return false;
    // The largest key stands in for the number of tools (a count would read them all).
    QSqlQuery size = selectRows(m_database.connection(), QStringLiteral("SELECT max(pk) FROM tools"));
    return size.next() && knownTotal >= size.value(0).toLongLong() / 8;
}

bool Catalog::isSearchOnly(const ToolQuery& query)
{
    return !ftsMatchExpression(query.search).isEmpty() && query.comparisonId.isEmpty() &&
           !query.watchedOnly &&
           std::all_of(query.facetValues.cbegin(), query.facetValues.cend(),
                       [](const QStringList& values) { return values.isEmpty(); });
}

QList<ToolSummary> Catalog::fetchTools(const ToolQuery& toolQuery, int offset, int limit,
                                       int knownTotal) const
{
    const SqlFilter filter = filterOf(toolQuery);
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
        keys = QStringLiteral("tools INDEXED BY ") + toolsIndex(QStringLiteral("tools_name_key"));
    QSqlQuery query =
        selectRows(m_database.connection(),
                   QStringLiteral("SELECT ") + RowReader<ToolSummary>::columns() + QStringLiteral(" FROM ") +
                       RowReader<ToolSummary>::from() + QStringLiteral(" WHERE pk IN (SELECT pk FROM ") +
                       keys + QStringLiteral(" WHERE ") + filter.where + QStringLiteral(" ORDER BY ") +
                       orderBy + QStringLiteral(" LIMIT ? OFFSET ?) ORDER BY ") + orderBy,
                   bindings);
    QList<ToolSummary> tools;
    while (query.next())
        tools << RowReader<ToolSummary>::read(query);
    return tools;
}

int Catalog::positionOfTool(const ToolQuery& toolQuery, const QString& toolId) const
{
    const SqlFilter filter = filterOf(toolQuery);
    QVariantList bindings = filter.bindings;
    bindings << toolId;
    // The usual answer while typing is "left out": an index lookup says so before any ordering.
    QSqlQuery member =
        selectRows(m_database.connection(),
                   QStringLiteral("SELECT 1 FROM ") + filter.source() + QStringLiteral(" WHERE (") +
                       filter.where + QStringLiteral(") AND id = ?"),
                   bindings);
    if (!member.next())
        return -1;
    QSqlQuery position =
        selectRows(m_database.connection(),
                   QStringLiteral("SELECT position FROM (SELECT id, row_number() OVER (ORDER BY ") +
                       buildOrderBy(toolQuery) + QStringLiteral(") - 1 AS position FROM ") +
                       filter.source(sortNeedsFigures(toolQuery.sort)) + QStringLiteral(" WHERE ") +
                       filter.where + QStringLiteral(") WHERE id = ?"),
                   bindings);
    return position.next() ? position.value(0).toInt() : -1;
}

Catalog::AllFacetCounts Catalog::facetCounts(const ToolQuery& toolQuery, int knownTotal) const
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
        QSqlQuery query = selectRows(m_database.connection(),
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
    const SqlFilter kept = filterOf(unfaceted);
    if (!toolQuery.values(Facet::PanelVerdict).isEmpty()) {
        // A verdict is selected, so the other facets' counts depend on it: all five together.
        addGroups(kept, QStringLiteral("tool_summary"), {0, 1, 2, 3, verdict});
    } else {
        // The four facets that are columns of tools, from tools alone (an index holds all four), and
        // the verdict's counts apart, given the other selections: SQLite joins the figures row by row,
        // which took longer than everything else together.
        // A broad search reads that index in order and keeps its matches.
        const bool broad = kept.where != QLatin1String("1") && !kept.needsFigures && isBroad(knownTotal);
        addGroups(kept,
                  broad ? QStringLiteral("tools INDEXED BY ") + toolsIndex(QStringLiteral("tools_facets"))
                        : kept.source(),
                  {0, 1, 2, 3});
        // With no other facet selected, the verdict's counts read the figures alone.
        // A search of more than words (a field term, a figure) reads tools' columns too.
        const bool othersSelected =
            std::any_of(toolQuery.facetValues.cbegin(), toolQuery.facetValues.cend(),
                        [](const QStringList& values) { return !values.isEmpty(); }) ||
            (!toolQuery.search.trimmed().isEmpty() && ftsMatchExpression(toolQuery.search).isEmpty());
        const SqlFilter others = filterOf(toolQuery, Facet::PanelVerdict);
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

QHash<QString, QString> Catalog::reviewSnippets(const QStringList& terms, const QStringList& toolIds,
                                                QChar open, QChar close) const
{
    QHash<QString, QString> snippets;
    const QRegularExpression pattern = searchTermsPattern(terms);
    if (pattern.pattern().isEmpty() || toolIds.isEmpty())
        return snippets;
    // The page's reviews, cut here rather than by FTS5's snippet(): FTS5 evaluates the whole match
    // again and cannot be stopped inside it, which cost the next keystroke its wait at 100,000 tools.
    // A tool's first review (in the lenses' order) that holds a term gives its snippet.
    QSqlQuery query =
        selectRows(m_database.connection(),
                   QStringLiteral("SELECT t.id, r.text FROM tools t JOIN reviews r ON r.tool_pk = t.pk"
                                  " JOIN lenses l ON l.pk = r.lens_pk"
                                  " WHERE t.id IN (SELECT value FROM json_each(?))"
                                  " ORDER BY t.id, l.position, l.name"),
                   {jsonArrayOf(toolIds)});
    while (query.next()) {
        const QString toolId = query.value(0).toString();
        if (snippets.contains(toolId))
            continue;
        if (QString snippet = matchSnippet(query.value(1).toString(), pattern, open, close);
            !snippet.isEmpty())
            snippets.insert(toolId, snippet);
    }
    return snippets;
}

Catalog::AllFacetValues Catalog::facetValues() const
{
    static_assert(allFacets.back() == Facet::PanelVerdict, "the verdict is the last facet");
    constexpr std::size_t columns = allFacets.size() - 1;
    QStringList selected;
    for (std::size_t i = 0; i < columns; ++i)
        selected << facetExpression(allFacets[i]);
    // The combinations of the four columns, read from the index that holds them all.
    QSqlQuery query =
        selectRows(m_database.connection(),
                   QStringLiteral("SELECT DISTINCT %1 FROM tools").arg(selected.join(QStringLiteral(", "))));
    std::array<QSet<QString>, columns> seen;
    while (query.next()) {
        for (std::size_t i = 0; i < columns; ++i) {
            if (const QString value = query.value(static_cast<int>(i)).toString(); !value.isEmpty())
                seen[i].insert(value);
        }
    }
    AllFacetValues values;
    for (std::size_t i = 0; i < columns; ++i)
        values[i] = QStringList(seen[i].cbegin(), seen[i].cend());
    for (PanelVerdict verdict : enumValues<PanelVerdict>())
        values[columns] << enumName(verdict);
    for (QStringList& list : values)
        std::stable_sort(list.begin(), list.end(), nocaseLess);
    return values;
}

std::optional<QString> Catalog::findToolId(const QString& idOrName) const
{
    QSqlQuery query = selectRows(m_database.connection(),
                                 QStringLiteral("SELECT id FROM tools WHERE id = ? OR name = ? COLLATE NOCASE"
                                                " ORDER BY (id = ?) DESC LIMIT 1"),
                                 {idOrName.trimmed(), idOrName.trimmed(), idOrName.trimmed()});
    if (query.next())
        return query.value(0).toString();
    return std::nullopt;
}

QStringList Catalog::allToolNames() const
{
    QStringList names;
    QSqlQuery query =
        selectRows(m_database.connection(), QStringLiteral("SELECT name FROM tools ORDER BY name"));
    while (query.next())
        names << query.value(0).toString();
    return names;
}

QList<ComparisonSummary> Catalog::comparisons() const
{
    return readComparisons(QStringLiteral("1"), {});
}

QList<ComparisonSummary> Catalog::comparisons(int offset, int limit) const
{
    // The page's keys in readComparisons' order, then their rows (with their tools) only.
    return readComparisons(QStringLiteral("c.pk IN (SELECT pk FROM comparisons"
                                          " ORDER BY title COLLATE NOCASE, id LIMIT ? OFFSET ?)"),
                           {limit, offset});
}

int Catalog::comparisonCount() const
{
    QSqlQuery query = selectRows(m_database.connection(), QStringLiteral("SELECT count(*) FROM comparisons"));
    return query.next() ? query.value(0).toInt() : 0;
}

std::optional<ComparisonSummary> Catalog::findComparison(const QString& idOrTitle) const
{
    // By id first (an index lookup), then by title.
    const QString wanted = idOrTitle.trimmed();
    QList<ComparisonSummary> found = readComparisons(QStringLiteral("c.id = ?"), {wanted});
    if (found.isEmpty())
        found = readComparisons(QStringLiteral("c.title = ? COLLATE NOCASE"), {wanted});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<ComparisonSummary> Catalog::findComparisonOfTools(const QStringList& toolIds) const
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

QList<ComparisonSummary> Catalog::comparisonsWithIds(const QStringList& ids) const
{
    return readComparisons(QStringLiteral("c.id IN (SELECT value FROM json_each(?))"), {jsonArrayOf(ids)});
}

QList<Tally> Catalog::tallies(const QString& comparisonId) const
{
    return tallies(QStringList{comparisonId});
}

QList<Tally> Catalog::tallies(const QStringList& comparisonIds) const
{
    QSqlQuery query = selectRows(m_database.connection(),
                                 selectRowsOf<Tally>(QStringLiteral(
                                     "WHERE c.id IN (SELECT value FROM json_each(?)) ORDER BY c.id, t.id")),
                                 {jsonArrayOf(comparisonIds)});
    QList<Tally> list;
    while (query.next())
        list << RowReader<Tally>::read(query);
    return list;
}

QList<TallyPoint> Catalog::tallyHistory(const QString& comparisonId) const
{
    QSqlQuery query =
        selectRows(m_database.connection(),
                   selectRowsOf<TallyPoint>(QStringLiteral("WHERE c.id = ? ORDER BY h.recorded_at, t.id")),
                   {comparisonId});
    QList<TallyPoint> points;
    while (query.next())
        points << RowReader<TallyPoint>::read(query);
    return points;
}

std::optional<ToolDetails> Catalog::toolDetails(const QString& toolId) const
{
    const QSqlDatabase db = m_database.connection();
    // The catalog's row with its figures, and the whole tool beside it.
    QSqlQuery query =
        selectRows(db,
                   QStringLiteral("SELECT ") + RowReader<ToolSummary>::columns() + QStringLiteral(", ") +
                       RowReader<Tool>::columns() + QStringLiteral(" FROM ") +
                       RowReader<ToolSummary>::from() + QStringLiteral(" JOIN ") + RowReader<Tool>::from() +
                       QStringLiteral(" ON t.pk = tool_summary.pk WHERE tool_summary.id = ?"),
                   {toolId});
    if (!query.next())
        return std::nullopt;
    ToolDetails details;
    details.summary = RowReader<ToolSummary>::read(query);
    details.summary.tool = RowReader<Tool>::read(query, RowReader<ToolSummary>::width);

    QSqlQuery reviews =
        selectRows(db,
                   QStringLiteral("SELECT ") + RowReader<Review>::columns() + QStringLiteral(", ") +
                       RowReader<Lens>::columns() + QStringLiteral(" FROM ") + RowReader<Review>::from() +
                       QStringLiteral(" WHERE r.tool_pk = ? ORDER BY l.position, l.name, r.updated_at"),
                   {details.summary.key});
    while (reviews.next()) {
        details.reviews << RowReader<Review>::read(reviews);
        details.lenses << RowReader<Lens>::read(reviews, RowReader<Review>::width);
    }

    for (const ComparisonSummary& comparison : readComparisons(
             QStringLiteral("c.pk IN (SELECT comparison_pk FROM comparison_tools WHERE tool_pk = ?)"),
             {details.summary.key}))
        details.comparisons << comparison.comparison;
    return details;
}

QList<Lens> Catalog::lensesWithIds(const QStringList& ids) const
{
    return readWithIds<Lens>(m_database.connection(), QStringLiteral("l.id"), ids);
}

QList<Tool> Catalog::toolsWithIds(const QStringList& ids) const
{
    return readWithIds<Tool>(m_database.connection(), QStringLiteral("t.id"), ids);
}

QList<Review> Catalog::reviewsWithIds(const QStringList& ids) const
{
    return readWithIds<Review>(m_database.connection(), QStringLiteral("r.id"), ids);
}

// One query for all of them (a row per tool of each comparison, in order), not one more per comparison:
// the window lists every comparison at start-up, tens of thousands in a large feed.
QList<ComparisonSummary> Catalog::readComparisons(const QString& filter, const QVariantList& bindings) const
{
    QSqlQuery query =
        selectRows(m_database.connection(),
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

} // namespace sos
