// SPDX-License-Identifier: GPL-3.0-or-later
// The floor of a full sync on this machine: the sqlite3 shell writing the same rows into the same
// tables (the store's schema, its indexes and figures, no triggers, as the sync's shadows) in one
// transaction, from the reference's CSV files imported beforehand (and again a page of rows a
// transaction, as the sync must write to stay resumable and let other writers in); then the search
// index built in one 'rebuild'. What a sync cannot go below without writing less, measured in the same run as
// the sync.
#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace sos::bench {

struct SqliteFloor
{
    bool ok = false;
    QString error;           // why it could not be measured
    double writeMs = 0;      // the rows and the figures, one transaction
    double pagedWriteMs = 0; // the same a page of rows a transaction, each followed by a checkpoint
    double indexMs = 0;      // the search index, one statement
};

// work: a folder for the floor's two databases (removed after); tools: the feed's count, checked;
// pageRows: the rows of a page of the sync.
SqliteFloor measureSqliteFloor(const QString& work, const QList<std::pair<QString, QString>>& csvFiles,
                               qint64 tools, qint64 pageRows);

} // namespace sos::bench
