// SPDX-License-Identifier: GPL-3.0-or-later
// A real PostgreSQL 15 for tests: Debian's server from /usr/lib/postgresql/15/bin, initdb into a
// temporary folder, listening on 127.0.0.1 with a free port (and its socket in that folder), stopped
// when the object goes. PostgreSQL refuses to run as root: as root, initdb and the server run as
// nobody (setpriv), the folder given to that user. start() says why when it cannot, for a QSKIP.
#pragma once

#include "ServerProcess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

namespace sos::test {

class PostgresServer
{
public:
    static constexpr const char* binaries = "/usr/lib/postgresql/15/bin";
    static constexpr const char* user = "feed"; // the database superuser initdb makes

    PostgresServer() = default;
    ~PostgresServer() { stop(); }
    PostgresServer(const PostgresServer&) = delete;
    PostgresServer& operator=(const PostgresServer&) = delete;

    // Starts the server; an empty string on success, else why it cannot run here.
    QString start()
    {
        if (!QFile::exists(QStringLiteral("%1/initdb").arg(QLatin1String(binaries))))
            return QStringLiteral("PostgreSQL 15 is not installed (%1/initdb is missing): scripts/setup "
                                  "installs postgresql-15")
                .arg(QLatin1String(binaries));
        if (!m_dir.isValid())
            return QStringLiteral("No temporary folder for PostgreSQL's data.");
        if (geteuid() == 0) {
            // PostgreSQL refuses root: run it as nobody, in a folder of nobody's.
            const passwd* nobody = getpwnam("nobody");
            if (!nobody || !QFile::exists(QStringLiteral("/usr/bin/setpriv")))
                return QStringLiteral("Running as root with no way to run PostgreSQL as another user (no "
                                      "\"nobody\" user or no /usr/bin/setpriv).");
            if (chown(QFile::encodeName(m_dir.path()).constData(), nobody->pw_uid, nobody->pw_gid) != 0)
                return QStringLiteral("Cannot give %1 to the nobody user.").arg(m_dir.path());
            m_prefix = {QStringLiteral("/usr/bin/setpriv"), QStringLiteral("--reuid=nobody"),
                        QStringLiteral("--regid=nogroup"), QStringLiteral("--clear-groups")};
        }
        QString output;
        if (!run(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-A"), QStringLiteral("trust"),
                  QStringLiteral("-U"), QLatin1String(user), QStringLiteral("-E"), QStringLiteral("UTF8"),
                  QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")},
                 &output))
            return QStringLiteral("initdb failed: %1").arg(output);
        for (int attempt = 0; attempt < 5; ++attempt) {
            m_port = freePort();
            if (launch(&output))
                return {};
        }
        QFile log(m_dir.filePath(QStringLiteral("server.log")));
        (void)log.open(QIODevice::ReadOnly);
        return QStringLiteral("PostgreSQL did not start: %1 %2")
            .arg(output, QString::fromUtf8(log.readAll()));
    }

    // Makes a database; true when it was made.
    bool createDatabase(const QString& name)
    {
        QString output;
        const bool made = run(QStringLiteral("createdb"),
                              {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                               QString::number(m_port), QStringLiteral("-U"), QLatin1String(user), name},
                              &output);
        if (!made)
            qWarning().noquote() << "createdb failed:" << output;
        return made;
    }

    // The URL shiporskip-feed's --db takes for one of its databases.
    QString url(const QString& database) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
            .arg(QLatin1String(user))
            .arg(m_port)
            .arg(database);
    }
    int port() const { return m_port; }

    // The first column of the first row of statement, run on one of its databases (firstValue).
    QVariant firstValue(const QString& database, const QString& statement) const
    {
        return sos::test::firstValue(
            QStringLiteral("QPSQL"),
            [&](QSqlDatabase& db) {
                db.setHostName(QStringLiteral("127.0.0.1"));
                db.setPort(m_port);
                db.setUserName(QLatin1String(user));
                db.setDatabaseName(database);
            },
            statement);
    }

    // Starts the stopped server again, on the same port; true when it runs.
    bool restart()
    {
        QString output;
        const bool started = launch(&output);
        if (!started)
            qWarning().noquote() << "pg_ctl start failed:" << output;
        return started;
    }

    void stop()
    {
        if (!m_running)
            return;
        m_running = false;
        QString output;
        if (!run(QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("fast"),
                  QStringLiteral("-w"), QStringLiteral("stop")},
                 &output))
            qWarning().noquote() << "pg_ctl stop failed:" << output;
    }

    // A port nothing listens on now.
    static int freePort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return 0;
        return probe.serverPort();
    }

private:
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    bool launch(QString* output)
    {
        // Durability is of no use to a test: no fsync, no waiting for the log at commit.
        const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                               "-c synchronous_commit=off -c full_page_writes=off "
                                               "-c max_connections=100")
                                    .arg(m_port)
                                    .arg(m_dir.path());
        m_running =
            run(QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), dataDir(), QStringLiteral("-o"), options, QStringLiteral("-l"),
                 m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("start")},
                output);
        return m_running;
    }

    // Runs one of PostgreSQL's programs (as nobody when this is root); true when it exits with 0.
    bool run(const QString& program, const QStringList& arguments, QString* output) const
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setWorkingDirectory(m_dir.path());
        const QString path = QStringLiteral("%1/%2").arg(QLatin1String(binaries), program);
        if (m_prefix.isEmpty())
            process.start(path, arguments);
        else
            process.start(m_prefix.first(), m_prefix.mid(1) + QStringList{path} + arguments);
        const bool finished = process.waitForFinished(120000);
        *output = QString::fromUtf8(process.readAll()).trimmed();
        return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    QTemporaryDir m_dir;
    QStringList m_prefix;
    int m_port = 0;
    bool m_running = false;
};

} // namespace sos::test
