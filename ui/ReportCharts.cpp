// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCharts.h"

#include "ComparisonCharts.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QPalette>

namespace sos {

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
    case ReportChart::VerdictGrid:
        chart = charts::verdictGridChart(model, paper);
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
    // Lay the chart out at a screen-like size, then scale it into the target: text and lines keep
    // their proportions, and every element stays a vector.
    const QRectF logical(0, 0, 880, 396);
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns the chart from here
    chart->setGeometry(logical);
    if (chart->layout())
        chart->layout()->activate();
    scene.setSceneRect(logical);
    scene.render(&painter, target, logical, Qt::KeepAspectRatio);
}

} // namespace sos
