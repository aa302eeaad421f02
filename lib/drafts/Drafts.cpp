// SPDX-License-Identifier: GPL-3.0-or-later
#include "Drafts.h"

#include <store/Database.h>
#include <store/Store.h>
#include <store/Transaction.h>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace sos {

namespace {

QString now()
{
    return timestampToString(QDateTime::currentDateTimeUtc());
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

// In the Markdown file a section's line that starts like a heading (any backslashes, then "## ") gets
// one more backslash, which reading takes off again: the draft's own "## " lines stay in their section
// instead of starting a new one. Markdown shows "\## " as the text "## ".
enum class HeadingLines
{
    Escape,
    Unescape
};

QString headingLines(HeadingLines direction, const QString& content)
{
    QStringList lines = content.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        qsizetype backslashes = 0;
        while (backslashes < line.size() && line.at(backslashes) == QLatin1Char('\\'))
            ++backslashes;
        if (!QStringView(line).mid(backslashes).startsWith(QLatin1String("## ")))
            continue;
        if (direction == HeadingLines::Escape)
            line.prepend(QLatin1Char('\\'));
        else if (backslashes > 0)
            line.remove(0, 1);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

int Draft::wordCount() const
{
    static const QRegularExpression words(QStringLiteral("[\\p{L}\\p{N}][\\p{L}\\p{N}'\\-]*"));
    int count = 0;
    QStringList parts = fields.values();
    parts << text;
    for (const QString& part : parts) {
        auto it = words.globalMatch(part);
        while (it.hasNext()) {
            it.next();
            ++count;
        }
    }
    return count;
}

QList<Prompt> promptsForLens(const QString& lensId)
{
    if (lensId == QLatin1String("developer-experience"))
        return {{QStringLiteral("primitive"), Drafts::tr("What you integrate")},
                {QStringLiteral("dxBet"), Drafts::tr("The developer-experience bet")},
                {QStringLiteral("firstRun"), Drafts::tr("The first hands-on run")}};
    if (lensId == QLatin1String("competitive-skeptic"))
        return {{QStringLiteral("competitors"), Drafts::tr("Direct competitors")},
                {QStringLiteral("breaks"), Drafts::tr("Where it breaks")},
                {QStringLiteral("threat"), Drafts::tr("What could make it irrelevant within a year")}};
    if (lensId == QLatin1String("futurist"))
        return {{QStringLiteral("thesis"), Drafts::tr("The bet about the future")},
                {QStringLiteral("secondOrder"), Drafts::tr("The knock-on effect if it wins")},
                {QStringLiteral("timing"), Drafts::tr("Early, on time or late")}};
    if (lensId == QLatin1String("buyer"))
        return {{QStringLiteral("whoBuys"), Drafts::tr("Who pays for it")},
                {QStringLiteral("moat"), Drafts::tr("What defends its position")},
                {QStringLiteral("business"), Drafts::tr("Ship or skip as a business")}};
    return {};
}

Drafts::Drafts(Store& store)
    : m_store(store)
{}

Result<Draft> Drafts::create(const QString& toolId, const QString& lensId, const QString& author)
{
    Draft draft;
    draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    draft.toolId = toolId;
    draft.lensId = lensId;
    draft.author = author;
    const QString stamp = now();
    QVariantList bindings{draft.id};
    bindings += values(draft);
    bindings << stamp << stamp;
    auto inserted = query(
        m_store.database().connection(),
        QStringLiteral("INSERT INTO drafts (id, tool_id, lens_id, custom_lens, verdict, fields, text, author,"
                       " cursor_position, cursor_field, created_at, updated_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        bindings);
    if (!inserted)
        return inserted.error();
    return *find(draft.id);
}

std::optional<Draft> Drafts::find(const QString& id) const
{
    auto q = query(m_store.database().connection(),
                   QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM drafts WHERE id = ?"), {id});
    if (q && q->next())
        return readDraft(q.value());
    return std::nullopt;
}

QList<Draft> Drafts::list() const
{
    QList<Draft> drafts;
    auto q = query(m_store.database().connection(),
                   QStringLiteral("SELECT ") + columns +
                       QStringLiteral(" FROM drafts ORDER BY updated_at DESC, id"));
    while (q && q->next())
        drafts << readDraft(q.value());
    return drafts;
}

Result<Drafts::Saved> Drafts::save(const Draft& draft)
{
    const QSqlDatabase db = m_store.database().connection();
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    QVariantList bindings = values(draft);
    bindings << now() << draft.id << draft.revision;
    // Editing a queued or rejected draft makes it a draft again: it must be validated anew.
    auto updated = query(
        db,
        QStringLiteral("UPDATE drafts SET tool_id = ?, lens_id = ?, custom_lens = ?, verdict = ?, fields = ?,"
                       " text = ?, author = ?, cursor_position = ?, cursor_field = ?, updated_at = ?,"
                       " revision = revision + 1,"
                       " state = CASE WHEN state = 'published' THEN state ELSE 'draft' END"
                       " WHERE id = ? AND revision = ?"),
        bindings);
    if (!updated)
        return updated.error();
    Saved saved;
    if (updated->numRowsAffected() == 0) {
        if (!find(draft.id))
            return Error{tr("This draft was discarded elsewhere; save it as a new draft.")};
        // Someone saved this draft since we read it: keep both, never overwrite.
        auto copy = create(draft.toolId, draft.lensId, draft.author);
        if (!copy)
            return copy.error();
        Draft conflicting = draft;
        conflicting.id = copy->id;
        conflicting.revision = copy->revision;
        QVariantList copyBindings = values(conflicting);
        copyBindings << now() << conflicting.id << conflicting.revision;
        if (auto stored = query(
                db,
                QStringLiteral("UPDATE drafts SET tool_id = ?, lens_id = ?, custom_lens = ?, verdict = ?,"
                               " fields = ?, text = ?, author = ?, cursor_position = ?, cursor_field = ?,"
                               " updated_at = ?, revision = revision + 1 WHERE id = ? AND revision = ?"),
                copyBindings);
            !stored)
            return stored.error();
        saved.conflict = true;
        saved.originalId = draft.id;
        saved.draft = *find(conflicting.id);
    } else {
        saved.draft = *find(draft.id);
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return saved;
}

Result<Draft> Drafts::duplicate(const QString& id)
{
    const auto original = find(id);
    if (!original)
        return Error{tr("There is no such draft.")};
    auto copy = create(original->toolId, original->lensId, original->author);
    if (!copy)
        return copy.error();
    Draft duplicate = *original;
    duplicate.id = copy->id;
    duplicate.revision = copy->revision;
    auto saved = save(duplicate);
    if (!saved)
        return saved.error();
    return saved->draft;
}

Result<void> Drafts::discard(const QString& id)
{
    auto removed =
        query(m_store.database().connection(), QStringLiteral("DELETE FROM drafts WHERE id = ?"), {id});
    if (!removed)
        return removed.error();
    return {};
}

QString Drafts::publishedText(const Draft& draft)
{
    QString text;
    for (const Prompt& prompt : promptsForLens(draft.lensId)) {
        const QString answer = draft.fields.value(prompt.id).trimmed();
        if (!answer.isEmpty())
            text += prompt.label + QStringLiteral(": ") + answer + QStringLiteral("\n\n");
    }
    text += draft.text.trimmed();
    return text;
}

QString Drafts::feedLensId(const Draft& draft)
{
    if (draft.lensId != QLatin1String(customLensId))
        return draft.lensId;
    // Letters and digits of the name, lower case, other runs of characters as one hyphen.
    QString slug;
    for (const QChar c : draft.customLens.trimmed().toLower()) {
        if (c.isLetterOrNumber())
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return QStringLiteral("custom-") + slug.left(60);
}

QString Drafts::feedLensName(const Draft& draft)
{
    return draft.lensId == QLatin1String(customLensId) ? draft.customLens.trimmed() : QString();
}

QList<DraftProblem> Drafts::validate(const Draft& draft)
{
    QList<DraftProblem> problems;
    if (draft.lensId.isEmpty())
        problems << DraftProblem{QStringLiteral("lens"), tr("Choose a lens.")};
    else if (draft.lensId == QLatin1String(customLensId) && feedLensId(draft) == QLatin1String("custom-"))
        problems << DraftProblem{QStringLiteral("lens"), tr("Name the custom lens.")};
    if (!draft.verdict)
        problems << DraftProblem{QStringLiteral("verdict"), tr("Choose ship or skip.")};
    const int length = static_cast<int>(draft.text.trimmed().size());
    if (length < minimumTextLength)
        problems << DraftProblem{
            QStringLiteral("text"),
            tr("Write at least %n character(s) (%L1 so far).", nullptr, minimumTextLength).arg(length)};
    // The limit holds for what the feed receives: the answered prompts and the text together.
    const int published = static_cast<int>(publishedText(draft).size());
    if (published > maximumTextLength)
        problems << DraftProblem{QStringLiteral("text"),
                                 tr("Keep the scorecard to %n character(s), prompts included (%L1 now).",
                                    nullptr, maximumTextLength)
                                     .arg(published)};
    if (draft.author.trimmed().isEmpty())
        problems << DraftProblem{QStringLiteral("author"), tr("Say who wrote it.")};
    return problems;
}

Result<Draft> Drafts::queueForPublishing(const QString& id, QList<DraftProblem>* problems)
{
    const auto draft = find(id);
    if (!draft)
        return Error{tr("There is no such draft.")};
    const QList<DraftProblem> found = validate(*draft);
    if (problems)
        *problems = found;
    if (!found.isEmpty())
        return Error{tr("The draft is not ready: %1").arg(found.first().message)};
    auto queued =
        query(m_store.database().connection(),
              QStringLiteral("UPDATE drafts SET state = 'queued', idempotency_key = ?, last_error = '',"
                             " updated_at = ? WHERE id = ?"),
              {QUuid::createUuid().toString(QUuid::WithoutBraces), now(), id});
    if (!queued)
        return queued.error();
    return *find(id);
}

QList<Draft> Drafts::queued() const
{
    QList<Draft> drafts;
    for (const Draft& draft : list()) {
        if (draft.state == DraftState::Queued)
            drafts << draft;
    }
    return drafts;
}

Result<void> Drafts::markPublished(const QString& id, const QString& idempotencyKey,
                                   const QString& publishedId)
{
    auto marked =
        query(m_store.database().connection(),
              QStringLiteral("UPDATE drafts SET state = 'published', published_id = ?, updated_at = ?"
                             " WHERE id = ? AND idempotency_key = ? AND state = 'queued'"),
              {publishedId, now(), id, idempotencyKey});
    if (!marked)
        return marked.error();
    return {};
}

Result<void> Drafts::markRejected(const QString& id, const QString& idempotencyKey, const QString& reason)
{
    auto marked = query(m_store.database().connection(),
                        QStringLiteral("UPDATE drafts SET state = 'rejected', last_error = ?, updated_at = ?"
                                       " WHERE id = ? AND idempotency_key = ? AND state = 'queued'"),
                        {reason, now(), id, idempotencyKey});
    if (!marked)
        return marked.error();
    return {};
}

QString Drafts::toMarkdown(const Draft& draft)
{
    QString markdown = QStringLiteral("---\n");
    markdown += QStringLiteral("tool: %1\n").arg(draft.toolId);
    markdown += QStringLiteral("lens: %1\n").arg(draft.lensId);
    if (!draft.customLens.isEmpty())
        markdown += QStringLiteral("custom-lens: %1\n").arg(draft.customLens);
    markdown += QStringLiteral("verdict: %1\n").arg(draft.verdict ? enumName(*draft.verdict) : QString());
    markdown += QStringLiteral("author: %1\n").arg(draft.author);
    markdown += QStringLiteral("---\n");
    for (auto it = draft.fields.begin(); it != draft.fields.end(); ++it)
        markdown +=
            QStringLiteral("\n## %1\n\n%2\n").arg(it.key(), headingLines(HeadingLines::Escape, it.value()));
    markdown += QStringLiteral("\n## text\n\n%1\n").arg(headingLines(HeadingLines::Escape, draft.text));
    return markdown;
}

Result<Draft> Drafts::fromMarkdown(const QString& markdown)
{
    QString source = markdown;
    // Windows line endings, also doubled ones ("\r\r\n", as a second conversion leaves them).
    static const QRegularExpression lineEnd(QStringLiteral("\r+\n"));
    source.replace(lineEnd, QStringLiteral("\n"));
    if (!source.startsWith(QLatin1String("---\n")))
        return Error{tr("This is not a ShipOrSkip draft: it does not start with a --- header.")};
    const qsizetype headerEnd = source.indexOf(QLatin1String("\n---\n"), 3);
    if (headerEnd < 0)
        return Error{tr("The draft's --- header is not closed.")};
    Draft draft;
    for (const QString& line : source.mid(4, headerEnd - 4).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon < 0)
            return Error{tr("The header line \"%1\" has no \"key: value\".").arg(line)};
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (key == QLatin1String("tool"))
            draft.toolId = value;
        else if (key == QLatin1String("lens"))
            draft.lensId = value;
        else if (key == QLatin1String("custom-lens"))
            draft.customLens = value;
        else if (key == QLatin1String("verdict")) {
            draft.verdict = enumFromName<Verdict>(value);
            if (!value.isEmpty() && !draft.verdict)
                return Error{tr("The verdict must be ship or skip, not \"%1\".").arg(value)};
        } else if (key == QLatin1String("author"))
            draft.author = value;
        else
            return Error{tr("Unknown header field \"%1\".").arg(key)};
    }
    if (draft.toolId.isEmpty())
        return Error{tr("The draft names no tool.")};
    // Sections: "## id" then the section's text up to the next "## " line.
    const QString body = source.mid(headerEnd + 5);
    static const QRegularExpression heading(QStringLiteral("^## (\\S+)\\n"),
                                            QRegularExpression::MultilineOption);
    struct Section
    {
        QString id;
        qsizetype headingStart; // where the "## id" line starts
        qsizetype contentStart; // just after it
    };
    QList<Section> sections;
    auto it = heading.globalMatch(body);
    while (it.hasNext()) {
        const auto match = it.next();
        sections.append({match.captured(1), match.capturedStart(), match.capturedEnd()});
    }
    for (qsizetype i = 0; i < sections.size(); ++i) {
        // A section ends where the next heading starts (not at an earlier "\n## " in between).
        const qsizetype end = i + 1 < sections.size() ? sections.at(i + 1).headingStart : body.size();
        const qsizetype start = sections.at(i).contentStart;
        const QString content = headingLines(HeadingLines::Unescape, body.mid(start, end - start).trimmed());
        if (sections.at(i).id == QLatin1String("text"))
            draft.text = content;
        else
            draft.fields.insert(sections.at(i).id, content);
    }
    return draft;
}

} // namespace sos
