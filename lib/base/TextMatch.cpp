// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextMatch.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>
#include <vector>

namespace sos {

int editDistance(const QString& a, const QString& b)
{
    const QString x = a.toCaseFolded();
    const QString y = b.toCaseFolded();
    std::vector<int> previous(static_cast<std::size_t>(y.size()) + 1);
    std::vector<int> current(previous.size());
    for (std::size_t j = 0; j < previous.size(); ++j)
        previous[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= x.size(); ++i) {
        current[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= y.size(); ++j) {
            const int substitution = previous[j - 1] + (x.at(i - 1) == y.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous.back();
}

QStringList closestMatches(const QString& typed, const QStringList& candidates, int limit)
{
    const QString needle = typed.trimmed();
    if (needle.isEmpty())
        return {};
    // Allow roughly one typo in every four characters, at least two.
    const int tolerance = std::max(2, static_cast<int>(needle.size() / 4));
    std::vector<std::pair<int, QString>> scored;
    for (const QString& candidate : candidates) {
        if (candidate.contains(needle, Qt::CaseInsensitive)) {
            scored.emplace_back(0, candidate);
            continue;
        }
        // A typo in the first words counts as much as one in the whole name.
        const int distance = std::min(editDistance(needle, candidate),
                                      editDistance(needle, candidate.left(needle.size())) + 1);
        if (distance <= tolerance)
            scored.emplace_back(distance, candidate);
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto& l, const auto& r) { return l.first < r.first; });
    QStringList best;
    for (const auto& [score, candidate] : scored) {
        if (best.size() >= limit)
            break;
        best << candidate;
    }
    return best;
}

QString withSuggestions(const QString& message, const QString& typed, const QStringList& candidates)
{
    const QStringList suggestions = closestMatches(typed, candidates);
    if (suggestions.isEmpty())
        return message;
    return message + QLatin1Char(' ') +
           QCoreApplication::translate("sos::TextMatch", "Did you mean: %1?")
               .arg(suggestions.join(QStringLiteral(", ")));
}

QString naturalSortKey(const QString& name)
{
    // Two digits say a run's length: runs of up to 99 significant digits sort by value, longer ones
    // after them all.
    constexpr qsizetype longestRun = 99;
    const QString folded = name.toCaseFolded();
    QString key;
    key.reserve(folded.size() + 8);
    QString digits; // of the run being read, without its leading zeros
    bool inRun = false;
    auto endRun = [&] {
        if (!std::exchange(inRun, false))
            return;
        key += QStringLiteral("%1").arg(std::min(digits.size(), longestRun), 2, 10, QLatin1Char('0'));
        key += digits;
        digits.clear();
    };
    for (const QChar c : folded) {
        if (c.category() == QChar::Number_DecimalDigit) {
            const int value = c.digitValue();
            inRun = true;
            if (value > 0 || !digits.isEmpty())
                digits += QLatin1Char(static_cast<char>('0' + value));
            continue;
        }
        endRun();
        key += c;
    }
    endRun();
    return key;
}

QRegularExpression searchTermsPattern(const QStringList& terms)
{
    QStringList alternatives;
    for (const QString& term : terms) {
        QStringList words;
        for (const QString& word : term.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            words << QRegularExpression::escape(word);
        if (words.isEmpty())
            continue;
        // A phrase whole; a lone word as the start of a word, marked to the word's end.
        alternatives << (words.size() > 1 ? words.join(QStringLiteral("[^\\p{L}\\p{N}]+")) +
                                                QStringLiteral("(?![\\p{L}\\p{N}])")
                                          : words.first() + QStringLiteral("[\\p{L}\\p{N}]*"));
    }
    if (alternatives.isEmpty())
        return {};
    return QRegularExpression(
        QStringLiteral("(?<![\\p{L}\\p{N}])(?:") + alternatives.join(QLatin1Char('|')) + QLatin1Char(')'),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

QString matchSnippet(const QString& text, const QRegularExpression& pattern, QChar open, QChar close,
                     int words)
{
    if (pattern.pattern().isEmpty())
        return {};
    const QRegularExpressionMatch first = pattern.match(text);
    if (!first.hasMatch() || first.capturedLength() == 0)
        return {};
    // The words' starts, to cut at: the first match a quarter of the way in, as FTS5's snippet places it.
    static const QRegularExpression wordStart(QStringLiteral("(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}]"),
                                              QRegularExpression::UseUnicodePropertiesOption);
    std::vector<qsizetype> starts;
    for (auto it = wordStart.globalMatch(text); it.hasNext();)
        starts.push_back(it.next().capturedStart());
    const auto matched = std::upper_bound(starts.cbegin(), starts.cend(), first.capturedStart());
    const qsizetype matchWord = std::max<qsizetype>(0, (matched - starts.cbegin()) - 1);
    const qsizetype count = static_cast<qsizetype>(starts.size());
    const qsizetype firstWord =
        std::clamp<qsizetype>(matchWord - std::max(0, words / 4), 0, std::max<qsizetype>(0, count - words));
    const qsizetype lastWord = std::min(count, firstWord + std::max(1, words)); // one past
    const qsizetype begin = firstWord == 0 ? 0 : starts[static_cast<std::size_t>(firstWord)];
    qsizetype end = text.size();
    if (lastWord < count) {
        // The end of the last word kept: the last letter or digit before the next word.
        end = starts[static_cast<std::size_t>(lastWord)];
        while (end > begin && !text.at(end - 1).isLetterOrNumber())
            --end;
    }
    QString snippet = firstWord > 0 ? QStringLiteral("\u2026") : QString();
    qsizetype from = begin;
    for (auto it = pattern.globalMatch(text.left(end), begin); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength() == 0)
            continue;
        snippet += text.mid(from, match.capturedStart() - from) + open + match.captured() + close;
        from = match.capturedEnd();
    }
    snippet += text.mid(from, end - from);
    if (end < text.size())
        snippet += QStringLiteral("\u2026");
    return snippet.simplified();
}

} // namespace sos
