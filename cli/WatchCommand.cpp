// SPDX-License-Identifier: GPL-3.0-or-later
#include "WatchCommand.h"

#include "CliOutput.h"
#include <store/Store.h>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace sos {

namespace {

// A tool (by id or name) first, then a comparison (by id or title).
std::optional<std::pair<WatchKind, QString>> findItem(const Store& store, const QString& wanted)
{
    if (const auto tool = store.catalog().findToolId(wanted))
        return std::pair{WatchKind::Tool, *tool};
    if (const auto comparison = store.catalog().findComparison(wanted))
        return std::pair{WatchKind::Comparison, comparison->comparison.id};
    return std::nullopt;
}

QString kindLabel(WatchKind kind)
{
    return kind == WatchKind::Tool ? Cli::tr("tool") : Cli::tr("comparison");
}

int unknownItem(const Store& store, QTextStream& err, const QString& wanted)
{
    QStringList names = store.catalog().allToolNames();
    for (const ComparisonSummary& comparison : store.catalog().comparisons())
        names << comparison.comparison.title;
    return notFound(err, Cli::tr("There is no tool or comparison named \"%1\".").arg(wanted), wanted, names);
}

} // namespace

WatchCommand::WatchCommand()
    : Command(
          "watch",
          QT_TRANSLATE_NOOP("sos::Cli", "Watch a tool or a comparison: add, remove or list what you watch."),
          "add|remove|list [TOOL|COMPARISON]")
{}

void WatchCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(jsonOption());
}

int WatchCommand::run(const QCommandLineParser& parser, Store& store, QTextStream& out,
                      QTextStream& err) const
{
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool json = parser.isSet(QStringLiteral("json"));
    if (action == QLatin1String("list") && positional.size() == 1) {
        const QList<WatchedItem> items = store.watches().items();
        if (json) {
            QJsonArray array;
            for (const WatchedItem& item : items)
                array << QJsonObject{{QStringLiteral("kind"), enumName(item.kind)},
                                     {QStringLiteral("id"), item.id},
                                     {QStringLiteral("name"), item.name},
                                     {QStringLiteral("since"), timestampToString(item.since)}};
            printJson(out, QJsonDocument(array));
        } else if (items.isEmpty()) {
            out << Cli::tr("You watch nothing yet: \"%1 watch add TOOL\" watches a tool or a comparison.")
                       .arg(programName())
                << '\n';
        } else {
            QList<QStringList> rows{{Cli::tr("KIND"), Cli::tr("ID"), Cli::tr("NAME")}};
            for (const WatchedItem& item : items)
                rows << QStringList{kindLabel(item.kind), item.id,
                                    item.name.isEmpty() ? Cli::tr("(no longer in the catalog)") : item.name};
            out << table(rows);
        }
        return ExitOk;
    }
    if ((action != QLatin1String("add") && action != QLatin1String("remove")) || positional.size() != 2)
        return printError(
            err, ExitUsage,
            Cli::tr("watch takes \"add NAME\", \"remove NAME\" or \"list\"; NAME is a tool or a "
                    "comparison (id, name or title)."),
            name());
    const QString wanted = positional.at(1);
    auto item = findItem(store, wanted);
    if (!item && action == QLatin1String("remove")) {
        // Something watched that the catalog no longer has is removed by its id.
        for (const WatchedItem& watched : store.watches().items()) {
            if (watched.id == wanted)
                item = std::pair{watched.kind, watched.id};
        }
    }
    if (!item)
        return unknownItem(store, err, wanted);
    const auto [kind, id] = *item;
    const bool adding = action == QLatin1String("add");
    auto changed = adding ? store.watches().watch(kind, id) : store.watches().unwatch(kind, id);
    if (!changed)
        return printError(err, ExitFailure, changed.errorMessage());
    if (json) {
        printJson(out, QJsonDocument(QJsonObject{{QStringLiteral("kind"), enumName(kind)},
                                                 {QStringLiteral("id"), id},
                                                 {QStringLiteral("watched"), adding},
                                                 {QStringLiteral("changed"), changed.value()}}));
    } else if (adding) {
        out << (changed.value() ? Cli::tr("Watching the %1 \"%2\".")
                                : Cli::tr("Already watching the %1 \"%2\"."))
                   .arg(kindLabel(kind), wanted)
            << '\n';
    } else {
        out << (changed.value() ? Cli::tr("No longer watching the %1 \"%2\".")
                                : Cli::tr("The %1 \"%2\" was not watched."))
                   .arg(kindLabel(kind), wanted)
            << '\n';
    }
    return ExitOk;
}

} // namespace sos
