// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog's query language, as typed into the search box or given to `shiporskip-cli tools
// --query`: plain words (each a prefix, all of them required), "quoted phrases", field terms
// (name:, vendor:, category:, pricing:, license:, deployment:, lens:LENS=ship|skip, ship:>=75,
// votes:none, votes:>=10), `-` before a term to exclude it, OR between terms, parentheses to group.
// Parsed here into a tree; ToolQuery.cpp turns the tree into SQL (FTS5 for the words). Nothing typed
// ever reaches FTS5 or SQL as syntax: words are quoted, values bound.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace sos {

// A lens as the query language names it: its id, its name, and the short name it answers to too.
struct QueryLens
{
    QString id;
    QString name;
};

// Where a query cannot be read and what was expected there.
struct QueryError
{
    int position = 0; // in the text, 0 = the first character
    int length = 1;   // how many characters the problem spans (at least 1 where the text has them)
    QString message;  // a whole sentence naming the position (counted from 1) and what was expected
};

enum class QueryField
{
    Name,
    Vendor,
    Category,
    Pricing,
    License,
    Deployment,
};

enum class QueryCompare
{
    Less,
    LessOrEqual,
    Equal,
    GreaterOrEqual,
    Greater,
};

struct QueryNode
{
    enum class Kind
    {
        And,   // every child
        Or,    // any child
        Not,   // not its one child
        Words, // words (each a prefix) or a phrase, anywhere in the searched text or in the name alone
        Field, // a column's value: vendor, category, pricing, license, deployment
        Lens,  // a lens's verdict
        Ship,  // the panel's share of ship verdicts, in percent
        Votes, // the community's votes for the tool
    };
    Kind kind = Kind::And;
    std::vector<QueryNode> children;
    QStringList words;     // Words: lower-case words
    bool phrase = false;   // Words: the words in this order, whole; otherwise each a prefix anywhere
    bool nameOnly = false; // Words: in the name only (name:)
    QueryField field = QueryField::Name; // Field
    QString value;                       // Field: the value (pricing: Free or Paid); Lens: the verdict
    bool exact = false; // Field: the whole value (quoted), else the start of any of its words
    QString lensId;     // Lens
    QueryCompare compare = QueryCompare::Equal; // Ship, Votes
    int number = 0;                             // Ship, Votes
    int position = 0;                           // where the term starts in the text
    int length = 0;                             // its length there

    static QueryNode of(Kind kind)
    {
        QueryNode node;
        node.kind = kind;
        return node;
    }
};

struct ParsedQuery
{
    QueryNode root;                  // an And without children when nothing was typed
    std::optional<QueryError> error; // set when the text cannot be read (root is then empty)

    bool isEmpty() const { return root.kind == QueryNode::Kind::And && root.children.empty(); }
    // The words and phrases the query looks for (not those it excludes), to highlight them.
    QStringList highlightTerms() const;
};

// "<", "<=", "=", ">=", ">": as typed, and as SQL writes it.
QString compareSymbol(QueryCompare compare);

// The lenses' short names the query language knows beyond their ids (dx, skeptic, …).
QString lensShortName(const QString& lensId);

// Parses text. lenses are the catalog's, to read lens: terms; with none, any lens: term is an error.
ParsedQuery parseQuery(const QString& text, const QList<QueryLens>& lenses);

// The field names the language knows, with their colon ("name:", …, "votes:"), for completion.
QStringList queryFieldNames();

// The most terms a query may hold (a pasted page of text is words, which count as one term together).
inline constexpr int maxQueryTerms = 200;
// How deep parentheses may nest.
inline constexpr int maxQueryDepth = 32;

} // namespace sos
