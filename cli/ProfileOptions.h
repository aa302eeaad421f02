// SPDX-License-Identifier: GPL-3.0-or-later
// The options that shape a criteria profile on the command line (--weights, --require, --community),
// shared by rank and profile save so that both read them the same way, through ProfileInput.
#pragma once

#include <base/Result.h>
#include <domain/Decision.h>

class QCommandLineParser;

namespace sos {

class Store;

void addProfileOptions(QCommandLineParser& parser);

// base with the weights, must-haves and community weight given on the command line applied over it;
// the first mistake (an unknown lens or field, a weight out of range, a must-have no tool meets) is
// the error, with ProfileInput's suggestion.
Result<CriteriaProfile> applyProfileOptions(const Store& store, CriteriaProfile base,
                                            const QCommandLineParser& parser);

// Whether any of those options was given.
bool hasProfileOptions(const QCommandLineParser& parser);

// The profile named by --profile (a saved one or the built-in equal weights), else the default.
Result<CriteriaProfile> chosenProfile(const Store& store, const QCommandLineParser& parser);

} // namespace sos
