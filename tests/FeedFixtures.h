// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds built in code for the test suites, and the bundled one: values only, no store, so that the
// feed part's tests link the feed part alone.
#pragma once

#include <feed/Feed.h>

#include <QFile>
#include <QTest>
#include <QTimeZone>

namespace sos::test {

inline QDateTime at(int day, int hour = 0)
{
    return QDateTime(QDate(2026, 1, day), QTime(hour, 0), Qt::UTC);
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

} // namespace sos::test
