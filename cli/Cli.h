// SPDX-License-Identifier: GPL-3.0-or-later
// shiporskip-cli: the catalog without a window. Commands, options and JSON field names are a
// contract that users' scripts rely on: add to them, never rename.
#pragma once

#include <QStringList>

class QTextStream;

namespace sos {

class ReportChartRenderer;

// What the executable provides that the core library cannot: the chart renderer needs Qt Charts,
// which lives with the widgets.
struct CliServices
{
    const ReportChartRenderer* charts = nullptr;
};

enum CliExit
{
    ExitOk = 0,
    ExitFailure = 1, // the command was understood but could not be done (missing tool, bad database)
    ExitUsage = 2,   // the command line itself is wrong
};

// Runs one command; arguments[0] is the program name. Output goes to out, messages to err.
int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err,
           const CliServices& services = {});

} // namespace sos
