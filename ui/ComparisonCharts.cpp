// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparisonCharts.h"

#include "Appearance.h"
#include <base/Localization.h>
#include <comparison/ComparisonModel.h>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

namespace sos::charts {

namespace {

// The translation context of the charts' texts.
struct ChartText
{
    Q_DECLARE_TR_FUNCTIONS(sos::ComparisonCharts)
};

QChart* newChart(const QString& title, const QPalette& palette)
{
    auto* chart = new QChart;
    chart->setTheme(isDarkPalette(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(title);
    chart->setBackgroundRoundness(0);
    // The theme has colours of its own: the palette's make the chart part of the page around it.
    chart->setBackgroundBrush(palette.color(QPalette::Window));
    chart->setTitleBrush(palette.color(QPalette::WindowText));
    chart->legend()->setLabelColor(palette.color(QPalette::WindowText));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// Axes take the theme's colours when they are added: give them the palette's too.
QChart* withPaletteAxes(QChart* chart, const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlpha(60);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(text);
        axis->setGridLineColor(grid);
        // Qt Charts elides a label it thinks too long even with room beside it: a tool's name is read
        // whole or not at all.
        axis->setTruncateLabels(false);
    }
    return chart;
}

// Whole numbers only on a count axis, with a little headroom.
QValueAxis* countAxis(int maximum, const QString& title)
{
    auto* axis = new QValueAxis;
    // About four steps, and the top a step above the largest count, so no point sits on the frame.
    const int step = std::max(1, (maximum + 3) / 4);
    axis->setRange(0, step * (maximum / step + 1));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTitleText(title);
    return axis;
}

QStringList toolNames(const ComparisonModel& model)
{
    QStringList names;
    for (int column = 0; column < model.toolCount(); ++column)
        names << model.tool(column).summary.tool.name;
    return names;
}

} // namespace

QColor shipColor()
{
    return QColor(0x2e, 0x8b, 0x57);
} // sea green
QColor skipColor()
{
    return QColor(0xd0, 0x4a, 0x3c);
} // brick red

QChart* panelSplitChart(const ComparisonModel& model, const QPalette& palette)
{
    QChart* chart = newChart(ChartText::tr("Panel verdicts per tool"), palette);
    auto* ships = new QBarSet(verdictLabel(Verdict::Ship));
    auto* skips = new QBarSet(verdictLabel(Verdict::Skip));
    ships->setColor(shipColor());
    skips->setColor(skipColor());
    int maximum = 0;
    const QList<PanelSplitBar> bars = model.panelSplit();
    for (const PanelSplitBar& bar : bars) {
        *ships << bar.ships;
        *skips << bar.skips;
        maximum = std::max(maximum, bar.ships + bar.skips);
    }
    auto* series = new QStackedBarSeries;
    series->append(ships);
    series->append(skips);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(toolNames(model));
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    QValueAxis* counts = countAxis(maximum, ChartText::tr("Reviewers"));
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    QObject::connect(
        series, &QStackedBarSeries::hovered, series, [bars, ships](bool on, int index, QBarSet* set) {
            if (!on || index < 0 || index >= bars.size())
                return QToolTip::hideText();
            const PanelSplitBar& bar = bars.at(index);
            const int reviewers = bar.ships + bar.skips;
            QToolTip::showText(QCursor::pos(),
                               (set == ships
                                    ? ChartText::tr("%1: %L2 of %n reviewer(s) say ship", nullptr, reviewers)
                                          .arg(bar.toolName)
                                          .arg(bar.ships)
                                    : ChartText::tr("%1: %L2 of %n reviewer(s) say skip", nullptr, reviewers)
                                          .arg(bar.toolName)
                                          .arg(bar.skips)));
        });
    return withPaletteAxes(chart, palette);
}

QChart* communitySplitChart(const ComparisonModel& model, const QPalette& palette)
{
    if (model.communityTotal() <= 0)
        return nullptr;
    QChart* chart = newChart(ChartText::tr("Community vote"), palette);
    auto* series = new QPieSeries;
    for (int column = 0; column < model.toolCount(); ++column) {
        const CommunityFigure figure = model.community(column);
        if (figure.votes <= 0)
            continue; // a 0% slice is a hairline that says nothing: the tool's figure is printed
        const QString label = ChartText::tr("%1: %L2% (%L3)")
                                  .arg(model.tool(column).summary.tool.name)
                                  .arg(figure.percent().value_or(0))
                                  .arg(figure.votes);
        QPieSlice* slice = series->append(label, figure.votes);
        QObject::connect(slice, &QPieSlice::hovered, slice, [label](bool on) {
            on ? QToolTip::showText(QCursor::pos(), label) : QToolTip::hideText();
        });
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight); // the legend carries the labels: nothing is clipped
    return chart;
}

QChart* verdictGridChart(const ComparisonModel& model, const QPalette& palette)
{
    QChart* chart = newChart(ChartText::tr("Verdict by lens"), palette);
    auto* ships = new QScatterSeries;
    ships->setName(verdictLabel(Verdict::Ship));
    ships->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    ships->setMarkerSize(18);
    ships->setColor(shipColor());
    auto* skips = new QScatterSeries;
    skips->setName(verdictLabel(Verdict::Skip));
    skips->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    skips->setMarkerSize(18);
    skips->setColor(skipColor());

    const QList<Lens>& lenses = model.lenses();
    const int rows = static_cast<int>(lenses.size());
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < model.toolCount(); ++column) {
            const auto verdict = model.verdict(lenses.at(row).id, column);
            if (!verdict)
                continue;
            // The first lens at the top.
            (*verdict == Verdict::Ship ? ships : skips)->append(column, rows - 1 - row);
        }
    }
    chart->addSeries(ships);
    chart->addSeries(skips);

    auto* toolAxis = new QCategoryAxis;
    toolAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    toolAxis->setRange(-0.5, model.toolCount() - 0.5);
    const QStringList names = toolNames(model);
    for (int column = 0; column < names.size(); ++column)
        toolAxis->append(names.at(column), column);
    toolAxis->setGridLineVisible(false);
    auto* lensAxis = new QCategoryAxis;
    lensAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    lensAxis->setRange(-0.5, rows - 0.5);
    // A category axis takes its categories in ascending order: the bottom lens first.
    for (int row = rows - 1; row >= 0; --row)
        lensAxis->append(lenses.at(row).name, rows - 1 - row);
    lensAxis->setGridLineVisible(false);
    chart->addAxis(toolAxis, Qt::AlignBottom);
    chart->addAxis(lensAxis, Qt::AlignLeft);
    for (QScatterSeries* series : {ships, skips}) {
        series->attachAxis(toolAxis);
        series->attachAxis(lensAxis);
        QObject::connect(
            series, &QScatterSeries::hovered, series,
            [names, lenses, rows, series](const QPointF& point, bool on) {
                const int column = qRound(point.x());
                const int row = rows - 1 - qRound(point.y());
                if (!on || column < 0 || column >= names.size() || row < 0 || row >= rows)
                    return QToolTip::hideText();
                QToolTip::showText(
                    QCursor::pos(),
                    ChartText::tr("%1, %2: %3").arg(names.at(column), lenses.at(row).name, series->name()));
            });
    }
    return withPaletteAxes(chart, palette);
}

QChart* voteHistoryChart(const ComparisonModel& model, const QPalette& palette)
{
    if (model.voteHistoryPointCount() < 2)
        return nullptr;
    QChart* chart = newChart(ChartText::tr("Community vote over time"), palette);
    auto* time = new QDateTimeAxis;
    time->setFormat(localDateFormat());
    time->setTitleText(ChartText::tr("Date (UTC)"));
    chart->addAxis(time, Qt::AlignBottom);
    int maximum = 0;
    QDateTime first;
    QDateTime last;
    for (const HistorySeries& history : model.voteHistory()) {
        auto* line = new QLineSeries;
        line->setName(history.toolName);
        line->setPointsVisible(true);
        for (const auto& [when, votes] : history.points) {
            line->append(static_cast<qreal>(when.toMSecsSinceEpoch()), votes);
            maximum = std::max(maximum, votes);
            first = first.isValid() ? std::min(first, when) : when;
            last = last.isValid() ? std::max(last, when) : when;
        }
        chart->addSeries(line);
        line->attachAxis(time);
        const QString name = history.toolName;
        QObject::connect(line, &QLineSeries::hovered, line, [name](const QPointF& point, bool on) {
            if (!on)
                return QToolTip::hideText();
            QToolTip::showText(
                QCursor::pos(),
                ChartText::tr("%1: %n vote(s) on %2 UTC", nullptr, qRound(point.y()))
                    .arg(name, localDateTime(QDateTime::fromMSecsSinceEpoch(qint64(point.x()), Qt::UTC))));
        });
    }
    time->setRange(first, last);
    time->setTickCount(std::clamp(model.voteHistoryPointCount(), 2, 5)); // no more ticks than moments
    if (first.daysTo(last) < 2) {
        // Within a day or two every tick would read the same date: the times say what changed when.
        time->setFormat(QLocale().timeFormat(QLocale::ShortFormat));
        time->setTitleText(ChartText::tr("Time (UTC) from %1").arg(localDate(first.date())));
    }
    QValueAxis* counts = countAxis(maximum, ChartText::tr("Votes"));
    chart->addAxis(counts, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series())
        series->attachAxis(counts);
    return withPaletteAxes(chart, palette);
}

QWidget* chartView(QChart* chart, QWidget* parent)
{
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(280);
    view->setAccessibleName(chart->title());
    QLegend* legend = chart->legend();
    if (legend->isVisible() && (legend->alignment() & (Qt::AlignLeft | Qt::AlignRight))) {
        // A legend beside the plot is elided when squeezed: keep room for its longest label, the
        // marker, the margins and a plot still worth looking at.
        const QFontMetrics metrics(legend->font());
        int widest = 0;
        for (QLegendMarker* marker : legend->markers())
            widest = std::max(widest, metrics.horizontalAdvance(marker->label()));
        view->setMinimumWidth(widest + 3 * metrics.height() + 220);
    }
    return view;
}

} // namespace sos::charts
