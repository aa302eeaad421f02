// SPDX-License-Identifier: GPL-3.0-or-later
// The sync engine against the real shiporskip-feed on 127.0.0.1, and against a static export served by
// a real nginx on 127.0.0.1. Every test syncs a real SQLite store in a temporary folder.
#include "../TestSupport.h"
#include "../server/ServerProcess.h"
#include <drafts/Drafts.h>
#include <sync/SyncEngine.h>

#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTimer>

using namespace sos;
using namespace sos::test;

class TestSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

    Result<SyncSummary> sync(Store& store, const QUrl& feed, const QByteArray& token = {},
                             int pageSize = 1000, int pageAttempts = SyncOptions().pageAttempts)
    {
        SyncEngine engine(store, m_network);
        Result<SyncSummary> outcome = Error{"the sync did not finish"};
        QEventLoop loop;
        connect(&engine, &SyncEngine::finished, &loop, [&](const Result<SyncSummary>& result) {
            outcome = result;
            loop.quit();
        });
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        SyncOptions options;
        options.feedUrl = feed;
        options.token = token;
        options.pageSize = pageSize;
        options.pageAttempts = pageAttempts;
        options.retryDelayMs = 20;
        options.timeoutMs = 20000;
        engine.start(options);
        loop.exec();
        return outcome;
    }

    // A server store with the bundled catalog and a token for "alice".
    std::unique_ptr<ServerProcess> server(const QString& name, QByteArray* token = nullptr)
    {
        auto process = std::make_unique<ServerProcess>(m_dir.filePath(name + ".db"));
        process->command(
            {"import", QStringLiteral(SHIPORSKIP_SOURCE_DIR) + "/resources/feed/bundled-feed.json"});
        if (token)
            *token = process->command({"token", "issue", "alice"}).toLatin1();
        return process;
    }

    // A client store that starts empty (no bundled seed): everything it holds came through the sync.
    std::unique_ptr<Store> client(const QString& name)
    {
        return Store::open(m_dir.filePath(name + ".db")).value();
    }

    static int count(Store& store, const char* table)
    {
        QSqlQuery query(store.database().connection());
        query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        return query.next() ? query.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void firstSyncThenNotModified()
    {
        auto feed = server("first");
        const QUrl base = feed->start();
        QVERIFY(base.isValid());
        auto store = client("first-client");
        auto first = sync(*store, base);
        QVERIFY2(first, qPrintable(first.errorMessage()));
        QCOMPARE(first->stats.added, 44);
        QCOMPARE(store->catalog().toolCount(), 7);
        QCOMPARE(store->catalog().toolDetails("mistral-4b-edge")->summary.panel.percent(), 100);
        QCOMPARE(store->meta().value(FeedMeta::Key::FeedUrl), base.toString());

        auto second = sync(*store, base);
        QVERIFY2(second, qPrintable(second.errorMessage()));
        QVERIFY(second->notModified);
        QCOMPARE(second->pages, 0);
    }

    void multiPageFeed()
    {
        auto feed = server("paged");
        const QUrl base = feed->start();
        auto store = client("paged-client");
        auto result = sync(*store, base, {}, 5);
        QVERIFY2(result, qPrintable(result.errorMessage()));
        QCOMPARE(result->pages, 9); // 44 records, 5 a page
        QCOMPARE(result->stats.added, 44);
        QCOMPARE(count(*store, "reviews"), 28);
        QCOMPARE(count(*store, "sync_state"), 0);
        QCOMPARE(shadowTables(*store), QStringList());
        QCOMPARE(SearchIndex(store->database()).waiting(), 0);
        QCOMPARE(searchIndexCheck(*store), QString("ok"));
    }

    void updatesAndDeletionsArriveIncrementally()
    {
        auto feed = server("incremental");
        const QUrl base = feed->start();
        auto store = client("incremental-client");
        QVERIFY(sync(*store, base));

        QFile file(m_dir.filePath("incremental-change.json"));
        QVERIFY(writeUpstreamChange(file.fileName(), "Changed upstream"));
        const Tool tool = bundledFeed().tools.first();
        int exitCode = -1;
        feed->command({"import", file.fileName()}, &exitCode);
        QCOMPARE(exitCode, 0);

        auto result = sync(*store, base);
        QVERIFY2(result, qPrintable(result.errorMessage()));
        QCOMPARE(result->stats.updated, 1);
        QCOMPARE(result->stats.deleted, 1);
        QCOMPARE(result->stats.added, 0);
        QCOMPARE(store->catalog().toolDetails(tool.id)->summary.tool.tagline,
                 QStringLiteral("Changed upstream"));
        QVERIFY(!store->catalog().findComparison("code-llama-4-vs-mistral-3b-edge"));
        QCOMPARE(store->catalog().comparisons().size(), 4);
        // The few changes went in at once; the changed tool's search entry followed, and the index is
        // what one built afresh would be.
        QCOMPARE(shadowTables(*store), QStringList());
        QCOMPARE(SearchIndex(store->database()).waiting(), 0);
        QCOMPARE(searchIndexCheck(*store), QString("ok"));
        ToolQuery changed;
        changed.search = QStringLiteral("changed upstream");
        QCOMPARE(queryIds(*store, changed), QStringList{tool.id});
    }

    // The server handles every second request and then loses its answer: each vote still counts once.
    void votesArePushedExactlyOnce()
    {
        QByteArray token;
        auto feed = server("votes", &token);
        const QUrl base = feed->start({"--fault-every", "2"});
        auto store = client("votes-client");
        for (int attempt = 0; attempt < 10 && store->catalog().toolCount() == 0; ++attempt)
            (void)sync(*store, base, token);
        QCOMPARE(store->catalog().toolCount(), 7);
        const QList<ComparisonSummary> comparisons = store->catalog().comparisons();
        for (const ComparisonSummary& comparison : comparisons)
            QVERIFY(
                store->outbox().castVote(comparison.comparison.id, comparison.comparison.toolIds.first()));
        bool done = false;
        for (int attempt = 0; attempt < 20 && !done; ++attempt) {
            auto result = sync(*store, base, token);
            done = result && result->votesFailed == 0;
        }
        QVERIFY(done);
        for (const MyVote& vote : store->outbox().votes())
            QCOMPARE(vote.state, VoteState::Confirmed);

        // The server's own count, read back from a clean client without faults.
        feed->stop();
        const QUrl clean = feed->start();
        auto reader = client("votes-reader");
        QVERIFY(sync(*reader, clean));
        int total = 0;
        for (const ComparisonSummary& comparison : reader->catalog().comparisons())
            total += comparison.totalVotes;
        QCOMPARE(total, comparisons.size());
        // And the voter's figures match: one vote each, none counted twice.
        for (const ComparisonSummary& comparison : store->catalog().comparisons())
            QCOMPARE(comparison.totalVotes, 1);
    }

    // Queued scorecards go out with the sync: one accepted, one refused with the feed's reason and
    // editable again; the published one comes back in the feed as a review.
    void scorecardsArePublishedOrRejected()
    {
        QByteArray token;
        auto feed = server("cards", &token);
        const QUrl base = feed->start();
        auto store = client("cards-client");
        QVERIFY(sync(*store, base, token));
        Drafts drafts(*store);
        Draft good = drafts.create("gemma-3n", "buyer", "Alice").value();
        good.verdict = Verdict::Ship;
        good.fields.insert("whoBuys", "Teams building accessibility tools.");
        good.text = "Audio input opens a budget the panel did not weigh: accessibility tooling on phones.";
        good = drafts.save(good)->draft;
        QVERIFY(drafts.queueForPublishing(good.id));
        // A reviewer's own lens: the feed adds the lens along with the scorecard.
        Draft own = drafts.create("gemma-3n", Drafts::customLensId, "Bob").value();
        own.customLens = "Security auditor";
        own.verdict = Verdict::Skip;
        own.fields.insert("thesis", "not a prompt of a custom lens, so not published");
        own.text = "No published threat model or red-team results yet, so no sign-off from security.";
        own = drafts.save(own)->draft;
        QVERIFY(drafts.queueForPublishing(own.id));
        // A lens the feed no longer has: refused, with the feed's reason.
        Draft odd = drafts.create("gemma-3n", "retired-lens", "Carol").value();
        odd.verdict = Verdict::Skip;
        odd.text = "Written for a lens that the panel has since retired from its line-up of reviewers.";
        odd = drafts.save(odd)->draft;
        QVERIFY(drafts.queueForPublishing(odd.id));

        auto result = sync(*store, base, token);
        QVERIFY2(result, qPrintable(result.errorMessage()));
        QCOMPARE(result->scorecardsPublished, 2);
        QCOMPARE(result->scorecardsRejected, 1);
        QCOMPARE(drafts.find(good.id)->state, DraftState::Published);
        QVERIFY(drafts.find(good.id)->publishedId.startsWith("scorecard/"));
        QCOMPARE(drafts.find(own.id)->state, DraftState::Published);
        QCOMPARE(drafts.find(odd.id)->state, DraftState::Rejected);
        QVERIFY2(drafts.find(odd.id)->lastError.contains("retired-lens"),
                 qPrintable(drafts.find(odd.id)->lastError));
        QCOMPARE(drafts.find(odd.id)->text, odd.text); // nothing discarded
        // The published scorecards are in the catalog after the sync: the buyer lens has two reviews
        // now, and the new lens one, shown as the answered prompts, then the text.
        const auto details = store->catalog().toolDetails("gemma-3n");
        QCOMPARE(details->reviews.size(), 6);
        QVERIFY(std::any_of(details->reviews.begin(), details->reviews.end(), [&](const Review& review) {
            return review.author == QLatin1String("Alice") && review.text == Drafts::publishedText(good) &&
                   review.text.startsWith("Who pays for it: Teams building");
        }));
        const QList<Lens> lenses = store->catalog().lenses();
        const auto lens = std::find_if(lenses.begin(), lenses.end(), [](const Lens& l) {
            return l.id == QLatin1String("custom-security-auditor");
        });
        QVERIFY(lens != lenses.end());
        QCOMPARE(lens->name, QString("Security auditor"));
        QCOMPARE(lens->position, 5);
        QVERIFY(std::any_of(details->reviews.begin(), details->reviews.end(), [&](const Review& review) {
            return review.lensId == lens->id && review.text == own.text;
        }));
    }

    // A sync cut off mid-way leaves the visible store as it was, and the next one resumes.
    void interruptedSyncResumes()
    {
        auto feed = server("resume");
        const QUrl base = feed->start({"--fault-every", "3"});
        auto store = client("resume-client");
        const QStringList before = dumpStore(*store);
        // One try a page, so the feed's failures cut the sync (with retries it would ride them out).
        auto cut = sync(*store, base, {}, 5, 1);
        QVERIFY(!cut);
        QVERIFY2(cut.errorMessage().contains("503"), qPrintable(cut.errorMessage()));
        QCOMPARE(cut.error().kind, Error::Kind::ServerError); // the feed is there, and busy
        QCOMPARE(count(*store, "tools"), 0);
        // Pages 1 and 2 are written into the shadow tables, and the position after them is kept.
        QCOMPARE(count(*store, "sync_state"), 1);
        QCOMPARE(store->syncApply().position()->pages, 2);
        QVERIFY(count(*store, "sync_next_tools") > 0);
        bool resumed = false;
        Result<SyncSummary> result = Error{"not run"};
        for (int attempt = 0; attempt < 20; ++attempt) {
            result = sync(*store, base, {}, 5, 1);
            if (result) {
                resumed = result->resumed;
                break;
            }
            QCOMPARE(count(*store, "tools"), 0); // still nothing half-applied
        }
        QVERIFY2(result, qPrintable(result.errorMessage()));
        QVERIFY(resumed);
        QCOMPARE(store->catalog().toolCount(), 7);
        QCOMPARE(count(*store, "reviews"), 28);
        QCOMPARE(count(*store, "sync_state"), 0);
        QCOMPARE(shadowTables(*store), QStringList());
        QCOMPARE(searchIndexCheck(*store), QString("ok"));
        QVERIFY(dumpStore(*store) != before);
    }

    void aFailedSyncChangesNothing()
    {
        auto feed = server("fail");
        const QUrl base = feed->start();
        auto store = client("fail-client");
        QVERIFY(sync(*store, base));
        QVERIFY(store->outbox().castVote("gemma-3n-vs-mistral-medium-3-2", "gemma-3n"));
        const QStringList before = dumpStore(*store);
        feed->stop();
        auto result = sync(*store, base); // nobody listens there now
        QVERIFY(!result);
        QVERIFY2(result.errorMessage().contains("Cannot reach"), qPrintable(result.errorMessage()));
        QCOMPARE(result.error().kind, Error::Kind::Unreachable); // what the window shows as offline
        QCOMPARE(dumpStore(*store), before);
    }

    // A feed that answers with an error is reachable: refused, unauthorized or failing, never offline.
    void aFeedThatAnswersIsNotUnreachable()
    {
        QByteArray token;
        auto feed = server("answers", &token);
        const QUrl base = feed->start();
        auto store = client("answers-client");

        auto missing = sync(*store, base.resolved(QUrl("nothing-here/")));
        QVERIFY(!missing);
        QVERIFY2(missing.errorMessage().contains("404"), qPrintable(missing.errorMessage()));
        QCOMPARE(missing.error().kind, Error::Kind::Refused);

        // A token the feed does not know: the vote waits in the outbox, the sync stops and says so.
        QVERIFY(sync(*store, base));
        QVERIFY(store->outbox().castVote("gemma-3n-vs-mistral-medium-3-2", "gemma-3n"));
        auto refused = sync(*store, base, "sos_not-a-token-of-this-feed");
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Unauthorized);
        QVERIFY2(refused.errorMessage().contains("refused the token"), qPrintable(refused.errorMessage()));
        QCOMPARE(store->outbox().myVote("gemma-3n-vs-mistral-medium-3-2")->state, VoteState::Pending);
        auto accepted = sync(*store, base, token);
        QVERIFY2(accepted, qPrintable(accepted.errorMessage()));
        QCOMPARE(accepted->votesPushed, 1);
    }

    // Refused before any connection is made; the client runs in a network namespace with nothing in
    // it, so no packet could leave this machine even if it tried.
    // One sync of a store at a time, whichever process runs it: a second one says so and changes
    // nothing; once the first has ended, the next one runs.
    void oneSyncOfAStoreAtATime()
    {
        auto feed = server("exclusive");
        const QUrl base = feed->start();
        auto store = client("exclusive-client");
        const QStringList before = dumpStore(*store);
        {
            QLockFile other(store->path() +
                            QStringLiteral("-sync.lock")); // as another process's sync holds it
            QVERIFY(other.tryLock(0));
            auto refused = sync(*store, base);
            QVERIFY(!refused);
            QCOMPARE(refused.error().kind, Error::Kind::Conflict);
            QVERIFY2(refused.errorMessage().contains("Another sync of this store is running"),
                     qPrintable(refused.errorMessage()));
            QCOMPARE(dumpStore(*store), before);
        }
        QVERIFY(sync(*store, base));
        QCOMPARE(store->catalog().toolCount(), 7);
    }

    void tokenIsNeverSentOverPlainHttp()
    {
        QCOMPARE(SyncEngine::checkUrl(QUrl("http://203.0.113.5/"), true).ok(), false);
        QCOMPARE(SyncEngine::checkUrl(QUrl("http://203.0.113.5/"), true).error().kind, Error::Kind::Insecure);
        QCOMPARE(SyncEngine::checkUrl(QUrl("http://127.0.0.1:8080/"), true).ok(), true);
        QCOMPARE(SyncEngine::checkUrl(QUrl("http://[::1]:8080/"), true).ok(), true);
        QCOMPARE(SyncEngine::checkUrl(QUrl("https://feed.example/"), true).ok(), true);
        QCOMPARE(SyncEngine::checkUrl(QUrl("http://feed.example/"), false).ok(), true);
        QCOMPARE(SyncEngine::checkUrl(QUrl("ftp://feed.example/"), false).ok(), false);
        QCOMPARE(SyncEngine::checkUrl(QUrl("ftp://feed.example/"), false).error().kind,
                 Error::Kind::InvalidInput);

        const QString unshare = QStandardPaths::findExecutable("unshare");
        if (unshare.isEmpty())
            QSKIP("unshare (util-linux) is not installed, so the end-to-end refusal cannot be isolated here");
        QProcess probe;
        probe.start(unshare, {"-n", "true"});
        probe.waitForFinished(10000);
        if (probe.exitCode() != 0)
            QSKIP("this machine does not allow network namespaces (unshare -n), so the refusal is checked "
                  "in-process only");
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("SHIPORSKIP_TOKEN", "sos_secret-token-value");
        cli.setProcessEnvironment(environment);
        cli.start(unshare, {"-n", QStringLiteral(SHIPORSKIP_CLI_PATH), "--db", m_dir.filePath("plain.db"),
                            "sync", "--feed", "http://203.0.113.5/"});
        QVERIFY(cli.waitForFinished(60000));
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(err.contains("Refusing to send the feed token over plain http to 203.0.113.5"),
                 qPrintable(err));
        QVERIFY(!err.contains("Fetching")); // it never tried
        QVERIFY(!err.contains("secret-token-value"));
    }

    // The read side as plain files on a real nginx.
    void staticFeedOnNginx()
    {
        const QString nginx =
            QStandardPaths::findExecutable("nginx", {"/usr/sbin", "/usr/local/sbin", "/sbin"});
        if (nginx.isEmpty())
            QSKIP("nginx is not installed (scripts/setup installs nginx-light)");
        // Export a catalog as a static feed, in three files.
        QTemporaryDir webRoot;
        QVERIFY(QFile::setPermissions(webRoot.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                          QFile::ReadOther | QFile::ExeOther |
                                                          QFile::ReadGroup | QFile::ExeGroup));
        QProcess exporter;
        exporter.start(QStringLiteral(SHIPORSKIP_CLI_PATH),
                       {"--db", m_dir.filePath("static-source.db"), "feed", "export", "--out",
                        webRoot.filePath("team"), "--page-size", "20"});
        QVERIFY(exporter.waitForFinished(60000));
        QCOMPARE(exporter.exitCode(), 0);
        QCOMPARE(QDir(webRoot.filePath("team/v1")).entryList({"*.json"}).size(), 3);
        for (const QString& path : {webRoot.filePath("team"), webRoot.filePath("team/v1")})
            QFile::setPermissions(path, QFile::permissions(webRoot.path()));

        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QTemporaryDir nginxDir;
        QFile conf(nginxDir.filePath("nginx.conf"));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(
            QStringLiteral(
                "daemon off;\npid %1/nginx.pid;\nerror_log %1/error.log;\nuser root;\n"
                "events { worker_connections 64; }\n"
                "http {\n access_log %1/access.log;\n client_body_temp_path %1/body;\n"
                " proxy_temp_path %1/proxy;\n fastcgi_temp_path %1/fastcgi;\n uwsgi_temp_path %1/uwsgi;\n"
                " scgi_temp_path %1/scgi;\n types { application/json json; }\n"
                " server { listen 127.0.0.1:%2; root %3; }\n}\n")
                .arg(nginxDir.path())
                .arg(port)
                .arg(webRoot.path())
                .toUtf8());
        conf.close();
        QProcess server;
        server.start(nginx, {"-c", conf.fileName(), "-p", nginxDir.path()});
        QVERIFY(server.waitForStarted());
        const QUrl base(QStringLiteral("http://127.0.0.1:%1/team/").arg(port));
        QTRY_VERIFY_WITH_TIMEOUT(
            QTcpSocket().state() == QAbstractSocket::UnconnectedState &&
                [&] {
                    QTcpSocket socket;
                    socket.connectToHost(QHostAddress::LocalHost, port);
                    return socket.waitForConnected(200);
                }(),
            10000);

        auto store = client("static-client");
        auto first = sync(*store, base);
        QVERIFY2(first, qPrintable(first.errorMessage()));
        QCOMPARE(first->pages, 3);
        QCOMPARE(first->stats.added, 44);
        QCOMPARE(store->catalog().toolCount(), 7);
        auto second = sync(*store, base);
        QVERIFY2(second, qPrintable(second.errorMessage()));
        QVERIFY(second->notModified); // nginx's own ETag and 304
        server.terminate();
        server.waitForFinished(10000);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
