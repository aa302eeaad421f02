// SPDX-License-Identifier: GPL-3.0-or-later
// The compared tools ranked under a criteria profile. A tool scores the weights of the lenses that say
// ship for it (a lens with no review adds nothing), plus, when the profile weighs the community, that
// weight times the tool's share of the feed's votes (never the user's own pending vote). Tools that
// meet every must-have rank first; the others follow, marked out. Equal scores share a rank and are
// said to tie. The sensitivity is the smallest change of evidence that changes the top: one lens
// verdict, else two, else (with the community weighed) the fewest votes.
//
//   const Ranking ranking = rank(model, store.decisions().defaultProfile());
//   ranking.tools.first().name; ranking.flipsIf; ranking.toJson();
#pragma once

#include <comparison/ComparisonModel.h>
#include <domain/Decision.h>

#include <QCoreApplication>

namespace sos {

struct RankedTool
{
    QString toolId;
    QString name;
    int column = 0; // in the comparison
    int rank = 1;   // 1 is first; tied tools share a rank
    double score = 0;
    bool tied = false;           // another tool has the same rank
    QStringList mustHavesFailed; // MustHave::toDisplayString of each one failed
    QStringList reasons;         // sentences, in the current language
    QString scoreText;           // "6 of 8 points" (one decimal only with the community weighed)

    bool eligible() const { return mustHavesFailed.isEmpty(); }
};

struct Ranking
{
    CriteriaProfile profile;
    double maximumScore = 0;
    QList<RankedTool> tools; // in rank order
    QStringList flipsIf;     // the sensitivity, sentences; empty when nothing in reach changes the top
    QString stability;       // when flipsIf is empty: why ("No change of one or two lens verdicts ...")
    QString headline;        // "Mistral 4B Edge ranks first with 5 of 5 points." / "... tie for first ..."

    // The tools ranked first (more than one on a tie); empty when no tool meets the must-haves.
    QList<RankedTool> top() const;
    bool topIsTie() const { return top().size() > 1; }
    const RankedTool* tool(const QString& toolId) const;

    // {"profile": CriteriaProfile::toJson, "maximumScore", "headline",
    //  "tools": [{"toolId", "name", "rank", "score", "scoreText", "tied", "eligible", "mustHavesFailed",
    //  "reasons"}], "flipsIf", "stability"}
    QJsonObject toJson() const;
};

class Ranker final
{
    Q_DECLARE_TR_FUNCTIONS(sos::Ranking)

public:
    static Ranking rank(const ComparisonModel& model, const CriteriaProfile& profile);
};

inline Ranking rank(const ComparisonModel& model, const CriteriaProfile& profile)
{
    return Ranker::rank(model, profile);
}

} // namespace sos
