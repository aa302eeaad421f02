// SPDX-License-Identifier: GPL-3.0-or-later
// decide: records the choice of a tool in a comparison, with who chose, why, and the evidence then.
#pragma once

#include "Command.h"

namespace sos {

class DecideCommand final : public Command
{
public:
    DecideCommand();
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Store& store, QTextStream& out,
            QTextStream& err) const override;
};

} // namespace sos
