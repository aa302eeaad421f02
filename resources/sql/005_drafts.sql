-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 5: reviewers' scorecard drafts, and their way to the feed.
-- A save names the revision it started from; a save from an older revision is a conflict, and the
-- store keeps both versions instead of overwriting one with the other.
CREATE TABLE drafts (
    id              TEXT PRIMARY KEY NOT NULL,
    tool_id         TEXT NOT NULL,
    lens_id         TEXT NOT NULL,          -- a panel lens id, or "custom"
    custom_lens     TEXT NOT NULL DEFAULT '',
    verdict         TEXT NOT NULL DEFAULT '' CHECK (verdict IN ('', 'ship', 'skip')),
    fields          TEXT NOT NULL DEFAULT '{}', -- the lens's guiding prompts, as a JSON object
    text            TEXT NOT NULL DEFAULT '',
    author          TEXT NOT NULL DEFAULT '',
    cursor_position INTEGER NOT NULL DEFAULT 0,
    revision        INTEGER NOT NULL DEFAULT 1,
    state           TEXT NOT NULL DEFAULT 'draft'
                    CHECK (state IN ('draft', 'queued', 'published', 'rejected')),
    idempotency_key TEXT NOT NULL DEFAULT '',
    last_error      TEXT NOT NULL DEFAULT '',
    published_id    TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX drafts_updated ON drafts (updated_at);
