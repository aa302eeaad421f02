// SPDX-License-Identifier: GPL-3.0-or-later
#include "RankCommand.h"

#include "CliOutput.h"
#include "DecisionOutput.h"
#include "ProfileOptions.h"
#include <comparison/ComparisonModel.h>

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

#include <decision/Ranking.h>

namespace sos {

RankCommand::RankCommand()
    : Command(
          "rank",
          QT_TRANSLATE_NOOP("sos::Cli",
                            "Rank a comparison's tools (or any two to four tools) under a criteria profile."),
          "COMPARISON|TOOL...")
{}

void RankCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("profile"),
                      Cli::tr("The saved profile to rank under (default: the default profile)."),
                      QStringLiteral("NAME")});
    addProfileOptions(parser);
    parser.addOption(jsonOption());
}

int RankCommand::run(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) const
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.size() > ComparisonModel::maximumTools) {
        return printError(
            err, ExitUsage,
            Cli::tr("rank takes one comparison (title or id), or %1 to %2 tools (names or ids).")
                .arg(ComparisonModel::minimumTools)
                .arg(ComparisonModel::maximumTools));
    }
    const Result<ComparisonModel> model = positional.size() == 1
                                              ? ComparisonModel::loadComparison(store, positional.first())
                                              : ComparisonModel::loadTools(store, positional);
    if (!model)
        return printError(err, ExitFailure, model.errorMessage());
    auto base = chosenProfile(store, parser);
    if (!base)
        return printError(err, ExitFailure, base.errorMessage());
    // The options adjust the profile for this run only; profile save keeps one.
    const auto profile = applyProfileOptions(store, std::move(base).value(), parser);
    if (!profile)
        return printError(err, ExitFailure, profile.errorMessage());

    const Ranking ranking = rank(model.value(), profile.value());
    const bool adjusted = hasProfileOptions(parser);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = ranking.toJson();
        json.insert(QStringLiteral("profileAdjusted"), adjusted);
        json.insert(QStringLiteral("comparisonId"),
                    model->isPublished() ? QJsonValue(model->comparisonId()) : QJsonValue(QJsonValue::Null));
        json.insert(QStringLiteral("title"), model->title());
        printJson(out, QJsonDocument(json));
    } else {
        printRanking(model->title(), ranking, adjusted, model->lenses(), out);
    }
    return ExitOk;
}

} // namespace sos
