-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 2: full-text search over tool names, taglines, descriptions and review texts.
-- The index row of a tool has the tool's key as its rowid; triggers keep it in step with the tables.

CREATE VIRTUAL TABLE tool_search USING fts5 (
    name, tagline, description, reviews,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO tool_search (rowid, name, tagline, description, reviews)
SELECT t.pk, t.name, t.tagline, t.description,
       coalesce((SELECT group_concat(r.text, ' ') FROM reviews r WHERE r.tool_pk = t.pk), '')
FROM tools t;

CREATE TRIGGER tools_search_insert AFTER INSERT ON tools BEGIN
    INSERT INTO tool_search (rowid, name, tagline, description, reviews)
    VALUES (new.pk, new.name, new.tagline, new.description, '');
END;

CREATE TRIGGER tools_search_update AFTER UPDATE OF name, tagline, description ON tools BEGIN
    UPDATE tool_search SET name = new.name, tagline = new.tagline, description = new.description
    WHERE rowid = new.pk;
END;

CREATE TRIGGER tools_search_delete AFTER DELETE ON tools BEGIN
    DELETE FROM tool_search WHERE rowid = old.pk;
END;

CREATE TRIGGER reviews_search_insert AFTER INSERT ON reviews BEGIN
    UPDATE tool_search
    SET reviews = coalesce((SELECT group_concat(r.text, ' ') FROM reviews r WHERE r.tool_pk = new.tool_pk), '')
    WHERE rowid = new.tool_pk;
END;

CREATE TRIGGER reviews_search_update AFTER UPDATE OF text, tool_pk ON reviews BEGIN
    UPDATE tool_search
    SET reviews = coalesce((SELECT group_concat(r.text, ' ') FROM reviews r WHERE r.tool_pk = old.tool_pk), '')
    WHERE rowid = old.tool_pk;
    UPDATE tool_search
    SET reviews = coalesce((SELECT group_concat(r.text, ' ') FROM reviews r WHERE r.tool_pk = new.tool_pk), '')
    WHERE rowid = new.tool_pk;
END;

CREATE TRIGGER reviews_search_delete AFTER DELETE ON reviews BEGIN
    UPDATE tool_search
    SET reviews = coalesce((SELECT group_concat(r.text, ' ') FROM reviews r WHERE r.tool_pk = old.tool_pk), '')
    WHERE rowid = old.tool_pk;
END;
