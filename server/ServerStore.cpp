// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerStore.h"

#include <store/Database.h>
#include <store/Transaction.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace sos::server {

namespace {

constexpr int serverSchemaVersion = 1;
const QString schemaKey = QStringLiteral("serverSchema");

QString now()
{
    return timestampToString(QDateTime::currentDateTimeUtc());
}

QString hashOf(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<QSqlQuery> query(const QSqlDatabase& db, const QString& sql, const QVariantList& bindings = {})
{
    return runQuery(db, sql, bindings, "serving the feed");
}

Result<QJsonObject> parseObject(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{QStringLiteral("The body is not valid JSON: %1.").arg(error.errorString())};
    if (!document.isObject())
        return Error{QStringLiteral("The body must be a JSON object.")};
    return document.object();
}

// A string field of at most maxLength characters, or an error naming it.
Result<QString> stringField(const QJsonObject& object, const char* key, int minLength, int maxLength)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isString())
        return Error{QStringLiteral("\"%1\" must be a string.").arg(QLatin1String(key))};
    const QString text = value.toString();
    if (text.trimmed().size() < minLength || text.size() > maxLength)
        return Error{QStringLiteral("\"%1\" must have %2 to %3 characters.")
                         .arg(QLatin1String(key))
                         .arg(minLength)
                         .arg(maxLength)};
    return text;
}

QString unknownField(const QJsonObject& object, const QStringList& allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            return it.key();
    }
    return {};
}

} // namespace

Answer errorAnswer(int status, const QString& code, const QString& message)
{
    return {status,
            QJsonObject{{QStringLiteral("error"),
                         QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}}};
}

Result<std::unique_ptr<ServerStore>> ServerStore::open(const QString& path)
{
    auto store = Store::open(path);
    if (!store)
        return store.error();
    auto server = std::make_unique<ServerStore>(std::move(store).value());
    if (auto migrated = server->migrate(); !migrated)
        return migrated.error();
    return server;
}

ServerStore::ServerStore(std::unique_ptr<Store> store)
    : m_store(std::move(store))
{}

Result<void> ServerStore::migrate()
{
    if (m_store->meta(schemaKey).toInt() >= serverSchemaVersion)
        return {};
    QFile file(QStringLiteral(":/server/server_schema.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("The server schema is missing from this build."), Error::Kind::Internal};
    Transaction transaction(m_store->database().connection());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto ran = m_store->database().executeScript(QString::fromUtf8(file.readAll())); !ran)
        return ran;
    if (auto set = query(m_store->database().connection(),
                         QStringLiteral("INSERT OR REPLACE INTO feed_meta (key, value) VALUES (?, ?)"),
                         {schemaKey, QString::number(serverSchemaVersion)});
        !set)
        return set.error();
    return transaction.commit();
}

QString ServerStore::feedId() const
{
    const QString id = m_store->meta(QStringLiteral("feedId"));
    return id.isEmpty() ? QStringLiteral("shiporskip-feed") : id;
}

Result<ApplyStats> ServerStore::importFeed(const QByteArray& json)
{
    auto feed = FeedParser::parse(json);
    if (!feed)
        return feed.error();
    return m_store->applyFeed(feed.value());
}

Result<QString> ServerStore::issueToken(const QString& name)
{
    if (name.trimmed().isEmpty() || name.size() > 200)
        return Error{QStringLiteral("A token needs a name of 1 to 200 characters.")};
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(secret.begin(), secret.end());
    const QByteArray token =
        "sos_" + secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    auto stored = query(m_store->database().connection(),
                        QStringLiteral("INSERT INTO tokens (name, hash, created_at) VALUES (?, ?, ?)"),
                        {name, hashOf(token), now()});
    if (!stored)
        return Error{QStringLiteral("A token named \"%1\" exists already; revoke it first.").arg(name),
                     Error::Kind::Conflict};
    return QString::fromLatin1(token);
}

Result<void> ServerStore::revokeToken(const QString& name)
{
    auto revoked =
        query(m_store->database().connection(),
              QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL"),
              {now(), name});
    if (!revoked)
        return revoked.error();
    if (revoked->numRowsAffected() == 0)
        return Error{QStringLiteral("There is no active token named \"%1\".").arg(name),
                     Error::Kind::NotFound};
    return {};
}

QStringList ServerStore::tokenNames() const
{
    QStringList names;
    auto q =
        query(m_store->database().connection(),
              QStringLiteral("SELECT name, created_at, coalesce(revoked_at, '') FROM tokens ORDER BY name"));
    while (q && q->next()) {
        names << (q->value(2).toString().isEmpty()
                      ? QStringLiteral("%1\tissued %2").arg(q->value(0).toString(), q->value(1).toString())
                      : QStringLiteral("%1\trevoked %2").arg(q->value(0).toString(), q->value(2).toString()));
    }
    return names;
}

QString ServerStore::userForToken(const QByteArray& token) const
{
    if (token.isEmpty())
        return {};
    auto q = query(m_store->database().connection(),
                   QStringLiteral("SELECT name FROM tokens WHERE hash = ? AND revoked_at IS NULL"),
                   {hashOf(token)});
    return q && q->next() ? q->value(0).toString() : QString();
}

qint64 ServerStore::lastSeq() const
{
    auto q =
        query(m_store->database().connection(), QStringLiteral("SELECT coalesce(max(seq), 0) FROM changes"));
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

Result<ServerStore::Page> ServerStore::page(qint64 since, int limit) const
{
    const QSqlDatabase db = m_store->database().connection();
    auto changes = query(db,
                         QStringLiteral("SELECT seq, kind, id, deleted, changed_at FROM changes WHERE seq > ?"
                                        " ORDER BY seq LIMIT ?"),
                         {since, limit + 1});
    if (!changes)
        return changes.error();
    struct Change
    {
        QString kind;
        QString id;
    };
    FeedDocument feed;
    feed.feedId = feedId();
    feed.generatedAt = QDateTime::currentDateTimeUtc();
    qint64 cursor = since;
    int count = 0;
    bool hasMore = false;
    QList<Change> records;
    QHash<QString, QStringList> idsOfKind;
    while (changes->next()) {
        if (count == limit) {
            hasMore = true;
            break;
        }
        ++count;
        cursor = changes->value(0).toLongLong();
        const QString kind = changes->value(1).toString();
        const QString id = changes->value(2).toString();
        if (changes->value(3).toBool()) {
            if (const auto tombstoneKind = enumFromName<Tombstone::Kind>(kind))
                feed.tombstones << Tombstone{*tombstoneKind, id,
                                             timestampFromString(changes->value(4).toString())};
            continue;
        }
        records << Change{kind, id};
        // A tally's id is "comparison/tool": its comparison's tallies are read, then the tool's kept.
        idsOfKind[kind] << (kind == QLatin1String("tally") ? id.section(QLatin1Char('/'), 0, 0) : id);
    }

    // Every record of a kind in one query, not one per record: a page holds a thousand of them. A record
    // that is gone by now is left out.
    auto readAll = [&db](const QString& sql, const QStringList& ids, auto read) {
        using Record = decltype(read(std::declval<const QSqlQuery&>()));
        QHash<QString, Record> found;
        if (ids.isEmpty())
            return found;
        auto q = query(db, sql, {jsonArrayOf(ids)});
        while (q && q->next()) {
            Record record = read(q.value());
            found.insert(record.id, record);
        }
        return found;
    };
    const QHash<QString, Lens> lenses =
        readAll(QStringLiteral("SELECT id, name, summary, position, updated_at FROM lenses"
                               " WHERE id IN (SELECT value FROM json_each(?))"),
                idsOfKind.value(QStringLiteral("lens")), [](const QSqlQuery& q) {
                    return Lens{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toInt(), timestampFromString(q.value(4).toString())};
                });
    const QHash<QString, Tool> tools = readAll(
        QStringLiteral("SELECT id, name, vendor, category, tagline, description, pricing, pricing_note,"
                       " license, deployment, parameter_sizes, updated_at FROM tools"
                       " WHERE id IN (SELECT value FROM json_each(?))"),
        idsOfKind.value(QStringLiteral("tool")), [](const QSqlQuery& q) {
            Tool tool;
            tool.id = q.value(0).toString();
            tool.name = q.value(1).toString();
            tool.vendor = q.value(2).toString();
            tool.category = q.value(3).toString();
            tool.tagline = q.value(4).toString();
            tool.description = q.value(5).toString();
            tool.pricing = enumFromName<Pricing>(q.value(6).toString()).value_or(Pricing::Free);
            tool.pricingNote = q.value(7).toString();
            tool.license = q.value(8).toString();
            tool.deployment = q.value(9).toString();
            tool.parameterSizes = q.value(10).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            tool.updatedAt = timestampFromString(q.value(11).toString());
            return tool;
        });
    const QHash<QString, Review> reviews = readAll(
        QStringLiteral("SELECT r.id, t.id, l.id, r.verdict, r.text, r.author, r.created_at, r.updated_at"
                       " FROM reviews r JOIN tools t ON t.pk = r.tool_pk JOIN lenses l ON l.pk = r.lens_pk"
                       " WHERE r.id IN (SELECT value FROM json_each(?))"),
        idsOfKind.value(QStringLiteral("review")), [](const QSqlQuery& q) {
            return Review{q.value(0).toString(),
                          q.value(1).toString(),
                          q.value(2).toString(),
                          enumFromName<Verdict>(q.value(3).toString()).value_or(Verdict::Skip),
                          q.value(4).toString(),
                          q.value(5).toString(),
                          timestampFromString(q.value(6).toString()),
                          timestampFromString(q.value(7).toString())};
        });
    QHash<QString, Comparison> comparisons;
    if (const QStringList ids = idsOfKind.value(QStringLiteral("comparison")); !ids.isEmpty()) {
        for (const ComparisonSummary& summary : m_store->comparisonsWithIds(ids))
            comparisons.insert(summary.comparison.id, summary.comparison);
    }
    QHash<std::pair<QString, QString>, Tally> tallies;
    if (const QStringList ids = idsOfKind.value(QStringLiteral("tally")); !ids.isEmpty()) {
        for (const Tally& tally : m_store->tallies(ids))
            tallies.insert({tally.comparisonId, tally.toolId}, tally);
    }

    // In the order of the change log, as they changed.
    for (const Change& record : records) {
        if (record.kind == QLatin1String("lens")) {
            if (const auto found = lenses.constFind(record.id); found != lenses.cend())
                feed.lenses << *found;
        } else if (record.kind == QLatin1String("tool")) {
            if (const auto found = tools.constFind(record.id); found != tools.cend())
                feed.tools << *found;
        } else if (record.kind == QLatin1String("review")) {
            if (const auto found = reviews.constFind(record.id); found != reviews.cend())
                feed.reviews << *found;
        } else if (record.kind == QLatin1String("comparison")) {
            if (const auto found = comparisons.constFind(record.id); found != comparisons.cend())
                feed.comparisons << *found;
        } else if (record.kind == QLatin1String("tally")) {
            const std::pair key{record.id.section(QLatin1Char('/'), 0, 0),
                                record.id.section(QLatin1Char('/'), 1)};
            if (const auto found = tallies.constFind(key); found != tallies.cend())
                feed.tallies << *found;
        }
    }
    feed.cursor = QString::number(cursor);
    Page result;
    result.document = FeedWriter::toJson(feed);
    result.document.insert(QStringLiteral("cursor"), feed.cursor);
    result.document.insert(QStringLiteral("since"),
                           since > 0 ? QJsonValue(QString::number(since)) : QJsonValue());
    result.document.insert(QStringLiteral("hasMore"), hasMore);
    if (hasMore)
        result.document.insert(QStringLiteral("next"),
                               QStringLiteral("/v1/feed.json?since=%1&limit=%2").arg(cursor).arg(limit));
    result.lastSeq = lastSeq();
    return result;
}

Answer ServerStore::idempotent(const QString& user, const QString& key, const QByteArray& body,
                               const std::function<Answer()>& write)
{
    const QSqlDatabase db = m_store->database().connection();
    if (key.size() < 8 || key.size() > 200)
        return errorAnswer(400, QStringLiteral("bad_request"),
                           QStringLiteral("An Idempotency-Key header of 8 to 200 characters is required."));
    Transaction transaction(db);
    if (!transaction.begin())
        return errorAnswer(500, QStringLiteral("internal"),
                           QStringLiteral("The server could not start a transaction."));
    const QString requestHash = hashOf(user.toUtf8() + '\n' + body);
    auto seen = query(
        db, QStringLiteral("SELECT request_hash, status, response FROM idempotency WHERE key = ?"), {key});
    if (!seen)
        return errorAnswer(500, QStringLiteral("internal"), seen.errorMessage());
    if (seen->next()) {
        if (seen->value(0).toString() != requestHash)
            return errorAnswer(
                409, QStringLiteral("idempotency_conflict"),
                QStringLiteral("This Idempotency-Key was used for another request; use a new key."));
        return {seen->value(1).toInt(), QJsonDocument::fromJson(seen->value(2).toByteArray()).object()};
    }
    Answer answer = write();
    if (answer.status >= 500)
        return answer; // rolled back: nothing happened
    if (auto stored = query(
            db,
            QStringLiteral("INSERT INTO idempotency (key, user, request_hash, status, response, created_at)"
                           " VALUES (?, ?, ?, ?, ?, ?)"),
            {key, user, requestHash, answer.status,
             QString::fromUtf8(QJsonDocument(answer.body).toJson(QJsonDocument::Compact)), now()});
        !stored)
        return errorAnswer(500, QStringLiteral("internal"), stored.errorMessage());
    if (!transaction.commit())
        return errorAnswer(500, QStringLiteral("internal"),
                           QStringLiteral("The server could not commit the write."));
    return answer;
}

Answer ServerStore::castVote(const QString& user, const QString& idempotencyKey, const QByteArray& body)
{
    return idempotent(user, idempotencyKey, body, [&]() -> Answer {
        auto object = parseObject(body);
        if (!object)
            return errorAnswer(400, QStringLiteral("bad_request"), object.errorMessage());
        if (const QString extra =
                unknownField(object.value(), {QStringLiteral("comparisonId"), QStringLiteral("toolId")});
            !extra.isEmpty())
            return errorAnswer(400, QStringLiteral("bad_request"),
                               QStringLiteral("Unknown field \"%1\".").arg(extra));
        auto comparisonId = stringField(object.value(), "comparisonId", 1, 200);
        auto toolId = stringField(object.value(), "toolId", 1, 200);
        if (!comparisonId || !toolId)
            return errorAnswer(400, QStringLiteral("bad_request"),
                               comparisonId ? toolId.errorMessage() : comparisonId.errorMessage());
        const QSqlDatabase db = m_store->database().connection();
        auto comparison =
            query(db, QStringLiteral("SELECT pk FROM comparisons WHERE id = ?"), {comparisonId.value()});
        if (!comparison || !comparison->next())
            return errorAnswer(404, QStringLiteral("not_found"),
                               QStringLiteral("There is no comparison \"%1\".").arg(comparisonId.value()));
        const qint64 comparisonPk = comparison->value(0).toLongLong();
        auto member =
            query(db,
                  QStringLiteral("SELECT 1 FROM comparison_tools ct JOIN tools t ON t.pk = ct.tool_pk"
                                 " WHERE ct.comparison_pk = ? AND t.id = ?"),
                  {comparisonPk, toolId.value()});
        if (!member || !member->next())
            return errorAnswer(422, QStringLiteral("invalid"),
                               QStringLiteral("\"%1\" is not one of the tools of \"%2\".")
                                   .arg(toolId.value(), comparisonId.value()));

        // Tallies must move forward in time for clients to take them: never reuse a timestamp.
        auto newest = query(
            db,
            QStringLiteral("SELECT coalesce(max(updated_at), '') FROM vote_tallies WHERE comparison_pk = ?"),
            {comparisonPk});
        QDateTime stamp = QDateTime::currentDateTimeUtc();
        if (newest && newest->next()) {
            const QDateTime previous = timestampFromString(newest->value(0).toString());
            if (previous.isValid() && stamp <= previous)
                stamp = previous.addMSecs(1);
        }
        const QString updatedAt = timestampToString(stamp);
        auto voted = query(
            db,
            QStringLiteral(
                "INSERT INTO server_votes (user, comparison_id, tool_id, updated_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (user, comparison_id) DO UPDATE SET tool_id = excluded.tool_id,"
                " updated_at = excluded.updated_at"),
            {user, comparisonId.value(), toolId.value(), updatedAt});
        auto tallied = query(
            db,
            QStringLiteral(
                "INSERT INTO vote_tallies (comparison_pk, tool_pk, votes, updated_at)"
                " SELECT ct.comparison_pk, ct.tool_pk,"
                "  (SELECT count(*) FROM server_votes v WHERE v.comparison_id = ? AND v.tool_id = t.id), ?"
                " FROM comparison_tools ct JOIN tools t ON t.pk = ct.tool_pk WHERE ct.comparison_pk = ?"
                " ON CONFLICT (comparison_pk, tool_pk) DO UPDATE SET votes = excluded.votes,"
                " updated_at = excluded.updated_at"),
            {comparisonId.value(), updatedAt, comparisonPk});
        if (!voted || !tallied)
            return errorAnswer(500, QStringLiteral("internal"),
                               QStringLiteral("The vote could not be stored."));
        QJsonArray tallies;
        for (const Tally& tally : m_store->tallies(comparisonId.value()))
            tallies.append(FeedWriter::toJson(tally));
        return {200, QJsonObject{{QStringLiteral("comparisonId"), comparisonId.value()},
                                 {QStringLiteral("toolId"), toolId.value()},
                                 {QStringLiteral("state"), QStringLiteral("confirmed")},
                                 {QStringLiteral("tallies"), tallies}}};
    });
}

Answer ServerStore::publishScorecard(const QString& user, const QString& idempotencyKey,
                                     const QByteArray& body)
{
    return idempotent(user, idempotencyKey, body, [&]() -> Answer {
        auto object = parseObject(body);
        if (!object)
            return errorAnswer(400, QStringLiteral("bad_request"), object.errorMessage());
        const QStringList fields{QStringLiteral("toolId"),  QStringLiteral("lensId"),
                                 QStringLiteral("verdict"), QStringLiteral("text"),
                                 QStringLiteral("author"),  QStringLiteral("lensName")};
        if (const QString extra = unknownField(object.value(), fields); !extra.isEmpty())
            return errorAnswer(400, QStringLiteral("bad_request"),
                               QStringLiteral("Unknown field \"%1\".").arg(extra));
        auto toolId = stringField(object.value(), "toolId", 1, 200);
        auto lensId = stringField(object.value(), "lensId", 1, 200);
        auto verdict = stringField(object.value(), "verdict", 1, 10);
        auto author = stringField(object.value(), "author", 1, 200);
        for (const auto* field : {&toolId, &lensId, &verdict, &author}) {
            if (!*field)
                return errorAnswer(400, QStringLiteral("bad_request"), field->errorMessage());
        }
        auto text = stringField(object.value(), "text", 40, 8000);
        if (!text)
            return errorAnswer(422, QStringLiteral("invalid"), text.errorMessage());
        const auto parsedVerdict = enumFromName<Verdict>(verdict.value());
        if (!parsedVerdict)
            return errorAnswer(400, QStringLiteral("bad_request"),
                               QStringLiteral("\"verdict\" must be ship or skip."));
        FeedDocument feed;
        feed.feedId = feedId();
        feed.generatedAt = QDateTime::currentDateTimeUtc();
        feed.cursor = m_store->meta(QStringLiteral("feedCursor"));
        Review review;
        review.id = QStringLiteral("scorecard/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        review.toolId = toolId.value();
        review.lensId = lensId.value();
        review.verdict = *parsedVerdict;
        review.text = text.value();
        review.author = author.value();
        review.createdAt = feed.generatedAt;
        review.updatedAt = feed.generatedAt;
        feed.reviews << review;
        // A reviewer's own lens, new to the feed: added after the panel's lenses.
        const QList<Lens> lenses = m_store->lenses();
        const bool knownLens = std::any_of(lenses.begin(), lenses.end(),
                                           [&](const Lens& lens) { return lens.id == review.lensId; });
        if (!knownLens && object->contains(QStringLiteral("lensName"))) {
            auto lensName = stringField(object.value(), "lensName", 1, 200);
            if (!lensName)
                return errorAnswer(400, QStringLiteral("bad_request"), lensName.errorMessage());
            Lens lens;
            lens.id = review.lensId;
            lens.name = lensName.value();
            lens.summary = QStringLiteral("A reviewer's own lens.");
            for (const Lens& known : lenses)
                lens.position = std::max(lens.position, known.position + 1);
            lens.updatedAt = feed.generatedAt;
            feed.lenses << lens;
        }
        if (!m_store->findToolId(toolId.value()))
            return errorAnswer(404, QStringLiteral("not_found"),
                               QStringLiteral("There is no tool \"%1\".").arg(toolId.value()));
        auto applied = m_store->applyFeed(feed);
        if (!applied)
            return errorAnswer(404, QStringLiteral("not_found"), applied.errorMessage());
        return {201, QJsonObject{{QStringLiteral("id"), review.id},
                                 {QStringLiteral("state"), QStringLiteral("published")}}};
    });
}

} // namespace sos::server
