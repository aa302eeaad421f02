// SPDX-License-Identifier: GPL-3.0-or-later
// A deterministic synthetic feed for the reliability tests: the bundled lenses, N tools reviewed
// through each of them, and comparisons of tool pairs. Written as one document for
// "shiporskip-feed import".
#pragma once

#include "../TestSupport.h"

#include <QJsonDocument>

namespace sos::test {

inline FeedDocument largeFeed(int tools, int comparisons)
{
    const FeedDocument bundled = bundledFeed();
    FeedDocument feed;
    feed.feedId = bundled.feedId;
    feed.generatedAt = at(2);
    feed.lenses = bundled.lenses;
    const QStringList words{QStringLiteral("runtime"), QStringLiteral("latency"), QStringLiteral("pricing"),
                            QStringLiteral("weights"), QStringLiteral("context"), QStringLiteral("tooling"),
                            QStringLiteral("licence"), QStringLiteral("support"), QStringLiteral("adapter")};
    for (int i = 0; i < tools; ++i) {
        Tool tool;
        tool.id = QStringLiteral("tool-%1").arg(i, 5, 10, QLatin1Char('0'));
        tool.name = QStringLiteral("Synthetic Tool %1").arg(i);
        tool.vendor = QStringLiteral("Vendor %1").arg(i % 37);
        tool.category = i % 2 ? QStringLiteral("Developer Tools") : QStringLiteral("Models");
        tool.tagline =
            QStringLiteral("A generated tool about %1 and %2").arg(words.at(i % 9), words.at((i / 9) % 9));
        tool.description = QStringLiteral("Generated for the reliability tests; number %1.").arg(i);
        tool.pricing = i % 3 ? Pricing::Paid : Pricing::Free;
        tool.license = QStringLiteral("Proprietary");
        tool.deployment = QStringLiteral("hosted");
        tool.updatedAt = at(1);
        feed.tools << tool;
        for (const Lens& lens : bundled.lenses) {
            Review review;
            review.id = tool.id + QLatin1Char('/') + lens.id;
            review.toolId = tool.id;
            review.lensId = lens.id;
            review.verdict = (i + lens.position) % 3 ? Verdict::Ship : Verdict::Skip;
            QStringList text;
            for (int w = 0; w < 40; ++w)
                text << words.at((i * 7 + w * 5 + lens.position) % 9);
            review.text = text.join(QLatin1Char(' ')) + QLatin1Char('.');
            review.author = QStringLiteral("Generated panel");
            review.createdAt = at(1);
            review.updatedAt = at(1);
            feed.reviews << review;
        }
    }
    for (int c = 0; c < comparisons; ++c) {
        Comparison comparison;
        comparison.id = QStringLiteral("comparison-%1").arg(c, 5, 10, QLatin1Char('0'));
        comparison.title = QStringLiteral("Synthetic comparison %1").arg(c);
        comparison.toolIds = {feed.tools.at((2 * c) % tools).id, feed.tools.at((2 * c + 1) % tools).id};
        comparison.updatedAt = at(1);
        feed.comparisons << comparison;
    }
    return feed;
}

inline bool writeFeed(const QString& path, const FeedDocument& feed)
{
    QFile file(path);
    const QByteArray bytes = QJsonDocument(FeedWriter::toJson(feed)).toJson(QJsonDocument::Compact);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace sos::test
