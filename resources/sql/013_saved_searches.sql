-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 13: saved searches and the shortlist (issue #19, lib/store/SavedSearches.h).
--
-- A saved search keeps what the user typed in the search box as typed (its meaning is the query
-- language's, read when it runs), the facets' selections as a JSON object of arrays keyed by facet name
-- ({"category": ["Coding"], "pricing": ["free"]}; a facet with nothing selected is left out), and the
-- sort with its direction. name_key is the name case-folded: a name is unique whatever its case, in any
-- script (SQLite's NOCASE folds ASCII only).
CREATE TABLE saved_searches (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    name_key   TEXT NOT NULL UNIQUE,
    query      TEXT NOT NULL DEFAULT '',
    facets     TEXT NOT NULL DEFAULT '{}',
    sort       TEXT NOT NULL DEFAULT 'name',
    descending INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- The tools the user put aside to compare, by the feed's id (a tool stays shortlisted when a sync
-- replaces its row, and while it is absent from the catalog), each once, in the order added.
CREATE TABLE shortlist (
    tool_id  TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    added_at TEXT NOT NULL
) WITHOUT ROWID;
