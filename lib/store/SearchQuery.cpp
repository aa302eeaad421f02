// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchQuery.h"

#include <base/TextMatch.h>

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace sos {

namespace {

struct FieldName
{
    const char* name;
    enum
    {
        Name,
        Vendor,
        Category,
        Pricing,
        License,
        Deployment,
        Lens,
        Ship,
        Votes
    } kind;
};

constexpr std::array fieldNames{
    FieldName{"name", FieldName::Name},         FieldName{"vendor", FieldName::Vendor},
    FieldName{"category", FieldName::Category}, FieldName{"pricing", FieldName::Pricing},
    FieldName{"license", FieldName::License},   FieldName{"deployment", FieldName::Deployment},
    FieldName{"lens", FieldName::Lens},         FieldName{"ship", FieldName::Ship},
    FieldName{"votes", FieldName::Votes},
};

const QRegularExpression& wordSplitter()
{
    static const QRegularExpression splitter(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return splitter;
}

QStringList wordsOf(const QString& text)
{
    return text.split(wordSplitter(), Qt::SkipEmptyParts);
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(sos::SearchQuery)

public:
    Parser(const QString& text, const QList<QueryLens>& lenses)
        : m_text(text)
        , m_lenses(lenses)
    {}

    ParsedQuery parse()
    {
        ParsedQuery parsed;
        QueryNode root = parseOr();
        skipSpace();
        if (!m_error && !atEnd()) // only a ) stops the top level before the end
            fail(m_pos, 1, tr("Unexpected ) at character %1: no ( is open before it.").arg(at(m_pos)));
        if (m_error) {
            parsed.error = m_error;
            return parsed;
        }
        if (root.kind == QueryNode::Kind::And)
            parsed.root = std::move(root);
        else
            parsed.root.children.push_back(std::move(root));
        return parsed;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }
    void skipSpace()
    {
        while (!atEnd() && peek().isSpace())
            ++m_pos;
    }
    static bool endsToken(QChar c) { return c.isNull() || c.isSpace() || c == u'(' || c == u')'; }
    // OR, upper case, as a word of its own.
    bool atOr() const
    {
        return m_text.mid(m_pos, 2) == QLatin1String("OR") &&
               (m_pos + 2 >= m_text.size() || endsToken(m_text.at(m_pos + 2)) ||
                m_text.at(m_pos + 2) == u'"' || m_text.at(m_pos + 2) == u'-');
    }
    // A term starts here (not the end, a ), or an OR).
    bool atTerm() const { return !atEnd() && peek() != u')' && !atOr(); }

    static QString at(int position) { return QString::number(position + 1); }

    void fail(int position, int length, const QString& message)
    {
        if (m_error)
            return;
        m_error = QueryError{position, std::max(1, length), message};
    }

    QueryNode parseOr()
    {
        QueryNode either = QueryNode::of(QueryNode::Kind::Or);
        either.position = m_pos;
        skipSpace();
        if (atOr()) {
            fail(m_pos, 2,
                 tr("Expected a term before OR at character %1: OR goes between two terms, as in "
                    "mistral OR gemma.")
                     .arg(at(m_pos)));
            return {};
        }
        either.children.push_back(parseAnd());
        skipSpace();
        while (!m_error && atOr()) {
            const int orAt = m_pos;
            m_pos += 2;
            skipSpace();
            if (!atTerm()) {
                fail(orAt, 2,
                     tr("Expected a term after OR at character %1: OR goes between two terms, as in "
                        "mistral OR gemma.")
                         .arg(at(orAt)));
                return {};
            }
            either.children.push_back(parseAnd());
            skipSpace();
        }
        if (m_error)
            return {};
        // An empty side (a term with no word in it, as "*") leaves the other sides.
        std::erase_if(either.children, [](const QueryNode& node) {
            return node.kind == QueryNode::Kind::And && node.children.empty();
        });
        if (either.children.size() == 1)
            return std::move(either.children.front());
        if (either.children.empty())
            return {};
        either.length = m_pos - either.position;
        return either;
    }

    QueryNode parseAnd()
    {
        QueryNode all = QueryNode::of(QueryNode::Kind::And);
        all.position = m_pos;
        for (skipSpace(); !m_error && atTerm(); skipSpace()) {
            std::optional<QueryNode> term = parseUnary();
            if (term)
                all.children.push_back(std::move(*term));
        }
        if (all.children.size() == 1)
            return std::move(all.children.front());
        all.length = m_pos - all.position;
        return all;
    }

    std::optional<QueryNode> parseUnary()
    {
        const int start = m_pos;
        if (peek() == u'-') {
            ++m_pos;
            if (endsToken(peek())) {
                // A lone "-" (as in "text - more") is no operator: it holds no word either.
                if (!peek().isNull() && peek() == u'(')
                    return negate(start, parseGroup());
                return std::nullopt;
            }
            return negate(start, parseUnary());
        }
        if (peek() == u'(')
            return parseGroup();
        if (peek() == u'"')
            return parsePhrase(false);
        return parseToken();
    }

    std::optional<QueryNode> negate(int start, std::optional<QueryNode> term)
    {
        if (!term || m_error)
            return std::nullopt;
        if (term->kind == QueryNode::Kind::Not) // two minus signs cancel
            return std::move(term->children.front());
        QueryNode negated = QueryNode::of(QueryNode::Kind::Not);
        negated.position = start;
        negated.length = m_pos - start;
        negated.children.push_back(std::move(*term));
        return negated;
    }

    std::optional<QueryNode> parseGroup()
    {
        const int open = m_pos;
        if (++m_depth > maxQueryDepth) {
            fail(open, 1,
                 tr("Too many parentheses inside each other at character %1: at most %2 levels are read.")
                     .arg(at(open), QString::number(maxQueryDepth)));
            return std::nullopt;
        }
        ++m_pos;
        QueryNode inner = parseOr();
        skipSpace();
        --m_depth;
        if (m_error)
            return std::nullopt;
        if (peek() != u')') {
            fail(open, 1, tr("Missing ) to close the ( at character %1.").arg(at(open)));
            return std::nullopt;
        }
        ++m_pos;
        if (inner.kind == QueryNode::Kind::And && inner.children.empty())
            return std::nullopt;
        return inner;
    }

    // A quoted phrase at m_pos (on its opening quote).
    std::optional<QueryNode> parsePhrase(bool nameOnly)
    {
        const int open = m_pos;
        const qsizetype close = m_text.indexOf(u'"', m_pos + 1);
        if (close < 0) {
            fail(open, 1,
                 tr("Unclosed quote at character %1: end the phrase with another \".").arg(at(open)));
            return std::nullopt;
        }
        m_pos = static_cast<int>(close) + 1;
        QueryNode phrase = QueryNode::of(QueryNode::Kind::Words);
        phrase.words = wordsOf(m_text.mid(open + 1, close - open - 1));
        phrase.phrase = true;
        phrase.nameOnly = nameOnly;
        phrase.position = open;
        phrase.length = m_pos - open;
        if (phrase.words.isEmpty())
            return std::nullopt;
        return phrase;
    }

    std::optional<QueryNode> parseToken()
    {
        const int start = m_pos;
        while (!endsToken(peek()) && peek() != u'"')
            ++m_pos;
        const QString token = m_text.mid(start, m_pos - start);
        const qsizetype colon = token.indexOf(u':');
        if (colon > 0) {
            const QString name = token.left(colon);
            static const QRegularExpression letters(QStringLiteral("^[A-Za-z]+$"));
            if (letters.match(name).hasMatch()) {
                for (const FieldName& field : fieldNames) {
                    if (name.compare(QLatin1String(field.name), Qt::CaseInsensitive) == 0)
                        return parseField(field, start, static_cast<int>(colon) + 1);
                }
                QStringList known;
                for (const FieldName& field : fieldNames)
                    known << QLatin1String(field.name);
                const QStringList close = closestMatches(name, known, 1);
                if (name.size() >= 3 && !close.isEmpty() && editDistance(name, close.first()) <= 1) {
                    fail(start, static_cast<int>(colon) + 1,
                         tr("Unknown field \"%2:\" at character %1. Did you mean %3:?")
                             .arg(at(start), name, close.first()));
                    return std::nullopt;
                }
            }
        }
        QueryNode words = QueryNode::of(QueryNode::Kind::Words);
        words.words = wordsOf(token);
        words.position = start;
        words.length = m_pos - start;
        if (words.words.isEmpty())
            return std::nullopt;
        return words;
    }

    // The value after "field:": what follows the colon in the token, or a quoted value after it.
    struct Value
    {
        QString text;
        int position = 0;
        bool quoted = false;
    };
    std::optional<Value> valueAfter(int start, int nameLength, const char* field, const QString& expected)
    {
        Value value;
        value.position = start + nameLength;
        if (m_pos == value.position && peek() == u'"') {
            const qsizetype close = m_text.indexOf(u'"', m_pos + 1);
            if (close < 0) {
                fail(m_pos, 1,
                     tr("Unclosed quote at character %1: end the value with another \".").arg(at(m_pos)));
                return std::nullopt;
            }
            value.text = m_text.mid(m_pos + 1, close - m_pos - 1);
            value.quoted = true;
            m_pos = static_cast<int>(close) + 1;
        } else {
            value.text = m_text.mid(value.position, m_pos - value.position);
        }
        if (value.text.trimmed().isEmpty()) {
            fail(value.position, 1,
                 tr("Expected a value after %2: at character %1: %3")
                     .arg(at(value.position), QLatin1String(field), expected));
            return std::nullopt;
        }
        return value;
    }

    bool countTerm(int start)
    {
        if (++m_terms <= maxQueryTerms)
            return true;
        fail(start, 1,
             tr("Too many terms at character %1: a query holds at most %2 field terms (words are not "
                "counted).")
                 .arg(at(start), QString::number(maxQueryTerms)));
        return false;
    }

    std::optional<QueryNode> parseField(const FieldName& field, int start, int nameLength)
    {
        QueryNode node;
        node.position = start;
        const auto finish = [&]() -> std::optional<QueryNode> {
            node.length = m_pos - start;
            if (!countTerm(start))
                return std::nullopt;
            return std::move(node);
        };
        switch (field.kind) {
        case FieldName::Name: {
            if (m_pos == start + nameLength && peek() == u'"')
                return parsePhrase(true);
            const auto value =
                valueAfter(start, nameLength, field.name, tr("a word of the name, as in name:mistral."));
            if (!value)
                return std::nullopt;
            node.kind = QueryNode::Kind::Words;
            node.nameOnly = true;
            node.words = wordsOf(value->text);
            if (node.words.isEmpty())
                return std::nullopt;
            return finish();
        }
        case FieldName::Vendor:
        case FieldName::Category:
        case FieldName::License:
        case FieldName::Deployment: {
            const auto value =
                valueAfter(start, nameLength, field.name,
                           tr("the start of a word of the value, or the whole value in quotes, "
                              "as in category:\"Developer Tools\"."));
            if (!value)
                return std::nullopt;
            node.kind = QueryNode::Kind::Field;
            node.field = field.kind == FieldName::Vendor     ? QueryField::Vendor
                         : field.kind == FieldName::Category ? QueryField::Category
                         : field.kind == FieldName::License  ? QueryField::License
                                                             : QueryField::Deployment;
            node.value = value->text;
            node.exact = value->quoted;
            return finish();
        }
        case FieldName::Pricing: {
            const auto value = valueAfter(start, nameLength, field.name, tr("free or paid."));
            if (!value)
                return std::nullopt;
            const QString lower = value->text.trimmed().toLower();
            if (lower != QLatin1String("free") && lower != QLatin1String("paid")) {
                fail(value->position, static_cast<int>(value->text.size()),
                     tr("Expected free or paid after pricing: at character %1, not \"%2\".")
                         .arg(at(value->position), value->text));
                return std::nullopt;
            }
            node.kind = QueryNode::Kind::Field;
            node.field = QueryField::Pricing;
            node.value = lower == QLatin1String("free") ? QStringLiteral("Free") : QStringLiteral("Paid");
            node.exact = true;
            return finish();
        }
        case FieldName::Lens: {
            const QString expected =
                tr("a lens, = and ship or skip, as in lens:buyer=skip (the lenses: %1).").arg(lensList());
            const auto value = valueAfter(start, nameLength, field.name, expected);
            if (!value)
                return std::nullopt;
            const qsizetype equals = value->text.indexOf(u'=');
            const QString verdict = equals < 0 ? QString() : value->text.mid(equals + 1).trimmed().toLower();
            if (equals <= 0 || (verdict != QLatin1String("ship") && verdict != QLatin1String("skip"))) {
                fail(value->position, static_cast<int>(value->text.size()),
                     tr("At character %1, expected %2").arg(at(value->position), expected));
                return std::nullopt;
            }
            const QString lensName = value->text.left(equals).trimmed();
            const std::optional<QString> lensId = findLens(lensName);
            if (!lensId) {
                fail(value->position, static_cast<int>(equals),
                     tr("No lens called \"%2\" at character %1. The lenses: %3.")
                         .arg(at(value->position), lensName, lensList()));
                return std::nullopt;
            }
            node.kind = QueryNode::Kind::Lens;
            node.lensId = *lensId;
            node.value = verdict;
            return finish();
        }
        case FieldName::Ship:
        case FieldName::Votes: {
            const bool ship = field.kind == FieldName::Ship;
            const QString expected =
                ship ? tr("a comparison (<, <=, =, >=, >) and a percentage from 0 to 100, as in ship:>=75.")
                     : tr("none, or a comparison (<, <=, =, >=, >) and a number of votes, as in votes:>=10.");
            const auto value = valueAfter(start, nameLength, field.name, expected);
            if (!value)
                return std::nullopt;
            node.kind = ship ? QueryNode::Kind::Ship : QueryNode::Kind::Votes;
            const QString text = value->text.trimmed();
            if (!ship && text.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
                node.compare = QueryCompare::Equal;
                node.number = 0;
                return finish();
            }
            static const QRegularExpression comparison(QStringLiteral("^(<=|>=|<|>|=)?([0-9]{1,9})(%?)$"));
            const QRegularExpressionMatch match = comparison.match(text);
            const int number = match.hasMatch() ? match.captured(2).toInt() : -1;
            if (!match.hasMatch() || (ship && number > 100) || (!ship && !match.captured(3).isEmpty())) {
                fail(value->position, static_cast<int>(value->text.size()),
                     tr("At character %1, expected %2").arg(at(value->position), expected));
                return std::nullopt;
            }
            const QString op = match.captured(1);
            node.compare = op == QLatin1String("<")    ? QueryCompare::Less
                           : op == QLatin1String("<=") ? QueryCompare::LessOrEqual
                           : op == QLatin1String(">=") ? QueryCompare::GreaterOrEqual
                           : op == QLatin1String(">")  ? QueryCompare::Greater
                                                       : QueryCompare::Equal;
            node.number = number;
            return finish();
        }
        }
        return std::nullopt;
    }

    std::optional<QString> findLens(const QString& name) const
    {
        const QString wanted = name.toLower();
        for (const QueryLens& lens : m_lenses) {
            if (lens.id.toLower() == wanted || lensShortName(lens.id) == wanted ||
                lens.name.toLower() == wanted)
                return lens.id;
        }
        // One of the id's words (skeptic in competitive-skeptic), when only one lens has it.
        std::optional<QString> found;
        for (const QueryLens& lens : m_lenses) {
            if (lens.id.toLower().split(u'-').contains(wanted)) {
                if (found)
                    return std::nullopt;
                found = lens.id;
            }
        }
        return found;
    }

    QString lensList() const
    {
        QStringList names;
        for (const QueryLens& lens : m_lenses) {
            const QString shortName = lensShortName(lens.id);
            names << (shortName == lens.id ? lens.id : QStringLiteral("%1 (%2)").arg(shortName, lens.id));
        }
        return names.isEmpty() ? tr("none in this catalog") : names.join(QStringLiteral(", "));
    }

    const QString& m_text;
    const QList<QueryLens>& m_lenses;
    int m_pos = 0;
    int m_depth = 0;
    int m_terms = 0;
    std::optional<QueryError> m_error;
};

void collectHighlights(const QueryNode& node, QStringList& terms)
{
    switch (node.kind) {
    case QueryNode::Kind::Not:
        return;
    case QueryNode::Kind::Words:
        if (node.phrase)
            terms << node.words.join(QLatin1Char(' '));
        else
            terms << node.words;
        return;
    default:
        for (const QueryNode& child : node.children)
            collectHighlights(child, terms);
    }
}

} // namespace

QString compareSymbol(QueryCompare compare)
{
    switch (compare) {
    case QueryCompare::Less:
        return QStringLiteral("<");
    case QueryCompare::LessOrEqual:
        return QStringLiteral("<=");
    case QueryCompare::Equal:
        return QStringLiteral("=");
    case QueryCompare::GreaterOrEqual:
        return QStringLiteral(">=");
    case QueryCompare::Greater:
        return QStringLiteral(">");
    }
    return QStringLiteral("=");
}

QString lensShortName(const QString& lensId)
{
    if (lensId == QLatin1String("developer-experience"))
        return QStringLiteral("dx");
    if (lensId == QLatin1String("competitive-skeptic"))
        return QStringLiteral("skeptic");
    return lensId;
}

ParsedQuery parseQuery(const QString& text, const QList<QueryLens>& lenses)
{
    return Parser(text, lenses).parse();
}

QStringList ParsedQuery::highlightTerms() const
{
    QStringList terms;
    collectHighlights(root, terms);
    terms.removeDuplicates();
    return terms;
}

QStringList queryFieldNames()
{
    QStringList names;
    for (const FieldName& field : fieldNames)
        names << QLatin1String(field.name) + QLatin1Char(':');
    return names;
}

} // namespace sos
