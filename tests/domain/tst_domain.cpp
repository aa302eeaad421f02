// SPDX-License-Identifier: GPL-3.0-or-later
#include <domain/Domain.h>

#include <QTest>

using namespace sos;

class TestDomain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void panelScore_data()
    {
        QTest::addColumn<int>("ships");
        QTest::addColumn<int>("reviews");
        QTest::addColumn<int>("percent"); // -1: no figure
        QTest::addColumn<PanelVerdict>("verdict");
        QTest::addColumn<QString>("display");
        QTest::newRow("four of four")
            << 4 << 4 << 100 << PanelVerdict::UnanimousShip << QStringLiteral("100% (4 of 4)");
        QTest::newRow("three of four")
            << 3 << 4 << 75 << PanelVerdict::MajorityShip << QStringLiteral("75% (3 of 4)");
        QTest::newRow("two of four") << 2 << 4 << 50 << PanelVerdict::Split << QStringLiteral("50% (2 of 4)");
        QTest::newRow("one of four") << 1 << 4 << 25 << PanelVerdict::MajoritySkip
                                     << QStringLiteral("25% (1 of 4)");
        QTest::newRow("none of four")
            << 0 << 4 << 0 << PanelVerdict::MajoritySkip << QStringLiteral("0% (0 of 4)");
        QTest::newRow("two of three rounds up")
            << 2 << 3 << 67 << PanelVerdict::MajorityShip << QStringLiteral("67% (2 of 3)");
        QTest::newRow("one of three rounds down")
            << 1 << 3 << 33 << PanelVerdict::MajoritySkip << QStringLiteral("33% (1 of 3)");
        QTest::newRow("one of eight rounds half up")
            << 1 << 8 << 13 << PanelVerdict::MajoritySkip << QStringLiteral("13% (1 of 8)");
        QTest::newRow("no reviews") << 0 << 0 << -1 << PanelVerdict::Unreviewed << QStringLiteral("\u2014");
    }

    void panelScore()
    {
        QFETCH(int, ships);
        QFETCH(int, reviews);
        QFETCH(int, percent);
        QFETCH(PanelVerdict, verdict);
        QFETCH(QString, display);
        const PanelScore score{ships, reviews};
        QCOMPARE(score.percent().value_or(-1), percent);
        QCOMPARE(score.verdict(), verdict);
        QCOMPARE(score.toDisplayString(), display);
    }

    void communityShareWithoutVotesHasNoFigure()
    {
        const CommunityShare none{0, 0};
        QVERIFY(!none.percent().has_value());
        QCOMPARE(none.toDisplayString(), QStringLiteral("\u2014"));
        const CommunityShare zeroOfTen{0, 10};
        QCOMPARE(zeroOfTen.percent().value_or(-1), 0);
        QCOMPARE(CommunityShare({31, 50}).toDisplayString(), QStringLiteral("62% (31 of 50)"));
    }

    void enumsRoundTrip()
    {
        QCOMPARE(enumFromName<Pricing>(QStringLiteral("free")), Pricing::Free);
        QCOMPARE(enumFromName<Pricing>(QStringLiteral("PAID")), Pricing::Paid);
        QVERIFY(!enumFromName<Pricing>(QStringLiteral("freemium")).has_value());
        QCOMPARE(enumFromName<Verdict>(QStringLiteral("Ship")), Verdict::Ship);
        QVERIFY(!enumFromName<Verdict>(QStringLiteral("maybe")).has_value());
        for (PanelVerdict verdict :
             {PanelVerdict::UnanimousShip, PanelVerdict::MajorityShip, PanelVerdict::Split,
              PanelVerdict::MajoritySkip, PanelVerdict::Unreviewed})
            QCOMPARE(enumFromName<PanelVerdict>(enumName(verdict)), verdict);
    }

    // Labels in sentence case; the feed's own value stays what the JSON and the CLI say.
    void deploymentLabels_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("label");
        QTest::newRow("on-device") << "on-device"
                                   << "On-device";
        QTest::newRow("hosted") << "hosted"
                                << "Hosted";
        QTest::newRow("self-hosted") << "self-hosted"
                                     << "Self-hosted";
        QTest::newRow("another value") << "edge cluster"
                                       << "Edge cluster";
        QTest::newRow("already capitalised") << "Hybrid"
                                             << "Hybrid";
        QTest::newRow("none") << ""
                              << "";
    }

    void deploymentLabels()
    {
        QFETCH(QString, value);
        QFETCH(QString, label);
        QCOMPARE(deploymentLabel(value), label);
    }

    void timestampsSortAsText()
    {
        const QDateTime earlier(QDate(2026, 1, 2), QTime(9, 0), Qt::UTC);
        const QDateTime later = earlier.addMSecs(1);
        QVERIFY(timestampToString(earlier) < timestampToString(later));
        QCOMPARE(timestampFromString(timestampToString(later)), later);
        QCOMPARE(timestampFromString(QStringLiteral("2026-11-01T01:00:00+01:00")),
                 QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC));
        QVERIFY(!timestampFromString(QStringLiteral("yesterday")).isValid());
    }

    // The usual form is written and read by hand: the same as Qt's ISO 8601 gives, and anything else
    // still goes through Qt.
    void timestampsMatchQtsIsoForm()
    {
        const auto viaQt = [](const QString& text) {
            QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (!time.isValid())
                time = QDateTime::fromString(text, Qt::ISODate);
            return time.isValid() && time.toUTC().date().year() >= 1 ? time.toUTC() : QDateTime();
        };
        const QDateTime start(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
        for (qint64 step = 0; step < 2000; ++step) {
            const QDateTime time = start.addMSecs(step * 987'654'321'123LL % 253'402'300'799'999LL);
            const QString qt = time.toString(Qt::ISODateWithMs);
            QCOMPARE(timestampToString(time), qt);
            QCOMPARE(timestampFromString(qt), viaQt(qt));
            QCOMPARE(timestampFromString(qt).timeSpec(), Qt::UTC);
        }
        const QDateTime east(QDate(2026, 6, 1), QTime(12, 0), Qt::OffsetFromUTC, 7200);
        QCOMPARE(timestampToString(east), QStringLiteral("2026-06-01T10:00:00.000Z"));
        const QDateTime early(QDate(812, 3, 4), QTime(5, 6, 7, 8), Qt::UTC);
        QCOMPARE(timestampToString(early), early.toString(Qt::ISODateWithMs));
        for (const char* text :
             {"2026-11-30T24:00:00.000Z", "2026-02-30T00:00:00.000Z", "2026-11-30T23:60:00.000Z",
              "2026-11-30 23:00:00.000Z", "0000-01-01T00:00:00.000Z", "2026-1x-30T23:00:00.000Z",
              "2026-11-30T23:00:00.000+01:00", "2026-11-30T23:00:00Z"}) {
            const QString timestamp = QString::fromLatin1(text);
            QCOMPARE(timestampFromString(timestamp), viaQt(timestamp));
        }
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
