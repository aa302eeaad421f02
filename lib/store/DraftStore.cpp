// SPDX-License-Identifier: GPL-3.0-or-later
#include "DraftStore.h"

#include "Database.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

namespace sos {

namespace {

QString now()
{
    return timestampToString(QDateTime::currentDateTimeUtc());
}

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<QSqlQuery> query(const QSqlDatabase& db, const QString& sql, const QVariantList& bindings = {})
{
    return runQuery(db, sql, bindings, "saving drafts");
}

const QString columns = QStringLiteral(
    "id, tool_id, lens_id, custom_lens, verdict, fields, text, author, cursor_position, revision, state,"
    " idempotency_key, last_error, published_id, created_at, updated_at, cursor_field");

Draft readDraft(const QSqlQuery& q)
{
    Draft draft;
    draft.id = q.value(0).toString();
    draft.toolId = q.value(1).toString();
    draft.lensId = q.value(2).toString();
    draft.customLens = q.value(3).toString();
    draft.verdict = enumFromName<Verdict>(q.value(4).toString());
    const QJsonObject fields = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        draft.fields.insert(it.key(), it.value().toString());
    draft.text = q.value(6).toString();
    draft.author = q.value(7).toString();
    draft.cursorPosition = q.value(8).toInt();
    draft.revision = q.value(9).toInt();
    draft.state = enumFromName<DraftState>(q.value(10).toString()).value_or(DraftState::Draft);
    draft.idempotencyKey = q.value(11).toString();
    draft.lastError = q.value(12).toString();
    draft.publishedId = q.value(13).toString();
    draft.createdAt = timestampFromString(q.value(14).toString());
    draft.updatedAt = timestampFromString(q.value(15).toString());
    draft.cursorField = q.value(16).toString();
    return draft;
}

QByteArray fieldsJson(const QMap<QString, QString>& fields)
{
    QJsonObject object;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        object.insert(it.key(), it.value());
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The values of the content columns, in the order of the INSERT and UPDATE below.
QVariantList values(const Draft& draft)
{
    return {draft.toolId,
            draft.lensId,
            draft.customLens,
            draft.verdict ? enumName(*draft.verdict) : QString(),
            QString::fromUtf8(fieldsJson(draft.fields)),
            draft.text,
            draft.author,
            draft.cursorPosition,
            draft.cursorField};
}

} // namespace

DraftStore::DraftStore(Database& database)
    : m_database(database)
{}

Result<Draft> DraftStore::create(const QString& toolId, const QString& lensId, const QString& author)
{
    Draft draft;
    draft.id = newKey();
    draft.toolId = toolId;
    draft.lensId = lensId;
    draft.author = author;
    const QString stamp = now();
    QVariantList bindings{draft.id};
    bindings += values(draft);
    bindings << stamp << stamp;
    auto inserted = query(
        m_database.connection(),
        QStringLiteral("INSERT INTO drafts (id, tool_id, lens_id, custom_lens, verdict, fields, text, author,"
                       " cursor_position, cursor_field, created_at, updated_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        bindings);
    if (!inserted)
        return inserted.error();
    return *find(draft.id);
}

Result<Draft> DraftStore::createCopy(const Draft& content)
{
    Transaction transaction(m_database.connection());
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto copy = create(content.toolId, content.lensId, content.author);
    if (!copy)
        return copy.error();
    if (auto stored = update(copy->id, copy->revision, content); !stored)
        return stored.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return *find(copy->id);
}

std::optional<Draft> DraftStore::find(const QString& id) const
{
    auto q = query(m_database.connection(),
                   QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM drafts WHERE id = ?"), {id});
    if (q && q->next())
        return readDraft(q.value());
    return std::nullopt;
}

QList<Draft> DraftStore::list() const
{
    QList<Draft> drafts;
    auto q = query(m_database.connection(), QStringLiteral("SELECT ") + columns +
                                                QStringLiteral(" FROM drafts ORDER BY updated_at DESC, id"));
    while (q && q->next())
        drafts << readDraft(q.value());
    return drafts;
}

Result<bool> DraftStore::update(const QString& id, int revision, const Draft& content)
{
    QVariantList bindings = values(content);
    bindings << now() << id << revision;
    // Editing a queued or rejected draft makes it a draft again: it must be validated anew.
    auto updated = query(
        m_database.connection(),
        QStringLiteral("UPDATE drafts SET tool_id = ?, lens_id = ?, custom_lens = ?, verdict = ?, fields = ?,"
                       " text = ?, author = ?, cursor_position = ?, cursor_field = ?, updated_at = ?,"
                       " revision = revision + 1,"
                       " state = CASE WHEN state = 'published' THEN state ELSE 'draft' END"
                       " WHERE id = ? AND revision = ?"),
        bindings);
    if (!updated)
        return updated.error();
    return updated->numRowsAffected() > 0;
}

Result<DraftStore::Saved> DraftStore::save(const Draft& draft)
{
    Transaction transaction(m_database.connection());
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto updated = update(draft.id, draft.revision, draft);
    if (!updated)
        return updated.error();
    Saved saved;
    if (!updated.value()) {
        if (!find(draft.id))
            return Error{tr("This draft was discarded elsewhere; save it as a new draft."),
                         Error::Kind::Conflict};
        // Someone saved this draft since we read it: keep both, never overwrite.
        auto copy = createCopy(draft);
        if (!copy)
            return copy.error();
        saved.conflict = true;
        saved.originalId = draft.id;
        saved.draft = copy.value();
    } else {
        saved.draft = *find(draft.id);
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return saved;
}

Result<void> DraftStore::discard(const QString& id)
{
    auto removed = query(m_database.connection(), QStringLiteral("DELETE FROM drafts WHERE id = ?"), {id});
    if (!removed)
        return removed.error();
    return {};
}

Result<void> DraftStore::queue(const QString& id)
{
    auto queued =
        query(m_database.connection(),
              QStringLiteral("UPDATE drafts SET state = 'queued', idempotency_key = ?, last_error = '',"
                             " updated_at = ? WHERE id = ?"),
              {newKey(), now(), id});
    if (!queued)
        return queued.error();
    return {};
}

Result<void> DraftStore::markPublished(const QString& id, const QString& idempotencyKey,
                                       const QString& publishedId)
{
    auto marked =
        query(m_database.connection(),
              QStringLiteral("UPDATE drafts SET state = 'published', published_id = ?, updated_at = ?"
                             " WHERE id = ? AND idempotency_key = ? AND state = 'queued'"),
              {publishedId, now(), id, idempotencyKey});
    if (!marked)
        return marked.error();
    return {};
}

Result<void> DraftStore::markRejected(const QString& id, const QString& idempotencyKey, const QString& reason)
{
    auto marked = query(m_database.connection(),
                        QStringLiteral("UPDATE drafts SET state = 'rejected', last_error = ?, updated_at = ?"
                                       " WHERE id = ? AND idempotency_key = ? AND state = 'queued'"),
                        {reason, now(), id, idempotencyKey});
    if (!marked)
        return marked.error();
    return {};
}

} // namespace sos
