-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 4: pages of a sync in progress. Pages are staged here as they arrive and applied to the
-- catalog in one transaction once the last one is in; an interrupted sync resumes after the last
-- staged page. Staging belongs to one feed URL and one starting cursor.
CREATE TABLE sync_staging (
    feed_url   TEXT NOT NULL,
    since      TEXT NOT NULL,
    page_index INTEGER NOT NULL,
    cursor     TEXT NOT NULL,
    next_url   TEXT NOT NULL DEFAULT '', -- empty on the last page
    body       BLOB NOT NULL,
    staged_at  TEXT NOT NULL,
    PRIMARY KEY (feed_url, since, page_index)
) WITHOUT ROWID;
