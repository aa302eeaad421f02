-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 11: the search index merges its segments less eagerly (issue #17).
--
-- FTS5 writes each transaction's entries as a new segment and, by default, merges segments as soon as
-- four of one size exist (automerge 4). A sync builds the index in many short steps so that other
-- writers never wait long; with automerge 4 those merges made the build of L's index about 1.5 times
-- as slow as one 'rebuild' (24.7 s against 15 s here, the sqlite3 shell), with 16 it is as fast
-- (16.2 s), and a search over the resulting segments took the same time (bench/README.md). The
-- setting lives in the index's own config table; a sync's shadow index carries it over (SyncApply).

INSERT INTO tool_search (tool_search, rank) VALUES ('automerge', 16);
