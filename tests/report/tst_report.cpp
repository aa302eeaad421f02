// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison report, written for real and read back with poppler's tools.
#include "../ui/PdfTools.h"
#include "../ui/UiTestSupport.h"
#include "FileDialogs.h"
#include "ReportCharts.h"
#include "ReportExporter.h"
#include <base/Localization.h>

#include <QAction>
#include <QDir>
#include <QRegularExpression>

using namespace sos;
using namespace sos::test;

class TestReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    ChartsReportRenderer m_charts;

    QString writePdf(const ComparisonModel& model, ReportOptions options, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        auto pages = Report(model, Provenance::fromStore(*m_store), options, &m_charts).writePdf(path);
        if (!pages)
            qWarning() << pages.errorMessage();
        return pages ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!havePoppler())
            QSKIP("poppler-utils (pdftotext, pdfinfo) is not installed: scripts/setup installs it");
        // As the app does at start: the system's language, here English with its plural forms.
        QCOMPARE(installTranslations(QString()), QStringLiteral("en"));
        m_store = openSeededStore(m_dir);
        QVERIFY(m_store);
    }

    void seedComparisonsExport_data()
    {
        QTest::addColumn<QString>("comparison");
        for (const ComparisonSummary& summary : m_store->catalog().comparisons())
            QTest::newRow(qPrintable(summary.comparison.id)) << summary.comparison.id;
    }

    void seedComparisonsExport()
    {
        QFETCH(QString, comparison);
        auto model = ComparisonModel::loadComparison(*m_store, comparison);
        QVERIFY(model);
        ReportOptions options;
        options.pageSize = QPageSize(QPageSize::A4);
        const QString path = writePdf(model.value(), options, comparison + ".pdf");
        QVERIFY(!path.isEmpty());

        const QString info = pdfInfo(path);
        QVERIFY2(
            info.contains(QRegularExpression("Page size:\\s+595(\\.\\d+)? x 842(\\.\\d+)? pts \\(A4\\)")),
            qPrintable(info));
        QVERIFY2(info.contains("Title:           " + model->title()), qPrintable(info));
        QVERIFY(info.contains("Author:          ShipOrSkip"));
        QVERIFY(info.contains("Subject:         AI tool comparison: " + model->title()));
        const int pages = QRegularExpression("Pages:\\s+(\\d+)").match(info).captured(1).toInt();
        QVERIFY(pages >= 3);

        const QString text = pdfText(path);
        QVERIFY(text.contains("Source: feed “shiporskip-bundled”"));
        QVERIFY(text.contains("Last successful sync: never"));
        // Searchable, copyable text: no ligature glyphs in place of letters.
        QVERIFY(!text.contains(QRegularExpression("[\\x{FB00}-\\x{FB06}]")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        // Every tool, its panel figure, and every lens's verdict on it, in the scorecards.
        const QString flat = QString(text).replace(QRegularExpression("\\s+"), " ");
        for (int column = 0; column < model->toolCount(); ++column) {
            const ToolSummary& tool = model->tool(column).summary;
            QVERIFY2(flat.contains(tool.tool.name), qPrintable(tool.tool.name));
            QVERIFY(flat.contains(tool.panel.toDisplayString()));
            for (const Lens& lens : model->lenses()) {
                const QString verdict = enumName(*model->verdict(lens.id, column)).toUpper();
                QVERIFY2(flat.contains(tool.tool.name + ": " + verdict),
                         qPrintable(tool.tool.name + " " + lens.name));
            }
        }
        for (const Lens& lens : model->lenses())
            QVERIFY(flat.contains(lens.name));
    }

    void letterAndOptions()
    {
        auto model = ComparisonModel::loadComparison(*m_store, "Mistral 4B Edge vs Mistral Medium 3.2");
        QVERIFY(model);
        ReportOptions options;
        options.pageSize = QPageSize(QPageSize::Letter);
        const QString full = writePdf(model.value(), options, "letter.pdf");
        QVERIFY(pdfInfo(full).contains(QRegularExpression("Page size:\\s+612 x 792 pts \\(letter\\)")));
        QVERIFY(
            pdfText(full).replace(QRegularExpression("\\s+"), " ").contains("Buyer (the verdicts differ)"));

        options.charts = false;
        options.scorecards = false;
        const QString brief = writePdf(model.value(), options, "brief.pdf");
        const QString text = pdfText(brief);
        QVERIFY(!text.contains("Panel verdicts per tool"));
        QVERIFY(!text.contains("Scorecards"));
        QVERIFY(text.contains("Executive summary"));
        QVERIFY(text.contains("Where the lenses disagree: Buyer."));
    }

    void threeTools()
    {
        auto model = ComparisonModel::loadTools(*m_store, {"gemma-3n", "code-llama-4", "mistral-3b-edge"});
        QVERIFY(model);
        const QString path = writePdf(model.value(), ReportOptions{}, "three.pdf");
        const QString flat = pdfText(path).replace(QRegularExpression("\\s+"), " ");
        QVERIFY(flat.contains("An ad-hoc comparison of 3 tools."));
        for (const char* name : {"Gemma 3n", "Code Llama 4", "Mistral 3B Edge"})
            QVERIFY(flat.contains(name));
        QVERIFY(flat.contains("n/a (not a published comparison)"));
    }

    void htmlAndCsv()
    {
        QTemporaryDir dir;
        auto store = openStore(dir);
        FeedDocument feed = emptyFeed();
        feed.lenses = fourLenses();
        feed.tools = {makeTool("a", "<script>alert(1)</script>"),
                      makeTool("b", "=HYPERLINK(\"x\"),\"quoted\"")};
        feed.reviews = makeReviews("a", 2, 4) + makeReviews("b", 4, 4, "Plain <b>not bold</b> text");
        QVERIFY(store->feed().applyFeed(feed));
        auto model = ComparisonModel::loadTools(*store, {"a", "b"});
        QVERIFY(model);
        const Report report(model.value(), Provenance::fromStore(*store), ReportOptions{}, &m_charts);

        const QString html = report.html();
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QVERIFY(!html.contains("<script>"));
        QVERIFY(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        QVERIFY(!html.contains("<b>not bold</b>"));
        QVERIFY(html.contains("data:image/svg+xml;base64,"));
        QVERIFY(html.contains("alt=\"Panel verdicts per tool."));
        QVERIFY(!html.contains("src=\"http"));

        const QStringList lines = report.csv().split("\r\n", Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith("comparison,tool,vendor"));
        QVERIFY(lines.at(0).endsWith("verdict_buyer"));
        // A formula from a feed is defused and quoted; quotes are doubled.
        QVERIFY2(lines.at(2).contains("\"'=HYPERLINK(\"\"x\"\"),\"\"quoted\"\"\""), qPrintable(lines.at(2)));
        QVERIFY(lines.at(1).contains(",2,4,50,"));

        QVERIFY(report.writeHtml(dir.filePath("r.html")));
        QVERIFY(report.writeCsv(dir.filePath("r.csv")));
        QVERIFY(QFileInfo(dir.filePath("r.html")).size() > 1000);
    }

    void failuresLeaveNothingBehind()
    {
        auto model = ComparisonModel::loadComparison(*m_store, "gemma-3n-vs-mistral-medium-3-2");
        QVERIFY(model);
        const Report report(model.value(), Provenance::fromStore(*m_store), ReportOptions{}, &m_charts);
        auto missing = report.writePdf(m_dir.filePath("no/such/folder/r.pdf"));
        QVERIFY(!missing);
        QVERIFY2(missing.errorMessage().contains("Cannot write"), qPrintable(missing.errorMessage()));

        // A "folder" that is a file cannot be written into, even by root; nothing is left beside it.
        QTemporaryDir dir;
        QFile blocker(dir.filePath("blocker"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(!report.writePdf(dir.filePath("blocker/r.pdf")));
        QVERIFY(!report.writeHtml(dir.filePath("blocker/r.html")));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{"blocker"});

        // A written report is a whole PDF.
        const QString path = dir.filePath("r.pdf");
        QVERIFY(report.writePdf(path));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    }

    void exportFromTheWindow()
    {
        auto f = WindowFixture::create();
        auto window = f->showWindow();
        ReportExporter::setAskForOptions(false);
        auto* exportPdf = window->findChild<QAction*>("exportPdfAction");
        QVERIFY(exportPdf);
        QVERIFY(!exportPdf->isEnabled()); // the catalog is not a comparison
        window->openComparison(ComparisonModel::loadComparison(*f->store, "code-llama-4-vs-mistral-3b-edge"));
        QVERIFY(exportPdf->isEnabled());

        const QString path = f->dir.filePath("from-window.pdf");
        FileDialogs::setNextAnswer(path);
        QTest::keyClick(window.get(), Qt::Key_E, Qt::ControlModifier);
        QVERIFY(QFile::exists(path));
        QVERIFY(pdfText(path).contains("Code Llama 4 vs Mistral 3B Edge"));

        window->openComparison(ComparisonModel::loadComparison(*f->store, "gemma-3n-vs-mistral-medium-3-2"));
        const QString folder = f->dir.filePath("all");
        QVERIFY(QDir().mkpath(folder));
        FileDialogs::setNextAnswer(folder);
        window->findChild<QAction*>("exportAllAction")->trigger();
        QCOMPARE(QDir(folder).entryList({"*.pdf"}, QDir::Files).size(), 2);
        ReportExporter::setAskForOptions(true);
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
