-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 8: a tool's panel and community figures stored, not computed per query. Counting a facet or
-- sorting by panel or community over 100,000 tools evaluated four correlated subqueries per tool
-- (issue #8); tool_summary now reads one row of tool_figures per tool instead.
--
-- The triggers below keep every row equal to what the subqueries of version 1 computed:
--   panel_ships     = count of the tool's reviews with verdict 'ship'
--   panel_reviews   = count of the tool's reviews
--   community_votes = sum of the tool's own vote tallies, in any comparison
--   community_total = sum of all the tallies of every comparison the tool belongs to
-- Each trigger adds what one row change adds or takes away, read from the tables as they stand after
-- that row changed, so a statement touching many rows (a cascade, an upsert) stays right row by row.
-- A tool gets its row when it is inserted, computed from the tables (normally all zeros).
-- Not covered: INSERT OR REPLACE into reviews, vote_tallies or comparison_tools. The row it replaces
-- is deleted without firing a delete trigger (recursive_triggers is off), so it would still count.
-- Nothing writes them that way (lib/Store.cpp, server/ServerStore.cpp): use an upsert, or a delete and
-- an insert. (A tool replaced that way is fine: the foreign key deletes its row, and the insert
-- trigger computes the new one.)

CREATE TABLE tool_figures (
    tool_pk         INTEGER PRIMARY KEY REFERENCES tools (pk) ON DELETE CASCADE ON UPDATE CASCADE,
    panel_ships     INTEGER NOT NULL DEFAULT 0,
    panel_reviews   INTEGER NOT NULL DEFAULT 0,
    community_votes INTEGER NOT NULL DEFAULT 0,
    community_total INTEGER NOT NULL DEFAULT 0
);

INSERT INTO tool_figures (tool_pk, panel_ships, panel_reviews, community_votes, community_total)
SELECT t.pk,
       (SELECT count(*) FROM reviews r WHERE r.tool_pk = t.pk AND r.verdict = 'ship'),
       (SELECT count(*) FROM reviews r WHERE r.tool_pk = t.pk),
       (SELECT coalesce(sum(v.votes), 0) FROM vote_tallies v WHERE v.tool_pk = t.pk),
       (SELECT coalesce(sum(v.votes), 0) FROM vote_tallies v
         WHERE v.comparison_pk IN (SELECT ct.comparison_pk FROM comparison_tools ct WHERE ct.tool_pk = t.pk))
FROM tools t;

-- Tools. (A tool's row goes with it: ON DELETE CASCADE, and it follows a change of pk. The trigger
-- deletes and inserts: an outer statement's conflict policy would override an OR REPLACE in it.)
CREATE TRIGGER tools_figures_insert AFTER INSERT ON tools BEGIN
    DELETE FROM tool_figures WHERE tool_pk = new.pk;
    INSERT INTO tool_figures (tool_pk, panel_ships, panel_reviews, community_votes, community_total)
    VALUES (new.pk,
            (SELECT count(*) FROM reviews r WHERE r.tool_pk = new.pk AND r.verdict = 'ship'),
            (SELECT count(*) FROM reviews r WHERE r.tool_pk = new.pk),
            (SELECT coalesce(sum(v.votes), 0) FROM vote_tallies v WHERE v.tool_pk = new.pk),
            (SELECT coalesce(sum(v.votes), 0) FROM vote_tallies v
              WHERE v.comparison_pk IN (SELECT ct.comparison_pk FROM comparison_tools ct
                                        WHERE ct.tool_pk = new.pk)));
END;

-- Reviews: the verdict and the tool may change.
CREATE TRIGGER reviews_figures_insert AFTER INSERT ON reviews BEGIN
    UPDATE tool_figures
    SET panel_ships = panel_ships + (new.verdict = 'ship'), panel_reviews = panel_reviews + 1
    WHERE tool_pk = new.tool_pk;
END;

CREATE TRIGGER reviews_figures_update AFTER UPDATE OF tool_pk, verdict ON reviews BEGIN
    UPDATE tool_figures
    SET panel_ships = panel_ships - (old.verdict = 'ship'), panel_reviews = panel_reviews - 1
    WHERE tool_pk = old.tool_pk;
    UPDATE tool_figures
    SET panel_ships = panel_ships + (new.verdict = 'ship'), panel_reviews = panel_reviews + 1
    WHERE tool_pk = new.tool_pk;
END;

CREATE TRIGGER reviews_figures_delete AFTER DELETE ON reviews BEGIN
    UPDATE tool_figures
    SET panel_ships = panel_ships - (old.verdict = 'ship'), panel_reviews = panel_reviews - 1
    WHERE tool_pk = old.tool_pk;
END;

-- Vote tallies: a tally counts for its own tool's votes, and for the total of every member of its
-- comparison.
CREATE TRIGGER vote_tallies_figures_insert AFTER INSERT ON vote_tallies BEGIN
    UPDATE tool_figures SET community_votes = community_votes + new.votes WHERE tool_pk = new.tool_pk;
    UPDATE tool_figures SET community_total = community_total + new.votes
    WHERE tool_pk IN (SELECT ct.tool_pk FROM comparison_tools ct WHERE ct.comparison_pk = new.comparison_pk);
END;

CREATE TRIGGER vote_tallies_figures_update AFTER UPDATE OF votes, tool_pk, comparison_pk ON vote_tallies BEGIN
    UPDATE tool_figures SET community_votes = community_votes - old.votes WHERE tool_pk = old.tool_pk;
    UPDATE tool_figures SET community_total = community_total - old.votes
    WHERE tool_pk IN (SELECT ct.tool_pk FROM comparison_tools ct WHERE ct.comparison_pk = old.comparison_pk);
    UPDATE tool_figures SET community_votes = community_votes + new.votes WHERE tool_pk = new.tool_pk;
    UPDATE tool_figures SET community_total = community_total + new.votes
    WHERE tool_pk IN (SELECT ct.tool_pk FROM comparison_tools ct WHERE ct.comparison_pk = new.comparison_pk);
END;

CREATE TRIGGER vote_tallies_figures_delete AFTER DELETE ON vote_tallies BEGIN
    UPDATE tool_figures SET community_votes = community_votes - old.votes WHERE tool_pk = old.tool_pk;
    UPDATE tool_figures SET community_total = community_total - old.votes
    WHERE tool_pk IN (SELECT ct.tool_pk FROM comparison_tools ct WHERE ct.comparison_pk = old.comparison_pk);
END;

-- Comparison membership: a tool joining or leaving a comparison gains or loses all its votes.
CREATE TRIGGER comparison_tools_figures_insert AFTER INSERT ON comparison_tools BEGIN
    UPDATE tool_figures
    SET community_total = community_total +
        (SELECT coalesce(sum(v.votes), 0) FROM vote_tallies v WHERE v.comparison_pk = new.comparison_pk)
    WHERE tool_pk = new.tool_pk;
END;

CREATE TRIGGER comparison_tools_figures_update AFTER UPDATE OF comparison_pk, tool_pk ON comparison_tools BEGIN
    UPDATE tool_figures
    SET community_total = community_total -
        (SELECT coalesce(sum(v.votes), 0) FROM vote_tallies v WHERE v.comparison_pk = old.comparison_pk)
    WHERE tool_pk = old.tool_pk;
    UPDATE tool_figures
    SET community_total = community_total +
        (SELECT coalesce(sum(v.votes), 0) FROM vote_tallies v WHERE v.comparison_pk = new.comparison_pk)
    WHERE tool_pk = new.tool_pk;
END;

CREATE TRIGGER comparison_tools_figures_delete AFTER DELETE ON comparison_tools BEGIN
    UPDATE tool_figures
    SET community_total = community_total -
        (SELECT coalesce(sum(v.votes), 0) FROM vote_tallies v WHERE v.comparison_pk = old.comparison_pk)
    WHERE tool_pk = old.tool_pk;
END;

-- The summing above looks up a comparison's tallies: vote_tallies' key starts with comparison_pk.

-- The same columns with the same meanings as before. A LEFT JOIN on tool_figures' key: a query that
-- reads none of the figures (a facet count of category, say) leaves tool_figures out altogether.
DROP VIEW tool_summary;
CREATE VIEW tool_summary AS
SELECT t.pk, t.id, t.name, t.vendor, t.category, t.tagline, t.pricing, t.license, t.deployment,
       t.parameter_sizes, t.updated_at,
       coalesce(f.panel_ships, 0) AS panel_ships,
       coalesce(f.panel_reviews, 0) AS panel_reviews,
       coalesce(f.community_votes, 0) AS community_votes,
       coalesce(f.community_total, 0) AS community_total
FROM tools t LEFT JOIN tool_figures f ON f.tool_pk = t.pk;
