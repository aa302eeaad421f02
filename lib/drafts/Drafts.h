// SPDX-License-Identifier: GPL-3.0-or-later
// Reviewers' scorecard drafts: stored in the SQLite store as they are typed, never lost, never
// silently overwritten, exported to and imported from Markdown, validated before they are published
// through the sync (the feed's POST /v1/scorecards).
#pragma once

#include <base/Result.h>
#include <domain/Draft.h>
#include <store/DraftStore.h>

#include <QCoreApplication>
#include <QList>
#include <QMap>

namespace sos {

class Store;

// The guiding prompts of a lens: optional structured fields, as the panel writes them.
struct Prompt
{
    QString id;
    QString label;
};
QList<Prompt> promptsForLens(const QString& lensId);

struct DraftProblem
{
    QString field; // "lens", "verdict", "text", "author", or a prompt id
    QString message;
};

class Drafts final
{
    Q_DECLARE_TR_FUNCTIONS(sos::Drafts)

public:
    static constexpr int minimumTextLength = 40; // the feed's limits
    static constexpr int maximumTextLength = 8000;
    static constexpr const char* customLensId = "custom";

    explicit Drafts(Store& store);

    Result<Draft> create(const QString& toolId, const QString& lensId, const QString& author = {});
    std::optional<Draft> find(const QString& id) const;
    QList<Draft> list() const; // newest first

    using Saved = DraftStore::Saved;
    // Saves a draft read at draft.revision. If the stored draft moved on since (another window or
    // instance saved it), nothing is overwritten: this version is stored as a copy and both remain.
    Result<Saved> save(const Draft& draft);
    Result<Draft> duplicate(const QString& id);
    // A new draft holding everything of content but its id, revision and state: an imported draft, or
    // what an editor showed of a draft discarded elsewhere meanwhile.
    Result<Draft> createCopy(const Draft& content);
    Result<void> discard(const QString& id);

    // The scorecard as the feed receives it and the comparison view shows it: each answered guiding
    // prompt under its label, then the free text.
    static QString publishedText(const Draft& draft);
    // The lens id the feed gets: a panel lens's id, or "custom-" and a slug of the custom lens name.
    static QString feedLensId(const Draft& draft);
    // The lens's display name for a custom lens, empty for a panel lens.
    static QString feedLensName(const Draft& draft);

    static QList<DraftProblem> validate(const Draft& draft);
    // Validates and queues the draft for the next sync; the problems when it is not valid.
    Result<Draft> queueForPublishing(const QString& id, QList<DraftProblem>* problems = nullptr);
    QList<Draft> queued() const;
    Result<void> markPublished(const QString& id, const QString& idempotencyKey, const QString& publishedId);
    Result<void> markRejected(const QString& id, const QString& idempotencyKey, const QString& reason);

    // Front matter, then one "## " section per prompt and the text. A line of a section that starts
    // like a heading is written with one more backslash in front ("\## "), which reading takes off.
    static QString toMarkdown(const Draft& draft);
    // Reads a draft back from toMarkdown()'s format; what it cannot read is an error, never a silent
    // loss. A draft it returns, written with toMarkdown, reads back the same (fuzz_draftmarkdown).
    static Result<Draft> fromMarkdown(const QString& markdown);

private:
    DraftStore& m_rows;
};

} // namespace sos
