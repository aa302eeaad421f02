// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace sos {

QString resolveDatabasePath(const QString& commandLineValue)
{
    if (!commandLineValue.isEmpty())
        return commandLineValue;
    const QString fromEnvironment = qEnvironmentVariable("SHIPORSKIP_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("shiporskip.db"));
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ShipOrSkip"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("shiporskip.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("ShipOrSkip"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHIPORSKIP_VERSION));
}

} // namespace sos
