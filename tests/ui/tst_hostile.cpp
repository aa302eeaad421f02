// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile text in a feed (markup and script tags, a right-to-left override, zero-width and control
// characters, a 100 kB name) stays inert plain text on every surface: the catalog, the details, a
// comparison, the editor's preview, the PDF (read back with pdftotext) and the HTML export.
#include "ComparisonView.h"
#include "PdfTools.h"
#include "ReportCharts.h"
#include "ScorecardEditor.h"
#include "ToolDetailsView.h"
#include "ToolTableModel.h"
#include "UiTestSupport.h"

#include <QLabel>

using namespace sos;
using namespace sos::test;

namespace {

const QString markup = QStringLiteral("<b>Bold</b><script>alert(1)</script><img src=x onerror=alert(2)>");
const QString spoof = QStringLiteral("Report\u202Egnp.exe\u200B\u200D\u0007end");

// Every label under widget shows plain text; the texts they show.
QStringList plainLabels(const QWidget* widget, bool* allPlain)
{
    QStringList texts;
    *allPlain = true;
    for (const QLabel* label : widget->findChildren<QLabel*>()) {
        if (label->textFormat() != Qt::PlainText && !label->text().isEmpty())
            *allPlain = false;
        texts << label->text();
    }
    return texts;
}

bool anyContains(const QStringList& texts, const QString& part)
{
    return std::any_of(texts.begin(), texts.end(), [&](const QString& text) { return text.contains(part); });
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

    std::unique_ptr<WindowFixture> m_fixture;
    QString m_longName;

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = WindowFixture::create();
        FeedDocument feed = bundledFeed();
        feed.generatedAt = QDateTime::currentDateTimeUtc();
        Tool& tool = feed.tools.first();
        tool.name = markup;
        tool.tagline = spoof;
        m_longName = QStringLiteral("Long ") + QString(100 * 1024, QLatin1Char('n'));
        tool.vendor = m_longName;
        tool.description = markup + QLatin1Char('\n') + spoof;
        tool.updatedAt = QDateTime::currentDateTimeUtc();
        for (Review& review : feed.reviews) {
            if (review.toolId == tool.id) {
                review.text = markup + QStringLiteral(" ") + spoof;
                review.updatedAt = QDateTime::currentDateTimeUtc();
            }
        }
        auto applied = m_fixture->store->feed().applyFeed(feed);
        QVERIFY2(applied, qPrintable(applied.errorMessage()));
    }

    void catalogAndDetails()
    {
        auto window = m_fixture->showWindow();
        const QString toolId = bundledFeed().tools.first().id;
        window->selectTool(toolId);
        auto* model = requireChild<ToolTableModel>(window.get(), "toolModel");
        const int row = model->rowOfTool(toolId);
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, ToolTableModel::NameColumn).data().toString(), markup);
        bool plain = false;
        const QStringList texts =
            plainLabels(requireChild<ToolDetailsView>(window.get(), "toolDetails"), &plain);
        QVERIFY(plain);
        QVERIFY(anyContains(texts, QStringLiteral("<script>alert(1)</script>")));
        QVERIFY(anyContains(texts, QStringLiteral("\u202Egnp.exe")));
        QVERIFY(anyContains(texts, m_longName));
    }

    void comparisonAndPreview()
    {
        auto window = m_fixture->showWindow();
        const QString toolId = bundledFeed().tools.first().id;
        const QString other = bundledFeed().tools.at(1).id;
        ComparisonView* view =
            window->openComparison(ComparisonModel::loadTools(*m_fixture->store, {toolId, other}));
        QVERIFY(view);
        bool plain = false;
        QStringList texts = plainLabels(view, &plain);
        QVERIFY(plain);
        QVERIFY(anyContains(texts, markup));
        window->draftScorecard(toolId);
        QTRY_VERIFY(anyContains(
            plainLabels(requireChild<QWidget>(window->scorecardEditor(), "scorecardPreview"), &plain),
            markup));
        QVERIFY(plain);
    }

    void pdfAndHtml()
    {
        if (!havePoppler())
            QFAIL(
                "pdftotext and pdfinfo are needed (Debian package poppler-utils; scripts/setup installs it)");
        const QString toolId = bundledFeed().tools.first().id;
        auto model = ComparisonModel::loadTools(*m_fixture->store, {toolId, bundledFeed().tools.at(1).id});
        QVERIFY(model);
        ChartsReportRenderer charts;
        const Report report(model.value(), Provenance::fromStore(*m_fixture->store), ReportOptions{},
                            &charts);
        const QString pdf = m_fixture->dir.filePath("hostile.pdf");
        QVERIFY(report.writePdf(pdf));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("<script>alert(1)</script>")), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral("<b>Bold</b>")));
        const QString html = report.html();
        QVERIFY(!html.contains(QStringLiteral("<script>alert")));
        QVERIFY(!html.contains(QStringLiteral("<img src=x")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    }
};

QTEST_MAIN(TestHostile)
#include "tst_hostile.moc"
