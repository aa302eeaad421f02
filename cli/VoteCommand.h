// SPDX-License-Identifier: GPL-3.0-or-later
// vote: your vote in a comparison, kept in the store until the next sync sends it.
#pragma once

#include "Command.h"

namespace sos {

class VoteCommand final : public Command
{
public:
    VoteCommand();
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Store& store, QTextStream& out,
            QTextStream& err) const override;
};

} // namespace sos
