// SPDX-License-Identifier: GPL-3.0-or-later
// Why a tool matched, shown: the searched words marked in its texts, and FTS5's snippets of where in
// the reviews they were found. The texts come from a feed: they are escaped before any mark is added.
#pragma once

#include <QString>
#include <QStringList>

class QLabel;

namespace sos {

// text as rich text with every match of terms marked (a word: any word starting with it; a phrase:
// its words in order), or text escaped as it is when nothing matches. Newlines are kept.
QString highlightedHtml(const QString& text, const QStringList& terms);

// Shows text in label: as plain text when no term matches it (or there are none), else marked.
void setHighlightedText(QLabel* label, const QString& text, const QStringList& terms);

// A snippet as lib/store marks it (snippetMarkOpen/Close around each match) as rich text, escaped.
QString snippetHtml(const QString& snippet);

} // namespace sos
