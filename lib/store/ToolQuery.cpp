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

ParsedQuery readSearch(const QString& text, const QList<QueryLens>& lenses)
{
    ParsedQuery parsed = parseQuery(text, lenses);
    if (!parsed.error)
        return parsed;
    ParsedQuery words;
    QueryNode node = QueryNode::of(QueryNode::Kind::Words);
    node.words = text.split(wordSplitter(), Qt::SkipEmptyParts);
    if (!node.words.isEmpty())
        words.root.children.push_back(std::move(node));
    return words;
}

std::optional<QString> ftsExpressionOf(const QueryNode& node)
{
    switch (node.kind) {
    case QueryNode::Kind::Words: {
        QStringList terms;
        if (node.phrase) {
            terms << QLatin1Char('"') + node.words.join(QLatin1Char(' ')) + QLatin1Char('"');
        } else {
            for (const QString& word : node.words)
                terms << QLatin1Char('"') + word + QStringLiteral("\"*");
        }
        const QString all = terms.join(QStringLiteral(" AND "));
        return node.nameOnly ? QStringLiteral("name : (%1)").arg(all) : all;
    }
    case QueryNode::Kind::And: {
        QStringList included;
        QStringList excluded;
        for (const QueryNode& child : node.children) {
            const bool negated = child.kind == QueryNode::Kind::Not;
            const auto expression = ftsExpressionOf(negated ? child.children.front() : child);
            if (!expression)
                return std::nullopt;
            (negated ? excluded : included) << QLatin1Char('(') + *expression + QLatin1Char(')');
        }
        if (included.isEmpty())
            return std::nullopt; // FTS5 cannot only exclude
        QString all = included.join(QStringLiteral(" AND "));
        for (const QString& expression : excluded)
            all = QLatin1Char('(') + all + QStringLiteral(") NOT ") + expression;
        return all;
    }
    case QueryNode::Kind::Or: {
        QStringList any;
        for (const QueryNode& child : node.children) {
            const auto expression = ftsExpressionOf(child);
            if (!expression)
                return std::nullopt;
            any << QLatin1Char('(') + *expression + QLatin1Char(')');
        }
        return any.join(QStringLiteral(" OR "));
    }
    default:
        return std::nullopt;
    }
}

QString ftsMatchExpression(const QString& text)
{
    const ParsedQuery parsed = parseQuery(text, {});
    if (parsed.error || parsed.isEmpty())
        return {};
    return ftsExpressionOf(parsed.root).value_or(QString());
}

namespace {

QString escapedLike(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return escaped;
}

// The words a tool's name must hold for an FTS5 expression that is words alone, all required (what the
// tools still to index are matched by); empty when the expression is more than that.
QStringList requiredWords(const QueryNode& node)
{
    if (node.kind == QueryNode::Kind::Words && !node.phrase)
        return node.words;
    if (node.kind != QueryNode::Kind::And)
        return {};
    QStringList words;
    for (const QueryNode& child : node.children) {
        const QStringList more = requiredWords(child);
        if (more.isEmpty())
            return {};
        words << more;
    }
    return words;
}

bool searchable(const QueryNode& node)
{
    return ftsExpressionOf(node.kind == QueryNode::Kind::Not ? node.children.front() : node).has_value();
}

// The children of an And that FTS5 can read, together.
QueryNode searchablePart(const QueryNode& node)
{
    QueryNode searched = QueryNode::of(QueryNode::Kind::And);
    for (const QueryNode& child : node.children) {
        if (searchable(child))
            searched.children.push_back(child);
    }
    return searched;
}

// Writes a parsed query's tree as an SQL condition on tools or tool_summary, its values bound.
class SqlWriter
{
public:
    SqlWriter(SqlFilter& filter, const SearchContext& context)
        : m_filter(filter)
        , m_context(context)
    {}

    QString clause(const QueryNode& node)
    {
        if (const auto expression = ftsExpressionOf(node))
            return matching(*expression, requiredWords(node));
        switch (node.kind) {
        case QueryNode::Kind::And: {
            // What FTS5 can read goes to it together, as one expression; the rest beside it.
            const QueryNode searched = searchablePart(node);
            const auto expression = ftsExpressionOf(searched);
            QStringList clauses;
            if (expression)
                clauses << matching(*expression, requiredWords(searched));
            for (const QueryNode& child : node.children) {
                if (!expression || !searchable(child))
                    clauses << clause(child);
            }
            return clauses.isEmpty() ? QStringLiteral("1") : clauses.join(QStringLiteral(" AND "));
        }
        case QueryNode::Kind::Or: {
            QStringList clauses;
            for (const QueryNode& child : node.children)
                clauses << QLatin1Char('(') + clause(child) + QLatin1Char(')');
            return QLatin1Char('(') + clauses.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        }
        case QueryNode::Kind::Not: {
            const QueryNode& excluded = node.children.front();
            if (const auto expression = ftsExpressionOf(excluded)) {
                m_filter.bindings << *expression;
                return QStringLiteral("pk NOT IN (SELECT rowid FROM tool_search WHERE tool_search MATCH ?)");
            }
            return QStringLiteral("NOT (") + clause(excluded) + QLatin1Char(')');
        }
        case QueryNode::Kind::Field:
            return field(node);
        case QueryNode::Kind::Lens:
            m_filter.bindings << node.lensId << node.value;
            return QStringLiteral("pk IN (SELECT r.tool_pk FROM reviews r WHERE r.lens_pk ="
                                  " (SELECT l.pk FROM lenses l WHERE l.id = ?) AND r.verdict = ?)");
        case QueryNode::Kind::Ship:
            m_filter.needsFigures = true;
            m_filter.bindings << node.number;
            // coalesce: a tool without reviews has no share, and "-ship:>=75" keeps it.
            return QStringLiteral("coalesce(%1 %2 ?, 0)").arg(panelPercentSql, compareSymbol(node.compare));
        case QueryNode::Kind::Votes:
            m_filter.needsFigures = true;
            m_filter.bindings << node.number;
            return QStringLiteral("community_votes %1 ?").arg(compareSymbol(node.compare));
        case QueryNode::Kind::Words:
            break; // FTS5 reads every Words node
        }
        return QStringLiteral("1");
    }

private:
    QString matching(const QString& expression, const QStringList& nameWords)
    {
        if (!m_context.heldTable.isEmpty() && expression == m_context.heldExpression)
            return QStringLiteral("pk IN ") + m_context.heldTable;
        m_filter.bindings << expression;
        const QString indexed =
            QStringLiteral("pk IN (SELECT rowid FROM tool_search WHERE tool_search MATCH ?)");
        if (m_context.indexComplete || nameWords.isEmpty())
            return indexed;
        // Slower, and over the names alone for the tools not indexed yet, but never wrongly empty.
        QStringList nameHolds;
        for (const QString& word : nameWords) {
            nameHolds << QStringLiteral("w.name LIKE ? ESCAPE '\\'");
            m_filter.bindings << QString(QLatin1Char('%') + escapedLike(word) + QLatin1Char('%'));
        }
        return QStringLiteral("(") + indexed +
               QStringLiteral(" OR pk IN (SELECT w.pk FROM search_stale s JOIN tools w ON w.pk = s.tool_pk"
                              " WHERE ") +
               nameHolds.join(QStringLiteral(" AND ")) + QStringLiteral("))");
    }

    QString field(const QueryNode& node)
    {
        QString column;
        switch (node.field) {
        case QueryField::Vendor:
            column = QStringLiteral("vendor");
            break;
        case QueryField::Category:
            column = QStringLiteral("category");
            break;
        case QueryField::Pricing:
            column = QStringLiteral("pricing");
            break;
        case QueryField::License:
            column = QStringLiteral("license");
            break;
        case QueryField::Deployment:
            column = QStringLiteral("deployment");
            break;
        case QueryField::Name:
            column = QStringLiteral("name");
            break;
        }
        if (node.exact) {
            m_filter.bindings << node.value;
            return column + QStringLiteral(" = ? COLLATE NOCASE");
        }
        // The start of the value or of any word in it after a space ("category:tools" finds Developer
        // Tools; "deployment:hosted" does not find self-hosted).
        const QString start = escapedLike(node.value.trimmed());
        m_filter.bindings << QString(start + QLatin1Char('%'))
                          << QString(QStringLiteral("% ") + start + QLatin1Char('%'));
        return QStringLiteral("(%1 LIKE ? ESCAPE '\\' OR %1 LIKE ? ESCAPE '\\')").arg(column);
    }

    SqlFilter& m_filter;
    const SearchContext& m_context;
};

} // namespace

std::optional<QString> searchedExpression(const ParsedQuery& search)
{
    if (search.isEmpty())
        return std::nullopt;
    if (auto whole = ftsExpressionOf(search.root))
        return whole;
    if (search.root.kind != QueryNode::Kind::And)
        return std::nullopt;
    return ftsExpressionOf(searchablePart(search.root));
}

SqlFilter buildFilter(const ToolQuery& query, std::optional<Facet> except, const SearchContext& context)
{
    QStringList clauses;
    SqlFilter filter;
    const ParsedQuery search = readSearch(query.search, context.lenses);
    if (!search.isEmpty())
        clauses << SqlWriter(filter, context).clause(search.root);
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
    filter.needsFigures = filter.needsFigures ||
                          (!query.values(Facet::PanelVerdict).isEmpty() && except != Facet::PanelVerdict);
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
