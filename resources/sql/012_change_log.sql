-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 12: what each sync changed, and what the user watches (issue #18, lib/store/ChangeLog.h).
--
-- sync_log has a row per sync that applied a feed; change_log the changes it brought, as data: a tool,
-- comparison or scorecard added, a lens verdict flipped, a panel bucket or a comparison's community
-- leader that changed, a tool's pricing, license or deployment changed. Items are named by the feed's
-- ids, not the local keys: a change outlives a sync that replaces the catalog's rows. A feed's first
-- sync into the store is its baseline: its rows are where the log starts, not changes ("baseline").
-- Both tables are trimmed by age after each sync (the store's changesKeptDays, 180 by default).
-- before and after are text ('' for none); field names the field a change is about.

CREATE TABLE sync_log (
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,
    feed_url TEXT NOT NULL DEFAULT '',
    added    INTEGER NOT NULL DEFAULT 0,
    updated  INTEGER NOT NULL DEFAULT 0,
    deleted  INTEGER NOT NULL DEFAULT 0,
    baseline INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sync_log_at ON sync_log (at);

CREATE TABLE change_log (
    id            INTEGER PRIMARY KEY,
    sync_id       INTEGER NOT NULL REFERENCES sync_log (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('tool-added', 'comparison-added', 'scorecard-added',
                                                'verdict-flipped', 'panel-changed', 'field-changed',
                                                'leader-changed')),
    tool_id       TEXT NOT NULL DEFAULT '',
    comparison_id TEXT NOT NULL DEFAULT '',
    lens_id       TEXT NOT NULL DEFAULT '',
    field         TEXT NOT NULL DEFAULT '',
    before        TEXT NOT NULL DEFAULT '',
    after         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX change_log_sync ON change_log (sync_id);

-- The tools and comparisons the user watches, by the feed's id (a watched item stays watched when a
-- sync replaces its row, and while it is absent from the catalog).
CREATE TABLE watches (
    kind       TEXT NOT NULL CHECK (kind IN ('tool', 'comparison')),
    item_id    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (kind, item_id)
) WITHOUT ROWID;
