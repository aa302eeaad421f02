// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerStore.h"

#include "FeedJson.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <cstring>
#include <map>

namespace sos::server {

namespace {

QString hashOf(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
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

Result<std::unique_ptr<ServerStore>> ServerStore::open(const QString& db)
{
    auto backend = ServerBackend::open(db);
    if (!backend)
        return backend.error();
    return std::make_unique<ServerStore>(std::move(backend).value());
}

ServerStore::ServerStore(std::unique_ptr<ServerBackend> backend)
    : m_backend(std::move(backend))
{}

QString ServerStore::feedId() const
{
    const QString id = m_backend->storedFeedId();
    return id.isEmpty() ? QStringLiteral("shiporskip-feed") : id;
}

Result<ApplyStats> ServerStore::importFeed(const QByteArray& json)
{
    auto feed = FeedParser::parse(json);
    if (!feed)
        return feed.error();
    return m_backend->importFeed(feed.value());
}

Result<qint64> ServerStore::prepareToServe()
{
    return m_backend->prepareToServe();
}

Result<QString> ServerStore::issueToken(const QString& name)
{
    if (name.trimmed().isEmpty() || name.size() > 200)
        return Error{QStringLiteral("A token needs a name of 1 to 200 characters.")};
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(secret.begin(), secret.end());
    const QByteArray token =
        "sos_" + secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (auto stored = m_backend->addToken(name, hashOf(token)); !stored)
        return Error{QStringLiteral("A token named \"%1\" exists already; revoke it first.").arg(name),
                     Error::Kind::Conflict};
    return QString::fromLatin1(token);
}

Result<void> ServerStore::revokeToken(const QString& name)
{
    auto revoked = m_backend->revokeToken(name);
    if (!revoked)
        return revoked.error();
    if (revoked.value() == 0)
        return Error{QStringLiteral("There is no active token named \"%1\".").arg(name),
                     Error::Kind::NotFound};
    return {};
}

QStringList ServerStore::tokenNames() const
{
    QStringList names;
    for (const ServerTables::TokenRecord& token : m_backend->tokens()) {
        names << (token.revokedAt.isEmpty()
                      ? QStringLiteral("%1\tissued %2").arg(token.name, token.createdAt)
                      : QStringLiteral("%1\trevoked %2").arg(token.name, token.revokedAt));
    }
    return names;
}

QString ServerStore::userForToken(const QByteArray& token) const
{
    if (token.isEmpty())
        return {};
    return m_backend->userForTokenHash(hashOf(token));
}

qint64 ServerStore::lastSeq() const
{
    return m_backend->lastSeq();
}

namespace {

// A JSON string with QJsonDocument's escaping.
QByteArray jsonString(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

Result<ServerStore::Page> ServerStore::page(qint64 since, int limit) const
{
    auto changes = m_backend->changesAfter(since, limit + 1);
    if (!changes)
        return changes.error();
    qint64 cursor = since;
    int count = 0;
    bool hasMore = false;
    QList<const ServerBackend::ReadyChange*> records;
    QByteArray tombstones;
    for (const ServerBackend::ReadyChange& entry : changes.value()) {
        const ServerTables::Change& change = entry.change;
        if (count == limit) {
            hasMore = true;
            break;
        }
        ++count;
        cursor = change.seq;
        if (!change.kind)
            continue;
        if (change.deleted) {
            // The kinds a tombstone can name have the same names in the log and the feed.
            if (const auto tombstoneKind = enumFromName<Tombstone::Kind>(enumName(*change.kind)))
                tombstones += (tombstones.isEmpty() ? '[' : ',') +
                              FeedJson::compact(
                                  FeedWriter::toJson(Tombstone{*tombstoneKind, change.id, change.changedAt}));
            continue;
        }
        // A record gone by now without a change of its own is left out.
        if (!entry.json.isEmpty())
            records << &entry;
    }

    // Each kind's array, in the order of the change log, as they changed.
    std::map<RecordKind, QByteArray> arrays;
    for (const ServerBackend::ReadyChange* entry : records) {
        QByteArray& array = arrays[*entry->change.kind];
        array += array.isEmpty() ? '[' : ',';
        array += entry->json;
    }
    const auto arrayOf = [&arrays](RecordKind kind) {
        const auto found = arrays.find(kind);
        return found == arrays.end() ? QByteArray() : found->second + ']';
    };
    if (!tombstones.isEmpty())
        tombstones += ']';

    // The document's members in the order QJsonDocument writes them (by key), empty arrays left out,
    // as FeedWriter::toJson(FeedDocument) and the page's own members always came.
    const std::pair<const char*, QByteArray> members[] = {
        {"comparisons", arrayOf(RecordKind::Comparison)},
        {"cursor", jsonString(QString::number(cursor))},
        {"feedId", jsonString(feedId())},
        {"format", jsonString(QStringLiteral("shiporskip-feed"))},
        {"formatVersion", QByteArray::number(FeedDocument().formatVersion)},
        {"generatedAt", jsonString(timestampToString(QDateTime::currentDateTimeUtc()))},
        {"hasMore", hasMore ? QByteArrayLiteral("true") : QByteArrayLiteral("false")},
        {"lenses", arrayOf(RecordKind::Lens)},
        {"next", hasMore
                     ? jsonString(QStringLiteral("/v1/feed.json?since=%1&limit=%2").arg(cursor).arg(limit))
                     : QByteArray()},
        {"reviews", arrayOf(RecordKind::Review)},
        {"since", since > 0 ? jsonString(QString::number(since)) : QByteArrayLiteral("null")},
        {"tallies", arrayOf(RecordKind::Tally)},
        {"tombstones", tombstones},
        {"tools", arrayOf(RecordKind::Tool)},
    };
    qsizetype size = 2;
    for (const auto& [name, value] : members)
        size += qsizetype(std::strlen(name)) + value.size() + 4;
    Page result;
    result.json.reserve(size);
    for (const auto& [name, value] : members) {
        if (value.isEmpty())
            continue;
        result.json += result.json.isEmpty() ? "{\"" : ",\"";
        result.json += name;
        result.json += "\":";
        result.json += value;
    }
    result.json += '}';
    result.lastSeq = lastSeq();
    return result;
}

Answer ServerStore::afterWrite(Answer answer)
{
    if (answer.status < 300)
        m_backend->afterWrite();
    return answer;
}

Answer ServerStore::idempotent(const QString& user, const QString& key, const QByteArray& body,
                               const std::function<Answer()>& write)
{
    if (key.size() < 8 || key.size() > 200)
        return errorAnswer(400, QStringLiteral("bad_request"),
                           QStringLiteral("An Idempotency-Key header of 8 to 200 characters is required."));
    return m_backend->idempotent(user, key, hashOf(user.toUtf8() + '\n' + body), write);
}

Answer ServerStore::castVote(const QString& user, const QString& idempotencyKey, const QByteArray& body)
{
    return afterWrite(idempotent(user, idempotencyKey, body, [&]() -> Answer {
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
        auto recorded = m_backend->recordVote(user, comparisonId.value(), toolId.value());
        if (!recorded)
            return errorAnswer(500, QStringLiteral("internal"),
                               QStringLiteral("The vote could not be stored."));
        if (recorded.value() == ServerTables::VoteOutcome::UnknownComparison)
            return errorAnswer(404, QStringLiteral("not_found"),
                               QStringLiteral("There is no comparison \"%1\".").arg(comparisonId.value()));
        if (recorded.value() == ServerTables::VoteOutcome::NotInComparison)
            return errorAnswer(422, QStringLiteral("invalid"),
                               QStringLiteral("\"%1\" is not one of the tools of \"%2\".")
                                   .arg(toolId.value(), comparisonId.value()));
        QJsonArray tallies;
        for (const Tally& tally : m_backend->tallies(comparisonId.value()))
            tallies.append(FeedWriter::toJson(tally));
        return {200, QJsonObject{{QStringLiteral("comparisonId"), comparisonId.value()},
                                 {QStringLiteral("toolId"), toolId.value()},
                                 {QStringLiteral("state"), QStringLiteral("confirmed")},
                                 {QStringLiteral("tallies"), tallies}}};
    }));
}

Answer ServerStore::publishScorecard(const QString& user, const QString& idempotencyKey,
                                     const QByteArray& body)
{
    return afterWrite(idempotent(user, idempotencyKey, body, [&]() -> Answer {
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
        feed.cursor = m_backend->storedFeedCursor();
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
        const QList<Lens> lenses = m_backend->lenses();
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
        if (!m_backend->hasTool(toolId.value()))
            return errorAnswer(404, QStringLiteral("not_found"),
                               QStringLiteral("There is no tool \"%1\".").arg(toolId.value()));
        auto applied = m_backend->applyWrite(feed);
        if (!applied)
            return errorAnswer(404, QStringLiteral("not_found"), applied.errorMessage());
        return {201, QJsonObject{{QStringLiteral("id"), review.id},
                                 {QStringLiteral("state"), QStringLiteral("published")}}};
    }));
}

} // namespace sos::server
