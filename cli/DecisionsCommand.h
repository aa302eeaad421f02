// SPDX-License-Identifier: GPL-3.0-or-later
// decisions: the recorded decisions, newest first, each with what changed in its evidence since.
#pragma once

#include "Command.h"

namespace sos {

class DecisionsCommand final : public Command
{
public:
    DecisionsCommand();
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Store& store, QTextStream& out,
            QTextStream& err) const override;
};

} // namespace sos
