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

#include <decision/Decisions.h>

using namespace sos;
using namespace sos::test;

namespace {

struct PdfWord
{
    QString text;
    QRectF box; // in points, from the page's top left
};

struct PdfPage
{
    QSizeF size;
    QList<PdfWord> words;
};

// Every word of every page with its box, as poppler lays it out.
QList<PdfPage> pdfWords(const QString& path)
{
    const QString xml =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    static const QRegularExpression pageRe(QStringLiteral("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">"));
    static const QRegularExpression wordRe(QStringLiteral(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<PdfPage> pages;
    for (const QString& chunk : xml.split(QStringLiteral("</page>"))) {
        const auto page = pageRe.match(chunk);
        if (!page.hasMatch())
            continue;
        PdfPage parsed{QSizeF(page.captured(1).toDouble(), page.captured(2).toDouble()), {}};
        for (auto it = wordRe.globalMatch(chunk); it.hasNext();) {
            const auto word = it.next();
            parsed.words << PdfWord{
                word.captured(5), QRectF(QPointF(word.captured(1).toDouble(), word.captured(2).toDouble()),
                                         QPointF(word.captured(3).toDouble(), word.captured(4).toDouble()))};
        }
        pages << parsed;
    }
    return pages;
}

// The text of one page, laid out as on paper, or in reading order (a table cell's lines together).
QString pdfPageText(const QString& path, int page, bool layout = true)
{
    QStringList arguments{QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                          QString::number(page)};
    if (layout)
        arguments << QStringLiteral("-layout");
    return runTool(QStringLiteral("pdftotext"), arguments << path << QStringLiteral("-"));
}

QString flat(QString text)
{
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

// The bundled catalog's feed with community tallies on one comparison, recorded at a given hour.
FeedDocument feedWithTallies(const QString& comparisonId, int hour, const QList<int>& votes)
{
    FeedDocument feed = bundledFeed();
    feed.generatedAt = QDateTime::currentDateTimeUtc().addDays(-1).addSecs(hour * 3600);
    for (const Comparison& comparison : feed.comparisons) {
        if (comparison.id != comparisonId)
            continue;
        for (int i = 0; i < comparison.toolIds.size() && i < votes.size(); ++i)
            feed.tallies << Tally{comparisonId, comparison.toolIds.at(i), votes.at(i), feed.generatedAt};
    }
    return feed;
}

} // namespace

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

    // A recorded decision on a bundled comparison, with the report of it that page 1 leads with.
    struct Decided
    {
        QTemporaryDir dir;
        std::unique_ptr<Store> store;
        std::optional<ComparisonModel> model;
        Ranking ranking;
        std::optional<DecisionStatus> status;
    };

    static constexpr const char* rationale =
        "It runs on the phone, so there is no bill per token and no customer data leaves the device.";

    std::unique_ptr<Decided> decide(const QString& comparison, const QString& tool)
    {
        auto decided = std::make_unique<Decided>();
        decided->store = openSeededStore(decided->dir);
        if (!decided->store)
            return nullptr;
        auto decision =
            Decisions::decide(*decided->store, {comparison, tool, "Dana Whitfield", rationale, {}});
        if (!decision) {
            qWarning() << decision.errorMessage();
            return nullptr;
        }
        return reload(std::move(decided), comparison);
    }

    static std::unique_ptr<Decided> reload(std::unique_ptr<Decided> decided, const QString& comparison)
    {
        auto model = ComparisonModel::loadComparison(*decided->store, comparison);
        if (!model)
            return nullptr;
        decided->model = std::move(model).value();
        decided->ranking = rank(*decided->model, decided->store->decisions().defaultProfile());
        decided->status = Decisions::latest(*decided->store, comparison);
        return decided->status ? std::move(decided) : nullptr;
    }

    Report reportOf(const Decided& decided, ReportOptions options = {}) const
    {
        Report report(*decided.model, Provenance::fromStore(*decided.store), options, &m_charts);
        report.setRanking(decided.ranking);
        report.setDecision(*decided.status);
        return report;
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
        QVERIFY(pages >= 2);

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
            // The panel as counts, never a bare percentage.
            QVERIFY(flat.contains(QStringLiteral("%1 of %2").arg(tool.panel.ships).arg(tool.panel.reviews)));
            QVERIFY(!flat.contains(tool.panel.toDisplayString()));
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
        // Page 1: the question, then the verdict matrix, its differing row marked, where each tool loses.
        const QString page1 = flat(pdfPageText(brief, 1, false));
        QVERIFY2(page1.contains("Which one should you ship with?"), qPrintable(page1));
        const qsizetype matrix = page1.indexOf("Verdict by lens Lens Mistral 4B Edge Mistral Medium 3.2");
        QVERIFY2(matrix > page1.indexOf("Which one should you ship with?"), qPrintable(page1));
        QVERIFY2(page1.indexOf("Buyer (the verdicts differ)") > matrix, qPrintable(page1));
        QVERIFY(page1.indexOf("Developer experience Ship Ship") > matrix);
        QVERIFY(page1.contains("Where it loses"));
        QVERIFY(page1.contains(model->lossSummary(0)) && page1.contains(model->lossSummary(1)));
        QVERIFY(page1.indexOf("Executive summary") > page1.indexOf("Where it loses"));
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
        // The ranking's columns follow every earlier one, empty without a ranking.
        QVERIFY2(lines.at(0).endsWith(
                     "verdict_buyer,profile,rank,tied,score,max_score,must_haves_failed,reasons,chosen"),
                 qPrintable(lines.at(0)));
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

    // The user's own vote, until the feed counts it, is in no community figure: it is said apart.
    void pendingVoteIsSaidApart()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QVERIFY(store);
        const QString id = QStringLiteral("gemma-3n-vs-mistral-medium-3-2");
        QVERIFY(store->feed().applyFeed(feedWithTallies(id, 1, {3, 2})));
        auto model = ComparisonModel::loadComparison(*store, id);
        QVERIFY(model);
        QCOMPARE(model->tool(1).summary.tool.name, QStringLiteral("Mistral Medium 3.2"));
        QVERIFY(store->outbox().castVote(id, model->tool(1).summary.tool.id));
        const auto summaryOf = [&](const QString& path) {
            auto reloaded = ComparisonModel::loadComparison(*store, id);
            if (!reloaded ||
                !Report(reloaded.value(), Provenance::fromStore(*store), ReportOptions{}, &m_charts)
                     .writePdf(path))
                return std::pair<QString, QString>{};
            const QString text = flat(runTool("pdftotext", {path, "-"}));
            const qsizetype from = text.indexOf("Executive summary");
            const qsizetype to = text.indexOf("Side by side");
            return std::pair{text, from >= 0 && to > from ? text.mid(from, to - from) : QString()};
        };

        // A handful of votes: the feed's 3 and 2 of 5, as counts; not 3 of 6 with the pending vote counted.
        // The deployment in sentence case, as the window shows it (the stored value is "on-device").
        auto [text, summary] = summaryOf(dir.filePath("few.pdf"));
        QVERIFY2(summary.contains("On-device 3 of 5"), qPrintable(summary));
        QVERIFY2(summary.contains("Hosted 2 of 5"), qPrintable(summary));
        QVERIFY(!text.contains("of 6") && !text.contains("60%"));
        QVERIFY2(summary.contains("Your vote (pending, not counted yet): Mistral Medium 3.2"),
                 qPrintable(summary));
        // The chart's caption says it apart too.
        QVERIFY(text.contains(
            "Community vote. Gemma 3n: 3 of 5; Mistral Medium 3.2: 2 of 5. Your vote (pending, not "
            "counted yet): Mistral Medium 3.2."));
        // The panel is counts, never a bare percentage.
        QVERIFY2(summary.contains("Gemma 3n 3 of 4 Free"), qPrintable(summary));
        QVERIFY(!summary.contains("75%"));

        // More votes: the share too, of the feed's votes alone.
        QVERIFY(store->feed().applyFeed(feedWithTallies(id, 2, {7, 3})));
        std::tie(text, summary) = summaryOf(dir.filePath("more.pdf"));
        QVERIFY2(summary.contains("On-device 7 of 10 (70%)"), qPrintable(summary));
        QVERIFY2(summary.contains("Hosted 3 of 10 (30%)"), qPrintable(summary));
        QVERIFY(!text.contains("of 11"));
        QVERIFY(summary.contains("Your vote (pending, not counted yet): Mistral Medium 3.2"));
    }

    // Every page but the last is two thirds full or more, with and without votes (then all three charts
    // are drawn) and a decision: a chart is sized to what it shows and moves to the next page only with
    // its caption, a heading only with what follows it.
    void noHalfEmptyPages_data()
    {
        QTest::addColumn<QString>("comparison");
        QTest::addColumn<bool>("scorecards");
        QTest::addColumn<bool>("decided");
        QTest::addColumn<bool>("votes");
        for (const ComparisonSummary& summary : m_store->catalog().comparisons()) {
            for (const bool votes : {true, false}) {
                for (const bool decided : {true, false}) {
                    for (const bool scorecards : {true, false}) {
                        QTest::addRow("%s%s%s%s", qPrintable(summary.comparison.id),
                                      decided ? ", decided" : "", scorecards ? "" : ", no scorecards",
                                      votes ? ", votes" : "")
                            << summary.comparison.id << scorecards << decided << votes;
                    }
                }
            }
        }
    }

    void noHalfEmptyPages()
    {
        QFETCH(QString, comparison);
        QFETCH(bool, scorecards);
        QFETCH(bool, decided);
        QFETCH(bool, votes);
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QVERIFY(store);
        if (votes) {
            QVERIFY(store->feed().applyFeed(feedWithTallies(comparison, 1, {4, 3})));
            QVERIFY(store->feed().applyFeed(feedWithTallies(comparison, 2, {6, 5})));
        }
        auto model = ComparisonModel::loadComparison(*store, comparison);
        QVERIFY(model);
        QCOMPARE(model->voteHistoryPointCount(), votes ? 2 : 0);
        ReportOptions options;
        options.pageSize = QPageSize(QPageSize::A4);
        options.scorecards = scorecards;
        const QString path = dir.filePath("filled.pdf");
        Report report(model.value(), Provenance::fromStore(*store), options, &m_charts);
        if (decided) {
            QVERIFY(Decisions::decide(
                *store, {comparison, model->tool(0).summary.tool.id, "Dana Whitfield", rationale, {}}));
            report.setRanking(rank(model.value(), store->decisions().defaultProfile()));
            report.setDecision(*Decisions::latest(*store, comparison));
        }
        QVERIFY(report.writePdf(path));

        const QList<PdfPage> pages = pdfWords(path);
        QVERIFY(pages.size() >= 2);
        // The panel's chart always; with votes the community's pie and its line over time too (their titles
        // beside the captions and the history's heading).
        const QString text = flat(runTool("pdftotext", {path, "-"}));
        QCOMPARE(text.count("Reviewers"), 1);
        QCOMPARE(text.count("Community vote"), votes ? 5 : 3);
        // The history's time axis: dates, or the times of one day when its moments are that close.
        QCOMPARE(text.contains("Date (UTC)") || text.contains("Time (UTC) from"), votes);
        // The page body lies between the header and the footer (14 mm margins, 9 mm header and footer).
        const qreal mm = 72 / 25.4;
        for (int page = 0; page + 1 < pages.size(); ++page) {
            const qreal top = 23 * mm;
            const qreal bottom = pages.at(page).size.height() - 23 * mm;
            qreal lowest = top;
            for (const PdfWord& word : pages.at(page).words) {
                if (word.box.bottom() < bottom)
                    lowest = std::max(lowest, word.box.bottom());
            }
            const qreal filled = (lowest - top) / (bottom - top);
            QVERIFY2(filled >= 0.65, qPrintable(QStringLiteral("page %1 of %2 is filled to %3%")
                                                    .arg(page + 1)
                                                    .arg(pages.size())
                                                    .arg(qRound(filled * 100))));
        }
        // No chart label is cut short: there is room for every name.
        for (const PdfPage& page : pages) {
            for (const PdfWord& word : page.words)
                QVERIFY2(!word.text.endsWith(QStringLiteral("\u2026")) && !word.text.endsWith("..."),
                         qPrintable(word.text));
        }
        // A chart's caption is on the chart's page.
        for (const PdfPage& page : pages) {
            QString words;
            for (const PdfWord& word : page.words)
                words += word.text + QLatin1Char(' ');
            if (words.contains("Panel verdicts per tool Reviewers"))
                QVERIFY(words.contains("Panel verdicts per tool."));
        }
    }

    // Chart text is set in points, as large as the report's smallest text (its 8 pt footer) or larger.
    void chartTextIsReadable()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QVERIFY(store);
        const QString id = QStringLiteral("gemma-3n-vs-mistral-medium-3-2");
        QVERIFY(store->feed().applyFeed(feedWithTallies(id, 1, {4, 3})));
        QVERIFY(store->feed().applyFeed(feedWithTallies(id, 2, {6, 5})));
        auto model = ComparisonModel::loadComparison(*store, id);
        QVERIFY(model);
        ReportOptions options;
        options.scorecards = false;
        const QString path = dir.filePath("readable.pdf");
        QVERIFY(Report(model.value(), Provenance::fromStore(*store), options, &m_charts).writePdf(path));
        const QList<PdfPage> pages = pdfWords(path);
        QVERIFY(!pages.isEmpty());
        qreal footer = 0;
        for (const PdfWord& word : pages.first().words) {
            if (word.text == "Page")
                footer = word.box.height();
        }
        QVERIFY(footer > 0);
        QStringList axisTitles;
        for (const PdfPage& page : pages) {
            for (const PdfWord& word : page.words) {
                QVERIFY2(word.box.height() >= footer - 0.01,
                         qPrintable(QStringLiteral("\"%1\" is %2 pt high, the 8 pt footer %3")
                                        .arg(word.text)
                                        .arg(word.box.height())
                                        .arg(footer)));
                if (word.text == "Reviewers" || word.text == "(UTC)")
                    axisTitles << word.text; // only the charts have these
            }
        }
        axisTitles.sort();
        QCOMPARE(axisTitles, (QStringList{"(UTC)", "Reviewers"}));
    }

    // Page 1: the question, the ranking in rank order with scores and what would change the top, the
    // decision with its rationale, who and when, the evidence it rested on; then the verdict matrix.
    void pageOneLeadsWithTheDecision()
    {
        const QString id = "mistral-4b-edge-vs-mistral-medium-3-2";
        auto decided = decide(id, "Mistral 4B Edge");
        QVERIFY(decided);
        const Ranking& ranking = decided->ranking;
        QCOMPARE(ranking.tools.size(), 2);
        // No tie here, so the order on the page means something.
        QVERIFY(ranking.tools.at(0).score > ranking.tools.at(1).score);
        QVERIFY(!ranking.flipsIf.isEmpty());
        const QString path = decided->dir.filePath("decided.pdf");
        QVERIFY(reportOf(*decided).writePdf(path));

        const QString page1 = flat(pdfPageText(path, 1));
        const QString reading = flat(pdfPageText(path, 1, false));
        QVERIFY2(page1.contains("Which one should you ship with?"), qPrintable(page1));
        QVERIFY(page1.contains("The ranking under the profile “Equal weights”"));
        QVERIFY(page1.contains(ranking.headline));
        qsizetype previous = reading.indexOf("Rank Tool Score Reasons");
        QVERIFY2(previous > 0, qPrintable(reading));
        for (const RankedTool& tool : ranking.tools) {
            const qsizetype row =
                reading.indexOf(QStringLiteral("%1 %2 %3").arg(tool.rank).arg(tool.name, tool.scoreText));
            QVERIFY2(row > previous, qPrintable(tool.name + " " + tool.scoreText + " in " + reading));
            previous = row;
        }
        QVERIFY(reading.contains(flat(ranking.tools.at(1).reasons.first())));
        QVERIFY(reading.contains("What would change the top: " + flat(ranking.flipsIf.first())));

        QVERIFY(page1.contains("Chosen: Mistral 4B Edge."));
        QVERIFY(page1.contains("Decided by Dana Whitfield on "));
        QVERIFY(reading.contains(QStringLiteral("Rationale: ") + rationale));
        const EvidenceSnapshot& snapshot = decided->status->decision.snapshot;
        QCOMPARE(snapshot.feedId, QStringLiteral("shiporskip-bundled"));
        QVERIFY(reading.contains(
            "The evidence it rested on: feed “shiporskip-bundled” (the catalog bundled with the "
            "app), last successful sync never, ShipOrSkip " +
            snapshot.appVersion));
        QVERIFY(!snapshot.appVersion.isEmpty());
        QVERIFY(reading.contains("What changed since: Nothing changed since."));
        // Then the matrix, still on page 1.
        QVERIFY(reading.indexOf("Verdict by lens") > reading.indexOf("Nothing changed since."));
    }

    // A later feed flips a verdict of the chosen tool: page 1 says the evidence changed and lists it.
    void changesSinceTheDecision()
    {
        const QString id = "gemma-3n-vs-mistral-medium-3-2";
        auto decided = decide(id, "Gemma 3n");
        QVERIFY(decided);
        FeedDocument revised = bundledFeed();
        revised.generatedAt = QDateTime::currentDateTimeUtc();
        bool flipped = false;
        for (Review& review : revised.reviews) {
            if (review.toolId == "gemma-3n" && review.lensId == "buyer") {
                QCOMPARE(review.verdict, Verdict::Skip);
                review.verdict = Verdict::Ship;
                review.updatedAt = revised.generatedAt;
                flipped = true;
            }
        }
        QVERIFY(flipped);
        QVERIFY(decided->store->feed().applyFeed(revised));
        decided = reload(std::move(decided), id);
        QVERIFY(decided);
        QCOMPARE(decided->status->changesSince.size(), 1);
        const QString path = decided->dir.filePath("changed.pdf");
        QVERIFY(reportOf(*decided).writePdf(path));
        const QString reading = flat(pdfPageText(path, 1, false));
        QVERIFY2(reading.contains("What changed since: the evidence changed; review this decision. " +
                                  decided->status->changesSince.first().toDisplayString()),
                 qPrintable(reading));
        QVERIFY(!reading.contains("Nothing changed since."));
    }

    // The web page and the table carry the same answer as the PDF.
    void htmlAndCsvCarryTheAnswer()
    {
        auto decided = decide("mistral-4b-edge-vs-mistral-medium-3-2", "Mistral 4B Edge");
        QVERIFY(decided);
        const Report report = reportOf(*decided);
        const Ranking& ranking = decided->ranking;

        const QString html = report.html();
        QVERIFY(html.contains("Which one should you ship with?"));
        QVERIFY(html.contains("The ranking under the profile “Equal weights”"));
        QVERIFY(html.contains(ranking.headline.toHtmlEscaped()));
        QVERIFY(html.indexOf(ranking.tools.at(0).scoreText) <
                html.lastIndexOf(ranking.tools.at(1).scoreText));
        QVERIFY(html.contains("Chosen: Mistral 4B Edge."));
        QVERIFY(html.contains(QString::fromLatin1(rationale)));
        QVERIFY(html.contains("feed “shiporskip-bundled”"));
        QVERIFY(html.indexOf("Nothing changed since.") < html.indexOf("Verdict by lens"));

        const QStringList lines = report.csv().split("\r\n");
        QVERIFY(lines.at(0).endsWith(",profile,rank,tied,score,max_score,must_haves_failed,reasons,chosen"));
        for (const RankedTool& tool : ranking.tools) {
            const qsizetype row = lines.indexOf(QRegularExpression(
                QStringLiteral("^[^,]*,%1,.*").arg(QRegularExpression::escape(tool.name))));
            QVERIFY2(row > 0, qPrintable(tool.name));
            const QString expected = QStringLiteral(",Equal weights,%1,false,%2,%3,,")
                                         .arg(tool.rank)
                                         .arg(tool.score)
                                         .arg(ranking.maximumScore);
            QVERIFY2(lines.at(row).contains(expected), qPrintable(lines.at(row) + " / " + expected));
            QVERIFY(lines.at(row).endsWith(tool.toolId == "mistral-4b-edge" ? ",true" : ","));
        }
        QVERIFY(lines.contains("what_would_change_the_top"));
        QVERIFY(lines.contains("decision_field,value"));
        QVERIFY(lines.contains("tool,Mistral 4B Edge"));
        QVERIFY(lines.contains("by,Dana Whitfield"));
        QVERIFY(lines.contains(QStringLiteral("rationale,\"%1\"").arg(rationale)));
        QVERIFY(lines.contains("feed_id,shiporskip-bundled"));
        QVERIFY(lines.contains("app_version," + decided->status->decision.snapshot.appVersion));
        QVERIFY(lines.contains("evidence_changed,false"));
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

        // The window's report leads with the ranking under the default profile and the latest decision.
        QVERIFY(Decisions::decide(
            *f->store,
            {"code-llama-4-vs-mistral-3b-edge", "Mistral 3B Edge", "Sam Okafor", "Smaller and local.", {}}));
        const QString path = f->dir.filePath("from-window.pdf");
        FileDialogs::setNextAnswer(path);
        QTest::keyClick(window.get(), Qt::Key_E, Qt::ControlModifier);
        QVERIFY(QFile::exists(path));
        QVERIFY(pdfText(path).contains("Code Llama 4 vs Mistral 3B Edge"));
        const QString page1 = flat(pdfPageText(path, 1));
        QVERIFY2(page1.contains("The ranking under the profile “Equal weights”"), qPrintable(page1));
        QVERIFY(page1.contains("Chosen: Mistral 3B Edge."));
        QVERIFY(page1.contains("Rationale: Smaller and local."));

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
