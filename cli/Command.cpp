// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include "CliOutput.h"

namespace sos {

QString Command::summary() const
{
    return Cli::tr(m_summary);
}

QCommandLineOption Command::jsonOption()
{
    return {QStringLiteral("json"), Cli::tr("Print JSON instead of text.")};
}

} // namespace sos
