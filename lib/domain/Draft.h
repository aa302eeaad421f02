// SPDX-License-Identifier: GPL-3.0-or-later
// A reviewer's scorecard draft, as the editor writes it and the store keeps it: a plain value. Its
// validation, Markdown form and publishing are in lib/drafts; its rows in lib/store (DraftStore).
#pragma once

#include <domain/Domain.h>

#include <QMap>

namespace sos {

enum class DraftState
{
    Draft,     // being written
    Queued,    // valid, waiting for the next sync
    Published, // the feed accepted it
    Rejected   // the feed refused it: editable again, with the reason
};
template <>
inline constexpr auto enumNames<DraftState> = std::array{
    std::pair{DraftState::Draft, "draft"},
    std::pair{DraftState::Queued, "queued"},
    std::pair{DraftState::Published, "published"},
    std::pair{DraftState::Rejected, "rejected"},
};

struct Draft
{
    QString id;
    QString toolId;
    QString lensId;     // a panel lens id, or "custom"
    QString customLens; // the name of a custom lens
    std::optional<Verdict> verdict;
    QMap<QString, QString> fields; // guiding prompt id -> answer
    QString text;
    QString author;
    int cursorPosition = 0;
    QString cursorField = QStringLiteral("text"); // "text", or the prompt id that had the cursor
    int revision = 0;                             // the stored revision this draft was read at
    DraftState state = DraftState::Draft;
    QString idempotencyKey;
    QString lastError;
    QString publishedId;
    QDateTime createdAt;
    QDateTime updatedAt;

    int wordCount() const;
};

} // namespace sos
