-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 7: a large catalog. A feed applied in bulk refreshes the search index once per changed tool, at its end,
-- instead of once per row (a tool's index row holds all its review texts: with a refresh per review,
-- a tool of four reviews was indexed five times). While search_stale holds the marker row (tool_pk 0),
-- the triggers only note which tools changed; Store::applyFeed then re-indexes those and empties it.
-- Outside an apply the triggers keep the index in step row by row, as before.

CREATE TABLE search_stale (
    tool_pk INTEGER PRIMARY KEY
);

-- The index again, now with prefix indexes of one and two characters: the first keystrokes of a
-- search ("s*", "mi*") match thousands of terms, and merging their lists took most of a keystroke's
-- time at 10,000 tools.
DROP TABLE tool_search;
CREATE VIRTUAL TABLE tool_search USING fts5 (
    name, tagline, description, reviews,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2'
);
INSERT INTO tool_search (rowid, name, tagline, description, reviews)
SELECT t.pk, t.name, t.tagline, t.description,
       coalesce((SELECT group_concat(r.text, ' ') FROM reviews r WHERE r.tool_pk = t.pk), '')
FROM tools t;

-- The facet columns together: counting a facet reads this index, not the tools' long texts.
CREATE INDEX tools_facets ON tools (category, pricing, license, deployment);

DROP TRIGGER tools_search_insert;
DROP TRIGGER tools_search_update;
DROP TRIGGER reviews_search_insert;
DROP TRIGGER reviews_search_update;
DROP TRIGGER reviews_search_delete;

CREATE TRIGGER tools_search_insert AFTER INSERT ON tools
WHEN NOT EXISTS (SELECT 1 FROM search_stale WHERE tool_pk = 0) BEGIN
    INSERT INTO tool_search (rowid, name, tagline, description, reviews)
    VALUES (new.pk, new.name, new.tagline, new.description, '');
END;

CREATE TRIGGER tools_search_update AFTER UPDATE OF name, tagline, description ON tools
WHEN NOT EXISTS (SELECT 1 FROM search_stale WHERE tool_pk = 0) BEGIN
    UPDATE tool_search SET name = new.name, tagline = new.tagline, description = new.description
    WHERE rowid = new.pk;
END;

CREATE TRIGGER reviews_search_insert AFTER INSERT ON reviews
WHEN NOT EXISTS (SELECT 1 FROM search_stale WHERE tool_pk = 0) BEGIN
    UPDATE tool_search
    SET reviews = coalesce((SELECT group_concat(r.text, ' ') FROM reviews r WHERE r.tool_pk = new.tool_pk), '')
    WHERE rowid = new.tool_pk;
END;

CREATE TRIGGER reviews_search_update AFTER UPDATE OF text, tool_pk ON reviews
WHEN NOT EXISTS (SELECT 1 FROM search_stale WHERE tool_pk = 0) BEGIN
    UPDATE tool_search
    SET reviews = coalesce((SELECT group_concat(r.text, ' ') FROM reviews r WHERE r.tool_pk = old.tool_pk), '')
    WHERE rowid = old.tool_pk;
    UPDATE tool_search
    SET reviews = coalesce((SELECT group_concat(r.text, ' ') FROM reviews r WHERE r.tool_pk = new.tool_pk), '')
    WHERE rowid = new.tool_pk;
END;

CREATE TRIGGER reviews_search_delete AFTER DELETE ON reviews
WHEN NOT EXISTS (SELECT 1 FROM search_stale WHERE tool_pk = 0) BEGIN
    UPDATE tool_search
    SET reviews = coalesce((SELECT group_concat(r.text, ' ') FROM reviews r WHERE r.tool_pk = old.tool_pk), '')
    WHERE rowid = old.tool_pk;
END;

-- Deferred: note the tool.
CREATE TRIGGER tools_search_insert_deferred AFTER INSERT ON tools
WHEN EXISTS (SELECT 1 FROM search_stale WHERE tool_pk = 0) BEGIN
    INSERT OR IGNORE INTO search_stale (tool_pk) VALUES (new.pk);
END;

CREATE TRIGGER tools_search_update_deferred AFTER UPDATE OF name, tagline, description ON tools
WHEN EXISTS (SELECT 1 FROM search_stale WHERE tool_pk = 0) BEGIN
    INSERT OR IGNORE INTO search_stale (tool_pk) VALUES (new.pk);
END;

CREATE TRIGGER reviews_search_insert_deferred AFTER INSERT ON reviews
WHEN EXISTS (SELECT 1 FROM search_stale WHERE tool_pk = 0) BEGIN
    INSERT OR IGNORE INTO search_stale (tool_pk) VALUES (new.tool_pk);
END;

CREATE TRIGGER reviews_search_update_deferred AFTER UPDATE OF text, tool_pk ON reviews
WHEN EXISTS (SELECT 1 FROM search_stale WHERE tool_pk = 0) BEGIN
    INSERT OR IGNORE INTO search_stale (tool_pk) VALUES (old.tool_pk);
    INSERT OR IGNORE INTO search_stale (tool_pk) VALUES (new.tool_pk);
END;

CREATE TRIGGER reviews_search_delete_deferred AFTER DELETE ON reviews
WHEN EXISTS (SELECT 1 FROM search_stale WHERE tool_pk = 0) BEGIN
    INSERT OR IGNORE INTO search_stale (tool_pk) VALUES (old.tool_pk);
END;
