// SPDX-License-Identifier: GPL-3.0-or-later
// The real shiporskip-feed for tests: its commands on a database, and the server itself on 127.0.0.1
// with a random port.
#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

namespace sos::test {

class ServerProcess
{
public:
    explicit ServerProcess(QString db)
        : m_db(std::move(db))
    {}
    ~ServerProcess() { stop(); }

    // Runs a shiporskip-feed command (import, token ...) and returns what it printed.
    QString command(const QStringList& arguments, int* exitCode = nullptr) const
    {
        QProcess process;
        process.start(QStringLiteral(SHIPORSKIP_FEED_PATH),
                      QStringList{QStringLiteral("--db"), m_db} + arguments);
        process.waitForFinished(60000);
        if (exitCode)
            *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }

    // Starts serving; returns the base URL ("http://127.0.0.1:PORT/"), empty on failure.
    QUrl start(const QStringList& extraArguments = {})
    {
        stop();
        m_server.start(QStringLiteral(SHIPORSKIP_FEED_PATH),
                       QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--listen"),
                                   QStringLiteral("127.0.0.1:0")} +
                           extraArguments);
        if (!m_server.waitForStarted(20000))
            return {};
        for (int i = 0; i < 200 && !m_server.canReadLine(); ++i)
            m_server.waitForReadyRead(100);
        const QString line = QString::fromUtf8(m_server.readLine());
        const auto match = QRegularExpression(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/")).match(line);
        if (!match.hasMatch())
            return {};
        m_base = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(match.captured(1)));
        return m_base;
    }

    void stop()
    {
        if (m_server.state() == QProcess::NotRunning)
            return;
        m_server.terminate();
        if (!m_server.waitForFinished(10000))
            m_server.kill();
    }

    QUrl base() const { return m_base; }

private:
    QString m_db;
    QProcess m_server;
    QUrl m_base;
};

} // namespace sos::test
