// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the test suites: a real SQLite file in a temporary folder, small feeds built in
// code, and a dump of every table to prove that something did or did not change.
#pragma once

#include "Feed.h"
#include "Store.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace sos::test {

inline QDateTime at(int day, int hour = 0)
{
    return QDateTime(QDate(2026, 1, day), QTime(hour, 0), Qt::UTC);
}

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
    if (auto seeded = store->seedBundledCatalog(); !seeded || !seeded.value()) {
        qWarning() << "seeding failed:" << seeded.errorMessage();
        return nullptr;
    }
    return store;
}

inline FeedDocument bundledFeed()
{
    QFile file(QStringLiteral(":/feed/bundled-feed.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("bundled feed missing");
    auto feed = FeedParser::parse(file.readAll());
    if (!feed)
        qFatal("bundled feed invalid: %s", qPrintable(feed.errorMessage()));
    return feed.value();
}

inline FeedDocument emptyFeed()
{
    FeedDocument feed;
    feed.feedId = QStringLiteral("test-feed");
    feed.generatedAt = at(1);
    feed.cursor = QStringLiteral("c1");
    return feed;
}

inline QList<Lens> fourLenses()
{
    return {
        Lens{QStringLiteral("developer-experience"), QStringLiteral("Developer experience"), {}, 1, at(1)},
        Lens{QStringLiteral("competitive-skeptic"), QStringLiteral("Competitive skeptic"), {}, 2, at(1)},
        Lens{QStringLiteral("futurist"), QStringLiteral("Futurist"), {}, 3, at(1)},
        Lens{QStringLiteral("buyer"), QStringLiteral("Buyer"), {}, 4, at(1)}};
}

inline Tool makeTool(const QString& id, const QString& name,
                     const QString& category = QStringLiteral("Developer Tools"),
                     Pricing pricing = Pricing::Free, const QString& license = QStringLiteral("Apache 2.0"),
                     const QString& deployment = QStringLiteral("on-device"))
{
    Tool tool;
    tool.id = id;
    tool.name = name;
    tool.vendor = QStringLiteral("Vendor of ") + name;
    tool.category = category;
    tool.tagline = QStringLiteral("Tagline of ") + name;
    tool.description = QStringLiteral("Description of ") + name;
    tool.pricing = pricing;
    tool.license = license;
    tool.deployment = deployment;
    tool.updatedAt = at(1);
    return tool;
}

// Reviews for a tool: the first `ships` lenses say ship, the rest of `reviews` say skip.
inline QList<Review> makeReviews(const QString& toolId, int ships, int reviews, const QString& text = {})
{
    QList<Review> list;
    const QList<Lens> lenses = fourLenses();
    for (int i = 0; i < reviews; ++i) {
        Review review;
        review.id = toolId + QLatin1Char('/') + lenses.at(i).id;
        review.toolId = toolId;
        review.lensId = lenses.at(i).id;
        review.verdict = i < ships ? Verdict::Ship : Verdict::Skip;
        review.text =
            text.isEmpty() ? QStringLiteral("Review of %1 by %2").arg(toolId, lenses.at(i).id) : text;
        review.author = QStringLiteral("Test panel");
        review.createdAt = at(1);
        review.updatedAt = at(1);
        list << review;
    }
    return list;
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
    return toolIds(store.fetchTools(query, 0, 100000));
}

inline QStringList toolIds(const QList<ToolSummary>& tools)
{
    QStringList ids;
    for (const ToolSummary& tool : tools)
        ids << tool.tool.id;
    return ids;
}

} // namespace sos::test
