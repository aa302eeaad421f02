// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparisonCharts.h"

#include "ComparisonModel.h"
#include "ToolDetailsView.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace sos::charts {

namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QChart* newChart(const QString& title, const QPalette& palette)
{
    auto* chart = new QChart;
    chart->setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(title);
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// Whole numbers only on a count axis, with a little headroom.
QValueAxis* countAxis(int maximum, const QString& title)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, std::max(1, maximum));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(std::max(1, maximum / 4));
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
    QChart* chart = newChart(QObject::tr("Panel verdicts per tool"), palette);
    auto* ships = new QBarSet(QObject::tr("Ship"));
    auto* skips = new QBarSet(QObject::tr("Skip"));
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
    QValueAxis* counts = countAxis(maximum, QObject::tr("Reviewers"));
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    QObject::connect(series, &QStackedBarSeries::hovered, series, [bars](bool on, int index, QBarSet* set) {
        if (!on || index < 0 || index >= bars.size())
            return QToolTip::hideText();
        const PanelSplitBar& bar = bars.at(index);
        const int count = set->label() == QObject::tr("Ship") ? bar.ships : bar.skips;
        QToolTip::showText(QCursor::pos(), QObject::tr("%1: %2 of %3 reviewers say %4")
                                               .arg(bar.toolName)
                                               .arg(count)
                                               .arg(bar.ships + bar.skips)
                                               .arg(set->label().toLower()));
    });
    return chart;
}

QChart* communitySplitChart(const ComparisonModel& model, const QPalette& palette)
{
    if (model.communityTotal() <= 0)
        return nullptr;
    QChart* chart = newChart(QObject::tr("Community vote"), palette);
    auto* series = new QPieSeries;
    for (int column = 0; column < model.toolCount(); ++column) {
        const CommunityFigure figure = model.community(column);
        const QString format = figure.includesMyPendingVote ? QObject::tr("%1: %2% (%3, incl. yours)")
                                                            : QObject::tr("%1: %2% (%3)");
        const QString label = format.arg(model.tool(column).summary.tool.name)
                                  .arg(figure.percent().value_or(0))
                                  .arg(figure.votes);
        QPieSlice* slice = series->append(label, figure.votes);
        if (figure.includesMyPendingVote)
            slice->setBorderWidth(3);
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
    QChart* chart = newChart(QObject::tr("Verdict by lens"), palette);
    auto* ships = new QScatterSeries;
    ships->setName(QObject::tr("Ship"));
    ships->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    ships->setMarkerSize(18);
    ships->setColor(shipColor());
    auto* skips = new QScatterSeries;
    skips->setName(QObject::tr("Skip"));
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
        QObject::connect(series, &QScatterSeries::hovered, series,
                         [names, lenses, rows, series](const QPointF& point, bool on) {
                             const int column = qRound(point.x());
                             const int row = rows - 1 - qRound(point.y());
                             if (!on || column < 0 || column >= names.size() || row < 0 || row >= rows)
                                 return QToolTip::hideText();
                             QToolTip::showText(
                                 QCursor::pos(),
                                 QObject::tr("%1, %2: %3")
                                     .arg(names.at(column), lenses.at(row).name, series->name().toLower()));
                         });
    }
    return chart;
}

QChart* voteHistoryChart(const ComparisonModel& model, const QPalette& palette)
{
    if (model.voteHistoryPointCount() < 2)
        return nullptr;
    QChart* chart = newChart(QObject::tr("Community vote over time"), palette);
    auto* time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("yyyy-MM-dd"));
    time->setTitleText(QObject::tr("Date (UTC)"));
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
            QToolTip::showText(QCursor::pos(),
                               QObject::tr("%1: %2 votes on %3")
                                   .arg(name)
                                   .arg(qRound(point.y()))
                                   .arg(QDateTime::fromMSecsSinceEpoch(qint64(point.x()), Qt::UTC)
                                            .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        });
    }
    time->setRange(first, last);
    QValueAxis* counts = countAxis(maximum, QObject::tr("Votes"));
    chart->addAxis(counts, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series())
        series->attachAxis(counts);
    return chart;
}

QWidget* chartOrMessage(QChart* chart, const QString& title, const QString& message, QWidget* parent)
{
    if (chart) {
        auto* view = new QChartView(chart, parent);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(260);
        view->setAccessibleName(chart->title());
        return view;
    }
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    QLabel* heading = makeBoldLabel(title, box);
    heading->setAlignment(Qt::AlignCenter);
    auto* text = makePlainLabel(message, box);
    text->setAlignment(Qt::AlignCenter);
    layout->addStretch(1);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch(1);
    box->setMinimumHeight(260);
    return box;
}

} // namespace sos::charts
