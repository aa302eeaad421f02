// SPDX-License-Identifier: GPL-3.0-or-later
// profile save|list|remove: the team's criteria profiles, kept in the store by name.
#pragma once

#include "Command.h"

namespace sos {

class ProfileCommand final : public Command
{
public:
    ProfileCommand();
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Store& store, QTextStream& out,
            QTextStream& err) const override;

private:
    static int save(const QCommandLineParser& parser, Store& store, const QString& name, QTextStream& out,
                    QTextStream& err);
    static int list(const QCommandLineParser& parser, const Store& store, QTextStream& out);
    static int remove(Store& store, const QString& name, QTextStream& out, QTextStream& err);
};

} // namespace sos
