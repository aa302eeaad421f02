// SPDX-License-Identifier: GPL-3.0-or-later
#include <base/TextMatch.h>

#include <QTest>

using namespace sos;

class TestTextMatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editDistance_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("distance");
        QTest::newRow("same") << "gemma"
                              << "gemma" << 0;
        QTest::newRow("case only") << "Gemma"
                                   << "gEMMA" << 0;
        QTest::newRow("one missing") << "gema"
                                     << "gemma" << 1;
        QTest::newRow("swap costs two") << "gemam"
                                        << "gemma" << 2;
        QTest::newRow("empty") << ""
                               << "abc" << 3;
    }

    void editDistance()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, distance);
        QCOMPARE(sos::editDistance(a, b), distance);
        QCOMPARE(sos::editDistance(b, a), distance);
    }

    // Names in their natural order, each pair's first sorting before its second by the key alone.
    void naturalSortKeyOrders_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::newRow("9 before 10") << "Chat 9"
                                     << "Chat 10";
        QTest::newRow("10 before 104.9") << "Chat 10"
                                         << "Chat 104.9";
        QTest::newRow("104.9 before 1031.7 (as text it came after)") << "Chat 104.9"
                                                                     << "Chat 1031.7";
        QTest::newRow("case does not count") << "chat 2"
                                             << "CHAT 3";
        QTest::newRow("letters after digits, as in plain text") << "Chat 9"
                                                                << "Chat a";
        QTest::newRow("a prefix first") << "Chat"
                                        << "Chat 1";
        QTest::newRow("zero before one") << "v0"
                                         << "v1";
        QTest::newRow("leading zeros do not count") << "Tool 0599"
                                                    << "Tool 600";
        QTest::newRow("accented letters fold too") << "\u00e9cole 2"
                                                   << "\u00c9cole 10";
        QTest::newRow("other scripts' digits by value") << "Model \u0669"
                                                        << "Model 10";
    }

    void naturalSortKeyOrders()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        const QString a = naturalSortKey(before);
        const QString b = naturalSortKey(after);
        // SQLite's BINARY compares the UTF-8 bytes, in code point order, as QString::compare does for
        // the Basic Multilingual Plane.
        QVERIFY2(a < b, qPrintable(a + QStringLiteral(" / ") + b));
        QVERIFY(a.toUtf8() < b.toUtf8());
    }

    void naturalSortKeyIsTheSameForTheSameName()
    {
        QCOMPARE(naturalSortKey(QStringLiteral("Chat 007")), naturalSortKey(QStringLiteral("chat 7")));
        QCOMPARE(naturalSortKey(QStringLiteral("Chat 104.9")), QStringLiteral("chat 03104.019"));
        QCOMPARE(naturalSortKey(QString()), QString());
    }

    // A review's snippet, cut here as FTS5's snippet() cut it: about 16 words around the first match,
    // the matches marked, an ellipsis where the text was cut.
    void snippetsOfAMatch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("terms");
        QTest::addColumn<QString>("snippet");
        QString long40;
        for (int i = 0; i < 40; ++i)
            long40 += QStringLiteral("w%1 ").arg(i);
        QTest::newRow("short text whole") << QStringLiteral("Competes with Phi-3 Mini.") << QStringList{"ph"}
                                          << QStringLiteral("Competes with [Phi]-3 Mini.");
        QTest::newRow("prefix to the word's end, any case")
            << QStringLiteral("Fast CONTEXT windows") << QStringList{"cont"}
            << QStringLiteral("Fast [CONTEXT] windows");
        QTest::newRow("not mid-word") << QStringLiteral("uncontrolled") << QStringList{"cont"} << QString();
        QTest::newRow("phrase whole")
            << QStringLiteral("open weight, open weights") << QStringList{"open weight"}
            << QStringLiteral("[open weight], open weights");
        QTest::newRow("no match") << QStringLiteral("nothing here") << QStringList{"zzz"} << QString();
        QTest::newRow("no terms") << QStringLiteral("nothing here") << QStringList{} << QString();
        QTest::newRow("cut around the match")
            << long40 << QStringList{"w20"}
            << QStringLiteral(
                   "\u2026w16 w17 w18 w19 [w20] w21 w22 w23 w24 w25 w26 w27 w28 w29 w30 w31\u2026");
        QTest::newRow("match at the start")
            << long40 << QStringList{"w0"}
            << QStringLiteral("[w0] w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15\u2026");
        QTest::newRow("match at the end")
            << long40 << QStringList{"w39"}
            << QStringLiteral("\u2026w24 w25 w26 w27 w28 w29 w30 w31 w32 w33 w34 w35 w36 w37 w38 [w39]");
        QTest::newRow("every match in the window marked")
            << QStringLiteral("tool calling tools and more tool use") << QStringList{"tool"}
            << QStringLiteral("[tool] calling [tools] and more [tool] use");
        QTest::newRow("regex characters are text") << QStringLiteral("C++ (and C) code") << QStringList{"c++"}
                                                   << QStringLiteral("[C++] (and C) code");
    }

    void snippetsOfAMatch()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, terms);
        QFETCH(QString, snippet);
        QCOMPARE(sos::matchSnippet(text, sos::searchTermsPattern(terms), u'[', u']'), snippet);
    }

    void suggestsCloseNames()
    {
        const QStringList names{QStringLiteral("Gemma 3n"), QStringLiteral("Mistral 4B Edge"),
                                QStringLiteral("Mistral 3B Edge"), QStringLiteral("Code Llama 4")};
        QCOMPARE(closestMatches(QStringLiteral("gema"), names), QStringList{QStringLiteral("Gemma 3n")});
        QCOMPARE(closestMatches(QStringLiteral("edge"), names),
                 (QStringList{QStringLiteral("Mistral 4B Edge"), QStringLiteral("Mistral 3B Edge")}));
        QCOMPARE(closestMatches(QStringLiteral("Mistral 5B Edge"), names).first(),
                 QStringLiteral("Mistral 4B Edge"));
        QVERIFY(closestMatches(QStringLiteral("photoshop"), names).isEmpty());
        QVERIFY(closestMatches(QStringLiteral("  "), names).isEmpty());
        QCOMPARE(closestMatches(QStringLiteral("a"), names, 2).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTextMatch)
#include "tst_textmatch.moc"
