// SPDX-License-Identifier: GPL-3.0-or-later
// The facet and sort options that `tools` runs a search with and `searches save` keeps with one:
// --category, --pricing, --license, --deployment, --verdict, --sort, --descending.
#pragma once

#include <base/Result.h>
#include <store/ToolQuery.h>

class QCommandLineParser;

namespace sos {

void addQueryOptions(QCommandLineParser& parser);

// Whether any of those options is on the command line.
bool hasQueryOptions(const QCommandLineParser& parser);

// Adds the facet values given to query's (a value it already has is not repeated); a --sort given
// replaces its sort, and its direction is then --descending's; --descending alone reverses it. A value
// that is not one (--pricing cheap, --sort size) is an error to report as a usage error.
Result<void> applyQueryOptions(const QCommandLineParser& parser, ToolQuery& query);

} // namespace sos
