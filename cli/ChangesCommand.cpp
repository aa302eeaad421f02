// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangesCommand.h"

#include "CliOutput.h"
#include <store/Store.h>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace sos {

namespace {

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject toJson(const Change& change)
{
    return QJsonObject{{QStringLiteral("syncId"), change.syncId},
                       {QStringLiteral("at"), timestampToString(change.at)},
                       {QStringLiteral("kind"), enumName(change.kind)},
                       {QStringLiteral("toolId"), textOrNull(change.toolId)},
                       {QStringLiteral("comparisonId"), textOrNull(change.comparisonId)},
                       {QStringLiteral("lensId"), textOrNull(change.lensId)},
                       {QStringLiteral("field"), textOrNull(change.field)},
                       {QStringLiteral("before"), textOrNull(change.before)},
                       {QStringLiteral("after"), textOrNull(change.after)},
                       {QStringLiteral("watched"), change.watched},
                       // Beyond the contract's fields: the names as the catalog has them now, and the
                       // sentence the text output prints.
                       {QStringLiteral("changeId"), change.id},
                       {QStringLiteral("toolName"), textOrNull(change.toolName)},
                       {QStringLiteral("comparisonTitle"), textOrNull(change.comparisonTitle)},
                       {QStringLiteral("lensName"), textOrNull(change.lensName)},
                       {QStringLiteral("sentence"), changeSentence(change)}};
}

// "2026-12-01", "2026-12-01T10:00", "2026-12-01T10:00:00Z"; a date alone is its midnight, local time.
std::optional<QDateTime> parseSince(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            time = date.startOfDay();
    }
    if (!time.isValid())
        return std::nullopt;
    return time;
}

} // namespace

ChangesCommand::ChangesCommand()
    : Command("changes",
              QT_TRANSLATE_NOOP("sos::Cli",
                                "List what the syncs changed: new tools, comparisons and scorecards, "
                                "flipped verdicts, moved panels, pricing and leaders."),
              "")
{}

void ChangesCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(jsonOption());
    parser.addOption(
        {QStringLiteral("since"),
         Cli::tr("Only the changes of syncs from DATE on (2026-12-01, or a time: 2026-12-01T09:30Z), or "
                 "\"last-seen\": only those not marked seen yet."),
         QStringLiteral("DATE|last-seen")});
    parser.addOption(
        {QStringLiteral("watched"), Cli::tr("Only the changes to the tools and comparisons you watch.")});
    parser.addOption({QStringLiteral("mark-seen"),
                      Cli::tr("After listing, mark every change so far as seen (in the window too).")});
}

int ChangesCommand::run(const QCommandLineParser& parser, Store& store, QTextStream& out,
                        QTextStream& err) const
{
    if (!parser.positionalArguments().isEmpty())
        return printError(err, ExitUsage, Cli::tr("changes takes no arguments, only options."), name());
    ChangeFilter filter;
    filter.watchedOnly = parser.isSet(QStringLiteral("watched"));
    if (parser.isSet(QStringLiteral("since"))) {
        const QString since = parser.value(QStringLiteral("since"));
        if (since == QLatin1String("last-seen")) {
            filter.sinceLastSeen = true;
        } else if (const auto time = parseSince(since)) {
            filter.since = *time;
        } else {
            return printError(err, ExitUsage,
                              Cli::tr("\"%1\" is not a date: --since takes a date such as 2026-12-01, a time "
                                      "such as 2026-12-01T09:30Z, or last-seen.")
                                  .arg(since),
                              name());
        }
    }
    // The newest change now: marking seen never passes what was not listed.
    const qint64 newest = store.changes().newestId();
    const QList<Change> changes = store.changes().changes(filter);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Change& change : changes)
            array << toJson(change);
        printJson(out, QJsonDocument(array));
    } else if (changes.isEmpty()) {
        out << (filter.watchedOnly ? Cli::tr("Nothing you watch has changed.")
                                   : Cli::tr("Nothing has changed."))
            << '\n';
    } else {
        qint64 sync = -1;
        for (const Change& change : changes) {
            if (change.syncId != sync) {
                sync = change.syncId;
                out << Cli::tr("Sync of %1:")
                           .arg(QLocale().toString(change.at.toLocalTime(), QLocale::ShortFormat))
                    << '\n';
            }
            out << (change.watched ? QStringLiteral("  * ") : QStringLiteral("    "))
                << changeSentence(change) << '\n';
        }
        if (std::any_of(changes.begin(), changes.end(), [](const Change& change) { return change.watched; }))
            out << Cli::tr("(* concerns a tool or comparison you watch)") << '\n';
    }
    if (parser.isSet(QStringLiteral("mark-seen"))) {
        if (auto marked = store.changes().markSeen(newest); !marked)
            return printError(err, ExitFailure, marked.errorMessage());
        if (!parser.isSet(QStringLiteral("json")))
            out << Cli::tr("Marked as seen.") << '\n';
    }
    return ExitOk;
}

} // namespace sos
