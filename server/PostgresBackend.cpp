// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresBackend.h"

#include "FeedJson.h"
#include <store/Database.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <map>

namespace sos::server {

// The cursor under concurrent writers. Each change gets its sequence number from change_counter, a
// single row updated inside the writing transaction, as its last step before the commit. The row lock
// that update takes is held to the commit, so writers take numbers one transaction after another: a
// transaction numbers its changes only once the one before it has committed, and commit order is
// sequence order. A reader's snapshot therefore holds every change up to some number and none after
// it: a page's cursor never passes a change still to commit (with a sequence instead, number 41 could
// commit after 42 had been read and been skipped for good). The lock is held only from the numbering
// to the commit: a vote's few statements, an import's writing of its change rows.

namespace {

const char* const what = "serving the feed from PostgreSQL";

// Every statement is prepared once per connection and run again from there (PreparedStatements): with
// Qt's driver a statement prepared for one run costs three round trips to the server instead of one.
Result<QSqlQuery*> run(PreparedStatements& statements, const QString& sql, const QVariantList& bindings = {})
{
    return statements.run(sql, bindings, what);
}

QString now()
{
    return timestampToString(QDateTime::currentDateTimeUtc());
}

// Everything between begin() and commit() lands together or not at all; the destructor rolls back.
class PgTransaction final
{
public:
    explicit PgTransaction(QSqlDatabase db)
        : m_db(std::move(db))
    {}
    ~PgTransaction()
    {
        if (m_open)
            m_db.rollback();
    }
    PgTransaction(const PgTransaction&) = delete;
    PgTransaction& operator=(const PgTransaction&) = delete;

    Result<void> begin()
    {
        m_open = m_db.transaction();
        if (!m_open)
            return Error{
                QStringLiteral("PostgreSQL could not start a transaction: %1.").arg(m_db.lastError().text()),
                Error::Kind::Storage};
        return {};
    }
    Result<void> commit()
    {
        m_open = false;
        if (!m_db.commit())
            return Error{QStringLiteral("PostgreSQL could not commit: %1.").arg(m_db.lastError().text()),
                         Error::Kind::Storage};
        return {};
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

using RecordKey = std::pair<RecordKind, QString>;

// The records a transaction changed, in the order they changed (a record changed twice counts at its
// last change, as SQLite's triggers move it), numbered at the end (see the comment at the top).
class ChangeBatch final
{
public:
    void add(RecordKind kind, const QString& id)
    {
        const RecordKey key{kind, id};
        if (const auto found = m_position.find(key); found != m_position.end())
            m_order[found->second].reset();
        m_position[key] = m_order.size();
        m_order.push_back(key);
    }

    Result<void> number(PreparedStatements& statements)
    {
        QList<RecordKey> changed;
        for (const auto& key : m_order) {
            if (key)
                changed << *key;
        }
        m_order.clear();
        m_position.clear();
        if (changed.isEmpty())
            return {};
        auto counter =
            run(statements, QStringLiteral("UPDATE change_counter SET seq = seq + ? RETURNING seq"),
                {qint64(changed.size())});
        if (!counter)
            return counter.error();
        if (!counter.value()->next())
            return Error{QStringLiteral("The change counter is missing."), Error::Kind::Storage};
        qint64 seq = counter.value()->value(0).toLongLong() - changed.size();
        QStringList kinds;
        QStringList ids;
        QStringList seqs;
        for (const auto& [kind, id] : changed) {
            kinds << enumName(kind);
            ids << id;
            seqs << QString::number(++seq);
        }
        // One statement for them all: the arrays arrive as JSON text.
        auto written = run(statements,
                           QStringLiteral("INSERT INTO changes (seq, kind, id)"
                                          " SELECT s::bigint, k, i FROM json_array_elements_text(?::json)"
                                          " WITH ORDINALITY AS a(s, n)"
                                          " JOIN json_array_elements_text(?::json) WITH ORDINALITY AS b(k, n)"
                                          " USING (n)"
                                          " JOIN json_array_elements_text(?::json) WITH ORDINALITY AS c(i, n)"
                                          " USING (n)"
                                          " ON CONFLICT (kind, id) DO UPDATE SET seq = excluded.seq"),
                           {jsonArrayOf(seqs), jsonArrayOf(kinds), jsonArrayOf(ids)});
        if (!written)
            return written.error();
        return {};
    }

private:
    std::vector<std::optional<RecordKey>> m_order;
    std::map<RecordKey, size_t> m_position;
};

enum class Outcome
{
    Added,
    Updated,
    Unchanged
};

// The writes of a feed document, with FeedApply's rules (RecordWriter.cpp), inside the caller's
// transaction.
class DocumentWriter final
{
public:
    DocumentWriter(PreparedStatements& statements, ChangeBatch& changes)
        : m_sql(statements)
        , m_changes(changes)
    {}

    Result<ApplyStats> write(const FeedDocument& feed)
    {
        for (const Lens& lens : feed.lenses) {
            if (auto outcome = putRecord(RecordKind::Lens, lens.id, lens.updatedAt, FeedWriter::toJson(lens));
                !outcome)
                return outcome.error();
        }
        for (const Tool& tool : feed.tools) {
            if (auto outcome = putRecord(RecordKind::Tool, tool.id, tool.updatedAt, FeedWriter::toJson(tool));
                !outcome)
                return outcome.error();
        }
        for (const Review& review : feed.reviews) {
            if (auto known = require(RecordKind::Tool, review.toolId); !known)
                return known.error();
            if (auto known = require(RecordKind::Lens, review.lensId); !known)
                return known.error();
            auto outcome =
                putRecord(RecordKind::Review, review.id, review.updatedAt, FeedWriter::toJson(review));
            if (!outcome)
                return outcome.error();
            if (outcome.value() == Outcome::Unchanged)
                continue;
            if (auto linked = run(m_sql,
                                  QStringLiteral("INSERT INTO reviews (id, tool_id, lens_id) VALUES (?, ?, ?)"
                                                 " ON CONFLICT (id) DO UPDATE SET tool_id = excluded.tool_id,"
                                                 " lens_id = excluded.lens_id"),
                                  {review.id, review.toolId, review.lensId});
                !linked)
                return linked.error();
        }
        for (const Comparison& comparison : feed.comparisons) {
            for (const QString& toolId : comparison.toolIds) {
                if (auto known = require(RecordKind::Tool, toolId); !known)
                    return known.error();
            }
            auto outcome = putRecord(RecordKind::Comparison, comparison.id, comparison.updatedAt,
                                     FeedWriter::toJson(comparison));
            if (!outcome)
                return outcome.error();
            if (outcome.value() == Outcome::Unchanged)
                continue;
            if (auto cleared =
                    run(m_sql, QStringLiteral("DELETE FROM comparison_tools WHERE comparison_id = ?"),
                        {comparison.id});
                !cleared)
                return cleared.error();
            for (qsizetype position = 0; position < comparison.toolIds.size(); ++position) {
                if (auto added = run(m_sql,
                                     QStringLiteral("INSERT INTO comparison_tools (comparison_id, tool_id,"
                                                    " position) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
                                     {comparison.id, comparison.toolIds.at(position), int(position)});
                    !added)
                    return added.error();
            }
        }
        for (const Tally& tally : feed.tallies) {
            if (auto known = require(RecordKind::Comparison, tally.comparisonId); !known)
                return known.error();
            if (auto known = require(RecordKind::Tool, tally.toolId); !known)
                return known.error();
            if (auto stored = putTally(tally, false); !stored)
                return stored.error();
        }
        for (const Tombstone& tombstone : feed.tombstones) {
            if (auto deleted = remove(tombstone); !deleted)
                return deleted.error();
        }
        const QList<std::pair<const char*, QString>> position{
            {"feedId", feed.feedId},
            {"feedCursor", feed.cursor},
            {"feedGeneratedAt", timestampToString(feed.generatedAt)}};
        for (const auto& [key, value] : position) {
            if (value.isEmpty())
                continue; // an optional field the document left out: keep what the database knows
            if (auto stored = run(m_sql,
                                  QStringLiteral("INSERT INTO feed_meta (key, value) VALUES (?, ?)"
                                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                  {QString::fromLatin1(key), value});
                !stored)
                return stored.error();
        }
        return m_stats;
    }

    // Stores a tally, when newer than the one stored (or always, for a vote's recount).
    Result<bool> putTally(const Tally& tally, bool always)
    {
        const QString at = timestampToString(tally.updatedAt);
        if (!always) {
            auto stored =
                run(m_sql,
                    QStringLiteral("SELECT updated_at FROM tallies WHERE comparison_id = ? AND tool_id = ?"),
                    {tally.comparisonId, tally.toolId});
            if (!stored)
                return stored.error();
            if (stored.value()->next() && at <= stored.value()->value(0).toString())
                return false;
        }
        if (auto written =
                run(m_sql,
                    QStringLiteral("INSERT INTO tallies (comparison_id, tool_id, votes, updated_at)"
                                   " VALUES (?, ?, ?, ?) ON CONFLICT (comparison_id, tool_id)"
                                   " DO UPDATE SET votes = excluded.votes,"
                                   " updated_at = excluded.updated_at"),
                    {tally.comparisonId, tally.toolId, tally.votes, at});
            !written)
            return written.error();
        const QString id = tally.comparisonId + QLatin1Char('/') + tally.toolId;
        if (auto written = setRecord(RecordKind::Tally, id, at, FeedWriter::toJson(tally)); !written)
            return written.error();
        return true;
    }

private:
    // Whether the record exists now (not deleted); an unknown reference fails the whole document with
    // FeedApply's words.
    Result<void> require(RecordKind kind, const QString& id)
    {
        auto found =
            run(m_sql, QStringLiteral("SELECT 1 FROM records WHERE kind = ? AND id = ? AND NOT deleted"),
                {enumName(kind), id});
        if (!found)
            return found.error();
        if (!found.value()->next())
            return Error{FeedApply::unknownReference(enumName(kind), id), Error::Kind::InvalidFeed};
        return {};
    }

    // Inserts a record, or updates it when the incoming version is newer (a deleted one comes back).
    Result<Outcome> putRecord(RecordKind kind, const QString& id, const QDateTime& updatedAtTime,
                              const QJsonObject& json)
    {
        const QString updatedAt = timestampToString(updatedAtTime);
        auto existing =
            run(m_sql, QStringLiteral("SELECT updated_at, deleted FROM records WHERE kind = ? AND id = ?"),
                {enumName(kind), id});
        if (!existing)
            return existing.error();
        Outcome outcome = Outcome::Added;
        if (existing.value()->next() && !existing.value()->value(1).toBool()) {
            if (!(updatedAt > existing.value()->value(0).toString())) {
                ++m_stats.unchanged;
                return Outcome::Unchanged;
            }
            outcome = Outcome::Updated;
        }
        if (auto written = setRecord(kind, id, updatedAt, json); !written)
            return written.error();
        ++(outcome == Outcome::Added ? m_stats.added : m_stats.updated);
        return outcome;
    }

    Result<void> setRecord(RecordKind kind, const QString& id, const QString& updatedAt,
                           const QJsonObject& json)
    {
        auto written =
            run(m_sql,
                QStringLiteral("INSERT INTO records (kind, id, updated_at, deleted, changed_at, json)"
                               " VALUES (?, ?, ?, false, ?, ?) ON CONFLICT (kind, id) DO UPDATE SET"
                               " updated_at = excluded.updated_at, deleted = false,"
                               " changed_at = excluded.changed_at, json = excluded.json"),
                {enumName(kind), id, updatedAt, now(), QString::fromUtf8(FeedJson::compact(json))});
        if (!written)
            return written.error();
        m_changes.add(kind, id);
        return {};
    }

    // A record deleted: its row keeps the tombstone.
    Result<void> markDeleted(RecordKind kind, const QString& id)
    {
        auto marked = run(m_sql,
                          QStringLiteral("UPDATE records SET deleted = true, json = NULL, changed_at = ?"
                                         " WHERE kind = ? AND id = ? AND NOT deleted"),
                          {now(), enumName(kind), id});
        if (!marked)
            return marked.error();
        if (marked.value()->numRowsAffected() > 0)
            m_changes.add(kind, id);
        return {};
    }

    // What SQLite's ON DELETE CASCADE does to the reviews of a deleted tool or lens: deleted too, in the
    // order they came in.
    Result<void> deleteReviews(const char* column, const QString& id)
    {
        auto reviews = run(m_sql,
                           QStringLiteral("DELETE FROM reviews WHERE %1 = ? RETURNING position, id")
                               .arg(QLatin1String(column)),
                           {id});
        if (!reviews)
            return reviews.error();
        std::map<qint64, QString> ids;
        while (reviews.value()->next())
            ids.emplace(reviews.value()->value(0).toLongLong(), reviews.value()->value(1).toString());
        for (const auto& [position, review] : ids) {
            if (auto marked = markDeleted(RecordKind::Review, review); !marked)
                return marked;
        }
        return {};
    }

    // Tallies that go with their tool or comparison: no change of their own (the page leaves them out).
    Result<void> dropTallies(const char* column, const QString& id)
    {
        auto dropped = run(
            m_sql,
            QStringLiteral(
                "WITH gone AS (DELETE FROM tallies WHERE %1 = ? RETURNING comparison_id || '/' || tool_id AS"
                " id) UPDATE records r SET json = NULL FROM gone WHERE r.kind = 'tally' AND r.id = gone.id")
                .arg(QLatin1String(column)),
            {id});
        if (!dropped)
            return dropped.error();
        return {};
    }

    Result<void> remove(const Tombstone& tombstone)
    {
        const RecordKind kind = tombstone.kind == Tombstone::Kind::Lens     ? RecordKind::Lens
                                : tombstone.kind == Tombstone::Kind::Tool   ? RecordKind::Tool
                                : tombstone.kind == Tombstone::Kind::Review ? RecordKind::Review
                                                                            : RecordKind::Comparison;
        // Locked first, before its dependants: a vote locks its comparison before the tallies too, so
        // the two never wait for each other in a circle.
        auto existing =
            run(m_sql,
                QStringLiteral("SELECT updated_at FROM records WHERE kind = ? AND id = ? AND NOT deleted"
                               " FOR UPDATE"),
                {enumName(kind), tombstone.id});
        if (!existing)
            return existing.error();
        // A tombstone older than the record it names does not delete the newer record.
        if (!existing.value()->next() ||
            existing.value()->value(0).toString() > timestampToString(tombstone.deletedAt))
            return {};
        switch (kind) {
        case RecordKind::Lens:
            if (auto gone = deleteReviews("lens_id", tombstone.id); !gone)
                return gone;
            break;
        case RecordKind::Tool:
            if (auto gone = deleteReviews("tool_id", tombstone.id); !gone)
                return gone;
            if (auto gone = leaveComparisons(tombstone.id); !gone)
                return gone;
            if (auto gone = dropTallies("tool_id", tombstone.id); !gone)
                return gone;
            break;
        case RecordKind::Review:
            if (auto gone = run(m_sql, QStringLiteral("DELETE FROM reviews WHERE id = ?"), {tombstone.id});
                !gone)
                return gone.error();
            break;
        case RecordKind::Comparison:
            if (auto gone = run(m_sql, QStringLiteral("DELETE FROM comparison_tools WHERE comparison_id = ?"),
                                {tombstone.id});
                !gone)
                return gone.error();
            if (auto gone = dropTallies("comparison_id", tombstone.id); !gone)
                return gone;
            break;
        case RecordKind::Tally:
            break;
        }
        if (auto marked = markDeleted(kind, tombstone.id); !marked)
            return marked;
        ++m_stats.deleted;
        return {};
    }

    // A deleted tool leaves its comparisons, whose JSON loses it without a change of their own (as
    // SQLite's cascade does; FeedJson.h tells the story).
    Result<void> leaveComparisons(const QString& toolId)
    {
        auto left =
            run(m_sql,
                QStringLiteral("WITH gone AS (DELETE FROM comparison_tools WHERE tool_id = ?"
                               " RETURNING comparison_id) SELECT r.id, r.json FROM records r JOIN gone"
                               " ON r.kind = 'comparison' AND r.id = gone.comparison_id WHERE NOT r.deleted"),
                {toolId});
        if (!left)
            return left.error();
        QList<std::pair<QString, QByteArray>> rewritten;
        while (left.value()->next()) {
            QJsonObject comparison =
                QJsonDocument::fromJson(left.value()->value(1).toString().toUtf8()).object();
            QJsonArray tools = comparison.value(QStringLiteral("toolIds")).toArray();
            for (qsizetype i = tools.size() - 1; i >= 0; --i) {
                if (tools.at(i).toString() == toolId)
                    tools.removeAt(i);
            }
            comparison.insert(QStringLiteral("toolIds"), tools);
            rewritten.append({left.value()->value(0).toString(), FeedJson::compact(comparison)});
        }
        for (const auto& [id, json] : rewritten) {
            if (auto stored = run(
                    m_sql, QStringLiteral("UPDATE records SET json = ? WHERE kind = 'comparison' AND id = ?"),
                    {QString::fromUtf8(json), id});
                !stored)
                return stored.error();
        }
        return {};
    }

    PreparedStatements& m_sql;
    ChangeBatch& m_changes;
    ApplyStats m_stats;
};

int connectionCount = 0;

// PostgreSQL's notices ("already exists, skipping") are not for the server's log.
Result<void> quietNotices(const QSqlDatabase& db)
{
    return exec(db, QStringLiteral("SET client_min_messages TO warning"), what);
}

} // namespace

bool PostgresUrl::names(const QString& db)
{
    return db.startsWith(QLatin1String("postgresql:"), Qt::CaseInsensitive) ||
           db.startsWith(QLatin1String("postgres:"), Qt::CaseInsensitive);
}

QString PostgresUrl::expectedForm()
{
    return QStringLiteral(
        "postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=MODE&connect_timeout=SECONDS]");
}

Result<PostgresUrl> PostgresUrl::parse(const QString& text)
{
    const auto malformed = [](const QString& why) {
        return Error{QStringLiteral("%1 Expected %2, such as postgresql://feed@127.0.0.1:5432/shiporskip.")
                         .arg(why, expectedForm()),
                     Error::Kind::InvalidInput};
    };
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || !names(text) || !text.contains(QLatin1String("://")))
        return malformed(QStringLiteral("\"%1\" is not a PostgreSQL URL.").arg(text));
    PostgresUrl parsed;
    parsed.user = url.userName();
    parsed.password = url.password();
    parsed.host = url.host();
    parsed.port = url.port(5432);
    parsed.database = url.path().mid(1);
    if (parsed.user.isEmpty())
        return malformed(QStringLiteral("The URL names no user."));
    if (parsed.host.isEmpty())
        return malformed(QStringLiteral("The URL names no host."));
    if (parsed.port <= 0 || parsed.port > 65535)
        return malformed(QStringLiteral("The URL's port is not a number from 1 to 65535."));
    static const QRegularExpression databaseName(QStringLiteral("^[A-Za-z0-9_.-]{1,63}$"));
    if (!databaseName.match(parsed.database).hasMatch())
        return malformed(
            QStringLiteral("The URL names no database, or one with characters other than letters,"
                           " digits, '_', '.' and '-'."));
    QStringList options;
    static const QStringList known{QStringLiteral("sslmode"), QStringLiteral("connect_timeout"),
                                   QStringLiteral("application_name")};
    static const QRegularExpression plainValue(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    bool timeoutGiven = false;
    for (const auto& [name, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!known.contains(name))
            return malformed(QStringLiteral("The URL's option \"%1\" is not one of %2.")
                                 .arg(name, known.join(QStringLiteral(", "))));
        if (!plainValue.match(value).hasMatch())
            return malformed(QStringLiteral("The URL's option \"%1\" has an unusable value.").arg(name));
        timeoutGiven = timeoutGiven || name == QLatin1String("connect_timeout");
        options << name + QLatin1Char('=') + value;
    }
    // Unreachable at start should say so soon, not after libpq's default of waiting forever.
    if (!timeoutGiven)
        options << QStringLiteral("connect_timeout=10");
    parsed.options = options.join(QLatin1Char(';'));
    return parsed;
}

Result<std::unique_ptr<PostgresBackend>> PostgresBackend::open(const PostgresUrl& url)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error{
            QStringLiteral("Qt's PostgreSQL driver (QPSQL, Debian's libqt6sql6-psql) is not installed."),
            Error::Kind::Internal};
    const QString name = QStringLiteral("sos-feed-postgres-%1").arg(++connectionCount);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setUserName(url.user);
        db.setPassword(url.password);
        db.setDatabaseName(url.database);
        db.setConnectOptions(url.options);
    }
    auto backend = std::make_unique<PostgresBackend>(name);
    QSqlDatabase db = backend->connection();
    if (!db.open())
        return Error{QStringLiteral("Cannot reach PostgreSQL at %1:%2 (database %3, user %4): %5")
                         .arg(url.host)
                         .arg(url.port)
                         .arg(url.database, url.user, db.lastError().text().trimmed()),
                     Error::Kind::Unreachable};
    if (auto quiet = quietNotices(db); !quiet)
        return quiet.error();
    if (auto migrated = backend->migrate(); !migrated)
        return migrated.error();
    return backend;
}

PostgresBackend::PostgresBackend(QString connectionName)
    : m_connectionName(std::move(connectionName))
    , m_statements(std::make_unique<PreparedStatements>(connection()))
{}

PostgresBackend::~PostgresBackend()
{
    m_statements.reset(); // the connection's statements end before it does
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase PostgresBackend::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<void> PostgresBackend::migrate()
{
    const QSqlDatabase db = connection();
    // Every numbered script of this build, in order.
    std::map<int, QString> scripts;
    static const QRegularExpression numbered(QStringLiteral("^(\\d{3})_.*\\.sql$"));
    for (const QString& file : QDir(QStringLiteral(":/sql/pg")).entryList(QDir::Files)) {
        const auto match = numbered.match(file);
        if (match.hasMatch())
            scripts[match.captured(1).toInt()] = QStringLiteral(":/sql/pg/") + file;
    }
    if (scripts.empty())
        return Error{QStringLiteral("The PostgreSQL schema is missing from this build."),
                     Error::Kind::Internal};
    PgTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    // Instances starting together migrate one after the other: the others wait here, then find it done.
    if (auto locked = run(*m_statements, QStringLiteral("SELECT pg_advisory_xact_lock(2020120801)")); !locked)
        return locked.error();
    // Not prepared: PostgreSQL prepares no schema statements.
    if (auto created =
            exec(db,
                 QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY,"
                                " applied_at timestamptz NOT NULL DEFAULT now())"),
                 what);
        !created)
        return created;
    auto current = run(*m_statements, QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version"));
    if (!current)
        return current.error();
    const int version = current.value()->next() ? current.value()->value(0).toInt() : 0;
    if (version > scripts.rbegin()->first)
        return Error{
            QStringLiteral("The database's schema is version %1, newer than this shiporskip-feed knows (%2).")
                .arg(version)
                .arg(scripts.rbegin()->first),
            Error::Kind::NewerVersion};
    for (const auto& [number, resource] : scripts) {
        if (number <= version)
            continue;
        QFile file(resource);
        if (!file.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("Cannot read %1 from this build.").arg(resource),
                         Error::Kind::Internal};
        // The whole script in one go: PostgreSQL takes several statements in one simple query.
        QSqlQuery script(db);
        if (!script.exec(QString::fromUtf8(file.readAll())))
            return Error{QStringLiteral("PostgreSQL schema migration %1 failed: %2.")
                             .arg(number)
                             .arg(script.lastError().text()),
                         Error::Kind::Storage};
        if (auto recorded = run(*m_statements,
                                QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"), {number});
            !recorded)
            return recorded.error();
    }
    return transaction.commit();
}

Result<QSqlQuery*> PostgresBackend::query(const QString& sql, const QVariantList& bindings) const
{
    auto result = run(*m_statements, sql, bindings);
    if (!result)
        m_failed = true;
    return result;
}

bool PostgresBackend::lostMeanwhile(bool failed)
{
    if (!m_failed && !failed)
        return m_lost;
    m_failed = false;
    // Outside any transaction by now: a plain query fails only when the connection does.
    QSqlQuery probe(connection());
    m_lost = !probe.exec(QStringLiteral("SELECT 1"));
    return m_lost;
}

bool PostgresBackend::reachable()
{
    if (!m_lost)
        return true;
    // At most one attempt a second: each may wait for connect_timeout, and the server answers nothing
    // meanwhile.
    if (m_lastAttempt.isValid() && m_lastAttempt.elapsed() < 1000)
        return false;
    m_lastAttempt.start();
    // A new session: the old one's prepared statements went with it.
    m_statements.reset();
    QSqlDatabase db = connection();
    db.close();
    const bool opened = db.open() && quietNotices(db).ok();
    m_statements = std::make_unique<PreparedStatements>(db);
    m_lost = !opened;
    m_failed = false;
    return opened;
}

QString PostgresBackend::storedFeedId() const
{
    auto q = query(QStringLiteral("SELECT value FROM feed_meta WHERE key = 'feedId'"));
    return q && q.value()->next() ? q.value()->value(0).toString() : QString();
}

QString PostgresBackend::storedFeedCursor() const
{
    auto q = query(QStringLiteral("SELECT value FROM feed_meta WHERE key = 'feedCursor'"));
    return q && q.value()->next() ? q.value()->value(0).toString() : QString();
}

Result<ApplyStats> PostgresBackend::importFeed(const FeedDocument& feed)
{
    PgTransaction transaction(connection());
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto stats = applyWrite(feed);
    if (!stats)
        return stats;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return stats;
}

Result<ApplyStats> PostgresBackend::applyWrite(const FeedDocument& feed)
{
    const QSqlDatabase db = connection();
    // In a savepoint: a document refused halfway (an unknown reference) undoes only itself, and the
    // write's transaction can still store the refusal as the key's answer.
    if (auto saved = exec(db, QStringLiteral("SAVEPOINT document"), what); !saved)
        return saved.error();
    ChangeBatch changes;
    auto stats = DocumentWriter(*m_statements, changes).write(feed);
    if (stats) {
        if (auto numbered = changes.number(*m_statements); !numbered)
            stats = numbered.error();
    }
    if (!stats) {
        (void)exec(db, QStringLiteral("ROLLBACK TO SAVEPOINT document"), what);
        return stats;
    }
    if (auto released = exec(db, QStringLiteral("RELEASE SAVEPOINT document"), what); !released)
        return released.error();
    return stats;
}

Result<qint64> PostgresBackend::prepareToServe()
{
    return qint64(0); // every record's JSON is written with the record
}

Result<void> PostgresBackend::addToken(const QString& name, const QString& hash)
{
    auto stored = run(
        *m_statements,
        QStringLiteral("INSERT INTO tokens (name, hash, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
        {name, hash, now()});
    if (!stored)
        return stored.error();
    if (stored.value()->numRowsAffected() == 0)
        return Error{QStringLiteral("A token named \"%1\" exists already.").arg(name), Error::Kind::Conflict};
    return {};
}

Result<int> PostgresBackend::revokeToken(const QString& name)
{
    auto revoked =
        query(QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL"),
              {now(), name});
    if (!revoked)
        return revoked.error();
    return revoked.value()->numRowsAffected();
}

QList<ServerTables::TokenRecord> PostgresBackend::tokens() const
{
    QList<ServerTables::TokenRecord> tokens;
    auto q = query(QStringLiteral("SELECT name, created_at, coalesce(revoked_at, '') FROM tokens"
                                  " ORDER BY name COLLATE \"C\""));
    while (q && q.value()->next())
        tokens << ServerTables::TokenRecord{q.value()->value(0).toString(), q.value()->value(1).toString(),
                                            q.value()->value(2).toString()};
    return tokens;
}

QString PostgresBackend::userForTokenHash(const QString& hash) const
{
    auto q = query(QStringLiteral("SELECT name FROM tokens WHERE hash = ? AND revoked_at IS NULL"), {hash});
    return q && q.value()->next() ? q.value()->value(0).toString() : QString();
}

qint64 PostgresBackend::lastSeq() const
{
    auto q = query(QStringLiteral("SELECT seq FROM change_counter"));
    return q && q.value()->next() ? q.value()->value(0).toLongLong() : 0;
}

Result<QList<ServerBackend::ReadyChange>> PostgresBackend::changesAfter(qint64 since, int limit) const
{
    // One statement, one snapshot: a prefix of the numbered changes (see the comment at the top).
    auto q = query(QStringLiteral("SELECT c.seq, c.kind, c.id, r.deleted, r.changed_at, coalesce(r.json, '')"
                                  " FROM changes c JOIN records r ON r.kind = c.kind AND r.id = c.id"
                                  " WHERE c.seq > ? ORDER BY c.seq LIMIT ?"),
                   {since, limit});
    if (!q)
        return q.error();
    QList<ReadyChange> changes;
    while (q.value()->next()) {
        changes << ReadyChange{ServerTables::Change{q.value()->value(0).toLongLong(),
                                                    enumFromName<RecordKind>(q.value()->value(1).toString()),
                                                    q.value()->value(2).toString(),
                                                    q.value()->value(3).toBool(),
                                                    timestampFromString(q.value()->value(4).toString())},
                               q.value()->value(5).toString().toUtf8()};
    }
    return changes;
}

Answer PostgresBackend::idempotent(const QString& user, const QString& key, const QString& requestHash,
                                   const std::function<Answer()>& write)
{
    const QSqlDatabase db = connection();
    {
        PgTransaction transaction(db);
        if (!transaction.begin())
            return errorAnswer(500, QStringLiteral("internal"),
                               QStringLiteral("The server could not start a transaction."));
        // The key's row first. Another transaction holding the same key, on this instance or another,
        // makes this insert wait for its end: committed, this one inserts nothing and reads its answer
        // below; rolled back, this one goes on with the write. Never both.
        auto claimed =
            query(QStringLiteral("INSERT INTO idempotency (key, user_name, request_hash, status, response,"
                                 " created_at) VALUES (?, ?, ?, 0, '', ?) ON CONFLICT (key) DO NOTHING"),
                  {key, user, requestHash, now()});
        if (!claimed)
            return errorAnswer(500, QStringLiteral("internal"), claimed.errorMessage());
        if (claimed.value()->numRowsAffected() > 0) {
            Answer answer = write();
            if (answer.status >= 500)
                return answer; // rolled back: nothing happened, and the key is free again
            auto stored =
                query(QStringLiteral("UPDATE idempotency SET status = ?, response = ? WHERE key = ?"),
                      {answer.status,
                       QString::fromUtf8(QJsonDocument(answer.body).toJson(QJsonDocument::Compact)), key});
            if (!stored)
                return errorAnswer(500, QStringLiteral("internal"), stored.errorMessage());
            if (!transaction.commit())
                return errorAnswer(500, QStringLiteral("internal"),
                                   QStringLiteral("The server could not commit the write."));
            return answer;
        }
    }
    // The key was used, and its write committed: the same answer, or a refusal for another request.
    auto seen =
        query(QStringLiteral("SELECT request_hash, status, response FROM idempotency WHERE key = ?"), {key});
    if (!seen)
        return errorAnswer(500, QStringLiteral("internal"), seen.errorMessage());
    if (!seen.value()->next())
        return errorAnswer(500, QStringLiteral("internal"),
                           QStringLiteral("The answer stored for this Idempotency-Key is missing."));
    if (seen.value()->value(0).toString() != requestHash)
        return errorAnswer(
            409, QStringLiteral("idempotency_conflict"),
            QStringLiteral("This Idempotency-Key was used for another request; use a new key."));
    return {seen.value()->value(1).toInt(),
            QJsonDocument::fromJson(seen.value()->value(2).toString().toUtf8()).object()};
}

Result<ServerTables::VoteOutcome>
PostgresBackend::recordVote(const QString& user, const QString& comparisonId, const QString& toolId)
{
    // The comparison's row locked to the commit: votes on one comparison are counted one after the
    // other, each recount seeing the votes committed before it.
    auto comparison =
        query(QStringLiteral("SELECT 1 FROM records WHERE kind = 'comparison' AND id = ? AND NOT deleted"
                             " FOR UPDATE"),
              {comparisonId});
    if (!comparison)
        return comparison.error();
    if (!comparison.value()->next())
        return ServerTables::VoteOutcome::UnknownComparison;
    auto member =
        query(QStringLiteral("SELECT 1 FROM comparison_tools WHERE comparison_id = ? AND tool_id = ?"),
              {comparisonId, toolId});
    if (!member)
        return member.error();
    if (!member.value()->next())
        return ServerTables::VoteOutcome::NotInComparison;

    // Tallies must move forward in time for clients to take them: never reuse a timestamp.
    QDateTime stamp = QDateTime::currentDateTimeUtc();
    auto newest =
        query(QStringLiteral("SELECT updated_at FROM tallies WHERE comparison_id = ?"), {comparisonId});
    if (!newest)
        return newest.error();
    while (newest.value()->next()) {
        const QDateTime previous = timestampFromString(newest.value()->value(0).toString());
        if (previous.isValid() && stamp <= previous)
            stamp = previous.addMSecs(1);
    }
    const QString updatedAt = timestampToString(stamp);
    if (auto voted =
            query(QStringLiteral("INSERT INTO votes (user_name, comparison_id, tool_id, updated_at)"
                                 " VALUES (?, ?, ?, ?) ON CONFLICT (user_name, comparison_id) DO UPDATE"
                                 " SET tool_id = excluded.tool_id, updated_at = excluded.updated_at"),
                  {user, comparisonId, toolId, updatedAt});
        !voted)
        return voted.error();
    auto counts =
        query(QStringLiteral("SELECT ct.tool_id, (SELECT count(*) FROM votes v WHERE v.comparison_id ="
                             " ct.comparison_id AND v.tool_id = ct.tool_id) FROM comparison_tools ct"
                             " WHERE ct.comparison_id = ? ORDER BY ct.tool_id COLLATE \"C\""),
              {comparisonId});
    if (!counts)
        return counts.error();
    QList<Tally> recounted;
    while (counts.value()->next())
        recounted << Tally{comparisonId, counts.value()->value(0).toString(),
                           counts.value()->value(1).toInt(), stamp};
    ChangeBatch changes;
    DocumentWriter writer(*m_statements, changes);
    for (const Tally& tally : recounted) {
        if (auto stored = writer.putTally(tally, true); !stored)
            return stored.error();
    }
    if (auto numbered = changes.number(*m_statements); !numbered)
        return numbered.error();
    return ServerTables::VoteOutcome::Recorded;
}

QList<Tally> PostgresBackend::tallies(const QString& comparisonId) const
{
    QList<Tally> list;
    auto q = query(QStringLiteral("SELECT tool_id, votes, updated_at FROM tallies WHERE comparison_id = ?"
                                  " ORDER BY tool_id COLLATE \"C\""),
                   {comparisonId});
    while (q && q.value()->next())
        list << Tally{comparisonId, q.value()->value(0).toString(), q.value()->value(1).toInt(),
                      timestampFromString(q.value()->value(2).toString())};
    return list;
}

QList<Lens> PostgresBackend::lenses() const
{
    // The stored JSON read back through the feed's own parser, as one document of lenses.
    QJsonArray array;
    auto q = query(QStringLiteral("SELECT json FROM records WHERE kind = 'lens' AND NOT deleted"
                                  " ORDER BY id COLLATE \"C\""));
    while (q && q.value()->next())
        array.append(QJsonDocument::fromJson(q.value()->value(0).toString().toUtf8()).object());
    FeedDocument document;
    document.feedId = QStringLiteral("lenses");
    document.generatedAt = QDateTime::currentDateTimeUtc();
    QJsonObject root = FeedWriter::toJson(document);
    root.insert(QStringLiteral("lenses"), array);
    auto parsed = FeedParser::parse(QJsonDocument(root).toJson(QJsonDocument::Compact));
    if (!parsed)
        return {};
    QList<Lens> lenses = parsed->lenses;
    std::sort(lenses.begin(), lenses.end(), [](const Lens& a, const Lens& b) {
        return a.position != b.position ? a.position < b.position : a.id < b.id;
    });
    return lenses;
}

bool PostgresBackend::hasTool(const QString& id) const
{
    auto q =
        query(QStringLiteral("SELECT 1 FROM records WHERE kind = 'tool' AND id = ? AND NOT deleted"), {id});
    return q && q.value()->next();
}

} // namespace sos::server
