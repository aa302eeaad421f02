// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommand.h"

#include "CliOutput.h"
#include "ProfileOptions.h"
#include <report/Report.h>

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

#include <algorithm>
#include <decision/Decisions.h>
#include <decision/ProfileInput.h>
#include <decision/Ranking.h>

namespace sos {

ExportCommand::ExportCommand(const ReportChartRenderer* charts)
    : Command("export", QT_TRANSLATE_NOOP("sos::Cli", "Export a comparison report as PDF, HTML or CSV."),
              "COMPARISON")
    , m_charts(charts)
{}

void ExportCommand::addOptions(QCommandLineParser& parser) const
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
        {QStringLiteral("profile"),
         Cli::tr("Rank the tools under this saved profile (default: the default profile)."),
         QStringLiteral("NAME")},
        {QStringLiteral("decision"),
         Cli::tr("Report this decision (its number) instead of the comparison's latest."),
         QStringLiteral("ID")},
    });
}

namespace {

// The decision a report leads with: the one --decision names (it must be about this comparison), else
// the comparison's latest, else none.
Result<std::optional<DecisionStatus>> reportedDecision(const Store& store, const ComparisonModel& model,
                                                       const QString& typedId)
{
    if (typedId.isEmpty())
        return Decisions::latest(store, model.comparisonId());
    bool ok = false;
    const qint64 id = typedId.toLongLong(&ok);
    auto status = ok ? Decisions::status(store, id) : std::nullopt;
    if (!status || status->decision.comparisonId != model.comparisonId()) {
        QStringList ids;
        for (const Decision& decision : store.decisions().decisions(model.comparisonId()))
            ids << QStringLiteral("#%1").arg(decision.id);
        const QString message = Cli::tr("There is no decision #%1 on \"%2\".").arg(typedId, model.title());
        return Error{ids.isEmpty() ? message + QLatin1Char(' ') + Cli::tr("None is recorded yet.")
                                   : message + QLatin1Char(' ') +
                                         Cli::tr("Its decisions: %1.").arg(ids.join(QStringLiteral(", "))),
                     Error::Kind::NotFound};
    }
    return status;
}

// The ranking under the profile and the decision, for the report's first page.
Result<void> addDecision(Report& report, const Store& store, const ComparisonModel& model,
                         const CriteriaProfile& profile, const QString& decisionId)
{
    const auto decision = reportedDecision(store, model, decisionId);
    if (!decision)
        return decision.error();
    report.setRanking(rank(model, profile));
    if (decision.value())
        report.setDecision(*decision.value());
    return {};
}

} // namespace

int ExportCommand::run(const QCommandLineParser& parser, Store& store, QTextStream& out,
                       QTextStream& err) const
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
        else
            return printError(err, ExitUsage,
                              Cli::tr("--page-size takes A4 or Letter, not \"%1\".").arg(size));
    }
    const Provenance provenance = Provenance::fromStore(store);
    const Result<CriteriaProfile> profile = chosenProfile(store, parser);
    if (!profile)
        return printError(err, ExitFailure, profile.errorMessage());
    const QString decisionId = parser.value(QStringLiteral("decision"));

    // One comparison into the files named, or every comparison into a folder.
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("all"))) {
        if (!positional.isEmpty() || !parser.isSet(QStringLiteral("out")))
            return printError(err, ExitUsage, Cli::tr("--all takes no comparison, and needs --out DIR."));
        if (parser.isSet(QStringLiteral("decision")))
            return printError(err, ExitUsage,
                              Cli::tr("--decision names one comparison's decision: not with --all."));
        QList<ReportFormat> formats;
        for (const QString& name : parser.values(QStringLiteral("format"))) {
            // Taken as written, in lower case: the name is the files' extension too.
            const auto format = enumFromName<ReportFormat>(name);
            if (!format || enumName(*format) != name)
                return printError(err, ExitUsage,
                                  Cli::tr("--format takes pdf, html or csv, not \"%1\".").arg(name));
            formats << *format;
        }
        if (formats.isEmpty())
            formats << ReportFormat::Pdf;
        const QString folder = parser.value(QStringLiteral("out"));
        if (!QDir().mkpath(folder))
            return printError(err, ExitFailure, Cli::tr("Cannot create the folder %1.").arg(folder));
        int written = 0;
        for (const ComparisonSummary& summary : store.catalog().comparisons()) {
            auto model = ComparisonModel::loadComparison(store, summary.comparison.id);
            if (!model)
                return printError(err, ExitFailure, model.errorMessage());
            Report report(model.value(), provenance, options, m_charts);
            if (const Result<void> added = addDecision(report, store, model.value(), profile.value(), {});
                !added)
                return printError(err, ExitFailure, added.errorMessage());
            for (const ReportFormat format : formats) {
                const QString path = QDir(folder).filePath(Report::fileNameFor(model.value(), format));
                if (const Result<void> result = report.write(format, path); !result)
                    return printError(err, ExitFailure, result.errorMessage());
                out << path << '\n';
                ++written;
            }
        }
        err << Cli::tr("Exported %n file(s).", nullptr, written) << '\n';
        return ExitOk;
    }

    if (positional.size() != 1) {
        return printError(err, ExitUsage,
                          Cli::tr("export takes one comparison (title or id), or --all --out DIR."));
    }
    const auto formats = enumValues<ReportFormat>();
    if (std::none_of(formats.begin(), formats.end(),
                     [&](ReportFormat format) { return parser.isSet(enumName(format)); })) {
        return printError(err, ExitUsage,
                          Cli::tr("Say where to write: --pdf FILE, --html FILE and/or --csv FILE."));
    }
    auto model = ComparisonModel::loadComparison(store, positional.first());
    if (!model)
        return printError(err, ExitFailure, model.errorMessage());
    Report report(model.value(), provenance, options, m_charts);
    if (const Result<void> added = addDecision(report, store, model.value(), profile.value(), decisionId);
        !added)
        return printError(err, ExitFailure, added.errorMessage());
    // The PDF is the one file whose page count is worth telling.
    if (parser.isSet(QStringLiteral("pdf"))) {
        const QString path = parser.value(QStringLiteral("pdf"));
        auto pages = report.writePdf(path);
        if (!pages)
            return printError(err, ExitFailure, pages.errorMessage());
        out << Cli::tr("%1: %n page(s)", nullptr, pages.value()).arg(path) << '\n';
    }
    for (const ReportFormat format : {ReportFormat::Html, ReportFormat::Csv}) {
        const QString path = parser.value(enumName(format));
        if (path.isEmpty())
            continue;
        if (const Result<void> result = report.write(format, path); !result)
            return printError(err, ExitFailure, result.errorMessage());
        out << path << '\n';
    }
    return ExitOk;
}

} // namespace sos
