// SPDX-License-Identifier: GPL-3.0-or-later
#include "Drafts.h"

#include <store/Store.h>

#include <QCoreApplication>
#include <QRegularExpression>

namespace sos {

namespace {

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
    : m_rows(store.drafts())
{}

Result<Draft> Drafts::create(const QString& toolId, const QString& lensId, const QString& author)
{
    return m_rows.create(toolId, lensId, author);
}

std::optional<Draft> Drafts::find(const QString& id) const
{
    return m_rows.find(id);
}

QList<Draft> Drafts::list() const
{
    return m_rows.list();
}

Result<Drafts::Saved> Drafts::save(const Draft& draft)
{
    return m_rows.save(draft);
}

Result<Draft> Drafts::duplicate(const QString& id)
{
    const auto original = find(id);
    if (!original)
        return Error{tr("There is no such draft."), Error::Kind::NotFound};
    return m_rows.createCopy(*original);
}

Result<Draft> Drafts::createCopy(const Draft& content)
{
    return m_rows.createCopy(content);
}

Result<void> Drafts::discard(const QString& id)
{
    return m_rows.discard(id);
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
        return Error{tr("There is no such draft."), Error::Kind::NotFound};
    const QList<DraftProblem> found = validate(*draft);
    if (problems)
        *problems = found;
    if (!found.isEmpty())
        return Error{tr("The draft is not ready: %1").arg(found.first().message)};
    if (auto queued = m_rows.queue(id); !queued)
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
    return m_rows.markPublished(id, idempotencyKey, publishedId);
}

Result<void> Drafts::markRejected(const QString& id, const QString& idempotencyKey, const QString& reason)
{
    return m_rows.markRejected(id, idempotencyKey, reason);
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
