// SPDX-License-Identifier: GPL-3.0-or-later
// watch and changes (issue #18), run as the real shiporskip-cli on a real store synced over HTTP from the
// real shiporskip-feed on 127.0.0.1: the feed is revised (a watched tool's lens verdict flips, a
// comparison is added, another tool's pricing changes), and after the next sync `changes --json` lists
// exactly those changes, with before and after; --watched only the watched tool's; a failed sync adds
// nothing; the seen mark; unknown names and bad dates.
#include "CliProcess.h"
#include "server/ServerProcess.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sos;
using namespace sos::test;

namespace {

const QString watchedTool = QStringLiteral("mistral-4b-edge");

QStringList described(const QJsonArray& changes)
{
    QStringList lines;
    for (const QJsonValue& value : changes) {
        const QJsonObject change = value.toObject();
        QStringList fields;
        for (const char* key :
             {"kind", "toolId", "comparisonId", "lensId", "field", "before", "after", "watched"})
            fields << change.value(QLatin1String(key)).toVariant().toString();
        lines << fields.join(QLatin1Char('|'));
    }
    lines.sort();
    return lines;
}

} // namespace

class TestChangesCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void revisedFeedListsExactlyItsChanges()
    {
        ServerProcess feed(m_dir.filePath(QStringLiteral("feed.db")));
        const QUrl base = feed.startBundled();
        QVERIFY(base.isValid());
        const QString db = m_dir.filePath(QStringLiteral("store.db"));

        CliRun run = runCliOn(db, {"sync", "--feed", base.toString()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // The first sync of the feed is the baseline: nothing changed yet.
        run = runCliOn(db, {"changes", "--json"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.array().size(), 0);

        // Watched by name; an unknown name fails with suggestions.
        run = runCliOn(db, {"watch", "add", "Mistral 4B Edge"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = runCliOn(db, {"watch", "add", "Mistral 4B Edgy"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("Did you mean") && run.err.contains("Mistral 4B Edge"),
                 qPrintable(run.err));
        run = runCliOn(db, {"watch", "list", "--json"});
        QCOMPARE(run.array().size(), 1);
        QCOMPARE(run.array().at(0).toObject().value("id").toString(), watchedTool);
        QCOMPARE(run.array().at(0).toObject().value("kind").toString(), QStringLiteral("tool"));

        // The Buyer skips Mistral 4B Edge, Mistral Medium 3.2 becomes free, a comparison is published.
        QVERIFY(
            feed.importDocument(revisedBundledFeed(QStringLiteral("A free tier of a million tokens a month")),
                                m_dir.filePath(QStringLiteral("revision.json"))));
        run = runCliOn(db, {"sync"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        run = runCliOn(db, {"changes", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QStringList expected{
            "comparison-added||gemma-3n-vs-code-llama-4||||Gemma 3n vs Code Llama 4|false",
            "field-changed|mistral-medium-3-2|||pricing|Paid: Access is through Mistral's paid hosted API, "
            "billed "
            "by usage. Its selling point is a lower price than flagship models rather than free or "
            "self-hosted "
            "use.|Free: A free tier of a million tokens a month|false",
            "panel-changed|mistral-4b-edge|||panel|unanimous-ship|majority-ship|true",
            "verdict-flipped|mistral-4b-edge||buyer|verdict|ship|skip|true",
        };
        QCOMPARE(described(run.array()), expected);
        const QJsonObject first = run.array().at(0).toObject();
        for (const char* key : {"syncId", "at", "kind", "toolId", "comparisonId", "lensId", "field", "before",
                                "after", "watched"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(first.value("at").toString().left(10),
                 QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));

        run = runCliOn(db, {"changes", "--watched", "--json"});
        QCOMPARE(described(run.array()), expected.mid(2));
        // Unwatched, nothing concerns what is watched.
        run = runCliOn(db, {"watch", "remove", watchedTool});
        QCOMPARE(run.exitCode, 0);
        run = runCliOn(db, {"changes", "--watched", "--json"});
        QCOMPARE(run.array().size(), 0);
        run = runCliOn(db, {"watch", "add", watchedTool});
        QCOMPARE(run.exitCode, 0);

        // Text, for a cron job to mail: grouped under its sync, the watched marked.
        run = runCliOn(db, {"changes"});
        QVERIFY2(run.text().contains("Sync of ") &&
                     run.text().contains("  * The Buyer lens flipped on Mistral 4B Edge: ship → skip.") &&
                     run.text().contains("    New comparison: Gemma 3n vs Code Llama 4."),
                 run.out.constData());

        // A sync that fails adds nothing.
        feed.stop();
        run = runCliOn(db, {"sync", "--timeout", "5"});
        QVERIFY(run.exitCode != 0);
        run = runCliOn(db, {"changes", "--json"});
        QCOMPARE(described(run.array()), expected);

        // Seen: --mark-seen after listing; then nothing is new.
        run = runCliOn(db, {"changes", "--since", "last-seen", "--json", "--mark-seen"});
        QCOMPARE(run.array().size(), expected.size());
        run = runCliOn(db, {"changes", "--since", "last-seen", "--json"});
        QCOMPARE(run.array().size(), 0);
        run = runCliOn(
            db, {"changes", "--since", QDate::currentDate().addDays(-1).toString(Qt::ISODate), "--json"});
        QCOMPARE(run.array().size(), expected.size());
        run = runCliOn(db, {"changes", "--since", "yesterday"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("2026-12-01") && run.err.contains("last-seen"), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestChangesCli)
#include "tst_changescli.moc"
