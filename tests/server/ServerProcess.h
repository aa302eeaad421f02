// SPDX-License-Identifier: GPL-3.0-or-later
// The real shiporskip-feed for tests: its commands on a database, and the server itself on 127.0.0.1
// with a random port.
#pragma once

#include "../TestSupport.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

#include <functional>

namespace sos::test {

// An upstream change to the bundled catalog: the first tool gets a new tagline, and one comparison is
// deleted. Written to path as a feed document, ready for "shiporskip-feed import".
inline bool writeUpstreamChange(const QString& path, const QString& tagline)
{
    FeedDocument change;
    change.feedId = QStringLiteral("shiporskip-bundled");
    change.generatedAt = QDateTime::currentDateTimeUtc();
    Tool tool = bundledFeed().tools.first();
    tool.tagline = tagline;
    tool.updatedAt = QDateTime::currentDateTimeUtc();
    change.tools = {tool};
    change.tombstones = {Tombstone{Tombstone::Kind::Comparison,
                                   QStringLiteral("code-llama-4-vs-mistral-3b-edge"),
                                   QDateTime::currentDateTimeUtc()}};
    QFile file(path);
    const QByteArray bytes = QJsonDocument(FeedWriter::toJson(change)).toJson();
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The bundled catalog revised upstream, as the change log's tests serve it: the Buyer's verdict on
// Mistral 4B Edge flipped (4 of 4 ship becomes 3 of 4), Mistral Medium 3.2's pricing turned the other way
// with pricingNote, and "Gemma 3n vs Code Llama 4" published.
inline FeedDocument revisedBundledFeed(const QString& pricingNote)
{
    const FeedDocument bundled = bundledFeed();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    FeedDocument revised;
    revised.feedId = bundled.feedId;
    revised.generatedAt = now;
    for (Review review : bundled.reviews) {
        if (review.toolId == QLatin1String("mistral-4b-edge") && review.lensId == QLatin1String("buyer")) {
            review.verdict = review.verdict == Verdict::Ship ? Verdict::Skip : Verdict::Ship;
            review.updatedAt = now;
            revised.reviews << review;
        }
    }
    for (Tool tool : bundled.tools) {
        if (tool.id == QLatin1String("mistral-medium-3-2")) {
            tool.pricing = tool.pricing == Pricing::Free ? Pricing::Paid : Pricing::Free;
            tool.pricingNote = pricingNote;
            tool.updatedAt = now;
            revised.tools << tool;
        }
    }
    revised.comparisons << Comparison{QStringLiteral("gemma-3n-vs-code-llama-4"),
                                      QStringLiteral("Gemma 3n vs Code Llama 4"),
                                      {QStringLiteral("gemma-3n"), QStringLiteral("code-llama-4")},
                                      now};
    return revised;
}

// Runs statement on a connection of the driver, set up by configure, as another client of the
// server's database would, and returns the first column of the first row (invalid when none).
inline QVariant firstValue(const QString& driver, const std::function<void(QSqlDatabase&)>& configure,
                           const QString& statement)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, QStringLiteral("peek"));
        configure(db);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(statement) && query.next())
                value = query.value(0);
            else if (query.lastError().isValid())
                qWarning().noquote() << statement << query.lastError().text();
        } else {
            qWarning().noquote() << db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return value;
}

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
        const int code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        if (exitCode)
            *exitCode = code;
        if (code != 0)
            qWarning().noquote() << "shiporskip-feed" << arguments.join(u' ')
                                 << "failed:" << process.readAllStandardError();
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }

    // Imports a feed document, written to path first; true when the import succeeded.
    bool importDocument(const FeedDocument& document, const QString& path) const
    {
        QFile file(path);
        const QByteArray bytes = QJsonDocument(FeedWriter::toJson(document)).toJson();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return false;
        file.close();
        int exitCode = -1;
        command({QStringLiteral("import"), path}, &exitCode);
        return exitCode == 0;
    }

    // Imports the bundled catalog and starts serving it; the base URL, empty on failure.
    QUrl startBundled()
    {
        int exitCode = -1;
        command({QStringLiteral("import"),
                 QStringLiteral(SHIPORSKIP_SOURCE_DIR) + QStringLiteral("/resources/feed/bundled-feed.json")},
                &exitCode);
        return exitCode == 0 ? start() : QUrl();
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

    // Ends the server at once (SIGKILL), as a crash or the kernel's out-of-memory killer would: no
    // answer finished, no connection closed by the server itself.
    void kill()
    {
        m_server.kill();
        m_server.waitForFinished(10000);
    }
    bool running() const { return m_server.state() != QProcess::NotRunning; }

    QUrl base() const { return m_base; }
    // What the server printed so far (its log), both channels.
    QByteArray output()
    {
        m_server.waitForReadyRead(200);
        return m_server.readAllStandardOutput() + m_server.readAllStandardError();
    }

private:
    QString m_db;
    QProcess m_server;
    QUrl m_base;
};

} // namespace sos::test
