// SPDX-License-Identifier: GPL-3.0-or-later
#include "VoteCommand.h"

#include "CliOutput.h"
#include <comparison/ComparisonModel.h>
#include <store/Store.h>

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace sos {

VoteCommand::VoteCommand()
    : Command("vote", QT_TRANSLATE_NOOP("sos::Cli", "Vote for the tool you would ship with in a comparison."),
              "COMPARISON TOOL")
{}

void VoteCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(jsonOption());
}

int VoteCommand::run(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) const
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        return printError(err, ExitUsage,
                          Cli::tr("vote takes a comparison (title or id) and one of its tools."));
    }
    auto model = ComparisonModel::loadComparison(store, positional.at(0));
    if (!model)
        return printError(err, ExitFailure, model.errorMessage());
    QStringList names;
    QString toolId;
    for (int column = 0; column < model->toolCount(); ++column) {
        const Tool& tool = model->tool(column).summary.tool;
        names << tool.name;
        if (tool.id == positional.at(1) || tool.name.compare(positional.at(1), Qt::CaseInsensitive) == 0)
            toolId = tool.id;
    }
    if (toolId.isEmpty()) {
        return printError(err, ExitFailure,
                          Cli::tr("\"%1\" is not in \"%2\"; vote for one of: %3.")
                              .arg(positional.at(1), model->title(), names.join(QStringLiteral(", "))));
    }
    auto vote = store.outbox().castVote(model->comparisonId(), toolId);
    if (!vote)
        return printError(err, ExitFailure, vote.errorMessage());
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(out, QJsonDocument(
                           QJsonObject{{QStringLiteral("comparisonId"), vote->comparisonId},
                                       {QStringLiteral("comparison"), model->title()},
                                       {QStringLiteral("toolId"), vote->toolId},
                                       {QStringLiteral("tool"), names.at(model->toolIds().indexOf(toolId))},
                                       {QStringLiteral("state"), enumName(vote->state)},
                                       {QStringLiteral("updatedAt"), timestampToString(vote->updatedAt)}}));
    } else {
        out << Cli::tr("Your vote in \"%1\": %2 (%3; the next sync sends it to the feed)")
                   .arg(model->title(), names.at(model->toolIds().indexOf(toolId)),
                        voteStateLabel(vote->state))
            << '\n';
    }
    return ExitOk;
}

} // namespace sos
