// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog's reader thread (lib/CatalogReader): its answers are the store's own, streamed in order
// and tagged with their request; a request made stale by a newer one sends nothing more, and a
// statement of it still running is stopped midway. On a real SQLite file, read by a second connection.
#include "TestSupport.h"
#include <store/CatalogReader.h>

#include <QSqlError>

using namespace sos;
using namespace sos::test;

namespace {

// What a reader sent for one request.
struct Answer
{
    QList<CatalogPage> pages;
    int total = -1;
    std::optional<CatalogFacets> facets;
};

class Collector
{
public:
    explicit Collector(CatalogReader& reader)
    {
        QObject::connect(&reader, &CatalogReader::pageReady, &m_context,
                         [this](const CatalogPage& page) { m_answers[page.generation].pages << page; });
        QObject::connect(&reader, &CatalogReader::countReady, &m_context,
                         [this](quint64 generation, int total) { m_answers[generation].total = total; });
        QObject::connect(
            &reader, &CatalogReader::facetsReady, &m_context,
            [this](const CatalogFacets& facets) { m_answers[facets.generation].facets = facets; });
    }
    bool has(quint64 generation) const { return m_answers.contains(generation); }
    const Answer& operator[](quint64 generation) { return m_answers[generation]; }

private:
    QObject m_context;
    QHash<quint64, Answer> m_answers;
};

QStringList facetTexts(const QList<FacetCount>& counts)
{
    QStringList texts;
    for (const FacetCount& count : counts)
        texts << QStringLiteral("%1=%2").arg(count.value).arg(count.count);
    return texts;
}

// Adds tools named "Bulk 00000", "Bulk 00001"... in one statement (the triggers keep figures and the
// search index as for any other tool).
void addBulkTools(Store& store, int count)
{
    QSqlQuery insert(store.database().connection());
    QVERIFY2(
        insert.exec(
            QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < %1)"
                " INSERT INTO tools (id, name, vendor, category, pricing, license, deployment, updated_at)"
                " SELECT printf('bulk-%05d', i), printf('Bulk %05d', i), 'Bulk Co', 'Bulk',"
                " CASE WHEN i % 3 = 0 THEN 'Paid' ELSE 'Free' END, 'MIT', 'cloud', '2026-01-01T00:00:00Z'"
                " FROM n")
                .arg(count)),
        qPrintable(insert.lastError().text()));
}

} // namespace

class TestCatalogReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersAsTheStoreDoes_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("pricing");
        QTest::addColumn<int>("sort");
        QTest::newRow("everything") << QString() << QString() << int(ToolSort::Name);
        QTest::newRow("search") << QStringLiteral("mistral") << QString() << int(ToolSort::Name);
        QTest::newRow("facet, by panel") << QString() << QStringLiteral("Free") << int(ToolSort::PanelShip);
        QTest::newRow("nothing matches") << QStringLiteral("zzzqqq") << QString() << int(ToolSort::Vendor);
    }

    void answersAsTheStoreDoes()
    {
        QFETCH(QString, search);
        QFETCH(QString, pricing);
        QFETCH(int, sort);
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QVERIFY(store);
        ToolQuery query;
        query.search = search;
        if (!pricing.isEmpty())
            query.values(Facet::Pricing) << pricing;
        query.sort = static_cast<ToolSort>(sort);
        query.descending = true;

        CatalogReader reader(store->path());
        Collector answers(reader);
        const quint64 generation = reader.request(CatalogRequest{query, 256, {}, true});
        QTRY_VERIFY(answers[generation].facets.has_value());
        const Answer& answer = answers[generation];
        QCOMPARE(answer.pages.size(), 1);
        QCOMPARE(answer.pages.first().offset, 0);
        QCOMPARE(toolIds(answer.pages.first().rows), toolIds(store->catalog().fetchTools(query, 0, 256)));
        QCOMPARE(answer.total, store->catalog().countTools(query));
        const Catalog::AllFacetCounts counts = store->catalog().facetCounts(query);
        for (std::size_t i = 0; i < allFacets.size(); ++i)
            QCOMPARE(facetTexts(answer.facets->counts[i]), facetTexts(counts[i]));
        QCOMPARE(answer.facets->toolCount, 7);
    }

    // A write of the window's connection is seen by the reader's next request.
    void seesTheLatestCommit()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QVERIFY(store);
        CatalogReader reader(store->path());
        Collector answers(reader);
        const quint64 before = reader.request(CatalogRequest{});
        QTRY_COMPARE(answers[before].total, 7);
        addBulkTools(*store, 5);
        const quint64 after = reader.request(CatalogRequest{});
        QTRY_COMPARE(answers[after].total, 12);
    }

    // A search read once into the reading connection's table (holdSearch) gives the count, the rows,
    // the place of a tool and the facets the index gives; after another connection's commit it is
    // read again, so the new tools are in.
    void aHeldSearchAnswersAsTheIndexAndFollowsTheStore()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QVERIFY(store);
        addBulkTools(*store, 700);
        // What is held is the index's answer: it is held once the index is complete.
        ToolQuery bul;
        bul.search = QStringLiteral("bul");
        auto reading = Store::open(store->path());
        QVERIFY(reading);
        QVERIFY(SearchIndex(store->database()).waiting() > 0);
        QCOMPARE(reading.value()->catalog().holdSearch(bul), std::nullopt);
        QVERIFY(SearchIndex(store->database()).indexAll());
        const Catalog& held = reading.value()->catalog();
        for (const QString& text :
             {QStringLiteral("bul"), QStringLiteral("mistral"), QStringLiteral("bulk -00001 pricing:free"),
              QStringLiteral("bulk 0001")}) {
            ToolQuery query;
            query.search = text;
            const int total = store->catalog().countTools(query);
            const auto count = held.holdSearch(query);
            QVERIFY(count.has_value());
            if (Catalog::isSearchOnly(query))
                QCOMPARE(*count, total);
            QCOMPARE(held.countTools(query), total);
            for (bool descending : {false, true}) {
                query.descending = descending;
                QCOMPARE(toolIds(held.fetchTools(query, 0, 100, total)),
                         toolIds(store->catalog().fetchTools(query, 0, 100)));
                QCOMPARE(toolIds(held.fetchTools(query, total - 10, 100, total)),
                         toolIds(store->catalog().fetchTools(query, total - 10, 100)));
            }
            const Catalog::AllFacetCounts heldCounts = held.facetCounts(query, total);
            const Catalog::AllFacetCounts counts = store->catalog().facetCounts(query);
            for (std::size_t i = 0; i < allFacets.size(); ++i)
                QCOMPARE(facetTexts(heldCounts[i]), facetTexts(counts[i]));
            const QString last = store->catalog().fetchTools(query, total - 1, 1).value(0).tool.id;
            QCOMPARE(held.positionOfTool(query, last), total - 1);
        }
        ToolQuery bulk;
        bulk.search = QStringLiteral("bulk");
        const int before = store->catalog().countTools(bulk);
        QVERIFY(before >= 700);
        QCOMPARE(held.holdSearch(bulk), std::optional<int>(before));
        FeedDocument more = emptyFeed();
        more.tools << makeTool(QStringLiteral("bulk-extra"), QStringLiteral("Bulk Extra"));
        QVERIFY(store->feed().applyFeed(more));
        QCOMPARE(held.countTools(bulk), before + 1);
        QCOMPARE(held.fetchTools(bulk, 0, 1000).size(), before + 1);
        QCOMPARE(held.holdSearch(bulk), std::optional<int>(before + 1));
    }

    // The selected tool far down the list: the rows up to it follow the first page, and say its row.
    void readsUpToTheToolToKeep()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QVERIFY(store);
        addBulkTools(*store, 700);
        CatalogReader reader(store->path());
        Collector answers(reader);
        const QString far = QStringLiteral("bulk-00600"); // "Bulk ..." sorts before the bundled tools
        const quint64 generation = reader.request(CatalogRequest{ToolQuery{}, 100, far, false});
        QTRY_COMPARE(answers[generation].pages.size(), 2);
        const CatalogPage& first = answers[generation].pages.at(0);
        QCOMPARE(first.rows.size(), 100);
        QVERIFY(!first.keptResolved);
        const CatalogPage& rest = answers[generation].pages.at(1);
        QVERIFY(rest.keptResolved);
        QCOMPARE(rest.offset, 100);
        QCOMPARE(rest.keptRow, 600);
        QCOMPARE(rest.rows.size(), 600); // five more pages of 100: row 600 is the first of the last one
        QCOMPARE(rest.rows.at(rest.keptRow - rest.offset).tool.id, far);

        // One the query leaves out: resolved, with no row, and no further page. That empty page is not
        // the end of the rows (issue #19: taken for it, it cut the count to the first page); only an
        // answer to fetchMore() says so.
        ToolQuery paidOnly;
        paidOnly.values(Facet::Pricing) << QStringLiteral("Paid");
        const quint64 leftOut =
            reader.request(CatalogRequest{paidOnly, 100, QStringLiteral("bulk-00001"), false});
        QTRY_VERIFY(answers[leftOut].total >= 0);
        QTRY_COMPARE(answers[leftOut].pages.size(), 2);
        QCOMPARE(answers[leftOut].pages.at(1).keptRow, -1);
        QVERIFY(answers[leftOut].pages.at(1).rows.isEmpty());
        QVERIFY(!answers[leftOut].pages.at(1).more);
        QVERIFY(answers[leftOut].total > 100);
    }

    // A count the asker already knows (a new sort of the same rows) is sent back, not read again.
    void aKnownCountIsNotReadAgain()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QVERIFY(store);
        addBulkTools(*store, 300);
        CatalogReader reader(store->path());
        std::atomic<int> counts{0};
        reader.setStepHookForTesting([&](quint64, CatalogReader::Step step) {
            if (step == CatalogReader::Step::Count)
                ++counts;
        });
        Collector answers(reader);
        ToolQuery byVendor;
        byVendor.sort = ToolSort::Vendor;
        const quint64 known = reader.request(CatalogRequest{byVendor, 256, {}, false, 307});
        QTRY_COMPARE(answers[known].total, 307);
        QCOMPARE(toolIds(answers[known].pages.first().rows),
                 toolIds(store->catalog().fetchTools(byVendor, 0, 256)));
        QCOMPARE(counts.load(), 0);
        const quint64 unknown = reader.request(CatalogRequest{byVendor, 256, {}, false});
        QTRY_COMPARE(answers[unknown].total, 307);
        QCOMPARE(counts.load(), 1);
    }

    // Made stale between two of its queries: nothing more is sent for it.
    void aStaleRequestSendsNothingMore()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QVERIFY(store);
        CatalogReader reader(store->path());
        std::atomic<quint64> newer{0};
        reader.setStepHookForTesting([&](quint64 generation, CatalogReader::Step step) {
            if (generation == 1 && step == CatalogReader::Step::Count && newer == 0)
                newer = reader.request(CatalogRequest{}); // from the reader's thread: any thread may ask
        });
        Collector answers(reader);
        ToolQuery free; // counted after its rows are sent (a search alone is counted first)
        free.values(Facet::Pricing) << QStringLiteral("Free");
        QCOMPARE(reader.request(CatalogRequest{free, 256, {}, true}), quint64(1));
        QTRY_VERIFY(newer != 0 && answers[newer].facets.has_value());
        QCOMPARE(answers[1].pages.size(), 1); // its rows were sent before it went stale
        QCOMPARE(answers[1].total, -1);
        QVERIFY(!answers[1].facets.has_value());
        QCOMPARE(answers[newer].total, 7);
    }

    // Made stale while a statement of it runs: SQLite stops that statement, and nothing is sent.
    void aStaleStatementIsStoppedMidway()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QVERIFY(store);
        addBulkTools(*store, 5000); // sorting them takes SQLite far more than one progress check
        CatalogReader reader(store->path());
        std::atomic<quint64> newer{0};
        reader.setStepHookForTesting([&](quint64 generation, CatalogReader::Step step) {
            if (generation == 1 && step == CatalogReader::Step::Running && newer == 0)
                newer = reader.request(CatalogRequest{});
        });
        Collector answers(reader);
        ToolQuery byVendor;
        byVendor.sort = ToolSort::Community;
        QCOMPARE(reader.request(CatalogRequest{byVendor, 256, {}, true}), quint64(1));
        QTRY_VERIFY(newer != 0 && answers[newer].facets.has_value());
        QVERIFY(!answers.has(1));
        QVERIFY(reader.statementsStopped() >= 1);
        QCOMPARE(answers[newer].total, 5007);
        QCOMPARE(toolIds(answers[newer].pages.first().rows),
                 toolIds(store->catalog().fetchTools(ToolQuery{}, 0, 256)));
    }

    // A search that matches most of the catalog reads its pages by walking the names in order: the
    // same rows, in either direction and at any offset, as sorting every match.
    void aBroadSearchReadsTheSameRows()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QVERIFY(store);
        addBulkTools(*store, 700);
        for (const QString& text : {QStringLiteral("bul"), QStringLiteral("mistral")}) {
            for (bool descending : {false, true}) {
                ToolQuery query;
                query.search = text;
                query.descending = descending;
                const int total = store->catalog().countTools(query);
                QVERIFY(total > 0);
                for (int offset : {0, 100, 650, 706}) {
                    QCOMPARE(toolIds(store->catalog().fetchTools(query, offset, 100, total)),
                             toolIds(store->catalog().fetchTools(query, offset, 100)));
                }
            }
        }
    }

    // More rows of the current request; a request for more rows of a stale one is not answered.
    void fetchesMoreRows()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QVERIFY(store);
        addBulkTools(*store, 300);
        CatalogReader reader(store->path());
        Collector answers(reader);
        const quint64 generation = reader.request(CatalogRequest{ToolQuery{}, 256, {}, false});
        QTRY_COMPARE(answers[generation].total, 307);
        reader.fetchMore(generation, ToolQuery{}, 256, 256);
        QTRY_COMPARE(answers[generation].pages.size(), 2);
        QCOMPARE(answers[generation].pages.at(1).offset, 256);
        QVERIFY(answers[generation].pages.at(1).more);
        QVERIFY(!answers[generation].pages.at(0).more);
        QCOMPARE(toolIds(answers[generation].pages.at(1).rows),
                 toolIds(store->catalog().fetchTools(ToolQuery{}, 256, 256)));

        const quint64 current = reader.request(CatalogRequest{ToolQuery{}, 10, {}, false});
        reader.fetchMore(generation, ToolQuery{}, 0, 10); // of the older request: stale
        reader.fetchMore(current, ToolQuery{}, 10, 10);
        QTRY_COMPARE(answers[current].pages.size(), 2);
        QCOMPARE(answers[generation].pages.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCatalogReader)
#include "tst_catalogreader.moc"
