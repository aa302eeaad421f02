// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncCommand.h"

#include "CliOutput.h"
#include <store/Store.h>
#include <sync/SyncEngine.h>
#include <sync/TokenStore.h>

#include <QCommandLineParser>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <utility>

namespace sos {

SyncCommand::SyncCommand(TokenStore& tokens)
    : Command("sync", QT_TRANSLATE_NOOP("sos::Cli", "Send your votes to a feed and bring its changes in."),
              "")
    , m_tokens(tokens)
{}

void SyncCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("feed"),
         Cli::tr("The feed's URL: a feed server, or a folder written by \"feed export\" on a web server "
                 "(default: the last feed synced)."),
         QStringLiteral("URL")},
        {QStringLiteral("page-size"), Cli::tr("Records per page to ask a server for (default 1000)."),
         QStringLiteral("N"), QStringLiteral("1000")},
        {QStringLiteral("timeout"), Cli::tr("Seconds to wait for an answer (default 30)."),
         QStringLiteral("S"), QStringLiteral("30")},
    });
}

int SyncCommand::run(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) const
{
    const QString url = parser.isSet(QStringLiteral("feed")) ? parser.value(QStringLiteral("feed"))
                                                             : store.meta().value(FeedMeta::Key::FeedUrl);
    if (url.isEmpty())
        return printError(err, ExitUsage, Cli::tr("Which feed? Give its address with --feed URL."));
    bool ok = false;
    SyncOptions options;
    options.feedUrl = QUrl::fromUserInput(url);
    options.pageSize = parser.value(QStringLiteral("page-size")).toInt(&ok);
    if (!ok || options.pageSize < 1 || options.pageSize > 5000)
        return printError(err, ExitUsage, Cli::tr("--page-size takes a number from 1 to 5000."));
    options.timeoutMs = parser.value(QStringLiteral("timeout")).toInt(&ok) * 1000;
    if (!ok || options.timeoutMs <= 0)
        return printError(err, ExitUsage, Cli::tr("--timeout takes a number of seconds."));
    // The token comes from the environment or the system keychain, never from the command line.
    options.token = qgetenv("SHIPORSKIP_TOKEN");
    if (options.token.isEmpty()) {
        auto stored = m_tokens.read(SyncEngine::feedKey(options.feedUrl));
        if (stored && stored.value())
            options.token = *stored.value();
        else if (!stored)
            err << Cli::tr("No token from the keychain (%1); syncing the public read side only.")
                       .arg(stored.errorMessage())
                << '\n';
    }

    QNetworkAccessManager network;
    SyncEngine engine(store, network);
    QEventLoop loop;
    Result<SyncSummary> outcome = Error{Cli::tr("The sync did not finish."), Error::Kind::Internal};
    QString lastMessage;
    QObject::connect(&engine, &SyncEngine::progress, &engine,
                     [&err, &lastMessage](const SyncProgress& progress) {
                         // A step of a long phase says the same again: once is enough.
                         if (progress.message == std::exchange(lastMessage, progress.message))
                             return;
                         err << progress.message << '\n';
                         err.flush();
                     });
    QObject::connect(&engine, &SyncEngine::finished, &engine, [&](const Result<SyncSummary>& result) {
        outcome = result;
        loop.quit();
    });
    engine.start(options);
    loop.exec();
    if (!outcome)
        return printError(err, ExitFailure, Cli::tr("sync failed: %1").arg(outcome.errorMessage()));
    out << Cli::tr("synced %1: %2")
               .arg(options.feedUrl.toDisplayString(QUrl::RemoveUserInfo), outcome->toText())
        << '\n';
    return ExitOk;
}

} // namespace sos
