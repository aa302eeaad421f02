// SPDX-License-Identifier: GPL-3.0-or-later
// The user's votes on their way to the feed (table vote_outbox): one per comparison, pending, sent,
// then confirmed or rejected, with a fresh idempotency key whenever the vote changes.
#pragma once

#include <base/Result.h>
#include <domain/Domain.h>

#include <QCoreApplication>

#include <optional>

namespace sos {

class Database;
class FeedApply;
class FeedMeta;

class VoteOutbox final
{
    Q_DECLARE_TR_FUNCTIONS(sos::Store)

public:
    VoteOutbox(Database& database, FeedApply& feed, const FeedMeta& meta);

    // Records the user's vote in a comparison in the outbox, at once. One vote per comparison: voting
    // again for another tool changes it (a new request with a new idempotency key); voting again for
    // the same tool changes nothing.
    Result<MyVote> castVote(const QString& comparisonId, const QString& toolId);
    std::optional<MyVote> myVote(const QString& comparisonId) const;
    // Every vote of the outbox, the least recently changed first.
    QList<MyVote> votes() const;

    // The outbox's way to the feed.
    Result<void> setVoteState(const QString& comparisonId, const QString& idempotencyKey, VoteState state,
                              const QString& error = {});
    // The feed counted the vote: its tallies and the confirmation land together, so the vote is never
    // counted twice (once pending, once in the tallies).
    Result<void> confirmVote(const QString& comparisonId, const QString& idempotencyKey,
                             const QList<Tally>& tallies);

private:
    Database& m_database;
    FeedApply& m_feed;
    const FeedMeta& m_meta;
};

} // namespace sos
