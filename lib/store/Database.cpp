// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "Transaction.h"
#include <base/TextMatch.h>

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <chrono>
#include <sqlite3.h>
#include <thread>

namespace sos {

Q_LOGGING_CATEGORY(lcStore, "shiporskip.store")

namespace {

QString migrationResource(int version)
{
    const QDir dir(QStringLiteral(":/sql"));
    const QString prefix = QStringLiteral("%1_").arg(version, 3, 10, QLatin1Char('0'));
    const QStringList matches = dir.entryList({prefix + QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    return matches.isEmpty() ? QString() : dir.filePath(matches.first());
}

QString describe(const QSqlError& error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.trimmed();
}

// Splits a script into complete statements, as SQLite itself decides where a statement ends
// (a trigger body holds semicolons of its own).
QStringList splitStatements(const QString& script)
{
    QStringList statements;
    QString current;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        current += line + QLatin1Char('\n');
        const QByteArray utf8 = current.toUtf8();
        if (sqlite3_complete(utf8.constData())) {
            const QString statement = current.trimmed();
            if (!statement.isEmpty())
                statements << statement;
            current.clear();
        }
    }
    // Whatever is left is only comments and white space, or an unterminated statement.
    QString rest;
    for (const QString& line : current.split(QLatin1Char('\n'))) {
        if (!line.trimmed().startsWith(QLatin1String("--")))
            rest += line;
    }
    if (!rest.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

// sos_name_key(name) for the migrations (014 fills tools.name_key): the key RecordWriter writes.
void sqlNameKey(sqlite3_context* context, int /*count*/, sqlite3_value** values)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(values[0]));
    if (!text) {
        sqlite3_result_null(context);
        return;
    }
    const QByteArray key = naturalSortKey(QString::fromUtf8(text, sqlite3_value_bytes(values[0]))).toUtf8();
    sqlite3_result_text(context, key.constData(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
}

// The SQL functions the migrations use, on a connection while they run: only the migrations may
// depend on them (another SQLite client writing to the store has none of them).
class MigrationFunctions final
{
public:
    explicit MigrationFunctions(sqlite3* db)
        : m_db(db)
    {
        if (m_db)
            sqlite3_create_function_v2(m_db, "sos_name_key", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                       &sqlNameKey, nullptr, nullptr, nullptr);
    }
    ~MigrationFunctions()
    {
        if (m_db)
            sqlite3_create_function_v2(m_db, "sos_name_key", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                       nullptr, nullptr, nullptr, nullptr);
    }
    MigrationFunctions(const MigrationFunctions&) = delete;
    MigrationFunctions& operator=(const MigrationFunctions&) = delete;

private:
    sqlite3* m_db;
};

// The error of a statement that failed while doing what.
Error failure(const char* what, const QSqlQuery& query)
{
    return Error{QCoreApplication::translate("sos::Database", "Database error while %1: %2")
                     .arg(QLatin1String(what), describe(query.lastError())),
                 Error::Kind::Storage};
}

} // namespace

Result<void> exec(QSqlQuery& query, const char* what)
{
    if (query.exec())
        return {};
    return failure(what, query);
}

Result<void> exec(QSqlDatabase db, const QString& sql, const char* what)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return {};
    return failure(what, query);
}

Result<QSqlQuery> runQuery(const QSqlDatabase& db, const QString& sql, const QVariantList& bindings,
                           const char* what)
{
    QSqlQuery query(db);
    if (!query.prepare(sql)) {
        return failure(what, query);
    }
    for (const QVariant& value : bindings)
        query.addBindValue(bindable(value));
    if (auto result = exec(query, what); !result)
        return result.error();
    return query;
}

QString jsonArrayOf(const QStringList& values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QVariant bindable(const QVariant& value)
{
    const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
    return nullText ? QVariant(QString(QLatin1String(""))) : value;
}

PreparedStatements::PreparedStatements(QSqlDatabase db)
    : m_db(std::move(db))
{}

PreparedStatements::~PreparedStatements() = default;

Result<QSqlQuery*> PreparedStatements::run(const QString& sql, const QVariantList& bindings, const char* what)
{
    auto found = m_queries.find(sql);
    if (found == m_queries.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            return failure(what, *query);
        }
        found = m_queries.emplace(sql, std::move(query)).first;
    }
    QSqlQuery& query = *found->second;
    query.finish(); // the rows of its last run, if any were left unread
    for (qsizetype i = 0; i < bindings.size(); ++i)
        query.bindValue(static_cast<int>(i), bindable(bindings.at(i)));
    if (auto result = exec(query, what); !result)
        return result.error();
    return &query;
}

namespace {

// The database files this process has a connection to, with how many. SQLite's locks on a file are
// POSIX locks, which belong to the process: closing any other descriptor of the same file drops every
// one of them. Reading a file's header by hand while a connection of ours holds it open would so let
// another process (a CLI sync) take the file as unused when it closes, checkpoint and delete the
// write-ahead log under our connection, whose next writes were then lost ("database disk image is
// malformed"). The header is read only while no connection of this process has the file open.
QMutex openFilesMutex;
QHash<QString, int> openFiles;

bool isOpenInThisProcess(const QString& path)
{
    const QMutexLocker lock(&openFilesMutex);
    return openFiles.value(path) > 0;
}

// How a connection waits for another's write lock: trying again every millisecond, for as long as the
// busy timeout (5 s). SQLite's own timeout sleeps longer and longer (up to 100 ms at a time), so a
// vote or a draft's autosave waiting on a sync, which takes the lock again a millisecond after each
// of its short steps, found it taken at almost every try and waited seconds (bench: writerWaitMaxMs).
int retryEveryMillisecond(void*, int attempts)
{
    constexpr int busyTimeoutMs = 5000;
    if (attempts >= busyTimeoutMs)
        return 0;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return 1;
}

void waitForLocksBriefly(const QSqlDatabase& db)
{
    if (sqlite3* connection = sqliteHandle(db))
        sqlite3_busy_handler(connection, retryEveryMillisecond, nullptr);
    // otherwise the driver's own timeout stays
}

} // namespace

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
{
    const QMutexLocker lock(&openFilesMutex);
    ++openFiles[m_path];
}

Database::~Database()
{
    {
        const QMutexLocker lock(&openFilesMutex);
        if (--openFiles[m_path] <= 0)
            openFiles.remove(m_path);
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::damage(const QString& path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return {}; // a new database
    if (!file.open(QIODevice::ReadOnly))
        return {}; // opening it will say why
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return tr("it is not an SQLite database");
    // The header records the page size and how many pages the file had at its last write: a shorter
    // file lost its end.
    auto bigEndian = [&header](int offset, int bytes) {
        quint64 value = 0;
        for (int i = 0; i < bytes; ++i)
            value = (value << 8) | static_cast<quint8>(header.at(offset + i));
        return value;
    };
    const quint64 pageSize = bigEndian(16, 2) == 1 ? 65536 : bigEndian(16, 2);
    const quint64 pages = bigEndian(28, 4);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return tr("its header is damaged");
    // With a write-ahead log beside it, the file may legitimately be shorter than its header says (a
    // checkpoint copied the first page but could not grow the file): SQLite reads those pages from the
    // log.
    const QFileInfo log(path + QStringLiteral("-wal"));
    const bool hasLog = log.exists() && log.size() > 0;
    if (!hasLog && pages > 0 && static_cast<quint64>(file.size()) < pageSize * pages)
        //: Completes "The database %1 is damaged: %2." %2 here is at least 512 (a size in bytes).
        return tr("it is cut short (%L1 of %L2 bytes)").arg(file.size()).arg(pageSize * pages);
    return {};
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, int targetVersion)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error{tr("Qt's SQLite driver is not installed (Debian package libqt6sql6-sqlite)."),
                     Error::Kind::Internal};

    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return Error{tr("%1 is a folder, not a database file.").arg(path), Error::Kind::FileSystem};
    if (!QDir().mkpath(info.absolutePath()))
        return Error{tr("Cannot create the folder %1 for the database.").arg(info.absolutePath()),
                     Error::Kind::FileSystem};

    // Once a connection of this process has the file open, it was checked then (see openFiles).
    if (!isOpenInThisProcess(info.absoluteFilePath())) {
        if (const QString why = damage(info.absoluteFilePath()); !why.isEmpty())
            return Error{tr("The database %1 is damaged: %2.").arg(path, why), Error::Kind::Damaged};
    }

    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("sos-%1").arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(name, info.absoluteFilePath()));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(info.absoluteFilePath());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Error{tr("Cannot open the database %1: %2").arg(path, describe(db.lastError())),
                     Error::Kind::Storage};
    waitForLocksBriefly(db);

    // Reading the schema is the first thing that fails on a file that is not a database.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")))
        return Error{tr("%1 is not a ShipOrSkip database, or it is damaged: %2")
                         .arg(path, describe(probe.lastError())),
                     Error::Kind::Damaged};
    const bool empty = probe.next() && probe.value(0).toInt() == 0;
    probe.finish();
    // A new store gives back the pages a sync frees, a step at a time (SyncApply::maintainStep); the
    // mode can only be chosen before the first table.
    if (empty) {
        if (auto result =
                exec(db, QStringLiteral("PRAGMA auto_vacuum = INCREMENTAL"), "configuring the connection");
            !result)
            return Error{tr("Cannot use the database %1: %2").arg(path, result.errorMessage()),
                         result.error().kind};
    }
    // A small file is checked whole (a few milliseconds); a large one relies on the header checks
    // above, so that a start with a big catalog stays fast.
    constexpr qint64 fullCheckBelowBytes = 16 * 1024 * 1024;
    if (info.exists() && info.size() < fullCheckBelowBytes) {
        if (!probe.exec(QStringLiteral("PRAGMA quick_check")) || !probe.next() ||
            probe.value(0).toString() != QLatin1String("ok"))
            return Error{
                tr("The database %1 is damaged: %2")
                    .arg(path, probe.isActive() ? probe.value(0).toString() : describe(probe.lastError())),
                Error::Kind::Damaged};
        probe.finish();
    }

    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                               // WAL with NORMAL stays consistent after a crash and only risks the
                               // last commits on power loss; the feed can always resend those.
                               "PRAGMA synchronous = NORMAL"}) {
        if (auto result = exec(db, QString::fromLatin1(pragma), "configuring the connection"); !result)
            return Error{tr("Cannot use the database %1: %2").arg(path, result.errorMessage()),
                         result.error().kind};
    }

    const int version = database->schemaVersion();
    if (version > latestVersion) {
        return Error{tr("The database %1 was made by a newer ShipOrSkip (schema version %2; this one "
                        "knows up to %3). Update ShipOrSkip, or choose another database with --db.")
                         .arg(path)
                         .arg(version)
                         .arg(latestVersion),
                     Error::Kind::NewerVersion};
    }
    if (auto result = database->migrate(targetVersion); !result)
        return result.error();
    return database;
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Result<void> Database::executeScript(const QString& script)
{
    QSqlDatabase db = connection();
    for (const QString& statement : splitStatements(script)) {
        if (auto result = exec(db, statement, "running a schema script"); !result)
            return result;
    }
    return {};
}

Result<void> Database::migrate(int targetVersion)
{
    Q_ASSERT(targetVersion <= latestVersion);
    const MigrationFunctions functions(sqliteHandle(connection()));
    for (int version = schemaVersion() + 1; version <= targetVersion; ++version) {
        const QString resource = migrationResource(version);
        QFile file(resource);
        if (resource.isEmpty() || !file.open(QIODevice::ReadOnly)) {
            return Error{QCoreApplication::translate("sos::Database", "Schema migration %1 is missing from "
                                                                      "this build.")
                             .arg(version),
                         Error::Kind::Internal};
        }
        Transaction transaction(connection());
        if (auto result = transaction.begin(); !result)
            return result;
        if (auto result = executeScript(QString::fromUtf8(file.readAll())); !result) {
            return Error{QCoreApplication::translate("sos::Database", "Schema migration %1 failed: %2")
                             .arg(version)
                             .arg(result.errorMessage()),
                         result.error().kind};
        }
        // user_version is part of the transaction: a failed migration leaves the old version behind.
        if (auto result = exec(connection(), QStringLiteral("PRAGMA user_version = %1").arg(version),
                               "recording the schema version");
            !result)
            return result;
        if (auto result = transaction.commit(); !result)
            return result;
    }
    return {};
}

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

Result<void> execToTheEnd(const QSqlDatabase& db, const QString& sql, const char* what)
{
    sqlite3* connection = sqliteHandle(db);
    char* message = nullptr;
    const int code = connection
                         ? sqlite3_exec(connection, sql.toUtf8().constData(), nullptr, nullptr, &message)
                         : SQLITE_MISUSE;
    if (code == SQLITE_OK)
        return {};
    const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(code));
    sqlite3_free(message);
    return Error{QCoreApplication::translate("sos::Database", "Database error while %1: %2")
                     .arg(QLatin1String(what), text),
                 Error::Kind::Storage};
}

QSqlQuery selectRows(const QSqlDatabase& db, const QString& sql, const QVariantList& bindings)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        qCWarning(lcStore) << "cannot prepare" << sql << query.lastError().text();
        return query;
    }
    for (const QVariant& value : bindings)
        query.addBindValue(value);
    // SQLITE_INTERRUPT (9): a reader stopped its own stale statement on purpose (CatalogReader).
    if (!query.exec() && query.lastError().nativeErrorCode() != QLatin1String("9"))
        qCWarning(lcStore) << "query failed" << sql << query.lastError().text();
    return query;
}

} // namespace sos
