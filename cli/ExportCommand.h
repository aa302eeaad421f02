// SPDX-License-Identifier: GPL-3.0-or-later
// export: a comparison's report as PDF, HTML or CSV (led by the ranking under a profile and the
// comparison's decision), or every comparison's into a folder.
#pragma once

#include "Command.h"

namespace sos {

class ReportChartRenderer;

class ExportCommand final : public Command
{
public:
    // charts: draws the report's charts; none leaves them out.
    explicit ExportCommand(const ReportChartRenderer* charts);
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Store& store, QTextStream& out,
            QTextStream& err) const override;

private:
    const ReportChartRenderer* m_charts;
};

} // namespace sos
