// SPDX-License-Identifier: GPL-3.0-or-later
// compare: two to four tools side by side, as the comparison view shows them.
#pragma once

#include "Command.h"

namespace sos {

class CompareCommand final : public Command
{
public:
    CompareCommand();
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Store& store, QTextStream& out,
            QTextStream& err) const override;
};

} // namespace sos
