// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedGenerator.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <array>

namespace sos::bench {

namespace {

// The vocabulary of every generated text: words a reviewer of software tools might use.
constexpr std::array wordList{
    "latency",     "throughput", "context",    "window",     "tokens",        "prompt",    "inference",
    "quantized",   "weights",    "license",    "hosted",     "local",         "device",    "phone",
    "laptop",      "server",     "cluster",    "budget",     "invoice",       "pricing",   "contract",
    "vendor",      "support",    "roadmap",    "release",    "version",       "upgrade",   "migration",
    "integration", "plugin",     "editor",     "terminal",   "pipeline",      "deploy",    "rollout",
    "sandbox",     "container",  "kernel",     "driver",     "memory",        "storage",   "cache",
    "index",       "search",     "ranking",    "retrieval",  "embedding",     "vector",    "summary",
    "translation", "speech",     "vision",     "image",      "diagram",       "chart",     "table",
    "report",      "review",     "verdict",    "panel",      "team",          "engineer",  "designer",
    "analyst",     "manager",    "buyer",      "customer",   "user",          "developer", "tester",
    "reliable",    "brittle",    "fast",       "slow",       "cheap",         "costly",    "simple",
    "complex",     "clear",      "vague",      "solid",      "fragile",       "mature",    "young",
    "portable",    "private",    "secure",     "open",       "closed",        "modular",   "compact",
    "careful",     "bold",       "honest",     "quiet",      "steady",        "uneven",    "narrow",
    "broad",       "shallow",    "deep",       "practical",  "ambitious",     "modest",    "useful",
    "handles",     "misses",     "supports",   "breaks",     "improves",      "reduces",   "adds",
    "removes",     "keeps",      "needs",      "offers",     "requires",      "avoids",    "shows",
    "hides",       "explains",   "repeats",    "answers",    "writes",        "reads",     "runs",
    "scales",      "fails",      "recovers",   "retries",    "streams",       "batches",   "caches",
    "the",         "a",          "its",        "this",       "that",          "every",     "some",
    "most",        "few",        "no",         "each",       "our",           "their",     "with",
    "without",     "for",        "against",    "under",      "over",          "after",     "before",
    "while",       "because",    "although",   "unless",     "when",          "where",     "and",
    "but",         "or",         "so",         "yet",        "still",         "often",     "rarely",
    "always",      "never",      "already",    "later",      "today",         "tomorrow",  "quarter",
    "year",        "month",      "week",       "hour",       "minute",        "second",    "benchmark",
    "baseline",    "target",     "risk",       "bet",        "moat",          "market",    "margin",
    "growth",      "adoption",   "community",  "forum",      "documentation", "tutorial",  "example",
    "sample",      "dataset",    "evaluation", "accuracy",   "recall",        "precision", "error",
    "bug",         "fix",        "patch",      "workaround", "limit",         "quota",     "rate",
    "request",     "response",   "stream",     "socket",     "protocol",      "format",    "schema",
    "field",       "record",     "column",     "row",        "query",         "filter",    "sort",
    "edge",        "mistral",    "gemma",      "llama",      "coder",         "agent",     "assistant",
    "workflow",    "handoff",    "approval",   "audit",      "compliance",    "privacy",   "policy",
    "offline",     "online",     "sync",       "battery",    "thermal",       "footprint", "download",
};

constexpr std::array brands{"Mistral", "Aster",  "Borealis", "Cobalt",  "Drift",   "Ember", "Fathom",
                            "Granite", "Harbor", "Ion",      "Juniper", "Kestrel", "Lumen", "Meridian",
                            "Nimbus",  "Onyx",   "Pylon",    "Quartz",  "Relay",   "Sable", "Tundra",
                            "Umber",   "Vector", "Willow",   "Xenon",   "Yarrow",  "Zephyr"};
constexpr std::array vendorSuffixes{" Labs", " AI", " Systems", " Research", " Software"};
constexpr std::array suffixes{"Edge", "Coder", "Instruct", "Vision", "Mini",  "Pro",
                              "Lite", "Turbo", "Reason",   "Chat",   "Embed", "Speech"};
constexpr std::array categories{"Developer Tools", "Chat Assistants", "Code Generation", "Image Generation",
                                "Speech",          "Search",          "Agents",          "Data Analysis",
                                "Embeddings",      "Translation",     "Writing",         "Security"};
constexpr std::array licenses{"Apache 2.0",        "MIT",          "Proprietary",
                              "Community License", "CC BY-NC 4.0", "OpenRAIL"};
constexpr std::array deployments{"on-device", "hosted", "self-hosted"};
constexpr std::array sizes{"1B", "3B", "4B", "7B", "8B", "13B", "34B", "70B", "180B", "400B"};
constexpr std::array authors{"A. Lindqvist", "B. Okafor", "C. Moreau", "D. Tanaka",   "E. Novak",
                             "F. Haddad",    "G. Rossi",  "H. Varga",  "I. Castillo", "J. Mensah"};

struct LensText
{
    const char* id;
    const char* name;
    const char* summary;
};
// The same lens ids as the bundled catalog, so a synced store still has one panel of four.
constexpr std::array lensTexts{
    LensText{"developer-experience", "Developer experience",
             "Looks at the work an engineer faces to adopt the tool, from setup to the daily loop."},
    LensText{"competitive-skeptic", "Competitive skeptic",
             "Compares the tool with its closest rivals and asks where it loses."},
    LensText{"futurist", "Futurist", "Asks which trend the tool bets on and what happens if the bet pays."},
    LensText{"buyer", "Buyer", "Weighs the price, the contract and whether the vendor will still be there."},
};

enum RecordKind : std::uint64_t
{
    KindTool = 1,
    KindReview = 2,
    KindComparison = 3,
    KindVotes = 4,
    KindTagline = 5,
    KindReviewText = 6
};

const QDateTime& baseTime()
{
    static const QDateTime base(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    return base;
}

// The timestamp of a record's revision: the first version at the base time (plus a little, so
// records do not all share one instant), each revision a day later.
QDateTime revisionTime(int revision, qint64 index)
{
    return baseTime().addDays(revision).addMSecs(index % 86'400'000);
}

QString word(Rng& rng)
{
    return QLatin1String(wordList[static_cast<std::size_t>(rng.below(static_cast<int>(wordList.size())))]);
}

// Plain text of minWords to maxWords words in sentences of 6 to 15 words.
QString sentences(Rng& rng, int minWords, int maxWords)
{
    const int total = rng.between(minWords, maxWords);
    QString text;
    text.reserve(total * 9);
    int inSentence = 0;
    int sentenceLength = rng.between(6, 15);
    for (int i = 0; i < total; ++i) {
        QString next = word(rng);
        if (inSentence == 0) {
            next[0] = next.at(0).toUpper();
            if (!text.isEmpty())
                text += QLatin1Char(' ');
        } else {
            text += rng.below(12) == 0 ? QStringLiteral(", ") : QStringLiteral(" ");
        }
        text += next;
        ++inSentence;
        if (inSentence == sentenceLength || i == total - 1) {
            text += QLatin1Char('.');
            inSentence = 0;
            sentenceLength = rng.between(6, 15);
        }
    }
    return text;
}

template <std::size_t N> QString pick(Rng& rng, const std::array<const char*, N>& list)
{
    return QLatin1String(list[static_cast<std::size_t>(rng.below(static_cast<int>(N)))]);
}

QString toolId(int index)
{
    return QStringLiteral("bench-tool-%1").arg(index, 6, 10, QLatin1Char('0'));
}

QString comparisonId(int index)
{
    return QStringLiteral("bench-comparison-%1").arg(index, 6, 10, QLatin1Char('0'));
}

// One CSV file for sqlite3's ".import": a header row, then every field quoted.
class CsvWriter
{
public:
    explicit CsvWriter(const QString& path)
        : m_file(path)
    {}
    bool open(const QStringList& header)
    {
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        row(header);
        return true;
    }
    void row(const QStringList& fields)
    {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                m_buffer += ',';
            m_buffer += '"';
            m_buffer += fields.at(i).toUtf8().replace('"', "\"\"");
            m_buffer += '"';
        }
        m_buffer += '\n';
        if (m_buffer.size() > (1 << 20))
            flush();
    }
    bool finish()
    {
        flush();
        m_file.close();
        return m_ok;
    }
    QString fileName() const { return m_file.fileName(); }

private:
    void flush()
    {
        m_ok = m_ok && m_file.write(m_buffer) == m_buffer.size();
        m_buffer.clear();
    }
    QFile m_file;
    QByteArray m_buffer;
    bool m_ok = true;
};

Result<qint64> writeDocument(const FeedDocument& feed, const QString& path)
{
    const QByteArray bytes = QJsonDocument(FeedWriter::toJson(feed)).toJson(QJsonDocument::Compact);
    if (bytes.size() > FeedParser::maxDocumentBytes)
        return Error{
            QStringLiteral("%1 would be %2 bytes, over the feed format's cap").arg(path).arg(bytes.size())};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return Error{QStringLiteral("cannot write %1: %2").arg(path, file.errorString()),
                     Error::Kind::FileSystem};
    return bytes.size();
}

} // namespace

std::optional<Scale> Scale::fromName(const QString& name)
{
    const QString upper = name.toUpper();
    if (upper == QLatin1String("S"))
        return Scale{upper, 1'000, 500, 10'000, 0x5153'0001};
    if (upper == QLatin1String("M"))
        return Scale{upper, 10'000, 5'000, 100'000, 0x5153'0002};
    if (upper == QLatin1String("L"))
        return Scale{upper, 100'000, 50'000, 1'000'000, 0x5153'0003};
    return std::nullopt;
}

std::uint64_t Rng::next()
{
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

FeedGenerator::FeedGenerator(Scale scale)
    : m_scale(std::move(scale))
{
    foldVotes();
}

QString FeedGenerator::feedId() const
{
    return QStringLiteral("shiporskip-bench-") + m_scale.name;
}

QStringList FeedGenerator::words()
{
    QStringList list;
    for (const char* item : wordList)
        list << QLatin1String(item);
    return list;
}

std::uint64_t FeedGenerator::recordSeed(std::uint64_t kind, std::uint64_t index, std::uint64_t revision) const
{
    Rng mix(m_scale.seed ^ (kind << 56) ^ (revision << 40) ^ index);
    return mix.next();
}

Lens FeedGenerator::lensAt(int index) const
{
    const LensText& text = lensTexts.at(static_cast<std::size_t>(index));
    return Lens{QLatin1String(text.id), QLatin1String(text.name), QLatin1String(text.summary), index + 1,
                revisionTime(0, index)};
}

Tool FeedGenerator::toolAt(int index, int revision) const
{
    Rng rng(recordSeed(KindTool, static_cast<std::uint64_t>(index), 0));
    const int brand = rng.below(static_cast<int>(brands.size()));
    Tool tool;
    tool.id = toolId(index);
    tool.name = QStringLiteral("%1 %2 %3.%4")
                    .arg(QLatin1String(brands.at(static_cast<std::size_t>(brand))), pick(rng, suffixes))
                    .arg(index / 10 + 1)
                    .arg(index % 10);
    tool.vendor =
        brand == 0
            ? QStringLiteral("Mistral AI")
            : QLatin1String(brands.at(static_cast<std::size_t>(brand))) +
                  QLatin1String(vendorSuffixes.at(static_cast<std::size_t>(brand) % vendorSuffixes.size()));
    tool.category = pick(rng, categories);
    tool.tagline = sentences(rng, 6, 12);
    tool.description = sentences(rng, 30, 60);
    tool.pricing = rng.below(2) == 0 ? Pricing::Free : Pricing::Paid;
    tool.pricingNote = sentences(rng, 10, 25);
    tool.license = pick(rng, licenses);
    tool.deployment = pick(rng, deployments);
    const int sizeCount = rng.between(1, 3);
    for (int i = 0; i < sizeCount; ++i) {
        const QString size = pick(rng, sizes);
        if (!tool.parameterSizes.contains(size))
            tool.parameterSizes << size;
    }
    tool.updatedAt = revisionTime(revision, index);
    if (revision > 0) {
        Rng changed(
            recordSeed(KindTagline, static_cast<std::uint64_t>(index), static_cast<std::uint64_t>(revision)));
        tool.tagline = sentences(changed, 6, 12);
    }
    return tool;
}

Review FeedGenerator::reviewAt(int toolIndex, int lensIndex, int revision) const
{
    // The tool's leaning decides how likely each lens says ship, so panels split in every way.
    Rng leaning(recordSeed(KindTool, static_cast<std::uint64_t>(toolIndex), 0) ^ 0xA5A5);
    const int shipChance = leaning.below(101);
    const std::uint64_t index = static_cast<std::uint64_t>(toolIndex) * lensCount + lensIndex;
    Rng rng(recordSeed(KindReview, index, 0));
    Review review;
    review.toolId = toolId(toolIndex);
    review.lensId = QLatin1String(lensTexts.at(static_cast<std::size_t>(lensIndex)).id);
    review.id = review.toolId + QLatin1Char('/') + review.lensId;
    review.verdict = rng.below(100) < shipChance ? Verdict::Ship : Verdict::Skip;
    review.text = sentences(rng, 60, 120);
    review.author = pick(rng, authors);
    review.createdAt = revisionTime(0, static_cast<qint64>(index));
    review.updatedAt = revisionTime(revision, static_cast<qint64>(index));
    if (revision > 0) {
        Rng changed(recordSeed(KindReviewText, index, static_cast<std::uint64_t>(revision)));
        review.text = sentences(changed, 60, 120);
    }
    return review;
}

std::vector<int> FeedGenerator::comparisonToolIndexes(int index) const
{
    Rng rng(recordSeed(KindComparison, static_cast<std::uint64_t>(index), 0));
    // The first comparison has four tools: the comparison measures open and export it.
    const int count = std::min(m_scale.tools, index == 0 ? 4 : rng.between(2, 4));
    std::vector<int> tools;
    while (static_cast<int>(tools.size()) < count) {
        const int tool = rng.below(m_scale.tools);
        if (std::find(tools.begin(), tools.end(), tool) == tools.end())
            tools.push_back(tool);
    }
    return tools;
}

Comparison FeedGenerator::comparisonAt(int index, int revision) const
{
    Comparison comparison;
    comparison.id = comparisonId(index);
    QStringList names;
    for (int tool : comparisonToolIndexes(index)) {
        const Tool item = toolAt(tool);
        comparison.toolIds << item.id;
        names << item.name;
    }
    comparison.title = names.join(QStringLiteral(" vs "));
    if (revision > 0)
        comparison.title += QStringLiteral(" (round %1)").arg(revision + 1);
    comparison.updatedAt = revisionTime(revision, index);
    return comparison;
}

void FeedGenerator::foldVotes()
{
    m_votes.assign(static_cast<std::size_t>(m_scale.comparisons), {});
    for (int j = 0; j < m_scale.comparisons; ++j)
        m_votes[static_cast<std::size_t>(j)].assign(comparisonToolIndexes(j).size(), 0);
    // Each event is one person's vote for one tool of one comparison; the feed only ever publishes
    // their sums (tallies), as shiporskip-feed does with the votes POSTed to it.
    Rng rng(recordSeed(KindVotes, 0, 0));
    for (qint64 e = 0; e < m_scale.voteEvents && m_scale.comparisons > 0; ++e) {
        auto& votes = m_votes[static_cast<std::size_t>(rng.below(m_scale.comparisons))];
        ++votes[static_cast<std::size_t>(rng.below(static_cast<int>(votes.size())))];
    }
}

Result<GeneratedFeed> FeedGenerator::write(const QString& folder)
{
    const QDir dir(folder);
    GeneratedFeed out;
    out.voteEvents = m_scale.voteEvents;
    CsvWriter lensesCsv(dir.filePath(QStringLiteral("lenses.csv")));
    CsvWriter toolsCsv(dir.filePath(QStringLiteral("tools.csv")));
    CsvWriter reviewsCsv(dir.filePath(QStringLiteral("reviews.csv")));
    CsvWriter comparisonsCsv(dir.filePath(QStringLiteral("comparisons.csv")));
    CsvWriter talliesCsv(dir.filePath(QStringLiteral("tallies.csv")));
    const bool opened =
        lensesCsv.open({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("summary"),
                        QStringLiteral("position"), QStringLiteral("updated_at")}) &&
        toolsCsv.open({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("vendor"),
                       QStringLiteral("category"), QStringLiteral("tagline"), QStringLiteral("description"),
                       QStringLiteral("pricing"), QStringLiteral("pricing_note"), QStringLiteral("license"),
                       QStringLiteral("deployment"), QStringLiteral("parameter_sizes"),
                       QStringLiteral("updated_at")}) &&
        reviewsCsv.open({QStringLiteral("id"), QStringLiteral("tool_id"), QStringLiteral("lens_id"),
                         QStringLiteral("verdict"), QStringLiteral("text"), QStringLiteral("author"),
                         QStringLiteral("created_at"), QStringLiteral("updated_at")}) &&
        comparisonsCsv.open({QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("tool_ids"),
                             QStringLiteral("updated_at")}) &&
        talliesCsv.open({QStringLiteral("comparison_id"), QStringLiteral("tool_id"), QStringLiteral("votes"),
                         QStringLiteral("updated_at")});
    if (!opened)
        return Error{QStringLiteral("cannot write the CSV files in %1").arg(folder), Error::Kind::FileSystem};

    FeedDocument head;
    head.feedId = feedId();
    head.generatedAt = baseTime();
    head.cursor = QStringLiteral("bench-%1").arg(m_scale.name);

    // The tools with their reviews, a slice per document (the lenses go first).
    const int documents = std::max(1, (m_scale.tools + toolsPerDocument - 1) / toolsPerDocument);
    for (int d = 0; d < documents; ++d) {
        FeedDocument feed = head;
        if (d == 0) {
            for (int l = 0; l < lensCount; ++l) {
                const Lens lens = lensAt(l);
                lensesCsv.row({lens.id, lens.name, lens.summary, QString::number(lens.position),
                               timestampToString(lens.updatedAt)});
                feed.lenses << lens;
            }
        }
        const int end = std::min(m_scale.tools, (d + 1) * toolsPerDocument);
        for (int i = d * toolsPerDocument; i < end; ++i) {
            const Tool tool = toolAt(i);
            toolsCsv.row({tool.id, tool.name, tool.vendor, tool.category, tool.tagline, tool.description,
                          enumName(tool.pricing), tool.pricingNote, tool.license, tool.deployment,
                          tool.parameterSizes.join(QLatin1Char(',')), timestampToString(tool.updatedAt)});
            feed.tools << tool;
            for (int l = 0; l < lensCount; ++l) {
                const Review review = reviewAt(i, l);
                reviewsCsv.row({review.id, review.toolId, review.lensId, enumName(review.verdict),
                                review.text, review.author, timestampToString(review.createdAt),
                                timestampToString(review.updatedAt)});
                feed.reviews << review;
            }
        }
        const QString path =
            dir.filePath(QStringLiteral("feed-tools-%1.json").arg(d + 1, 3, 10, QLatin1Char('0')));
        auto written = writeDocument(feed, path);
        if (!written)
            return written.error();
        out.feedFiles << path;
        out.feedBytes += written.value();
        out.lenses += feed.lenses.size();
        out.tools += feed.tools.size();
        out.reviews += feed.reviews.size();
    }

    // Then the comparisons and their tallies.
    FeedDocument feed = head;
    for (int j = 0; j < m_scale.comparisons; ++j) {
        const Comparison comparison = comparisonAt(j);
        comparisonsCsv.row({comparison.id, comparison.title, comparison.toolIds.join(QLatin1Char(',')),
                            timestampToString(comparison.updatedAt)});
        feed.comparisons << comparison;
        if (j == 0) {
            out.fourToolComparisonId = comparison.id;
            out.fourToolComparisonTitle = comparison.title;
        }
        const auto& votes = m_votes[static_cast<std::size_t>(j)];
        for (std::size_t slot = 0; slot < votes.size(); ++slot) {
            if (votes[slot] == 0)
                continue;
            const Tally tally{comparison.id, comparison.toolIds.at(static_cast<qsizetype>(slot)), votes[slot],
                              revisionTime(0, j)};
            talliesCsv.row({tally.comparisonId, tally.toolId, QString::number(tally.votes),
                            timestampToString(tally.updatedAt)});
            feed.tallies << tally;
        }
    }
    if (!feed.comparisons.isEmpty()) {
        const QString path = dir.filePath(QStringLiteral("feed-comparisons.json"));
        auto written = writeDocument(feed, path);
        if (!written)
            return written.error();
        out.feedFiles << path;
        out.feedBytes += written.value();
        out.comparisons = feed.comparisons.size();
        out.tallies = feed.tallies.size();
    }

    for (CsvWriter* csv : {&lensesCsv, &toolsCsv, &reviewsCsv, &comparisonsCsv, &talliesCsv}) {
        if (!csv->finish())
            return Error{QStringLiteral("cannot write %1").arg(csv->fileName()), Error::Kind::FileSystem};
    }
    out.csvFiles = {{QStringLiteral("lenses"), lensesCsv.fileName()},
                    {QStringLiteral("tools"), toolsCsv.fileName()},
                    {QStringLiteral("reviews"), reviewsCsv.fileName()},
                    {QStringLiteral("comparisons"), comparisonsCsv.fileName()},
                    {QStringLiteral("tallies"), talliesCsv.fileName()}};
    return out;
}

Result<ChangeSet> FeedGenerator::writeChange(const QString& folder, int n) const
{
    // Revision n + 1 of every record whose index is n modulo 100: one record in a hundred of each kind.
    const int revision = n + 1;
    const int offset = n % 100;
    FeedDocument feed;
    feed.feedId = feedId();
    feed.generatedAt = revisionTime(revision, 0);
    feed.cursor = QStringLiteral("bench-%1-change-%2").arg(m_scale.name).arg(revision);
    for (int i = offset; i < m_scale.tools; i += 100)
        feed.tools << toolAt(i, revision);
    const qint64 reviews = qint64(m_scale.tools) * lensCount;
    for (qint64 g = offset; g < reviews; g += 100)
        feed.reviews << reviewAt(static_cast<int>(g / lensCount), static_cast<int>(g % lensCount), revision);
    for (int j = offset; j < m_scale.comparisons; j += 100)
        feed.comparisons << comparisonAt(j, revision);
    qint64 k = 0;
    for (int j = 0; j < m_scale.comparisons; ++j) {
        const auto& votes = m_votes[static_cast<std::size_t>(j)];
        QStringList toolIds;
        for (std::size_t slot = 0; slot < votes.size(); ++slot) {
            if (votes[slot] == 0)
                continue;
            if (k++ % 100 != offset)
                continue;
            if (toolIds.isEmpty())
                toolIds = comparisonAt(j).toolIds;
            feed.tallies << Tally{comparisonId(j), toolIds.at(static_cast<qsizetype>(slot)),
                                  votes[slot] + revision, revisionTime(revision, j)};
        }
    }
    ChangeSet change;
    change.file = QDir(folder).filePath(QStringLiteral("change-%1.json").arg(revision));
    auto written = writeDocument(feed, change.file);
    if (!written)
        return written.error();
    change.records = feed.tools.size() + feed.reviews.size() + feed.comparisons.size() + feed.tallies.size();
    return change;
}

} // namespace sos::bench
