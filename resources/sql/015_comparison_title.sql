-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 15: the comparisons in the order the window lists them (Catalog::comparisons), so that a page
-- of the list is a walk of an index, not a sort of every comparison (50,000 at the bench's size L:
-- 55 ms a page without it). A sync's shadow tables copy it with the others of the table.

CREATE INDEX comparisons_title ON comparisons (title COLLATE NOCASE, id);
