// SPDX-License-Identifier: GPL-3.0-or-later
// rank: a comparison's tools (or any two to four tools) ranked under a criteria profile, with the
// reasons and what would change the top.
#pragma once

#include "Command.h"

namespace sos {

class RankCommand final : public Command
{
public:
    RankCommand();
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Store& store, QTextStream& out,
            QTextStream& err) const override;
};

} // namespace sos
