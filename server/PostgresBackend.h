// SPDX-License-Identifier: GPL-3.0-or-later
// The feed server on PostgreSQL (issue #20), through Qt's QPSQL driver: one database that several
// instances of shiporskip-feed share. It answers the same protocol with the same bytes as SqliteBackend,
// and holds the guarantees across instances in the database: one vote per user and comparison (a primary
// key and an upsert), an idempotency key answered the same everywhere and counted once (its row
// inserted first in the write's transaction), tallies recounted under the comparison's row lock, and a
// change log whose cursor never passes a change still to commit (PostgresBackend.cpp).
//
// Its schema is its own (resources/sql/pg/NNN_*.sql, applied in order, with schema_version): records
// are kept with their JSON as a page sends it, and the references between them for checks and cascades.
#pragma once

#include "ServerBackend.h"

#include <QElapsedTimer>
#include <QSqlDatabase>

namespace sos {
class PreparedStatements;
}

namespace sos::server {

// What a postgresql:// URL names: postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?OPTIONS].
struct PostgresUrl
{
    QString user;
    QString password;
    QString host;
    int port = 5432;
    QString database;
    QString options; // libpq's connect options, as QSqlDatabase::setConnectOptions takes them

    static bool names(const QString& db); // a postgresql:// or postgres:// URL (malformed or not)
    // The URL's parts, or InvalidInput with a message that shows the expected form.
    static Result<PostgresUrl> parse(const QString& url);
    static QString expectedForm();
};

class PostgresBackend final : public ServerBackend
{
public:
    // Connects and brings the schema up to date; Unreachable when the server cannot be reached.
    static Result<std::unique_ptr<PostgresBackend>> open(const PostgresUrl& url);
    explicit PostgresBackend(QString connectionName);
    ~PostgresBackend() override;
    PostgresBackend(const PostgresBackend&) = delete;
    PostgresBackend& operator=(const PostgresBackend&) = delete;

    QString storedFeedId() const override;
    QString storedFeedCursor() const override;
    Result<ApplyStats> importFeed(const FeedDocument& feed) override;
    Result<qint64> prepareToServe() override;

    Result<void> addToken(const QString& name, const QString& hash) override;
    Result<int> revokeToken(const QString& name) override;
    QList<ServerTables::TokenRecord> tokens() const override;
    QString userForTokenHash(const QString& hash) const override;

    qint64 lastSeq() const override;
    Result<QList<ReadyChange>> changesAfter(qint64 since, int limit) const override;

    Answer idempotent(const QString& user, const QString& key, const QString& requestHash,
                      const std::function<Answer()>& write) override;
    Result<ServerTables::VoteOutcome> recordVote(const QString& user, const QString& comparisonId,
                                                 const QString& toolId) override;
    Result<ApplyStats> applyWrite(const FeedDocument& feed) override;
    QList<Tally> tallies(const QString& comparisonId) const override;
    QList<Lens> lenses() const override;
    bool hasTool(const QString& id) const override;
    void afterWrite() override {}
    bool reachable() override;
    bool lostMeanwhile(bool failed) override;

private:
    QSqlDatabase connection() const;
    Result<void> migrate();
    // Runs a statement prepared once; a failure is noted for lostMeanwhile.
    Result<QSqlQuery*> query(const QString& sql, const QVariantList& bindings = {}) const;

    QString m_connectionName;
    std::unique_ptr<PreparedStatements> m_statements;
    mutable bool m_failed = false; // a statement failed since lostMeanwhile last looked
    bool m_lost = false;           // the connection is lost; reachable() opens it again
    QElapsedTimer m_lastAttempt;   // when reachable() last tried
};

} // namespace sos::server
