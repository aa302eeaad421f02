// SPDX-License-Identifier: GPL-3.0-or-later
// The local store: one database file, and its concerns, each owning its SQL over the one connection:
// the catalog's reads, the feed's apply, a large sync's apply, the vote outbox, the feed's metadata, the
// reviewers' drafts, the team's criteria and decisions, the change log and watches, the saved searches
// and the shortlist. Writes happen in one transaction each, so the store is never left half-written.
//
//   store->catalog().fetchTools(query, 0, 100);  store->outbox().castVote(comparisonId, toolId);
#pragma once

#include "Catalog.h"
#include "ChangeLog.h"
#include "Database.h"
#include "DecisionStore.h"
#include "DraftStore.h"
#include "FeedApply.h"
#include "FeedMeta.h"
#include "SavedSearches.h"
#include "SearchIndex.h"
#include "SyncApply.h"
#include "ToolQuery.h"
#include "VoteOutbox.h"
#include <base/Result.h>

#include <QCoreApplication>

#include <memory>

namespace sos {

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
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    Database& database() { return *m_database; }
    QString path() const { return m_database->path(); }

    const Catalog& catalog() const { return m_catalog; }
    FeedApply& feed() { return m_feed; }
    const FeedApply& feed() const { return m_feed; }
    SyncApply& syncApply() { return m_syncApply; }
    const SyncApply& syncApply() const { return m_syncApply; }
    VoteOutbox& outbox() { return m_outbox; }
    const VoteOutbox& outbox() const { return m_outbox; }
    FeedMeta& meta() { return m_meta; }
    const FeedMeta& meta() const { return m_meta; }
    DraftStore& drafts() { return m_drafts; }
    const DraftStore& drafts() const { return m_drafts; }
    DecisionStore& decisions() { return m_decisions; }
    const DecisionStore& decisions() const { return m_decisions; }
    ChangeLog& changes() { return m_changes; }
    const ChangeLog& changes() const { return m_changes; }
    Watches& watches() { return m_watches; }
    const Watches& watches() const { return m_watches; }
    SavedSearches& savedSearches() { return m_savedSearches; }
    const SavedSearches& savedSearches() const { return m_savedSearches; }
    Shortlist& shortlist() { return m_shortlist; }
    const Shortlist& shortlist() const { return m_shortlist; }

private:
    std::unique_ptr<Database> m_database;
    // In the order they need each other.
    FeedMeta m_meta;
    SyncApply m_syncApply;
    Catalog m_catalog;
    FeedApply m_feed;
    VoteOutbox m_outbox;
    DraftStore m_drafts;
    DecisionStore m_decisions;
    ChangeLog m_changes;
    Watches m_watches;
    SavedSearches m_savedSearches;
    Shortlist m_shortlist;
};

// What to tell the user after openOrRecover kept a damaged file aside.
QString recoveryNotice(const Store::Recovered& recovered);

} // namespace sos
