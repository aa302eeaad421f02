// SPDX-License-Identifier: GPL-3.0-or-later
// What the catalog asks for: search text, facet selections and a sort. Turned into SQL here, so that
// filtering and sorting happen in SQLite and stay fast on a catalog of any size.
#pragma once

#include "SearchQuery.h"
#include <base/EnumNames.h>

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <array>

namespace sos {

enum class Facet
{
    Category,
    Pricing,
    License,
    Deployment,
    PanelVerdict
};
inline constexpr std::array allFacets{Facet::Category, Facet::Pricing, Facet::License, Facet::Deployment,
                                      Facet::PanelVerdict};

enum class ToolSort
{
    Name,
    Vendor,
    Category,
    Pricing,
    PanelShip,
    Community
};

template <>
inline constexpr auto enumNames<Facet> = std::array{
    std::pair{Facet::Category, "category"},         std::pair{Facet::Pricing, "pricing"},
    std::pair{Facet::License, "license"},           std::pair{Facet::Deployment, "deployment"},
    std::pair{Facet::PanelVerdict, "panelVerdict"},
};
template <>
inline constexpr auto enumNames<ToolSort> = std::array{
    std::pair{ToolSort::Name, "name"},         std::pair{ToolSort::Vendor, "vendor"},
    std::pair{ToolSort::Category, "category"}, std::pair{ToolSort::Pricing, "pricing"},
    std::pair{ToolSort::PanelShip, "panel"},   std::pair{ToolSort::Community, "community"},
};

struct ToolQuery
{
    QString search;                           // the query language's text (SearchQuery.h)
    std::array<QStringList, 5> facetValues{}; // per Facet: accepted values (any of them); empty = all
    QString comparisonId;                     // only the tools of this comparison, when set
    bool watchedOnly = false;                 // only the tools the user watches (Watches)
    ToolSort sort = ToolSort::Name;
    bool descending = false;

    QStringList& values(Facet facet) { return facetValues[static_cast<std::size_t>(facet)]; }
    const QStringList& values(Facet facet) const { return facetValues[static_cast<std::size_t>(facet)]; }
};

// A WHERE clause over the view tool_summary with the values to bind, in order.
struct SqlFilter
{
    QString where; // "1" when nothing is filtered
    QVariantList bindings;
    bool needsFigures = false; // where reads the panel figures (of tool_summary, not of tools alone)

    // What to read the filtered rows from: the table tools when neither the filter nor the order
    // reads a figure, since SQLite joins tool_summary's figures row by row even for a count (at
    // 100,000 tools, counting them all took 142 ms through the view and 3 ms from the table).
    QString source(bool orderNeedsFigures = false) const;
};

// Whether ordering by this sort reads the panel or community figures.
bool sortNeedsFigures(ToolSort sort);

// The SQL expression for a facet's value in a row of tool_summary.
QString facetExpression(Facet facet);
// What turning a query into SQL needs to know of the store.
struct SearchContext
{
    // false: the search index is still being built, and words also keep the tools still to index whose
    // names hold them.
    bool indexComplete = true;
    QList<QueryLens> lenses; // to read lens: terms
    // An FTS5 expression whose matches the connection already holds in a table (Catalog::holdSearch):
    // a match of exactly that expression reads the table instead of the index.
    QString heldExpression;
    QString heldTable;
};

// The query's search text as the filter reads it: parsed, or, when it cannot be read, its words alone
// (so that results follow the typing while the window shows the error).
ParsedQuery readSearch(const QString& text, const QList<QueryLens>& lenses);

// Builds the filter, leaving out one facet (to count that facet's values "sideways") when asked.
SqlFilter buildFilter(const ToolQuery& query, std::optional<Facet> except = std::nullopt,
                      const SearchContext& context = {});
// The ORDER BY clause; rows without a figure sort last in either direction.
QString buildOrderBy(const ToolQuery& query);

// The whole search as one FTS5 query, when the words are all it asks (no field term, nothing only
// excluded): each word quoted (so the text can never be FTS5 syntax) and matched as a prefix. Empty
// otherwise, and when the text holds no word.
QString ftsMatchExpression(const QString& text);
// The same for a parsed query's tree, or nothing.
std::optional<QString> ftsExpressionOf(const QueryNode& node);
// The one FTS5 expression the filter of this search matches against the index (buildFilter): the
// whole tree's when FTS5 reads all of it, else that of what it can read of the top-level terms; nothing
// when the search has no such part.
std::optional<QString> searchedExpression(const ParsedQuery& search);

} // namespace sos
