// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sos {

// Where the database lives: the --db option, else $SHIPORSKIP_DB, else the platform's app data folder.
QString resolveDatabasePath(const QString& commandLineValue);

// Sets the organisation and application names that QSettings and QStandardPaths use.
void setApplicationIdentity();

} // namespace sos
