// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchesCommand.h"

#include "CliOutput.h"
#include "QueryOptions.h"
#include <store/Store.h>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace sos {

namespace {

QJsonObject searchToJson(const SavedSearch& search)
{
    QJsonObject facets;
    for (Facet facet : allFacets)
        facets.insert(enumName(facet), QJsonArray::fromStringList(search.values(facet)));
    return QJsonObject{{QStringLiteral("name"), search.name},
                       {QStringLiteral("query"), search.query},
                       {QStringLiteral("facets"), facets},
                       {QStringLiteral("sort"), enumName(search.sort)},
                       {QStringLiteral("descending"), search.descending},
                       {QStringLiteral("createdAt"), timestampToString(search.createdAt)},
                       {QStringLiteral("updatedAt"), timestampToString(search.updatedAt)}};
}

// "Category: Coding, Chat; Pricing: Free": the facets of a saved search, for its line in the list.
QString facetsText(const SavedSearch& search)
{
    QStringList parts;
    for (Facet facet : allFacets) {
        if (!search.values(facet).isEmpty())
            parts << QStringLiteral("%1=%2").arg(enumName(facet),
                                                 search.values(facet).join(QLatin1Char(',')));
    }
    return parts.join(QLatin1Char(' '));
}

QString sortText(const SavedSearch& search)
{
    return search.descending ? Cli::tr("%1, descending").arg(enumName(search.sort)) : enumName(search.sort);
}

int unknownSearch(const Store& store, QTextStream& err, const QString& name)
{
    return notFound(err, Cli::tr("There is no saved search named \"%1\".").arg(name), name,
                    store.savedSearches().names());
}

int list(const Store& store, bool json, QTextStream& out)
{
    const QList<SavedSearch> searches = store.savedSearches().list();
    if (json) {
        QJsonArray array;
        for (const SavedSearch& search : searches)
            array << searchToJson(search);
        printJson(out, QJsonDocument(array));
    } else if (searches.isEmpty()) {
        out << Cli::tr("No search is saved yet: \"%1 searches save NAME QUERY\" saves one.")
                   .arg(programName())
            << '\n';
    } else {
        QList<QStringList> rows{{Cli::tr("NAME"), Cli::tr("QUERY"), Cli::tr("FACETS"), Cli::tr("SORT")}};
        for (const SavedSearch& search : searches)
            rows << QStringList{search.name, search.query, facetsText(search), sortText(search)};
        out << table(rows);
    }
    return ExitOk;
}

} // namespace

SearchesCommand::SearchesCommand()
    : Command(
          "searches",
          QT_TRANSLATE_NOOP("sos::Cli", "Save a search under a name, list, rename or remove saved searches."),
          "save NAME [QUERY] | list | rename NAME NEW-NAME | remove NAME")
{}

void SearchesCommand::addOptions(QCommandLineParser& parser) const
{
    addQueryOptions(parser);
    parser.addOptions({
        {QStringLiteral("replace"), Cli::tr("save: replace a search already saved under that name.")},
        jsonOption(),
    });
}

int SearchesCommand::run(const QCommandLineParser& parser, Store& store, QTextStream& out,
                         QTextStream& err) const
{
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool saving = action == QLatin1String("save") && (positional.size() == 2 || positional.size() == 3);
    if (!saving && (hasQueryOptions(parser) || parser.isSet(QStringLiteral("replace")))) {
        return printError(err, ExitUsage,
                          Cli::tr("Only \"searches save\" takes the facet, sort and --replace options."),
                          name());
    }
    if (action == QLatin1String("list") && positional.size() == 1)
        return list(store, json, out);
    if (saving) {
        ToolQuery query;
        query.search = positional.value(2);
        if (auto applied = applyQueryOptions(parser, query); !applied)
            return printError(err, ExitUsage, applied.errorMessage(), name());
        const SavedSearch search = SavedSearch::fromQuery(positional.at(1), query);
        const bool replacing = store.savedSearches().find(search.name).has_value();
        if (auto saved = store.savedSearches().save(search, parser.isSet(QStringLiteral("replace")));
            !saved) {
            if (saved.error().kind == Error::Kind::Conflict) {
                return printError(err, ExitFailure,
                                  Cli::tr("%1 Add --replace to replace it.").arg(saved.errorMessage()));
            }
            return printError(err, saved.error().kind == Error::Kind::InvalidInput ? ExitUsage : ExitFailure,
                              saved.errorMessage(), name());
        }
        const auto stored = store.savedSearches().find(search.name);
        if (json && stored)
            printJson(out, QJsonDocument(searchToJson(*stored)));
        else
            out << (replacing ? Cli::tr("Replaced the saved search \"%1\".")
                              : Cli::tr("Saved the search \"%1\"."))
                       .arg(search.name.trimmed())
                << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("rename") && positional.size() == 3) {
        const QString from = positional.at(1);
        if (!store.savedSearches().find(from))
            return unknownSearch(store, err, from);
        if (auto renamed = store.savedSearches().rename(from, positional.at(2)); !renamed) {
            return printError(err,
                              renamed.error().kind == Error::Kind::InvalidInput ? ExitUsage : ExitFailure,
                              renamed.errorMessage());
        }
        out << Cli::tr("Renamed the saved search \"%1\" to \"%2\".").arg(from, positional.at(2).trimmed())
            << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("remove") && positional.size() == 2) {
        const QString wanted = positional.at(1);
        auto removed = store.savedSearches().remove(wanted);
        if (!removed)
            return printError(err, ExitFailure, removed.errorMessage());
        if (!removed.value())
            return unknownSearch(store, err, wanted);
        out << Cli::tr("Removed the saved search \"%1\".").arg(wanted) << '\n';
        return ExitOk;
    }
    return printError(err, ExitUsage,
                      Cli::tr("searches takes \"save NAME [QUERY]\", \"list\", \"rename NAME NEW-NAME\" or "
                              "\"remove NAME\"."),
                      name());
}

} // namespace sos
