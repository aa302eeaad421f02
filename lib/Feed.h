// SPDX-License-Identifier: GPL-3.0-or-later
// The feed document: what the bundled catalog file holds and what a remote feed serves. Version 1 is
// documented in docs/feed-format.md. Everything in it is untrusted until parse() has validated it.
#pragma once

#include "Domain.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace sos {

struct FeedDocument
{
    static constexpr int supportedFormatVersion = 1;
    static constexpr qsizetype maxSizeBytes = 64 * 1024 * 1024;

    int formatVersion = supportedFormatVersion;
    QString feedId;
    QDateTime generatedAt;
    QString cursor;
    QList<Lens> lenses;
    QList<Tool> tools;
    QList<Review> reviews;
    QList<Comparison> comparisons;
    QList<Tally> tallies;
    QList<Tombstone> tombstones;
};

class FeedParser final
{
public:
    // Parses and validates a feed document; the error names the first problem and where it is. The
    // document's top-level object goes to root when asked for (its other fields, without parsing again).
    static Result<FeedDocument> parse(const QByteArray& json, QJsonObject* root = nullptr);
};

// Writes a feed as static files in folder: feed.json, then feed-2.json... linked by "next", at most
// pageSize records each, every file written whole or not at all. Returns the number of files.
Result<int> writeStaticFeed(const FeedDocument& feed, const QString& folder, int pageSize);

// Writes feed documents in the same format FeedParser reads (empty sections are left out).
class FeedWriter final
{
public:
    static QJsonObject toJson(const FeedDocument& feed);
    static QJsonObject toJson(const Lens& lens);
    static QJsonObject toJson(const Tool& tool);
    static QJsonObject toJson(const Review& review);
    static QJsonObject toJson(const Comparison& comparison);
    static QJsonObject toJson(const Tally& tally);
    static QJsonObject toJson(const Tombstone& tombstone);
};

} // namespace sos
