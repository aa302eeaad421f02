// SPDX-License-Identifier: GPL-3.0-or-later
// watch: the tools and comparisons whose changes matter to you (changes --watched, the window's badge).
#pragma once

#include "Command.h"

namespace sos {

class WatchCommand final : public Command
{
public:
    WatchCommand();
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Store& store, QTextStream& out,
            QTextStream& err) const override;
};

} // namespace sos
