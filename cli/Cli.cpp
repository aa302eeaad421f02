// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include <base/AppPaths.h>
#include <base/TextMatch.h>
#include <comparison/ComparisonModel.h>
#include <comparison/JsonExport.h>
#include <report/Report.h>
#include <store/StoreOpening.h>
#include <sync/SyncEngine.h>
#include <sync/TokenStore.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QTextStream>

#include <functional>

namespace sos {

namespace {

// The translation context of the command line's texts.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(sos::Cli)
};

const QString programName = QStringLiteral("shiporskip-cli");

// Set for the duration of runCli(): the one command that needs it reads it.
const CliServices* currentServices = nullptr;

struct Command
{
    const char* name;
    const char* summary;
    const char* positional; // "" when the command takes none
    std::function<void(QCommandLineParser&)> addOptions;
    std::function<int(const QCommandLineParser&, Store&, QTextStream&, QTextStream&)> run;
};

QCommandLineOption dbOption()
{
    return {QStringLiteral("db"),
            Cli::tr("The database file (default: $SHIPORSKIP_DB, else the app data folder)."),
            QStringLiteral("PATH")};
}

QCommandLineOption jsonOption()
{
    return {QStringLiteral("json"), Cli::tr("Print JSON instead of text.")};
}

void printJson(QTextStream& out, const QJsonDocument& document)
{
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

QString table(const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QStringList& row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (widths.size() <= column)
                widths << 0;
            widths[column] = std::max(widths[column], row.at(column).size());
        }
    }
    QString text;
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const bool last = column + 1 == row.size();
            line += last ? row.at(column) : row.at(column).leftJustified(widths.at(column) + 2);
        }
        text += line + QLatin1Char('\n');
    }
    return text;
}

// Word-wraps plain text to a width, indenting every line.
QString wrapped(const QString& text, int width, const QString& indent)
{
    QString result;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            result += indent + line + QLatin1Char('\n');
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        result += indent + line + QLatin1Char('\n');
    return result;
}

// message: the whole sentence, with the name already in it.
int notFound(const QString& message, const QString& typed, const QStringList& candidates, QTextStream& err)
{
    err << programName << ": " << message;
    const QStringList suggestions = closestMatches(typed, candidates);
    if (!suggestions.isEmpty())
        err << ' ' << Cli::tr("Did you mean: %1?").arg(suggestions.join(QStringLiteral(", ")));
    err << '\n';
    return ExitFailure;
}

// ---- tools ----------------------------------------------------------------------------------------

void addToolsOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("search"),
         Cli::tr("Only tools matching TEXT (names, taglines, descriptions, reviews)."),
         QStringLiteral("TEXT")},
        {QStringLiteral("category"), Cli::tr("Only tools in category C (repeatable)."), QStringLiteral("C")},
        {QStringLiteral("pricing"), Cli::tr("Only Free or Paid tools."), QStringLiteral("Free|Paid")},
        {QStringLiteral("license"), Cli::tr("Only tools under license L (repeatable)."), QStringLiteral("L")},
        {QStringLiteral("deployment"), Cli::tr("Only on-device, hosted or self-hosted tools (repeatable)."),
         QStringLiteral("D")},
        {QStringLiteral("verdict"),
         Cli::tr(
             "Only tools whose panel is unanimous-ship, majority-ship, split, majority-skip or unreviewed."),
         QStringLiteral("V")},
        {QStringLiteral("sort"), Cli::tr("Sort by name, vendor, category, pricing, panel or community."),
         QStringLiteral("KEY"), QStringLiteral("name")},
        {QStringLiteral("descending"), Cli::tr("Reverse the sort.")},
        jsonOption(),
    });
}

int runTools(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    ToolQuery query;
    query.search = parser.value(QStringLiteral("search"));
    query.values(Facet::Category) = parser.values(QStringLiteral("category"));
    query.values(Facet::License) = parser.values(QStringLiteral("license"));
    query.values(Facet::Deployment) = parser.values(QStringLiteral("deployment"));
    for (const QString& pricing : parser.values(QStringLiteral("pricing"))) {
        const auto value = enumFromName<Pricing>(pricing);
        if (!value) {
            err << programName << ": " << Cli::tr("--pricing takes Free or Paid, not \"%1\".").arg(pricing)
                << '\n';
            return ExitUsage;
        }
        query.values(Facet::Pricing) << enumName(*value);
    }
    for (const QString& verdict : parser.values(QStringLiteral("verdict"))) {
        const auto value = enumFromName<PanelVerdict>(verdict);
        if (!value) {
            err << programName << ": "
                << Cli::tr(
                       "--verdict takes unanimous-ship, majority-ship, split, majority-skip or unreviewed, "
                       "not "
                       "\"%1\".")
                       .arg(verdict)
                << '\n';
            return ExitUsage;
        }
        query.values(Facet::PanelVerdict) << enumName(*value);
    }
    const auto sort = enumFromName<ToolSort>(parser.value(QStringLiteral("sort")));
    if (!sort) {
        err << programName << ": "
            << Cli::tr("--sort takes name, vendor, category, pricing, panel or community, not \"%1\".")
                   .arg(parser.value(QStringLiteral("sort")))
            << '\n';
        return ExitUsage;
    }
    query.sort = *sort;
    query.descending = parser.isSet(QStringLiteral("descending"));

    const QList<ToolSummary> tools = store.catalog().fetchTools(query, 0, std::numeric_limits<int>::max());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ToolSummary& tool : tools)
            array.append(toolSummaryToJson(tool));
        printJson(out, QJsonDocument(array));
        return ExitOk;
    }
    QList<QStringList> rows{{Cli::tr("NAME"), Cli::tr("VENDOR"), Cli::tr("CATEGORY"), Cli::tr("PRICING"),
                             Cli::tr("PANEL SHIP"), Cli::tr("COMMUNITY")}};
    for (const ToolSummary& tool : tools) {
        rows << QStringList{tool.tool.name,
                            tool.tool.vendor,
                            tool.tool.category,
                            pricingLabel(tool.tool.pricing),
                            tool.panel.toDisplayString(),
                            tool.community.toDisplayString()};
    }
    out << table(rows);
    out << Cli::tr("Tools listed: %L1").arg(tools.size()) << '\n';
    return ExitOk;
}

// ---- comparisons ----------------------------------------------------------------------------------

QList<ToolSummary> toolsOf(const Store& store, const ComparisonSummary& summary)
{
    ToolQuery query;
    query.comparisonId = summary.comparison.id;
    QList<ToolSummary> tools = store.catalog().fetchTools(query, 0, std::numeric_limits<int>::max());
    // In the comparison's own order, as the feed publishes it.
    std::sort(tools.begin(), tools.end(), [&](const ToolSummary& a, const ToolSummary& b) {
        return summary.comparison.toolIds.indexOf(a.tool.id) < summary.comparison.toolIds.indexOf(b.tool.id);
    });
    return tools;
}

int runComparisons(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream&)
{
    const QList<ComparisonSummary> comparisons = store.catalog().comparisons();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ComparisonSummary& comparison : comparisons)
            array.append(comparisonToJson(comparison, toolsOf(store, comparison)));
        printJson(out, QJsonDocument(array));
        return ExitOk;
    }
    QList<QStringList> rows{{Cli::tr("COMPARISON"), Cli::tr("TOOLS"), Cli::tr("VOTES")}};
    for (const ComparisonSummary& comparison : comparisons) {
        rows << QStringList{comparison.comparison.title, QLocale().toString(comparison.toolNames.size()),
                            comparison.totalVotes > 0 ? QLocale().toString(comparison.totalVotes)
                                                      : QStringLiteral("\u2014")};
    }
    out << table(rows);
    return ExitOk;
}

// ---- show -----------------------------------------------------------------------------------------

void printTool(const ToolDetails& details, QTextStream& out)
{
    const Tool& tool = details.summary.tool;
    out << tool.name << QStringLiteral(" \u2014 ") << tool.vendor << '\n';
    out << tool.tagline << "\n\n";
    QList<QStringList> facts{
        {Cli::tr("Category"), tool.category},
        {Cli::tr("Pricing"), pricingLabel(tool.pricing)},
        {Cli::tr("License"), tool.license},
        {Cli::tr("Deployment"), tool.deployment},
        {Cli::tr("Parameters"), tool.parameterSizes.isEmpty()
                                    ? QStringLiteral("\u2014")
                                    : tool.parameterSizes.join(QStringLiteral(", "))},
        {Cli::tr("Panel ship"), details.summary.panel.toDisplayString()},
        {Cli::tr("Community"), details.summary.community.toDisplayString()},
    };
    out << table(facts) << '\n';
    out << wrapped(tool.description, 100, QString()) << '\n';
    if (!tool.pricingNote.isEmpty())
        out << wrapped(Cli::tr("Pricing read: %1").arg(tool.pricingNote), 100, QString()) << '\n';
    for (qsizetype i = 0; i < details.reviews.size(); ++i) {
        const Review& review = details.reviews.at(i);
        out << details.lenses.at(i).name << ": " << QLocale().toUpper(verdictLabel(review.verdict)) << '\n';
        out << wrapped(review.text, 96, QStringLiteral("    ")) << '\n';
    }
    if (!details.comparisons.isEmpty()) {
        out << Cli::tr("Compared in:") << '\n';
        for (const Comparison& comparison : details.comparisons)
            out << "  - " << comparison.title << '\n';
    }
}

void printComparison(const ComparisonModel& model, QTextStream& out)
{
    out << model.title() << "\n\n";
    QList<QStringList> rows{{QString()},           {Cli::tr("Vendor")},     {Cli::tr("Pricing")},
                            {Cli::tr("License")},  {Cli::tr("Deployment")}, {Cli::tr("Panel ship")},
                            {Cli::tr("Community")}};
    for (int column = 0; column < model.toolCount(); ++column) {
        const ToolSummary& summary = model.tool(column).summary;
        const CommunityFigure community = model.community(column);
        const QString share = CommunityShare{community.votes, community.total}.toDisplayString();
        const QString communityText = !model.isPublished() ? Cli::tr("n/a (not a published comparison)")
                                      : community.includesMyPendingVote
                                          ? Cli::tr("%1 incl. your pending vote").arg(share)
                                          : share;
        const QStringList cells{
            summary.tool.name,    summary.tool.vendor,     pricingLabel(summary.tool.pricing),
            summary.tool.license, summary.tool.deployment, summary.panel.toDisplayString(),
            communityText};
        for (qsizetype row = 0; row < rows.size(); ++row)
            rows[row] << cells.at(row);
    }
    out << table(rows) << '\n';
    const QStringList differing = model.differingLensIds();
    for (const Lens& lens : model.lenses()) {
        out << (differing.contains(lens.id) ? Cli::tr("%1  (verdicts differ)").arg(lens.name) : lens.name)
            << '\n';
        for (int column = 0; column < model.toolCount(); ++column) {
            const auto verdict = model.verdict(lens.id, column);
            out << "  " << model.tool(column).summary.tool.name << ": "
                << (verdict ? QLocale().toUpper(verdictLabel(*verdict)) : Cli::tr("not reviewed")) << '\n';
            for (const Review& review : model.reviews(lens.id, column))
                out << wrapped(review.text, 94, QStringLiteral("      "));
        }
        out << '\n';
    }
    if (const auto& vote = model.myVote()) {
        const int column = static_cast<int>(model.toolIds().indexOf(vote->toolId));
        out << Cli::tr("Your vote: %1 (%2)")
                   .arg(column >= 0 ? model.tool(column).summary.tool.name : vote->toolId,
                        voteStateLabel(vote->state))
            << '\n';
    }
}

int printComparisonResult(const Result<ComparisonModel>& model, bool json, QTextStream& out, QTextStream& err)
{
    if (!model) {
        err << programName << ": " << model.errorMessage() << '\n';
        return ExitFailure;
    }
    if (json)
        printJson(out, QJsonDocument(model->toJson()));
    else
        printComparison(model.value(), out);
    return ExitOk;
}

int runShow(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << programName << ": " << Cli::tr("show takes one tool or comparison: name, title or id.")
            << '\n';
        return ExitUsage;
    }
    const QString wanted = positional.first();
    const bool json = parser.isSet(QStringLiteral("json"));
    if (const auto toolId = store.catalog().findToolId(wanted)) {
        const auto details = store.catalog().toolDetails(*toolId);
        if (!details)
            return notFound(Cli::tr("no tool named \"%1\".").arg(wanted), wanted,
                            store.catalog().allToolNames(), err);
        if (json)
            printJson(out, QJsonDocument(toolDetailsToJson(*details)));
        else
            printTool(*details, out);
        return ExitOk;
    }
    if (store.catalog().findComparison(wanted))
        return printComparisonResult(ComparisonModel::loadComparison(store, wanted), json, out, err);
    QStringList candidates = store.catalog().allToolNames();
    for (const ComparisonSummary& comparison : store.catalog().comparisons())
        candidates << comparison.comparison.title;
    return notFound(Cli::tr("no tool or comparison named \"%1\".").arg(wanted), wanted, candidates, err);
}

// ---- compare, vote -------------------------------------------------------------------------------

int runCompare(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const QStringList tools = parser.positionalArguments();
    if (tools.size() < ComparisonModel::minimumTools || tools.size() > ComparisonModel::maximumTools) {
        err << programName << ": "
            << Cli::tr("compare takes %1 to %2 tools (names or ids), not %3.")
                   .arg(ComparisonModel::minimumTools)
                   .arg(ComparisonModel::maximumTools)
                   .arg(tools.size())
            << '\n';
        return ExitUsage;
    }
    return printComparisonResult(ComparisonModel::loadTools(store, tools),
                                 parser.isSet(QStringLiteral("json")), out, err);
}

int runVote(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        err << programName << ": " << Cli::tr("vote takes a comparison (title or id) and one of its tools.")
            << '\n';
        return ExitUsage;
    }
    auto model = ComparisonModel::loadComparison(store, positional.at(0));
    if (!model) {
        err << programName << ": " << model.errorMessage() << '\n';
        return ExitFailure;
    }
    QStringList names;
    QString toolId;
    for (int column = 0; column < model->toolCount(); ++column) {
        const Tool& tool = model->tool(column).summary.tool;
        names << tool.name;
        if (tool.id == positional.at(1) || tool.name.compare(positional.at(1), Qt::CaseInsensitive) == 0)
            toolId = tool.id;
    }
    if (toolId.isEmpty()) {
        err << programName << ": "
            << Cli::tr("\"%1\" is not in \"%2\"; vote for one of: %3.")
                   .arg(positional.at(1), model->title(), names.join(QStringLiteral(", ")))
            << '\n';
        return ExitFailure;
    }
    auto vote = store.outbox().castVote(model->comparisonId(), toolId);
    if (!vote) {
        err << programName << ": " << vote.errorMessage() << '\n';
        return ExitFailure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(out, QJsonDocument(
                           QJsonObject{{QStringLiteral("comparisonId"), vote->comparisonId},
                                       {QStringLiteral("comparison"), model->title()},
                                       {QStringLiteral("toolId"), vote->toolId},
                                       {QStringLiteral("tool"), names.at(model->toolIds().indexOf(toolId))},
                                       {QStringLiteral("state"), enumName(vote->state)},
                                       {QStringLiteral("updatedAt"), timestampToString(vote->updatedAt)}}));
    } else {
        out << Cli::tr("Your vote in \"%1\": %2 (%3; the next sync sends it to the feed)")
                   .arg(model->title(), names.at(model->toolIds().indexOf(toolId)),
                        voteStateLabel(vote->state))
            << '\n';
    }
    return ExitOk;
}

// ---- export --------------------------------------------------------------------------------------

void addExportOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("pdf"), Cli::tr("Write the report as PDF to FILE."), QStringLiteral("FILE")},
        {QStringLiteral("html"), Cli::tr("Write the report as a self-contained HTML page to FILE."),
         QStringLiteral("FILE")},
        {QStringLiteral("csv"), Cli::tr("Write the facts table as CSV to FILE."), QStringLiteral("FILE")},
        {QStringLiteral("page-size"), Cli::tr("A4 or Letter (default: from the locale)."),
         QStringLiteral("SIZE")},
        {QStringLiteral("no-charts"), Cli::tr("Leave the charts out.")},
        {QStringLiteral("no-scorecards"), Cli::tr("Leave the full scorecards out.")},
        {QStringLiteral("no-history"), Cli::tr("Leave the vote history out.")},
        {QStringLiteral("all"), Cli::tr("Export every comparison in the store (with --out).")},
        {QStringLiteral("out"), Cli::tr("The folder for --all."), QStringLiteral("DIR")},
        {QStringLiteral("format"), Cli::tr("With --all: pdf, html or csv (repeatable; default pdf)."),
         QStringLiteral("FORMAT")},
    });
}

int runExport(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    ReportOptions options;
    options.charts = !parser.isSet(QStringLiteral("no-charts"));
    options.scorecards = !parser.isSet(QStringLiteral("no-scorecards"));
    options.voteHistory = !parser.isSet(QStringLiteral("no-history"));
    if (parser.isSet(QStringLiteral("page-size"))) {
        const QString size = parser.value(QStringLiteral("page-size"));
        if (size.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0)
            options.pageSize = QPageSize(QPageSize::A4);
        else if (size.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0)
            options.pageSize = QPageSize(QPageSize::Letter);
        else {
            err << programName << ": " << Cli::tr("--page-size takes A4 or Letter, not \"%1\".").arg(size)
                << '\n';
            return ExitUsage;
        }
    }
    const ReportChartRenderer* charts = currentServices ? currentServices->charts : nullptr;
    const Provenance provenance = Provenance::fromStore(store);

    // One comparison into the files named, or every comparison into a folder.
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("all"))) {
        if (!positional.isEmpty() || !parser.isSet(QStringLiteral("out"))) {
            err << programName << ": " << Cli::tr("--all takes no comparison, and needs --out DIR.") << '\n';
            return ExitUsage;
        }
        QList<ReportFormat> formats;
        for (const QString& name : parser.values(QStringLiteral("format"))) {
            // Taken as written, in lower case: the name is the files' extension too.
            const auto format = enumFromName<ReportFormat>(name);
            if (!format || enumName(*format) != name) {
                err << programName << ": "
                    << Cli::tr("--format takes pdf, html or csv, not \"%1\".").arg(name) << '\n';
                return ExitUsage;
            }
            formats << *format;
        }
        if (formats.isEmpty())
            formats << ReportFormat::Pdf;
        const QString folder = parser.value(QStringLiteral("out"));
        if (!QDir().mkpath(folder)) {
            err << programName << ": " << Cli::tr("Cannot create the folder %1.").arg(folder) << '\n';
            return ExitFailure;
        }
        int written = 0;
        for (const ComparisonSummary& summary : store.catalog().comparisons()) {
            auto model = ComparisonModel::loadComparison(store, summary.comparison.id);
            if (!model) {
                err << programName << ": " << model.errorMessage() << '\n';
                return ExitFailure;
            }
            const Report report(model.value(), provenance, options, charts);
            for (const ReportFormat format : formats) {
                const QString path = QDir(folder).filePath(Report::fileNameFor(model.value(), format));
                if (const Result<void> result = report.write(format, path); !result) {
                    err << programName << ": " << result.errorMessage() << '\n';
                    return ExitFailure;
                }
                out << path << '\n';
                ++written;
            }
        }
        err << Cli::tr("Exported %n file(s).", nullptr, written) << '\n';
        return ExitOk;
    }

    if (positional.size() != 1) {
        err << programName << ": "
            << Cli::tr("export takes one comparison (title or id), or --all --out DIR.") << '\n';
        return ExitUsage;
    }
    if (!parser.isSet(QStringLiteral("pdf")) && !parser.isSet(QStringLiteral("html")) &&
        !parser.isSet(QStringLiteral("csv"))) {
        err << programName << ": "
            << Cli::tr("Say where to write: --pdf FILE, --html FILE and/or --csv FILE.") << '\n';
        return ExitUsage;
    }
    auto model = ComparisonModel::loadComparison(store, positional.first());
    if (!model) {
        err << programName << ": " << model.errorMessage() << '\n';
        return ExitFailure;
    }
    const Report report(model.value(), provenance, options, charts);
    if (parser.isSet(QStringLiteral("pdf"))) {
        auto pages = report.writePdf(parser.value(QStringLiteral("pdf")));
        if (!pages) {
            err << programName << ": " << pages.errorMessage() << '\n';
            return ExitFailure;
        }
        out << Cli::tr("%1: %n page(s)", nullptr, pages.value()).arg(parser.value(QStringLiteral("pdf")))
            << '\n';
    }
    for (const ReportFormat format : {ReportFormat::Html, ReportFormat::Csv}) {
        const QString path = parser.value(enumName(format));
        if (path.isEmpty())
            continue;
        if (const Result<void> result = report.write(format, path); !result) {
            err << programName << ": " << result.errorMessage() << '\n';
            return ExitFailure;
        }
        out << path << '\n';
    }
    return ExitOk;
}

// ---- sync, feed export -----------------------------------------------------------------------------

void addSyncOptions(QCommandLineParser& parser)
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

int runSync(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const QString url = parser.isSet(QStringLiteral("feed")) ? parser.value(QStringLiteral("feed"))
                                                             : store.meta().value(FeedMeta::Key::FeedUrl);
    if (url.isEmpty()) {
        err << programName << ": " << Cli::tr("Which feed? Give its address with --feed URL.") << '\n';
        return ExitUsage;
    }
    bool ok = false;
    SyncOptions options;
    options.feedUrl = QUrl::fromUserInput(url);
    options.pageSize = parser.value(QStringLiteral("page-size")).toInt(&ok);
    if (!ok || options.pageSize < 1 || options.pageSize > 5000) {
        err << programName << ": " << Cli::tr("--page-size takes a number from 1 to 5000.") << '\n';
        return ExitUsage;
    }
    options.timeoutMs = parser.value(QStringLiteral("timeout")).toInt(&ok) * 1000;
    if (!ok || options.timeoutMs <= 0) {
        err << programName << ": " << Cli::tr("--timeout takes a number of seconds.") << '\n';
        return ExitUsage;
    }
    // The token comes from the environment or the system keychain, never from the command line.
    options.token = qgetenv("SHIPORSKIP_TOKEN");
    if (options.token.isEmpty()) {
        KeychainTokenStore keychain;
        auto stored = keychain.read(SyncEngine::feedKey(options.feedUrl));
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
    QObject::connect(&engine, &SyncEngine::progress, &engine, [&err](const QString& message, int) {
        err << message << '\n';
        err.flush();
    });
    QObject::connect(&engine, &SyncEngine::finished, &engine, [&](const Result<SyncSummary>& result) {
        outcome = result;
        loop.quit();
    });
    engine.start(options);
    loop.exec();
    if (!outcome) {
        err << programName << ": " << Cli::tr("sync failed: %1").arg(outcome.errorMessage()) << '\n';
        return ExitFailure;
    }
    out << Cli::tr("synced %1: %2")
               .arg(options.feedUrl.toDisplayString(QUrl::RemoveUserInfo), outcome->toText())
        << '\n';
    return ExitOk;
}

int runToken(const QCommandLineParser& parser, Store&, QTextStream& out, QTextStream& err)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 ||
        (positional.first() != QLatin1String("set") && positional.first() != QLatin1String("clear")) ||
        !parser.isSet(QStringLiteral("feed"))) {
        err << programName << ": "
            << Cli::tr(
                   "use: token set --feed URL (the token is read from standard input), or token clear --feed "
                   "URL")
            << '\n';
        return ExitUsage;
    }
    const QUrl feed = QUrl::fromUserInput(parser.value(QStringLiteral("feed")));
    KeychainTokenStore keychain;
    if (positional.first() == QLatin1String("clear")) {
        if (auto removed = keychain.remove(SyncEngine::feedKey(feed)); !removed) {
            err << programName << ": " << removed.errorMessage() << '\n';
            return ExitFailure;
        }
        out << Cli::tr("token removed from the keychain") << '\n';
        return ExitOk;
    }
    if (auto allowed = SyncEngine::checkUrl(feed, true); !allowed) {
        err << programName << ": " << allowed.errorMessage() << '\n';
        return ExitFailure;
    }
    QTextStream in(stdin);
    const QByteArray token = in.readLine().trimmed().toUtf8();
    if (token.isEmpty()) {
        err << programName << ": " << Cli::tr("no token on standard input.") << '\n';
        return ExitUsage;
    }
    if (auto written = keychain.write(SyncEngine::feedKey(feed), token); !written) {
        err << programName << ": " << written.errorMessage() << '\n';
        return ExitFailure;
    }
    out << Cli::tr("token stored in the system keychain for %1").arg(SyncEngine::feedKey(feed)) << '\n';
    return ExitOk;
}

int runFeed(const QCommandLineParser& parser, Store& store, QTextStream& out, QTextStream& err)
{
    const QStringList positional = parser.positionalArguments();
    if (positional != QStringList{QStringLiteral("export")} || !parser.isSet(QStringLiteral("out"))) {
        err << programName << ": " << Cli::tr("use: feed export --out DIR") << '\n';
        return ExitUsage;
    }
    bool ok = false;
    const int pageSize = parser.value(QStringLiteral("page-size")).toInt(&ok);
    if (!ok || pageSize < 1) {
        err << programName << ": " << Cli::tr("--page-size takes a positive number.") << '\n';
        return ExitUsage;
    }
    const QDir folder(parser.value(QStringLiteral("out")));
    if (!folder.mkpath(QStringLiteral("v1"))) {
        err << programName << ": " << Cli::tr("Cannot create %1.").arg(folder.filePath(QStringLiteral("v1")))
            << '\n';
        return ExitFailure;
    }
    auto pages = writeStaticFeed(store.feed().exportFeed(), folder.filePath(QStringLiteral("v1")), pageSize);
    if (!pages) {
        err << programName << ": " << pages.errorMessage() << '\n';
        return ExitFailure;
    }
    out << Cli::tr("wrote %n page(s) to %1", nullptr, pages.value())
               .arg(folder.filePath(QStringLiteral("v1")))
        << '\n';
    return ExitOk;
}

const QList<Command>& commands()
{
    static const QList<Command> list{
        {"tools", QT_TRANSLATE_NOOP("sos::Cli", "List the tools in the catalog, filtered and sorted."), "",
         addToolsOptions, runTools},
        {"comparisons", QT_TRANSLATE_NOOP("sos::Cli", "List the comparisons."), "",
         [](QCommandLineParser& parser) { parser.addOption(jsonOption()); }, runComparisons},
        {"show", QT_TRANSLATE_NOOP("sos::Cli", "Show one tool or comparison in full."), "NAME-OR-ID",
         [](QCommandLineParser& parser) { parser.addOption(jsonOption()); }, runShow},
        {"compare", QT_TRANSLATE_NOOP("sos::Cli", "Compare two to four tools side by side."), "TOOL...",
         [](QCommandLineParser& parser) { parser.addOption(jsonOption()); }, runCompare},
        {"vote", QT_TRANSLATE_NOOP("sos::Cli", "Vote for the tool you would ship with in a comparison."),
         "COMPARISON TOOL", [](QCommandLineParser& parser) { parser.addOption(jsonOption()); }, runVote},
        {"export", QT_TRANSLATE_NOOP("sos::Cli", "Export a comparison report as PDF, HTML or CSV."),
         "COMPARISON", addExportOptions, runExport},
        {"sync", QT_TRANSLATE_NOOP("sos::Cli", "Send your votes to a feed and bring its changes in."), "",
         addSyncOptions, runSync},
        {"token",
         QT_TRANSLATE_NOOP("sos::Cli",
                           "token set|clear --feed URL: keep a feed's token in the system keychain."),
         "set|clear",
         [](QCommandLineParser& parser) {
             parser.addOption(
                 {QStringLiteral("feed"), Cli::tr("The feed the token is for."), QStringLiteral("URL")});
         },
         runToken},
        {"feed", QT_TRANSLATE_NOOP("sos::Cli", "feed export --out DIR: write the catalog as a static feed."),
         "export",
         [](QCommandLineParser& parser) {
             parser.addOptions(
                 {{QStringLiteral("out"), Cli::tr("The folder to write."), QStringLiteral("DIR")},
                  {QStringLiteral("page-size"), Cli::tr("Records per file (default 1000)."),
                   QStringLiteral("N"), QStringLiteral("1000")}});
         },
         runFeed},
    };
    return list;
}

QString usage()
{
    QString text = Cli::tr("Usage: %1 [--db PATH] COMMAND [OPTIONS]\n\nCommands:\n").arg(programName);
    for (const Command& command : commands())
        text += QStringLiteral("  %1%2\n")
                    .arg(QString::fromLatin1(command.name).leftJustified(14), Cli::tr(command.summary));
    text += Cli::tr("\nRun \"%1 COMMAND --help\" for a command's options.\n").arg(programName);
    return text;
}

} // namespace

int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err, const CliServices& services)
{
    currentServices = &services;
    const auto forget = qScopeGuard([] { currentServices = nullptr; });
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
            out << programName << ' ' << QStringLiteral(SHIPORSKIP_VERSION) << '\n';
            return ExitOk;
        }
        const bool askedForHelp =
            arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"));
        (askedForHelp ? out : err) << usage();
        return askedForHelp ? ExitOk : ExitUsage;
    }

    const QString name = arguments.at(commandIndex);
    const auto command = std::find_if(commands().begin(), commands().end(),
                                      [&](const Command& c) { return name == QLatin1String(c.name); });
    if (command == commands().end()) {
        err << programName << ": " << Cli::tr("unknown command \"%1\".").arg(name) << "\n\n" << usage();
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(command->summary));
    parser.addHelpOption();
    parser.addOption(dbOption());
    command->addOptions(parser);
    if (*command->positional)
        parser.addPositionalArgument(QString::fromLatin1(command->positional), Cli::tr("What to show."));
    QStringList commandArguments = arguments;
    commandArguments.removeAt(commandIndex);
    if (!parser.parse(commandArguments)) {
        err << programName << ' ' << name << ": " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText().replace(QCoreApplication::applicationFilePath(),
                                         programName + QLatin1Char(' ') + name);
        return ExitOk;
    }
    if (!*command->positional && !parser.positionalArguments().isEmpty()) {
        err << programName << ' ' << name << ": "
            << Cli::tr("unexpected argument \"%1\".").arg(parser.positionalArguments().first()) << '\n';
        return ExitUsage;
    }

    StoreOpening opening = openStore(resolveDatabasePath(parser.value(QStringLiteral("db"))));
    // A damaged file kept aside is said first, and the command still runs on the new store.
    if (!opening.recoveryNotice.isEmpty())
        err << programName << ": " << opening.recoveryNotice << '\n';
    if (!opening.store) {
        err << programName << ": " << opening.store.errorMessage() << '\n';
        return ExitFailure;
    }
    return command->run(parser, *opening.store.value(), out, err);
}

} // namespace sos
