// SPDX-License-Identifier: GPL-3.0-or-later
// A comparison as show and compare print it: side by side as text, or as JSON.
#pragma once

#include <base/Result.h>
#include <comparison/ComparisonModel.h>

class QTextStream;

namespace sos {

void printComparison(const ComparisonModel& model, QTextStream& out);

// The comparison as text or JSON, or why it could not be loaded; returns a CliExit.
int printComparisonResult(const Result<ComparisonModel>& model, bool json, QTextStream& out,
                          QTextStream& err);

} // namespace sos
