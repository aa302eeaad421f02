// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the test suites: a real SQLite file in a temporary folder, small feeds built in
// code (FeedFixtures.h), and a dump of every table to prove that something did or did not change.
#pragma once

#include "ErrorTesting.h"
#include "FeedFixtures.h"
#include <store/Store.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace sos::test {

inline std::unique_ptr<Store> openStore(const QTemporaryDir& dir,
                                        const QString& name = QStringLiteral("test.db"))
{
    auto store = Store::open(dir.filePath(name));
    if (!store) {
        qWarning() << store.errorMessage();
        return nullptr;
    }
    return std::move(store).value();
}

// Runs a step function until it says it is done; fails the test on an error or after too many steps.
template <typename Step> inline bool runAll(Step step, int atMost = 10000)
{
    for (int i = 0; i < atMost; ++i) {
        auto done = step();
        if (!done) {
            qWarning("step failed: %s", qPrintable(done.errorMessage()));
            return false;
        }
        if (done.value())
            return true;
    }
    qWarning("steps did not end");
    return false;
}

inline std::unique_ptr<Store> openSeededStore(const QTemporaryDir& dir)
{
    auto store = openStore(dir);
    if (!store)
        return nullptr;
    if (auto seeded = store->feed().seedBundledCatalog(); !seeded || !seeded.value()) {
        qWarning() << "seeding failed:" << seeded.errorMessage();
        return nullptr;
    }
    return store;
}

// Every row of every table and the search index, in a stable order, as text.
inline QStringList dumpStore(Store& store)
{
    QStringList dump;
    const QSqlDatabase db = store.database().connection();
    for (const char* table :
         {"feed_meta", "lenses", "tools", "reviews", "comparisons", "comparison_tools", "vote_tallies",
          "vote_outbox", "tally_history", "drafts", "tool_search", "sync_log", "change_log", "watches"}) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table))))
            qFatal("cannot dump %s", table);
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < query.record().count(); ++i)
                fields << query.value(i).toString();
            dump << QLatin1String(table) + QLatin1Char(':') + fields.join(QLatin1Char('|'));
        }
    }
    return dump;
}

// The tables a sync in progress, or the clearing-up after one, keeps (shadow and retired tables).
inline QStringList shadowTables(Store& store)
{
    QStringList names;
    QSqlQuery query(store.database().connection());
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND (name LIKE"
                                   " 'sync\\_next\\_%' ESCAPE '\\' OR name LIKE 'sync\\_old\\_%' ESCAPE '\\')"
                                   " ORDER BY name")))
        qFatal("cannot list the shadow tables");
    while (query.next())
        names << query.value(0).toString();
    return names;
}

// Whether the search index holds exactly what an index built afresh from the catalog would: every
// (term, tool, column, position) the same. "ok", or what differs. (FTS5's integrity-check does not
// compare an external-content index with its content in SQLite 3.40.)
inline QString searchIndexCheck(Store& store)
{
    const QSqlDatabase db = store.database().connection();
    QSqlQuery query(db);
    QString outcome = QStringLiteral("ok");
    const char* const steps[] = {
        "SAVEPOINT index_check",
        "CREATE VIRTUAL TABLE index_check USING fts5 (name, tagline, description, reviews,"
        " content = 'tool_search_source', content_rowid = 'pk', tokenize = 'unicode61 remove_diacritics 2')",
        "INSERT INTO index_check (index_check) VALUES ('rebuild')",
        "CREATE VIRTUAL TABLE temp.index_check_actual USING fts5vocab(main, tool_search, instance)",
        "CREATE VIRTUAL TABLE temp.index_check_expected USING fts5vocab(main, index_check, instance)"};
    for (const char* step : steps) {
        if (!query.exec(QString::fromLatin1(step)))
            return QStringLiteral("cannot check: %1").arg(query.lastError().text());
    }
    if (!query.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM (SELECT term, doc, col, offset FROM temp.index_check_actual EXCEPT"
            " SELECT term, doc, col, offset FROM temp.index_check_expected)),"
            " (SELECT count(*) FROM (SELECT term, doc, col, offset FROM temp.index_check_expected EXCEPT"
            " SELECT term, doc, col, offset FROM temp.index_check_actual))")) ||
        !query.next())
        outcome = QStringLiteral("cannot compare: %1").arg(query.lastError().text());
    else if (query.value(0).toInt() != 0 || query.value(1).toInt() != 0)
        outcome = QStringLiteral("%1 entries only in the index, %2 missing from it")
                      .arg(query.value(0).toInt())
                      .arg(query.value(1).toInt());
    query.finish();
    for (const char* step : {"DROP TABLE temp.index_check_actual", "DROP TABLE temp.index_check_expected",
                             "ROLLBACK TO index_check", "RELEASE index_check"})
        (void)query.exec(QString::fromLatin1(step));
    return outcome;
}

inline QStringList toolIds(const QList<ToolSummary>& tools);

// The ids of every tool a query shows, in the query's order.
inline QStringList queryIds(const Store& store, const ToolQuery& query)
{
    return toolIds(store.catalog().fetchTools(query, 0, 100000));
}

inline QStringList toolIds(const QList<ToolSummary>& tools)
{
    QStringList ids;
    for (const ToolSummary& tool : tools)
        ids << tool.tool.id;
    return ids;
}

} // namespace sos::test
