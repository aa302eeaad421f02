// SPDX-License-Identifier: GPL-3.0-or-later
// feed export: the whole catalog as a static feed, a folder any web server can serve.
#pragma once

#include "Command.h"

namespace sos {

class FeedCommand final : public Command
{
public:
    FeedCommand();
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Store& store, QTextStream& out,
            QTextStream& err) const override;
};

} // namespace sos
