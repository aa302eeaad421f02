// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog's search index (FTS5 over the view tool_search_source, with no copy of the text of its
// own): the tools in search_stale are missing from it or out of date (their old text waits in
// search_unindexed), and are indexed here: all at the end of a small write, or a few hundred at a time
// after a sync has published (010_sync_apply.sql says why).
#pragma once

#include <base/Result.h>

namespace sos {

class Database;

class SearchIndex final
{
public:
    explicit SearchIndex(Database& database);

    // Indexes up to maxTools of the waiting tools, in the caller's transaction (or its own). Returns
    // how many were indexed; 0 when none waited.
    Result<int> indexSome(int maxTools);
    // Every waiting tool.
    Result<void> indexAll();
    // How many tools wait; 0 when the index is complete.
    int waiting() const;

private:
    Database& m_database;
};

} // namespace sos
