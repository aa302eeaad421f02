// SPDX-License-Identifier: GPL-3.0-or-later
// One SQLite connection, configured and migrated to the current schema. A connection belongs to the
// thread that opened it: open one Database per thread.
#pragma once

#include <base/Result.h>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <map>
#include <memory>

struct sqlite3;

class QSqlQuery;

namespace sos {

class Database final
{
    Q_DECLARE_TR_FUNCTIONS(sos::Database)

public:
    static constexpr int latestVersion = 16;

    // Opens (creating if needed) the file at path and migrates it up to targetVersion. An error with
    // kind Damaged means the file is not a database or is broken: Store::openOrRecover keeps such a
    // file aside and starts afresh.
    static Result<std::unique_ptr<Database>> open(const QString& path, int targetVersion = latestVersion);
    // Why the file at path cannot be a healthy database, judged from its header; empty when it may be.
    static QString damage(const QString& path);
    ~Database();

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Applies every migration above the file's version up to targetVersion, each in its own transaction.
    Result<void> migrate(int targetVersion = latestVersion);

    // Runs a script of several statements (as the migrations are written), inside the caller's transaction.
    Result<void> executeScript(const QString& script);

private:
    Database(QString connectionName, QString path);

    QString m_connectionName;
    QString m_path;
};

// Prepares sql, binds the values in order, and runs it; a failure is an error naming what was being
// done. A null QString binds as empty text: every text column of ours is NOT NULL.
Result<QSqlQuery> runQuery(const QSqlDatabase& db, const QString& sql, const QVariantList& bindings,
                           const char* what);

// Prepares and runs a read, forward only; a failure is logged and reads as "no rows" (a read that
// cannot fail the caller: the catalog's lists and counts).
QSqlQuery selectRows(const QSqlDatabase& db, const QString& sql, const QVariantList& bindings = {});

// Statements prepared once and run many times (the records of an apply): one prepared query per SQL
// text, bound and run like runQuery. Preparing a statement per record cost as much as running it. The
// returned query stays valid until the next run of the same text; every statement ends when this is
// destroyed (a transaction commits only when none is still reading).
class PreparedStatements
{
public:
    explicit PreparedStatements(QSqlDatabase db);
    ~PreparedStatements();
    PreparedStatements(const PreparedStatements&) = delete;
    PreparedStatements& operator=(const PreparedStatements&) = delete;

    Result<QSqlQuery*> run(const QString& sql, const QVariantList& bindings, const char* what);

private:
    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

// A list of strings as the text of a JSON array, to bind as one value and read back in SQL with
// json_each: "WHERE id IN (SELECT value FROM json_each(?))" takes any number of ids in one statement.
QString jsonArrayOf(const QStringList& values);

// A value as runQuery binds it: a null QString becomes empty text.
QVariant bindable(const QVariant& value);

// Execs a prepared query and turns a failure into an error that names what was being done.
Result<void> exec(QSqlQuery& query, const char* what);
Result<void> exec(QSqlDatabase db, const QString& sql, const char* what);

// The connection's SQLite handle, for what Qt's driver does not offer; null for another driver.
sqlite3* sqliteHandle(const QSqlDatabase& db);

// Runs sql with SQLite's own sqlite3_exec, every row of it to the end. For statements that do their
// work a row at a time and return rows without columns, which QSqlQuery takes for "no rows" after the
// first step: "PRAGMA incremental_vacuum(N)" gives back one page per row.
Result<void> execToTheEnd(const QSqlDatabase& db, const QString& sql, const char* what);

} // namespace sos
