// SPDX-License-Identifier: GPL-3.0-or-later
// Faults on the wire, between the sync engine and the real shiporskip-feed on 127.0.0.1, injected by a
// proxy of the tests. For each: no crash, an error that names what went wrong, the store unchanged, and
// the next sync against a healthy feed succeeds. And 500 votes pushed while 30% of requests and
// responses are lost: the feed counts exactly 500.
#include "../server/ServerProcess.h"
#include "FaultProxy.h"
#include "LargeFeed.h"
#include <sync/SyncEngine.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimer>

using namespace sos;
using namespace sos::test;

namespace {

constexpr int votes = 500;

using Fault = FaultProxy::Fault;

} // namespace

Q_DECLARE_METATYPE(sos::test::FaultProxy::Fault)
Q_DECLARE_METATYPE(sos::Error::Kind)

class TestFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<FaultProxy> m_proxy;
    QUrl m_proxyUrl;
    QByteArray m_token;
    std::unique_ptr<Store> m_client;
    int m_change = 0;

    // One sync to its end (two minutes at most); `watch` may connect to the engine before it starts.
    Result<SyncSummary> sync(const QUrl& feed, const QByteArray& token = {}, int timeoutMs = 20000,
                             const std::function<void(SyncEngine&)>& watch = {})
    {
        SyncEngine engine(*m_client, m_network);
        Result<SyncSummary> outcome = Error{"the sync did not finish"};
        QEventLoop loop;
        connect(&engine, &SyncEngine::finished, &loop, [&](const Result<SyncSummary>& result) {
            outcome = result;
            loop.quit();
        });
        if (watch)
            watch(engine);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        engine.start(optionsFor(feed, token, timeoutMs));
        loop.exec();
        return outcome;
    }

    static SyncOptions optionsFor(const QUrl& feed, const QByteArray& token = {}, int timeoutMs = 20000)
    {
        SyncOptions options;
        options.feedUrl = feed;
        options.token = token;
        options.pageSize = 500;
        options.retryDelayMs = 20;
        options.timeoutMs = timeoutMs;
        options.maxPageBytes = 8 * 1024 * 1024;
        return options;
    }

    // A change on the feed's side, so that the next sync has something to bring: the first `tools`
    // tools' taglines (500 records a page).
    void changeUpstream(int tools = 1)
    {
        FeedDocument change = largeFeed(tools, 0);
        change.lenses.clear();
        change.reviews.clear();
        ++m_change;
        for (Tool& tool : change.tools) {
            tool.tagline = QStringLiteral("Changed upstream, time %1").arg(m_change);
            tool.updatedAt = QDateTime::currentDateTimeUtc();
        }
        const QString path = m_dir.filePath(QStringLiteral("change-%1.json").arg(m_change));
        QVERIFY(writeFeed(path, change));
        m_server->command({"import", path});
    }

    // The faults, what the error must say, and what the window decides by (offline or not); on the
    // first page, and on the second, which the engine fetches and parses on another thread while it
    // handles the first (PageFetcher). There the parse's errors name the page; a redirect and a newer
    // format are the first page's.
    static void addFaultRows(bool laterPage)
    {
        const char* on = laterPage ? "page 2: " : "";
        auto row = [on, laterPage](const char* name, Fault fault, const char* named, Error::Kind kind) {
            QTest::newRow(qPrintable(QString(on) + name)) << fault << QString(named) << kind << laterPage;
        };
        auto parse = [laterPage](const char* otherwise) {
            return laterPage ? "Page 2" : otherwise;
        };
        row("500", Fault::Status500, "500", Error::Kind::ServerError);
        row("503 with Retry-After", Fault::Status503RetryAfter, "503", Error::Kind::ServerError);
        row("timeout", Fault::Timeout, "did not answer in time", Error::Kind::Unreachable);
        row("reset mid-body", Fault::ResetMidBody, "127.0.0.1", Error::Kind::Unreachable);
        row("truncated body", Fault::TruncatedBody, "127.0.0.1", Error::Kind::Unreachable);
        row("not JSON", Fault::NotJson, parse("not valid"), Error::Kind::InvalidFeed);
        row("breaks the schema", Fault::SchemaBreak, parse("tools"), Error::Kind::InvalidFeed);
        row("over the size limit", Fault::TooLarge, "larger than the 8 MiB allowed",
            Error::Kind::InvalidFeed);
        row("wrong content type", Fault::WrongContentType, parse("not as JSON"), Error::Kind::InvalidFeed);
        if (laterPage)
            return;
        row("redirect to plain http elsewhere", Fault::RedirectElsewhere, "redirected",
            Error::Kind::Insecure);
        row("unknown format version", Fault::UnknownVersion, "99", Error::Kind::NewerVersion);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(m_dir.filePath("server.db"));
        const QString feed = m_dir.filePath("feed.json");
        QVERIFY(writeFeed(feed, largeFeed(1000, votes)));
        m_server->command({"import", feed});
        m_token = m_server->command({"token", "issue", "alice"}).toLatin1();
        const QUrl base = m_server->start();
        QVERIFY(base.isValid());
        m_proxy = std::make_unique<FaultProxy>(static_cast<quint16>(base.port()));
        m_proxyUrl = m_proxy->start();
        QVERIFY(m_proxyUrl.isValid());
        m_client = Store::open(m_dir.filePath("client.db")).value();
        auto first = sync(m_proxyUrl);
        QVERIFY2(first, qPrintable(first.errorMessage()));
        QCOMPARE(m_client->catalog().toolCount(), 1000);
    }

    void faultOnTheWire_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<QString>("named");
        QTest::addColumn<Error::Kind>("kind");
        QTest::addColumn<bool>("laterPage");
        addFaultRows(false);
        addFaultRows(true);
    }

    void faultOnTheWire()
    {
        QFETCH(Fault, fault);
        QFETCH(QString, named);
        QFETCH(Error::Kind, kind);
        QFETCH(bool, laterPage);
        changeUpstream(laterPage ? 1000 : 1); // two pages of changes, or one
        const QStringList before = dumpStore(*m_client);
        const int requestsBefore = m_proxy->requests();
        // Every request from the page on, retries included.
        m_proxy->decide = [fault, from = requestsBefore + (laterPage ? 1 : 0)](int index, const QByteArray&) {
            return index >= from ? fault : Fault::None;
        };
        QElapsedTimer clock;
        clock.start();
        auto failed = sync(m_proxyUrl, {}, fault == Fault::Timeout ? 1500 : 20000);
        const qint64 took = clock.elapsed();
        QVERIFY(!failed);
        QVERIFY2(failed.errorMessage().contains(named), qPrintable(failed.errorMessage()));
        QCOMPARE(failed.error().kind, kind);
        qInfo("reliability: %s -> \"%s\"", QTest::currentDataTag(), qPrintable(failed.errorMessage()));
        QCOMPARE(dumpStore(*m_client), before); // nothing applied, nothing staged
        if (fault == Fault::Status503RetryAfter && !laterPage) {
            // Tried again, as often as the engine tries a page, after the second the feed asked for.
            QCOMPARE(m_proxy->requests() - requestsBefore, SyncOptions().pageAttempts);
            QVERIFY(took >= 1000 * (SyncOptions().pageAttempts - 1));
        }

        m_proxy->decide = [](int, const QByteArray&) {
            return Fault::None;
        };
        auto healed = sync(m_proxyUrl);
        QVERIFY2(healed, qPrintable(healed.errorMessage()));
        QCOMPARE(
            m_client->catalog().toolDetails(laterPage ? "tool-00999" : "tool-00000")->summary.tool.tagline,
            QStringLiteral("Changed upstream, time %1").arg(m_change));
    }

    // A cancel while the sync waits for the page fetched ahead, which the feed never sends: the sync
    // stops then, not when the page's ten-minute timeout ends, and the next sync heals.
    void cancelWhileThePageAheadIsLate()
    {
        changeUpstream(1000); // two pages of changes
        const QStringList before = dumpStore(*m_client);
        m_proxy->decide = [first = m_proxy->requests()](int index, const QByteArray&) {
            return index >= first + 1 ? Fault::Timeout : Fault::None;
        };
        auto outcome = sync(m_proxyUrl, {}, 600000, [](SyncEngine& engine) {
            connect(&engine, &SyncEngine::progress, &engine, [&engine](const SyncProgress& progress) {
                if (progress.message.startsWith(QStringLiteral("Fetching page 2")))
                    QTimer::singleShot(100, &engine, &SyncEngine::cancel);
            });
        });
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().kind, Error::Kind::Cancelled);
        QCOMPARE(dumpStore(*m_client), before);

        m_proxy->decide = [](int, const QByteArray&) {
            return Fault::None;
        };
        auto healed = sync(m_proxyUrl);
        QVERIFY2(healed, qPrintable(healed.errorMessage()));
        QCOMPARE(m_client->catalog().toolDetails("tool-00999")->summary.tool.tagline,
                 QStringLiteral("Changed upstream, time %1").arg(m_change));
    }

    // One 503 with Retry-After, then a healthy feed: the sync waits as asked and succeeds.
    void aBusyFeedIsWaitedFor()
    {
        changeUpstream();
        m_proxy->decide = [first = m_proxy->requests()](int index, const QByteArray&) {
            return index == first ? Fault::Status503RetryAfter : Fault::None;
        };
        auto result = sync(m_proxyUrl);
        QVERIFY2(result, qPrintable(result.errorMessage()));
        QCOMPARE(m_client->catalog().toolDetails("tool-00000")->summary.tool.tagline,
                 QStringLiteral("Changed upstream, time %1").arg(m_change));
    }

    void votesThroughALossyNetworkCountOnce()
    {
        for (int c = 0; c < votes; ++c) {
            const QString id = QStringLiteral("comparison-%1").arg(c, 5, 10, QLatin1Char('0'));
            QVERIFY(m_client->outbox().castVote(
                id, QStringLiteral("tool-%1").arg(2 * c % 1000, 5, 10, QLatin1Char('0'))));
        }
        QRandomGenerator random(20261123); // the same losses on every run
        int droppedRequests = 0;
        int droppedResponses = 0;
        m_proxy->decide = [&](int, const QByteArray&) {
            const double roll = random.generateDouble();
            if (roll < 0.15) {
                ++droppedRequests;
                return Fault::DropRequest;
            }
            if (roll < 0.30) {
                ++droppedResponses;
                return Fault::DropResponse;
            }
            return Fault::None;
        };
        int syncs = 0;
        auto pending = [this] {
            const QList<MyVote> outbox = m_client->outbox().votes();
            return std::count_if(outbox.begin(), outbox.end(),
                                 [](const MyVote& vote) { return vote.state != VoteState::Confirmed; });
        };
        while (pending() > 0 && syncs < 60) {
            ++syncs;
            (void)sync(m_proxyUrl, m_token, 3000); // a sync may fail on a lost page; the next one goes on
        }
        QCOMPARE(pending(), 0);
        m_proxy->decide = [](int, const QByteArray&) {
            return Fault::None;
        };

        QSqlDatabase server =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("server-read"));
        server.setDatabaseName(m_dir.filePath("server.db"));
        QVERIFY(server.open());
        {
            QSqlQuery counted(server);
            QVERIFY(counted.exec("SELECT count(*) FROM server_votes WHERE user = 'alice'") && counted.next());
            QCOMPARE(counted.value(0).toInt(), votes);
            QSqlQuery tallies(server);
            QVERIFY(tallies.exec("SELECT coalesce(sum(votes), 0) FROM vote_tallies") && tallies.next());
            QCOMPARE(tallies.value(0).toInt(), votes);
        }
        server.close();
        qInfo("reliability: %d votes through a proxy that lost %d requests and %d responses (30%%) over %d "
              "syncs;"
              " the feed counted %d, none lost, none twice",
              votes, droppedRequests, droppedResponses, syncs, votes);
        QVERIFY(droppedRequests > 0 && droppedResponses > 0);
    }
};

QTEST_MAIN(TestFaults)
#include "tst_faults.moc"
