// SPDX-License-Identifier: GPL-3.0-or-later
// The real shiporskip-feed on 127.0.0.1 with a random port, driven over HTTP. The same suite runs on
// both backends: an SQLite file by default, a real PostgreSQL started here when SHIPORSKIP_TEST_BACKEND
// is "postgresql" (CTest's tst_feedserver_pg).
#include "../TestSupport.h"
#include "PostgresServer.h"
#include "ServerProcess.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <zlib.h>

using namespace sos;
using namespace sos::test;

namespace {

struct Response
{
    int status = 0;
    QByteArray body;
    QByteArray etag;
    QByteArray contentEncoding;
    QByteArray vary;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// A gzip stream inflated; empty when it is not one.
QByteArray gunzip(const QByteArray& data)
{
    z_stream stream{};
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        return {};
    QByteArray out;
    char buffer[65536];
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    int result = Z_OK;
    while (result == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        result = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, static_cast<qsizetype>(sizeof buffer - stream.avail_out));
    }
    inflateEnd(&stream);
    return result == Z_STREAM_END ? out : QByteArray();
}

// A page's bytes with its generation time blanked: two reads of the same changes compare equal.
QByteArray withoutTime(QByteArray page)
{
    static const QRegularExpression generatedAt(QStringLiteral("\"generatedAt\":\"[^\"]*\""));
    return QString::fromUtf8(page).replace(generatedAt, QStringLiteral("\"generatedAt\":\"\"")).toUtf8();
}

const QString comparisonId = QStringLiteral("gemma-3n-vs-mistral-medium-3-2");

} // namespace

class TestFeedServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db; // the server's --db: a file, or a PostgreSQL URL
    std::unique_ptr<PostgresServer> m_postgres;
    std::unique_ptr<ServerProcess> m_server;
    QUrl m_base;
    QNetworkAccessManager m_network;
    QByteArray m_alice;
    QByteArray m_bob;

    QString feedTool(const QStringList& arguments, int* exitCode = nullptr)
    {
        return m_server->command(arguments, exitCode);
    }

    Response send(const QString& method, const QString& path, const QByteArray& body = {},
                  const QList<std::pair<QByteArray, QByteArray>>& headers = {}, const QUrl& base = {})
    {
        QNetworkRequest request((base.isEmpty() ? m_base : base).resolved(QUrl(path)));
        request.setTransferTimeout(30000);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        for (const auto& [name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply* reply = m_network.sendCustomRequest(request, method.toLatin1(), body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        Response response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        response.etag = reply->rawHeader("ETag");
        response.contentEncoding = reply->rawHeader("Content-Encoding");
        response.vary = reply->rawHeader("Vary");
        reply->deleteLater();
        return response;
    }

    Response vote(const QByteArray& token, const QByteArray& key, const QString& comparison,
                  const QString& tool)
    {
        const QByteArray body =
            QJsonDocument(QJsonObject{{"comparisonId", comparison}, {"toolId", tool}}).toJson();
        return send("POST", "/v1/votes", body,
                    {{"Authorization", "Bearer " + token}, {"Idempotency-Key", key}});
    }

    int tallyOf(const Response& answer, const QString& tool)
    {
        for (const QJsonValue& tally : answer.json().value("tallies").toArray()) {
            if (tally.toObject().value("toolId").toString() == tool)
                return tally.toObject().value("votes").toInt();
        }
        return -1;
    }

    // Follows `next` from `since` to the end; returns the pages.
    QList<QJsonObject> allPages(const QString& since, int limit)
    {
        QList<QJsonObject> pages;
        QString path = QStringLiteral("/v1/feed.json?limit=%1").arg(limit) +
                       (since.isEmpty() ? QString() : "&since=" + since);
        for (int guard = 0; guard < 1000 && !path.isEmpty(); ++guard) {
            const Response page = send("GET", path);
            if (page.status != 200)
                break;
            pages << page.json();
            path = pages.last().value("hasMore").toBool() ? pages.last().value("next").toString() : QString();
        }
        return pages;
    }

    // Every page from the start, as sent (generation times blanked), one after the other.
    QByteArray wholeFeed(int limit)
    {
        QByteArray bytes;
        QString path = QStringLiteral("/v1/feed.json?limit=%1").arg(limit);
        for (int guard = 0; guard < 1000 && !path.isEmpty(); ++guard) {
            const Response page = send("GET", path);
            if (page.status != 200)
                return {};
            bytes += withoutTime(page.body) + '\n';
            path = page.json().value("hasMore").toBool() ? page.json().value("next").toString() : QString();
        }
        return bytes;
    }

    // Runs sql on the server's database from this process (as another writer would) and returns the
    // first column of the first row.
    QVariant sql(const QString& statement)
    {
        if (m_postgres)
            return m_postgres->firstValue(QStringLiteral("feed"), statement);
        return firstValue(
            QStringLiteral("QSQLITE"), [this](QSqlDatabase& db) { db.setDatabaseName(m_db); }, statement);
    }

    bool saveJson(const QString& name, const QByteArray& bytes)
    {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("SHIPORSKIP_TEST_BACKEND") == QLatin1String("postgresql")) {
            m_postgres = std::make_unique<PostgresServer>();
            if (const QString why = m_postgres->start(); !why.isEmpty())
                QSKIP(qPrintable(why));
            QVERIFY(m_postgres->createDatabase("feed"));
            m_db = m_postgres->url("feed");
        } else {
            m_db = m_dir.filePath("server.db");
        }
        m_server = std::make_unique<ServerProcess>(m_db);
        int exitCode = -1;
        const QString imported =
            feedTool({"import", QStringLiteral(SHIPORSKIP_SOURCE_DIR) + "/resources/feed/bundled-feed.json"},
                     &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(imported, QStringLiteral("imported: 44 added, 0 updated, 0 unchanged, 0 deleted"));
        m_alice = feedTool({"token", "issue", "alice"}).toLatin1();
        m_bob = feedTool({"token", "issue", "bob"}).toLatin1();
        QVERIFY(m_alice.startsWith("sos_"));
        QVERIFY(m_alice != m_bob);
        // The store keeps a hash, never the token.
        if (m_postgres) {
            const QString stored = sql("SELECT string_agg(name || ' ' || hash, ' ') FROM tokens").toString();
            QVERIFY(stored.contains("alice"));
            QVERIFY(!stored.contains(QString::fromLatin1(m_alice)));
        } else {
            QFile db(m_db);
            QVERIFY(db.open(QIODevice::ReadOnly));
            QVERIFY(!db.readAll().contains(m_alice));
        }

        m_base = m_server->start();
        QVERIFY(m_base.isValid());
    }

    void cleanupTestCase()
    {
        if (m_server)
            m_server->stop();
        if (m_postgres)
            m_postgres->stop();
    }

    void health()
    {
        const Response response = send("GET", "/v1/health");
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json().value("status").toString(), QStringLiteral("ok"));
        QCOMPARE(response.json().value("feedId").toString(), QStringLiteral("shiporskip-bundled"));
    }

    void pagedFullSyncHoldsTheWholeCatalog()
    {
        const QList<QJsonObject> pages = allPages({}, 10);
        QCOMPARE(pages.size(), 5); // 44 records, 10 a page
        QTemporaryDir dir;
        auto store = openStore(dir);
        for (const QJsonObject& page : pages) {
            auto feed = FeedParser::parse(QJsonDocument(page).toJson());
            QVERIFY2(feed, qPrintable(feed.errorMessage()));
        }
        // Staged, then applied in one go: references across pages resolve.
        FeedDocument merged = emptyFeed();
        for (const QJsonObject& page : pages) {
            const FeedDocument feed = FeedParser::parse(QJsonDocument(page).toJson()).value();
            merged.lenses += feed.lenses;
            merged.tools += feed.tools;
            merged.reviews += feed.reviews;
            merged.comparisons += feed.comparisons;
        }
        auto applied = store->feed().applyFeed(merged);
        QVERIFY2(applied, qPrintable(applied.errorMessage()));
        QCOMPARE(applied->added, 44);
        QCOMPARE(store->catalog().toolCount(), 7);
        QCOMPARE(store->catalog().toolDetails("gemma-3n")->summary.panel, (PanelScore{3, 4}));
        QVERIFY(saveJson("page.json", QJsonDocument(pages.first()).toJson()));
    }

    void unchangedFeedAnswers304()
    {
        const Response first = send("GET", "/v1/feed.json");
        QCOMPARE(first.status, 200);
        QVERIFY(!first.etag.isEmpty());
        const Response again = send("GET", "/v1/feed.json", {}, {{"If-None-Match", first.etag}});
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());
    }

    void votesCountOncePerKeyAndOncePerUser()
    {
        const Response first = vote(m_alice, "alice-key-0001", comparisonId, "gemma-3n");
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value("state").toString(), QStringLiteral("confirmed"));
        QCOMPARE(tallyOf(first, "gemma-3n"), 1);
        QVERIFY(saveJson("vote.json", first.body));

        // A retry of the same request: the same answer, not a second vote.
        const Response retry = vote(m_alice, "alice-key-0001", comparisonId, "gemma-3n");
        QCOMPARE(retry.status, 200);
        QCOMPARE(retry.body, first.body);
        // Alice changes her mind: still one vote of hers.
        const Response changed = vote(m_alice, "alice-key-0002", comparisonId, "mistral-medium-3-2");
        QCOMPARE(tallyOf(changed, "gemma-3n"), 0);
        QCOMPARE(tallyOf(changed, "mistral-medium-3-2"), 1);
        // Bob votes too.
        const Response bob = vote(m_bob, "bob-key-00001", comparisonId, "gemma-3n");
        QCOMPARE(tallyOf(bob, "gemma-3n"), 1);
        QCOMPARE(tallyOf(bob, "mistral-medium-3-2"), 1);

        // The tallies arrive in the feed, newer than before.
        const QList<QJsonObject> pages = allPages("44", 1000);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages.first().value("tallies").toArray().size(), 2);
    }

    void writeErrors_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QByteArray good = R"({"comparisonId":"gemma-3n-vs-mistral-medium-3-2","toolId":"gemma-3n"})";
        QTest::newRow("no token") << QByteArray() << QByteArray("k-err-0001") << good << 401
                                  << "unauthorized";
        QTest::newRow("wrong token") << QByteArray("sos_nope") << QByteArray("k-err-0002") << good << 401
                                     << "unauthorized";
        QTest::newRow("no idempotency key")
            << QByteArray("ALICE") << QByteArray() << good << 400 << "bad_request";
        QTest::newRow("key reused for another body")
            << QByteArray("ALICE") << QByteArray("alice-key-0001")
            << QByteArray(
                   R"({"comparisonId":"gemma-3n-vs-mistral-medium-3-2","toolId":"mistral-medium-3-2"})")
            << 409 << "idempotency_conflict";
        QTest::newRow("not JSON") << QByteArray("ALICE") << QByteArray("k-err-0003") << QByteArray("{vote")
                                  << 400 << "bad_request";
        QTest::newRow("unknown field")
            << QByteArray("ALICE") << QByteArray("k-err-0004")
            << QByteArray(R"({"comparisonId":"x","toolId":"y","votes":1000})") << 400 << "bad_request";
        QTest::newRow("unknown comparison")
            << QByteArray("ALICE") << QByteArray("k-err-0005")
            << QByteArray(R"({"comparisonId":"nope","toolId":"gemma-3n"})") << 404 << "not_found";
        QTest::newRow("tool not in it")
            << QByteArray("ALICE") << QByteArray("k-err-0006")
            << QByteArray(R"({"comparisonId":"gemma-3n-vs-mistral-medium-3-2","toolId":"code-llama-4"})")
            << 422 << "invalid";
        QTest::newRow("too large") << QByteArray("ALICE") << QByteArray("k-err-0007")
                                   << QByteArray(70 * 1024, ' ') << 413 << "too_large";
    }

    void writeErrors()
    {
        QFETCH(QByteArray, token);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        if (token == "ALICE")
            token = m_alice;
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (!token.isEmpty())
            headers.append({"Authorization", "Bearer " + token});
        if (!key.isEmpty())
            headers.append({"Idempotency-Key", key});
        const Response response = send("POST", "/v1/votes", body, headers);
        QCOMPARE(response.status, status);
        QCOMPARE(response.json().value("error").toObject().value("code").toString(), code);
        QVERIFY(!response.json().value("error").toObject().value("message").toString().isEmpty());
        QVERIFY(saveJson("error.json", response.body));
    }

    void scorecardsArePublishedIntoTheFeed()
    {
        const QByteArray body =
            QJsonDocument(QJsonObject{{"toolId", "gemma-3n"},
                                      {"lensId", "buyer"},
                                      {"verdict", "ship"},
                                      {"text", "A second buyer view: the audio input opens budgets in "
                                               "accessibility tooling that the panel did not weigh."},
                                      {"author", "Alice Example"}})
                .toJson();
        const qint64 before = allPages({}, 5000).first().value("cursor").toString().toLongLong();
        const Response published =
            send("POST", "/v1/scorecards", body,
                 {{"Authorization", "Bearer " + m_alice}, {"Idempotency-Key", "card-key-0001"}});
        QCOMPARE(published.status, 201);
        const QString id = published.json().value("id").toString();
        QVERIFY(id.startsWith("scorecard/"));
        const QJsonObject page = allPages(QString::number(before), 1000).first();
        const QJsonArray reviews = page.value("reviews").toArray();
        QCOMPARE(reviews.size(), 1);
        QCOMPARE(reviews.at(0).toObject().value("id").toString(), id);
        QCOMPARE(reviews.at(0).toObject().value("author").toString(), QStringLiteral("Alice Example"));

        const Response tooShort =
            send("POST", "/v1/scorecards",
                 R"({"toolId":"gemma-3n","lensId":"buyer","verdict":"ship","text":"Short.","author":"A"})",
                 {{"Authorization", "Bearer " + m_alice}, {"Idempotency-Key", "card-key-0002"}});
        QCOMPARE(tooShort.status, 422);
    }

    void updatesAndDeletionsArriveIncrementally()
    {
        const qint64 cursor = allPages({}, 5000).first().value("cursor").toString().toLongLong();
        QVERIFY(writeUpstreamChange(m_dir.filePath("change.json"), "A newer tagline from the feed"));
        int exitCode = -1;
        const QString imported = feedTool({"import", m_dir.filePath("change.json")}, &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(imported, QStringLiteral("imported: 0 added, 1 updated, 0 unchanged, 1 deleted"));

        const QList<QJsonObject> pages = allPages(QString::number(cursor), 1000);
        QCOMPARE(pages.size(), 1);
        const QJsonObject page = pages.first();
        QCOMPARE(page.value("tools").toArray().size(), 1);
        QCOMPARE(page.value("tools").toArray().at(0).toObject().value("tagline").toString(),
                 QStringLiteral("A newer tagline from the feed"));
        QCOMPARE(page.value("tombstones").toArray().size(), 1);
        QCOMPARE(page.value("tombstones").toArray().at(0).toObject().value("kind").toString(),
                 QStringLiteral("comparison"));
        QVERIFY(!page.value("hasMore").toBool());
    }

    void badReadsAreRefused()
    {
        QCOMPARE(send("GET", "/v1/feed.json?limit=0").status, 400);
        QCOMPARE(send("GET", "/v1/feed.json?limit=99999").status, 400);
        QCOMPARE(send("GET", "/v1/feed.json?since=abc").status, 400);
        const Response missing = send("GET", "/v2/feed.json");
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json().value("error").toObject().value("code").toString(),
                 QStringLiteral("not_found"));
    }

    void revokedTokensAreRefused()
    {
        const QByteArray carol = feedTool({"token", "issue", "carol"}).toLatin1();
        QCOMPARE(vote(carol, "carol-key-0001", comparisonId, "gemma-3n").status, 200);
        int exitCode = -1;
        feedTool({"token", "revoke", "carol"}, &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(vote(carol, "carol-key-0002", comparisonId, "gemma-3n").status, 401);
    }

    // Every record's JSON is kept ready (FeedJson) and a page is put together from it: the same bytes
    // as a page built from the catalog record by record, as the server did before.
    void pagesFromReadyJsonAreThePagesFromTheCatalog()
    {
        if (m_postgres)
            QSKIP("The ready JSON (feed_json) is the SQLite backend's cache; PostgreSQL keeps each record's "
                  "JSON with the record (tst_feedpostgres compares its pages with SQLite's)");
        const QVariant ready = sql("SELECT count(*) FROM feed_json");
        QVERIFY(ready.toInt() >= 44); // every record of the bundled catalog, and what changed since
        QCOMPARE(ready.toInt(), sql("SELECT count(*) FROM changes WHERE deleted = 0").toInt());
        const QByteArray fromReady = wholeFeed(7);
        QVERIFY(fromReady.count('\n') >= 7);
        // Without the ready JSON, each page reads its records from the catalog.
        QCOMPARE(sql("DELETE FROM feed_json RETURNING seq").isValid(), true);
        QCOMPARE(sql("SELECT count(*) FROM feed_json").toInt(), 0);
        QCOMPARE(wholeFeed(7), fromReady);
        // A write fills in the changes after the newest row (here: all of them again).
        QCOMPARE(vote(m_bob, "bob-key-00002", comparisonId, "mistral-medium-3-2").status, 200);
        QCOMPARE(sql("SELECT count(*) FROM feed_json").toInt(),
                 sql("SELECT count(*) FROM changes WHERE deleted = 0").toInt());
    }

    // A record's ready JSON follows its updates, and the deletion of another record that changes it
    // without a change of its own (a comparison losing a tool, a tally going with its tool).
    void readyJsonFollowsUpdatesAndDeletions()
    {
        // A newer tagline for the first tool: the full feed carries only the new one.
        QVERIFY(writeUpstreamChange(m_dir.filePath("change2.json"), "The newest tagline of all"));
        int exitCode = -1;
        feedTool({"import", m_dir.filePath("change2.json")}, &exitCode);
        QCOMPARE(exitCode, 0);
        const QByteArray whole = wholeFeed(1000);
        QVERIFY(whole.contains("The newest tagline of all"));
        QVERIFY(!whole.contains("A newer tagline from the feed"));
        if (!m_postgres) {
            QCOMPARE(sql("SELECT count(*) FROM feed_json").toInt(),
                     sql("SELECT count(*) FROM changes WHERE deleted = 0").toInt());
        }

        // gemma-3n goes: its comparison keeps one tool, its tally goes, with no change of their own.
        QVERIFY(tallyOf(vote(m_alice, "alice-key-0003", comparisonId, "gemma-3n"), "gemma-3n") >= 1);
        FeedDocument deletion = emptyFeed();
        deletion.feedId = QStringLiteral("shiporskip-bundled");
        deletion.tombstones = {
            Tombstone{Tombstone::Kind::Tool, QStringLiteral("gemma-3n"), QDateTime::currentDateTimeUtc()}};
        QVERIFY(saveJson("deletion.json", QJsonDocument(FeedWriter::toJson(deletion)).toJson()));
        feedTool({"import", m_dir.filePath("deletion.json")}, &exitCode);
        QCOMPARE(exitCode, 0);
        const QByteArray after = wholeFeed(1000);
        const QJsonObject page = QJsonDocument::fromJson(after.left(after.indexOf('\n'))).object();
        bool comparisonSeen = false;
        for (const QJsonValue& comparison : page.value("comparisons").toArray()) {
            QVERIFY(!comparison.toObject().value("toolIds").toArray().contains(QJsonValue("gemma-3n")));
            if (comparison.toObject().value("id").toString() == comparisonId) {
                comparisonSeen = true;
                QCOMPARE(comparison.toObject().value("toolIds").toArray(),
                         QJsonArray{QJsonValue("mistral-medium-3-2")});
            }
        }
        QVERIFY(comparisonSeen);
        for (const QJsonValue& tally : page.value("tallies").toArray())
            QVERIFY(tally.toObject().value("toolId").toString() != "gemma-3n");
        for (const QJsonValue& tool : page.value("tools").toArray())
            QVERIFY(tool.toObject().value("id").toString() != "gemma-3n");
        if (m_postgres) {
            // A tally gone with its tool keeps its change row without JSON, and the page leaves it out.
            QCOMPARE(sql("SELECT count(*) FROM records WHERE kind = 'tally' AND NOT deleted AND json IS NULL"
                         " AND id LIKE '%/gemma-3n'")
                         .toInt(),
                     1);
            return; // the rest is about the SQLite backend's cache
        }
        // The same bytes as the catalog read record by record.
        sql("DELETE FROM feed_json RETURNING seq");
        QCOMPARE(wholeFeed(1000), after);

        // A restart writes what is missing; rows the deletion made wrong, had a fill not dropped them, are
        // caught as the page reads them.
        m_server->stop();
        m_base = m_server->start();
        QVERIFY(m_base.isValid());
        // Every change but the gone tally's (its change stays in the log; the page leaves it out).
        QCOMPARE(sql("SELECT count(*) FROM feed_json").toInt(),
                 sql("SELECT count(*) FROM changes WHERE deleted = 0").toInt() - 1);
        QVERIFY(
            sql("UPDATE feed_json SET parts = 2, json = '{\"stale\":true}' WHERE seq = (SELECT seq FROM"
                " changes WHERE kind = 'comparison' AND id = 'gemma-3n-vs-mistral-medium-3-2') RETURNING seq")
                .isValid());
        QVERIFY(sql("INSERT OR REPLACE INTO feed_json (seq, parts, json) SELECT seq, 0, '{\"stale\":true}'"
                    " FROM changes WHERE kind = 'tally' AND id = 'gemma-3n-vs-mistral-medium-3-2/gemma-3n'"
                    " RETURNING seq")
                    .isValid());
        QCOMPARE(wholeFeed(1000), after);
    }

    // Pages go gzipped to a client that accepts it: by default only to another machine, with --gzip
    // always to any. Inflated, they are the same bytes; QNetworkAccessManager inflates them by itself.
    void pagesAreGzippedWhenItPays()
    {
        const QString page = QStringLiteral("/v1/feed.json?limit=100");
        const Response plain = send("GET", page);
        QCOMPARE(plain.status, 200);
        QVERIFY(plain.contentEncoding.isEmpty());
        QCOMPARE(plain.vary, QByteArray("Accept-Encoding"));
        // This server runs with the default: loopback clients get the bytes as they are.
        const Response local = send("GET", page, {}, {{"Accept-Encoding", "gzip"}});
        QVERIFY(local.contentEncoding.isEmpty());
        QCOMPARE(withoutTime(local.body), withoutTime(plain.body));

        ServerProcess always(m_db);
        const QUrl base = always.start({"--gzip", "always"});
        QVERIFY(base.isValid());
        const Response zipped = send("GET", page, {}, {{"Accept-Encoding", "gzip"}}, base);
        QCOMPARE(zipped.status, 200);
        QCOMPARE(zipped.contentEncoding, QByteArray("gzip"));
        QVERIFY(zipped.body.size() < plain.body.size() / 2);
        QCOMPARE(withoutTime(gunzip(zipped.body)), withoutTime(plain.body));
        // The client's own way: no header of ours, QNetworkAccessManager asks for gzip and inflates.
        const Response inflated = send("GET", page, {}, {}, base);
        QCOMPARE(withoutTime(inflated.body), withoutTime(plain.body));
        // Refused by the client, or too small to pay: not compressed.
        QVERIFY(send("GET", page, {}, {{"Accept-Encoding", "gzip;q=0, identity"}}, base)
                    .contentEncoding.isEmpty());
        const Response tiny = send("GET", "/v1/feed.json?limit=1", {}, {{"Accept-Encoding", "gzip"}}, base);
        QVERIFY(tiny.body.size() < 1024);
        QVERIFY(tiny.contentEncoding.isEmpty());
        // A 304 stays a 304.
        QCOMPARE(
            send("GET", page, {}, {{"Accept-Encoding", "gzip"}, {"If-None-Match", zipped.etag}}, base).status,
            304);
    }

    // The answers validate against the published schemas, with a validator we did not write.
    void answersMatchTheSchemas()
    {
        if (!QFile::exists("/usr/bin/python3"))
            QSKIP("/usr/bin/python3 is missing: scripts/setup installs python3 and python3-jsonschema");
        for (const auto& [schema, file] :
             {std::pair{"feed.schema.json", "page.json"}, std::pair{"feed.schema.json", "change.json"},
              std::pair{"vote-response.schema.json", "vote.json"},
              std::pair{"error.schema.json", "error.json"}}) {
            QProcess validator;
            validator.start("/usr/bin/python3",
                            {QStringLiteral(SHIPORSKIP_SOURCE_DIR) + "/tests/server/validate_schema.py",
                             QStringLiteral(SHIPORSKIP_SOURCE_DIR) + "/resources/schema", schema,
                             m_dir.filePath(file)});
            QVERIFY(validator.waitForFinished(60000));
            const QString output = QString::fromUtf8(validator.readAllStandardOutput());
            if (validator.exitCode() == 77)
                QSKIP("python3-jsonschema is not installed: scripts/setup installs it");
            QVERIFY2(validator.exitCode() == 0, qPrintable(output));
        }
    }
};

QTEST_GUILESS_MAIN(TestFeedServer)
#include "tst_feedserver.moc"
