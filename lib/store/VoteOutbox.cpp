// SPDX-License-Identifier: GPL-3.0-or-later
#include "VoteOutbox.h"

#include "Database.h"
#include "FeedApply.h"
#include "FeedMeta.h"
#include "RowReader.h"
#include "Transaction.h"

#include <QSqlQuery>
#include <QUuid>

namespace sos {

VoteOutbox::VoteOutbox(Database& database, FeedApply& feed, const FeedMeta& meta)
    : m_database(database)
    , m_feed(feed)
    , m_meta(meta)
{}

Result<MyVote> VoteOutbox::castVote(const QString& comparisonId, const QString& toolId)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto member = runQuery(db,
                           QStringLiteral("SELECT c.pk, t.pk FROM comparisons c JOIN comparison_tools ct"
                                          " ON ct.comparison_pk = c.pk JOIN tools t ON t.pk = ct.tool_pk"
                                          " WHERE c.id = ? AND t.id = ?"),
                           {comparisonId, toolId}, "checking the vote");
    if (!member)
        return member.error();
    if (!member->next()) {
        auto known = runQuery(db, QStringLiteral("SELECT 1 FROM comparisons WHERE id = ?"), {comparisonId},
                              "checking the comparison");
        if (!known)
            return known.error();
        if (!known->next())
            return Error{tr("There is no comparison \"%1\" to vote in.").arg(comparisonId),
                         Error::Kind::NotFound};
        return Error{tr("\"%1\" is not one of the tools of this comparison.").arg(toolId)};
    }
    const qint64 comparisonPk = member->value(0).toLongLong();
    const qint64 toolPk = member->value(1).toLongLong();

    if (const auto current = myVote(comparisonId);
        current && current->toolId == toolId && current->state != VoteState::Rejected)
        return *current; // the same vote again: nothing to send twice

    const QString now = timestampToString(QDateTime::currentDateTimeUtc());
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto stored =
        runQuery(db,
                 QStringLiteral("INSERT INTO vote_outbox (comparison_pk, tool_pk, idempotency_key, state,"
                                " attempts, last_error, created_at, updated_at)"
                                " VALUES (?, ?, ?, 'pending', 0, '', ?, ?)"
                                " ON CONFLICT (comparison_pk) DO UPDATE SET tool_pk = excluded.tool_pk,"
                                " idempotency_key = excluded.idempotency_key, state = 'pending',"
                                " attempts = 0, last_error = '', updated_at = excluded.updated_at"),
                 {comparisonPk, toolPk, key, now, now}, "recording the vote");
    if (!stored)
        return stored.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return *myVote(comparisonId);
}

std::optional<MyVote> VoteOutbox::myVote(const QString& comparisonId) const
{
    QSqlQuery query = selectRows(m_database.connection(),
                                 selectRowsOf<MyVote>(QStringLiteral("WHERE c.id = ?")), {comparisonId});
    if (query.next())
        return RowReader<MyVote>::read(query);
    return std::nullopt;
}

QList<MyVote> VoteOutbox::votes() const
{
    QSqlQuery query = selectRows(m_database.connection(),
                                 selectRowsOf<MyVote>(QStringLiteral("ORDER BY o.updated_at, c.id")));
    QList<MyVote> votes;
    while (query.next())
        votes << RowReader<MyVote>::read(query);
    return votes;
}

Result<void> VoteOutbox::setVoteState(const QString& comparisonId, const QString& idempotencyKey,
                                      VoteState state, const QString& error)
{
    // Only the vote that was sent: a vote changed meanwhile has a new key and stays as it is.
    auto updated = runQuery(m_database.connection(),
                            QStringLiteral("UPDATE vote_outbox SET state = ?, last_error = ?, updated_at = ?,"
                                           " attempts = attempts + (CASE WHEN ? = 'sent' THEN 1 ELSE 0 END)"
                                           " WHERE idempotency_key = ?"
                                           " AND comparison_pk = (SELECT pk FROM comparisons WHERE id = ?)"),
                            {enumName(state), error, timestampToString(QDateTime::currentDateTimeUtc()),
                             enumName(state), idempotencyKey, comparisonId},
                            "recording the vote's state");
    if (!updated)
        return updated.error();
    return {};
}

Result<void> VoteOutbox::confirmVote(const QString& comparisonId, const QString& idempotencyKey,
                                     const QList<Tally>& tallies)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    FeedDocument feed;
    feed.feedId = m_meta.value(FeedMeta::Key::FeedId);
    feed.cursor = m_meta.value(FeedMeta::Key::FeedCursor);
    feed.generatedAt = timestampFromString(m_meta.value(FeedMeta::Key::FeedGeneratedAt));
    feed.tallies = tallies;
    if (auto applied = m_feed.applyFeed(feed); !applied)
        return applied.error();
    if (auto state = setVoteState(comparisonId, idempotencyKey, VoteState::Confirmed); !state)
        return state;
    return transaction.commit();
}

} // namespace sos
