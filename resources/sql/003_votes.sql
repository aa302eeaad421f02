-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 3: the vote outbox and the tally history.

-- The user's own vote per comparison, as the sync engine sends it. One row per comparison: changing a
-- vote updates the row and gives it a new idempotency key, so a retried request never counts twice.
-- state: pending (not sent yet), sent (sent, no answer yet), confirmed (the feed counted it),
-- rejected (the feed refused it; last_error says why).
CREATE TABLE vote_outbox (
    comparison_pk   INTEGER PRIMARY KEY REFERENCES comparisons (pk) ON DELETE CASCADE,
    tool_pk         INTEGER NOT NULL REFERENCES tools (pk) ON DELETE CASCADE,
    idempotency_key TEXT NOT NULL UNIQUE,
    state           TEXT NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'sent', 'confirmed', 'rejected')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

INSERT INTO vote_outbox (comparison_pk, tool_pk, idempotency_key, state, created_at, updated_at)
SELECT comparison_pk, tool_pk, idempotency_key, 'pending', created_at, created_at FROM pending_votes;

DROP TABLE pending_votes;

-- Every tally the feed reported, timestamped, for the community vote over time. (The triggers delete
-- and insert: an outer upsert's conflict policy would override an OR REPLACE inside a trigger.)
CREATE TABLE tally_history (
    comparison_pk INTEGER NOT NULL REFERENCES comparisons (pk) ON DELETE CASCADE,
    tool_pk       INTEGER NOT NULL REFERENCES tools (pk) ON DELETE CASCADE,
    recorded_at   TEXT NOT NULL,
    votes         INTEGER NOT NULL CHECK (votes >= 0),
    PRIMARY KEY (comparison_pk, tool_pk, recorded_at)
) WITHOUT ROWID;

-- The tallies already stored become the first point of their history.
INSERT INTO tally_history (comparison_pk, tool_pk, recorded_at, votes)
SELECT comparison_pk, tool_pk, updated_at, votes FROM vote_tallies;

CREATE TRIGGER vote_tallies_history_insert AFTER INSERT ON vote_tallies BEGIN
    DELETE FROM tally_history
    WHERE comparison_pk = new.comparison_pk AND tool_pk = new.tool_pk AND recorded_at = new.updated_at;
    INSERT INTO tally_history (comparison_pk, tool_pk, recorded_at, votes)
    VALUES (new.comparison_pk, new.tool_pk, new.updated_at, new.votes);
END;

CREATE TRIGGER vote_tallies_history_update AFTER UPDATE OF votes, updated_at ON vote_tallies BEGIN
    DELETE FROM tally_history
    WHERE comparison_pk = new.comparison_pk AND tool_pk = new.tool_pk AND recorded_at = new.updated_at;
    INSERT INTO tally_history (comparison_pk, tool_pk, recorded_at, votes)
    VALUES (new.comparison_pk, new.tool_pk, new.updated_at, new.votes);
END;
