// SPDX-License-Identifier: GPL-3.0-or-later
// sync: sends the votes waiting in the store to a feed and brings its changes in.
#pragma once

#include "Command.h"

namespace sos {

class TokenStore;

class SyncCommand final : public Command
{
public:
    // tokens: where the feed's token is kept when $SHIPORSKIP_TOKEN gives none.
    explicit SyncCommand(TokenStore& tokens);
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Store& store, QTextStream& out,
            QTextStream& err) const override;

private:
    TokenStore& m_tokens;
};

} // namespace sos
