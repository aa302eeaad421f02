// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompareCommand.h"

#include "CliOutput.h"
#include "ComparisonOutput.h"

#include <QCommandLineParser>

namespace sos {

CompareCommand::CompareCommand()
    : Command("compare", QT_TRANSLATE_NOOP("sos::Cli", "Compare two to four tools side by side."), "TOOL...")
{}

void CompareCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(jsonOption());
}

int CompareCommand::run(const QCommandLineParser& parser, Store& store, QTextStream& out,
                        QTextStream& err) const
{
    const QStringList tools = parser.positionalArguments();
    if (tools.size() < ComparisonModel::minimumTools || tools.size() > ComparisonModel::maximumTools) {
        return printError(err, ExitUsage,
                          Cli::tr("compare takes %1 to %2 tools (names or ids), not %3.")
                              .arg(ComparisonModel::minimumTools)
                              .arg(ComparisonModel::maximumTools)
                              .arg(tools.size()));
    }
    return printComparisonResult(ComparisonModel::loadTools(store, tools),
                                 parser.isSet(QStringLiteral("json")), out, err);
}

} // namespace sos
