// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transaction.h"

#include "Database.h"

#include <QSqlQuery>

namespace sos {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{}

Transaction::~Transaction()
{
    if (m_open)
        (void)exec(m_db, QStringLiteral("ROLLBACK"), "rolling back");
}

Result<void> Transaction::begin()
{
    Q_ASSERT(!m_open);
    auto result = exec(m_db, QStringLiteral("BEGIN IMMEDIATE"), "starting a transaction");
    m_open = result.ok();
    return result;
}

Result<void> Transaction::commit()
{
    Q_ASSERT(m_open);
    auto result = exec(m_db, QStringLiteral("COMMIT"), "committing");
    if (result.ok())
        m_open = false;
    return result;
}

} // namespace sos
