// SPDX-License-Identifier: GPL-3.0-or-later
// The File menu's report actions: export the current comparison as PDF, HTML or CSV, export every open
// comparison into a folder with a progress bar, print and print preview. Each report leads with the
// ranking under the default criteria profile and the comparison's latest decision.
#pragma once

#include "ReportCharts.h"
#include <report/Report.h>

#include <QObject>

class QWidget;

namespace sos {

class Settings;

class ReportExporter final : public QObject
{
    Q_OBJECT

public:
    ReportExporter(const Store& store, Settings& settings, QWidget* window);

    // Asks for a file (and, for PDF, the report options), writes it, and says how it went.
    void exportOne(const ComparisonModel& model, ReportFormat format);
    void exportAll(const QList<const ComparisonModel*>& models);
    void print(const ComparisonModel& model);
    void printPreview(const ComparisonModel& model);

    ReportOptions options() const;
    // Shows the options (charts, scorecards, history, page size); false when cancelled.
    bool askOptions(bool withPageSize);
    // For tests: take the stored options without showing the dialog.
    static void setAskForOptions(bool ask);

Q_SIGNALS:
    void message(const QString& text);

private:
    Report report(const ComparisonModel& model, const ReportOptions& reportOptions) const;
    Result<void> write(const ComparisonModel& model, ReportFormat format, const QString& path) const;

    const Store& m_store;
    Settings& m_settings;
    QWidget* m_window;
    ChartsReportRenderer m_charts;
};

} // namespace sos
