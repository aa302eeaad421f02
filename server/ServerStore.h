// SPDX-License-Identifier: GPL-3.0-or-later
// The reference feed server's store: the app's catalog (lib's Store) plus the server's own tables
// (lib's ServerTables: a change log for incremental reads, API tokens (hashed), votes and the answers
// to idempotent writes). Here: what the HTTP API accepts and answers; the SQL is in the store.
#pragma once

#include "FeedJson.h"
#include <store/ServerTables.h>
#include <store/Store.h>

#include <QJsonObject>

namespace sos::server {

// What a write answers: an HTTP status and a JSON body.
struct Answer
{
    int status = 200;
    QJsonObject body;
};

Answer errorAnswer(int status, const QString& code, const QString& message);

class ServerStore final
{
public:
    static Result<std::unique_ptr<ServerStore>> open(const QString& path);
    explicit ServerStore(std::unique_ptr<Store> store);

    Store& store() { return *m_store; }
    QString feedId() const;

    // Applies a feed document, then writes the JSON of what changed (FeedJson); after deletions, also
    // drops the rows they made wrong and writes whatever else is missing.
    Result<ApplyStats> importFeed(const QByteArray& json);
    // Before serving: the JSON of the changes after the newest row (all of them after an older server).
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

    Answer castVote(const QString& user, const QString& idempotencyKey, const QByteArray& body);
    Answer publishScorecard(const QString& user, const QString& idempotencyKey, const QByteArray& body);

private:
    // Runs a write once per idempotency key: a replay returns the stored answer.
    Answer idempotent(const QString& user, const QString& key, const QByteArray& body,
                      const std::function<Answer()>& write);
    Answer afterWrite(Answer answer);
    std::unique_ptr<Store> m_store;
    ServerTables m_tables;
    FeedJson m_json;
};

} // namespace sos::server
