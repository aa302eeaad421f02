// SPDX-License-Identifier: GPL-3.0-or-later
// Where the feed server keeps its data: one interface, two backends. SqliteBackend is the app's store in
// one file (the embedded default); PostgresBackend is a PostgreSQL database that several instances of
// shiporskip-feed can share. ServerStore validates requests and puts pages together the same way over
// either; a backend owns its SQL, its transactions, and the guarantees that must hold across instances.
#pragma once

#include <base/Result.h>
#include <feed/Feed.h>
#include <store/FeedApply.h>
#include <store/ServerTables.h>

#include <QJsonObject>

#include <functional>
#include <memory>

namespace sos::server {

// What a write answers: an HTTP status and a JSON body.
struct Answer
{
    int status = 200;
    QJsonObject body;
};

Answer errorAnswer(int status, const QString& code, const QString& message);

class ServerBackend
{
public:
    // Opens the backend that --db names: a postgresql:// URL, or else the path of an SQLite file.
    // A malformed URL is InvalidInput (its message shows the expected form); a database that cannot be
    // reached or migrated is another kind.
    static Result<std::unique_ptr<ServerBackend>> open(const QString& db);

    virtual ~ServerBackend() = default;

    // The feed's metadata as the last applied document left it (empty when none said).
    virtual QString storedFeedId() const = 0;
    virtual QString storedFeedCursor() const = 0;

    // Applies a validated feed document in one transaction (the rules of FeedApply::applyFeed: newer
    // versions replace older ones, an unknown reference fails the whole document, tombstones delete).
    virtual Result<ApplyStats> importFeed(const FeedDocument& feed) = 0;
    // Whatever the backend does once before serving; returns how many rows it wrote.
    virtual Result<qint64> prepareToServe() = 0;

    // API tokens, only their hashes; addToken fails with Conflict when the name is taken.
    virtual Result<void> addToken(const QString& name, const QString& hash) = 0;
    virtual Result<int> revokeToken(const QString& name) = 0;
    virtual QList<ServerTables::TokenRecord> tokens() const = 0;
    virtual QString userForTokenHash(const QString& hash) const = 0;

    // The change log: the newest sequence number (0 for none), and at most limit changes after since,
    // in order, each with its record's JSON as a page sends it. A change that is not a deletion and has
    // no JSON is of a record gone since without a change of its own: the page leaves it out.
    struct ReadyChange
    {
        ServerTables::Change change;
        QByteArray json;
    };
    virtual qint64 lastSeq() const = 0;
    virtual Result<QList<ReadyChange>> changesAfter(qint64 since, int limit) const = 0;

    // Runs write once per idempotency key, in one transaction with the answer it stores: a replay with
    // the same request hash gets the stored answer, another request under the key gets 409, a write
    // answering 5xx leaves nothing behind. Held by the database, whichever instance answers.
    virtual Answer idempotent(const QString& user, const QString& key, const QString& requestHash,
                              const std::function<Answer()>& write) = 0;

    // The writes that idempotent's write runs, inside its transaction.
    virtual Result<ServerTables::VoteOutcome> recordVote(const QString& user, const QString& comparisonId,
                                                         const QString& toolId) = 0;
    virtual Result<ApplyStats> applyWrite(const FeedDocument& feed) = 0;
    // What a write needs to read, inside its transaction too.
    virtual QList<Tally> tallies(const QString& comparisonId) const = 0;
    virtual QList<Lens> lenses() const = 0;
    virtual bool hasTool(const QString& id) const = 0;

    // After a write that succeeded: whatever keeps the next pages fast (only a cache; may fail).
    virtual void afterWrite() = 0;

    // A database server that goes away and comes back (PostgreSQL). reachable() is asked before each
    // request: false while the connection is lost and cannot be opened again. lostMeanwhile() is asked
    // after it: whether the connection was lost while answering (the backend looks when a statement
    // failed, or when failed says the answer did). A file is always there.
    virtual bool reachable() { return true; }
    virtual bool lostMeanwhile(bool /*failed*/) { return false; }
};

} // namespace sos::server
