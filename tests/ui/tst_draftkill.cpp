// SPDX-License-Identifier: GPL-3.0-or-later
// The real shiporskip process, offscreen, on a temporary database: a draft is typed key by key through
// the editor's widgets, the process is killed with SIGKILL, and the next start finds the draft with
// everything typed up to two seconds before the kill, and the cursor at its end.
#include "../TestSupport.h"
#include <drafts/Drafts.h>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>

#include <csignal>

using namespace sos;
using namespace sos::test;

class TestDraftKill : public QObject
{
    Q_OBJECT

    static QProcess* startApp(const QTemporaryDir& dir, const QStringList& arguments, QObject* parent)
    {
        auto* app = new QProcess(parent);
        app->setProgram(QStringLiteral(SHIPORSKIP_GUI_PATH));
        app->setArguments(
            QStringList{"--db", dir.filePath("app.db"), "--settings", dir.filePath("settings.ini")} +
            arguments);
        app->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app->start();
        return app;
    }

private Q_SLOTS:
    void killedWhileTyping_data()
    {
        QTest::addColumn<int>("killAfterKeys");
        // Three seconds into the typing, and six.
        QTest::newRow("after 120 keys") << 120;
        QTest::newRow("after 240 keys") << 240;
    }

    void killedWhileTyping()
    {
        QFETCH(int, killAfterKeys);
        QTemporaryDir dir;
        const QString text =
            QString("On-device audio changes who pays for this: accessibility vendors can caption "
                    "offline without a server bill, and that is a budget line the panel skipped. ")
                .repeated(3);
        QFile file(dir.filePath("text.txt"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        file.close();

        QProcess* app = startApp(
            dir, {"--type-draft", "gemma-3n", "--type-text", file.fileName(), "--type-interval", "25"}, this);
        QVERIFY(app->waitForStarted());
        // When each key was typed, by the test's clock.
        QList<std::pair<qint64, int>> typed;
        QElapsedTimer clock;
        clock.start();
        QByteArray pending;
        while (typed.isEmpty() || typed.last().second < killAfterKeys) {
            QVERIFY2(app->state() == QProcess::Running, "the app stopped before it was killed");
            QVERIFY(clock.elapsed() < 60000);
            app->waitForReadyRead(1000);
            pending += app->readAllStandardOutput();
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(newline);
                pending.remove(0, newline + 1);
                if (line.startsWith("typed "))
                    typed.append({clock.elapsed(), line.mid(6).toInt()});
            }
        }
        ::kill(static_cast<pid_t>(app->processId()), SIGKILL);
        const qint64 killedAt = clock.elapsed();
        QVERIFY(app->waitForFinished(10000));
        QCOMPARE(app->exitStatus(), QProcess::CrashExit);
        // Keys reported up to two seconds before the kill must all be in the store.
        int mustHave = 0;
        for (const auto& [at, count] : typed) {
            if (at <= killedAt - 2000)
                mustHave = count;
        }
        const int typedAtKill = typed.last().second;
        QVERIFY(mustHave > 0); // the test proves something only if keys were typed before that

        QProcess* again = startApp(dir, {"--dump-editor"}, this);
        QVERIFY(again->waitForFinished(30000));
        QCOMPARE(again->exitCode(), 0);
        const QByteArray output = again->readAllStandardOutput().trimmed();
        const QJsonObject restored = QJsonDocument::fromJson(output.split('\n').last()).object();
        QVERIFY2(!restored.isEmpty(), output.constData());
        const QString stored = restored.value("text").toString();
        qInfo("typed %d keys, killed; %d typed 2 s before the kill; the next start restored %lld",
              typedAtKill, mustHave, static_cast<long long>(stored.size()));
        QVERIFY2(text.startsWith(stored), qPrintable(stored));
        QVERIFY2(stored.size() >= mustHave, qPrintable(QString("%1 < %2").arg(stored.size()).arg(mustHave)));
        QVERIFY(stored.size() <= typedAtKill);
        QCOMPARE(restored.value("toolId").toString(), QStringLiteral("gemma-3n"));
        QCOMPARE(restored.value("cursorField").toString(), QStringLiteral("text"));
        QCOMPARE(restored.value("cursorPosition").toInt(), static_cast<int>(stored.size()));

        // The store itself is whole.
        auto store = openStore(dir, "app.db");
        QSqlQuery check(store->database().connection());
        QVERIFY(check.exec("PRAGMA integrity_check") && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        QCOMPARE(Drafts(*store).list().size(), 1);
    }
};

QTEST_MAIN(TestDraftKill)
#include "tst_draftkill.moc"
