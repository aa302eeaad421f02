// SPDX-License-Identifier: GPL-3.0-or-later
// The records of a feed document written into the catalog's tables in the caller's transaction, one
// function per kind, in the order their references need: lenses and tools before the reviews and
// comparisons that name them, comparisons before their tallies, and tombstones last. Inside lib/store
// only (FeedApply writes the visible tables, SyncApply a sync's shadow tables).
#pragma once

#include "Database.h"
#include "FeedApply.h"
#include <feed/Feed.h>

#include <QHash>

namespace sos {

class RecordWriter final
{
public:
    // Writes into the tables named prefix + the catalog's name ("" for the visible ones). Into shadow
    // tables (a prefix), what the visible tables' triggers do is done here: a deleted row's dependants
    // go with it, and a tally's change is kept in the shadow history. A record that names a tool, lens
    // or comparison not written yet goes to parked when given (a later page may define it), and fails
    // the write otherwise.
    explicit RecordWriter(const QSqlDatabase& db, QString prefix = {}, FeedDocument* parked = nullptr);

    // All of a document's records, in order.
    Result<void> write(const FeedDocument& feed);

    const ApplyStats& stats() const { return m_stats; }

private:
    Result<void> writeLenses(const QList<Lens>& lenses);
    Result<void> writeTools(const QList<Tool>& tools);
    Result<void> writeReviews(const QList<Review>& reviews);
    Result<void> writeComparisons(const QList<Comparison>& comparisons);
    Result<void> writeTallies(const QList<Tally>& tallies);
    Result<void> writeTombstones(const QList<Tombstone>& tombstones);

    using Keys = QHash<QString, qint64>;
    // The key of a row by its id; an Error of kind InvalidFeed when there is none.
    Result<qint64> keyOf(Keys& known, const char* table, const QString& id, const char* kind);
    QString table(const char* name) const { return m_prefix + QLatin1String(name); }
    bool shadow() const { return !m_prefix.isEmpty(); }
    // Whether a failed reference is parked (true) or fails the write.
    bool parks(const Error& error) const { return m_parked && error.kind == Error::Kind::InvalidFeed; }

    PreparedStatements m_sql;
    QString m_prefix;
    FeedDocument* m_parked;
    ApplyStats m_stats;
    // The keys of the rows written or looked up, by id: each review and tally names its tool, lens and
    // comparison, and looking them up again for every record cost as much as writing it. Within a write
    // a row keeps its key (nothing is deleted before the tombstones, which come last).
    Keys m_lensKeys;
    Keys m_toolKeys;
    Keys m_comparisonKeys;
};

} // namespace sos
