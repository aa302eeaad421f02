// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparisonsCommand.h"

#include "CliOutput.h"
#include <comparison/JsonExport.h>
#include <store/Store.h>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

namespace sos {

namespace {

QList<ToolSummary> toolsOf(const Store& store, const ComparisonSummary& summary)
{
    ToolQuery query;
    query.comparisonId = summary.comparison.id;
    QList<ToolSummary> tools = store.catalog().fetchTools(query, 0, std::numeric_limits<int>::max());
    // In the comparison's own order, as the feed publishes it.
    std::sort(tools.begin(), tools.end(), [&](const ToolSummary& a, const ToolSummary& b) {
        return summary.comparison.toolIds.indexOf(a.tool.id) < summary.comparison.toolIds.indexOf(b.tool.id);
    });
    return tools;
}

} // namespace

ComparisonsCommand::ComparisonsCommand()
    : Command("comparisons", QT_TRANSLATE_NOOP("sos::Cli", "List the comparisons."), "")
{}

void ComparisonsCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(jsonOption());
}

int ComparisonsCommand::run(const QCommandLineParser& parser, Store& store, QTextStream& out,
                            QTextStream&) const
{
    const QList<ComparisonSummary> comparisons = store.catalog().comparisons();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ComparisonSummary& comparison : comparisons)
            array.append(comparisonToJson(comparison, toolsOf(store, comparison)));
        printJson(out, QJsonDocument(array));
        return ExitOk;
    }
    QList<QStringList> rows{{Cli::tr("COMPARISON"), Cli::tr("TOOLS"), Cli::tr("VOTES")}};
    for (const ComparisonSummary& comparison : comparisons) {
        rows << QStringList{comparison.comparison.title, QLocale().toString(comparison.toolNames.size()),
                            comparison.totalVotes > 0 ? QLocale().toString(comparison.totalVotes)
                                                      : QStringLiteral("\u2014")};
    }
    out << table(rows);
    return ExitOk;
}

} // namespace sos
