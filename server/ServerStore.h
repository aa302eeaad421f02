// SPDX-License-Identifier: GPL-3.0-or-later
// The reference feed server's store: what the HTTP API accepts and answers, over a backend that keeps
// the catalog, a change log for incremental reads, API tokens (hashed), votes and the answers to
// idempotent writes (ServerBackend.h: one SQLite file, or a PostgreSQL database). The SQL is in the
// backends.
#pragma once

#include "ServerBackend.h"

#include <QJsonObject>

namespace sos::server {

class ServerStore final
{
public:
    // db: a postgresql:// URL or an SQLite file's path (ServerBackend::open).
    static Result<std::unique_ptr<ServerStore>> open(const QString& db);
    explicit ServerStore(std::unique_ptr<ServerBackend> backend);

    QString feedId() const;

    // Parses and applies a feed document.
    Result<ApplyStats> importFeed(const QByteArray& json);
    // What the backend does before serving (SQLite: the JSON of the changes after the newest row).
    Result<qint64> prepareToServe();

    // Tokens: issue returns the token itself, shown once; only its hash is stored.
    Result<QString> issueToken(const QString& name);
    Result<void> revokeToken(const QString& name);
    QStringList tokenNames() const;
    // The name a valid, unrevoked token belongs to; empty otherwise.
    QString userForToken(const QByteArray& token) const;

    // A page of changes after `since` (0: from the start), at most `limit` records: a feed document
    // with cursor, since, hasMore and next, as compact JSON (keys in QJsonDocument's order), put together
    // from each record's ready JSON.
    struct Page
    {
        QByteArray json;
        qint64 lastSeq = 0; // the newest change in the whole feed (for the ETag)
    };
    Result<Page> page(qint64 since, int limit) const;
    qint64 lastSeq() const;

    // Whether the database can be used for the next request, and whether it was lost while answering
    // the last one (ServerBackend::reachable, lostMeanwhile).
    bool databaseReachable() { return m_backend->reachable(); }
    bool databaseLost(bool failed) { return m_backend->lostMeanwhile(failed); }

    Answer castVote(const QString& user, const QString& idempotencyKey, const QByteArray& body);
    Answer publishScorecard(const QString& user, const QString& idempotencyKey, const QByteArray& body);

private:
    // Runs a write once per idempotency key: a replay returns the stored answer.
    Answer idempotent(const QString& user, const QString& key, const QByteArray& body,
                      const std::function<Answer()>& write);
    Answer afterWrite(Answer answer);
    std::unique_ptr<ServerBackend> m_backend;
};

} // namespace sos::server
