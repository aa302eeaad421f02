// SPDX-License-Identifier: GPL-3.0-or-later
// A real nginx for tests, in front of several shiporskip-feed instances: Debian's /usr/sbin/nginx with a
// configuration written into a temporary folder (its pid file, logs and temporary files there too),
// listening on 127.0.0.1 with a free port, stopped when the object goes. start() says why when nginx
// cannot run here, for a QSKIP.
//
// Which requests nginx passes on to the next instance when one fails (proxy_next_upstream): any request
// whose instance could not be reached, timed out or answered 503. For the writes too: every POST of the
// protocol carries an Idempotency-Key, and the database stores a write's answer under its key in the
// write's own transaction, so the same request sent again to another instance is either the first to
// land or gets the answer of the one that landed; and a 503 from an instance wrote nothing. Tests of
// the clients' own retries can have nginx pass on only the reads (Writes::AnswerFailed): a write cut off
// with its instance is answered 502, and the client sends it again.
#pragma once

#include "PostgresServer.h"

#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <unistd.h>

namespace sos::test {

class NginxServer
{
public:
    static constexpr const char* program = "/usr/sbin/nginx";
    enum class Writes
    {
        PassOn,
        AnswerFailed
    };

    NginxServer() = default;
    ~NginxServer() { stop(); }
    NginxServer(const NginxServer&) = delete;
    NginxServer& operator=(const NginxServer&) = delete;

    // Starts nginx with an upstream of the instances at these base URLs (on 127.0.0.1); an empty string
    // on success, else why it cannot run here.
    QString start(const QList<QUrl>& instances, Writes writes = Writes::PassOn)
    {
        if (!QFile::exists(QLatin1String(program)))
            return QStringLiteral(
                       "nginx is not installed (%1 is missing): scripts/setup installs nginx-light")
                .arg(QLatin1String(program));
        if (!m_dir.isValid())
            return QStringLiteral("No temporary folder for nginx.");
        // As root, nginx's workers run as nobody: they must be able to enter the folder of their
        // temporary files (the master makes those and gives them to the workers' user).
        if (!QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                     QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                     QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                                     QFileDevice::ExeGroup))
            return QStringLiteral("Cannot open %1 to nginx's workers.").arg(m_dir.path());
        QString why;
        for (int attempt = 0; attempt < 5; ++attempt) {
            m_port = PostgresServer::freePort();
            if (!writeConfig(instances, writes))
                return QStringLiteral("Cannot write nginx's configuration into %1.").arg(m_dir.path());
            why = launch();
            if (why.isEmpty())
                return {};
        }
        return why;
    }

    QUrl base() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port)); }

    // The access log so far: one line a request, "METHOD PATH STATUS UPSTREAMS UPSTREAM_STATUSES", where
    // the upstreams are every instance tried for it, in order, separated by commas.
    QByteArray accessLog() const
    {
        QFile log(m_dir.filePath(QStringLiteral("access.log")));
        return log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate(); // SIGTERM: nginx's fast shutdown
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }

private:
    bool writeConfig(const QList<QUrl>& instances, Writes writes) const
    {
        QByteArray servers;
        for (const QUrl& instance : instances)
            // A refused connection takes an instance out for a second; nginx tries it again after that.
            servers += "        server 127.0.0.1:" + QByteArray::number(instance.port()) +
                       " max_fails=1 fail_timeout=1s;\n";
        const QByteArray dir = QFile::encodeName(m_dir.path());
        QByteArray config;
        config += "daemon off;\nmaster_process on;\nworker_processes 1;\n";
        if (geteuid() == 0)
            config += "user nobody nogroup;\n";
        config += "pid " + dir + "/nginx.pid;\n";
        config += "error_log " + dir + "/error.log warn;\n";
        config += "events { worker_connections 1024; }\n";
        config += "http {\n";
        config += "    log_format feed '$request_method $uri $status $upstream_addr $upstream_status';\n";
        config += "    access_log " + dir + "/access.log feed;\n";
        for (const char* temp : {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"})
            config += QByteArray("    ") + temp + "_temp_path " + dir + '/' + temp + ";\n";
        config += "    upstream feed {\n" + servers + "        keepalive 32;\n    }\n";
        config += "    server {\n";
        config += "        listen 127.0.0.1:" + QByteArray::number(m_port) + ";\n";
        config += "        location / {\n";
        config += "            proxy_pass http://feed;\n";
        config += "            proxy_http_version 1.1;\n";
        config += "            proxy_set_header Connection \"\";\n";
        config += "            proxy_connect_timeout 2s;\n";
        config += "            proxy_read_timeout 60s;\n";
        // The opening comment says why a POST may go to the next instance too.
        config += QByteArray("            proxy_next_upstream error timeout http_503") +
                  (writes == Writes::PassOn ? " non_idempotent;\n" : ";\n");
        config += "            proxy_next_upstream_tries " + QByteArray::number(instances.size()) + ";\n";
        config += "        }\n    }\n}\n";
        QFile file(m_dir.filePath(QStringLiteral("nginx.conf")));
        return file.open(QIODevice::WriteOnly) && file.write(config) == config.size();
    }

    // Runs nginx and waits until it accepts connections; empty on success, else what it said.
    QString launch()
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QLatin1String(program),
                        {QStringLiteral("-p"), m_dir.path(), QStringLiteral("-c"),
                         m_dir.filePath(QStringLiteral("nginx.conf")), QStringLiteral("-e"),
                         m_dir.filePath(QStringLiteral("error.log"))});
        if (!m_process.waitForStarted(10000))
            return QStringLiteral("nginx did not start: %1").arg(m_process.errorString());
        for (int i = 0; i < 100 && m_process.state() == QProcess::Running; ++i) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(m_port));
            if (probe.waitForConnected(100))
                return {};
            QThread::msleep(50);
        }
        QFile log(m_dir.filePath(QStringLiteral("error.log")));
        (void)log.open(QIODevice::ReadOnly);
        const QString said = QString::fromUtf8(m_process.readAll() + log.readAll()).trimmed();
        stop();
        return QStringLiteral("nginx did not start: %1").arg(said);
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};

} // namespace sos::test
