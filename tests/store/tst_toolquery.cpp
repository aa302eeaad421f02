// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog's filtering and sorting, done in SQL: facets, sideways facet counts, sorts with rows
// that have no figure, paging, and one comparison's tools.
#include "../TestSupport.h"
#include <store/ToolQuery.h>

#include <QSqlQuery>

using namespace sos;
using namespace sos::test;

Q_DECLARE_METATYPE(sos::ToolSort)

namespace {

QString facetValueOf(const ToolSummary& row, Facet facet)
{
    switch (facet) {
    case Facet::Category:
        return row.tool.category;
    case Facet::Pricing:
        return enumName(row.tool.pricing);
    case Facet::License:
        return row.tool.license;
    case Facet::Deployment:
        return row.tool.deployment;
    case Facet::PanelVerdict:
        return enumName(row.panel.verdict());
    }
    return {};
}

} // namespace

class TestToolQuery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    QStringList ids(const ToolQuery& query) const { return queryIds(*m_store, query); }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = openStore(m_dir);
        QVERIFY(m_store);
        FeedDocument feed = emptyFeed();
        feed.lenses = fourLenses();
        feed.tools = {
            makeTool("a", "Able", "Chat", Pricing::Free, "MIT", "hosted"),
            makeTool("b", "baker", "Chat", Pricing::Paid, "Proprietary", "hosted"),
            makeTool("c", "Charlie", "Code", Pricing::Free, "Apache 2.0", "self-hosted"),
            makeTool("d", "Delta", "Code", Pricing::Paid, "Proprietary", "hosted"),
            makeTool("e", "Echo", "Vision", Pricing::Free, "Apache 2.0", "on-device"),
            makeTool("f", "Foxtrot", "Vision", Pricing::Free, "MIT", "on-device"),
        };
        // Panel: a 4/4, b 3/4, c 2/4, d 1/4, e unreviewed, f 3/4.
        feed.reviews = makeReviews("a", 4, 4) + makeReviews("b", 3, 4) + makeReviews("c", 2, 4) +
                       makeReviews("d", 1, 4) + makeReviews("f", 3, 4);
        feed.comparisons = {Comparison{"a-vs-b", "Able vs baker", {"a", "b"}, at(1)},
                            Comparison{"c-vs-d-vs-e", "Charlie vs Delta vs Echo", {"c", "d", "e"}, at(1)}};
        // Community: a 60% (30 of 50), b 40%, c/d/e none, f in no comparison.
        feed.tallies = {Tally{"a-vs-b", "a", 30, at(1)}, Tally{"a-vs-b", "b", 20, at(1)}};
        auto applied = m_store->feed().applyFeed(feed);
        QVERIFY2(applied, qPrintable(applied.errorMessage()));
    }

    void sorts_data()
    {
        QTest::addColumn<ToolSort>("sort");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("name, case-insensitive")
            << ToolSort::Name << false << QStringList{"a", "b", "c", "d", "e", "f"};
        QTest::newRow("name descending")
            << ToolSort::Name << true << QStringList{"f", "e", "d", "c", "b", "a"};
        QTest::newRow("category then name")
            << ToolSort::Category << false << QStringList{"a", "b", "c", "d", "e", "f"};
        QTest::newRow("category descending, names still A-Z")
            << ToolSort::Category << true << QStringList{"e", "f", "c", "d", "a", "b"};
        QTest::newRow("pricing") << ToolSort::Pricing << false << QStringList{"a", "c", "e", "f", "b", "d"};
        QTest::newRow("panel ascending, unreviewed last")
            << ToolSort::PanelShip << false << QStringList{"d", "c", "b", "f", "a", "e"};
        QTest::newRow("panel descending, unreviewed last")
            << ToolSort::PanelShip << true << QStringList{"a", "b", "f", "c", "d", "e"};
        QTest::newRow("community descending, no votes last")
            << ToolSort::Community << true << QStringList{"a", "b", "c", "d", "e", "f"};
        QTest::newRow("community ascending, no votes last")
            << ToolSort::Community << false << QStringList{"b", "a", "c", "d", "e", "f"};
    }

    void sorts()
    {
        QFETCH(ToolSort, sort);
        QFETCH(bool, descending);
        QFETCH(QStringList, expected);
        ToolQuery query;
        query.sort = sort;
        query.descending = descending;
        QCOMPARE(ids(query), expected);
    }

    void facets_data()
    {
        QTest::addColumn<Facet>("facet");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("one category") << Facet::Category << QStringList{"Code"} << QStringList{"c", "d"};
        QTest::newRow("two categories: either")
            << Facet::Category << QStringList{"Code", "Vision"} << QStringList{"c", "d", "e", "f"};
        QTest::newRow("paid") << Facet::Pricing << QStringList{"Paid"} << QStringList{"b", "d"};
        QTest::newRow("license") << Facet::License << QStringList{"MIT"} << QStringList{"a", "f"};
        QTest::newRow("deployment") << Facet::Deployment << QStringList{"on-device", "self-hosted"}
                                    << QStringList{"c", "e", "f"};
        QTest::newRow("unanimous") << Facet::PanelVerdict << QStringList{"unanimous-ship"}
                                   << QStringList{"a"};
        QTest::newRow("majority ship")
            << Facet::PanelVerdict << QStringList{"majority-ship"} << QStringList{"b", "f"};
        QTest::newRow("split") << Facet::PanelVerdict << QStringList{"split"} << QStringList{"c"};
        QTest::newRow("majority skip")
            << Facet::PanelVerdict << QStringList{"majority-skip"} << QStringList{"d"};
        QTest::newRow("unreviewed") << Facet::PanelVerdict << QStringList{"unreviewed"} << QStringList{"e"};
        QTest::newRow("unknown value") << Facet::Category << QStringList{"Robots"} << QStringList{};
    }

    void facets()
    {
        QFETCH(Facet, facet);
        QFETCH(QStringList, values);
        QFETCH(QStringList, expected);
        ToolQuery query;
        query.values(facet) = values;
        QCOMPARE(ids(query), expected);
        QCOMPARE(m_store->catalog().countTools(query), expected.size());
    }

    void facetsCombineWithEachOtherAndSearch()
    {
        ToolQuery query;
        query.values(Facet::Pricing) = QStringList{"Free"};
        query.values(Facet::Deployment) = QStringList{"hosted", "on-device"};
        QCOMPARE(ids(query), (QStringList{"a", "e", "f"}));
        query.search = "fox";
        QCOMPARE(ids(query), QStringList{"f"});
    }

    // A facet's counts ignore that facet's own selection (so the user can widen it) but respect
    // every other filter.
    void facetCountsAreSideways()
    {
        ToolQuery query;
        query.values(Facet::Pricing) = QStringList{"Paid"};
        const Catalog::AllFacetCounts counts = m_store->catalog().facetCounts(query);
        const QList<FacetCount>& pricing = counts[static_cast<std::size_t>(Facet::Pricing)];
        QCOMPARE(pricing.size(), 2);
        QCOMPARE(pricing.at(0).value, QStringLiteral("Free"));
        QCOMPARE(pricing.at(0).count, 4);
        QCOMPARE(pricing.at(1).count, 2);
        const QList<FacetCount>& categories = counts[static_cast<std::size_t>(Facet::Category)];
        QCOMPARE(categories.size(), 2); // Chat (b) and Code (d); no paid Vision tool
        QCOMPARE(categories.at(0).value, QStringLiteral("Chat"));
        QCOMPARE(categories.at(0).count, 1);
        QCOMPARE(categories.at(1).value, QStringLiteral("Code"));
        QCOMPARE(categories.at(1).count, 1);
    }

    // Every facet's counts, for many combinations of search, comparison and selections, equal a count
    // of the rows the same query shows with that facet's selection left out.
    void facetCountsEqualTheRowsTheyWouldShow()
    {
        const QList<QStringList> categories{{}, {"Chat"}, {"Code", "Vision"}};
        const QList<QStringList> pricings{{}, {"Free"}, {"Paid"}};
        const QList<QStringList> verdicts{{}, {"majority-ship"}, {"unreviewed", "unanimous-ship"}};
        const QStringList searches{QString(), QStringLiteral("fox"), QStringLiteral("a")};
        const QStringList comparisons{QString(), QStringLiteral("c-vs-d-vs-e")};
        const QList<QStringList> licenses{{}, {"MIT", "Apache 2.0", "Proprietary"}};
        int checked = 0;
        for (const QStringList& license : licenses) {
            for (const QStringList& category : categories) {
                for (const QStringList& pricing : pricings) {
                    for (const QStringList& verdict : verdicts) {
                        for (const QString& search : searches) {
                            for (const QString& comparison : comparisons) {
                                ToolQuery query;
                                query.search = search;
                                query.comparisonId = comparison;
                                query.values(Facet::Category) = category;
                                query.values(Facet::Pricing) = pricing;
                                query.values(Facet::PanelVerdict) = verdict;
                                query.values(Facet::License) = license;
                                const Catalog::AllFacetCounts counts = m_store->catalog().facetCounts(query);
                                // Told how many tools the query shows (most of these six), the store
                                // reads a broad search another way: the same counts.
                                const Catalog::AllFacetCounts told = m_store->catalog().facetCounts(
                                    query, m_store->catalog().countTools(query));
                                for (std::size_t i = 0; i < allFacets.size(); ++i) {
                                    ToolQuery sideways = query;
                                    sideways.values(allFacets[i]).clear();
                                    QMap<QString, int> expected;
                                    for (const ToolSummary& row :
                                         m_store->catalog().fetchTools(sideways, 0, 100))
                                        ++expected[facetValueOf(row, allFacets[i])];
                                    QMap<QString, int> actual;
                                    for (const FacetCount& count : counts[i])
                                        actual.insert(count.value, count.count);
                                    QCOMPARE(actual, expected);
                                    QCOMPARE(told[i].size(), counts[i].size());
                                    for (qsizetype k = 0; k < told[i].size(); ++k) {
                                        QCOMPARE(told[i].at(k).value, counts[i].at(k).value);
                                        QCOMPARE(told[i].at(k).count, counts[i].at(k).count);
                                    }
                                    ++checked;
                                }
                            }
                        }
                    }
                }
            }
        }
        QCOMPARE(checked, 2 * 3 * 3 * 3 * 3 * 2 * 5);
    }

    // The SQL verdict buckets agree with PanelScore::verdict() for every tool.
    void panelVerdictFacetMatchesTheDomain()
    {
        for (const ToolSummary& tool : m_store->catalog().fetchTools(ToolQuery{}, 0, 100)) {
            ToolQuery query;
            query.values(Facet::PanelVerdict) = QStringList{enumName(tool.panel.verdict())};
            QVERIFY2(ids(query).contains(tool.tool.id), qPrintable(tool.tool.id));
        }
    }

    // Names sort naturally, numbers by value and case aside, in either direction and after another
    // sort's column (issue #19: "Chat 104.9" came after "Chat 1031.7").
    void namesSortNaturally()
    {
        QTemporaryDir dir;
        auto store = openStore(dir);
        QVERIFY(store);
        FeedDocument feed = emptyFeed();
        feed.lenses = fourLenses();
        const QStringList names = {"Chat 1031.7", "Chat 104.9", "chat 10", "Chat 9",
                                   "CHAT 2",      "Chat",       "Bard 12", "bard 3"};
        for (qsizetype i = 0; i < names.size(); ++i)
            feed.tools << makeTool(QStringLiteral("t%1").arg(i), names.at(i),
                                   names.at(i).startsWith(QLatin1String("Bard"), Qt::CaseInsensitive)
                                       ? QStringLiteral("Zeta")
                                       : QStringLiteral("Alpha"));
        QVERIFY(store->feed().applyFeed(feed));
        auto namesOf = [&](const ToolQuery& query) {
            QStringList shown;
            for (const ToolSummary& row : store->catalog().fetchTools(query, 0, 100))
                shown << row.tool.name;
            return shown;
        };
        ToolQuery query;
        const QStringList natural = {"bard 3", "Bard 12", "Chat",       "CHAT 2",
                                     "Chat 9", "chat 10", "Chat 104.9", "Chat 1031.7"};
        QCOMPARE(namesOf(query), natural);
        query.descending = true;
        QStringList reversed = natural;
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(namesOf(query), reversed);
        query.sort = ToolSort::Category; // Alpha then Zeta, each category's names in natural order
        query.descending = false;
        QCOMPARE(namesOf(query), natural.mid(2) + natural.mid(0, 2));
        // A page in the middle is the same slice of that order.
        query = ToolQuery{};
        QCOMPARE(toolIds(store->catalog().fetchTools(query, 3, 3)).size(), 3);
        QStringList middle;
        for (const ToolSummary& row : store->catalog().fetchTools(query, 3, 3))
            middle << row.tool.name;
        QCOMPARE(middle, natural.mid(3, 3));
        // Where a tool is in that order.
        QCOMPARE(store->catalog().positionOfTool(query, QStringLiteral("t1")), 6); // Chat 104.9
    }

    // A name sort of the whole catalog reads the name key's index in order: SQLite sorts nothing.
    void aNameSortReadsTheIndex()
    {
        for (const bool descending : {false, true}) {
            ToolQuery query;
            query.descending = descending;
            const SqlFilter filter = buildFilter(query);
            QSqlQuery plan(m_store->database().connection());
            QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT pk FROM ") + filter.source() +
                                 QStringLiteral(" WHERE ") + filter.where + QStringLiteral(" ORDER BY ") +
                                 buildOrderBy(query) + QStringLiteral(" LIMIT 256 OFFSET 0")));
            for (const QVariant& value : filter.bindings)
                plan.addBindValue(value);
            QVERIFY2(plan.exec(), qPrintable(plan.lastError().text()));
            QStringList steps;
            while (plan.next())
                steps << plan.value(3).toString();
            QVERIFY2(steps.join(QLatin1Char('\n')).contains(QLatin1String("tools_name_key")),
                     qPrintable(steps.join(QLatin1Char('\n'))));
            QVERIFY2(!steps.join(QLatin1Char('\n')).contains(QLatin1String("TEMP B-TREE")),
                     qPrintable(steps.join(QLatin1Char('\n'))));
        }
    }

    // Every value of each facet, whatever a query leaves (the facet panel greys those with none), in
    // facetCounts' order; the verdicts all five.
    void facetValuesListEveryValue()
    {
        const Catalog::AllFacetValues values = m_store->catalog().facetValues();
        QCOMPARE(values[static_cast<std::size_t>(Facet::Category)], (QStringList{"Chat", "Code", "Vision"}));
        QCOMPARE(values[static_cast<std::size_t>(Facet::Pricing)], (QStringList{"Free", "Paid"}));
        QCOMPARE(values[static_cast<std::size_t>(Facet::License)],
                 (QStringList{"Apache 2.0", "MIT", "Proprietary"}));
        QCOMPARE(values[static_cast<std::size_t>(Facet::Deployment)],
                 (QStringList{"hosted", "on-device", "self-hosted"}));
        QCOMPARE(values[static_cast<std::size_t>(Facet::PanelVerdict)].size(), 5);
        // The same order as the counts of a query that leaves every value some tools.
        const Catalog::AllFacetCounts counts = m_store->catalog().facetCounts(ToolQuery{});
        for (std::size_t i = 0; i + 1 < allFacets.size(); ++i) {
            QStringList counted;
            for (const FacetCount& count : counts[i])
                counted << count.value;
            QCOMPARE(counted, values[i]);
        }
    }

    // A page of the comparison list walks an index in the list's order (15_comparison_title.sql): no
    // sort of every comparison per page.
    void aComparisonPageReadsAnIndex()
    {
        QSqlQuery plan(m_store->database().connection());
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT pk FROM comparisons"
                                         " ORDER BY title COLLATE NOCASE, id LIMIT 200 OFFSET 0")));
        QStringList steps;
        while (plan.next())
            steps << plan.value(3).toString();
        QVERIFY2(steps.join(' ').contains(QStringLiteral("USING INDEX comparisons_title")) ||
                     steps.join(' ').contains(QStringLiteral("USING COVERING INDEX comparisons_title")),
                 qPrintable(steps.join(QStringLiteral("; "))));
        QVERIFY2(!steps.join(' ').contains(QStringLiteral("TEMP B-TREE")),
                 qPrintable(steps.join(QStringLiteral("; "))));
        QCOMPARE(m_store->catalog().comparisons(0, 1).value(0).comparison.id, QStringLiteral("a-vs-b"));
        QCOMPARE(m_store->catalog().comparisons(1, 5).value(0).comparison.id, QStringLiteral("c-vs-d-vs-e"));
    }

    void pagingIsConsistentWithTheFullList()
    {
        ToolQuery query;
        query.sort = ToolSort::PanelShip;
        const QStringList all = ids(query);
        QStringList paged;
        for (int offset = 0; offset < all.size(); offset += 4)
            paged += toolIds(m_store->catalog().fetchTools(query, offset, 4));
        QCOMPARE(paged, all);
    }

    void oneComparisonsTools()
    {
        ToolQuery query;
        query.comparisonId = "c-vs-d-vs-e";
        QCOMPARE(ids(query), (QStringList{"c", "d", "e"}));
        query.values(Facet::Pricing) = QStringList{"Paid"};
        QCOMPARE(ids(query), QStringList{"d"});
    }

    // The "Watched" filter: only the watched tools, with the other filters; a watched id the catalog
    // does not hold adds nothing, and the facets count within the watched tools.
    void watchedOnly()
    {
        QVERIFY(m_store->watches().watch(WatchKind::Tool, "e").value());
        QVERIFY(m_store->watches().watch(WatchKind::Tool, "b").value());
        QVERIFY(m_store->watches().watch(WatchKind::Tool, "no-such-tool").value());
        QVERIFY(m_store->watches().watch(WatchKind::Comparison, "a-vs-b").value()); // not a tool
        ToolQuery query;
        query.watchedOnly = true;
        QCOMPARE(ids(query), (QStringList{"b", "e"}));
        QCOMPARE(m_store->catalog().countTools(query), 2);
        const auto counts = m_store->catalog().facetCounts(query);
        int counted = 0;
        for (const FacetCount& count : counts[static_cast<std::size_t>(Facet::Category)])
            counted += count.count;
        QCOMPARE(counted, 2);
        counted = 0;
        for (const FacetCount& count : counts[static_cast<std::size_t>(Facet::PanelVerdict)])
            counted += count.count;
        QCOMPARE(counted, 2);
        query.values(Facet::PanelVerdict) = QStringList{"majority-ship"};
        QCOMPARE(ids(query), QStringList{"b"});
        query.values(Facet::PanelVerdict).clear();
        query.values(Facet::Pricing) = QStringList{"Free"};
        QCOMPARE(ids(query), QStringList{"e"});
        query.values(Facet::Pricing).clear();
        query.search = "echo";
        QCOMPARE(ids(query), QStringList{"e"});
        query.search = "able";
        QVERIFY(ids(query).isEmpty());
        QVERIFY(m_store->watches().unwatch(WatchKind::Tool, "e").value());
        query.search.clear();
        QCOMPARE(ids(query), QStringList{"b"});
        QVERIFY(m_store->watches().unwatch(WatchKind::Tool, "b").value());
        QVERIFY(ids(query).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestToolQuery)
#include "tst_toolquery.moc"
