// SPDX-License-Identifier: GPL-3.0-or-later
// show: one tool or comparison in full, found by name, title or id.
#pragma once

#include "Command.h"

namespace sos {

class ShowCommand final : public Command
{
public:
    ShowCommand();
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Store& store, QTextStream& out,
            QTextStream& err) const override;
};

} // namespace sos
