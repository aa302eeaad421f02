// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecideCommand.h"

#include "CliOutput.h"
#include "DecisionOutput.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

#include <decision/Decisions.h>

namespace sos {

DecideCommand::DecideCommand()
    : Command(
          "decide",
          QT_TRANSLATE_NOOP("sos::Cli",
                            "Record which tool a comparison chose, who decided and why, with its evidence."),
          "COMPARISON")
{}

void DecideCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("choose"), Cli::tr("The tool chosen (name or id), one of the comparison's."),
         QStringLiteral("TOOL")},
        {QStringLiteral("by"), Cli::tr("Who decided."), QStringLiteral("NAME")},
        {QStringLiteral("rationale"), Cli::tr("Why, in a sentence or more."), QStringLiteral("TEXT")},
        {QStringLiteral("profile"),
         Cli::tr("The saved profile the choice was ranked under (default: the default profile)."),
         QStringLiteral("NAME")},
    });
    parser.addOption(jsonOption());
}

int DecideCommand::run(const QCommandLineParser& parser, Store& store, QTextStream& out,
                       QTextStream& err) const
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(QStringLiteral("choose")) ||
        !parser.isSet(QStringLiteral("by")) || !parser.isSet(QStringLiteral("rationale"))) {
        return printError(err, ExitUsage,
                          Cli::tr("use: decide COMPARISON --choose TOOL --by NAME --rationale TEXT "
                                  "[--profile NAME]"));
    }
    // Decisions checks every part (an empty rationale included) before it stores anything.
    const Decisions::Request request{
        positional.first(), parser.value(QStringLiteral("choose")), parser.value(QStringLiteral("by")),
        parser.value(QStringLiteral("rationale")), parser.value(QStringLiteral("profile"))};
    const auto decision = Decisions::decide(store, request);
    if (!decision)
        return printError(err, ExitFailure, decision.errorMessage());
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(out, QJsonDocument(decision->toJson()));
        return ExitOk;
    }
    out << Cli::tr("Recorded decision #%1.").arg(decision->id) << '\n';
    if (const auto status = Decisions::status(store, decision->id))
        printDecisionStatus(*status, out);
    return ExitOk;
}

} // namespace sos
