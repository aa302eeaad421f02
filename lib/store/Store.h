// SPDX-License-Identifier: GPL-3.0-or-later
// The local store: every SQL statement of the application lives behind this class. Writes happen in
// one transaction each, so the store is never left half-written.
#pragma once

#include "Database.h"
#include "ToolQuery.h"
#include <base/Result.h>
#include <domain/Domain.h>
#include <feed/Feed.h>

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace sos {

struct ApplyStats
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int deleted = 0;

    friend bool operator==(const ApplyStats&, const ApplyStats&) = default;
};

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

class Store final
{
    Q_DECLARE_TR_FUNCTIONS(sos::Store)

public:
    // Opens the database file, migrating it to the current schema.
    static Result<std::unique_ptr<Store>> open(const QString& path);

    struct Recovered
    {
        std::unique_ptr<Store> store;
        QString keptAside; // where a damaged file was moved, untouched; empty when nothing was
        QString damage;    // what was wrong with it
    };
    // Opens the store at path. A damaged file is renamed beside it under a timestamped name (its bytes
    // untouched) and a new store is made in its place; a database of a newer version stays an error.
    static Result<Recovered> openOrRecover(const QString& path);
    explicit Store(std::unique_ptr<Database> database);

    Database& database() { return *m_database; }
    QString path() const { return m_database->path(); }

    // Applies a validated feed in one transaction: inserts what is new, updates what the feed has a
    // newer (or equal) version of, deletes what it tombstones. A reference to an unknown tool, lens
    // or comparison fails the whole feed, and the store stays as it was.
    Result<ApplyStats> applyFeed(const FeedDocument& feed);

    // Seeds the store from the bundled catalog the first time it is opened; later calls do nothing.
    Result<bool> seedBundledCatalog();

    QString meta(const QString& key) const;
    Result<void> setMeta(const QString& key, const QString& value);

    // The whole catalog as one feed document (for a static export).
    FeedDocument exportFeed() const;

    // Sync staging: the pages of a sync in progress, in order.
    struct StagedPage
    {
        int index = 0;
        QString cursor;
        QString nextUrl;
        QByteArray body;
    };
    Result<void> stagePage(const QString& feedUrl, const QString& since, const StagedPage& page);
    QList<StagedPage> stagedPages(const QString& feedUrl, const QString& since) const;
    Result<void> clearStaging();
    // Applies a whole sync at once: the merged pages, the sync's bookkeeping, and no more staging.
    Result<ApplyStats> applySync(const FeedDocument& merged, const QList<std::pair<QString, QString>>& meta);

    // The outbox's way to the feed.
    Result<void> setVoteState(const QString& comparisonId, const QString& idempotencyKey, VoteState state,
                              const QString& error = {});
    // The feed counted the vote: its tallies and the confirmation land together, so the vote is never
    // counted twice (once pending, once in the tallies).
    Result<void> confirmVote(const QString& comparisonId, const QString& idempotencyKey,
                             const QList<Tally>& tallies);

    QList<Lens> lenses() const;
    int toolCount() const;
    int countTools(const ToolQuery& query) const;
    // knownTotal, when the caller has counted the query's tools (countTools), lets a search that
    // matches much of the catalog read the names in order instead of sorting every match.
    QList<ToolSummary> fetchTools(const ToolQuery& query, int offset, int limit, int knownTotal = -1) const;
    // Whether the query filters by its search text alone (countTools then reads the index only).
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

    std::optional<ToolDetails> toolDetails(const QString& toolId) const;
    // Finds a tool by id or by name (case-insensitive).
    std::optional<QString> findToolId(const QString& idOrName) const;
    QStringList allToolNames() const;

    // Every comparison, by title; or limit of them from offset on, in the same order.
    QList<ComparisonSummary> comparisons() const;
    QList<ComparisonSummary> comparisons(int offset, int limit) const;
    int comparisonCount() const;
    std::optional<ComparisonSummary> findComparison(const QString& idOrTitle) const;
    // The published comparison of exactly these tools (by id, in any order), the first in the order of
    // comparisons() when several are.
    std::optional<ComparisonSummary> findComparisonOfTools(const QStringList& toolIds) const;
    // The comparisons with these ids (those that exist), in the order of comparisons(): one query for
    // many, as the feed server reads a page's worth at once.
    QList<ComparisonSummary> comparisonsWithIds(const QStringList& ids) const;
    // The feed's tallies of one comparison, one per tool that has any.
    QList<Tally> tallies(const QString& comparisonId) const;
    // The same for several comparisons in one query, by comparison id, then tool id.
    QList<Tally> tallies(const QStringList& comparisonIds) const;
    // Every tally the feed reported for a comparison, oldest first.
    QList<TallyPoint> tallyHistory(const QString& comparisonId) const;

    // Records the user's vote in a comparison in the outbox, at once. One vote per comparison: voting
    // again for another tool changes it (a new request with a new idempotency key); voting again for
    // the same tool changes nothing.
    Result<MyVote> castVote(const QString& comparisonId, const QString& toolId);
    std::optional<MyVote> myVote(const QString& comparisonId) const;
    QList<MyVote> outbox() const;

private:
    // Whether knownTotal tools are a good share of the catalog (an eighth or more), so that reading an
    // index in order and keeping the matches beats looking every match up.
    bool isBroad(int knownTotal) const;
    // The writes of applyFeed, inside the caller's transaction.
    Result<ApplyStats> applyRecords(const FeedDocument& feed);

    std::unique_ptr<Database> m_database;
};

// What to tell the user after openOrRecover kept a damaged file aside.
QString recoveryNotice(const Store::Recovered& recovered);

} // namespace sos
