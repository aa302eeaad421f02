// SPDX-License-Identifier: GPL-3.0-or-later
#include "Feed.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSaveFile>
#include <QSet>

#include <cmath>
#include <cstring>
#include <limits>

namespace sos {

namespace {

constexpr int maxIdLength = FeedParser::maxIdLength;
constexpr int maxTextLength = FeedParser::maxTextLength;

// Reads fields of one JSON object, remembering the first problem with its location.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(sos::FeedParser)

public:
    Reader(const QJsonObject& object, QString where, QString& error)
        : m_object(object)
        , m_where(std::move(where))
        , m_error(error)
    {}
    // The record at index of a section: its place ("tools[12]") is written only for an error, as a
    // page of a thousand records has none.
    Reader(const QJsonObject& object, const char* section, qsizetype index, QString& error)
        : m_object(object)
        , m_section(section)
        , m_index(index)
        , m_error(error)
    {}

    QString string(const char* key, bool required = true, int maxLength = maxTextLength)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(tr("%1: the field \"%2\" is missing").arg(where(), QLatin1String(key)));
            return {};
        }
        if (!value.isString()) {
            fail(tr("%1: the field \"%2\" must be a string").arg(where(), QLatin1String(key)));
            return {};
        }
        const QString text = value.toString();
        if (required && text.trimmed().isEmpty())
            fail(tr("%1: the field \"%2\" is empty").arg(where(), QLatin1String(key)));
        if (text.size() > maxLength)
            fail(tr("%1: the field \"%2\" is longer than %3 characters")
                     .arg(where(), QLatin1String(key))
                     .arg(maxLength));
        return text;
    }

    QString id(const char* key) { return string(key, true, maxIdLength); }

    QDateTime timestamp(const char* key)
    {
        const QString text = string(key);
        if (text.isEmpty())
            return {};
        const QDateTime time = timestampFromString(text);
        if (!time.isValid())
            fail(tr("%1: \"%2\" is not an ISO 8601 timestamp of the years 1 to 9999 in UTC: %3")
                     .arg(where(), QLatin1String(key), text));
        return time;
    }

    int integer(const char* key, int minimum)
    {
        constexpr int maximum = std::numeric_limits<int>::max();
        const QJsonValue value = m_object.value(QLatin1String(key));
        const double number = value.toDouble(-1);
        // The range is checked before the cast: converting a double outside int's range is undefined.
        if (!value.isDouble() || number < minimum || number > maximum || number != std::trunc(number)) {
            fail(tr("%1: the field \"%2\" must be a whole number of at least %L3 and at most %L4")
                     .arg(where(), QLatin1String(key))
                     .arg(minimum)
                     .arg(maximum));
            return minimum;
        }
        return static_cast<int>(number);
    }

    QStringList strings(const char* key, bool required)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() && !required)
            return {};
        if (!value.isArray()) {
            fail(tr("%1: the field \"%2\" must be an array of strings").arg(where(), QLatin1String(key)));
            return {};
        }
        const QJsonArray array = value.toArray();
        if (array.size() > FeedParser::maxListItems) {
            fail(tr("%1: the field \"%2\" holds %n item(s); at most %L3 are allowed", nullptr,
                    static_cast<int>(array.size()))
                     .arg(where(), QLatin1String(key))
                     .arg(FeedParser::maxListItems));
            return {};
        }
        QStringList list;
        for (const QJsonValue& item : array) {
            if (!item.isString() || item.toString().trimmed().isEmpty() ||
                item.toString().size() > maxIdLength) {
                fail(tr("%1: the field \"%2\" must hold only non-empty strings")
                         .arg(where(), QLatin1String(key)));
                return {};
            }
            list << item.toString();
        }
        return list;
    }

    template <typename Enum> Enum choice(const char* key)
    {
        const QString text = string(key);
        const std::optional<Enum> value = enumFromName<Enum>(text);
        if (!value) {
            if (!text.isEmpty()) {
                QStringList allowed;
                for (const auto& [candidate, name] : enumNames<Enum>)
                    allowed << QString::fromLatin1(name);
                fail(tr("%1: \"%2\" must be one of %3, not \"%4\"")
                         .arg(where(), QLatin1String(key), allowed.join(QLatin1String(", ")), text));
            }
            return Enum{};
        }
        return *value;
    }

    void fail(const QString& message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

    QString where() const { return m_section ? placeInSection(m_section, m_index) : m_where; }

    static QString placeInSection(const char* section, qsizetype index)
    {
        return QStringLiteral("%1[%2]").arg(QLatin1String(section)).arg(index);
    }

private:
    QJsonObject m_object;
    QString m_where;
    const char* m_section = nullptr;
    qsizetype m_index = 0;
    QString& m_error;
};

// Calls read(object, where) for each element of the array document[key], which must hold objects.
template <typename T, typename ReadFn>
QList<T> readArray(const QJsonObject& document, const char* key, QString& error, ReadFn read)
{
    QList<T> items;
    const QJsonValue value = document.value(QLatin1String(key));
    if (value.isUndefined())
        return items; // every section is optional: an incremental feed carries only what changed
    if (!value.isArray()) {
        error = FeedParser::tr("The feed's \"%1\" must be an array").arg(QLatin1String(key));
        return items;
    }
    const QJsonArray array = value.toArray();
    if (array.size() > FeedParser::maxRecordsPerSection) {
        error = FeedParser::tr("The feed's \"%1\" hold %n record(s); a section may hold at most %L2", nullptr,
                               static_cast<int>(array.size()))
                    .arg(QLatin1String(key))
                    .arg(FeedParser::maxRecordsPerSection);
        return items;
    }
    items.reserve(array.size());
    for (qsizetype i = 0; i < array.size() && error.isEmpty(); ++i) {
        if (!array.at(i).isObject()) {
            error = FeedParser::tr("%1 must be an object").arg(Reader::placeInSection(key, i));
            break;
        }
        Reader reader(array.at(i).toObject(), key, i, error);
        items << read(reader);
    }
    return items;
}

// One pass over the raw bytes before the JSON parser sees them (which allows 1024 levels and strings
// of any length): how deep arrays and objects nest, and how long each string or key is as written,
// escapes included. Returns the first bound crossed, or nothing.
QString checkStructure(const QByteArray& json)
{
    const char* const data = json.constData();
    const qsizetype size = json.size();
    int depth = 0;
    for (qsizetype i = 0; i < size; ++i) {
        switch (data[i]) {
        case '{':
        case '[':
            if (++depth > FeedParser::maxNestingDepth)
                return FeedParser::tr("The feed nests arrays and objects more than %n level(s) deep (at byte "
                                      "%L1)",
                                      nullptr, FeedParser::maxNestingDepth)
                    .arg(i);
            break;
        case '}':
        case ']':
            --depth;
            break;
        case '"': {
            const qsizetype start = i;
            // To the closing quote, past escaped characters (which may be quotes), with memchr: strings
            // are most of a feed's bytes. Each byte is searched at most twice, however many escapes.
            const char* const end = data + size;
            const char* at = data + i + 1;
            const char* quote = data + i; // the next quote from at on (end: none); searched once passed
            while (at < end) {
                if (quote < at) {
                    const auto* found = static_cast<const char*>(std::memchr(at, '"', end - at));
                    quote = found ? found : end;
                }
                const auto* escape = static_cast<const char*>(std::memchr(at, '\\', quote - at));
                if (!escape) {
                    at = quote;
                    break;
                }
                at = end - escape > 2 ? escape + 2 : end; // past the escaped character
            }
            i = at - data;
            const qsizetype length = i - start - 1;
            if (length > FeedParser::maxStringBytes)
                return FeedParser::tr(
                           "The feed holds a string of %n byte(s) at byte %L1; a string may have at "
                           "most %L2 bytes",
                           nullptr, static_cast<int>(length))
                    .arg(start)
                    .arg(FeedParser::maxStringBytes);
            break;
        }
        default:
            break;
        }
    }
    return {};
}

template <typename T> QString firstDuplicateId(const QList<T>& items)
{
    QSet<QString> seen;
    for (const T& item : items) {
        if (seen.contains(item.id))
            return item.id;
        seen.insert(item.id);
    }
    return {};
}

} // namespace

Result<FeedDocument> FeedParser::parse(const QByteArray& json, QJsonObject* rootOut)
{
    if (json.size() > maxDocumentBytes) {
        //: The document is always over 512 MiB here: "bytes" is always plural.
        return Error{tr("The feed has %L1 bytes; a feed document may have at most %L2 MiB (%L3 bytes)")
                         .arg(json.size())
                         .arg(maxDocumentBytes / (1024 * 1024))
                         .arg(maxDocumentBytes),
                     Error::Kind::InvalidFeed};
    }
    if (const QString tooBig = checkStructure(json); !tooBig.isEmpty())
        return Error{tooBig, Error::Kind::InvalidFeed};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{tr("The feed is not valid JSON: %1 at byte %2")
                         .arg(parseError.errorString())
                         .arg(parseError.offset),
                     Error::Kind::InvalidFeed};
    if (!document.isObject())
        return Error{tr("The feed must be a JSON object"), Error::Kind::InvalidFeed};

    const QJsonObject root = document.object();
    if (rootOut)
        *rootOut = root;
    QString error;
    Reader head(root, tr("the feed"), error);
    if (head.string("format") != QLatin1String("shiporskip-feed") && error.isEmpty())
        return Error{tr("This is not a ShipOrSkip feed (its \"format\" is not \"shiporskip-feed\")"),
                     Error::Kind::InvalidFeed};
    FeedDocument feed;
    feed.formatVersion = head.integer("formatVersion", 1);
    if (error.isEmpty() && feed.formatVersion > FeedDocument::supportedFormatVersion) {
        return Error{
            tr("The feed uses format version %1; this ShipOrSkip reads up to version %2. Update ShipOrSkip.")
                .arg(feed.formatVersion)
                .arg(FeedDocument::supportedFormatVersion),
            Error::Kind::NewerVersion};
    }
    feed.feedId = head.id("feedId");
    feed.generatedAt = head.timestamp("generatedAt");
    feed.cursor = head.string("cursor", false, maxIdLength);

    feed.lenses = readArray<Lens>(root, "lenses", error, [](Reader& r) {
        Lens lens;
        lens.id = r.id("id");
        lens.name = r.string("name");
        lens.summary = r.string("summary", false);
        lens.position = r.integer("position", 0);
        lens.updatedAt = r.timestamp("updatedAt");
        return lens;
    });
    feed.tools = readArray<Tool>(root, "tools", error, [](Reader& r) {
        Tool tool;
        tool.id = r.id("id");
        tool.name = r.string("name", true, maxIdLength);
        tool.vendor = r.string("vendor", false, maxIdLength);
        tool.category = r.string("category", false, maxIdLength);
        tool.tagline = r.string("tagline", false);
        tool.description = r.string("description", false);
        tool.pricing = r.choice<Pricing>("pricing");
        tool.pricingNote = r.string("pricingNote", false);
        tool.license = r.string("license", false, maxIdLength);
        tool.deployment = r.string("deployment", false, maxIdLength);
        tool.parameterSizes = r.strings("parameterSizes", false);
        tool.updatedAt = r.timestamp("updatedAt");
        return tool;
    });
    feed.reviews = readArray<Review>(root, "reviews", error, [](Reader& r) {
        Review review;
        review.id = r.id("id");
        review.toolId = r.id("toolId");
        review.lensId = r.id("lensId");
        review.verdict = r.choice<Verdict>("verdict");
        review.text = r.string("text");
        review.author = r.string("author", false, maxIdLength);
        review.createdAt = r.timestamp("createdAt");
        review.updatedAt = r.timestamp("updatedAt");
        return review;
    });
    feed.comparisons = readArray<Comparison>(root, "comparisons", error, [](Reader& r) {
        Comparison comparison;
        comparison.id = r.id("id");
        comparison.title = r.string("title", true, maxIdLength);
        comparison.toolIds = r.strings("toolIds", true);
        if (comparison.toolIds.size() < 2)
            r.fail(tr("comparison \"%1\" must name at least two tools").arg(comparison.id));
        if (QSet<QString>(comparison.toolIds.begin(), comparison.toolIds.end()).size() !=
            comparison.toolIds.size())
            r.fail(tr("comparison \"%1\" names a tool twice").arg(comparison.id));
        comparison.updatedAt = r.timestamp("updatedAt");
        return comparison;
    });
    feed.tallies = readArray<Tally>(root, "tallies", error, [](Reader& r) {
        Tally tally;
        tally.comparisonId = r.id("comparisonId");
        tally.toolId = r.id("toolId");
        tally.votes = r.integer("votes", 0);
        tally.updatedAt = r.timestamp("updatedAt");
        return tally;
    });
    feed.tombstones = readArray<Tombstone>(root, "tombstones", error, [](Reader& r) {
        Tombstone tombstone;
        tombstone.kind = r.choice<Tombstone::Kind>("kind");
        tombstone.id = r.id("id");
        tombstone.deletedAt = r.timestamp("deletedAt");
        return tombstone;
    });
    if (!error.isEmpty())
        return Error{error, Error::Kind::InvalidFeed};

    for (const auto& [section, duplicate] : {std::pair{"lenses", firstDuplicateId(feed.lenses)},
                                             std::pair{"tools", firstDuplicateId(feed.tools)},
                                             std::pair{"reviews", firstDuplicateId(feed.reviews)},
                                             std::pair{"comparisons", firstDuplicateId(feed.comparisons)}}) {
        if (!duplicate.isEmpty())
            return Error{
                tr("The feed's \"%1\" hold the id \"%2\" twice").arg(QLatin1String(section), duplicate),
                Error::Kind::InvalidFeed};
    }
    return feed;
}

namespace {

template <typename T> void insertArray(QJsonObject& object, const char* key, const QList<T>& items)
{
    if (items.isEmpty())
        return;
    QJsonArray array;
    for (const T& item : items)
        array.append(FeedWriter::toJson(item));
    object.insert(QLatin1String(key), array);
}

} // namespace

QJsonObject FeedWriter::toJson(const Lens& lens)
{
    return {{QStringLiteral("id"), lens.id},
            {QStringLiteral("name"), lens.name},
            {QStringLiteral("summary"), lens.summary},
            {QStringLiteral("position"), lens.position},
            {QStringLiteral("updatedAt"), timestampToString(lens.updatedAt)}};
}

QJsonObject FeedWriter::toJson(const Tool& tool)
{
    return {{QStringLiteral("id"), tool.id},
            {QStringLiteral("name"), tool.name},
            {QStringLiteral("vendor"), tool.vendor},
            {QStringLiteral("category"), tool.category},
            {QStringLiteral("tagline"), tool.tagline},
            {QStringLiteral("description"), tool.description},
            {QStringLiteral("pricing"), enumName(tool.pricing)},
            {QStringLiteral("pricingNote"), tool.pricingNote},
            {QStringLiteral("license"), tool.license},
            {QStringLiteral("deployment"), tool.deployment},
            {QStringLiteral("parameterSizes"), QJsonArray::fromStringList(tool.parameterSizes)},
            {QStringLiteral("updatedAt"), timestampToString(tool.updatedAt)}};
}

QJsonObject FeedWriter::toJson(const Review& review)
{
    return {{QStringLiteral("id"), review.id},
            {QStringLiteral("toolId"), review.toolId},
            {QStringLiteral("lensId"), review.lensId},
            {QStringLiteral("verdict"), enumName(review.verdict)},
            {QStringLiteral("text"), review.text},
            {QStringLiteral("author"), review.author},
            {QStringLiteral("createdAt"), timestampToString(review.createdAt)},
            {QStringLiteral("updatedAt"), timestampToString(review.updatedAt)}};
}

QJsonObject FeedWriter::toJson(const Comparison& comparison)
{
    return {{QStringLiteral("id"), comparison.id},
            {QStringLiteral("title"), comparison.title},
            {QStringLiteral("toolIds"), QJsonArray::fromStringList(comparison.toolIds)},
            {QStringLiteral("updatedAt"), timestampToString(comparison.updatedAt)}};
}

QJsonObject FeedWriter::toJson(const Tally& tally)
{
    return {{QStringLiteral("comparisonId"), tally.comparisonId},
            {QStringLiteral("toolId"), tally.toolId},
            {QStringLiteral("votes"), tally.votes},
            {QStringLiteral("updatedAt"), timestampToString(tally.updatedAt)}};
}

QJsonObject FeedWriter::toJson(const Tombstone& tombstone)
{
    return {{QStringLiteral("kind"), enumName(tombstone.kind)},
            {QStringLiteral("id"), tombstone.id},
            {QStringLiteral("deletedAt"), timestampToString(tombstone.deletedAt)}};
}

QJsonObject FeedWriter::toJson(const FeedDocument& feed)
{
    QJsonObject object{{QStringLiteral("format"), QStringLiteral("shiporskip-feed")},
                       {QStringLiteral("formatVersion"), feed.formatVersion},
                       {QStringLiteral("feedId"), feed.feedId},
                       {QStringLiteral("generatedAt"), timestampToString(feed.generatedAt)}};
    if (!feed.cursor.isEmpty())
        object.insert(QStringLiteral("cursor"), feed.cursor);
    insertArray(object, "lenses", feed.lenses);
    insertArray(object, "tools", feed.tools);
    insertArray(object, "reviews", feed.reviews);
    insertArray(object, "comparisons", feed.comparisons);
    insertArray(object, "tallies", feed.tallies);
    insertArray(object, "tombstones", feed.tombstones);
    return object;
}

Result<int> writeStaticFeed(const FeedDocument& feed, const QString& folder, int pageSize)
{
    // Records in dependency order, then cut into pages; a client applies all pages together.
    QList<QJsonObject> records;
    QList<QString> sections;
    auto add = [&](const char* section, const auto& items) {
        for (const auto& item : items) {
            records << FeedWriter::toJson(item);
            sections << QLatin1String(section);
        }
    };
    add("lenses", feed.lenses);
    add("tools", feed.tools);
    add("reviews", feed.reviews);
    add("comparisons", feed.comparisons);
    add("tallies", feed.tallies);
    add("tombstones", feed.tombstones);
    const int pages = std::max(1, static_cast<int>((records.size() + pageSize - 1) / pageSize));
    const auto fileName = [](int page) {
        return page == 1 ? QStringLiteral("feed.json") : QStringLiteral("feed-%1.json").arg(page);
    };
    FeedDocument head;
    head.formatVersion = feed.formatVersion;
    head.feedId = feed.feedId;
    head.generatedAt = feed.generatedAt;
    head.cursor = feed.cursor;
    for (int page = 1; page <= pages; ++page) {
        QJsonObject document = FeedWriter::toJson(head);
        QMap<QString, QJsonArray> arrays;
        const qsizetype end = std::min<qsizetype>(records.size(), qsizetype(page) * pageSize);
        for (qsizetype i = qsizetype(page - 1) * pageSize; i < end; ++i)
            arrays[sections.at(i)].append(records.at(i));
        for (auto it = arrays.cbegin(); it != arrays.cend(); ++it)
            document.insert(it.key(), it.value());
        document.insert(QStringLiteral("hasMore"), page < pages);
        if (page < pages)
            document.insert(QStringLiteral("next"), fileName(page + 1));
        QSaveFile file(QDir(folder).filePath(fileName(page)));
        const QByteArray bytes = QJsonDocument(document).toJson(QJsonDocument::Compact);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return Error{FeedParser::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()),
                         Error::Kind::FileSystem};
    }
    return pages;
}

} // namespace sos
