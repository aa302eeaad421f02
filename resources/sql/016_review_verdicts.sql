-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 16: the reviews by lens and verdict, with their tool (issue #19's lens:LENS=ship|skip).
--
-- A lens: term keeps the tools whose review by that lens has that verdict. The index on lens_pk alone
-- found a lens's reviews but read each review's row (its text too) for the verdict and the tool: at
-- the bench's size L (400,000 reviews) that took 148 ms for one lens, and "lens:buyer=skip
-- license:MIT" 430 ms in all. With the verdict and the tool in the index it is read alone: 2 ms for
-- the lens, 45 ms for the whole query (sqlite3 shell). A sync's shadow tables copy it with the
-- table's other indexes.

CREATE INDEX reviews_lens_verdict ON reviews (lens_pk, verdict, tool_pk);
