// SPDX-License-Identifier: GPL-3.0-or-later
// The feed document: what the bundled catalog file holds and what a remote feed serves. Version 1 is
// documented in docs/feed-format.md. Everything in it is untrusted until parse() has validated it.
#pragma once

#include <base/Result.h>
#include <domain/Domain.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace sos {

struct FeedDocument
{
    static constexpr int supportedFormatVersion = 1;

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

    // How many records it holds, of every kind.
    qint64 recordCount() const
    {
        return lenses.size() + tools.size() + reviews.size() + comparisons.size() + tallies.size() +
               tombstones.size();
    }
};

class FeedParser final
{
    Q_DECLARE_TR_FUNCTIONS(sos::FeedParser)

public:
    // What parse() accepts at most (docs/feed-format.md lists them); a refusal names the bound. They
    // are generous for a whole catalog in one file; HttpJob caps each page fetched over HTTP lower.
    static constexpr qsizetype maxDocumentBytes = qsizetype(512) * 1024 * 1024;
    static constexpr int maxNestingDepth = 64;                   // arrays and objects inside each other
    static constexpr qsizetype maxStringBytes = 1024 * 1024;     // any string or key, as written
    static constexpr qsizetype maxRecordsPerSection = 1'000'000; // e.g. the "reviews" array
    static constexpr qsizetype maxListItems = 1'000;             // strings in toolIds, parameterSizes
    static constexpr int maxTextLength = 100'000;                // characters of a text field
    static constexpr int maxIdLength = 200;                      // characters of an id, name or label

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
