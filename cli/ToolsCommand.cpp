// SPDX-License-Identifier: GPL-3.0-or-later
#include "ToolsCommand.h"

#include "CliOutput.h"
#include "QueryOptions.h"
#include <comparison/JsonExport.h>
#include <store/Store.h>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace sos {

ToolsCommand::ToolsCommand()
    : Command("tools", QT_TRANSLATE_NOOP("sos::Cli", "List the tools in the catalog, filtered and sorted."),
              "")
{}

void ToolsCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("search"),
         Cli::tr("Only tools matching TEXT (names, taglines, descriptions, reviews)."),
         QStringLiteral("TEXT")},
        {QStringLiteral("saved"),
         Cli::tr("Run the search saved as NAME (see \"searches\"). The options given with it change it: "
                 "--search replaces its text, facet options add values to its own, --sort "
                 "replaces its sort and --descending reverses it."),
         QStringLiteral("NAME")},
    });
    addQueryOptions(parser);
    parser.addOption(jsonOption());
}

int ToolsCommand::run(const QCommandLineParser& parser, Store& store, QTextStream& out,
                      QTextStream& err) const
{
    ToolQuery query;
    if (parser.isSet(QStringLiteral("saved"))) {
        const QString name = parser.value(QStringLiteral("saved"));
        const auto saved = store.savedSearches().find(name);
        if (!saved) {
            return notFound(err, Cli::tr("There is no saved search named \"%1\".").arg(name), name,
                            store.savedSearches().names());
        }
        query = saved->toQuery();
    }
    if (parser.isSet(QStringLiteral("search")))
        query.search = parser.value(QStringLiteral("search"));
    if (auto applied = applyQueryOptions(parser, query); !applied)
        return printError(err, ExitUsage, applied.errorMessage());

    const QList<ToolSummary> tools = store.catalog().fetchTools(query, 0, std::numeric_limits<int>::max());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ToolSummary& tool : tools)
            array.append(toolSummaryToJson(tool));
        printJson(out, QJsonDocument(array));
        return ExitOk;
    }
    QList<QStringList> rows{{Cli::tr("NAME"), Cli::tr("VENDOR"), Cli::tr("CATEGORY"), Cli::tr("PRICING"),
                             Cli::tr("PANEL SHIP"), Cli::tr("COMMUNITY")}};
    for (const ToolSummary& tool : tools) {
        rows << QStringList{tool.tool.name,
                            tool.tool.vendor,
                            tool.tool.category,
                            pricingLabel(tool.tool.pricing),
                            tool.panel.toDisplayString(),
                            tool.community.toDisplayString()};
    }
    out << table(rows);
    out << Cli::tr("Tools listed: %L1").arg(tools.size()) << '\n';
    return ExitOk;
}

} // namespace sos
