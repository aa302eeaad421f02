-- SPDX-License-Identifier: GPL-3.0-or-later
-- The reference feed server's own tables, on top of the app's catalog schema (same file).
-- Version 1 (feed_meta key "serverSchema").

-- Every change to a catalog record, for "what changed since". A record has one row, moved to a new
-- sequence number each time it changes, so a page never holds a record twice. The triggers delete and
-- insert: inside a trigger, an outer upsert's conflict policy would override an OR REPLACE clause.
CREATE TABLE changes (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    kind       TEXT NOT NULL CHECK (kind IN ('lens', 'tool', 'review', 'comparison', 'tally')),
    id         TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    changed_at TEXT NOT NULL,
    UNIQUE (kind, id)
);

INSERT INTO changes (kind, id, changed_at) SELECT 'lens', id, updated_at FROM lenses;
INSERT INTO changes (kind, id, changed_at) SELECT 'tool', id, updated_at FROM tools;
INSERT INTO changes (kind, id, changed_at) SELECT 'review', id, updated_at FROM reviews;
INSERT INTO changes (kind, id, changed_at) SELECT 'comparison', id, updated_at FROM comparisons;
INSERT INTO changes (kind, id, changed_at)
SELECT 'tally', c.id || '/' || t.id, v.updated_at
FROM vote_tallies v JOIN comparisons c ON c.pk = v.comparison_pk JOIN tools t ON t.pk = v.tool_pk;

CREATE TRIGGER lenses_changed_insert AFTER INSERT ON lenses BEGIN
    DELETE FROM changes WHERE kind = 'lens' AND id = new.id;
    INSERT INTO changes (kind, id, deleted, changed_at)
    VALUES ('lens', new.id, 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
CREATE TRIGGER lenses_changed_update AFTER UPDATE ON lenses BEGIN
    DELETE FROM changes WHERE kind = 'lens' AND id = new.id;
    INSERT INTO changes (kind, id, deleted, changed_at)
    VALUES ('lens', new.id, 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
CREATE TRIGGER lenses_changed_delete AFTER DELETE ON lenses BEGIN
    DELETE FROM changes WHERE kind = 'lens' AND id = old.id;
    INSERT INTO changes (kind, id, deleted, changed_at)
    VALUES ('lens', old.id, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER tools_changed_insert AFTER INSERT ON tools BEGIN
    DELETE FROM changes WHERE kind = 'tool' AND id = new.id;
    INSERT INTO changes (kind, id, deleted, changed_at)
    VALUES ('tool', new.id, 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
CREATE TRIGGER tools_changed_update AFTER UPDATE ON tools BEGIN
    DELETE FROM changes WHERE kind = 'tool' AND id = new.id;
    INSERT INTO changes (kind, id, deleted, changed_at)
    VALUES ('tool', new.id, 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
CREATE TRIGGER tools_changed_delete AFTER DELETE ON tools BEGIN
    DELETE FROM changes WHERE kind = 'tool' AND id = old.id;
    INSERT INTO changes (kind, id, deleted, changed_at)
    VALUES ('tool', old.id, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER reviews_changed_insert AFTER INSERT ON reviews BEGIN
    DELETE FROM changes WHERE kind = 'review' AND id = new.id;
    INSERT INTO changes (kind, id, deleted, changed_at)
    VALUES ('review', new.id, 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
CREATE TRIGGER reviews_changed_update AFTER UPDATE ON reviews BEGIN
    DELETE FROM changes WHERE kind = 'review' AND id = new.id;
    INSERT INTO changes (kind, id, deleted, changed_at)
    VALUES ('review', new.id, 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
CREATE TRIGGER reviews_changed_delete AFTER DELETE ON reviews BEGIN
    DELETE FROM changes WHERE kind = 'review' AND id = old.id;
    INSERT INTO changes (kind, id, deleted, changed_at)
    VALUES ('review', old.id, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER comparisons_changed_insert AFTER INSERT ON comparisons BEGIN
    DELETE FROM changes WHERE kind = 'comparison' AND id = new.id;
    INSERT INTO changes (kind, id, deleted, changed_at)
    VALUES ('comparison', new.id, 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
CREATE TRIGGER comparisons_changed_update AFTER UPDATE ON comparisons BEGIN
    DELETE FROM changes WHERE kind = 'comparison' AND id = new.id;
    INSERT INTO changes (kind, id, deleted, changed_at)
    VALUES ('comparison', new.id, 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
CREATE TRIGGER comparisons_changed_delete AFTER DELETE ON comparisons BEGIN
    DELETE FROM changes WHERE kind = 'comparison' AND id = old.id;
    INSERT INTO changes (kind, id, deleted, changed_at)
    VALUES ('comparison', old.id, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER vote_tallies_changed_insert AFTER INSERT ON vote_tallies BEGIN
    DELETE FROM changes WHERE kind = 'tally' AND id = (SELECT c.id || '/' || t.id FROM comparisons c, tools t
                                                       WHERE c.pk = new.comparison_pk AND t.pk = new.tool_pk);
    INSERT INTO changes (kind, id, deleted, changed_at)
    SELECT 'tally', c.id || '/' || t.id, 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    FROM comparisons c, tools t WHERE c.pk = new.comparison_pk AND t.pk = new.tool_pk;
END;
CREATE TRIGGER vote_tallies_changed_update AFTER UPDATE ON vote_tallies BEGIN
    DELETE FROM changes WHERE kind = 'tally' AND id = (SELECT c.id || '/' || t.id FROM comparisons c, tools t
                                                       WHERE c.pk = new.comparison_pk AND t.pk = new.tool_pk);
    INSERT INTO changes (kind, id, deleted, changed_at)
    SELECT 'tally', c.id || '/' || t.id, 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    FROM comparisons c, tools t WHERE c.pk = new.comparison_pk AND t.pk = new.tool_pk;
END;

-- API tokens: only a SHA-256 hash of each is kept.
CREATE TABLE tokens (
    name       TEXT PRIMARY KEY NOT NULL,
    hash       TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    revoked_at TEXT
) WITHOUT ROWID;

-- One vote per user per comparison.
CREATE TABLE server_votes (
    user          TEXT NOT NULL,
    comparison_id TEXT NOT NULL,
    tool_id       TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (user, comparison_id)
) WITHOUT ROWID;

-- The answer to every write, by idempotency key, so a retried request is answered, not repeated.
CREATE TABLE idempotency (
    key          TEXT PRIMARY KEY NOT NULL,
    user         TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status       INTEGER NOT NULL,
    response     TEXT NOT NULL,
    created_at   TEXT NOT NULL
) WITHOUT ROWID;
