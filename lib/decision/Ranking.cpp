// SPDX-License-Identifier: GPL-3.0-or-later
#include "Ranking.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace sos {

namespace {

constexpr double epsilon = 1e-9;
constexpr int maximumFlipLines = 8;
constexpr int maximumVotesLooked = 10000;

bool same(double a, double b)
{
    return std::abs(a - b) < epsilon;
}

// One lens verdict that could change: on which tool (column), through which lens, to what.
struct Flip
{
    int column = 0;
    QString lensId;
    QString lensName;
    std::optional<Verdict> from;
    Verdict to = Verdict::Ship;
};

// The evidence a score is computed from, so a change can be tried without the model.
struct Evidence
{
    QList<QMap<QString, std::optional<Verdict>>> verdicts; // per column, per lens id
    QList<CommunityFigure> community;                      // per column
    QList<bool> eligible;                                  // per column
};

double score(const Evidence& evidence, const QList<Lens>& lenses, const CriteriaProfile& profile, int column)
{
    double total = 0;
    for (const Lens& lens : lenses) {
        if (evidence.verdicts.at(column).value(lens.id) == Verdict::Ship)
            total += profile.weight(lens.id);
    }
    const CommunityFigure& community = evidence.community.at(column);
    if (profile.communityWeight > 0 && community.total > 0)
        total += profile.communityWeight * double(community.votes) / double(community.total);
    return total;
}

// The columns ranked first: the eligible ones with the highest score.
QList<int> topColumns(const Evidence& evidence, const QList<Lens>& lenses, const CriteriaProfile& profile)
{
    QList<int> top;
    double best = -1;
    for (int column = 0; column < evidence.eligible.size(); ++column) {
        if (!evidence.eligible.at(column))
            continue;
        const double value = score(evidence, lenses, profile, column);
        if (top.isEmpty() || value > best + epsilon) {
            top = {column};
            best = value;
        } else if (same(value, best)) {
            top << column;
        }
    }
    return top;
}

QString formatScore(double value, bool communityWeighed)
{
    if (communityWeighed)
        return QLocale().toString(value, 'f', 1);
    return QLocale().toString(qRound(value));
}

// "A, B and C" (or "A, B or C" with the word given).
QString joinNames(const QStringList& names, const QString& lastJoin = Ranker::tr("and"))
{
    if (names.size() <= 1)
        return names.value(0);
    return Ranker::tr("%1 %2 %3")
        .arg(names.mid(0, names.size() - 1).join(Ranker::tr(", ")), lastJoin, names.last());
}

} // namespace

QList<RankedTool> Ranking::top() const
{
    QList<RankedTool> first;
    for (const RankedTool& tool : tools) {
        if (tool.rank == 1 && tool.eligible())
            first << tool;
    }
    return first;
}

const RankedTool* Ranking::tool(const QString& toolId) const
{
    for (const RankedTool& candidate : tools) {
        if (candidate.toolId == toolId)
            return &candidate;
    }
    return nullptr;
}

QJsonObject Ranking::toJson() const
{
    QJsonArray toolArray;
    for (const RankedTool& tool : tools) {
        toolArray.append(
            QJsonObject{{QStringLiteral("toolId"), tool.toolId},
                        {QStringLiteral("name"), tool.name},
                        {QStringLiteral("rank"), tool.rank},
                        {QStringLiteral("score"), std::round(tool.score * 10) / 10},
                        {QStringLiteral("scoreText"), tool.scoreText},
                        {QStringLiteral("tied"), tool.tied},
                        {QStringLiteral("eligible"), tool.eligible()},
                        {QStringLiteral("mustHavesFailed"), QJsonArray::fromStringList(tool.mustHavesFailed)},
                        {QStringLiteral("reasons"), QJsonArray::fromStringList(tool.reasons)}});
    }
    return {{QStringLiteral("profile"), profile.toJson()},
            {QStringLiteral("maximumScore"), maximumScore},
            {QStringLiteral("headline"), headline},
            {QStringLiteral("tools"), toolArray},
            {QStringLiteral("flipsIf"), QJsonArray::fromStringList(flipsIf)},
            {QStringLiteral("stability"), stability.isEmpty() ? QJsonValue() : QJsonValue(stability)}};
}

Ranking Ranker::rank(const ComparisonModel& model, const CriteriaProfile& profile)
{
    Ranking ranking;
    ranking.profile = profile;
    const QList<Lens>& lenses = model.lenses();
    // Only a published comparison has a community vote: elsewhere its weight counts for nothing.
    const bool communityWeighed = profile.communityWeight > 0 && model.isPublished();
    for (const Lens& lens : lenses)
        ranking.maximumScore += profile.weight(lens.id);
    if (communityWeighed)
        ranking.maximumScore += profile.communityWeight;

    Evidence evidence;
    for (int column = 0; column < model.toolCount(); ++column) {
        QMap<QString, std::optional<Verdict>> verdicts;
        for (const Lens& lens : lenses)
            verdicts.insert(lens.id, model.verdict(lens.id, column));
        evidence.verdicts << verdicts;
        evidence.community << model.community(column);
        const Tool& tool = model.tool(column).summary.tool;
        evidence.eligible << std::all_of(profile.mustHaves.begin(), profile.mustHaves.end(),
                                         [&](const MustHave& mustHave) { return mustHave.isMetBy(tool); });
    }

    const QString maximumText = formatScore(ranking.maximumScore, communityWeighed);
    const bool equalWeights = std::all_of(lenses.begin(), lenses.end(), [&](const Lens& lens) {
        return profile.weight(lens.id) == CriteriaProfile::defaultWeight;
    });
    for (int column = 0; column < model.toolCount(); ++column) {
        const Tool& tool = model.tool(column).summary.tool;
        RankedTool ranked;
        ranked.toolId = tool.id;
        ranked.name = tool.name;
        ranked.column = column;
        ranked.score = score(evidence, lenses, profile, column);
        ranked.scoreText =
            tr("%1 of %2 points").arg(formatScore(ranked.score, communityWeighed), maximumText);

        QStringList ships;
        QStringList skips;
        QStringList unreviewed;
        for (const Lens& lens : lenses) {
            const int weight = profile.weight(lens.id);
            if (weight == 0)
                continue;
            // The weights are worth saying only where they differ.
            const QString named = equalWeights ? lens.name : tr("%1 (weight %2)").arg(lens.name).arg(weight);
            const std::optional<Verdict> verdict = evidence.verdicts.at(column).value(lens.id);
            if (!verdict)
                unreviewed << named;
            else if (*verdict == Verdict::Ship)
                ships << named;
            else
                skips << named;
        }
        if (!ships.isEmpty())
            ranked.reasons << tr("Ship: %1.").arg(joinNames(ships));
        if (!skips.isEmpty())
            ranked.reasons << tr("Skip: %1.").arg(joinNames(skips));
        if (!unreviewed.isEmpty())
            ranked.reasons << tr("Not reviewed by %1: no points from them.").arg(joinNames(unreviewed));
        if (communityWeighed) {
            const CommunityFigure& community = evidence.community.at(column);
            if (community.total > 0) {
                ranked.reasons << tr("Community: %L1 of %L2 votes, worth %3 of %4 points.")
                                      .arg(community.votes)
                                      .arg(community.total)
                                      .arg(formatScore(profile.communityWeight * double(community.votes) /
                                                           double(community.total),
                                                       communityWeighed))
                                      .arg(profile.communityWeight);
            } else {
                ranked.reasons << tr("No community votes counted yet: no points from the community.");
            }
        }
        for (const MustHave& mustHave : profile.mustHaves) {
            if (mustHave.isMetBy(tool))
                continue;
            ranked.mustHavesFailed << mustHave.toDisplayString();
            const QString actual = toolFieldValue(tool, mustHave.field);
            ranked.reasons << tr("Fails the must-have \u201c%1\u201d: its %2 is %3.")
                                  .arg(mustHave.toDisplayString(), toolFieldLabel(mustHave.field),
                                       actual.isEmpty() ? tr("not given") : actual);
        }
        ranking.tools << ranked;
    }

    // Eligible tools first, then by score; names keep equal scores in a stable order.
    std::stable_sort(ranking.tools.begin(), ranking.tools.end(),
                     [](const RankedTool& a, const RankedTool& b) {
                         if (a.eligible() != b.eligible())
                             return a.eligible();
                         if (!same(a.score, b.score))
                             return a.score > b.score;
                         return a.name.localeAwareCompare(b.name) < 0;
                     });
    int eligibleCount = 0;
    for (const RankedTool& tool : ranking.tools)
        eligibleCount += tool.eligible() ? 1 : 0;
    for (RankedTool& tool : ranking.tools) {
        int better = tool.eligible() ? 0 : eligibleCount;
        for (const RankedTool& other : ranking.tools) {
            if (other.eligible() == tool.eligible() && other.score > tool.score + epsilon)
                ++better;
        }
        tool.rank = better + 1;
    }
    for (RankedTool& tool : ranking.tools) {
        tool.tied = std::count_if(ranking.tools.begin(), ranking.tools.end(), [&](const RankedTool& other) {
                        return other.rank == tool.rank && other.eligible() == tool.eligible();
                    }) > 1;
    }

    const QList<RankedTool> first = ranking.top();
    QStringList firstNames;
    for (const RankedTool& tool : first)
        firstNames << tool.name;
    if (first.isEmpty())
        ranking.headline = tr("No tool meets every must-have of \u201c%1\u201d.").arg(profile.displayName());
    else if (first.size() > 1)
        ranking.headline =
            tr("%1 tie for first with %2 each.").arg(joinNames(firstNames), first.first().scoreText);
    else
        ranking.headline = tr("%1 ranks first with %2.").arg(first.first().name, first.first().scoreText);
    if (first.isEmpty())
        return ranking;

    // The sensitivity: which changes of evidence change the set of tools ranked first.
    const QList<int> currentTop = topColumns(evidence, lenses, profile);
    auto outcome = [&](const QList<int>& top) {
        QStringList names;
        for (int column : top)
            names << model.tool(column).summary.tool.name;
        return top.size() == 1 ? tr("%1 would rank first.").arg(names.first())
                               : tr("%1 would tie for first.").arg(joinNames(names));
    };
    auto describe = [&](const Flip& flip) {
        const QString tool = model.tool(flip.column).summary.tool.name;
        if (!flip.from)
            return tr("%1 reviewed %2 and said ship").arg(flip.lensName, tool);
        return flip.to == Verdict::Ship ? tr("%1 said ship on %2").arg(flip.lensName, tool)
                                        : tr("%1 said skip on %2").arg(flip.lensName, tool);
    };
    QList<Flip> flips;
    for (int column = 0; column < model.toolCount(); ++column) {
        if (!evidence.eligible.at(column))
            continue;
        for (const Lens& lens : lenses) {
            if (profile.weight(lens.id) == 0)
                continue;
            const std::optional<Verdict> from = evidence.verdicts.at(column).value(lens.id);
            // Only ship counts: skip and "not reviewed" both add nothing, so only these change a score.
            flips << Flip{column, lens.id, lens.name, from,
                          from == Verdict::Ship ? Verdict::Skip : Verdict::Ship};
        }
    }
    auto apply = [&](Evidence changed, const QList<Flip>& applied) {
        for (const Flip& flip : applied)
            changed.verdicts[flip.column][flip.lensId] = flip.to;
        return topColumns(changed, lenses, profile);
    };
    // Single verdicts, grouped: the lenses whose same change on the same tool has the same outcome are
    // one sentence ("If Futurist or Buyer said skip on X, Y would rank first.").
    struct Group
    {
        Flip flip;
        QStringList lensNames;
        QString outcome;
    };
    QList<Group> groups;
    for (const Flip& flip : flips) {
        const QList<int> top = apply(evidence, {flip});
        if (top == currentTop)
            continue;
        const QString said = outcome(top);
        auto same = std::find_if(groups.begin(), groups.end(), [&](const Group& group) {
            return group.flip.column == flip.column && group.flip.to == flip.to &&
                   group.flip.from.has_value() == flip.from.has_value() && group.outcome == said;
        });
        if (same == groups.end())
            groups << Group{flip, {flip.lensName}, said};
        else
            same->lensNames << flip.lensName;
    }
    for (const Group& group : groups) {
        if (ranking.flipsIf.size() >= maximumFlipLines)
            break;
        Flip named = group.flip;
        named.lensName = joinNames(group.lensNames, tr("or"));
        ranking.flipsIf << tr("If %1, %2").arg(describe(named), group.outcome);
    }
    if (ranking.flipsIf.isEmpty()) {
        for (qsizetype i = 0; i < flips.size(); ++i) {
            for (qsizetype j = i + 1; j < flips.size(); ++j) {
                const QList<int> top = apply(evidence, {flips.at(i), flips.at(j)});
                if (top != currentTop && ranking.flipsIf.size() < maximumFlipLines) {
                    ranking.flipsIf << tr("If %1 and %2, %3")
                                           .arg(describe(flips.at(i)), describe(flips.at(j)), outcome(top));
                }
            }
        }
    }
    // The community: the fewest more votes that would change the top, for each tool not alone on top.
    if (communityWeighed) {
        for (int column = 0; column < model.toolCount(); ++column) {
            if (!evidence.eligible.at(column) || currentTop == QList<int>{column})
                continue;
            Evidence changed = evidence;
            for (int votes = 1; votes <= maximumVotesLooked; ++votes) {
                for (int other = 0; other < model.toolCount(); ++other)
                    changed.community[other].total = evidence.community.at(other).total + votes;
                changed.community[column].votes = evidence.community.at(column).votes + votes;
                const QList<int> top = topColumns(changed, lenses, profile);
                if (top != currentTop) {
                    const QString name = model.tool(column).summary.tool.name;
                    ranking.flipsIf
                        << (votes == 1 ? tr("With one more community vote for %1, %2").arg(name, outcome(top))
                                       : tr("With %L1 more community votes for %2, %3")
                                             .arg(votes)
                                             .arg(name, outcome(top)));
                    break;
                }
            }
        }
    }
    if (ranking.flipsIf.isEmpty()) {
        ranking.stability =
            communityWeighed ? tr("No change of one or two lens verdicts, and no number of votes in reach, "
                                  "changes the top.")
                             : tr("No change of one or two lens verdicts changes the top.");
    }
    return ranking;
}

} // namespace sos
