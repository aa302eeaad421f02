// SPDX-License-Identifier: GPL-3.0-or-later
// A large sync's way into the store (docs/ARCHITECTURE.md "The sync's apply"): the visible catalog is
// copied into shadow tables (sync_next_*), each page's records are written there as they arrive, the
// derived figures are made there, and publish() renames the shadows into place in one short
// transaction. Every step is a short transaction of its own, so other writers (a vote, a draft's
// autosave, a second CLI) wait at most for one step, and a sync cut off anywhere resumes from its
// last step (sync_state) without fetching again what it holds. After publishing, maintainStep()
// empties and drops the retired tables, indexes the catalog for search and gives free pages back.
//
//   apply.begin(position); while (!apply.copyStep().value()) {}  apply.writePage(page, after); ...
//   while (!apply.prepareStep().value()) {}  apply.publish(meta);  while (apply.maintainStep().value() < 100)
//   {}
#pragma once

#include "FeedApply.h"
#include "FeedMeta.h"
#include <base/Result.h>
#include <feed/Feed.h>

#include <QCoreApplication>

#include <optional>

namespace sos {

class Database;

// Where a sync into the shadow tables is: what sync_state holds.
struct SyncPosition
{
    QString feedUrl;
    QString since;   // the cursor the sync started from ("" for a whole feed)
    QString nextUrl; // the page to fetch next; empty once the last one is written
    QString cursor;  // the feed's cursor after the pages written
    QString etag;    // the first page's
    int pages = 0;
    qint64 records = 0;
    ApplyStats stats;
    bool copied = false;
    bool complete = false;
    bool prepared = false;
    // Given to begin(), not kept: the feed's first sync into the store, whose changes are not recorded
    // (ChangeLog.h); the staged changes' table says it after that.
    bool baseline = false;
};

class SyncApply final
{
    Q_DECLARE_TR_FUNCTIONS(sos::SyncApply)

public:
    SyncApply(Database& database, FeedMeta& meta);

    // The sync in progress in the shadow tables, if any.
    std::optional<SyncPosition> position() const;

    // Makes the shadow tables, empty, and records the start. Any other sync's shadows go first.
    Result<void> begin(const SyncPosition& start);
    // Copies the next rows of the visible catalog into the shadows; true once all are copied.
    Result<bool> copyStep();
    // Writes one page's records into the shadows with the position after it, in one transaction.
    // after.stats and after.records are the totals so far: the page's own are added to them.
    Result<SyncPosition> writePage(const FeedDocument& page, SyncPosition after);
    // After the last page: the records that named something a later page defined, then the derived
    // figures, in steps; true once done.
    Result<bool> prepareStep();
    // The shadows become the visible catalog, with the sync's bookkeeping, in one short transaction.
    Result<void> publish(const QList<std::pair<FeedMeta::Key, QString>>& metaValues);
    // Drops the shadows of a sync that will not be finished (another feed, a feed that does not apply).
    Result<void> abandon();

    // Copies what the write-ahead log holds into the file, as far as readers let it, without waiting for
    // anyone. Called after each step, so that the log stays short and the commit of another writer (a
    // vote) never finds it long enough to copy it itself (SQLite has the writer whose commit crosses
    // 1,000 pages do it: a vote waited most of a second for the sync's pages).
    void checkpoint();

    // Whether the last publish left work behind (retired tables, tools to index, free pages).
    bool needsMaintenance() const;
    // One step of it; returns how far it is, in percent (100: nothing left), and what it does in
    // whatIsDone (a translated sentence).
    Result<int> maintainStep(QString* whatItDoes = nullptr);

private:
    Result<SyncPosition> savePosition(const SyncPosition& position);

    Database& m_database;
    FeedMeta& m_meta;
    int m_indexStepTools = 0; // grows or shrinks to keep each step of the search index short
    qint64 m_indexTotal = 0;  // the tools the index is being built for, counted once
};

} // namespace sos
