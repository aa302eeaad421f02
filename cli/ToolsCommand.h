// SPDX-License-Identifier: GPL-3.0-or-later
// tools: the catalog's tools, filtered and sorted, as a table or JSON.
#pragma once

#include "Command.h"
#include <store/SearchQuery.h>

namespace sos {

// A query's error as the command line prints it: the message, then the query with carets under the
// place.
QString queryErrorText(const QString& text, const QueryError& error);

class ToolsCommand final : public Command
{
public:
    ToolsCommand();
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Store& store, QTextStream& out,
            QTextStream& err) const override;
};

} // namespace sos
