// SPDX-License-Identifier: GPL-3.0-or-later
// The store's bookkeeping of the feed (table feed_meta): typed keys with one table of their stored
// names, as Settings has for the user's settings. A key's name is what the file holds: never rename one.
#pragma once

#include <base/EnumNames.h>
#include <base/Result.h>

#include <QString>

namespace sos {

class Database;

class FeedMeta final
{
public:
    enum class Key
    {
        FeedId,               // the id of the feed the catalog came from
        FeedCursor,           // the feed's position the catalog is at
        FeedGeneratedAt,      // when the feed made the document last applied
        FeedUrl,              // where the last sync read the feed
        LastSyncAt,           // when a sync last finished
        SyncFeedUrl,          // the feed (address without token) the sync's cursor belongs to
        SyncCursor,           // where the next sync goes on from
        SyncEtag,             // the static feed's ETag at the last sync
        SyncPendingEtag,      // the ETag of a static feed being applied
        BundledCatalogCursor, // set once the bundled catalog was seeded
        ServerSchema,         // the version of the feed server's own tables (shiporskip-feed only)
        ChangesSeenUpTo,      // the change_log id up to which the user has seen the changes
        ChangesKeptDays,      // how long the change log keeps a sync's changes (empty: 180 days)
    };

    explicit FeedMeta(Database& database);

    // The value stored under key; empty when there is none.
    QString value(Key key) const;
    Result<void> setValue(Key key, const QString& value);

private:
    Database& m_database;
};

template <>
inline constexpr auto enumNames<FeedMeta::Key> = std::array{
    std::pair{FeedMeta::Key::FeedId, "feedId"},
    std::pair{FeedMeta::Key::FeedCursor, "feedCursor"},
    std::pair{FeedMeta::Key::FeedGeneratedAt, "feedGeneratedAt"},
    std::pair{FeedMeta::Key::FeedUrl, "feedUrl"},
    std::pair{FeedMeta::Key::LastSyncAt, "lastSyncAt"},
    std::pair{FeedMeta::Key::SyncFeedUrl, "syncFeedUrl"},
    std::pair{FeedMeta::Key::SyncCursor, "syncCursor"},
    std::pair{FeedMeta::Key::SyncEtag, "syncEtag"},
    std::pair{FeedMeta::Key::SyncPendingEtag, "syncPendingEtag"},
    std::pair{FeedMeta::Key::BundledCatalogCursor, "bundledCatalogCursor"},
    std::pair{FeedMeta::Key::ServerSchema, "serverSchema"},
    std::pair{FeedMeta::Key::ChangesSeenUpTo, "changesSeenUpTo"},
    std::pair{FeedMeta::Key::ChangesKeptDays, "changesKeptDays"},
};

} // namespace sos
