-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 14: names sort naturally, numbers by value ("Chat 9" < "Chat 10" < "Chat 104.9"), case
-- insensitively (issue #19).
--
-- tools.name_key holds the key a name sorts by (lib/base/TextMatch's naturalSortKey, written with the
-- name by RecordWriter); plain text compared as SQLite's BINARY, so that the index tools_name_key gives
-- a whole catalog's name order without sorting it, and any SQLite client can still write tools (a row
-- written without the key sorts first until the feed writes it again). tools_name stays for lookups by
-- name. This migration fills the key through the SQL function sos_name_key, which Database registers
-- on its connection for the migrations only.
--
-- A sync interrupted before this version made its shadow tables without the column: it starts over.

DROP TABLE IF EXISTS sync_next_lenses;
DROP TABLE IF EXISTS sync_next_tools;
DROP TABLE IF EXISTS sync_next_reviews;
DROP TABLE IF EXISTS sync_next_comparisons;
DROP TABLE IF EXISTS sync_next_comparison_tools;
DROP TABLE IF EXISTS sync_next_vote_tallies;
DROP TABLE IF EXISTS sync_next_tally_history;
DROP TABLE IF EXISTS sync_next_tool_figures;
DROP TABLE IF EXISTS sync_next_search_stale;
DROP TABLE IF EXISTS sync_next_tool_search;
DROP TABLE IF EXISTS sync_next_parked;
DROP TABLE IF EXISTS sync_next_changes;
DELETE FROM sync_state;

ALTER TABLE tools ADD COLUMN name_key TEXT;
UPDATE tools SET name_key = sos_name_key(name);
CREATE INDEX tools_name_key ON tools (name_key);

DROP VIEW tool_summary;
CREATE VIEW tool_summary AS
SELECT t.pk, t.id, t.name, t.vendor, t.category, t.tagline, t.pricing, t.license, t.deployment,
       t.parameter_sizes, t.updated_at,
       coalesce(f.panel_ships, 0) AS panel_ships,
       coalesce(f.panel_reviews, 0) AS panel_reviews,
       coalesce(f.community_votes, 0) AS community_votes,
       coalesce(f.community_total, 0) AS community_total,
       t.name_key
FROM tools t LEFT JOIN tool_figures f ON f.tool_pk = t.pk;
