// SPDX-License-Identifier: GPL-3.0-or-later
// The real shiporskip-cli run on a store file, without a keychain (a sync reads the feed's public side
// and says so on standard error): what it printed and how it exited.
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QtDebug>

namespace sos::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QString text() const { return QString::fromUtf8(out); }
    QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
};

inline CliRun runCliOn(const QString& db, const QStringList& arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.remove(QStringLiteral("SHIPORSKIP_TOKEN"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SHIPORSKIP_CLI_PATH), QStringList{QStringLiteral("--db"), db} + arguments);
    if (!process.waitForFinished(120000))
        qWarning() << "shiporskip-cli did not finish" << arguments;
    return CliRun{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                  process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace sos::test
