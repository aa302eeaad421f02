// SPDX-License-Identifier: GPL-3.0-or-later
// The feed token in a real system keychain (gnome-keyring on a private D-Bus, see run-with-keyring.sh),
// and a whole session with it that leaves the token in no file of ours.
#include "../TestSupport.h"
#include "../server/ServerProcess.h"
#include <sync/TokenStore.h>

#include <QDirIterator>
#include <QProcess>

using namespace sos;
using namespace sos::test;

class TestKeychain : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString cli(const QStringList& arguments, const QByteArray& input = {}, int* exitCode = nullptr,
                       const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(SHIPORSKIP_CLI_PATH), arguments);
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        if (exitCode)
            *exitCode = process.exitCode();
        return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no D-Bus session: run this test through tests/sync/run-with-keyring.sh (ctest does)");
    }

    void writeReadRemove()
    {
        KeychainTokenStore keychain(QStringLiteral("ShipOrSkip-test"));
        const QString feed = QStringLiteral("http://127.0.0.1:1/");
        auto missing = keychain.read(feed);
        QVERIFY2(missing, qPrintable(missing.errorMessage()));
        QVERIFY(!missing.value().has_value());
        QVERIFY(keychain.write(feed, "sos_first"));
        QVERIFY(keychain.write(feed, "sos_second")); // replaces
        auto read = keychain.read(feed);
        QVERIFY(read && read.value());
        QCOMPARE(*read.value(), QByteArray("sos_second"));
        QVERIFY(keychain.read(QStringLiteral("http://127.0.0.1:2/")).value() == std::nullopt); // per feed
        QVERIFY(keychain.remove(feed));
        QVERIFY(!keychain.read(feed).value().has_value());
    }

    // A vote pushed with the token from the keychain; afterwards no file of ours holds the token.
    void aWholeSessionLeavesNoTokenInFiles()
    {
        ServerProcess server(m_dir.filePath("server.db"));
        server.command(
            {"import", QStringLiteral(SHIPORSKIP_SOURCE_DIR) + "/resources/feed/bundled-feed.json"});
        const QByteArray token = server.command({"token", "issue", "alice"}).toLatin1();
        QVERIFY(token.startsWith("sos_"));
        const QUrl base = server.start();
        QVERIFY(base.isValid());
        const QString db = m_dir.filePath("client/client.db");
        int exitCode = -1;
        QString output =
            cli({"--db", db, "token", "set", "--feed", base.toString()}, token + "\n", &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(output.contains("token stored in the system keychain"), qPrintable(output));
        cli({"--db", db, "vote", "Gemma 3n vs Mistral Medium 3.2", "Gemma 3n"}, {}, &exitCode);
        QCOMPARE(exitCode, 0);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove("SHIPORSKIP_TOKEN");
        output = cli({"--db", db, "sync", "--feed", base.toString()}, {}, &exitCode, environment);
        QCOMPARE(exitCode, 0);
        QVERIFY2(output.contains("1 vote pushed."), qPrintable(output));
        QVERIFY(!output.contains(QString::fromLatin1(token)));
        server.stop();

        // The database (with its WAL), the settings and anything else under our folders: no token.
        int files = 0;
        for (const QString& root : QStringList{m_dir.filePath("client"), QDir::homePath() + "/.config",
                                               QDir::homePath() + "/.local/share/ShipOrSkip"}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.fileName().contains("keyrings"))
                    continue; // the keychain's own, encrypted store
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(!file.readAll().contains(token), qPrintable(file.fileName()));
                ++files;
            }
        }
        QVERIFY(files >= 1);
    }

    // With no secret service there is no keychain, and the message says so; nothing falls back to a file.
    void noKeychainIsSaidPlainly()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_dir.filePath("no-such-bus"));
        int exitCode = -1;
        const QString output =
            cli({"--db", m_dir.filePath("nobus.db"), "token", "set", "--feed", "http://127.0.0.1:9/"},
                "sos_never_written\n", &exitCode, environment);
        QCOMPARE(exitCode, 1);
        QVERIFY2(output.contains("keychain is not available"), qPrintable(output));
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains("sos_never_written"), qPrintable(file.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
