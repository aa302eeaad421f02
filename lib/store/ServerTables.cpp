// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerTables.h"

#include "Database.h"
#include "FeedMeta.h"
#include "Transaction.h"
#include <domain/Domain.h>

#include <QFile>
#include <QSqlQuery>

namespace sos {

namespace {

constexpr int serverSchemaVersion = 1;

QString now()
{
    return timestampToString(QDateTime::currentDateTimeUtc());
}

Result<QSqlQuery> query(const QSqlDatabase& db, const QString& sql, const QVariantList& bindings = {})
{
    return runQuery(db, sql, bindings, "serving the feed");
}

} // namespace

ServerTables::ServerTables(Database& database, FeedMeta& meta)
    : m_database(database)
    , m_meta(meta)
{}

Result<void> ServerTables::migrate()
{
    if (m_meta.value(FeedMeta::Key::ServerSchema).toInt() >= serverSchemaVersion)
        return {};
    QFile file(QStringLiteral(":/sql/server_schema.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("The server schema is missing from this build."), Error::Kind::Internal};
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto ran = m_database.executeScript(QString::fromUtf8(file.readAll())); !ran)
        return ran;
    if (auto set = m_meta.setValue(FeedMeta::Key::ServerSchema, QString::number(serverSchemaVersion)); !set)
        return set.error();
    return transaction.commit();
}

Result<void> ServerTables::addToken(const QString& name, const QString& hash)
{
    auto stored = query(m_database.connection(),
                        QStringLiteral("INSERT INTO tokens (name, hash, created_at) VALUES (?, ?, ?)"),
                        {name, hash, now()});
    if (!stored)
        return stored.error();
    return {};
}

Result<int> ServerTables::revokeToken(const QString& name)
{
    auto revoked =
        query(m_database.connection(),
              QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL"),
              {now(), name});
    if (!revoked)
        return revoked.error();
    return revoked->numRowsAffected();
}

QList<ServerTables::TokenRecord> ServerTables::tokens() const
{
    QList<TokenRecord> tokens;
    auto q =
        query(m_database.connection(),
              QStringLiteral("SELECT name, created_at, coalesce(revoked_at, '') FROM tokens ORDER BY name"));
    while (q && q->next())
        tokens << TokenRecord{q->value(0).toString(), q->value(1).toString(), q->value(2).toString()};
    return tokens;
}

QString ServerTables::userForTokenHash(const QString& hash) const
{
    auto q = query(m_database.connection(),
                   QStringLiteral("SELECT name FROM tokens WHERE hash = ? AND revoked_at IS NULL"), {hash});
    return q && q->next() ? q->value(0).toString() : QString();
}

Result<QList<ServerTables::Change>> ServerTables::changesAfter(qint64 since, int limit) const
{
    auto q = query(m_database.connection(),
                   QStringLiteral("SELECT seq, kind, id, deleted, changed_at FROM changes WHERE seq > ?"
                                  " ORDER BY seq LIMIT ?"),
                   {since, limit});
    if (!q)
        return q.error();
    QList<Change> changes;
    while (q->next()) {
        changes << Change{q->value(0).toLongLong(), enumFromName<RecordKind>(q->value(1).toString()),
                          q->value(2).toString(), q->value(3).toBool(),
                          timestampFromString(q->value(4).toString())};
    }
    return changes;
}

qint64 ServerTables::lastSeq() const
{
    auto q = query(m_database.connection(), QStringLiteral("SELECT coalesce(max(seq), 0) FROM changes"));
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

Result<std::optional<ServerTables::StoredAnswer>> ServerTables::storedAnswer(const QString& key) const
{
    auto seen =
        query(m_database.connection(),
              QStringLiteral("SELECT request_hash, status, response FROM idempotency WHERE key = ?"), {key});
    if (!seen)
        return seen.error();
    if (!seen->next())
        return std::optional<StoredAnswer>();
    return std::optional<StoredAnswer>(
        StoredAnswer{seen->value(0).toString(), seen->value(1).toInt(), seen->value(2).toByteArray()});
}

Result<void> ServerTables::storeAnswer(const QString& key, const QString& user, const StoredAnswer& answer)
{
    auto stored =
        query(m_database.connection(),
              QStringLiteral("INSERT INTO idempotency (key, user, request_hash, status, response, created_at)"
                             " VALUES (?, ?, ?, ?, ?, ?)"),
              {key, user, answer.requestHash, answer.status, QString::fromUtf8(answer.response), now()});
    if (!stored)
        return stored.error();
    return {};
}

Result<ServerTables::VoteOutcome> ServerTables::recordVote(const QString& user, const QString& comparisonId,
                                                           const QString& toolId)
{
    const QSqlDatabase db = m_database.connection();
    auto comparison = query(db, QStringLiteral("SELECT pk FROM comparisons WHERE id = ?"), {comparisonId});
    if (!comparison || !comparison->next())
        return VoteOutcome::UnknownComparison;
    const qint64 comparisonPk = comparison->value(0).toLongLong();
    auto member = query(db,
                        QStringLiteral("SELECT 1 FROM comparison_tools ct JOIN tools t ON t.pk = ct.tool_pk"
                                       " WHERE ct.comparison_pk = ? AND t.id = ?"),
                        {comparisonPk, toolId});
    if (!member || !member->next())
        return VoteOutcome::NotInComparison;

    // Tallies must move forward in time for clients to take them: never reuse a timestamp.
    auto newest = query(
        db, QStringLiteral("SELECT coalesce(max(updated_at), '') FROM vote_tallies WHERE comparison_pk = ?"),
        {comparisonPk});
    QDateTime stamp = QDateTime::currentDateTimeUtc();
    if (newest && newest->next()) {
        const QDateTime previous = timestampFromString(newest->value(0).toString());
        if (previous.isValid() && stamp <= previous)
            stamp = previous.addMSecs(1);
    }
    const QString updatedAt = timestampToString(stamp);
    auto voted =
        query(db,
              QStringLiteral(
                  "INSERT INTO server_votes (user, comparison_id, tool_id, updated_at) VALUES (?, ?, ?, ?)"
                  " ON CONFLICT (user, comparison_id) DO UPDATE SET tool_id = excluded.tool_id,"
                  " updated_at = excluded.updated_at"),
              {user, comparisonId, toolId, updatedAt});
    auto tallied =
        query(db,
              QStringLiteral(
                  "INSERT INTO vote_tallies (comparison_pk, tool_pk, votes, updated_at)"
                  " SELECT ct.comparison_pk, ct.tool_pk,"
                  "  (SELECT count(*) FROM server_votes v WHERE v.comparison_id = ? AND v.tool_id = t.id), ?"
                  " FROM comparison_tools ct JOIN tools t ON t.pk = ct.tool_pk WHERE ct.comparison_pk = ?"
                  " ON CONFLICT (comparison_pk, tool_pk) DO UPDATE SET votes = excluded.votes,"
                  " updated_at = excluded.updated_at"),
              {comparisonId, updatedAt, comparisonPk});
    if (!voted)
        return voted.error();
    if (!tallied)
        return tallied.error();
    return VoteOutcome::Recorded;
}

} // namespace sos
