// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison's charts, built from the ComparisonModel's series data. Every Qt Charts type is used
// here and nowhere else, so a move to Qt Graphs touches one file. Animations stay off: the charts are
// exact figures, not decoration, and render the same on screen, offscreen and in a report.
#pragma once

#include <QColor>

class QChart;
class QPalette;
class QWidget;

namespace sos {

class ComparisonModel;

namespace charts {

// Ship and skip colours that read on light and dark backgrounds alike.
QColor shipColor();
QColor skipColor();

QChart* panelSplitChart(const ComparisonModel& model, const QPalette& palette);
// Null when nobody has voted: "no votes" is never drawn as a chart of zeros. A tool without votes has no
// slice (never a hairline one). Only the feed's votes: the user's pending vote is said apart.
QChart* communitySplitChart(const ComparisonModel& model, const QPalette& palette);
QChart* verdictGridChart(const ComparisonModel& model, const QPalette& palette);
// Null with fewer than two tallies over time: one point is no line.
QChart* voteHistoryChart(const ComparisonModel& model, const QPalette& palette);

// A chart in a view sized for the comparison page: wide enough for a legend beside it to be read whole.
QWidget* chartView(QChart* chart, QWidget* parent);

} // namespace charts
} // namespace sos
