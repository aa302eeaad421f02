// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparisonOutput.h"

#include "CliOutput.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

namespace sos {

void printComparison(const ComparisonModel& model, QTextStream& out)
{
    out << model.title() << "\n\n";
    QList<QStringList> rows{{QString()},           {Cli::tr("Vendor")},     {Cli::tr("Pricing")},
                            {Cli::tr("License")},  {Cli::tr("Deployment")}, {Cli::tr("Panel ship")},
                            {Cli::tr("Community")}};
    for (int column = 0; column < model.toolCount(); ++column) {
        const ToolSummary& summary = model.tool(column).summary;
        const CommunityFigure community = model.community(column);
        const QString share = CommunityShare{community.votes, community.total}.toDisplayString();
        // The feed's figures only: the user's own vote is said apart, below.
        const QString communityText =
            model.isPublished() ? share : Cli::tr("n/a (not a published comparison)");
        const QStringList cells{
            summary.tool.name,    summary.tool.vendor,     pricingLabel(summary.tool.pricing),
            summary.tool.license, summary.tool.deployment, summary.panel.toDisplayString(),
            communityText};
        for (qsizetype row = 0; row < rows.size(); ++row)
            rows[row] << cells.at(row);
    }
    out << table(rows) << '\n';
    const QStringList differing = model.differingLensIds();
    for (const Lens& lens : model.lenses()) {
        out << (differing.contains(lens.id) ? Cli::tr("%1  (verdicts differ)").arg(lens.name) : lens.name)
            << '\n';
        for (int column = 0; column < model.toolCount(); ++column) {
            const auto verdict = model.verdict(lens.id, column);
            out << "  " << model.tool(column).summary.tool.name << ": "
                << (verdict ? QLocale().toUpper(verdictLabel(*verdict)) : Cli::tr("not reviewed")) << '\n';
            for (const Review& review : model.reviews(lens.id, column))
                out << wrapped(review.text, 94, QStringLiteral("      "));
        }
        out << '\n';
    }
    if (const auto& vote = model.myVote()) {
        const int column = static_cast<int>(model.toolIds().indexOf(vote->toolId));
        out << Cli::tr("Your vote: %1 (%2)")
                   .arg(column >= 0 ? model.tool(column).summary.tool.name : vote->toolId,
                        voteStateLabel(vote->state))
            << '\n';
        if (vote->awaitingFeed())
            out << Cli::tr("It is not in the community figures until the feed counts it.") << '\n';
    }
}

int printComparisonResult(const Result<ComparisonModel>& model, bool json, QTextStream& out, QTextStream& err)
{
    if (!model)
        return printError(err, ExitFailure, model.errorMessage());
    if (json)
        printJson(out, QJsonDocument(model->toJson()));
    else
        printComparison(model.value(), out);
    return ExitOk;
}

} // namespace sos
