// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecisionsCommand.h"

#include "CliOutput.h"
#include "DecisionOutput.h"
#include <comparison/ComparisonModel.h>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <decision/Decisions.h>

namespace sos {

DecisionsCommand::DecisionsCommand()
    : Command("decisions",
              QT_TRANSLATE_NOOP("sos::Cli",
                                "List the decisions recorded, each with what changed in its evidence since."),
              "[COMPARISON]")
{}

void DecisionsCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(jsonOption());
}

int DecisionsCommand::run(const QCommandLineParser& parser, Store& store, QTextStream& out,
                          QTextStream& err) const
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return printError(err, ExitUsage, Cli::tr("decisions takes at most one comparison (title or id)."));

    QList<DecisionStatus> statuses;
    if (positional.isEmpty()) {
        statuses = Decisions::statuses(store);
    } else {
        // A comparison that has left the catalog still has its decisions, found by its id.
        statuses = Decisions::statuses(store, positional.first());
        if (statuses.isEmpty()) {
            const auto model = ComparisonModel::loadComparison(store, positional.first());
            if (!model)
                return printError(err, ExitFailure, model.errorMessage());
            statuses = Decisions::statuses(store, model->comparisonId());
        }
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const DecisionStatus& status : statuses)
            array.append(status.toJson());
        printJson(out, QJsonDocument(array));
        return ExitOk;
    }
    if (statuses.isEmpty()) {
        out << Cli::tr("No decisions recorded.") << '\n';
        return ExitOk;
    }
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        if (i > 0)
            out << '\n';
        printDecisionStatus(statuses.at(i), out);
    }
    return ExitOk;
}

} // namespace sos
