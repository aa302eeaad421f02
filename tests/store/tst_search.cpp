// SPDX-License-Identifier: GPL-3.0-or-later
#include "../TestSupport.h"

using namespace sos;
using namespace sos::test;

class TestSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    QStringList search(const QString& text) const
    {
        ToolQuery query;
        query.search = text;
        QStringList ids = queryIds(*m_store, query);
        ids.sort();
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = openStore(m_dir);
        QVERIFY(m_store);
        FeedDocument feed = emptyFeed();
        feed.lenses = fourLenses();
        Tool edge = makeTool(QStringLiteral("edge"), QStringLiteral("Mistral 4B Edge"));
        edge.tagline = QStringLiteral("Runs on your phone");
        Tool coder = makeTool(QStringLiteral("coder"), QStringLiteral("Code Llama 4"));
        coder.description = QStringLiteral("An open-weight model for agentic coding workflows.");
        Tool cafe = makeTool(QStringLiteral("cafe"), QStringLiteral("Café Model"));
        Tool quoted =
            makeTool(QStringLiteral("quoted"), QStringLiteral("Tool \"with\" quotes AND operators"));
        feed.tools = {edge, coder, cafe, quoted};
        feed.reviews =
            makeReviews(QStringLiteral("edge"), 4, 1, QStringLiteral("Competes with Phi-3 Mini and Qwen."));
        feed.reviews += makeReviews(QStringLiteral("cafe"), 1, 1, QStringLiteral("Quantization works well."));
        auto applied = m_store->feed().applyFeed(feed);
        QVERIFY2(applied, qPrintable(applied.errorMessage()));
    }

    void matches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty shows all") << QString() << QStringList{"cafe", "coder", "edge", "quoted"};
        QTest::newRow("only spaces show all")
            << QStringLiteral("   ") << QStringList{"cafe", "coder", "edge", "quoted"};
        QTest::newRow("name word") << QStringLiteral("mistral") << QStringList{"edge"};
        QTest::newRow("case-insensitive") << QStringLiteral("MISTRAL") << QStringList{"edge"};
        QTest::newRow("prefix while typing") << QStringLiteral("mis") << QStringList{"edge"};
        QTest::newRow("every word must match") << QStringLiteral("code llama") << QStringList{"coder"};
        QTest::newRow("words in any order") << QStringLiteral("llama code") << QStringList{"coder"};
        QTest::newRow("tagline") << QStringLiteral("phone") << QStringList{"edge"};
        QTest::newRow("description") << QStringLiteral("agentic") << QStringList{"coder"};
        QTest::newRow("review text") << QStringLiteral("qwen") << QStringList{"edge"};
        QTest::newRow("review text prefix") << QStringLiteral("quantiz") << QStringList{"cafe"};
        QTest::newRow("diacritics folded") << QStringLiteral("cafe") << QStringList{"cafe"};
        QTest::newRow("diacritics typed") << QStringLiteral("café") << QStringList{"cafe"};
        QTest::newRow("hyphenated") << QStringLiteral("open-weight") << QStringList{"coder"};
        QTest::newRow("no match") << QStringLiteral("zebra") << QStringList{};
        // Query syntax typed by a user is just text.
        QTest::newRow("quote") << QStringLiteral("\"") << QStringList{"cafe", "coder", "edge", "quoted"};
        QTest::newRow("unbalanced quote") << QStringLiteral("\"with") << QStringList{"edge", "quoted"};
        QTest::newRow("operators as words") << QStringLiteral("quotes AND") << QStringList{"quoted"};
        QTest::newRow("NOT is a word") << QStringLiteral("NOT mistral") << QStringList{};
        QTest::newRow("FTS5 column filter syntax") << QStringLiteral("{name}:mistral") << QStringList{};
        QTest::newRow("name: is the query language's") << QStringLiteral("name:phone") << QStringList{};
        QTest::newRow("star and parens") << QStringLiteral("*( mistral") << QStringList{"edge"};
        QTest::newRow("sql quote") << QStringLiteral("'; DROP TABLE tools; --") << QStringList{};
    }

    void matches()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(search(text), expected);
    }

    void indexFollowsChanges()
    {
        FeedDocument update = emptyFeed();
        Review review =
            makeReviews(QStringLiteral("coder"), 1, 1, QStringLiteral("Beats DeepSeek Coder on tool use."))
                .first();
        review.updatedAt = at(2);
        update.reviews = {review};
        QVERIFY(m_store->feed().applyFeed(update));
        QCOMPARE(search(QStringLiteral("deepseek")), QStringList{QStringLiteral("coder")});

        Tool renamed = makeTool(QStringLiteral("cafe"), QStringLiteral("Bistro Model"));
        renamed.updatedAt = at(3);
        update = emptyFeed();
        update.tools = {renamed};
        QVERIFY(m_store->feed().applyFeed(update));
        QCOMPARE(search(QStringLiteral("bistro")), QStringList{QStringLiteral("cafe")});
        QCOMPARE(search(QStringLiteral("café")), QStringList{});
        // Its review text still finds it.
        QCOMPARE(search(QStringLiteral("quantization")), QStringList{QStringLiteral("cafe")});
    }

    void matchExpressionQuotesEveryWord()
    {
        QCOMPARE(ftsMatchExpression(QStringLiteral("code llama*")),
                 QStringLiteral("(\"code\"*) AND (\"llama\"*)"));
        QCOMPARE(ftsMatchExpression(QStringLiteral("\"code llama\" -x")),
                 QStringLiteral("((\"code llama\")) NOT (\"x\"*)"));
        QCOMPARE(ftsMatchExpression(QStringLiteral(" -*- ")), QString());
        // More than words: not one FTS5 expression (the count then reads the tools, not the index).
        QCOMPARE(ftsMatchExpression(QStringLiteral("code pricing:free")), QString());
        QCOMPARE(ftsMatchExpression(QStringLiteral("-code")), QString());
        QCOMPARE(ftsMatchExpression(QStringLiteral("code \"llama")), QString()); // unreadable
    }

    void bundledCatalogIsSearchable()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QVERIFY(store);
        ToolQuery query;
        query.search = QStringLiteral("gemma");
        QVERIFY(toolIds(store->catalog().fetchTools(query, 0, 100)).contains(QStringLiteral("gemma-3n")));
        query.search = QStringLiteral("code interpreter");
        QVERIFY(toolIds(store->catalog().fetchTools(query, 0, 100))
                    .contains(QStringLiteral("mistral-medium-3-2")));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
