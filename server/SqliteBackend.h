// SPDX-License-Identifier: GPL-3.0-or-later
// The feed server on one SQLite file: the app's catalog (lib's Store) plus the server's own tables
// (lib's ServerTables: a change log filled by triggers, tokens, votes, idempotency answers) and every
// record's ready JSON (FeedJson). One process writes at a time: SQLite's write lock serializes the
// writes, and the change log's sequence is its commit order.
#pragma once

#include "FeedJson.h"
#include "ServerBackend.h"
#include <store/Store.h>

namespace sos::server {

class SqliteBackend final : public ServerBackend
{
public:
    static Result<std::unique_ptr<SqliteBackend>> open(const QString& path);
    explicit SqliteBackend(std::unique_ptr<Store> store);

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
    void afterWrite() override;

private:
    std::unique_ptr<Store> m_store;
    ServerTables m_tables;
    FeedJson m_json;
};

} // namespace sos::server
