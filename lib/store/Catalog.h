// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog's reads: lenses, tools (listed, counted, placed, faceted, in detail), comparisons and
// their tallies. Read only; the feed apply (FeedApply) writes what it reads. A read that fails is
// logged and reads as nothing.
#pragma once

#include "ToolQuery.h"
#include <domain/Domain.h>

#include <QHash>

#include <array>
#include <optional>

namespace sos {

class Database;

struct FacetCount
{
    QString value;
    int count = 0;
};

struct ToolDetails
{
    ToolSummary summary;
    QList<Review> reviews;         // ordered by lens position
    QList<Lens> lenses;            // the lens of each review, same order
    QList<Comparison> comparisons; // the comparisons the tool appears in
};

class Catalog final
{
public:
    explicit Catalog(Database& database);

    QList<Lens> lenses() const;
    int toolCount() const;
    int countTools(const ToolQuery& query) const;
    // knownTotal, when the caller has counted the query's tools (countTools), lets a search that
    // matches much of the catalog read the names in order instead of sorting every match.
    QList<ToolSummary> fetchTools(const ToolQuery& query, int offset, int limit, int knownTotal = -1) const;
    // Whether the query filters by its search text alone, and that text is words FTS5 reads in one
    // expression (countTools then reads the index only).
    static bool isSearchOnly(const ToolQuery& query);
    // Where the tool is in the query's order (0 first), or -1 when the query leaves it out: without
    // reading the rows before it.
    int positionOfTool(const ToolQuery& query, const QString& toolId) const;
    // Every facet's values, each with how many tools it would show given the rest of the query (its own
    // facet's selection left out), in the order of allFacets. One pass over the tools the search and
    // the comparison keep, whatever the facets' selections.
    using AllFacetCounts = std::array<QList<FacetCount>, allFacets.size()>;
    // knownTotal as for fetchTools.
    AllFacetCounts facetCounts(const ToolQuery& query, int knownTotal = -1) const;
    // Every value each facet takes in the store (the verdict: every verdict), ordered as facetCounts
    // orders them, so that the facet panel shows the values a query leaves no tool with (count 0). One
    // read of the facets' index (tens of milliseconds at 100,000 tools): read it after a sync, not per
    // query.
    using AllFacetValues = std::array<QStringList, allFacets.size()>;
    AllFacetValues facetValues() const;

    // What turning search into SQL needs to know of the store (the index's state, the lenses a lens:
    // term names, the search this connection holds).
    SearchContext searchContext(const QString& search) const;

    // Where the tools' reviews hold any of terms (words, each a prefix, or phrases): a snippet of the
    // first review that does (matchSnippet), each match between open and close; by tool id, only the
    // tools whose reviews match.
    QHash<QString, QString> reviewSnippets(const QStringList& terms, const QStringList& toolIds, QChar open,
                                           QChar close) const;

    // Reads the part of query's search that the index answers (searchedExpression) once, into a table
    // of this connection, so that the count, the rows, the place of a tool and the facets' counts that
    // follow read that table instead of evaluating the match again each (at 100,000 tools a prefix
    // such as "the" costs tens of milliseconds a time). Returns how many tools match it, or nothing
    // when the search has no such part, the index is still being built, or the table cannot be
    // written. What is held serves while the store is unchanged (PRAGMA data_version): after any
    // other connection's commit the match is read from the index again. For a connection that reads
    // many queries in a row, as the CatalogReader does; others need not call it.
    std::optional<int> holdSearch(const ToolQuery& query) const;

    std::optional<ToolDetails> toolDetails(const QString& toolId) const;
    // Finds a tool by id or by name (case-insensitive).
    std::optional<QString> findToolId(const QString& idOrName) const;
    QStringList allToolNames() const;

    // The lenses, tools and reviews with these ids (those that exist), in no particular order: one
    // query for many, as the feed server reads a page's worth at once.
    QList<Lens> lensesWithIds(const QStringList& ids) const;
    QList<Tool> toolsWithIds(const QStringList& ids) const;
    QList<Review> reviewsWithIds(const QStringList& ids) const;

    // Every comparison, by title; or limit of them from offset on, in the same order.
    QList<ComparisonSummary> comparisons() const;
    QList<ComparisonSummary> comparisons(int offset, int limit) const;
    int comparisonCount() const;
    std::optional<ComparisonSummary> findComparison(const QString& idOrTitle) const;
    // The published comparison of exactly these tools (by id, in any order), the first in the order of
    // comparisons() when several are.
    std::optional<ComparisonSummary> findComparisonOfTools(const QStringList& toolIds) const;
    // The comparisons with these ids (those that exist), in the order of comparisons(): one query for
    // many.
    QList<ComparisonSummary> comparisonsWithIds(const QStringList& ids) const;
    // The feed's tallies of one comparison, one per tool that has any.
    QList<Tally> tallies(const QString& comparisonId) const;
    // The same for several comparisons in one query, by comparison id, then tool id.
    QList<Tally> tallies(const QStringList& comparisonIds) const;
    // Every tally the feed reported for a comparison, oldest first.
    QList<TallyPoint> tallyHistory(const QString& comparisonId) const;

private:
    // Whether knownTotal tools are a good share of the catalog (an eighth or more), so that reading an
    // index in order and keeping the matches beats looking every match up.
    bool isBroad(int knownTotal) const;
    // Whether every tool is in the search index (after a sync replaced the catalog, it is built in
    // steps: meanwhile a search also looks at the names of the tools still to index).
    bool searchIndexComplete() const;
    SqlFilter filterOf(const ToolQuery& query, std::optional<Facet> except = std::nullopt) const;
    // The name the index of tools called name has now.
    QString toolsIndex(const QString& name) const;
    // Comparisons with their tools and total votes; filter is an SQL condition on c, with its bindings.
    QList<ComparisonSummary> readComparisons(const QString& filter, const QVariantList& bindings) const;

    // The store's data version now (PRAGMA data_version: changes with every other connection's commit).
    qint64 dataVersion() const;

    Database& m_database;
    struct HeldSearch
    {
        QString expression; // empty: nothing held
        int count = 0;
        qint64 dataVersion = -1;
    };
    mutable HeldSearch m_held; // a cache of this connection's: reads stay const
};

} // namespace sos
