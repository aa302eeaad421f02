// SPDX-License-Identifier: GPL-3.0-or-later
// The feed token. After a whole session that used it (a sync with votes and a published scorecard
// through the real shiporskip-cli against the real feed, and a PDF export), it is in no file, log,
// output or command line. Without a secret service, the app says the keychain is unavailable and
// offers to keep the token for this session only, never in a file; the CLI refuses plainly.
#include "../server/ServerProcess.h"
#include "SettingsDialog.h"
#include "UiTestSupport.h"
#include <drafts/Drafts.h>
#include <sync/SyncEngine.h>
#include <sync/TokenStore.h>

#include <QDirIterator>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QTimer>

using namespace sos;
using namespace sos::test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray output; // stdout and stderr
};

// The CLI without any D-Bus session (so without a keychain), with a home of its own.
Run cli(const QTemporaryDir& dir, const QStringList& arguments, const QByteArray& token = {},
        const QByteArray& input = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.insert(QStringLiteral("HOME"), dir.filePath("home"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath("home/.config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath("home/.local/share"));
    if (!token.isEmpty())
        environment.insert(QStringLiteral("SHIPORSKIP_TOKEN"), QString::fromLatin1(token));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(SHIPORSKIP_CLI_PATH), arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAll()};
}

// Every file under path holding needle.
QStringList filesHolding(const QString& path, const QByteArray& needle)
{
    QStringList found;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << file.fileName();
    }
    return found;
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theTokenLeavesNoTrace()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath("home"));
        QDir().mkpath(dir.filePath("client"));
        ServerProcess server(dir.filePath("server/server.db"));
        QDir().mkpath(dir.filePath("server"));
        server.command(
            {"import", QStringLiteral(SHIPORSKIP_SOURCE_DIR) + "/resources/feed/bundled-feed.json"});
        const QByteArray token = server.command({"token", "issue", "dana"}).toLatin1();
        QVERIFY(token.size() >= 20);
        const QUrl base = server.start();
        QVERIFY(base.isValid());
        const QString db = dir.filePath("client/app.db");
        QList<QStringList> commandLines;
        QByteArray outputs;
        auto run = [&](const QStringList& arguments, const QByteArray& withToken = {}) {
            const QStringList full = QStringList{"--db", db} + arguments;
            commandLines << full;
            const Run result = cli(dir, full, withToken);
            outputs += result.output;
            return result.exitCode;
        };
        QCOMPARE(run({"sync", "--feed", base.toString()}, token), 0);
        QCOMPARE(run({"vote", "Gemma 3n vs Mistral Medium 3.2", "Gemma 3n"}), 0);
        {
            auto store = Store::open(db);
            Drafts drafts(*store.value());
            Draft draft = drafts.create("gemma-3n", "buyer", "Dana").value();
            draft.verdict = Verdict::Ship;
            draft.text = "A scorecard published during the session that used the token, long enough.";
            QVERIFY(drafts.save(draft));
            QVERIFY(drafts.queueForPublishing(draft.id));
        }
        const QByteArray syncRun = cli(dir, {"--db", db, "sync", "--feed", base.toString()}, token).output;
        commandLines << QStringList{"--db", db, "sync", "--feed", base.toString()};
        outputs += syncRun;
        QVERIFY2(syncRun.contains("1 vote") || syncRun.contains("vote"), syncRun.constData());
        QCOMPARE(
            run({"export", "Gemma 3n vs Mistral Medium 3.2", "--pdf", dir.filePath("client/report.pdf")}), 0);
        // A session that failed too: a changed vote goes out with a wrong token, and the feed refuses it
        // without echoing the token.
        QCOMPARE(run({"vote", "Gemma 3n vs Mistral Medium 3.2", "Mistral Medium 3.2"}), 0);
        QVERIFY(run({"sync", "--feed", base.toString()}, token + "x") != 0);
        outputs += server.output();

        QVERIFY(QFile::exists(dir.filePath("client/report.pdf")));
        QCOMPARE(filesHolding(dir.filePath("client"), token), QStringList()); // database, journal, PDF
        QCOMPARE(filesHolding(dir.filePath("home"), token), QStringList());   // settings, caches
        QCOMPARE(filesHolding(dir.filePath("server"), token), QStringList()); // the feed keeps a hash
        QVERIFY2(!outputs.contains(token), "a log or an output shows the token");
        QVERIFY2(!outputs.contains(token.left(12)), "a log shows part of the token");
        for (const QStringList& line : std::as_const(commandLines))
            QVERIFY(!line.join(' ').toLatin1().contains(token));
        qInfo("reliability: token searched in %lld bytes of output and logs, every file of the session and "
              "%lld "
              "command lines: not found",
              static_cast<long long>(outputs.size()), static_cast<long long>(commandLines.size()));
    }

    // No secret service: the CLI says so and stores nothing.
    void theCliRefusesWithoutAKeychain()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath("home"));
        const Run run =
            cli(dir, {"--db", dir.filePath("app.db"), "token", "set", "--feed", "http://127.0.0.1:9/"}, {},
                "sos_never_written_anywhere\n");
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.output.contains("keychain is not available"), run.output.constData());
        QCOMPARE(filesHolding(dir.path(), "sos_never_written_anywhere"), QStringList());
    }

    // No secret service in the app: it offers this session only; declining stores nothing.
    void theAppOffersThisSessionOnly()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        auto f = WindowFixture::create();
        KeychainTokenStore keychain(QStringLiteral("ShipOrSkip-test-no-dbus"));
        MemoryTokenStore session;
        QNetworkAccessManager network;
        const QString feed = QStringLiteral("http://127.0.0.1:9/");
        for (const auto answer : {QMessageBox::No, QMessageBox::Yes}) {
            SettingsDialog dialog(*f->settings, keychain, session, network);
            dialog.findChild<QLineEdit*>("feedUrl")->setText(feed);
            dialog.findChild<QLineEdit*>("feedToken")->setText("sos_session_only_token");
            QString asked;
            // The keychain's attempt runs an event loop of its own: wait for the question to appear.
            QTimer poll;
            poll.setInterval(20);
            connect(&poll, &QTimer::timeout, &poll, [&] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                if (!box)
                    return;
                poll.stop();
                asked = box->text();
                box->button(answer)->click();
            });
            poll.start();
            dialog.accept();
            QVERIFY2(asked.contains("keychain is not available") && asked.contains("this session only"),
                     qPrintable(asked));
            const auto kept = session.read(SyncEngine::feedKey(QUrl(feed)));
            QCOMPARE(kept.value().has_value(), answer == QMessageBox::Yes);
        }
        f->settings->sync();
        QCOMPARE(filesHolding(f->dir.path(), "sos_session_only_token"), QStringList());
    }
};

QTEST_MAIN(TestSecrets)
#include "tst_secrets.moc"
