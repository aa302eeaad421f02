// SPDX-License-Identifier: GPL-3.0-or-later
// shiporskip-cli: the catalog without a window. Commands, options and JSON field names are a
// contract that users' scripts rely on: add to them, never rename.
#pragma once

#include <QStringList>

class QTextStream;

namespace sos {

class ReportChartRenderer;
class TokenStore;

// What the commands work with besides the store, given by the executable (or a test): the chart
// renderer needs Qt Charts, which lives with the widgets; the feed tokens are the system keychain's
// unless a test gives its own.
struct CliServices
{
    const ReportChartRenderer* charts = nullptr; // none: reports without charts
    TokenStore* tokens = nullptr;                // none: the system keychain
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
