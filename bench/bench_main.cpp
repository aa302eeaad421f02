// SPDX-License-Identifier: GPL-3.0-or-later
// shiporskip-bench: times what users wait for. For now: opening a comparison and exporting it to PDF,
// on the bundled catalog in a temporary store. Prints a table and, last, one JSON object.
#include "ComparisonModel.h"
#include "Report.h"
#include "ReportCharts.h"
#include "Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

namespace {

struct Timing
{
    double median = 0;
    double p95 = 0;
};

Timing measure(int runs, const std::function<void()>& work)
{
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) {
        return samples.at(std::min(samples.size() - 1, static_cast<std::size_t>(q * samples.size())));
    };
    return {at(0.5), at(0.95)};
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times opening and exporting a comparison."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Repetitions per measurement (default 20)."),
                      QStringLiteral("N"), QStringLiteral("20")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QTextStream out(stdout);
    QTemporaryDir dir;
    auto store = sos::Store::open(dir.filePath(QStringLiteral("bench.db")));
    if (!store || !store.value()->seedBundledCatalog()) {
        out << "cannot prepare the store\n";
        return 1;
    }
    const QString comparison = QStringLiteral("gemma-3n-vs-mistral-medium-3-2");
    const sos::ChartsReportRenderer charts;

    const Timing open =
        measure(runs, [&] { (void)sos::ComparisonModel::loadComparison(*store.value(), comparison); });
    const auto model = sos::ComparisonModel::loadComparison(*store.value(), comparison);
    const QString pdf = dir.filePath(QStringLiteral("bench.pdf"));
    int pages = 0;
    const Timing exportPdf = measure(runs, [&] {
        const sos::Report report(model.value(), sos::Provenance::fromStore(*store.value()),
                                 sos::ReportOptions{}, &charts);
        pages = report.writePdf(pdf).value();
    });

    out << QStringLiteral("%1  %2  %3\n")
               .arg(QStringLiteral("measure").leftJustified(28),
                    QStringLiteral("median ms").rightJustified(10),
                    QStringLiteral("p95 ms").rightJustified(10));
    const auto row = [&](const QString& name, const Timing& t) {
        out << QStringLiteral("%1  %2  %3\n")
                   .arg(name.leftJustified(28), QString::number(t.median, 'f', 2).rightJustified(10),
                        QString::number(t.p95, 'f', 2).rightJustified(10));
    };
    row(QStringLiteral("open comparison (2 tools)"), open);
    row(QStringLiteral("export PDF (%1 pages)").arg(pages), exportPdf);
    out << QJsonDocument(QJsonObject{{QStringLiteral("runs"), runs},
                                     {QStringLiteral("compareOpenMs"), open.median},
                                     {QStringLiteral("exportPdfMs"), exportPdf.median},
                                     {QStringLiteral("exportPdfP95Ms"), exportPdf.p95},
                                     {QStringLiteral("exportPdfPages"), pages}})
               .toJson(QJsonDocument::Compact)
        << '\n';
    return 0;
}
