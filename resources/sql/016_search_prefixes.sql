-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 16: the search index keeps the prefixes of three and four characters too (issue #19).
--
-- A prefix FTS5 has no index of is read by merging the entries of every word that starts with it: at
-- the bench's size L (100,007 tools) "the*" took 24 ms and "cont*" 28 ms to count in the sqlite3
-- shell, against 3 ms and 2 ms with prefix = '1 2 3 4'; from five characters on, few words share a
-- prefix and merging them is cheap (5 ms). Searching as you type reads such prefixes at every
-- keystroke. The index grows and takes longer to build (after a sync, in the background steps of
-- SearchIndex); what is typed is answered at once.
--
-- Rebuilt here from the tools as they are (the index has external content: tool_search_source), so
-- every tool is indexed afresh and none waits. At L this takes tens of seconds, once. A sync's shadow
-- index is made from this table's own statement, so it keeps the prefixes.

DROP TABLE tool_search;
CREATE VIRTUAL TABLE tool_search USING fts5 (
    name, tagline, description, reviews,
    content = 'tool_search_source', content_rowid = 'pk',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3 4'
);
INSERT INTO tool_search (tool_search, rank) VALUES ('automerge', 16);
INSERT INTO tool_search (tool_search, rank) VALUES ('crisismerge', 64);
INSERT INTO tool_search (tool_search) VALUES ('rebuild');
DELETE FROM search_unindexed;
DELETE FROM search_stale;
