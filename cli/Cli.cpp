// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "ChangesCommand.h"
#include "CliOutput.h"
#include "CompareCommand.h"
#include "ComparisonsCommand.h"
#include "DecideCommand.h"
#include "DecisionsCommand.h"
#include "ExportCommand.h"
#include "FeedCommand.h"
#include "ProfileCommand.h"
#include "RankCommand.h"
#include "SearchesCommand.h"
#include "ShortlistCommand.h"
#include "ShowCommand.h"
#include "SyncCommand.h"
#include "TokenCommand.h"
#include "ToolsCommand.h"
#include "VoteCommand.h"
#include "WatchCommand.h"
#include <base/AppPaths.h>
#include <store/StoreOpening.h>
#include <sync/TokenStore.h>

#include <QCommandLineParser>
#include <QTextStream>

#include <algorithm>
#include <memory>
#include <vector>

namespace sos {

namespace {

using Commands = std::vector<std::unique_ptr<Command>>;

// Every command, in the order the usage text lists them, each given the services it needs.
Commands makeCommands(const CliServices& services, TokenStore& tokens)
{
    Commands commands;
    commands.push_back(std::make_unique<ToolsCommand>());
    commands.push_back(std::make_unique<ComparisonsCommand>());
    commands.push_back(std::make_unique<ShowCommand>());
    commands.push_back(std::make_unique<CompareCommand>());
    commands.push_back(std::make_unique<VoteCommand>());
    commands.push_back(std::make_unique<RankCommand>());
    commands.push_back(std::make_unique<ProfileCommand>());
    commands.push_back(std::make_unique<DecideCommand>());
    commands.push_back(std::make_unique<DecisionsCommand>());
    commands.push_back(std::make_unique<ExportCommand>(services.charts));
    commands.push_back(std::make_unique<SyncCommand>(tokens));
    commands.push_back(std::make_unique<ChangesCommand>());
    commands.push_back(std::make_unique<WatchCommand>());
    commands.push_back(std::make_unique<SearchesCommand>());
    commands.push_back(std::make_unique<ShortlistCommand>());
    commands.push_back(std::make_unique<TokenCommand>(tokens));
    commands.push_back(std::make_unique<FeedCommand>());
    return commands;
}

QString usage(const Commands& commands)
{
    QString text = Cli::tr("Usage: %1 [--db PATH] COMMAND [OPTIONS]\n\nCommands:\n").arg(programName());
    for (const auto& command : commands)
        text += QStringLiteral("  %1%2\n").arg(command->name().leftJustified(14), command->summary());
    text += Cli::tr("\nRun \"%1 COMMAND --help\" for a command's options.\n").arg(programName());
    return text;
}

} // namespace

int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err, const CliServices& services)
{
    KeychainTokenStore keychain;
    const Commands commands = makeCommands(services, services.tokens ? *services.tokens : keychain);

    // Find the command: the first argument that is not an option or the value of --db.
    qsizetype commandIndex = -1;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--db")) {
            ++i;
            continue;
        }
        if (!argument.startsWith(QLatin1Char('-'))) {
            commandIndex = i;
            break;
        }
    }
    if (commandIndex < 0) {
        if (arguments.contains(QStringLiteral("--version")) || arguments.contains(QStringLiteral("-v"))) {
            out << programName() << ' ' << QStringLiteral(SHIPORSKIP_VERSION) << '\n';
            return ExitOk;
        }
        const bool askedForHelp =
            arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"));
        (askedForHelp ? out : err) << usage(commands);
        return askedForHelp ? ExitOk : ExitUsage;
    }

    const QString name = arguments.at(commandIndex);
    const auto found = std::find_if(commands.begin(), commands.end(),
                                    [&](const auto& command) { return command->name() == name; });
    if (found == commands.end()) {
        printError(err, ExitUsage, Cli::tr("unknown command \"%1\".").arg(name));
        err << '\n' << usage(commands);
        return ExitUsage;
    }
    const Command& command = **found;

    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary());
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"),
                      Cli::tr("The database file (default: $SHIPORSKIP_DB, else the app data folder)."),
                      QStringLiteral("PATH")});
    command.addOptions(parser);
    if (!command.positional().isEmpty())
        parser.addPositionalArgument(command.positional(), Cli::tr("What to show."));
    QStringList commandArguments = arguments;
    commandArguments.removeAt(commandIndex);
    if (!parser.parse(commandArguments))
        return printError(err, ExitUsage, parser.errorText(), name);
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText().replace(QCoreApplication::applicationFilePath(),
                                         programName() + QLatin1Char(' ') + name);
        return ExitOk;
    }
    if (command.positional().isEmpty() && !parser.positionalArguments().isEmpty()) {
        return printError(err, ExitUsage,
                          Cli::tr("unexpected argument \"%1\".").arg(parser.positionalArguments().first()),
                          name);
    }

    StoreOpening opening = openStore(resolveDatabasePath(parser.value(QStringLiteral("db"))));
    // A damaged file kept aside is said first, and the command still runs on the new store.
    if (!opening.recoveryNotice.isEmpty())
        printError(err, ExitOk, opening.recoveryNotice);
    if (!opening.store)
        return printError(err, ExitFailure, opening.store.errorMessage());
    return command.run(parser, *opening.store.value(), out, err);
}

} // namespace sos
