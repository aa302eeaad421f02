// SPDX-License-Identifier: GPL-3.0-or-later
// shiporskip-feed on PostgreSQL (issue #20): a bad --db, a server that cannot be reached, the schema's
// migrations, pages byte for byte those of the SQLite backend, and several instances on one database:
// the same idempotency key sent to two of them at once counts once, a reader paging with the cursor
// while instances write misses no change, and behind nginx an instance killed under a vote load loses
// no vote. A real PostgreSQL 15 started by the test (PostgresServer.h), a real nginx (NginxServer.h),
// the real binary (ServerProcess.h), everything on 127.0.0.1.
#include "../TestSupport.h"
#include "NginxServer.h"
#include "PostgresServer.h"
#include "ServerProcess.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

using namespace sos;
using namespace sos::test;

namespace {

const QString comparisonId = QStringLiteral("gemma-3n-vs-mistral-medium-3-2");
const QString bundledPath = QStringLiteral(SHIPORSKIP_SOURCE_DIR "/resources/feed/bundled-feed.json");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs shiporskip-feed with these arguments to its end.
Run feed(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(SHIPORSKIP_FEED_PATH), arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    run.err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return run;
}

// A page's bytes with the server's own times blanked (when it was made, when a deletion was seen):
// two servers serving the same changes compare equal.
QByteArray withoutServerTimes(QByteArray page)
{
    static const QRegularExpression times(QStringLiteral("\"(generatedAt|deletedAt)\":\"[^\"]*\""));
    return QString::fromUtf8(page).replace(times, QStringLiteral("\"\\1\":\"\"")).toUtf8();
}

// The first line where two page listings differ, both versions, for a failure's message.
QByteArray firstDifference(const QByteArray& left, const QByteArray& right)
{
    const QList<QByteArray> a = left.split('\n');
    const QList<QByteArray> b = right.split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        if (a.value(i) != b.value(i))
            return "page " + QByteArray::number(i + 1) + ":\n" + a.value(i) + "\n" + b.value(i);
    }
    return {};
}

} // namespace

class TestFeedPostgres : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PostgresServer m_postgres;
    QString m_whyNoPostgres; // empty when the server runs
    int m_databases = 0;
    QNetworkAccessManager m_network;

    // A new, empty database on the test's server; its URL.
    QString newDatabase()
    {
        const QString name = QStringLiteral("feed%1").arg(++m_databases);
        return m_postgres.createDatabase(name) ? m_postgres.url(name) : QString();
    }

    QVariant sql(const QString& database, const QString& statement)
    {
        return m_postgres.firstValue(database, statement);
    }

    QNetworkReply* post(const QUrl& base, const QString& path, const QByteArray& body,
                        const QByteArray& token, const QByteArray& key)
    {
        QNetworkRequest request(base.resolved(QUrl(path)));
        request.setTransferTimeout(60000);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        request.setRawHeader("Authorization", "Bearer " + token);
        request.setRawHeader("Idempotency-Key", key);
        return m_network.post(request, body);
    }

    QByteArray get(const QUrl& base, const QString& path, int* status = nullptr)
    {
        QNetworkRequest request(base.resolved(QUrl(path)));
        request.setTransferTimeout(60000);
        QNetworkReply* reply = m_network.get(request);
        waitFor({reply});
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    }

    // Waits until every reply has finished (or a minute has gone by).
    static void waitFor(const QList<QNetworkReply*>& replies)
    {
        QEventLoop loop;
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        timeout.start(60000);
        for (QNetworkReply* reply : replies) {
            if (reply->isFinished())
                continue;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&loop, &replies] {
                if (std::all_of(replies.begin(), replies.end(),
                                [](QNetworkReply* r) { return r->isFinished(); }))
                    loop.quit();
            });
        }
        if (!std::all_of(replies.begin(), replies.end(), [](QNetworkReply* r) { return r->isFinished(); }))
            loop.exec();
    }

    // Every page from the start, as sent (server times blanked), one a line.
    QByteArray wholeFeed(const QUrl& base, int limit)
    {
        QByteArray bytes;
        QString path = QStringLiteral("/v1/feed.json?limit=%1").arg(limit);
        for (int guard = 0; guard < 1000 && !path.isEmpty(); ++guard) {
            int status = 0;
            const QByteArray page = get(base, path, &status);
            if (status != 200)
                return {};
            bytes += withoutServerTimes(page) + '\n';
            const QJsonObject json = QJsonDocument::fromJson(page).object();
            path = json.value("hasMore").toBool() ? json.value("next").toString() : QString();
        }
        return bytes;
    }

    // Issues tokens for count users of a database; their tokens.
    QList<QByteArray> tokens(const QString& db, const QString& prefix, int count)
    {
        QList<QByteArray> list;
        for (int i = 0; i < count; ++i) {
            const Run issued = feed({"--db", db, "token", "issue", prefix + QString::number(i)});
            if (issued.exitCode != 0)
                return {};
            list << issued.out.toLatin1();
        }
        return list;
    }

private Q_SLOTS:
    void initTestCase() { m_whyNoPostgres = m_postgres.start(); }

    void cleanupTestCase() { m_postgres.stop(); }

    // A malformed URL is a usage error that shows the expected form; no server is needed to say so.
    void malformedUrlsShowTheExpectedForm_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no user") << "postgresql://127.0.0.1:5432/feed"
                                 << "names no user";
        QTest::newRow("no database") << "postgresql://feed@127.0.0.1:5432/"
                                     << "names no database";
        QTest::newRow("a path for a database") << "postgresql://feed@127.0.0.1:5432/a/b"
                                               << "names no database";
        QTest::newRow("no host") << "postgresql://feed@:5432/feed"
                                 << "names no host";
        QTest::newRow("port out of range") << "postgresql://feed@127.0.0.1:99999/feed"
                                           << "is not a PostgreSQL URL";
        QTest::newRow("not a URL") << "postgresql:feed"
                                   << "is not a PostgreSQL URL";
        QTest::newRow("another database") << "mysql://feed@127.0.0.1:3306/feed"
                                          << "is not a PostgreSQL URL";
        QTest::newRow("unknown option") << "postgresql://feed@127.0.0.1:5432/feed?password=x"
                                        << "option \"password\" is not one of";
        QTest::newRow("odd option value") << "postgresql://feed@127.0.0.1:5432/feed?sslmode=a%3Bb"
                                          << "unusable value";
    }

    void malformedUrlsShowTheExpectedForm()
    {
        QFETCH(QString, url);
        QFETCH(QString, problem);
        for (const QStringList& command :
             {QStringList{"token", "list"}, QStringList{"--listen", "127.0.0.1:0"}}) {
            const Run run = feed(QStringList{"--db", url} + command);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains("Expected postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE"),
                     qPrintable(run.err));
            QVERIFY2(run.err.contains(problem), qPrintable(run.err));
            QVERIFY(run.out.isEmpty());
        }
    }

    // Nothing listening where the URL points: a clear error and exit 1, for a command and for serving.
    void anUnreachableServerFailsAtStart()
    {
        const int port = PostgresServer::freePort();
        QVERIFY(port > 0);
        const QString url = QStringLiteral("postgresql://feed@127.0.0.1:%1/feed").arg(port);
        for (const QStringList& command :
             {QStringList{"token", "issue", "alice"}, QStringList{"--listen", "127.0.0.1:0"}}) {
            QElapsedTimer timer;
            timer.start();
            const Run run = feed(QStringList{"--db", url} + command);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QStringLiteral("Cannot reach PostgreSQL at 127.0.0.1:%1").arg(port)),
                     qPrintable(run.err));
            QVERIFY(!run.out.contains("serving"));
            QVERIFY(timer.elapsed() < 20000);
        }
    }

    // The migrations run once, in order, recorded in schema_version; instances starting together on a
    // new database take turns.
    void migrationsAreAppliedOnce()
    {
        if (!m_whyNoPostgres.isEmpty())
            QSKIP(qPrintable(m_whyNoPostgres));
        const QString db = newDatabase();
        QVERIFY(!db.isEmpty());
        QList<QProcess*> processes;
        for (int i = 0; i < 4; ++i) {
            auto* process = new QProcess(this);
            process->start(QStringLiteral(SHIPORSKIP_FEED_PATH), {"--db", db, "token", "list"});
            processes << process;
        }
        for (QProcess* process : processes) {
            QVERIFY(process->waitForFinished(60000));
            QCOMPARE(process->exitCode(), 0);
            QVERIFY2(process->readAllStandardError().isEmpty(), "no notices, no errors");
            delete process;
        }
        const QString name = db.section('/', -1);
        QCOMPARE(sql(name, "SELECT count(*) FROM schema_version").toInt(), 1);
        QCOMPARE(sql(name, "SELECT max(version) FROM schema_version").toInt(), 1);
        QCOMPARE(sql(name, "SELECT seq FROM change_counter").toInt(), 0);
        // A database of a newer schema is left alone.
        QVERIFY(sql(name, "INSERT INTO schema_version (version) VALUES (999) RETURNING version").isValid());
        const Run newer = feed({"--db", db, "token", "list"});
        QCOMPARE(newer.exitCode, 1);
        QVERIFY2(newer.err.contains("newer"), qPrintable(newer.err));
    }

    // The same documents imported into both backends: the same import reports and the same pages,
    // byte for byte but for the servers' own times, through updates and deletions that cascade.
    void pagesAreTheSqliteBackendsPages()
    {
        if (!m_whyNoPostgres.isEmpty())
            QSKIP(qPrintable(m_whyNoPostgres));
        const QString postgres = newDatabase();
        QVERIFY(!postgres.isEmpty());
        const QString sqlite = m_dir.filePath("parity.db");

        FeedDocument toolGone = emptyFeed();
        toolGone.feedId = QStringLiteral("shiporskip-bundled");
        toolGone.tombstones = {
            Tombstone{Tombstone::Kind::Tool, QStringLiteral("gemma-3n"), QDateTime::currentDateTimeUtc()}};
        const FeedDocument revised = revisedBundledFeed(QStringLiteral("A note on the new pricing."));
        QVERIFY(writeUpstreamChange(m_dir.filePath("change.json"), QStringLiteral("A newer tagline")));
        const auto save = [this](const QString& name, const FeedDocument& document) {
            QFile file(m_dir.filePath(name));
            const QByteArray bytes = QJsonDocument(FeedWriter::toJson(document)).toJson();
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
        };
        QVERIFY(save("revised.json", revised));
        QVERIFY(save("tool-gone.json", toolGone));

        ServerProcess onPostgres(postgres);
        ServerProcess onSqlite(sqlite);
        for (const QString& document : {bundledPath, bundledPath, m_dir.filePath("revised.json"),
                                        m_dir.filePath("change.json"), m_dir.filePath("tool-gone.json")}) {
            const Run intoPostgres = feed({"--db", postgres, "import", document});
            const Run intoSqlite = feed({"--db", sqlite, "import", document});
            QCOMPARE(intoPostgres.exitCode, 0);
            QCOMPARE(intoSqlite.exitCode, 0);
            QCOMPARE(intoPostgres.out, intoSqlite.out);

            const QUrl postgresBase = onPostgres.start();
            const QUrl sqliteBase = onSqlite.start();
            QVERIFY(postgresBase.isValid());
            QVERIFY(sqliteBase.isValid());
            for (const int limit : {1, 7, 1000}) {
                const QByteArray fromPostgres = wholeFeed(postgresBase, limit);
                const QByteArray fromSqlite = wholeFeed(sqliteBase, limit);
                QVERIFY(!fromPostgres.isEmpty());
                QVERIFY2(fromPostgres == fromSqlite,
                         qPrintable(document + ", limit " + QString::number(limit) + ", " +
                                    firstDifference(fromPostgres, fromSqlite)));
            }
            // Incremental reads from each cursor alike.
            QCOMPARE(wholeFeed(postgresBase, 1000).count('\n'), 1);
        }
        // A document referring to a tool neither has: refused by both in the same words, nothing applied
        // (not even its new tool, written before the reference failed).
        FeedDocument dangling = emptyFeed();
        dangling.feedId = QStringLiteral("shiporskip-bundled");
        Tool newTool = bundledFeed().tools.first();
        newTool.id = QStringLiteral("a-new-tool");
        newTool.updatedAt = QDateTime::currentDateTimeUtc();
        dangling.tools << newTool;
        dangling.comparisons << Comparison{QStringLiteral("x-vs-y"),
                                           QStringLiteral("X vs Y"),
                                           {QStringLiteral("gemma-3n"), QStringLiteral("cursor")},
                                           QDateTime::currentDateTimeUtc()};
        QVERIFY(save("dangling.json", dangling));
        const Run refusedByPostgres = feed({"--db", postgres, "import", m_dir.filePath("dangling.json")});
        const Run refusedBySqlite = feed({"--db", sqlite, "import", m_dir.filePath("dangling.json")});
        QCOMPARE(refusedByPostgres.exitCode, 1);
        QCOMPARE(refusedBySqlite.exitCode, 1);
        QVERIFY(refusedByPostgres.err.contains("\"gemma-3n\""));
        QCOMPARE(refusedByPostgres.err, refusedBySqlite.err);
        QCOMPARE(
            sql(postgres.section('/', -1), "SELECT count(*) FROM records WHERE id = 'a-new-tool'").toInt(),
            0);
        QCOMPARE(wholeFeed(onPostgres.base(), 1000), wholeFeed(onSqlite.base(), 1000));
    }

    // Two instances on one database, each request sent to both at once, twice: every key's write
    // happens once (the same bytes in all four answers, one set of tally changes) and every user's vote
    // counts once.
    void sameKeyOnTwoInstancesCountsOnce()
    {
        if (!m_whyNoPostgres.isEmpty())
            QSKIP(qPrintable(m_whyNoPostgres));
        const QString db = newDatabase();
        QVERIFY(!db.isEmpty());
        QCOMPARE(feed({"--db", db, "import", bundledPath}).exitCode, 0);
        const int users = 40;
        const QList<QByteArray> userTokens = tokens(db, QStringLiteral("voter"), users);
        QCOMPARE(userTokens.size(), users);
        ServerProcess first(db);
        ServerProcess second(db);
        const QUrl bases[] = {first.start(), second.start()};
        QVERIFY(bases[0].isValid());
        QVERIFY(bases[1].isValid());
        const QString name = db.section('/', -1);
        const qint64 seqBefore = sql(name, "SELECT seq FROM change_counter").toLongLong();

        QList<QNetworkReply*> replies;
        for (int user = 0; user < users; ++user) {
            const QString tool =
                user % 4 == 0 ? QStringLiteral("mistral-medium-3-2") : QStringLiteral("gemma-3n");
            const QByteArray body =
                QJsonDocument(QJsonObject{{"comparisonId", comparisonId}, {"toolId", tool}}).toJson();
            const QByteArray key = "same-key-" + QByteArray::number(user);
            for (int copy = 0; copy < 4; ++copy)
                replies << post(bases[copy % 2], "/v1/votes", body, userTokens.at(user), key);
        }
        waitFor(replies);
        for (int user = 0; user < users; ++user) {
            const QByteArray answer = replies.at(user * 4)->readAll();
            QCOMPARE(replies.at(user * 4)->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            for (int copy = 1; copy < 4; ++copy) {
                QNetworkReply* reply = replies.at(user * 4 + copy);
                QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
                QCOMPARE(reply->readAll(), answer);
            }
        }
        qDeleteAll(replies);

        // 30 for Gemma 3n, 10 for Mistral Medium; one recount of the comparison's two tallies per key.
        QCOMPARE(sql(name, "SELECT votes FROM tallies WHERE comparison_id = 'gemma-3n-vs-mistral-medium-3-2'"
                           " AND tool_id = 'gemma-3n'")
                     .toInt(),
                 30);
        QCOMPARE(sql(name, "SELECT votes FROM tallies WHERE comparison_id = 'gemma-3n-vs-mistral-medium-3-2'"
                           " AND tool_id = 'mistral-medium-3-2'")
                     .toInt(),
                 10);
        QCOMPARE(sql(name, "SELECT count(*) FROM idempotency").toInt(), users);
        QCOMPARE(sql(name, "SELECT seq FROM change_counter").toLongLong() - seqBefore, qint64(2 * users));
        // The feed says the same on both instances.
        QCOMPARE(wholeFeed(bases[0], 1000), wholeFeed(bases[1], 1000));
    }

    // PostgreSQL goes away under a serving instance and comes back: meanwhile every request is answered
    // 503 with the JSON error body, nothing is written, and then the same instance serves again, without
    // a restart; the vote retried with its key counts once.
    void aLostDatabaseIsAnswered503UntilItIsBack()
    {
        if (!m_whyNoPostgres.isEmpty())
            QSKIP(qPrintable(m_whyNoPostgres));
        const QString db = newDatabase();
        QVERIFY(!db.isEmpty());
        QCOMPARE(feed({"--db", db, "import", bundledPath}).exitCode, 0);
        const QByteArray token = tokens(db, QStringLiteral("steady"), 1).value(0);
        QVERIFY(!token.isEmpty());
        ServerProcess instance(db);
        const QUrl base = instance.start();
        QVERIFY(base.isValid());
        const auto vote = [&](const QByteArray& key, const QString& tool) {
            QNetworkReply* reply =
                post(base, "/v1/votes",
                     QJsonDocument(QJsonObject{{"comparisonId", comparisonId}, {"toolId", tool}}).toJson(),
                     token, key);
            waitFor({reply});
            const std::pair answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                                   QJsonDocument::fromJson(reply->readAll()).object()};
            reply->deleteLater();
            return answer;
        };
        QCOMPARE(vote("steady-key-1", "gemma-3n").first, 200);
        int status = 0;
        get(base, "/v1/feed.json", &status);
        QCOMPARE(status, 200);

        m_postgres.stop();
        for (int i = 0; i < 3; ++i) {
            const auto [votedStatus, votedBody] = vote("steady-key-2", "mistral-medium-3-2");
            QCOMPARE(votedStatus, 503);
            QCOMPARE(votedBody.value("error").toObject().value("code").toString(),
                     QStringLiteral("internal"));
            QVERIFY(!votedBody.value("error").toObject().value("message").toString().isEmpty());
            const QJsonObject page = QJsonDocument::fromJson(get(base, "/v1/feed.json", &status)).object();
            QCOMPARE(status, 503);
            QVERIFY(page.contains("error"));
            get(base, "/v1/health", &status);
            QCOMPARE(status, 503);
        }

        QVERIFY(m_postgres.restart());
        // The next attempt to open the connection again may still be a second away.
        for (int i = 0; i < 30 && status != 200; ++i) {
            QTest::qWait(100);
            get(base, "/v1/health", &status);
        }
        QCOMPARE(status, 200);
        const auto [votedStatus, votedBody] = vote("steady-key-2", "mistral-medium-3-2");
        QCOMPARE(votedStatus, 200);
        QCOMPARE(votedBody.value("tallies").toArray().size(), 2);
        const auto [againStatus, againBody] = vote("steady-key-2", "mistral-medium-3-2");
        QCOMPARE(againStatus, 200);
        QCOMPARE(againBody, votedBody);
        const QString name = db.section('/', -1);
        QCOMPARE(sql(name, "SELECT count(*) FROM idempotency").toInt(), 2);
        QCOMPARE(sql(name, "SELECT tool_id FROM votes").toString(), QStringLiteral("mistral-medium-3-2"));
        QCOMPARE(sql(name, "SELECT sum(votes) FROM tallies").toInt(), 1);
        get(base, "/v1/feed.json", &status);
        QCOMPARE(status, 200);
    }

    // Three instances take scorecards and votes concurrently while a reader pages through the feed
    // with the cursor, from the start, as the writes land. Each scorecard is a record of its own: the
    // reader must have seen every one that was answered 201, and at the end every tally as it stands.
    // SHIPORSKIP_CURSOR_WRITES sets how many writes (10,000 by default).
    void theCursorSkipsNoChangeUnderConcurrentWriters()
    {
        if (!m_whyNoPostgres.isEmpty())
            QSKIP(qPrintable(m_whyNoPostgres));
        const int writes = qEnvironmentVariableIsSet("SHIPORSKIP_CURSOR_WRITES")
                               ? qEnvironmentVariableIntValue("SHIPORSKIP_CURSOR_WRITES")
                               : 10000;
        const QString db = newDatabase();
        QVERIFY(!db.isEmpty());
        QCOMPARE(feed({"--db", db, "import", bundledPath}).exitCode, 0);
        const QList<QByteArray> writers = tokens(db, QStringLiteral("writer"), 8);
        QCOMPARE(writers.size(), 8);
        std::vector<std::unique_ptr<ServerProcess>> instances;
        QList<QUrl> bases;
        for (int i = 0; i < 3; ++i) {
            instances.push_back(std::make_unique<ServerProcess>(db));
            bases << instances.back()->start();
            QVERIFY(bases.last().isValid());
        }
        const QStringList comparisonTools{QStringLiteral("gemma-3n"), QStringLiteral("mistral-medium-3-2")};

        // The writers: at most 24 requests in flight, spread over the instances.
        QSet<QString> published;
        int sent = 0;
        int answered = 0;
        QStringList failures;
        QEventLoop loop;
        std::function<void()> sendNext = [&] {
            if (sent == writes)
                return;
            const int n = sent++;
            const QByteArray& token = writers.at((n / 2) % writers.size());
            const QByteArray key = "cursor-write-" + QByteArray::number(n);
            const bool vote = n % 2 == 1;
            const QByteArray body =
                vote ? QJsonDocument(QJsonObject{{"comparisonId", comparisonId},
                                                 {"toolId", comparisonTools.at((n / 2) % 2)}})
                           .toJson()
                     : QJsonDocument(
                           QJsonObject{{"toolId", "gemma-3n"},
                                       {"lensId", "buyer"},
                                       {"verdict", n % 4 == 0 ? "ship" : "skip"},
                                       {"text", QStringLiteral("Scorecard number %1 of the concurrent "
                                                               "writers, long enough to be published.")
                                                    .arg(n)},
                                       {"author", "Writer"}})
                           .toJson();
            QNetworkReply* reply =
                post(bases.at(n % bases.size()), vote ? "/v1/votes" : "/v1/scorecards", body, token, key);
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, vote] {
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QByteArray answer = reply->readAll();
                reply->deleteLater();
                if (status != (vote ? 200 : 201) && failures.size() < 10)
                    failures << QString::number(status) + QLatin1Char(' ') + QString::fromUtf8(answer);
                if (!vote && status == 201)
                    published.insert(QJsonDocument::fromJson(answer).object().value("id").toString());
                ++answered;
                sendNext();
            });
        };

        // The reader: one page at a time from its cursor; after the last write, on to the end.
        QSet<QString> seen;
        QHash<QString, int> talliesSeen;
        QString cursor;
        int pages = 0;
        bool done = false;
        std::function<void()> readNext = [&] {
            const bool writesOver = answered == writes;
            QNetworkRequest request(bases.at(pages % bases.size())
                                        .resolved(QUrl(QStringLiteral("/v1/feed.json?limit=200") +
                                                       (cursor.isEmpty() ? QString() : "&since=" + cursor))));
            request.setTransferTimeout(60000);
            QNetworkReply* reply = m_network.get(request);
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, writesOver] {
                const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
                reply->deleteLater();
                ++pages;
                if (page.isEmpty()) {
                    failures << QStringLiteral("A page could not be read.");
                    done = true;
                    loop.quit();
                    return;
                }
                for (const QJsonValue& review : page.value("reviews").toArray())
                    seen.insert(review.toObject().value("id").toString());
                for (const QJsonValue& value : page.value("tallies").toArray()) {
                    const QJsonObject tally = value.toObject();
                    talliesSeen[tally.value("comparisonId").toString() + '/' +
                                tally.value("toolId").toString()] = tally.value("votes").toInt();
                }
                cursor = page.value("cursor").toString();
                // Done once a page read after the last write says there is no more.
                if (writesOver && !page.value("hasMore").toBool()) {
                    done = true;
                    loop.quit();
                    return;
                }
                QTimer::singleShot(page.value("hasMore").toBool() ? 0 : 20, &loop, readNext);
            });
        };

        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 24; ++i)
            sendNext();
        readNext();
        QTimer guard;
        QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
        guard.start(240000);
        loop.exec();
        QVERIFY2(done, "the writes and the reading did not end in four minutes");
        qInfo("%d writes by 3 instances in %lld ms, read in %d pages", writes, timer.elapsed(), pages);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QCOMPARE(answered, writes);
        QCOMPARE(published.size(), (writes + 1) / 2);

        // Every published scorecard reached the reader; none was passed by its cursor.
        const QSet<QString> missed = published - seen;
        QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("%1 scorecards skipped, such as %2")
                                                  .arg(missed.size())
                                                  .arg(missed.isEmpty() ? QString() : *missed.begin())));
        // And the tallies as they stand: one vote per writer, the last one each cast.
        const QString name = db.section('/', -1);
        for (const QString& tool : comparisonTools) {
            const int stored = sql(name, QStringLiteral("SELECT votes FROM tallies WHERE comparison_id = '%1'"
                                                        " AND tool_id = '%2'")
                                             .arg(comparisonId, tool))
                                   .toInt();
            QCOMPARE(talliesSeen.value(comparisonId + '/' + tool), stored);
        }
        QCOMPARE(
            sql(name,
                QStringLiteral("SELECT sum(votes) FROM tallies WHERE comparison_id = '%1'").arg(comparisonId))
                .toInt(),
            std::min(int(writers.size()), writes / 2));
    }

    // Two instances on one database behind nginx take the votes of 100 users at once, and one instance
    // is killed (SIGKILL) in the middle. A client whose request failed (the connection reset, or nginx
    // answering 502 or 503) sends it again with the same key after a pause, as the app's outbox does.
    // Every vote ends answered 200 and is counted exactly once, in PostgreSQL and in the feed; a key
    // sent twice at once counts once with the same answer twice; the surviving instance goes on serving.
    // Once with nginx passing a cut-off vote on to the other instance, once with the clients sending it
    // again themselves.
    void aKilledInstanceLosesNoVote_data()
    {
        QTest::addColumn<bool>("nginxPassesWritesOn");
        QTest::newRow("nginx passes a vote on") << true;
        QTest::newRow("the clients send it again") << false;
    }

    void aKilledInstanceLosesNoVote()
    {
        QFETCH(bool, nginxPassesWritesOn);
        if (!m_whyNoPostgres.isEmpty())
            QSKIP(qPrintable(m_whyNoPostgres));
        const QString db = newDatabase();
        QVERIFY(!db.isEmpty());
        QCOMPARE(feed({"--db", db, "import", bundledPath}).exitCode, 0);
        const int users = 100;
        const QList<QByteArray> userTokens = tokens(db, QStringLiteral("crowd"), users);
        QCOMPARE(userTokens.size(), users);
        ServerProcess doomed(db);
        ServerProcess survivor(db);
        const QUrl doomedBase = doomed.start();
        const QUrl survivorBase = survivor.start();
        QVERIFY(doomedBase.isValid());
        QVERIFY(survivorBase.isValid());
        NginxServer nginx;
        if (const QString why = nginx.start({doomedBase, survivorBase},
                                            nginxPassesWritesOn ? NginxServer::Writes::PassOn
                                                                : NginxServer::Writes::AnswerFailed);
            !why.isEmpty())
            QSKIP(qPrintable(why));
        const QUrl front = nginx.base();

        // Each user votes on every comparison, one vote after the other, three rounds, changing their
        // vote each round (the last one stands); one vote in ten is sent twice at once with its key.
        struct Vote
        {
            int user = 0;
            QString comparisonId;
            QString toolId;
            QByteArray key;
            int copies = 1;
            int pending = 0;
            int attempts = 0;
            bool sentAfterKill = false;
            QList<int> statuses;
            QList<QByteArray> answers;
        };
        const QList<Comparison> comparisons = bundledFeed().comparisons;
        std::vector<Vote> votes;
        QList<QList<int>> plans(users); // each user's votes, by index in votes
        const auto addVote = [&](int user, const Comparison& comparison, int choice, int copies) {
            plans[user] << int(votes.size());
            Vote vote;
            vote.user = user;
            vote.comparisonId = comparison.id;
            vote.toolId = comparison.toolIds.at(choice % comparison.toolIds.size());
            vote.key = "crowd-vote-" + QByteArray::number(qsizetype(votes.size()));
            vote.copies = copies;
            votes.push_back(vote);
        };
        for (int user = 0; user < users; ++user) {
            for (int round = 0; round < 3; ++round) {
                for (int c = 0; c < comparisons.size(); ++c)
                    addVote(user, comparisons.at(c), user + c + round, votes.size() % 10 == 3 ? 2 : 1);
            }
        }

        // QNetworkAccessManager opens at most six connections to a host: 20 of them give every user
        // a connection of their own.
        std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
        for (int i = 0; i < 20; ++i)
            managers.push_back(std::make_unique<QNetworkAccessManager>());
        const int killAfter = int(votes.size()) / 3;
        QList<int> nextOfUser(users, 0);
        int answered = 0;
        int inFlight = 0;
        int inFlightAtKill = -1;
        int resent = 0;
        bool killed = false;
        QEventLoop loop;
        std::function<void(int)> sendVote;
        std::function<void(int, int)> sendCopy = [&](int index, int copy) {
            const Vote& planned = votes[size_t(index)];
            QNetworkRequest request(front.resolved(QUrl(QStringLiteral("/v1/votes"))));
            request.setTransferTimeout(60000);
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            request.setRawHeader("Authorization", "Bearer " + userTokens.at(planned.user));
            request.setRawHeader("Idempotency-Key", planned.key);
            const QByteArray body =
                QJsonDocument(QJsonObject{{"comparisonId", planned.comparisonId}, {"toolId", planned.toolId}})
                    .toJson(QJsonDocument::Compact);
            QNetworkReply* reply = managers.at(size_t(planned.user) % managers.size())->post(request, body);
            ++inFlight;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, index, copy] {
                --inFlight;
                Vote& vote = votes[size_t(index)];
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QByteArray answer = reply->readAll();
                reply->deleteLater();
                // No answer at all, or nginx's own when no instance could answer: the same request again.
                if ((status == 0 || status == 502 || status == 503) && ++vote.attempts < 50) {
                    ++resent;
                    QTimer::singleShot(100, &loop, [&sendCopy, index, copy] { sendCopy(index, copy); });
                    return;
                }
                vote.statuses[copy] = status;
                vote.answers[copy] = answer;
                if (--vote.pending > 0)
                    return;
                if (++answered == killAfter) {
                    inFlightAtKill = inFlight;
                    doomed.kill();
                    killed = true;
                }
                if (answered == int(votes.size()))
                    loop.quit();
                const QList<int>& plan = plans.at(vote.user);
                if (++nextOfUser[vote.user] < plan.size())
                    sendVote(plan.at(nextOfUser.at(vote.user)));
            });
        };
        sendVote = [&](int index) {
            Vote& vote = votes[size_t(index)];
            vote.sentAfterKill = killed;
            vote.pending = vote.copies;
            vote.statuses = QList<int>(vote.copies, 0);
            vote.answers = QList<QByteArray>(vote.copies);
            for (int copy = 0; copy < vote.copies; ++copy)
                sendCopy(index, copy);
        };

        QElapsedTimer timer;
        timer.start();
        for (int user = 0; user < users; ++user)
            sendVote(plans.at(user).first());
        QTimer guard;
        QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
        guard.start(240000);
        loop.exec();
        QCOMPARE(answered, int(votes.size()));
        QVERIFY(killed);
        QVERIFY(!doomed.running());
        QVERIFY2(inFlightAtKill > 0, "the instance was killed with votes in flight");
        const QByteArray log = nginx.accessLog();
        qInfo("%d votes in %lld ms, %d requests in flight at the kill, %d sent again by the clients, %lld "
              "passed on to the other instance by nginx",
              int(votes.size()), timer.elapsed(), inFlightAtKill, resent, qlonglong(log.count(", ")));
        // The retries this row is about did happen: nginx passed votes on, or the clients sent them again.
        if (nginxPassesWritesOn)
            QVERIFY(log.count(", ") > 0);
        else
            QVERIFY(resent > 0);

        // Every vote answered 200, both copies of a key alike; many were first sent after the kill.
        int afterKill = 0;
        QMap<QString, QString> finalChoice; // "user/comparison": the tool
        for (const Vote& vote : votes) {
            for (int copy = 0; copy < vote.copies; ++copy)
                QVERIFY2(vote.statuses.at(copy) == 200,
                         QByteArray(vote.key + ": " + QByteArray::number(vote.statuses.at(copy)) + ' ' +
                                    vote.answers.at(copy))
                             .constData());
            if (vote.copies == 2)
                QCOMPARE(vote.answers.at(1), vote.answers.at(0));
            afterKill += vote.sentAfterKill ? 1 : 0;
            finalChoice[QStringLiteral("crowd%1/%2").arg(vote.user).arg(vote.comparisonId)] = vote.toolId;
        }
        QVERIFY(afterKill > int(votes.size()) / 4);

        // Counted exactly once: the votes as PostgreSQL holds them, one per key, and the tallies.
        QMap<QString, int> expectedTallies; // "comparison/tool": votes
        for (const Comparison& comparison : comparisons) {
            for (const QString& tool : comparison.toolIds)
                expectedTallies[comparison.id + '/' + tool] = 0;
        }
        QStringList expectedVotes;
        for (auto it = finalChoice.cbegin(); it != finalChoice.cend(); ++it) {
            expectedVotes << it.key() + '=' + it.value();
            ++expectedTallies[it.key().section('/', 1) + '/' + it.value()];
        }
        std::sort(expectedVotes.begin(), expectedVotes.end());
        const QString name = db.section('/', -1);
        QCOMPARE(sql(name, "SELECT count(*) FROM idempotency").toInt(), int(votes.size()));
        QCOMPARE(sql(name, "SELECT count(*) FROM votes").toInt(), int(finalChoice.size()));
        QCOMPARE(sql(name, "SELECT string_agg(e, ',' ORDER BY e COLLATE \"C\") FROM (SELECT user_name || "
                           "'/' || comparison_id || '=' || tool_id AS e FROM votes) AS v")
                     .toString(),
                 expectedVotes.join(','));
        QStringList tallyRows;
        for (auto it = expectedTallies.cbegin(); it != expectedTallies.cend(); ++it)
            tallyRows << it.key() + '=' + QString::number(it.value());
        std::sort(tallyRows.begin(), tallyRows.end());
        QCOMPARE(sql(name, "SELECT string_agg(e, ',' ORDER BY e COLLATE \"C\") FROM (SELECT comparison_id "
                           "|| '/' || tool_id || '=' || votes AS e FROM tallies) AS t")
                     .toString(),
                 tallyRows.join(','));

        // The feed through nginx says the same, and the survivor goes on serving pages and votes.
        for (int i = 0; i < 4; ++i) {
            int status = 0;
            const QJsonObject page =
                QJsonDocument::fromJson(get(front, "/v1/feed.json?limit=5000", &status)).object();
            QCOMPARE(status, 200);
            QVERIFY(!page.value("hasMore").toBool());
            QMap<QString, int> fed;
            for (const QJsonValue& value : page.value("tallies").toArray()) {
                const QJsonObject tally = value.toObject();
                fed[tally.value("comparisonId").toString() + '/' + tally.value("toolId").toString()] =
                    tally.value("votes").toInt();
            }
            QCOMPARE(fed, expectedTallies);
        }
        int status = 0;
        get(survivorBase, "/v1/feed.json", &status);
        QCOMPARE(status, 200);
        const Comparison& last = comparisons.last();
        const QString changed = last.toolIds.at(1);
        QNetworkReply* reply =
            post(front, "/v1/votes",
                 QJsonDocument(QJsonObject{{"comparisonId", last.id}, {"toolId", changed}}).toJson(),
                 userTokens.at(0), "crowd-after-the-load");
        waitFor({reply});
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QString before = finalChoice.value(QStringLiteral("crowd0/") + last.id);
        for (const QJsonValue& value :
             QJsonDocument::fromJson(reply->readAll()).object().value("tallies").toArray()) {
            const QJsonObject tally = value.toObject();
            const QString tool = tally.value("toolId").toString();
            const int expected = expectedTallies.value(last.id + '/' + tool) + (tool == changed ? 1 : 0) -
                                 (tool == before ? 1 : 0);
            QCOMPARE(tally.value("votes").toInt(), expected);
        }
        reply->deleteLater();
    }
};

QTEST_GUILESS_MAIN(TestFeedPostgres)
#include "tst_feedpostgres.moc"
