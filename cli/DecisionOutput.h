// SPDX-License-Identifier: GPL-3.0-or-later
// Rankings, criteria profiles and decisions as rank, profile, decide and decisions print them as text.
// The figures and sentences come from lib/decision; this only lays them out.
#pragma once

#include <decision/Decisions.h>
#include <decision/Ranking.h>

class QTextStream;

namespace sos {

enum class WeightsShown
{
    All,    // "Developer experience 1, Competitive skeptic 1, Futurist 1, Buyer 5"
    Changed // "Buyer 5, others 1"
};
// The lens weights over lenses in their order, then the community's when it counts.
QString weightsText(const CriteriaProfile& profile, const QList<Lens>& lenses, WeightsShown shown);
// "license is one of Apache 2.0, MIT; pricing is Free", or "none".
QString mustHavesText(const CriteriaProfile& profile);

// The headline, the profile (adjusted: by options for this run only), a table of ranks, scores and
// failed must-haves, each tool's reasons, then what would change the top.
void printRanking(const QString& title, const Ranking& ranking, bool adjusted, const QList<Lens>& lenses,
                  QTextStream& out);

// One block: the choice, who and when, the rationale, the evidence it rests on and what changed since.
void printDecisionStatus(const DecisionStatus& status, QTextStream& out);

} // namespace sos
