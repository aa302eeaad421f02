// SPDX-License-Identifier: GPL-3.0-or-later
// Synthetic catalogs for the benchmark, in the real feed format (docs/feed-format.md). Every record is
// a pure function of the scale's seed and the record's index, so two runs write the same bytes and a
// later "change" document can rebuild any record with one field altered.
#pragma once

#include <base/Result.h>
#include <feed/Feed.h>

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace sos::bench {

struct Scale
{
    QString name;          // S, M, L
    int tools = 0;         // each with one review per lens
    int comparisons = 0;   // of two to four tools
    qint64 voteEvents = 0; // single votes, folded into per-tool tallies as the feed server does
    std::uint64_t seed = 0;

    static std::optional<Scale> fromName(const QString& name);
};

// A small, fast generator with a fixed output on every platform (splitmix64), unlike the standard
// distributions whose results are implementation-defined.
class Rng
{
public:
    explicit Rng(std::uint64_t seed)
        : m_state(seed)
    {}
    std::uint64_t next();
    int below(int bound) { return static_cast<int>(next() % static_cast<std::uint64_t>(bound)); }
    int between(int low, int high) { return low + below(high - low + 1); } // both ends included

private:
    std::uint64_t m_state;
};

// What the generator wrote: the feed documents to import, in order, and the same rows as CSV files.
struct GeneratedFeed
{
    QStringList feedFiles;                       // each a whole feed document under the size cap
    QList<std::pair<QString, QString>> csvFiles; // (table, file) for sqlite3's .import
    qint64 feedBytes = 0;
    qint64 lenses = 0;
    qint64 tools = 0;
    qint64 reviews = 0;
    qint64 comparisons = 0;
    qint64 tallies = 0;
    qint64 voteEvents = 0;
    QString fourToolComparisonId; // a comparison with four tools, for the comparison measures
    QString fourToolComparisonTitle;

    qint64 records() const { return lenses + tools + reviews + comparisons + tallies; }
};

// A document changing 1% of each kind of record (tools, reviews, comparisons, tallies).
struct ChangeSet
{
    QString file;
    qint64 records = 0;
};

class FeedGenerator
{
public:
    static constexpr int lensCount = 4;
    static constexpr int toolsPerDocument = 10'000; // about 42 MB of JSON a document

    explicit FeedGenerator(Scale scale);

    // Writes the feed documents and CSV files into folder.
    Result<GeneratedFeed> write(const QString& folder);
    // Writes the n-th change document (n = 0, 1, ...): every record it holds is newer than the
    // previous one's, so each import moves 1% of the catalog forward.
    Result<ChangeSet> writeChange(const QString& folder, int n) const;

    // Single records, for the change documents and for tests of the generator.
    Lens lensAt(int index) const;
    Tool toolAt(int index, int revision = 0) const;
    Review reviewAt(int toolIndex, int lensIndex, int revision = 0) const;
    Comparison comparisonAt(int index, int revision = 0) const;
    // A word from the fixed list (for search-as-you-type queries).
    static QStringList words();
    QString feedId() const;

private:
    std::uint64_t recordSeed(std::uint64_t kind, std::uint64_t index, std::uint64_t revision) const;
    std::vector<int> comparisonToolIndexes(int index) const;
    void foldVotes();

    Scale m_scale;
    // tallies: per comparison, the votes of each of its tools (in toolIds order)
    std::vector<std::vector<int>> m_votes;
};

} // namespace sos::bench
