// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileCommand.h"

#include "CliOutput.h"
#include "DecisionOutput.h"
#include "ProfileOptions.h"
#include <store/Store.h>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <decision/ProfileInput.h>

namespace sos {

ProfileCommand::ProfileCommand()
    : Command(
          "profile",
          QT_TRANSLATE_NOOP("sos::Cli", "profile save NAME|list|remove NAME: the team's criteria profiles."),
          "save NAME|list|remove NAME")
{}

void ProfileCommand::addOptions(QCommandLineParser& parser) const
{
    addProfileOptions(parser);
    parser.addOption({QStringLiteral("default"), Cli::tr("With save: make it the default profile.")});
    parser.addOption(jsonOption());
}

int ProfileCommand::run(const QCommandLineParser& parser, Store& store, QTextStream& out,
                        QTextStream& err) const
{
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == QLatin1String("save") && positional.size() == 2)
        return save(parser, store, positional.at(1), out, err);
    if (action == QLatin1String("list") && positional.size() == 1)
        return list(parser, store, out);
    if (action == QLatin1String("remove") && positional.size() == 2)
        return remove(store, positional.at(1), out, err);
    return printError(err, ExitUsage,
                      Cli::tr("use: profile save NAME [--weights LENS=W,...] [--require FIELD=V|V]... "
                              "[--community W] [--default], profile list [--json], or profile remove NAME"));
}

int ProfileCommand::save(const QCommandLineParser& parser, Store& store, const QString& name,
                         QTextStream& out, QTextStream& err)
{
    // A save defines the whole profile: what is not given takes the equal weights' value.
    CriteriaProfile base = CriteriaProfile::equalWeights();
    base.name = name.trimmed();
    base.isDefault = parser.isSet(QStringLiteral("default"));
    const auto profile = applyProfileOptions(store, std::move(base), parser);
    if (!profile)
        return printError(err, ExitFailure, profile.errorMessage());
    if (const Result<void> saved = store.decisions().saveProfile(profile.value()); !saved)
        return printError(err, ExitFailure, saved.errorMessage());
    out << (profile->isDefault ? Cli::tr("Saved the profile \"%1\", the default now.")
                               : Cli::tr("Saved the profile \"%1\"."))
               .arg(profile->name)
        << '\n';
    return ExitOk;
}

int ProfileCommand::list(const QCommandLineParser& parser, const Store& store, QTextStream& out)
{
    const QList<CriteriaProfile> profiles = store.decisions().profiles();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const CriteriaProfile& profile : profiles)
            array.append(profile.toJson());
        printJson(out, QJsonDocument(array));
        return ExitOk;
    }
    const QList<Lens> lenses = store.catalog().lenses();
    QList<QStringList> rows{{Cli::tr("NAME"), Cli::tr("WEIGHTS"), Cli::tr("MUST-HAVES")}};
    for (const CriteriaProfile& profile : profiles) {
        rows << QStringList{profile.isDefault ? Cli::tr("%1 (default)").arg(profile.name) : profile.name,
                            weightsText(profile, lenses, WeightsShown::Changed), mustHavesText(profile)};
    }
    if (profiles.isEmpty())
        out << Cli::tr("No profiles saved.") << '\n';
    else
        out << table(rows);
    // The built-in profile is the one in use until a saved one is made the default.
    if (std::none_of(profiles.begin(), profiles.end(),
                     [](const CriteriaProfile& profile) { return profile.isDefault; })) {
        out << Cli::tr("Default: \"%1\" (built in: every lens weighs 1).")
                   .arg(CriteriaProfile::equalWeightsName())
            << '\n';
    }
    return ExitOk;
}

int ProfileCommand::remove(Store& store, const QString& name, QTextStream& out, QTextStream& err)
{
    // Looked up first, so that a name that matches none is said with the nearest names.
    const auto profile = ProfileInput::savedProfile(store, name);
    if (!profile)
        return printError(err, ExitFailure, profile.errorMessage());
    if (const Result<void> removed = store.decisions().removeProfile(profile->name); !removed)
        return printError(err, ExitFailure, removed.errorMessage());
    out << Cli::tr("Removed the profile \"%1\".").arg(profile->name) << '\n';
    return ExitOk;
}

} // namespace sos
