// SPDX-License-Identifier: GPL-3.0-or-later
#include "ToolsCommand.h"

#include "CliOutput.h"
#include "QueryOptions.h"
#include <comparison/JsonExport.h>
#include <store/Store.h>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

namespace sos {

namespace {

// Text as words only: no operator, field or quote of the query language.
QStringList plainWords(const QString& text)
{
    static const QRegularExpression notWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList words;
    for (const QString& word : text.split(notWord, Qt::SkipEmptyParts))
        words << word.toLower(); // "OR" typed here is a word, not the operator
    return words;
}

} // namespace

QString queryErrorText(const QString& text, const QueryError& error)
{
    // The message, then the query with a caret line under the place.
    const QString line = QString(text).replace(QLatin1Char('\n'), QLatin1Char(' '));
    constexpr int shown = 60;
    const int from = std::max(0, error.position - shown / 2);
    QString excerpt = line.mid(from, shown);
    QString indent(error.position - from, QLatin1Char(' '));
    const int carets =
        std::clamp(error.length, 1, std::max(1, static_cast<int>(excerpt.size()) - (error.position - from)));
    if (from > 0) {
        excerpt.prepend(QStringLiteral("…"));
        indent.prepend(QLatin1Char(' '));
    }
    return error.message + QStringLiteral("\n  ") + excerpt + QStringLiteral("\n  ") + indent +
           QString(carets, QLatin1Char('^'));
}

ToolsCommand::ToolsCommand()
    : Command("tools", QT_TRANSLATE_NOOP("sos::Cli", "List the tools in the catalog, filtered and sorted."),
              "")
{}

void ToolsCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("search"),
         Cli::tr("Only tools matching every word of TEXT (names, taglines, descriptions, reviews), each "
                 "as the start of a word."),
         QStringLiteral("TEXT")},
        {QStringLiteral("query"),
         Cli::tr("Only tools matching QUERY, in the search box's language: words, \"phrases\", name:, "
                 "vendor:, category:, pricing:, license:, deployment:, lens:LENS=ship|skip, ship:>=75, "
                 "votes:none, votes:>=10, -TERM to exclude, OR, parentheses (see the manual page)."),
         QStringLiteral("QUERY")},
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
    // --search is words alone, as it always was, and replaces a saved search's text; --query is the
    // language, checked before it is added to either.
    if (parser.isSet(QStringLiteral("search")))
        query.search = plainWords(parser.value(QStringLiteral("search"))).join(QLatin1Char(' '));
    if (parser.isSet(QStringLiteral("query"))) {
        const QString text = parser.value(QStringLiteral("query"));
        QList<QueryLens> lenses;
        for (const Lens& lens : store.catalog().lenses())
            lenses << QueryLens{lens.id, lens.name};
        const ParsedQuery parsed = parseQuery(text, lenses);
        if (parsed.error)
            return printError(err, ExitUsage, queryErrorText(text, *parsed.error), name());
        if (!parsed.isEmpty()) {
            query.search =
                query.search.trimmed().isEmpty() ? text : QStringLiteral("(%1) (%2)").arg(query.search, text);
        }
    }
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
