// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <base/Result.h>

#include <QSqlDatabase>

namespace sos {

class Database;

// Everything between construction and commit() lands together or not at all: the destructor rolls
// back a transaction that was not committed, so an early return or an error never half-writes the store.
// Inside another Transaction on the same connection it is a savepoint: its rollback undoes only its part,
// and its commit lands only with the outer one.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    explicit Transaction(const Database& database); // on the database's connection
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Result<void> begin(); // BEGIN IMMEDIATE: take the write lock now, not halfway through
    Result<void> commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
    int m_depth = 0;
};

} // namespace sos
