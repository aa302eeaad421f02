// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileOptions.h"

#include "CliOutput.h"
#include <store/Store.h>

#include <QCommandLineParser>

#include <decision/ProfileInput.h>

namespace sos {

void addProfileOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("weights"),
         Cli::tr("Lens weights from 0 to 5, as LENS=W,LENS=W (a lens id or name; a lens not named "
                 "keeps its weight)."),
         QStringLiteral("WEIGHTS")},
        {QStringLiteral("require"),
         Cli::tr("A must-have, as FIELD=VALUE|VALUE (FIELD: pricing, license, deployment or category). "
                 "Repeatable."),
         QStringLiteral("REQUIREMENT")},
        {QStringLiteral("community"), Cli::tr("The weight of the community vote, from 0 (left out) to 5."),
         QStringLiteral("W")},
    });
}

Result<CriteriaProfile> applyProfileOptions(const Store& store, CriteriaProfile base,
                                            const QCommandLineParser& parser)
{
    Result<CriteriaProfile> profile = std::move(base);
    for (const QString& weights : parser.values(QStringLiteral("weights"))) {
        profile = ProfileInput::withWeights(store, std::move(profile).value(), weights);
        if (!profile)
            return profile;
    }
    for (const QString& requirement : parser.values(QStringLiteral("require"))) {
        profile = ProfileInput::withRequirement(store, std::move(profile).value(), requirement);
        if (!profile)
            return profile;
    }
    if (parser.isSet(QStringLiteral("community")))
        profile = ProfileInput::withCommunityWeight(std::move(profile).value(),
                                                    parser.value(QStringLiteral("community")));
    return profile;
}

bool hasProfileOptions(const QCommandLineParser& parser)
{
    return parser.isSet(QStringLiteral("weights")) || parser.isSet(QStringLiteral("require")) ||
           parser.isSet(QStringLiteral("community"));
}

Result<CriteriaProfile> chosenProfile(const Store& store, const QCommandLineParser& parser)
{
    return ProfileInput::chosen(store, parser.value(QStringLiteral("profile")));
}

} // namespace sos
