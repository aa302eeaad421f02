// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

} // namespace sos
