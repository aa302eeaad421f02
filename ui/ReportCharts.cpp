// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCharts.h"

#include "ComparisonCharts.h"

#include <QAbstractAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QPaintDevice>
#include <QPainter>
#include <QPalette>
#include <QPieSeries>
#include <QPieSlice>

namespace sos {

namespace {

// The chart's texts, in scene units that are points on paper (see render()).
void setPaperFonts(QChart& chart)
{
    QFont text(QStringLiteral("DejaVu Sans"));
    text.setPixelSize(ChartsReportRenderer::minimumTextPoints + 1);
    text.setStyleStrategy(QFont::PreferNoShaping); // searchable words, as in the report's text
    QFont title = text;
    title.setPixelSize(ChartsReportRenderer::minimumTextPoints + 2);
    title.setBold(true);
    chart.setTitleFont(title);
    chart.legend()->setFont(text);
    for (QAbstractAxis* axis : chart.axes()) {
        axis->setLabelsFont(text);
        axis->setTitleFont(text);
        // Qt Charts cuts a tool's name short well before it runs out of room: print it whole.
        axis->setTruncateLabels(false);
    }
    for (QAbstractSeries* series : chart.series()) {
        if (auto* pie = qobject_cast<QPieSeries*>(series)) {
            for (QPieSlice* slice : pie->slices())
                slice->setLabelFont(text);
            // Beside a pie the legend gets a fixed share of the width and cuts long names short; one
            // line per tool below it has the whole width.
            chart.legend()->setAlignment(Qt::AlignBottom);
        }
    }
    // Paper needs no frame of blank around the plot.
    chart.setMargins(QMargins(2, 2, 2, 2));
    chart.layout()->setContentsMargins(0, 0, 0, 0);
}

} // namespace

QSizeF ChartsReportRenderer::size(ReportChart chart, const ComparisonModel& model, qreal width) const
{
    const int tools = model.toolCount();
    switch (chart) {
    case ReportChart::PanelSplit:
        // A bar per tool: as wide as the bars need, not the page.
        return {std::min(width, 200.0 + 130.0 * tools), 150};
    case ReportChart::CommunitySplit:
        // A pie with its legend beside it: the legend holds each tool's line in full.
        return {std::min(width, 400.0), 150.0 + 12.0 * tools};
    case ReportChart::VoteHistory:
        return {width, 190};
    }
    return {width, width * 0.4};
}

void ChartsReportRenderer::render(ReportChart kind, const ComparisonModel& model, QPainter& painter,
                                  const QRectF& target) const
{
    // Paper is white, whatever the screen's theme.
    QPalette paper;
    paper.setColor(QPalette::Window, Qt::white);
    paper.setColor(QPalette::WindowText, Qt::black);
    QChart* chart = nullptr;
    QString message;
    switch (kind) {
    case ReportChart::PanelSplit:
        chart = charts::panelSplitChart(model, paper);
        break;
    case ReportChart::CommunitySplit:
        chart = charts::communitySplitChart(model, paper);
        message = model.isPublished() ? tr("Community vote: no votes yet.")
                                      : tr("Community vote: only on published comparisons.");
        break;
    case ReportChart::VoteHistory:
        chart = charts::voteHistoryChart(model, paper);
        message = tr("Community vote over time: fewer than two tallies so far.");
        break;
    }
    if (!chart) {
        painter.save();
        painter.setPen(QColor(0x8a, 0x8a, 0x8a));
        painter.drawRect(target.adjusted(0, 0, -1, -1));
        painter.setPen(Qt::black);
        painter.drawText(target, Qt::AlignCenter | Qt::TextWordWrap, message);
        painter.restore();
        return;
    }
    // Lay the chart out in points (one scene unit is one point on paper), then scale it onto the device:
    // a 9-unit font is 9 pt on any printer or PDF, and every element stays a vector.
    const int dpi = painter.device() ? painter.device()->logicalDpiX() : 72;
    const qreal toPoints = 72.0 / (dpi > 0 ? dpi : 72);
    const QRectF logical(0, 0, target.width() * toPoints, target.height() * toPoints);
    setPaperFonts(*chart);
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns the chart from here
    chart->setGeometry(logical);
    if (chart->layout())
        chart->layout()->activate();
    scene.setSceneRect(logical);
    scene.render(&painter, target, logical, Qt::KeepAspectRatio);
}

} // namespace sos
