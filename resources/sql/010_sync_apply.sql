-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 10: the sync's new apply (issue #17, docs/ARCHITECTURE.md "The sync's apply").
--
-- 1. No more raw pages staged: a full sync writes each page's records into shadow tables as it arrives
--    (lib/store/SyncApply), with its position in sync_state, and publishes them by renaming the shadows
--    into place. sync_staging goes.
-- 2. The search index keeps no second copy of the text: it is an FTS5 index with external content,
--    the view tool_search_source (a tool's name, tagline, description and its reviews' texts). An
--    external-content index must be told what it indexed when a row leaves it, so the first time a
--    tool's text changes, the text it was indexed with is kept in search_unindexed (the BEFORE
--    triggers) and the tool waits in search_stale. SearchIndex takes it out of the index with that
--    text and puts it back with the new, after the write (a few hundred tools a step: telling FTS5 a
--    tool left costs about as much as indexing it, a millisecond here, too long for a sync's
--    transaction). search_stale now means: tools whose entry in the index is missing or out of date;
--    searches also look at their names meanwhile (ToolQuery).

DROP TABLE sync_staging;

CREATE TABLE sync_state (
    id        INTEGER PRIMARY KEY CHECK (id = 1), -- one sync in progress at most
    feed_url  TEXT NOT NULL,
    since     TEXT NOT NULL,
    next_url  TEXT NOT NULL DEFAULT '',           -- the page to fetch next; empty after the last one
    cursor    TEXT NOT NULL DEFAULT '',
    etag      TEXT NOT NULL DEFAULT '',
    pages     INTEGER NOT NULL DEFAULT 0,
    records   INTEGER NOT NULL DEFAULT 0,
    added     INTEGER NOT NULL DEFAULT 0,
    updated   INTEGER NOT NULL DEFAULT 0,
    unchanged INTEGER NOT NULL DEFAULT 0,
    deleted   INTEGER NOT NULL DEFAULT 0,
    copied    INTEGER NOT NULL DEFAULT 0,         -- the visible catalog is copied into the shadows
    complete  INTEGER NOT NULL DEFAULT 0,         -- the last page is written
    figures_up_to INTEGER NOT NULL DEFAULT 0,     -- the tools whose derived figures are made, by key
    prepared  INTEGER NOT NULL DEFAULT 0,         -- parked records and derived figures done
    started_at TEXT NOT NULL
);

DROP TRIGGER IF EXISTS tools_search_insert;
DROP TRIGGER IF EXISTS tools_search_update;
DROP TRIGGER IF EXISTS tools_search_delete;
DROP TRIGGER IF EXISTS reviews_search_insert;
DROP TRIGGER IF EXISTS reviews_search_update;
DROP TRIGGER IF EXISTS reviews_search_delete;
DROP TRIGGER IF EXISTS tools_search_insert_deferred;
DROP TRIGGER IF EXISTS tools_search_update_deferred;
DROP TRIGGER IF EXISTS reviews_search_insert_deferred;
DROP TRIGGER IF EXISTS reviews_search_update_deferred;
DROP TRIGGER IF EXISTS reviews_search_delete_deferred;
DROP TABLE tool_search;
DELETE FROM search_stale;

CREATE TABLE search_unindexed (
    tool_pk     INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    tagline     TEXT NOT NULL,
    description TEXT NOT NULL,
    reviews     TEXT NOT NULL
);

-- The reviews in the order of their keys: the same text each time it is read, as the index needs.
CREATE VIEW tool_search_source AS
SELECT t.pk AS pk, t.name AS name, t.tagline AS tagline, t.description AS description,
       coalesce((SELECT group_concat(x.text, ' ')
                 FROM (SELECT r.text FROM reviews r WHERE r.tool_pk = t.pk ORDER BY r.pk) x), '') AS reviews
FROM tools t;

CREATE VIRTUAL TABLE tool_search USING fts5 (
    name, tagline, description, reviews,
    content = 'tool_search_source', content_rowid = 'pk',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2'
);
INSERT INTO tool_search (tool_search) VALUES ('rebuild');

CREATE TRIGGER tools_search_insert AFTER INSERT ON tools BEGIN
    INSERT OR IGNORE INTO search_stale (tool_pk) VALUES (new.pk);
END;

CREATE TRIGGER tools_search_update BEFORE UPDATE OF name, tagline, description ON tools
WHEN NOT EXISTS (SELECT 1 FROM search_stale WHERE tool_pk = old.pk) BEGIN
    INSERT INTO search_unindexed (tool_pk, name, tagline, description, reviews)
    SELECT pk, name, tagline, description, reviews FROM tool_search_source WHERE pk = old.pk;
    INSERT INTO search_stale (tool_pk) VALUES (old.pk);
END;

CREATE TRIGGER tools_search_delete BEFORE DELETE ON tools
WHEN NOT EXISTS (SELECT 1 FROM search_stale WHERE tool_pk = old.pk) BEGIN
    INSERT INTO search_unindexed (tool_pk, name, tagline, description, reviews)
    SELECT pk, name, tagline, description, reviews FROM tool_search_source WHERE pk = old.pk;
    INSERT INTO search_stale (tool_pk) VALUES (old.pk);
END;

CREATE TRIGGER reviews_search_insert BEFORE INSERT ON reviews
WHEN NOT EXISTS (SELECT 1 FROM search_stale WHERE tool_pk = new.tool_pk) BEGIN
    INSERT INTO search_unindexed (tool_pk, name, tagline, description, reviews)
    SELECT pk, name, tagline, description, reviews FROM tool_search_source WHERE pk = new.tool_pk;
    INSERT INTO search_stale (tool_pk) VALUES (new.tool_pk);
END;

CREATE TRIGGER reviews_search_update_old BEFORE UPDATE OF text, tool_pk ON reviews
WHEN NOT EXISTS (SELECT 1 FROM search_stale WHERE tool_pk = old.tool_pk) BEGIN
    INSERT INTO search_unindexed (tool_pk, name, tagline, description, reviews)
    SELECT pk, name, tagline, description, reviews FROM tool_search_source WHERE pk = old.tool_pk;
    INSERT INTO search_stale (tool_pk) VALUES (old.tool_pk);
END;

CREATE TRIGGER reviews_search_update_new BEFORE UPDATE OF tool_pk ON reviews
WHEN NOT EXISTS (SELECT 1 FROM search_stale WHERE tool_pk = new.tool_pk) BEGIN
    INSERT INTO search_unindexed (tool_pk, name, tagline, description, reviews)
    SELECT pk, name, tagline, description, reviews FROM tool_search_source WHERE pk = new.tool_pk;
    INSERT INTO search_stale (tool_pk) VALUES (new.tool_pk);
END;

CREATE TRIGGER reviews_search_delete BEFORE DELETE ON reviews
WHEN NOT EXISTS (SELECT 1 FROM search_stale WHERE tool_pk = old.tool_pk) BEGIN
    INSERT INTO search_unindexed (tool_pk, name, tagline, description, reviews)
    SELECT pk, name, tagline, description, reviews FROM tool_search_source WHERE pk = old.tool_pk;
    INSERT INTO search_stale (tool_pk) VALUES (old.tool_pk);
END;
