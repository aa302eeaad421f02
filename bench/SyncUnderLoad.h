// SPDX-License-Identifier: GPL-3.0-or-later
// A full sync as the window runs it (sos::SyncWorker, started from this thread), timed from here: when
// the data was published (browsable) and when the sync finished (search index complete); how long this
// thread was held (the largest gap between the firings of a 1 ms timer on it); and how long another
// process's writes waited meanwhile (shiporskip-cli vote every 200 ms, from a thread of the harness).
#pragma once

#include <sync/SyncEngine.h>

#include <QString>
#include <QStringList>

#include <vector>

namespace sos::bench {

struct SyncUnderLoadOptions
{
    QString storePath; // opened (and seeded) here first, as the window does, and kept open meanwhile
    SyncOptions sync;
    QString cliPath;              // shiporskip-cli, for the votes
    QStringList childEnvironment; // for the vote processes
    int voteIntervalMs = 200;     // from the start of one vote to the next
    int timeoutMs = 1800 * 1000;  // the sync is cancelled after this long
};

struct SyncUnderLoadResult
{
    bool ok = false;
    QString error;
    SyncSummary summary;
    double publishedMs = -1; // from start(): published(), else the summary's figure, else finishedMs
    bool publishedSignalled = false;
    double finishedMs = -1; // from start() until finished(): the search index is complete
    double fetchedMs = -1;  // until the first progress of the Publishing phase, if any
    double uiGapMaxMs = 0;  // the longest time between two firings of the 1 ms timer
    int timerFirings = 0;
    std::vector<double> voteMs; // the wall time of every vote process
    int voteFailures = 0;       // votes that exited non-zero (or could not run)
    QString firstVoteFailure;
};

SyncUnderLoadResult runSyncUnderLoad(const SyncUnderLoadOptions& options);

// The size of a SQLite store after a checkpoint (the file and its -wal), and its free pages' bytes;
// -1 when it could not be read. Uses the sqlite3 shell, so nothing of this process holds the file.
struct StoreSize
{
    qint64 bytes = -1;
    qint64 freeBytes = -1;
};
StoreSize storeSizeAfterCheckpoint(const QString& path);

} // namespace sos::bench
