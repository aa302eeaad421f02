// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueryOptions.h"

#include "CliOutput.h"
#include <domain/Domain.h>

#include <QCommandLineParser>

namespace sos {

namespace {

const std::array queryOptionNames{"category", "pricing", "license",   "deployment",
                                  "verdict",  "sort",    "descending"};

void addValues(QStringList& values, const QStringList& more)
{
    for (const QString& value : more) {
        if (!values.contains(value))
            values << value;
    }
}

} // namespace

void addQueryOptions(QCommandLineParser& parser)
{
    parser.addOptions({
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
    });
}

bool hasQueryOptions(const QCommandLineParser& parser)
{
    return std::any_of(queryOptionNames.begin(), queryOptionNames.end(),
                       [&parser](const char* name) { return parser.isSet(QLatin1String(name)); });
}

Result<void> applyQueryOptions(const QCommandLineParser& parser, ToolQuery& query)
{
    addValues(query.values(Facet::Category), parser.values(QStringLiteral("category")));
    addValues(query.values(Facet::License), parser.values(QStringLiteral("license")));
    addValues(query.values(Facet::Deployment), parser.values(QStringLiteral("deployment")));
    for (const QString& pricing : parser.values(QStringLiteral("pricing"))) {
        const auto value = enumFromName<Pricing>(pricing);
        if (!value)
            return Error{Cli::tr("--pricing takes Free or Paid, not \"%1\".").arg(pricing),
                         Error::Kind::InvalidInput};
        addValues(query.values(Facet::Pricing), {enumName(*value)});
    }
    for (const QString& verdict : parser.values(QStringLiteral("verdict"))) {
        const auto value = enumFromName<PanelVerdict>(verdict);
        if (!value) {
            return Error{Cli::tr("--verdict takes unanimous-ship, majority-ship, split, majority-skip or "
                                 "unreviewed, not \"%1\".")
                             .arg(verdict),
                         Error::Kind::InvalidInput};
        }
        addValues(query.values(Facet::PanelVerdict), {enumName(*value)});
    }
    if (parser.isSet(QStringLiteral("sort"))) {
        const auto sort = enumFromName<ToolSort>(parser.value(QStringLiteral("sort")));
        if (!sort) {
            return Error{
                Cli::tr("--sort takes name, vendor, category, pricing, panel or community, not \"%1\".")
                    .arg(parser.value(QStringLiteral("sort"))),
                Error::Kind::InvalidInput};
        }
        query.sort = *sort;
        query.descending = parser.isSet(QStringLiteral("descending"));
    } else if (parser.isSet(QStringLiteral("descending"))) {
        query.descending = true;
    }
    return {};
}

} // namespace sos
