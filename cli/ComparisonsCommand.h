// SPDX-License-Identifier: GPL-3.0-or-later
// comparisons: the published comparisons, with their tools and votes.
#pragma once

#include "Command.h"

namespace sos {

class ComparisonsCommand final : public Command
{
public:
    ComparisonsCommand();
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Store& store, QTextStream& out,
            QTextStream& err) const override;
};

} // namespace sos
