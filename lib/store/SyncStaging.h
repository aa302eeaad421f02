// SPDX-License-Identifier: GPL-3.0-or-later
// The pages of a sync in progress (table sync_staging), kept until the whole sync is applied: a sync
// cut off halfway goes on from its last staged page instead of fetching all of it again.
#pragma once

#include <base/Result.h>

#include <QByteArray>
#include <QList>
#include <QString>

namespace sos {

class Database;

struct StagedPage
{
    int index = 0;
    QString cursor;
    QString nextUrl;
    QByteArray body;
};

class SyncStaging final
{
public:
    explicit SyncStaging(Database& database);

    Result<void> stagePage(const QString& feedUrl, const QString& since, const StagedPage& page);
    // The staged pages of the sync of feedUrl from since, in order.
    QList<StagedPage> stagedPages(const QString& feedUrl, const QString& since) const;
    Result<void> clearStaging();

private:
    Database& m_database;
};

} // namespace sos
