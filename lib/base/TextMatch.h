// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QStringList>

namespace sos {

// Case-insensitive edit distance between two strings.
int editDistance(const QString& a, const QString& b);

// The candidates closest to what the user typed, best first: those containing it, then those within
// a few edits of it. Used to suggest names after a typo.
QStringList closestMatches(const QString& typed, const QStringList& candidates, int limit = 3);

// message, followed by " Did you mean: A, B?" when some candidates are close to what was typed: the
// one way every "not found" error suggests names.
QString withSuggestions(const QString& message, const QString& typed, const QStringList& candidates);

// The key a name sorts by, compared as plain text (SQLite's BINARY, the tools_name_key index): case
// folded, and each run of digits written as its length then its digits without leading zeros, so that
// numbers sort by value ("Chat 9" < "Chat 10" < "Chat 104.9" < "Chat 1031.7"). The one function every
// writer of tools.name_key uses (RecordWriter, and migration 014 through an SQL function).
QString naturalSortKey(const QString& name);

// Where search terms are in a text, as the search finds them (SearchQuery's highlight terms): a lone
// word as the start of a word, matched to the word's end; a phrase (words separated by spaces) whole,
// its words in order. Case-insensitive. An empty pattern when terms hold no word.
QRegularExpression searchTermsPattern(const QStringList& terms);

// About `words` words of text around pattern's first match, each match in it between open and close,
// with "\u2026" where text was cut; empty when pattern finds nothing. What a tooltip shows of a long
// review that matched.
QString matchSnippet(const QString& text, const QRegularExpression& pattern, QChar open, QChar close,
                     int words = 16);

} // namespace sos
