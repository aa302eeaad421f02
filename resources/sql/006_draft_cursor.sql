-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 6: a draft remembers which of its fields had the cursor, so the editor reopens there.
ALTER TABLE drafts ADD COLUMN cursor_field TEXT NOT NULL DEFAULT 'text';
