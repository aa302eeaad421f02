// SPDX-License-Identifier: GPL-3.0-or-later
// How a sync's apply records what it changed (ChangeLog.h), the same way for both applies. Inside
// lib/store only.
//
// The changes are staged in a table of their own while the records go in: note() compares each record
// of a page with the visible catalog, which is the catalog before the sync (FeedApply::applySync calls
// it before writing; SyncApply writes into shadow tables, so the visible ones stay as they were until
// the publish). A change noted twice (a record on two pages) keeps its first before and its last after.
// The panel buckets and the community leaders a page may move are noted with their value before;
// settle() reads their value after from the tables the sync wrote (the visible ones, or the shadows once
// their figures are made) and drops what ended as it began. commit() makes a sync_log row and moves the
// staged changes under it, then trims the log by age; it runs in the transaction that makes the data
// visible, so a sync that fails records nothing.
//
//   FeedApply:  stage(); note(feed); <write>; settle(""); commit(...)            in one transaction
//   SyncApply:  begin: stage(); writePage: note(page); prepareStep: settle("sync_next_"); publish: commit
#pragma once

#include "Database.h"
#include "FeedApply.h"
#include <base/Result.h>
#include <feed/Feed.h>

#include <QSet>

namespace sos {

class FeedMeta;

class ChangeRecorder final
{
public:
    // table: where the changes are staged ("temp.x" for one transaction, or a table that outlives a
    // process for a sync that resumes).
    ChangeRecorder(const QSqlDatabase& db, QString table);

    // Makes the staging table, empty.
    Result<void> stage();
    bool staged() const;
    Result<void> note(const FeedDocument& page);
    // prefix: of the tables the sync wrote ("" for the visible ones).
    Result<void> settle(const QString& prefix);
    // Records the sync (baseline when nothing was staged) and the changes staged, drops the staging
    // table, trims the log; the new sync's id.
    Result<qint64> commit(const QString& feedUrl, const ApplyStats& stats, int keptDays);
    Result<void> drop();

private:
    // Each reads what the visible catalog holds of the page's records in one query, and stages what
    // differs: a few statements a page, whatever its size.
    Result<void> noteTools(const QList<Tool>& tools);
    Result<void> noteReviews(const QList<Review>& reviews);
    Result<void> noteComparisons(const QList<Comparison>& comparisons);
    Result<void> noteTallies(const QList<Tally>& tallies);
    Result<void> noteRemovedReviews(const QStringList& reviewIds);
    // A change staged: a later note of the same change keeps its first before and takes this after.
    Result<void> put(const char* kind, const QString& toolId, const QString& comparisonId,
                     const QString& lensId, const char* field, const QString& before, const QString& after);
    // The panels of these tools and the leaders of these comparisons, as they are before the sync, to
    // compare after the writes (settle); the first before noted stays.
    Result<void> panelCandidates(const QStringList& toolIds);
    Result<void> leaderCandidates(const QStringList& comparisonIds);

    QSqlDatabase m_db;
    QString m_table;
    QSet<QString> m_staged; // the keys of the changes staged, read at each note
};

// The text a tool's pricing is compared and shown by: "Paid", or "Paid: from $20 a month".
QString pricingEntry(const QString& pricing, const QString& note);
// A panel's bucket by its stable name ("majority-ship").
QString panelBucket(int ships, int reviews);

} // namespace sos
