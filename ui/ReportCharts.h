// SPDX-License-Identifier: GPL-3.0-or-later
// Draws the comparison view's charts into a report, as vector graphics, on any painter (PDF, printer,
// SVG). The same Qt Charts code as on screen, in the light theme of paper.
#pragma once

#include <report/Report.h>

namespace sos {

class ChartsReportRenderer final : public ReportChartRenderer
{
    Q_DECLARE_TR_FUNCTIONS(sos::ChartsReportRenderer)

public:
    void render(ReportChart chart, const ComparisonModel& model, QPainter& painter,
                const QRectF& target) const override;
};

} // namespace sos
