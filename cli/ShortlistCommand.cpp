// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShortlistCommand.h"

#include "CliOutput.h"
#include <comparison/JsonExport.h>
#include <store/Store.h>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace sos {

namespace {

int list(const Store& store, bool json, QTextStream& out)
{
    const QList<ShortlistEntry> entries = store.shortlist().entries();
    if (json) {
        QJsonArray array;
        for (const ShortlistEntry& entry : entries) {
            // A tool the catalog no longer has keeps its id and when it was added.
            const auto details = store.catalog().toolDetails(entry.toolId);
            QJsonObject object = details ? toolSummaryToJson(details->summary)
                                         : QJsonObject{{QStringLiteral("id"), entry.toolId}};
            object.insert(QStringLiteral("inCatalog"), details.has_value());
            object.insert(QStringLiteral("addedAt"), timestampToString(entry.addedAt));
            array << object;
        }
        printJson(out, QJsonDocument(array));
        return ExitOk;
    }
    if (entries.isEmpty()) {
        out << Cli::tr("The shortlist is empty: \"%1 shortlist add TOOL\" adds a tool.").arg(programName())
            << '\n';
        return ExitOk;
    }
    QList<QStringList> rows{{Cli::tr("ID"), Cli::tr("NAME"), Cli::tr("PANEL SHIP"), Cli::tr("ADDED")}};
    for (const ShortlistEntry& entry : entries) {
        const auto details = store.catalog().toolDetails(entry.toolId);
        rows << QStringList{
            entry.toolId, details ? details->summary.tool.name : Cli::tr("(no longer in the catalog)"),
            details ? details->summary.panel.toDisplayString() : QString(), timestampToString(entry.addedAt)};
    }
    out << table(rows);
    return ExitOk;
}

} // namespace

ShortlistCommand::ShortlistCommand()
    : Command("shortlist",
              QT_TRANSLATE_NOOP("sos::Cli",
                                "Put tools aside to compare: add, remove, list or clear the shortlist."),
              "add|remove TOOL | list | clear")
{}

void ShortlistCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(jsonOption());
}

int ShortlistCommand::run(const QCommandLineParser& parser, Store& store, QTextStream& out,
                          QTextStream& err) const
{
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == QLatin1String("list") && positional.size() == 1)
        return list(store, parser.isSet(QStringLiteral("json")), out);
    if (action == QLatin1String("clear") && positional.size() == 1) {
        if (auto cleared = store.shortlist().clear(); !cleared)
            return printError(err, ExitFailure, cleared.errorMessage());
        out << Cli::tr("The shortlist is now empty.") << '\n';
        return ExitOk;
    }
    if ((action != QLatin1String("add") && action != QLatin1String("remove")) || positional.size() != 2) {
        return printError(
            err, ExitUsage,
            Cli::tr("shortlist takes \"add TOOL\", \"remove TOOL\", \"list\" or \"clear\"; TOOL "
                    "is a tool's id or name."),
            name());
    }
    const QString wanted = positional.at(1);
    std::optional<QString> toolId = store.catalog().findToolId(wanted);
    // A shortlisted tool that the catalog no longer has is removed by its id.
    if (!toolId && action == QLatin1String("remove") && store.shortlist().contains(wanted))
        toolId = wanted;
    if (!toolId) {
        return notFound(err, Cli::tr("There is no tool named \"%1\".").arg(wanted), wanted,
                        store.catalog().allToolNames());
    }
    const bool adding = action == QLatin1String("add");
    auto changed = adding ? store.shortlist().add(*toolId) : store.shortlist().remove(*toolId);
    if (!changed)
        return printError(err, ExitFailure, changed.errorMessage());
    if (adding) {
        out << (changed.value() ? Cli::tr("Added \"%1\" to the shortlist.")
                                : Cli::tr("\"%1\" is already on the shortlist."))
                   .arg(wanted)
            << '\n';
    } else {
        out << (changed.value() ? Cli::tr("Removed \"%1\" from the shortlist.")
                                : Cli::tr("\"%1\" was not on the shortlist."))
                   .arg(wanted)
            << '\n';
    }
    return ExitOk;
}

} // namespace sos
