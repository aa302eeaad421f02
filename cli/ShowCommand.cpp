// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShowCommand.h"

#include "CliOutput.h"
#include "ComparisonOutput.h"
#include <comparison/JsonExport.h>
#include <store/Store.h>

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

namespace sos {

namespace {

void printTool(const ToolDetails& details, QTextStream& out)
{
    const Tool& tool = details.summary.tool;
    out << tool.name << QStringLiteral(" \u2014 ") << tool.vendor << '\n';
    out << tool.tagline << "\n\n";
    QList<QStringList> facts{
        {Cli::tr("Category"), tool.category},
        {Cli::tr("Pricing"), pricingLabel(tool.pricing)},
        {Cli::tr("License"), tool.license},
        {Cli::tr("Deployment"), tool.deployment},
        {Cli::tr("Parameters"), tool.parameterSizes.isEmpty()
                                    ? QStringLiteral("\u2014")
                                    : tool.parameterSizes.join(QStringLiteral(", "))},
        {Cli::tr("Panel ship"), details.summary.panel.toDisplayString()},
        {Cli::tr("Community"), details.summary.community.toDisplayString()},
    };
    out << table(facts) << '\n';
    out << wrapped(tool.description, 100, QString()) << '\n';
    if (!tool.pricingNote.isEmpty())
        out << wrapped(Cli::tr("Pricing read: %1").arg(tool.pricingNote), 100, QString()) << '\n';
    for (qsizetype i = 0; i < details.reviews.size(); ++i) {
        const Review& review = details.reviews.at(i);
        out << details.lenses.at(i).name << ": " << QLocale().toUpper(verdictLabel(review.verdict)) << '\n';
        out << wrapped(review.text, 96, QStringLiteral("    ")) << '\n';
    }
    if (!details.comparisons.isEmpty()) {
        out << Cli::tr("Compared in:") << '\n';
        for (const Comparison& comparison : details.comparisons)
            out << "  - " << comparison.title << '\n';
    }
}

} // namespace

ShowCommand::ShowCommand()
    : Command("show", QT_TRANSLATE_NOOP("sos::Cli", "Show one tool or comparison in full."), "NAME-OR-ID")
{}

void ShowCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(jsonOption());
}

int ShowCommand::run(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) const
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return printError(err, ExitUsage, Cli::tr("show takes one tool or comparison: name, title or id."));
    const QString wanted = positional.first();
    const bool json = parser.isSet(QStringLiteral("json"));
    if (const auto toolId = store.catalog().findToolId(wanted)) {
        const auto details = store.catalog().toolDetails(*toolId);
        if (!details)
            return notFound(err, Cli::tr("no tool named \"%1\".").arg(wanted), wanted,
                            store.catalog().allToolNames());
        if (json)
            printJson(out, QJsonDocument(toolDetailsToJson(*details)));
        else
            printTool(*details, out);
        return ExitOk;
    }
    if (store.catalog().findComparison(wanted))
        return printComparisonResult(ComparisonModel::loadComparison(store, wanted), json, out, err);
    QStringList candidates = store.catalog().allToolNames();
    for (const ComparisonSummary& comparison : store.catalog().comparisons())
        candidates << comparison.comparison.title;
    return notFound(err, Cli::tr("no tool or comparison named \"%1\".").arg(wanted), wanted, candidates);
}

} // namespace sos
