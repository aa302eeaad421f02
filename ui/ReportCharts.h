// SPDX-License-Identifier: GPL-3.0-or-later
// Draws the comparison view's charts into a report, as vector graphics, on any painter (PDF, printer,
// SVG). The same Qt Charts code as on screen, in the light theme of paper, each chart sized to what it
// shows and its text set in points that stay readable on paper (8 pt and more).
#pragma once

#include <report/Report.h>

namespace sos {

class ChartsReportRenderer final : public ReportChartRenderer
{
    Q_DECLARE_TR_FUNCTIONS(sos::ChartsReportRenderer)

public:
    QSizeF size(ReportChart chart, const ComparisonModel& model, qreal width) const override;
    void render(ReportChart chart, const ComparisonModel& model, QPainter& painter,
                const QRectF& target) const override;

    // The smallest text a chart on paper has, in points.
    static constexpr int minimumTextPoints = 8;
};

} // namespace sos
