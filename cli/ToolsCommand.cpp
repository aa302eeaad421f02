// SPDX-License-Identifier: GPL-3.0-or-later
#include "ToolsCommand.h"

#include "CliOutput.h"
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
        {QStringLiteral("category"), Cli::tr("Only tools in category C (repeatable)."), QStringLiteral("C")},
        {QStringLiteral("pricing"), Cli::tr("Only Free or Paid tools."), QStringLiteral("Free|Paid")},
        {QStringLiteral("license"), Cli::tr("Only tools under license L (repeatable)."), QStringLiteral("L")},
        {QStringLiteral("deployment"), Cli::tr("Only on-device, hosted or self-hosted tools (repeatable)."),
         QStringLiteral("D")},
        {QStringLiteral("verdict"),
         Cli::tr(
             "Only tools whose panel is unanimous-ship, majority-ship, split, majority-skip or unreviewed."),
         QStringLiteral("V")},
        {QStringLiteral("sort"), Cli::tr("Sort by name, vendor, category, pricing, panel or community."),
         QStringLiteral("KEY"), QStringLiteral("name")},
        {QStringLiteral("descending"), Cli::tr("Reverse the sort.")},
        jsonOption(),
    });
}

int ToolsCommand::run(const QCommandLineParser& parser, Store& store, QTextStream& out,
                      QTextStream& err) const
{
    ToolQuery query;
    // --search is words alone, as it always was; --query the language, checked before it is combined.
    QStringList words = plainWords(parser.value(QStringLiteral("search")));
    if (parser.isSet(QStringLiteral("query"))) {
        const QString text = parser.value(QStringLiteral("query"));
        QList<QueryLens> lenses;
        for (const Lens& lens : store.catalog().lenses())
            lenses << QueryLens{lens.id, lens.name};
        const ParsedQuery parsed = parseQuery(text, lenses);
        if (parsed.error)
            return printError(err, ExitUsage, queryErrorText(text, *parsed.error), name());
        if (!parsed.isEmpty())
            words << QLatin1Char('(') + text + QLatin1Char(')');
    }
    query.search = words.join(QLatin1Char(' '));
    query.values(Facet::Category) = parser.values(QStringLiteral("category"));
    query.values(Facet::License) = parser.values(QStringLiteral("license"));
    query.values(Facet::Deployment) = parser.values(QStringLiteral("deployment"));
    for (const QString& pricing : parser.values(QStringLiteral("pricing"))) {
        const auto value = enumFromName<Pricing>(pricing);
        if (!value)
            return printError(err, ExitUsage,
                              Cli::tr("--pricing takes Free or Paid, not \"%1\".").arg(pricing));
        query.values(Facet::Pricing) << enumName(*value);
    }
    for (const QString& verdict : parser.values(QStringLiteral("verdict"))) {
        const auto value = enumFromName<PanelVerdict>(verdict);
        if (!value) {
            return printError(
                err, ExitUsage,
                Cli::tr("--verdict takes unanimous-ship, majority-ship, split, majority-skip or unreviewed, "
                        "not \"%1\".")
                    .arg(verdict));
        }
        query.values(Facet::PanelVerdict) << enumName(*value);
    }
    const auto sort = enumFromName<ToolSort>(parser.value(QStringLiteral("sort")));
    if (!sort) {
        return printError(
            err, ExitUsage,
            Cli::tr("--sort takes name, vendor, category, pricing, panel or community, not \"%1\".")
                .arg(parser.value(QStringLiteral("sort"))));
    }
    query.sort = *sort;
    query.descending = parser.isSet(QStringLiteral("descending"));

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
