// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the test suites: a real SQLite file in a temporary folder, small feeds built in
// code (FeedFixtures.h), and a dump of every table to prove that something did or did not change.
#pragma once

#include "ErrorTesting.h"
#include "FeedFixtures.h"
#include <store/Store.h>

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
          "vote_outbox", "tally_history", "sync_staging", "drafts", "tool_search"}) {
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
