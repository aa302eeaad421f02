// SPDX-License-Identifier: GPL-3.0-or-later
#include "Store.h"

#include <QFile>

namespace sos {

Result<std::unique_ptr<Store>> Store::open(const QString& path)
{
    auto database = Database::open(path);
    if (!database)
        return database.error();
    return std::make_unique<Store>(std::move(database).value());
}

Result<Store::Recovered> Store::openOrRecover(const QString& path)
{
    auto store = open(path);
    if (store)
        return Recovered{std::move(store).value(), {}, {}};
    if (!store.failedWith(Error::Kind::Damaged))
        return store.error();
    const QString aside = path + QStringLiteral(".damaged-") +
                          QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    // The journal files belong with the file they journal.
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QString()}) {
        if (QFile::exists(path + suffix) && !QFile::rename(path + suffix, aside + suffix))
            return Error{tr("%1 Moving it aside to %2 failed too; nothing was changed. Move or delete it "
                            "yourself.")
                             .arg(store.errorMessage(), aside + suffix),
                         Error::Kind::FileSystem};
    }
    auto fresh = open(path);
    if (!fresh)
        return fresh.error();
    return Recovered{std::move(fresh).value(), aside, store.errorMessage()};
}

QString recoveryNotice(const Store::Recovered& recovered)
{
    return Store::tr("%1 It was kept aside, untouched, as %2, and a new store was made from the bundled "
                     "catalog. A sync brings back the rest of the feed; your own votes and drafts stay in "
                     "the kept file.")
        .arg(recovered.damage, recovered.keptAside);
}

Store::Store(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_meta(*m_database)
    , m_syncApply(*m_database, m_meta)
    , m_catalog(*m_database)
    , m_feed(*m_database, m_meta, m_catalog)
    , m_outbox(*m_database, m_feed, m_meta)
    , m_drafts(*m_database)
    , m_decisions(*m_database)
    , m_changes(*m_database, m_meta)
    , m_watches(*m_database)
    , m_savedSearches(*m_database)
    , m_shortlist(*m_database)
{}

} // namespace sos
