// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenCommand.h"

#include "CliOutput.h"
#include <sync/SyncEngine.h>
#include <sync/TokenStore.h>

#include <QCommandLineParser>
#include <QTextStream>

namespace sos {

TokenCommand::TokenCommand(TokenStore& tokens)
    : Command("token",
              QT_TRANSLATE_NOOP("sos::Cli",
                                "token set|clear --feed URL: keep a feed's token in the system keychain."),
              "set|clear")
    , m_tokens(tokens)
{}

void TokenCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("feed"), Cli::tr("The feed the token is for."), QStringLiteral("URL")});
}

int TokenCommand::run(const QCommandLineParser& parser, Store&, QTextStream& out, QTextStream& err) const
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 ||
        (positional.first() != QLatin1String("set") && positional.first() != QLatin1String("clear")) ||
        !parser.isSet(QStringLiteral("feed"))) {
        return printError(
            err, ExitUsage,
            Cli::tr(
                "use: token set --feed URL (the token is read from standard input), or token clear --feed "
                "URL"));
    }
    const QUrl feed = QUrl::fromUserInput(parser.value(QStringLiteral("feed")));
    if (positional.first() == QLatin1String("clear")) {
        if (auto removed = m_tokens.remove(SyncEngine::feedKey(feed)); !removed)
            return printError(err, ExitFailure, removed.errorMessage());
        out << Cli::tr("token removed from the keychain") << '\n';
        return ExitOk;
    }
    if (auto allowed = SyncEngine::checkUrl(feed, true); !allowed)
        return printError(err, ExitFailure, allowed.errorMessage());
    QTextStream in(stdin);
    const QByteArray token = in.readLine().trimmed().toUtf8();
    if (token.isEmpty())
        return printError(err, ExitUsage, Cli::tr("no token on standard input."));
    if (auto written = m_tokens.write(SyncEngine::feedKey(feed), token); !written)
        return printError(err, ExitFailure, written.errorMessage());
    out << Cli::tr("token stored in the system keychain for %1").arg(SyncEngine::feedKey(feed)) << '\n';
    return ExitOk;
}

} // namespace sos
