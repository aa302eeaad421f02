// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedCommand.h"

#include "CliOutput.h"
#include <store/Store.h>

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace sos {

FeedCommand::FeedCommand()
    : Command("feed",
              QT_TRANSLATE_NOOP("sos::Cli", "feed export --out DIR: write the catalog as a static feed."),
              "export")
{}

void FeedCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOptions({{QStringLiteral("out"), Cli::tr("The folder to write."), QStringLiteral("DIR")},
                       {QStringLiteral("page-size"), Cli::tr("Records per file (default 1000)."),
                        QStringLiteral("N"), QStringLiteral("1000")}});
}

int FeedCommand::run(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err) const
{
    const QStringList positional = parser.positionalArguments();
    if (positional != QStringList{QStringLiteral("export")} || !parser.isSet(QStringLiteral("out")))
        return printError(err, ExitUsage, Cli::tr("use: feed export --out DIR"));
    bool ok = false;
    const int pageSize = parser.value(QStringLiteral("page-size")).toInt(&ok);
    if (!ok || pageSize < 1)
        return printError(err, ExitUsage, Cli::tr("--page-size takes a positive number."));
    const QDir folder(parser.value(QStringLiteral("out")));
    if (!folder.mkpath(QStringLiteral("v1")))
        return printError(err, ExitFailure,
                          Cli::tr("Cannot create %1.").arg(folder.filePath(QStringLiteral("v1"))));
    auto pages = writeStaticFeed(store.feed().exportFeed(), folder.filePath(QStringLiteral("v1")), pageSize);
    if (!pages)
        return printError(err, ExitFailure, pages.errorMessage());
    out << Cli::tr("wrote %n page(s) to %1", nullptr, pages.value())
               .arg(folder.filePath(QStringLiteral("v1")))
        << '\n';
    return ExitOk;
}

} // namespace sos
