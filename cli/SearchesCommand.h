// SPDX-License-Identifier: GPL-3.0-or-later
// searches: the saved searches, shared with the window's Saved list; `tools --saved NAME` runs one.
#pragma once

#include "Command.h"

namespace sos {

class SearchesCommand final : public Command
{
public:
    SearchesCommand();
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Store& store, QTextStream& out,
            QTextStream& err) const override;
};

} // namespace sos
