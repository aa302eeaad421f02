// SPDX-License-Identifier: GPL-3.0-or-later
// shortlist: the tools put aside to compare, shared with the window's Shortlist.
#pragma once

#include "Command.h"

namespace sos {

class ShortlistCommand final : public Command
{
public:
    ShortlistCommand();
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Store& store, QTextStream& out,
            QTextStream& err) const override;
};

} // namespace sos
