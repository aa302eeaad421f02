// SPDX-License-Identifier: GPL-3.0-or-later
// The feed server's own tables (resources/sql/server_schema.sql, on top of the catalog's schema in
// the same file): a change log filled by triggers, API tokens (only their hashes), one vote per user
// and comparison, and the stored answer of every idempotency key. Only shiporskip-feed uses them;
// the HTTP side (validation, answers, hashing) stays in server/.
#pragma once

#include <base/EnumNames.h>
#include <base/Result.h>

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sos {

class Database;
class FeedMeta;

// What a change in the change log is of; its name is the one the triggers write.
enum class RecordKind
{
    Lens,
    Tool,
    Review,
    Comparison,
    Tally // id "comparison/tool"
};
template <>
inline constexpr auto enumNames<RecordKind> = std::array{
    std::pair{RecordKind::Lens, "lens"},     std::pair{RecordKind::Tool, "tool"},
    std::pair{RecordKind::Review, "review"}, std::pair{RecordKind::Comparison, "comparison"},
    std::pair{RecordKind::Tally, "tally"},
};

class ServerTables final
{
public:
    ServerTables(Database& database, FeedMeta& meta);

    // Creates the tables in a file that does not have them yet, in one transaction.
    Result<void> migrate();

    // API tokens by name (unique, revoked ones too); addToken fails when the name is taken.
    Result<void> addToken(const QString& name, const QString& hash);
    // How many active tokens of that name were revoked (0 or 1).
    Result<int> revokeToken(const QString& name);
    struct TokenRecord
    {
        QString name;
        QString createdAt;
        QString revokedAt; // empty while the token is valid
    };
    QList<TokenRecord> tokens() const; // by name
    // The name a valid, unrevoked token's hash belongs to; empty otherwise.
    QString userForTokenHash(const QString& hash) const;

    // The change log: every record's latest change, by sequence number.
    struct Change
    {
        qint64 seq = 0;
        std::optional<RecordKind> kind; // none for a kind this build does not know
        QString id;
        bool deleted = false;
        QDateTime changedAt;
    };
    // At most limit changes after since, in order.
    Result<QList<Change>> changesAfter(qint64 since, int limit) const;
    qint64 lastSeq() const; // 0 for none

    // The answer stored for an idempotency key, if the key was used.
    struct StoredAnswer
    {
        QString requestHash;
        int status = 0;
        QByteArray response;
    };
    Result<std::optional<StoredAnswer>> storedAnswer(const QString& key) const;
    Result<void> storeAnswer(const QString& key, const QString& user, const StoredAnswer& answer);

    // A user's vote (one per comparison, the last one counts), and the comparison's tallies recounted.
    enum class VoteOutcome
    {
        Recorded,
        UnknownComparison,
        NotInComparison, // the tool is not one of the comparison's
    };
    Result<VoteOutcome> recordVote(const QString& user, const QString& comparisonId, const QString& toolId);

private:
    Database& m_database;
    FeedMeta& m_meta;
};

} // namespace sos
