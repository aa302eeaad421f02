// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteFloor.h"

#include "ChildProcess.h"
#include <store/Database.h>
#include <store/Store.h>

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSqlQuery>
#include <QStringList>

namespace sos::bench {

namespace {

const QString sqlite = QStringLiteral("/usr/bin/sqlite3");

void removeFiles(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// The store made as the app makes it, then stripped to what a sync's shadows are: no triggers, no rows.
QString prepareStore(const QString& path)
{
    auto opened = sos::Store::open(path);
    if (!opened)
        return opened.errorMessage();
    const QSqlDatabase db = opened.value()->database().connection();
    QStringList statements{QStringLiteral("PRAGMA foreign_keys = OFF")};
    QSqlQuery triggers(db);
    if (!triggers.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'trigger'")))
        return QStringLiteral("cannot list the triggers");
    while (triggers.next())
        statements << QStringLiteral("DROP TRIGGER %1").arg(triggers.value(0).toString());
    for (const char* table : {"comparison_tools", "vote_tallies", "tally_history", "reviews", "comparisons",
                              "tool_figures", "search_stale", "tools", "lenses"})
        statements << QStringLiteral("DELETE FROM %1").arg(QLatin1String(table));
    statements << QStringLiteral("INSERT INTO tool_search (tool_search) VALUES ('delete-all')");
    for (const QString& statement : statements) {
        if (auto done = sos::exec(db, statement, "preparing the floor's store"); !done)
            return done.errorMessage();
    }
    return {};
}

// The same rows as the feed's records, keys looked up by id as the sync does: each statement reads
// one CSV table (by the alias in `where`, %1 its condition on that table's rowid).
struct Statement
{
    const char* source; // the CSV table
    const char* alias;
    const char* sql;
};
constexpr Statement statements[] = {
    {"lenses", "l0",
     "INSERT INTO lenses (id, name, summary, position, updated_at)"
     " SELECT id, name, summary, position, updated_at FROM csv.lenses l0 WHERE %1"},
    // lower(name) stands in for the name's natural sort key (the shell has no naturalSortKey): the
    // same index to keep up to date.
    {"tools", "t0",
     "INSERT INTO tools (id, name, vendor, category, tagline, description, pricing, pricing_note, license,"
     " deployment, parameter_sizes, updated_at, name_key)"
     " SELECT id, name, vendor, category, tagline, description, pricing, pricing_note, license, deployment,"
     " parameter_sizes, updated_at, lower(name) FROM csv.tools t0 WHERE %1"},
    {"reviews", "r",
     "INSERT INTO reviews (id, tool_pk, lens_pk, verdict, text, author, created_at, updated_at)"
     " SELECT r.id, t.pk, l.pk, r.verdict, r.text, r.author, r.created_at, r.updated_at"
     " FROM csv.reviews r JOIN tools t ON t.id = r.tool_id JOIN lenses l ON l.id = r.lens_id WHERE %1"},
    {"comparisons", "c0",
     "INSERT INTO comparisons (id, title, updated_at) SELECT id, title, updated_at FROM csv.comparisons c0"
     " WHERE %1"},
    {"comparisons", "cc",
     "INSERT INTO comparison_tools (comparison_pk, tool_pk, position)"
     " SELECT c.pk, t.pk, j.key FROM csv.comparisons cc JOIN comparisons c ON c.id = cc.id,"
     " json_each('[\"' || replace(cc.tool_ids, ',', '\",\"') || '\"]') j JOIN tools t ON t.id = j.value"
     " WHERE %1"},
    {"tallies", "v",
     "INSERT INTO vote_tallies (comparison_pk, tool_pk, votes, updated_at)"
     " SELECT c.pk, t.pk, v.votes, v.updated_at FROM csv.tallies v JOIN comparisons c ON"
     " c.id = v.comparison_id JOIN tools t ON t.id = v.tool_id WHERE %1"},
    {"tallies", "v",
     "INSERT INTO tally_history (comparison_pk, tool_pk, recorded_at, votes)"
     " SELECT c.pk, t.pk, v.updated_at, v.votes FROM csv.tallies v JOIN comparisons c ON"
     " c.id = v.comparison_id JOIN tools t ON t.id = v.tool_id WHERE %1"},
};
// The figures, as the sync makes them (per tool, %1 a condition on the tools' key).
const char* const figures =
    "INSERT INTO tool_figures (tool_pk, panel_ships, panel_reviews, community_votes, community_total)"
    " SELECT t.pk,"
    " (SELECT count(*) FROM reviews r WHERE r.tool_pk = t.pk AND r.verdict = 'ship'),"
    " (SELECT count(*) FROM reviews r WHERE r.tool_pk = t.pk),"
    " (SELECT coalesce(sum(v.votes), 0) FROM vote_tallies v WHERE v.tool_pk = t.pk),"
    " (SELECT coalesce(sum(v.votes), 0) FROM vote_tallies v WHERE v.comparison_pk IN"
    "  (SELECT ct.comparison_pk FROM comparison_tools ct WHERE ct.tool_pk = t.pk))"
    " FROM tools t WHERE %1;\nINSERT INTO search_stale (tool_pk) SELECT pk FROM tools t WHERE %1";

// The script: everything in one transaction (rowsPerTransaction 0), or as the sync writes, a page of
// rows per transaction, each followed by a checkpoint, and the figures 5,000 tools a transaction.
QByteArray writeScript(const QString& csv, const QMap<QString, qint64>& rows, qint64 toolKeys,
                       qint64 rowsPerTransaction)
{
    QString script = QStringLiteral("ATTACH '%1' AS csv;\nPRAGMA foreign_keys = OFF;\n").arg(csv);
    auto transaction = [&](const QString& sql) {
        script += QStringLiteral("BEGIN;\n%1;\nCOMMIT;\n").arg(sql);
        if (rowsPerTransaction > 0)
            script += QStringLiteral("PRAGMA wal_checkpoint(PASSIVE);\n");
    };
    if (rowsPerTransaction <= 0) {
        QStringList all;
        for (const Statement& statement : statements)
            all << QString::fromLatin1(statement.sql).arg(QStringLiteral("1"));
        all << QString::fromLatin1(figures).arg(QStringLiteral("1"));
        transaction(all.join(QStringLiteral(";\n")));
        return script.toUtf8();
    }
    for (const Statement& statement : statements) {
        const qint64 count = rows.value(QLatin1String(statement.source));
        for (qint64 from = 0; from < count; from += rowsPerTransaction)
            transaction(QString::fromLatin1(statement.sql)
                            .arg(QStringLiteral("%1.rowid > %2 AND %1.rowid <= %3")
                                     .arg(QLatin1String(statement.alias))
                                     .arg(from)
                                     .arg(from + rowsPerTransaction)));
    }
    constexpr qint64 figuresPerTransaction = 5000;
    for (qint64 from = 0; from < toolKeys; from += figuresPerTransaction)
        transaction(QString::fromLatin1(figures).arg(
            QStringLiteral("t.pk > %1 AND t.pk <= %2").arg(from).arg(from + figuresPerTransaction)));
    return script.toUtf8();
}

} // namespace

SqliteFloor measureSqliteFloor(const QString& work, const QList<std::pair<QString, QString>>& csvFiles,
                               qint64 tools, qint64 pageRows)
{
    SqliteFloor floor;
    const QDir dir(work);
    const QString store = dir.filePath(QStringLiteral("floor.db"));
    const QString csv = dir.filePath(QStringLiteral("floor-csv.db"));
    const QString script = dir.filePath(QStringLiteral("floor-write.sql"));
    auto cleanUp = [&] {
        removeFiles(store);
        removeFiles(csv);
        QFile::remove(script);
    };
    cleanUp();
    auto fail = [&](const QString& why) {
        cleanUp();
        floor.error = why;
        return floor;
    };

    if (const QString prepared = prepareStore(store); !prepared.isEmpty())
        return fail(prepared);
    QStringList importArguments{QStringLiteral("-cmd"), QStringLiteral(".mode csv"), csv};
    for (const auto& [table, file] : csvFiles)
        importArguments << QStringLiteral(".import %1 %2").arg(file, table);
    if (const ChildResult imported = runChild(sqlite, importArguments); !imported.ok())
        return fail(QStringLiteral("sqlite3 .import: %1").arg(imported.describe()));
    // How many rows each CSV table holds, to split them in pages.
    QMap<QString, qint64> rows;
    for (const auto& [table, file] : csvFiles) {
        const ChildResult counted =
            runChild(sqlite, {csv, QStringLiteral("SELECT coalesce(max(rowid), 0) FROM %1").arg(table)});
        if (!counted.ok())
            return fail(QStringLiteral("sqlite3 counting %1: %2").arg(table, counted.describe()));
        rows.insert(table, counted.out.trimmed().toLongLong());
    }
    const qint64 toolKeys = rows.value(QStringLiteral("tools")) + 1000; // after the bundled tools' keys

    auto timedWrite = [&](qint64 rowsPerTransaction, double* ms) -> QString {
        QFile scriptFile(script);
        if (!scriptFile.open(QIODevice::WriteOnly) ||
            scriptFile.write(writeScript(csv, rows, toolKeys, rowsPerTransaction)) < 0)
            return QStringLiteral("cannot write %1").arg(script);
        scriptFile.close();
        const ChildResult written = runChild(sqlite, {store, QStringLiteral(".read %1").arg(script)});
        if (!written.ok())
            return QStringLiteral("sqlite3 writing the rows: %1").arg(written.describe());
        *ms = written.wallMs;
        return {};
    };
    // First as the sync writes (a page a transaction), then, in a store emptied again, at once.
    if (const QString failed = timedWrite(pageRows, &floor.pagedWriteMs); !failed.isEmpty())
        return fail(failed);
    removeFiles(store);
    if (const QString prepared = prepareStore(store); !prepared.isEmpty())
        return fail(prepared);
    if (const QString failed = timedWrite(0, &floor.writeMs); !failed.isEmpty())
        return fail(failed);
    const ChildResult indexed =
        runChild(sqlite, {store, QStringLiteral("INSERT INTO tool_search (tool_search) VALUES ('rebuild')")});
    if (!indexed.ok())
        return fail(QStringLiteral("sqlite3 building the index: %1").arg(indexed.describe()));
    // The floor counts only if it did the whole work.
    const ChildResult counted = runChild(
        sqlite, {store, QStringLiteral(
                            "SELECT count(*) FROM tools WHERE pk IN (SELECT id FROM tool_search_docsize)")});
    if (!counted.ok() || counted.out.trimmed().toLongLong() != tools)
        return fail(QStringLiteral("the floor's store holds %1 indexed tools, not %2")
                        .arg(QString::fromUtf8(counted.out.trimmed()))
                        .arg(tools));
    floor.ok = true;
    floor.indexMs = indexed.wallMs;
    cleanUp();
    return floor;
}

} // namespace sos::bench
