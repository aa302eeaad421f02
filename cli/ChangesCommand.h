// SPDX-License-Identifier: GPL-3.0-or-later
// changes: what the syncs changed (the change log), newest sync first; for a cron job to mail.
#pragma once

#include "Command.h"

namespace sos {

class ChangesCommand final : public Command
{
public:
    ChangesCommand();
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Store& store, QTextStream& out,
            QTextStream& err) const override;
};

} // namespace sos
