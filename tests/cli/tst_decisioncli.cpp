// SPDX-License-Identifier: GPL-3.0-or-later
// rank, profile, decide, decisions and export's decision options, run as the real shiporskip-cli on
// a real store file; the evidence test syncs from the real shiporskip-feed on 127.0.0.1 before and after
// the feed flips one verdict of the chosen tool.
#include "CliProcess.h"
#include "server/ServerProcess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sos;
using namespace sos::test;

namespace {

const QString edgeVsMedium = QStringLiteral("Mistral 4B Edge vs Mistral Medium 3.2");
const QString codeLlamaVsEdge = QStringLiteral("Code Llama 4 (70B & 400B) vs Mistral 4B Edge");

} // namespace

class TestDecisionCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_stores = 0;

    using Run = CliRun;

    // A store file of its own for each test, seeded with the bundled catalog by its first command.
    QString newStore() { return m_dir.filePath(QStringLiteral("store-%1.db").arg(++m_stores)); }

    static Run cli(const QString& db, const QStringList& arguments) { return runCliOn(db, arguments); }

    static QJsonObject rankedTool(const QJsonObject& ranking, const QString& name)
    {
        for (const QJsonValue& tool : ranking.value(QStringLiteral("tools")).toArray()) {
            if (tool.toObject().value(QStringLiteral("name")).toString() == name)
                return tool.toObject();
        }
        return {};
    }

    // What the store file holds of profiles and decisions, read through the store itself.
    static std::pair<qsizetype, qsizetype> storedProfilesAndDecisions(const QString& db)
    {
        auto store = Store::open(db);
        if (!store) {
            qWarning() << store.errorMessage();
            return {-1, -1};
        }
        return {store.value()->decisions().profiles().size(), store.value()->decisions().decisions().size()};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Under weights where Buyer counts five times any other lens, the one lens the two disagree on
    // decides: 8 of 8 points against 3 of 8. Without Buyer they tie.
    void rankWhereBuyerDominates()
    {
        const QString db = newStore();
        Run run = cli(db, {"rank", edgeVsMedium, "--weights", "buyer=5", "--json"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QJsonObject ranking = run.object();
        QCOMPARE(ranking.value("profile").toObject().value("weights").toObject().value("buyer").toInt(), 5);
        const QJsonArray tools = ranking.value("tools").toArray();
        QCOMPARE(tools.size(), 2);
        QCOMPARE(tools.at(0).toObject().value("toolId").toString(), QStringLiteral("mistral-4b-edge"));
        QCOMPARE(tools.at(0).toObject().value("name").toString(), QStringLiteral("Mistral 4B Edge"));
        QCOMPARE(tools.at(0).toObject().value("rank").toInt(), 1);
        QCOMPARE(tools.at(0).toObject().value("score").toDouble(), 8.0);
        QCOMPARE(tools.at(1).toObject().value("toolId").toString(), QStringLiteral("mistral-medium-3-2"));
        QCOMPARE(tools.at(1).toObject().value("rank").toInt(), 2);
        QCOMPARE(tools.at(1).toObject().value("score").toDouble(), 3.0);
        QCOMPARE(tools.at(1).toObject().value("mustHavesFailed").toArray(), QJsonArray());
        QVERIFY(tools.at(1).toObject().value("reasons").toArray().size() > 0);
        QVERIFY(QJsonDocument(tools.at(1).toObject().value("reasons").toArray()).toJson().contains("Buyer"));
        QVERIFY(ranking.value("flipsIf").isArray());
        QCOMPARE(ranking.value("comparisonId").toString(),
                 QStringLiteral("mistral-4b-edge-vs-mistral-medium-3-2"));

        // The lens by its name, any case: the same ranking.
        run = cli(db, {"rank", edgeVsMedium, "--weights", "BUYER=5", "--json"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.object().value("tools"), ranking.value("tools"));

        // Buyer weighed 0: what is left is three ships each, a tie.
        run = cli(db, {"rank", edgeVsMedium, "--weights", "buyer=0", "--json"});
        QCOMPARE(run.exitCode, 0);
        ranking = run.object();
        for (const QJsonValue& tool : ranking.value("tools").toArray()) {
            QCOMPARE(tool.toObject().value("rank").toInt(), 1);
            QCOMPARE(tool.toObject().value("score").toDouble(), 3.0);
        }

        // Any tools, by id or name: Buyer skips Gemma 3n and Code Llama 4, which tie for second.
        run = cli(db,
                  {"rank", "gemma-3n", "Mistral 4B Edge", "code llama 4", "--weights", "buyer=5", "--json"});
        QCOMPARE(run.exitCode, 0);
        ranking = run.object();
        QVERIFY(ranking.value("comparisonId").isNull());
        QCOMPARE(rankedTool(ranking, "Mistral 4B Edge").value("rank").toInt(), 1);
        QCOMPARE(rankedTool(ranking, "Gemma 3n").value("rank").toInt(), 2);
        QCOMPARE(rankedTool(ranking, "Code Llama 4").value("rank").toInt(), 2);

        // The text: headline, ranks, scores, reasons.
        run = cli(db, {"rank", edgeVsMedium, "--weights", "buyer=5"});
        QCOMPARE(run.exitCode, 0);
        const QString text = run.text();
        QVERIFY2(text.contains("Mistral 4B Edge ranks first"), qPrintable(text));
        QVERIFY2(text.contains("8 of 8 points") && text.contains("3 of 8 points"), qPrintable(text));
        QVERIFY2(text.contains("Buyer 5"), qPrintable(text));
        QVERIFY2(text.contains("Would change the top"), qPrintable(text));
    }

    // A must-have rules a tool out: it is still ranked, after the tools that meet it, and marked.
    void rankMustHaveRulesAToolOut()
    {
        const QString db = newStore();
        const Run run = cli(db, {"rank", codeLlamaVsEdge, "--require", "license=Apache 2.0", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject ranking = run.object();
        const QJsonArray tools = ranking.value("tools").toArray();
        QCOMPARE(tools.size(), 2);
        const QJsonObject edge = tools.at(0).toObject();
        QCOMPARE(edge.value("toolId").toString(), QStringLiteral("mistral-4b-edge"));
        QCOMPARE(edge.value("rank").toInt(), 1);
        QCOMPARE(edge.value("mustHavesFailed").toArray(), QJsonArray());
        const QJsonObject codeLlama = tools.at(1).toObject();
        QCOMPARE(codeLlama.value("toolId").toString(), QStringLiteral("code-llama-4-70b-400b"));
        QCOMPARE(codeLlama.value("rank").toInt(), 2);
        const QJsonArray failed = codeLlama.value("mustHavesFailed").toArray();
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.at(0).toString().contains("license") &&
                     failed.at(0).toString().contains("Apache 2.0"),
                 qPrintable(failed.at(0).toString()));
        const QJsonArray mustHaves = ranking.value("profile").toObject().value("requires").toArray();
        QCOMPARE(mustHaves.size(), 1);
        QCOMPARE(mustHaves.at(0).toObject().value("field").toString(), QStringLiteral("license"));

        const Run text = cli(db, {"rank", codeLlamaVsEdge, "--require", "license=Apache 2.0"});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.text().contains(failed.at(0).toString()), qPrintable(text.text()));
    }

    // Every lens says ship for both: a tie, said as one, and the sentence on what would break it.
    void rankTieAndItsSensitivity()
    {
        const QString db = newStore();
        Run run = cli(db, {"rank", codeLlamaVsEdge, "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject ranking = run.object();
        QCOMPARE(ranking.value("profile").toObject().value("name").toString(),
                 QStringLiteral("Equal weights"));
        for (const QJsonValue& tool : ranking.value("tools").toArray()) {
            QCOMPARE(tool.toObject().value("rank").toInt(), 1);
            QCOMPARE(tool.toObject().value("tied").toBool(), true);
            QCOMPARE(tool.toObject().value("score").toDouble(), 4.0);
        }
        QVERIFY2(ranking.value("headline").toString().contains("tie"),
                 qPrintable(ranking.value("headline").toString()));
        // One skip anywhere breaks the tie: the first such change, said in words.
        const QJsonArray flipsIf = ranking.value("flipsIf").toArray();
        QVERIFY(!flipsIf.isEmpty());
        const QString sentence = flipsIf.at(0).toString();
        QCOMPARE(sentence,
                 QStringLiteral("If Developer experience, Competitive skeptic, Futurist or Buyer said skip "
                                "on Code Llama 4 (70B & 400B), Mistral 4B Edge would rank first."));

        run = cli(db, {"rank", codeLlamaVsEdge});
        QCOMPARE(run.exitCode, 0);
        const QString text = run.text();
        QVERIFY2(text.contains("1 (tie)"), qPrintable(text));
        const qsizetype flips = text.indexOf("Would change the top:");
        QVERIFY2(flips > 0, qPrintable(text));
        QVERIFY2(text.mid(flips).simplified().contains(sentence.simplified()), qPrintable(text));
    }

    void profilesSavedListedReusedRemoved()
    {
        const QString db = newStore();
        Run run = cli(db, {"profile", "list", "--json"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.array(), QJsonArray());
        run = cli(db, {"profile", "list"});
        QVERIFY2(run.text().contains("Equal weights"), qPrintable(run.text()));

        run = cli(db, {"profile", "save", "Buyer first", "--weights", "buyer=5,futurist=0", "--require",
                       "deployment=on-device"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.text().contains("Buyer first"), qPrintable(run.text()));
        run = cli(
            db, {"profile", "save", "Procurement", "--weights", "Buyer=3", "--community", "2", "--default"});
        QCOMPARE(run.exitCode, 0);

        run = cli(db, {"profile", "list", "--json"});
        QCOMPARE(run.exitCode, 0);
        QJsonArray profiles = run.array();
        QCOMPARE(profiles.size(), 2);
        const QJsonObject buyerFirst = profiles.at(0).toObject();
        QCOMPARE(buyerFirst.value("name").toString(), QStringLiteral("Buyer first"));
        QCOMPARE(buyerFirst.value("weights").toObject().value("buyer").toInt(), 5);
        QCOMPARE(buyerFirst.value("weights").toObject().value("futurist").toInt(-1), 0);
        QCOMPARE(buyerFirst.value("requires").toArray().size(), 1);
        QCOMPARE(buyerFirst.value("default").toBool(), false);
        const QJsonObject procurement = profiles.at(1).toObject();
        QCOMPARE(procurement.value("name").toString(), QStringLiteral("Procurement"));
        QCOMPARE(procurement.value("communityWeight").toInt(), 2);
        QCOMPARE(procurement.value("default").toBool(), true);
        run = cli(db, {"profile", "list"});
        QVERIFY2(run.text().contains("Procurement (default)"), qPrintable(run.text()));

        // Reused by name (any case): Mistral Medium 3.2 is hosted, so it fails the must-have.
        run = cli(db, {"rank", edgeVsMedium, "--profile", "buyer first", "--json"});
        QCOMPARE(run.exitCode, 0);
        QJsonObject ranking = run.object();
        QCOMPARE(ranking.value("profile").toObject().value("name").toString(), QStringLiteral("Buyer first"));
        QCOMPARE(rankedTool(ranking, "Mistral 4B Edge").value("score").toDouble(), 7.0);
        QCOMPARE(rankedTool(ranking, "Mistral Medium 3.2").value("mustHavesFailed").toArray().size(), 1);
        // Adjusted for one run; the saved profile stays as it was.
        run = cli(db, {"rank", edgeVsMedium, "--profile", "Buyer first", "--weights", "buyer=1", "--json"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(rankedTool(run.object(), "Mistral 4B Edge").value("score").toDouble(), 3.0);
        // Without --profile: the default.
        run = cli(db, {"rank", edgeVsMedium, "--json"});
        QCOMPARE(run.object().value("profile").toObject().value("name").toString(),
                 QStringLiteral("Procurement"));

        run = cli(db, {"profile", "remove", "Buyer frist"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("Buyer frist") && run.err.contains("Buyer first"), qPrintable(run.err));
        run = cli(db, {"profile", "remove", "Buyer first"});
        QCOMPARE(run.exitCode, 0);
        run = cli(db, {"profile", "list", "--json"});
        profiles = run.array();
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.at(0).toObject().value("name").toString(), QStringLiteral("Procurement"));
        run = cli(db, {"rank", edgeVsMedium, "--profile", "Buyer first"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("Buyer first"), qPrintable(run.err));
    }

    void decisionsArePinnedToTheirEvidence()
    {
        const QString db = newStore();
        Run run = cli(db, {"decisions", "--json"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.array(), QJsonArray());

        run = cli(db, {"decide", "Gemma 3n vs Mistral Medium 3.2", "--choose", "gemma 3n", "--by", "Alice",
                       "--rationale", "Runs on the device; the Buyer's skip is about support.", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject decision = run.object();
        QVERIFY(decision.value("id").toInteger() > 0);
        QCOMPARE(decision.value("comparisonId").toString(), QStringLiteral("gemma-3n-vs-mistral-medium-3-2"));
        QCOMPARE(decision.value("toolId").toString(), QStringLiteral("gemma-3n"));
        QCOMPARE(decision.value("by").toString(), QStringLiteral("Alice"));
        QCOMPARE(decision.value("rationale").toString(),
                 QStringLiteral("Runs on the device; the Buyer's skip is about support."));
        QVERIFY(QDateTime::fromString(decision.value("decidedAt").toString(), Qt::ISODate).isValid());
        QCOMPARE(decision.value("profile").toObject().value("name").toString(),
                 QStringLiteral("Equal weights"));
        const QJsonObject snapshot = decision.value("snapshot").toObject();
        const QJsonArray snapshotTools = snapshot.value("tools").toArray();
        QCOMPARE(snapshotTools.size(), 2);
        QCOMPARE(snapshotTools.at(0).toObject().value("toolId").toString(), QStringLiteral("gemma-3n"));
        QVERIFY(QJsonDocument(snapshotTools.at(0).toObject()).toJson().contains("\"skip\""));

        run = cli(db, {"decisions", "--json"});
        QCOMPARE(run.exitCode, 0);
        QJsonArray decisions = run.array();
        QCOMPARE(decisions.size(), 1);
        QJsonObject status = decisions.at(0).toObject();
        for (const char* field : {"id", "comparisonId", "toolId", "by", "rationale", "decidedAt", "profile"})
            QCOMPARE(status.value(QLatin1String(field)), decision.value(QLatin1String(field)));
        QCOMPARE(status.value("snapshot"), decision.value("snapshot"));
        QCOMPARE(status.value("evidenceChanged"), QJsonValue(false));
        QVERIFY(status.value("changesSince").isArray());
        QCOMPARE(status.value("changesSince").toArray(), QJsonArray());

        // Of one comparison, by title or id; another comparison has none.
        run = cli(db, {"decisions", "gemma-3n-vs-mistral-medium-3-2", "--json"});
        QCOMPARE(run.array().size(), 1);
        run = cli(db, {"decisions", edgeVsMedium, "--json"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.array(), QJsonArray());

        run = cli(db, {"decisions"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.text().contains("Gemma 3n") && run.text().contains("Alice") &&
                     run.text().contains("Buyer's skip is about support") &&
                     run.text().contains("The evidence has not changed since."),
                 qPrintable(run.text()));

        // A new decision supersedes the first, which stays as it was.
        run = cli(db, {"decide", "gemma-3n-vs-mistral-medium-3-2", "--choose", "Mistral Medium 3.2", "--by",
                       "Bob", "--rationale", "Hosted after all.", "--json"});
        QCOMPARE(run.exitCode, 0);
        const qint64 second = run.object().value("id").toInteger();
        run = cli(db, {"decisions", "--json"});
        decisions = run.array();
        QCOMPARE(decisions.size(), 2);
        QCOMPARE(decisions.at(0).toObject().value("id").toInteger(), second);
        QCOMPARE(decisions.at(1).toObject().value("supersededBy").toInteger(), second);
        QCOMPARE(decisions.at(1).toObject().value("rationale"), decision.value("rationale"));
    }

    // The evidence test: the chosen tool's Buyer verdict flips on the feed; after the next sync the
    // decision says its evidence changed, with exactly that change.
    void revisedFeedMarksTheDecision()
    {
        ServerProcess feed(m_dir.filePath(QStringLiteral("feed.db")));
        const QUrl base = feed.startBundled();
        QVERIFY(base.isValid());

        const QString db = newStore();
        Run run = cli(db, {"sync", "--feed", base.toString()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli(db, {"decide", edgeVsMedium, "--choose", "mistral-4b-edge", "--by", "Alice", "--rationale",
                       "Every lens ships it.", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject snapshot = run.object().value("snapshot").toObject();
        QCOMPARE(snapshot.value("feedUrl").toString(), base.toString());
        QVERIFY(!snapshot.value("lastSync").toString().isEmpty());
        run = cli(db, {"decisions", "--json"});
        QCOMPARE(run.array().at(0).toObject().value("evidenceChanged"), QJsonValue(false));

        // The feed revises one scorecard: the Buyer now skips Mistral 4B Edge.
        FeedDocument revision;
        revision.feedId = bundledFeed().feedId;
        revision.generatedAt = QDateTime::currentDateTimeUtc();
        for (Review review : bundledFeed().reviews) {
            if (review.toolId == QLatin1String("mistral-4b-edge") &&
                review.lensId == QLatin1String("buyer")) {
                QCOMPARE(review.verdict, Verdict::Ship);
                review.verdict = Verdict::Skip;
                review.updatedAt = QDateTime::currentDateTimeUtc();
                revision.reviews << review;
            }
        }
        QCOMPARE(revision.reviews.size(), 1);
        QVERIFY(feed.importDocument(revision, m_dir.filePath(QStringLiteral("revision.json"))));

        run = cli(db, {"sync"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli(db, {"decisions", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray decisions = run.array();
        QCOMPARE(decisions.size(), 1);
        const QJsonObject status = decisions.at(0).toObject();
        QCOMPARE(status.value("evidenceChanged"), QJsonValue(true));
        const QJsonArray changes = status.value("changesSince").toArray();
        QCOMPARE(changes.size(), 1);
        const QJsonObject change = changes.at(0).toObject();
        QCOMPARE(change.value("toolId").toString(), QStringLiteral("mistral-4b-edge"));
        QCOMPARE(change.value("field").toString(), QStringLiteral("verdict"));
        QCOMPARE(change.value("lensId").toString(), QStringLiteral("buyer"));
        QCOMPARE(change.value("before").toString(), QStringLiteral("ship"));
        QCOMPARE(change.value("after").toString(), QStringLiteral("skip"));
        // The snapshot is what it was: the decision is never rewritten.
        QCOMPARE(status.value("snapshot").toObject(), snapshot);

        run = cli(db, {"decisions", edgeVsMedium});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.text().contains("The evidence changed since:") && run.text().contains("Buyer"),
                 qPrintable(run.text()));
        // Under equal weights the two now tie.
        run = cli(db, {"rank", edgeVsMedium, "--json"});
        QCOMPARE(rankedTool(run.object(), "Mistral Medium 3.2").value("rank").toInt(), 1);
        QCOMPARE(rankedTool(run.object(), "Mistral 4B Edge").value("rank").toInt(), 1);
    }

    void badInputNamesItAndStoresNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("messageParts");
        QTest::newRow("unknown lens")
            << QStringList{"rank", edgeVsMedium, "--weights", "buyr=5"} << QStringList{"buyr", "Buyer"};
        QTest::newRow("weight out of range")
            << QStringList{"rank", edgeVsMedium, "--weights", "buyer=7"} << QStringList{"7", "0", "5"};
        QTest::newRow("weight not a number")
            << QStringList{"rank", edgeVsMedium, "--weights", "buyer=lots"} << QStringList{"lots"};
        QTest::newRow("unknown field") << QStringList{"rank", edgeVsMedium, "--require", "licence=MIT"}
                                       << QStringList{"licence", "license"};
        QTest::newRow("must-have no tool meets")
            << QStringList{"rank", edgeVsMedium, "--require", "license=Apache 2"} << QStringList{"Apache 2"};
        QTest::newRow("unknown profile") << QStringList{"rank", edgeVsMedium, "--profile", "Equal weight"}
                                         << QStringList{"Equal weight", "Equal weights"};
        QTest::newRow("unknown tool") << QStringList{"rank", "gemma-3n", "mistral 4 edge"}
                                      << QStringList{"mistral 4 edge", "Mistral 4B Edge"};
        QTest::newRow("unknown comparison")
            << QStringList{"rank", "Gemma vs Nobody"} << QStringList{"Gemma vs Nobody"};
        QTest::newRow("save: weight out of range")
            << QStringList{"profile", "save", "Team", "--weights", "buyer=9"} << QStringList{"9"};
        QTest::newRow("save: unknown lens")
            << QStringList{"profile", "save", "Team", "--weights", "futurism=2"}
            << QStringList{"futurism", "Futurist"};
        QTest::newRow("save: must-have no tool meets")
            << QStringList{"profile", "save", "Team", "--require", "deployment=on-prem"}
            << QStringList{"on-prem"};
        QTest::newRow("save: community weight")
            << QStringList{"profile", "save", "Team", "--community", "6"} << QStringList{"6"};
        QTest::newRow("remove: unknown profile")
            << QStringList{"profile", "remove", "Team"} << QStringList{"Team"};
        QTest::newRow("decide: unknown tool")
            << QStringList{"decide", edgeVsMedium, "--choose",    "Mistral 4 Edge",
                           "--by",   "Alice",      "--rationale", "r"}
            << QStringList{"Mistral 4 Edge", "Mistral 4B Edge"};
        QTest::newRow("decide: tool not in the comparison")
            << QStringList{"decide", edgeVsMedium, "--choose",    "Gemma 3n",
                           "--by",   "Alice",      "--rationale", "r"}
            << QStringList{"Gemma 3n"};
        QTest::newRow("decide: unknown comparison")
            << QStringList{"decide", "Mistral vs Nobody", "--choose", "Gemma 3n", "--by",
                           "A",      "--rationale",       "r"}
            << QStringList{"Mistral vs Nobody"};
        QTest::newRow("decide: empty rationale")
            << QStringList{"decide", edgeVsMedium, "--choose",    "Mistral 4B Edge",
                           "--by",   "Alice",      "--rationale", " "}
            << QStringList{"rationale"};
        QTest::newRow("decide: nobody")
            << QStringList{"decide", edgeVsMedium, "--choose",    "Mistral 4B Edge",
                           "--by",   "",           "--rationale", "r"}
            << QStringList{};
        QTest::newRow("decide: unknown profile")
            << QStringList{"decide", edgeVsMedium,  "--choose", "Mistral 4B Edge", "--by",
                           "Alice",  "--rationale", "r",        "--profile",       "Procurment"}
            << QStringList{"Procurment"};
        QTest::newRow("decisions: unknown comparison")
            << QStringList{"decisions", "Gemma 3n vs Mistral Medium"}
            << QStringList{"Gemma 3n vs Mistral Medium"};
        QTest::newRow("export: unknown decision")
            << QStringList{"export", edgeVsMedium, "--pdf", "@DIR@/x.pdf", "--decision", "999"}
            << QStringList{"#999"};
        QTest::newRow("export: unknown profile")
            << QStringList{"export", edgeVsMedium, "--pdf", "@DIR@/x.pdf", "--profile", "Equal weight"}
            << QStringList{"Equal weight", "Equal weights"};
    }

    void badInputNamesItAndStoresNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, messageParts);
        const QString db = newStore();
        QTemporaryDir files;
        arguments.replaceInStrings("@DIR@", files.path());
        const Run run = cli(db, arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith("shiporskip-cli"), qPrintable(run.err));
        for (const QString& part : messageParts)
            QVERIFY2(run.err.contains(part, Qt::CaseInsensitive), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(storedProfilesAndDecisions(db), (std::pair<qsizetype, qsizetype>(0, 0)));
        QCOMPARE(QDir(files.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("rank: nothing") << QStringList{"rank"} << "rank takes one comparison";
        QTest::newRow("rank: five tools") << QStringList{"rank", "a", "b", "c", "d", "e"} << "rank takes";
        QTest::newRow("profile: no action") << QStringList{"profile"} << "use: profile save NAME";
        QTest::newRow("profile: save without name") << QStringList{"profile", "save"} << "use: profile save";
        QTest::newRow("decide: no rationale")
            << QStringList{"decide", edgeVsMedium, "--choose", "Mistral 4B Edge", "--by", "Alice"}
            << "--rationale TEXT";
        QTest::newRow("export: a decision for all")
            << QStringList{"export", "--all", "--out", "@DIR@", "--decision", "1"} << "--decision";
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString db = newStore();
        QTemporaryDir files;
        arguments.replaceInStrings("@DIR@", files.path());
        const Run run = cli(db, arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(storedProfilesAndDecisions(db), (std::pair<qsizetype, qsizetype>(0, 0)));
    }

    // The report leads with the ranking and the decision: page 1, read back with pdftotext.
    void exportLeadsWithTheDecision()
    {
        if (QStandardPaths::findExecutable("pdftotext").isEmpty())
            QSKIP("poppler-utils (pdftotext) is not installed: scripts/setup installs it");
        const QString db = newStore();
        Run run = cli(db, {"decide", edgeVsMedium, "--choose", "Mistral Medium 3.2", "--by", "Alice",
                           "--rationale", "The hosted one, for the support contract.", "--json"});
        QCOMPARE(run.exitCode, 0);
        const qint64 first = run.object().value("id").toInteger();
        run = cli(db, {"decide", edgeVsMedium, "--choose", "Mistral 4B Edge", "--by", "Bob", "--rationale",
                       "On the device after all."});
        QCOMPARE(run.exitCode, 0);
        run = cli(db, {"profile", "save", "Buyer first", "--weights", "buyer=5"});
        QCOMPARE(run.exitCode, 0);

        const auto firstPage = [](const QString& pdf) {
            QProcess process;
            process.start("pdftotext", {"-f", "1", "-l", "1", "-layout", pdf, "-"});
            process.waitForFinished(30000);
            return QString::fromUtf8(process.readAllStandardOutput()).simplified();
        };
        // The latest decision, the default profile.
        const QString latest = m_dir.filePath("latest.pdf");
        run = cli(db, {"export", edgeVsMedium, "--pdf", latest, "--no-charts"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QString page = firstPage(latest);
        QVERIFY2(page.contains("On the device after all.") && page.contains("Bob"), qPrintable(page));
        QVERIFY2(page.contains("Equal weights"), qPrintable(page));
        QVERIFY2(!page.contains("for the support contract"), qPrintable(page));

        // The one --decision names, under the profile --profile names.
        const QString earlier = m_dir.filePath("earlier.pdf");
        run = cli(db, {"export", edgeVsMedium, "--pdf", earlier, "--no-charts", "--decision",
                       QString::number(first), "--profile", "buyer first"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        page = firstPage(earlier);
        QVERIFY2(page.contains("The hosted one, for the support contract.") && page.contains("Alice"),
                 qPrintable(page));
        QVERIFY2(page.contains("Buyer first") && page.contains("8 of 8"), qPrintable(page));
    }

    void helpListsTheNewCommands()
    {
        const Run run = cli(newStore(), {"--help"});
        QCOMPARE(run.exitCode, 0);
        for (const char* command : {"rank", "profile", "decide", "decisions"})
            QVERIFY2(run.text().contains(QStringLiteral("\n  %1 ").arg(QLatin1String(command))), command);
    }
};

QTEST_GUILESS_MAIN(TestDecisionCli)
#include "tst_decisioncli.moc"
