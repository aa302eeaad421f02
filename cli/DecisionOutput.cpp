// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecisionOutput.h"

#include "CliOutput.h"
#include <base/Localization.h>

#include <QTextStream>

namespace sos {

namespace {

constexpr int textWidth = 94;

// Each item wrapped after a dash, its further lines under its first word.
QString indentedList(const QStringList& items, const QString& indent)
{
    const QString hanging = indent + QStringLiteral("  ");
    QString text;
    for (const QString& item : items)
        text += indent + QStringLiteral("- ") + wrapped(item, textWidth, hanging).mid(hanging.size());
    return text;
}

} // namespace

QString weightsText(const CriteriaProfile& profile, const QList<Lens>& lenses, WeightsShown shown)
{
    QStringList parts;
    bool othersDefault = false;
    for (const Lens& lens : lenses) {
        const int weight = profile.weight(lens.id);
        if (shown == WeightsShown::Changed && weight == CriteriaProfile::defaultWeight)
            othersDefault = true;
        else
            parts << Cli::tr("%1 %2").arg(lens.name, QString::number(weight));
    }
    if (othersDefault) {
        parts << (parts.isEmpty() ? Cli::tr("every lens %1") : Cli::tr("others %1"))
                     .arg(CriteriaProfile::defaultWeight);
    }
    if (profile.communityWeight > 0)
        parts << Cli::tr("community %1").arg(profile.communityWeight);
    return parts.join(QStringLiteral(", "));
}

QString mustHavesText(const CriteriaProfile& profile)
{
    QStringList parts;
    for (const MustHave& mustHave : profile.mustHaves)
        parts << mustHave.toDisplayString();
    return parts.isEmpty() ? Cli::tr("none") : parts.join(QStringLiteral("; "));
}

void printRanking(const QString& title, const Ranking& ranking, bool adjusted, const QList<Lens>& lenses,
                  QTextStream& out)
{
    out << (adjusted ? Cli::tr("%1, under \"%2\" as adjusted for this run") : Cli::tr("%1, under \"%2\""))
               .arg(title, ranking.profile.displayName())
        << '\n'
        << Cli::tr("Weights: %1").arg(weightsText(ranking.profile, lenses, WeightsShown::All)) << '\n'
        << Cli::tr("Must-haves: %1").arg(mustHavesText(ranking.profile)) << "\n\n"
        << wrapped(ranking.headline, textWidth, QString()) << '\n';

    QList<QStringList> rows{{Cli::tr("RANK"), Cli::tr("TOOL"), Cli::tr("SCORE"), Cli::tr("FAILS")}};
    for (const RankedTool& tool : ranking.tools) {
        rows << QStringList{tool.tied ? Cli::tr("%1 (tie)").arg(tool.rank) : QString::number(tool.rank),
                            tool.name, tool.scoreText,
                            tool.mustHavesFailed.isEmpty() ? QStringLiteral("-")
                                                           : tool.mustHavesFailed.join(QStringLiteral("; "))};
    }
    out << table(rows) << '\n';

    for (const RankedTool& tool : ranking.tools) {
        if (tool.reasons.isEmpty())
            continue;
        out << tool.name << '\n' << indentedList(tool.reasons, QStringLiteral("  "));
    }
    out << '\n';
    // When nothing in reach changes the top, the ranking says so instead; with no tool first (none
    // meets the must-haves) there is no top to change.
    if (ranking.flipsIf.isEmpty() && ranking.stability.isEmpty())
        return;
    out << Cli::tr("Would change the top:") << '\n'
        << (ranking.flipsIf.isEmpty() ? wrapped(ranking.stability, textWidth, QStringLiteral("  "))
                                      : indentedList(ranking.flipsIf, QStringLiteral("  ")));
}

void printDecisionStatus(const DecisionStatus& status, QTextStream& out)
{
    const Decision& decision = status.decision;
    const QString indent = QStringLiteral("    ");
    out << Cli::tr("#%1  %2, in \"%3\"").arg(decision.id).arg(status.toolName, status.comparisonTitle) << '\n'
        << indent
        << Cli::tr("by %1, %2, under \"%3\"")
               .arg(decision.by, localDateTime(decision.decidedAt), decision.profile.displayName())
        << '\n'
        << wrapped(Cli::tr("Rationale: %1").arg(decision.rationale), textWidth, indent);

    const EvidenceSnapshot& snapshot = decision.snapshot;
    const QString feed = snapshot.feedUrl.isEmpty()
                             ? Cli::tr("the bundled catalog")
                             : Cli::tr("%1 (%2)").arg(snapshot.feedId, snapshot.feedUrl);
    const QString sync = snapshot.lastSync.isValid() ? localDateTime(snapshot.lastSync) : Cli::tr("never");
    out << wrapped(Cli::tr("Evidence: %1, last sync %2, ShipOrSkip %3").arg(feed, sync, snapshot.appVersion),
                   textWidth, indent);

    if (status.evidenceChanged()) {
        QStringList changes;
        for (const EvidenceChange& change : status.changesSince)
            changes << change.toDisplayString();
        out << indent << Cli::tr("The evidence changed since:") << '\n'
            << indentedList(changes, indent + QStringLiteral("  "));
    } else {
        out << indent << Cli::tr("The evidence has not changed since.") << '\n';
    }
    if (status.supersededBy != 0)
        out << indent << Cli::tr("Superseded by #%1.").arg(status.supersededBy) << '\n';
}

} // namespace sos
