// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transaction.h"

#include "Database.h"

#include <QHash>
#include <QSqlQuery>

namespace sos {

namespace {
// Open transactions per connection on this thread: an inner one becomes a savepoint of the outer.
thread_local QHash<QString, int> openDepth;
} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{}

Transaction::Transaction(const Database& database)
    : m_db(database.connection())
{}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (m_depth == 0) {
        (void)exec(m_db, QStringLiteral("ROLLBACK"), "rolling back");
    } else {
        const QString savepoint = QStringLiteral("sos_%1").arg(m_depth);
        (void)exec(m_db, QStringLiteral("ROLLBACK TO ") + savepoint, "rolling back");
        (void)exec(m_db, QStringLiteral("RELEASE ") + savepoint, "rolling back");
    }
    --openDepth[m_db.connectionName()];
}

Result<void> Transaction::begin()
{
    Q_ASSERT(!m_open);
    m_depth = openDepth.value(m_db.connectionName());
    auto result = m_depth == 0
                      ? exec(m_db, QStringLiteral("BEGIN IMMEDIATE"), "starting a transaction")
                      : exec(m_db, QStringLiteral("SAVEPOINT sos_%1").arg(m_depth), "starting a transaction");
    m_open = result.ok();
    if (m_open)
        ++openDepth[m_db.connectionName()];
    return result;
}

Result<void> Transaction::commit()
{
    Q_ASSERT(m_open);
    auto result = m_depth == 0 ? exec(m_db, QStringLiteral("COMMIT"), "committing")
                               : exec(m_db, QStringLiteral("RELEASE sos_%1").arg(m_depth), "committing");
    if (result.ok()) {
        m_open = false;
        --openDepth[m_db.connectionName()];
    }
    return result;
}

} // namespace sos
