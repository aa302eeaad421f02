// SPDX-License-Identifier: GPL-3.0-or-later
// token set|clear: keeps a feed's token in the system keychain, read from standard input (never from
// the command line, where other users could see it).
#pragma once

#include "Command.h"

namespace sos {

class TokenStore;

class TokenCommand final : public Command
{
public:
    explicit TokenCommand(TokenStore& tokens);
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Store& store, QTextStream& out,
            QTextStream& err) const override;

private:
    TokenStore& m_tokens;
};

} // namespace sos
