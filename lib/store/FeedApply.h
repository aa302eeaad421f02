// SPDX-License-Identifier: GPL-3.0-or-later
// The feed's way into the store (a feed document, a whole sync, the bundled catalog) and out of it (a
// static export). Every apply is one transaction: the store is never left half-written.
#pragma once

#include "FeedMeta.h"
#include <base/Result.h>
#include <feed/Feed.h>

#include <QCoreApplication>

namespace sos {

class Catalog;
class Database;

struct ApplyStats
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int deleted = 0;

    friend bool operator==(const ApplyStats&, const ApplyStats&) = default;
};

// What a sync's apply tells the change log (ChangeLog.h): the feed, and whether this is its first sync
// into the store (its baseline: nothing is compared, the sync alone is logged).
struct ChangeRecording
{
    QString feedUrl;
    bool baseline = false;
};

class FeedApply final
{
    Q_DECLARE_TR_FUNCTIONS(sos::Store)

public:
    FeedApply(Database& database, FeedMeta& meta, const Catalog& catalog);

    // Applies a validated feed in one transaction: inserts what is new, updates what the feed has a
    // newer (or equal) version of, deletes what it tombstones. A reference to an unknown tool, lens
    // or comparison fails the whole feed, and the store stays as it was.
    Result<ApplyStats> applyFeed(const FeedDocument& feed);

    // Applies a small sync's pages at once (SyncEngine keeps them in memory until there are too many for
    // one short transaction), with the sync's bookkeeping and what it changed in the change log.
    Result<ApplyStats> applySync(const FeedDocument& merged,
                                 const QList<std::pair<FeedMeta::Key, QString>>& meta,
                                 const ChangeRecording& recording);

    // Seeds the store from the bundled catalog the first time it is opened; later calls do nothing.
    Result<bool> seedBundledCatalog();

    // The whole catalog as one feed document (for a static export).
    FeedDocument exportFeed() const;

    // Why a feed that refers to a record it does not define fails (kind: lens, tool or comparison); the
    // feed server's PostgreSQL backend fails such a feed with the same words.
    static QString unknownReference(const QString& kind, const QString& id);

private:
    // The writes of applyFeed, inside the caller's transaction; the search index brought up to date
    // in it too, or left to SearchIndex's steps after.
    enum class IndexNow
    {
        Yes,
        No
    };
    Result<ApplyStats> applyRecords(const FeedDocument& feed, IndexNow indexNow);

    Database& m_database;
    FeedMeta& m_meta;
    const Catalog& m_catalog;
};

} // namespace sos
