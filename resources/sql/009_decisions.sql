-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 9: the team's criteria profiles and its decisions (issue #16). Both are the user's own data:
-- a sync never touches them. A decision row is written once; a later decision on the same comparison
-- supersedes it and both stay. The profile and the evidence snapshot are kept as the JSON of
-- lib/domain/Decision (CriteriaProfile::toJson, EvidenceSnapshot::toJson): a decision keeps the
-- profile as it was when it was made, even after the profile is changed or removed.

CREATE TABLE criteria_profiles (
    name       TEXT PRIMARY KEY COLLATE NOCASE,
    definition TEXT NOT NULL,              -- CriteriaProfile::toJson
    is_default INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);

-- At most one default.
CREATE UNIQUE INDEX criteria_profiles_one_default ON criteria_profiles (is_default) WHERE is_default = 1;

CREATE TABLE decisions (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    comparison_id TEXT NOT NULL,           -- no foreign key: a decision outlives its comparison
    tool_id       TEXT NOT NULL,
    decided_by    TEXT NOT NULL CHECK (length(trim(decided_by)) > 0),
    rationale     TEXT NOT NULL CHECK (length(trim(rationale)) > 0),
    decided_at    TEXT NOT NULL,
    profile       TEXT NOT NULL,           -- CriteriaProfile::toJson, as it was
    snapshot      TEXT NOT NULL            -- EvidenceSnapshot::toJson
);

CREATE INDEX decisions_by_comparison ON decisions (comparison_id, id);

-- Written once: never changed in place.
CREATE TRIGGER decisions_never_updated BEFORE UPDATE ON decisions
BEGIN
    SELECT RAISE(ABORT, 'a decision is never changed: record a new one');
END;
