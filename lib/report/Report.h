// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison report a procurement team files: PDF (or any paged device, such as a printer), a
// self-contained HTML page, and the facts as CSV. Everything comes from one ComparisonModel, and from
// the ranking and the decision when they are given; the charts are drawn by a ReportChartRenderer (the
// GUI's Qt Charts, as vector graphics), and left out when none is given.
//
//   Report report(model, Provenance::fromStore(store), options, &charts);
//   report.setRanking(rank(model, store.decisions().defaultProfile()));
//   if (auto decision = Decisions::latest(store, model.comparisonId()))
//       report.setDecision(*decision);
//   report.write(ReportFormat::Pdf, path);
#pragma once

#include <base/EnumNames.h>
#include <comparison/ComparisonModel.h>

#include <QCoreApplication>
#include <QPageSize>

#include <decision/Decisions.h>
#include <decision/Ranking.h>

class QPagedPaintDevice;
class QPainter;

namespace sos {

// The charts a report draws. The verdict by lens is a table of words on the first page, not a chart.
enum class ReportChart
{
    PanelSplit,
    CommunitySplit,
    VoteHistory
};

// The files a report is written as. The name is the file's extension and the command line's word.
enum class ReportFormat
{
    Pdf,
    Html,
    Csv
};
template <>
inline constexpr auto enumNames<ReportFormat> = std::array{
    std::pair{ReportFormat::Pdf, "pdf"},
    std::pair{ReportFormat::Html, "html"},
    std::pair{ReportFormat::Csv, "csv"},
};

class ReportChartRenderer
{
public:
    virtual ~ReportChartRenderer() = default;
    // The size the chart needs, in points (1/72 inch), at most width wide: sized to what it shows, so
    // a page holds it with its caption and no blank box around it.
    virtual QSizeF size(ReportChart chart, const ComparisonModel& model, qreal width) const = 0;
    // Draws one chart of the model into target, in the painter's coordinates, as vector graphics; a
    // point of size() is a point on paper, whatever the device's resolution.
    virtual void render(ReportChart chart, const ComparisonModel& model, QPainter& painter,
                        const QRectF& target) const = 0;
};

struct ReportOptions
{
    bool charts = true;
    bool scorecards = true;
    bool voteHistory = true;
    QPageSize pageSize = defaultPageSize(); // invalid: keep the device's (a printer's choice)

    // Letter where the locale measures in inches (US), A4 everywhere else.
    static QPageSize defaultPageSize();
};

// Where the figures come from: printed on the first page so the report can be traced to its source.
struct Provenance
{
    QString feedId;
    QString feedUrl; // empty for the bundled catalog
    QDateTime feedGeneratedAt;
    QDateTime lastSync; // invalid: never synced
    QDateTime generatedAt;
    QString appVersion;

    static Provenance fromStore(const Store& store);
    QString toText() const;
};

class Report final
{
    Q_DECLARE_TR_FUNCTIONS(sos::Report)

public:
    Report(const ComparisonModel& model, Provenance provenance, ReportOptions options,
           const ReportChartRenderer* charts = nullptr);

    // Page 1 answers the question with them: the ranking under a profile (its reasons and what would
    // change the top), and a recorded decision with the evidence it rested on and what changed since.
    void setRanking(const Ranking& ranking);
    void setDecision(const DecisionStatus& decision);

    // Lays the report out on a paged device (a QPdfWriter, a QPrinter) page by page, with a header and
    // "page N of M" on every page. Returns the number of pages.
    int paint(QPagedPaintDevice& device) const;

    // Writes the report as a file of that format: how the command line and the window export.
    Result<void> write(ReportFormat format, const QString& path) const;
    // Each file appears whole or not at all (written beside, then renamed).
    Result<int> writePdf(const QString& path) const; // the page count
    Result<void> writeHtml(const QString& path) const;
    Result<void> writeCsv(const QString& path) const;

    QString html() const; // self-contained: charts as inline SVG, with a text alternative
    QString csv() const;
    QString title() const;

    // A file name for the comparison in that format, safe on every platform.
    static QString fileNameFor(const ComparisonModel& model, ReportFormat format);

private:
    struct Part
    {
        QString html;                     // a piece of HTML, or
        std::optional<ReportChart> chart; // a chart at this place (its caption is the next part)
    };
    QList<Part> parts() const;
    QString headHtml() const;
    QString rankingHtml() const;
    QString decisionHtml() const;
    QString matrixHtml() const;
    QString summaryHtml() const;
    QString sideBySideHtml() const;
    QString historyHtml() const;
    QString scorecardsHtml() const;
    QString chartDescription(ReportChart chart) const;
    QString chartSvg(ReportChart chart, QSizeF* size) const;
    QList<ReportChart> chartsToDraw() const;

    const ComparisonModel& m_model;
    Provenance m_provenance;
    ReportOptions m_options;
    const ReportChartRenderer* m_charts;
    std::optional<Ranking> m_ranking;
    std::optional<DecisionStatus> m_decision;
};

} // namespace sos
