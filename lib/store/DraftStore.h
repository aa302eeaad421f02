// SPDX-License-Identifier: GPL-3.0-or-later
// The drafts table: every SQL statement of scorecard drafts. A save names the revision it was read at
// and never overwrites a newer one: a save from an older revision (another window or app instance
// saved first) is stored as a new draft, so both versions survive. What a draft must hold to be
// published, and its Markdown form, are lib/drafts' (Drafts).
#pragma once

#include <base/Result.h>
#include <domain/Draft.h>

#include <QCoreApplication>

namespace sos {

class Database;

class DraftStore final
{
    // The texts are the drafts' own, translated where the drafts' other texts are.
    Q_DECLARE_TR_FUNCTIONS(sos::Drafts)

public:
    explicit DraftStore(Database& database);

    struct Saved
    {
        Draft draft;           // as stored now (its new revision)
        bool conflict = false; // someone else saved first: this version was kept as a new draft
        QString originalId;    // the draft the conflicting save was meant for
    };

    // A new empty draft of a tool and lens, with a new id, at revision 0.
    Result<Draft> create(const QString& toolId, const QString& lensId, const QString& author);
    // A new draft holding everything of content but its id, revision and state.
    Result<Draft> createCopy(const Draft& content);
    std::optional<Draft> find(const QString& id) const;
    QList<Draft> list() const; // newest first
    // Saves a draft read at draft.revision; see the class comment for what a conflict does.
    Result<Saved> save(const Draft& draft);
    Result<void> discard(const QString& id);

    // The publishing states: queued with a fresh idempotency key, then published or rejected for that
    // key only (a later edit and queue makes an older answer count for nothing).
    Result<void> queue(const QString& id);
    Result<void> markPublished(const QString& id, const QString& idempotencyKey, const QString& publishedId);
    Result<void> markRejected(const QString& id, const QString& idempotencyKey, const QString& reason);

private:
    // Stores content's fields in the draft id read at revision; whether a row was at that revision.
    Result<bool> update(const QString& id, int revision, const Draft& content);

    Database& m_database;
};

} // namespace sos
