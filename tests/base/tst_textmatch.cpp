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
