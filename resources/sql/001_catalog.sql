-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 1: the catalog. Stable text ids come from the feed; integer keys stay local.
-- Timestamps are ISO 8601 UTC text with milliseconds, so they compare as text.

CREATE TABLE feed_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- The reviewer personas ("lenses") a panel judges through.
CREATE TABLE lenses (
    pk         INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    summary    TEXT NOT NULL DEFAULT '',
    position   INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);

CREATE TABLE tools (
    pk              INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    vendor          TEXT NOT NULL DEFAULT '',
    category        TEXT NOT NULL DEFAULT '',
    tagline         TEXT NOT NULL DEFAULT '',
    description     TEXT NOT NULL DEFAULT '',
    pricing         TEXT NOT NULL CHECK (pricing IN ('Free', 'Paid')),
    pricing_note    TEXT NOT NULL DEFAULT '',
    license         TEXT NOT NULL DEFAULT '',
    deployment      TEXT NOT NULL DEFAULT '',
    parameter_sizes TEXT NOT NULL DEFAULT '', -- comma-separated, e.g. "70B,400B"
    updated_at      TEXT NOT NULL
);
CREATE INDEX tools_name ON tools (name COLLATE NOCASE);
CREATE INDEX tools_category ON tools (category);
CREATE INDEX tools_pricing ON tools (pricing);

CREATE TABLE reviews (
    pk         INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    tool_pk    INTEGER NOT NULL REFERENCES tools (pk) ON DELETE CASCADE,
    lens_pk    INTEGER NOT NULL REFERENCES lenses (pk) ON DELETE CASCADE,
    verdict    TEXT NOT NULL CHECK (verdict IN ('ship', 'skip')),
    text       TEXT NOT NULL DEFAULT '',
    author     TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX reviews_tool ON reviews (tool_pk, verdict);
CREATE INDEX reviews_lens ON reviews (lens_pk);

CREATE TABLE comparisons (
    pk         INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    title      TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE comparison_tools (
    comparison_pk INTEGER NOT NULL REFERENCES comparisons (pk) ON DELETE CASCADE,
    tool_pk       INTEGER NOT NULL REFERENCES tools (pk) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    PRIMARY KEY (comparison_pk, tool_pk)
) WITHOUT ROWID;
CREATE INDEX comparison_tools_tool ON comparison_tools (tool_pk);

-- Community votes as the feed last reported them.
CREATE TABLE vote_tallies (
    comparison_pk INTEGER NOT NULL REFERENCES comparisons (pk) ON DELETE CASCADE,
    tool_pk       INTEGER NOT NULL REFERENCES tools (pk) ON DELETE CASCADE,
    votes         INTEGER NOT NULL CHECK (votes >= 0),
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (comparison_pk, tool_pk)
) WITHOUT ROWID;
CREATE INDEX vote_tallies_tool ON vote_tallies (tool_pk);

-- The user's own votes, not yet confirmed by a feed: one per comparison.
CREATE TABLE pending_votes (
    comparison_pk   INTEGER PRIMARY KEY REFERENCES comparisons (pk) ON DELETE CASCADE,
    tool_pk         INTEGER NOT NULL REFERENCES tools (pk) ON DELETE CASCADE,
    idempotency_key TEXT NOT NULL UNIQUE,
    created_at      TEXT NOT NULL
);

-- A catalog row with its derived figures. Panel ship share is computed from the verdicts here and
-- nowhere stored. Correlated subqueries are evaluated only for the rows a query actually returns.
CREATE VIEW tool_summary AS
SELECT t.pk, t.id, t.name, t.vendor, t.category, t.tagline, t.pricing, t.license, t.deployment,
       t.parameter_sizes, t.updated_at,
       (SELECT count(*) FROM reviews r WHERE r.tool_pk = t.pk AND r.verdict = 'ship') AS panel_ships,
       (SELECT count(*) FROM reviews r WHERE r.tool_pk = t.pk) AS panel_reviews,
       (SELECT coalesce(sum(v.votes), 0) FROM vote_tallies v WHERE v.tool_pk = t.pk) AS community_votes,
       (SELECT coalesce(sum(v.votes), 0) FROM vote_tallies v
         WHERE v.comparison_pk IN (SELECT ct.comparison_pk FROM comparison_tools ct
                                   WHERE ct.tool_pk = t.pk)) AS community_total
FROM tools t;
