-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 1 of the feed server's PostgreSQL schema (server/PostgresBackend.h), applied with its number
-- in schema_version in the same transaction.
--
-- Timestamps are text as timestampToString writes them (ISO 8601 in UTC with milliseconds), as the
-- SQLite backend keeps them; they are compared in C++, never with the database's collation.

-- What the last applied feed document said of itself: feedId, feedCursor, feedGeneratedAt.
CREATE TABLE feed_meta (
    key   text PRIMARY KEY,
    value text NOT NULL
);

-- Every record the feed has or had, with its JSON exactly as a page sends it (QJsonDocument's compact
-- form). A deleted record keeps its row, for its tombstone; json is null then, and also for a tally that
-- went with its tool or comparison (no change of its own: the page leaves it out, as SQLite's does).
CREATE TABLE records (
    kind       text NOT NULL CHECK (kind IN ('lens', 'tool', 'review', 'comparison', 'tally')),
    id         text NOT NULL,
    updated_at text NOT NULL,
    deleted    boolean NOT NULL DEFAULT false,
    changed_at text NOT NULL,
    json       text,
    PRIMARY KEY (kind, id)
);

-- The change log: a record's latest change, moved to a new sequence number each time it changes.
-- Numbers come from change_counter, updated inside the writing transaction (PostgresBackend.cpp says
-- why: a reader must never pass a change still to commit).
CREATE TABLE changes (
    seq  bigint PRIMARY KEY,
    kind text NOT NULL,
    id   text NOT NULL,
    UNIQUE (kind, id),
    FOREIGN KEY (kind, id) REFERENCES records (kind, id)
);

CREATE TABLE change_counter (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    seq      bigint NOT NULL
);
INSERT INTO change_counter (seq) VALUES (0);

-- The references between records, for the checks and the cascades of a deletion.
-- A review's position is the order it first came in: a cascade deletes in that order, as SQLite's does.
CREATE TABLE reviews (
    position bigserial NOT NULL,
    id      text PRIMARY KEY,
    tool_id text NOT NULL,
    lens_id text NOT NULL
);
CREATE INDEX reviews_tool ON reviews (tool_id);
CREATE INDEX reviews_lens ON reviews (lens_id);

CREATE TABLE comparison_tools (
    comparison_id text NOT NULL,
    tool_id       text NOT NULL,
    position      integer NOT NULL,
    PRIMARY KEY (comparison_id, tool_id)
);
CREATE INDEX comparison_tools_tool ON comparison_tools (tool_id);

CREATE TABLE tallies (
    comparison_id text NOT NULL,
    tool_id       text NOT NULL,
    votes         integer NOT NULL,
    updated_at    text NOT NULL,
    PRIMARY KEY (comparison_id, tool_id)
);
CREATE INDEX tallies_tool ON tallies (tool_id);

-- One vote per user and comparison: the primary key holds it, whichever instance writes.
CREATE TABLE votes (
    user_name     text NOT NULL,
    comparison_id text NOT NULL,
    tool_id       text NOT NULL,
    updated_at    text NOT NULL,
    PRIMARY KEY (user_name, comparison_id)
);
CREATE INDEX votes_choice ON votes (comparison_id, tool_id);

-- API tokens: only a SHA-256 hash of each is kept.
CREATE TABLE tokens (
    name       text PRIMARY KEY,
    hash       text NOT NULL UNIQUE,
    created_at text NOT NULL,
    revoked_at text
);

-- The answer to every write, by idempotency key. A key's row is inserted first, in the write's own
-- transaction, so that a second request with the key waits for the first to commit or roll back.
CREATE TABLE idempotency (
    key          text PRIMARY KEY,
    user_name    text NOT NULL,
    request_hash text NOT NULL,
    status       integer NOT NULL,
    response     text NOT NULL,
    created_at   text NOT NULL
);
