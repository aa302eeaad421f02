// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteBackend.h"

#include <store/Transaction.h>

#include <QJsonDocument>

namespace sos::server {

Result<std::unique_ptr<SqliteBackend>> SqliteBackend::open(const QString& path)
{
    auto store = Store::open(path);
    if (!store)
        return store.error();
    auto backend = std::make_unique<SqliteBackend>(std::move(store).value());
    if (auto migrated = backend->m_tables.migrate(); !migrated)
        return migrated.error();
    if (auto migrated = backend->m_json.migrate(); !migrated)
        return migrated.error();
    return backend;
}

SqliteBackend::SqliteBackend(std::unique_ptr<Store> store)
    : m_store(std::move(store))
    , m_tables(m_store->database(), m_store->meta())
    , m_json(*m_store)
{}

QString SqliteBackend::storedFeedId() const
{
    return m_store->meta().value(FeedMeta::Key::FeedId);
}

QString SqliteBackend::storedFeedCursor() const
{
    return m_store->meta().value(FeedMeta::Key::FeedCursor);
}

Result<ApplyStats> SqliteBackend::importFeed(const FeedDocument& feed)
{
    auto applied = m_store->feed().applyFeed(feed);
    if (!applied)
        return applied;
    // Deletions are what leave rows no change reaches or no longer right: only then the full fill.
    if (auto filled = m_json.fill(feed.tombstones.isEmpty() ? FeedJson::Scope::Newer : FeedJson::Scope::All);
        !filled)
        return filled.error();
    return applied;
}

Result<qint64> SqliteBackend::prepareToServe()
{
    return m_json.fill(FeedJson::Scope::Newer);
}

Result<void> SqliteBackend::addToken(const QString& name, const QString& hash)
{
    if (auto stored = m_tables.addToken(name, hash); !stored)
        return Error{stored.errorMessage(), Error::Kind::Conflict};
    return {};
}

Result<int> SqliteBackend::revokeToken(const QString& name)
{
    return m_tables.revokeToken(name);
}

QList<ServerTables::TokenRecord> SqliteBackend::tokens() const
{
    return m_tables.tokens();
}

QString SqliteBackend::userForTokenHash(const QString& hash) const
{
    return m_tables.userForTokenHash(hash);
}

qint64 SqliteBackend::lastSeq() const
{
    return m_tables.lastSeq();
}

Result<QList<ServerBackend::ReadyChange>> SqliteBackend::changesAfter(qint64 since, int limit) const
{
    auto changes = m_json.changesAfter(since, limit);
    if (!changes)
        return changes.error();
    QList<FeedJson::Record> notReady;
    for (const FeedJson::Change& entry : changes.value()) {
        if (entry.change.kind && !entry.change.deleted && entry.json.isEmpty())
            notReady << FeedJson::Record{*entry.change.kind, entry.change.id};
    }
    // What has no ready JSON is read from the catalog, as it always was; a record gone by now has none.
    const QHash<QString, FeedJson::Written> read = m_json.read(notReady);
    QList<ReadyChange> ready;
    ready.reserve(changes->size());
    for (const FeedJson::Change& entry : changes.value()) {
        ReadyChange change{entry.change, entry.json};
        if (entry.change.kind && !entry.change.deleted && entry.json.isEmpty()) {
            const auto found = read.constFind(FeedJson::key(*entry.change.kind, entry.change.id));
            if (found != read.cend())
                change.json = found->json;
        }
        ready << change;
    }
    return ready;
}

Answer SqliteBackend::idempotent(const QString& user, const QString& key, const QString& requestHash,
                                 const std::function<Answer()>& write)
{
    // SQLite's write lock, taken at once (BEGIN IMMEDIATE), makes the look-up and the write one step.
    Transaction transaction(m_store->database());
    if (!transaction.begin())
        return errorAnswer(500, QStringLiteral("internal"),
                           QStringLiteral("The server could not start a transaction."));
    auto seen = m_tables.storedAnswer(key);
    if (!seen)
        return errorAnswer(500, QStringLiteral("internal"), seen.errorMessage());
    if (const auto& stored = seen.value()) {
        if (stored->requestHash != requestHash)
            return errorAnswer(
                409, QStringLiteral("idempotency_conflict"),
                QStringLiteral("This Idempotency-Key was used for another request; use a new key."));
        return {stored->status, QJsonDocument::fromJson(stored->response).object()};
    }
    Answer answer = write();
    if (answer.status >= 500)
        return answer; // rolled back: nothing happened
    if (auto stored = m_tables.storeAnswer(
            key, user,
            {requestHash, answer.status, QJsonDocument(answer.body).toJson(QJsonDocument::Compact)});
        !stored)
        return errorAnswer(500, QStringLiteral("internal"), stored.errorMessage());
    if (!transaction.commit())
        return errorAnswer(500, QStringLiteral("internal"),
                           QStringLiteral("The server could not commit the write."));
    return answer;
}

Result<ServerTables::VoteOutcome> SqliteBackend::recordVote(const QString& user, const QString& comparisonId,
                                                            const QString& toolId)
{
    return m_tables.recordVote(user, comparisonId, toolId);
}

Result<ApplyStats> SqliteBackend::applyWrite(const FeedDocument& feed)
{
    return m_store->feed().applyFeed(feed);
}

QList<Tally> SqliteBackend::tallies(const QString& comparisonId) const
{
    return m_store->catalog().tallies(comparisonId);
}

QList<Lens> SqliteBackend::lenses() const
{
    return m_store->catalog().lenses();
}

bool SqliteBackend::hasTool(const QString& id) const
{
    return m_store->catalog().findToolId(id).has_value();
}

void SqliteBackend::afterWrite()
{
    // The JSON of what the write changed, ready for the next page. Only a cache: should it fail, the
    // page reads those records from the catalog.
    (void)m_json.fill(FeedJson::Scope::Newer);
}

} // namespace sos::server
