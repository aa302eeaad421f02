// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: FeedParser::parse on any bytes. Beyond crashes and sanitizer reports it checks one
// property: a feed the parser accepts, FeedWriter writes back as a document that parses to the same
// feed. Needs no QCoreApplication (the parser's messages fall back to their source text).
#include "FuzzTarget.h"
#include <feed/Feed.h>

#include <QJsonDocument>

using namespace sos;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto feeds = fuzz::roundTrip<FeedDocument>(
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)),
        [](const QByteArray& json) { return FeedParser::parse(json); },
        [](const FeedDocument& feed) {
            return QJsonDocument(FeedWriter::toJson(feed)).toJson(QJsonDocument::Compact);
        });
    if (!feeds)
        return 0;
    const auto& [feed, again] = *feeds;
    fuzz::expectSame("formatVersion", feed.formatVersion, again.formatVersion);
    fuzz::expectSame("feedId", feed.feedId, again.feedId);
    fuzz::expectSame("generatedAt", feed.generatedAt, again.generatedAt);
    fuzz::expectSame("cursor", feed.cursor, again.cursor);
    fuzz::expectSame("lenses", feed.lenses == again.lenses);
    fuzz::expectSame("tools", feed.tools == again.tools);
    fuzz::expectSame("reviews", feed.reviews == again.reviews);
    fuzz::expectSame("comparisons", feed.comparisons == again.comparisons);
    fuzz::expectSame("tallies", feed.tallies == again.tallies);
    fuzz::expectSame("tombstones", feed.tombstones == again.tombstones);
    return 0;
}
