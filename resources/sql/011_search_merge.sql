-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 11: the search index merges its segments less eagerly (issue #17).
--
-- FTS5 writes each transaction's entries as a new segment and, by default, starts merging segments of
-- one size once four exist (automerge 4), and merges them all at once, in the writer's transaction,
-- once sixteen exist (crisismerge 16). A sync builds the index in many short steps so that other
-- writers never wait long. Measured here on L's index built 2,000 tools a step (the sqlite3 shell's
-- 'rebuild' of it: about 12 to 15 s): automerge 4, 16.5 s; automerge 16, 14.4 s but one step of 4.1 s
-- (a crisis merge); automerge 16 with crisismerge 64, 11.4 s and no step over 410 ms (1,000 tools a
-- step: 12.3 s, 230 ms at most). Searches over the resulting segments took the same time. The
-- settings live in the index's own config table; a sync's shadow index carries them over (SyncApply).

INSERT INTO tool_search (tool_search, rank) VALUES ('automerge', 16);
INSERT INTO tool_search (tool_search, rank) VALUES ('crisismerge', 64);
