// SPDX-License-Identifier: GPL-3.0-or-later
#include "../FeedFixtures.h"
#include <base/Localization.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace sos;
using namespace sos::test;

namespace {

QJsonObject minimalFeed()
{
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("shiporskip-feed")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("feedId"), QStringLiteral("f")},
        {QStringLiteral("generatedAt"), QStringLiteral("2026-11-01T00:00:00Z")},
        {QStringLiteral("tools"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("a")},
                                {QStringLiteral("name"), QStringLiteral("Tool A")},
                                {QStringLiteral("pricing"), QStringLiteral("Free")},
                                {QStringLiteral("updatedAt"), QStringLiteral("2026-11-01T00:00:00Z")}}}},
    };
}

// Sets a field of the first element of section (or of the root when section is empty).
QByteArray withField(const QString& section, const QString& key, const QJsonValue& value)
{
    QJsonObject feed = minimalFeed();
    if (section.isEmpty()) {
        if (value.isUndefined())
            feed.remove(key);
        else
            feed.insert(key, value);
    } else {
        QJsonArray array = feed.value(section).toArray();
        QJsonObject first = array.isEmpty() ? QJsonObject() : array.at(0).toObject();
        if (value.isUndefined())
            first.remove(key);
        else
            first.insert(key, value);
        if (array.isEmpty())
            array.append(first);
        else
            array.replace(0, first);
        feed.insert(section, array);
    }
    return QJsonDocument(feed).toJson();
}

// The minimal feed with one more root field whose value is written as given (any JSON, unchecked).
QByteArray withRawField(const QByteArray& value)
{
    QByteArray json = QJsonDocument(minimalFeed()).toJson(QJsonDocument::Compact);
    json.insert(json.lastIndexOf('}'), QByteArray(",\"extension\":") + value);
    return json;
}

// A number as the errors write it: in the locale's digits.
QString number(qint64 value)
{
    return QLocale().toString(value);
}

QByteArray nested(qsizetype levels)
{
    return QByteArray("[").repeated(levels) + QByteArray("]").repeated(levels);
}

QByteArray quoted(const QByteArray& text)
{
    return '"' + text + '"';
}

// A feed whose "reviews" section holds count empty objects.
QByteArray withEmptyReviews(qsizetype count)
{
    QByteArray records = QByteArray("{},").repeated(count);
    records.chop(1);
    return withRawField("0,\"reviews\":[" + records + ']');
}

QByteArray comparisonOf(qsizetype tools)
{
    QJsonArray ids;
    for (qsizetype i = 0; i < tools; ++i)
        ids.append(QStringLiteral("tool-%1").arg(i));
    QJsonObject feed = minimalFeed();
    feed.insert(
        QStringLiteral("comparisons"),
        QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("c")},
                               {QStringLiteral("title"), QStringLiteral("Many")},
                               {QStringLiteral("toolIds"), ids},
                               {QStringLiteral("updatedAt"), QStringLiteral("2026-11-01T00:00:00Z")}}});
    return QJsonDocument(feed).toJson();
}

} // namespace

class TestFeedParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The errors with a count take their English plural forms ("1001 items") from the translations;
    // other numbers are in the locale's digits.
    void initTestCase() { QCOMPARE(installTranslations(QString()), QStringLiteral("en")); }

    void bundledCatalogHasThePagesFacts()
    {
        const FeedDocument feed = bundledFeed();
        QCOMPARE(feed.formatVersion, 1);
        QCOMPARE(feed.lenses.size(), 4);
        QCOMPARE(feed.tools.size(), 7);
        QCOMPARE(feed.reviews.size(), 28);
        QCOMPARE(feed.comparisons.size(), 5);
        QVERIFY(feed.tallies.isEmpty()); // community votes start empty, as on the pages
        QStringList names;
        for (const Tool& tool : feed.tools)
            names << tool.name;
        names.sort();
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Code Llama 4"), QStringLiteral("Code Llama 4 (70B & 400B)"),
                              QStringLiteral("Gemma 3n"), QStringLiteral("Llama 4 Compact (12B)"),
                              QStringLiteral("Mistral 3B Edge"), QStringLiteral("Mistral 4B Edge"),
                              QStringLiteral("Mistral Medium 3.2")}));
        // Every tool has one review per lens; every text is plain (no markup).
        for (const Tool& tool : feed.tools) {
            QSet<QString> lenses;
            for (const Review& review : feed.reviews) {
                if (review.toolId == tool.id) {
                    lenses.insert(review.lensId);
                    QVERIFY2(!review.text.contains(QLatin1Char('<')), qPrintable(review.id));
                }
            }
            QCOMPARE(lenses.size(), 4);
        }
    }

    // What FeedWriter writes, FeedParser reads back unchanged.
    void writerRoundTrip()
    {
        FeedDocument feed = bundledFeed();
        feed.tallies = {Tally{"gemma-3n-vs-mistral-medium-3-2", "gemma-3n", 7, at(2)}};
        feed.tombstones = {Tombstone{Tombstone::Kind::Review, "x/y", at(3)}};
        auto again = FeedParser::parse(QJsonDocument(FeedWriter::toJson(feed)).toJson());
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(again->feedId, feed.feedId);
        QCOMPARE(again->cursor, feed.cursor);
        QCOMPARE(again->generatedAt, feed.generatedAt);
        QVERIFY(again->lenses == feed.lenses);
        QVERIFY(again->tools == feed.tools);
        QVERIFY(again->reviews == feed.reviews);
        QVERIFY(again->comparisons == feed.comparisons);
        QVERIFY(again->tallies == feed.tallies);
        QVERIFY(again->tombstones == feed.tombstones);
    }

    void accepts_minimal()
    {
        auto feed = FeedParser::parse(QJsonDocument(minimalFeed()).toJson());
        QVERIFY2(feed, qPrintable(feed.errorMessage()));
        QCOMPARE(feed->tools.size(), 1);
        QCOMPARE(feed->tools.first().pricing, Pricing::Free);
        QVERIFY(feed->reviews.isEmpty()); // an incremental feed may leave sections out
    }

    void acceptsTheFirstAndLastTimestamps()
    {
        QJsonObject feed = minimalFeed();
        feed.insert(QStringLiteral("generatedAt"), QStringLiteral("0001-01-01T00:00:00Z"));
        QJsonArray tools = feed.value(QStringLiteral("tools")).toArray();
        QJsonObject tool = tools.at(0).toObject();
        tool.insert(QStringLiteral("updatedAt"), QStringLiteral("9999-12-31T23:59:59.999Z"));
        feed.insert(QStringLiteral("tools"), QJsonArray{tool});
        auto parsed = FeedParser::parse(QJsonDocument(feed).toJson());
        QVERIFY2(parsed, qPrintable(parsed.errorMessage()));
        QCOMPARE(timestampToString(parsed->generatedAt), QStringLiteral("0001-01-01T00:00:00.000Z"));
        QCOMPARE(timestampToString(parsed->tools.at(0).updatedAt),
                 QStringLiteral("9999-12-31T23:59:59.999Z"));
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected"); // part of the error message

        QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QStringLiteral("not valid JSON");
        QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("must be a JSON object");
        QTest::newRow("another format") << withField({}, QStringLiteral("format"), QStringLiteral("rss"))
                                        << QStringLiteral("not a ShipOrSkip feed");
        QTest::newRow("newer version")
            << withField({}, QStringLiteral("formatVersion"), 2) << QStringLiteral("format version 2");
        QTest::newRow("fractional version")
            << withField({}, QStringLiteral("formatVersion"), 1.5) << QStringLiteral("whole number");
        QTest::newRow("no feed id") << withField({}, QStringLiteral("feedId"), QJsonValue::Undefined)
                                    << QStringLiteral("\"feedId\" is missing");
        QTest::newRow("tools not an array") << withField({}, QStringLiteral("tools"), QStringLiteral("x"))
                                            << QStringLiteral("\"tools\" must be an array");
        QTest::newRow("tool without name")
            << withField(QStringLiteral("tools"), QStringLiteral("name"), QJsonValue::Undefined)
            << QStringLiteral("tools[0]: the field \"name\" is missing");
        QTest::newRow("blank name") << withField(QStringLiteral("tools"), QStringLiteral("name"),
                                                 QStringLiteral("  "))
                                    << QStringLiteral("\"name\" is empty");
        QTest::newRow("number as name") << withField(QStringLiteral("tools"), QStringLiteral("name"), 7)
                                        << QStringLiteral("\"name\" must be a string");
        QTest::newRow("unknown pricing")
            << withField(QStringLiteral("tools"), QStringLiteral("pricing"), QStringLiteral("Freemium"))
            << QStringLiteral("must be one of Free, Paid");
        QTest::newRow("bad timestamp")
            << withField(QStringLiteral("tools"), QStringLiteral("updatedAt"), QStringLiteral("last week"))
            << QStringLiteral("not an ISO 8601 timestamp");
        QTest::newRow("huge id") << withField(QStringLiteral("tools"), QStringLiteral("id"),
                                              QString(500, QLatin1Char('x')))
                                 << QStringLiteral("longer than 200");
        QTest::newRow("bad verdict") << withField(QStringLiteral("reviews"), QStringLiteral("verdict"),
                                                  QStringLiteral("maybe"))
                                     << QStringLiteral("reviews[0]");
        QJsonObject negative = minimalFeed();
        negative.insert(
            QStringLiteral("tallies"),
            QJsonArray{QJsonObject{{QStringLiteral("comparisonId"), QStringLiteral("c")},
                                   {QStringLiteral("toolId"), QStringLiteral("a")},
                                   {QStringLiteral("votes"), -3},
                                   {QStringLiteral("updatedAt"), QStringLiteral("2026-11-01T00:00:00Z")}}});
        QTest::newRow("negative votes") << QJsonDocument(negative).toJson() << QStringLiteral("at least 0");
        // Found with fuzz_feedparser: a number past int's range was cast to int (undefined behaviour,
        // reported by UBSan), and a timestamp whose UTC year is outside 1 to 9999 was accepted though
        // the store and FeedWriter cannot write it (it became an empty text).
        QJsonObject hugeVotes = negative;
        QJsonArray tallies = hugeVotes.value(QStringLiteral("tallies")).toArray();
        QJsonObject tally = tallies.at(0).toObject();
        tally.insert(QStringLiteral("votes"), 2147483648.0);
        hugeVotes.insert(QStringLiteral("tallies"), QJsonArray{tally});
        QTest::newRow("votes past int") << QJsonDocument(hugeVotes).toJson()
                                        << QStringLiteral("tallies[0]: the field \"votes\" must be a whole "
                                                          "number of at least 0 and at most %1")
                                               .arg(number(2147483647));
        QTest::newRow("huge version") << withField({}, QStringLiteral("formatVersion"), 1e300)
                                      << QStringLiteral("at least 1 and at most %1").arg(number(2147483647));
        QTest::newRow("year past 9999 in UTC")
            << withField(QStringLiteral("tools"), QStringLiteral("updatedAt"),
                         QStringLiteral("9999-12-31T23:00:00-05:00"))
            << QStringLiteral("\"updatedAt\" is not an ISO 8601 timestamp of the years 1 to 9999 in UTC");
        QTest::newRow("year before 1 in UTC")
            << withField({}, QStringLiteral("generatedAt"), QStringLiteral("0001-01-01T00:30:00+01:00"))
            << QStringLiteral("\"generatedAt\" is not an ISO 8601 timestamp of the years 1 to 9999 in UTC");
        QTest::newRow("unknown tombstone kind")
            << withField(QStringLiteral("tombstones"), QStringLiteral("kind"), QStringLiteral("user"))
            << QStringLiteral("must be one of lens, tool, review, comparison");

        QJsonObject oneTool = minimalFeed();
        oneTool.insert(
            QStringLiteral("comparisons"),
            QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("c")},
                                   {QStringLiteral("title"), QStringLiteral("A alone")},
                                   {QStringLiteral("toolIds"), QJsonArray{QStringLiteral("a")}},
                                   {QStringLiteral("updatedAt"), QStringLiteral("2026-11-01T00:00:00Z")}}});
        QTest::newRow("comparison of one")
            << QJsonDocument(oneTool).toJson() << QStringLiteral("at least two tools");

        QJsonObject duplicate = minimalFeed();
        QJsonArray tools = duplicate.value(QStringLiteral("tools")).toArray();
        tools.append(tools.at(0));
        duplicate.insert(QStringLiteral("tools"), tools);
        QTest::newRow("duplicate id")
            << QJsonDocument(duplicate).toJson() << QStringLiteral("the id \"a\" twice");

        // Each bound of FeedParser, one past it: the error names the bound (acceptsAtTheBounds reads
        // documents exactly at them).
        const QByteArray longString(FeedParser::maxStringBytes + 1, 'x');
        QTest::newRow("too deep") << withRawField(nested(FeedParser::maxNestingDepth))
                                  << QStringLiteral("nests arrays and objects more than 64 levels deep");
        const QByteArray withLongString = withRawField(quoted(longString));
        QTest::newRow("string too long")
            << withLongString
            << QStringLiteral("string of 1048577 bytes at byte %1; a string may have "
                              "at most %2 bytes")
                   .arg(number(withLongString.indexOf(quoted(longString))), number(1048576));
        QTest::newRow("key too long")
            << withRawField("{" + quoted(longString) + ":0}")
            << QStringLiteral("a string may have at most %1 bytes").arg(number(1048576));
        QTest::newRow("unterminated string too long")
            << withRawField('"' + longString)
            << QStringLiteral("a string may have at most %1 bytes").arg(number(1048576));
        QTest::newRow("escapes count as written, too long")
            << withRawField(quoted(QByteArray("\\\"").repeated(FeedParser::maxStringBytes / 2) + 'x'))
            << QStringLiteral("a string may have at most %1 bytes").arg(number(1048576));
        QTest::newRow("too many records")
            << withEmptyReviews(FeedParser::maxRecordsPerSection + 1)
            << QStringLiteral("The feed's \"reviews\" hold 1000001 records; a section "
                              "may hold at most %1")
                   .arg(number(1000000));
        // At the bound the records are read, and the first one is found wanting.
        QTest::newRow("records at the bound") << withEmptyReviews(FeedParser::maxRecordsPerSection)
                                              << QStringLiteral("reviews[0]: the field \"id\" is missing");
        QTest::newRow("too many list items")
            << comparisonOf(FeedParser::maxListItems + 1)
            << QStringLiteral("comparisons[0]: the field \"toolIds\" holds 1001 "
                              "items; at most %1 are allowed")
                   .arg(number(1000));
        QTest::newRow("text too long") << withField(QStringLiteral("tools"), QStringLiteral("description"),
                                                    QString(FeedParser::maxTextLength + 1, QLatin1Char('d')))
                                       << QStringLiteral("tools[0]: the field \"description\" is longer than "
                                                         "100000 characters");
    }

    void rejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto feed = FeedParser::parse(json);
        QVERIFY(!feed);
        QVERIFY2(feed.errorMessage().contains(expected), qPrintable(feed.errorMessage()));
    }

    // Each bound of FeedParser: exactly at it a document is read (rejects_data has each one past it).
    void acceptsAtTheBounds_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray longString(FeedParser::maxStringBytes, 'x');
        QTest::newRow("nesting") << withRawField(nested(FeedParser::maxNestingDepth - 1)); // root is 1
        QTest::newRow("string") << withRawField(quoted(longString));
        QTest::newRow("key") << withRawField("{" + quoted(longString) + ":0}");
        QTest::newRow("escapes count as written")
            << withRawField(quoted(QByteArray("\\\"").repeated(FeedParser::maxStringBytes / 2)));
        QTest::newRow("brackets inside strings are text")
            << withRawField(quoted("\\\"" + QByteArray("[{").repeated(FeedParser::maxNestingDepth)));
        QTest::newRow("list items") << comparisonOf(FeedParser::maxListItems);
        QTest::newRow("text") << withField(QStringLiteral("tools"), QStringLiteral("description"),
                                           QString(FeedParser::maxTextLength, QLatin1Char('d')));
    }

    void acceptsAtTheBounds()
    {
        QFETCH(QByteArray, json);
        auto feed = FeedParser::parse(json);
        QVERIFY2(feed, qPrintable(feed.errorMessage()));
        QCOMPARE(feed->tools.size(), 1);
    }

    // The size is checked before anything is read: the bytes of this document are never touched.
    void refusesADocumentPastTheSizeBound()
    {
        const QByteArray json(FeedParser::maxDocumentBytes + 1, Qt::Uninitialized);
        auto feed = FeedParser::parse(json);
        QVERIFY(!feed);
        QCOMPARE(feed.errorMessage(), QStringLiteral("The feed has %1 bytes; a feed document may "
                                                     "have at most 512 MiB (%2 bytes)")
                                          .arg(number(536870913), number(536870912)));
    }
};

QTEST_GUILESS_MAIN(TestFeedParser)
#include "tst_feedparser.moc"
