// SPDX-License-Identifier: GPL-3.0-or-later
// tools: the catalog's tools, filtered and sorted, as a table or JSON.
#pragma once

#include "Command.h"

namespace sos {

class ToolsCommand final : public Command
{
public:
    ToolsCommand();
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Store& store, QTextStream& out,
            QTextStream& err) const override;
};

} // namespace sos
