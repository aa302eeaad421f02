// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real shiporskip-cli binary on a database in a temporary folder.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    Run cli(const QStringList& arguments,
            const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(SHIPORSKIP_CLI_PATH), arguments);
        if (!process.waitForFinished(60000))
            qWarning() << "shiporskip-cli did not finish" << arguments;
        return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                   process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
    }

    Run cliOnDb(QStringList arguments)
    {
        arguments << QStringLiteral("--db") << m_db;
        return cli(arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("cli.db"));
    }

    void toolsJsonListsTheSevenTools()
    {
        const Run run = cliOnDb({"tools", "--json"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.isArray());
        const QJsonArray tools = document.array();
        QCOMPARE(tools.size(), 7);
        QMap<QString, int> percent;
        for (const QJsonValue& value : tools) {
            const QJsonObject tool = value.toObject();
            for (const char* field :
                 {"id", "name", "vendor", "category", "pricing", "license", "deployment", "panelShipPercent",
                  "panelShips", "panelReviews", "communitySharePercent"})
                QVERIFY2(tool.contains(QLatin1String(field)), field);
            percent.insert(tool.value("name").toString(), tool.value("panelShipPercent").toInt(-1));
            QVERIFY(tool.value("communitySharePercent").isNull()); // no votes: null, never 0
        }
        const QMap<QString, int> expected{{"Mistral 4B Edge", 100},
                                          {"Llama 4 Compact (12B)", 100},
                                          {"Code Llama 4 (70B & 400B)", 100},
                                          {"Mistral Medium 3.2", 75},
                                          {"Gemma 3n", 75},
                                          {"Code Llama 4", 75},
                                          {"Mistral 3B Edge", 75}};
        QCOMPARE(percent, expected);
    }

    void toolsFilters()
    {
        Run run = cliOnDb({"tools", "--pricing", "paid", "--json"});
        QCOMPARE(run.exitCode, 0);
        QJsonArray tools = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(tools.size(), 1);
        QCOMPARE(tools.at(0).toObject().value("name").toString(), QStringLiteral("Mistral Medium 3.2"));
        QCOMPARE(tools.at(0).toObject().value("pricing").toString(), QStringLiteral("Paid"));

        run = cliOnDb({"tools", "--search", "gemma", "--category", "Developer Tools", "--json"});
        QCOMPARE(run.exitCode, 0);
        tools = QJsonDocument::fromJson(run.out).array();
        QVERIFY(!tools.isEmpty());
        QStringList names;
        for (const QJsonValue& tool : tools)
            names << tool.toObject().value("name").toString();
        QVERIFY(names.contains("Gemma 3n"));

        run = cliOnDb({"tools", "--category", "Robots", "--json"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 0);

        run = cliOnDb({"tools", "--sort", "panel", "--descending", "--json"});
        QCOMPARE(run.exitCode, 0);
        tools = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(tools.first().toObject().value("panelShipPercent").toInt(), 100);
        QCOMPARE(tools.last().toObject().value("panelShipPercent").toInt(), 75);
    }

    void toolsQuery()
    {
        // The search box's language: the same rows as the store answers, in JSON.
        const auto names = [this](const QStringList& arguments) {
            const Run run = cliOnDb(arguments);
            QStringList list;
            for (const QJsonValue& tool : QJsonDocument::fromJson(run.out).array())
                list << tool.toObject().value("name").toString();
            list.sort();
            return std::pair{run.exitCode, list};
        };
        auto [code, found] = names({"tools", "--query", "pricing:paid OR name:gemma", "--json"});
        QCOMPARE(code, 0);
        QCOMPARE(found, (QStringList{"Gemma 3n", "Mistral Medium 3.2"}));
        std::tie(code, found) = names({"tools", "--query", "ship:<100 -pricing:paid", "--json"});
        QCOMPARE(code, 0);
        QCOMPARE(found, (QStringList{"Code Llama 4", "Gemma 3n", "Mistral 3B Edge"}));
        std::tie(code, found) =
            names({"tools", "--query", "lens:buyer=ship ship:>=75 license:apache", "--json"});
        QCOMPARE(code, 0);
        QVERIFY(!found.isEmpty());
        for (const QString& name : found)
            QVERIFY2(name != "Mistral Medium 3.2", qPrintable(name));
        // With --search and a facet option: all of them apply.
        std::tie(code, found) =
            names({"tools", "--search", "mistral", "--query", "-name:medium", "--pricing", "Free", "--json"});
        QCOMPARE(code, 0);
        QCOMPARE(found, (QStringList{"Mistral 3B Edge", "Mistral 4B Edge"}));
        // --search stays words: an operator there is a word.
        std::tie(code, found) = names({"tools", "--search", "mistral OR gemma", "--json"});
        QCOMPARE(code, 0);
        QCOMPARE(found, names({"tools", "--query", "mistral or gemma", "--json"}).second);
        QVERIFY(found.size() < names({"tools", "--query", "mistral OR gemma", "--json"}).second.size());

        // A query it cannot read: exit 2, the message with the position, the query and a caret under it.
        const Run bad = cliOnDb({"tools", "--query", "mistral pricing:cheap"});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.out.isEmpty());
        QVERIFY2(bad.err.contains("Expected free or paid after pricing: at character 17"),
                 qPrintable(bad.err));
        QVERIFY2(bad.err.contains("\n  mistral pricing:cheap\n                  ^^^^^\n"),
                 qPrintable(bad.err));
        const Run lens = cliOnDb({"tools", "--query", "lens:cto=ship"});
        QCOMPARE(lens.exitCode, 2);
        QVERIFY2(lens.err.contains(
                     "The lenses: dx (developer-experience), skeptic (competitive-skeptic), futurist, "
                     "buyer."),
                 qPrintable(lens.err));
    }

    void toolsTextTable()
    {
        const Run run = cliOnDb({"tools"});
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY(text.startsWith("NAME"));
        QVERIFY(text.contains("Mistral Medium 3.2"));
        QVERIFY(text.contains("75% (3 of 4)"));
        QVERIFY(text.contains("Tools listed: 7"));
    }

    void badOptionsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("pricing") << QStringList{"tools", "--pricing", "cheap"}
                                 << "--pricing takes Free or Paid";
        QTest::newRow("sort") << QStringList{"tools", "--sort", "price"} << "--sort takes";
        QTest::newRow("verdict") << QStringList{"tools", "--verdict", "yes"} << "--verdict takes";
        QTest::newRow("unknown option") << QStringList{"tools", "--colour"} << "Unknown option";
        QTest::newRow("unknown command") << QStringList{"list"} << "unknown command \"list\"";
        QTest::newRow("no command") << QStringList{} << "Usage:";
        QTest::newRow("show without name") << QStringList{"show"} << "show takes one";
        QTest::newRow("stray argument") << QStringList{"tools", "extra"} << "unexpected argument";
    }

    void badOptionsAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = cliOnDb(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void showTool()
    {
        const Run run = cliOnDb({"show", "gemma 3n", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject tool = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(tool.value("name").toString(), QStringLiteral("Gemma 3n"));
        QCOMPARE(tool.value("panelShipPercent").toInt(), 75);
        const QJsonArray reviews = tool.value("reviews").toArray();
        QCOMPARE(reviews.size(), 4);
        QCOMPARE(reviews.at(0).toObject().value("lens").toString(), QStringLiteral("Developer experience"));
        QCOMPARE(reviews.at(3).toObject().value("lensId").toString(), QStringLiteral("buyer"));
        QCOMPARE(reviews.at(3).toObject().value("verdict").toString(), QStringLiteral("skip"));
        QVERIFY(!reviews.at(0).toObject().value("text").toString().isEmpty());
        QCOMPARE(tool.value("comparisons").toArray().size(), 1);

        const Run byId = cliOnDb({"show", "gemma-3n"});
        QCOMPARE(byId.exitCode, 0);
        QVERIFY(QString::fromUtf8(byId.out).contains("Competitive skeptic: SHIP"));
        QVERIFY(QString::fromUtf8(byId.out).contains("Buyer: SKIP"));
    }

    void showComparison()
    {
        const Run run = cliOnDb({"show", "Gemma 3n vs Mistral Medium 3.2", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject comparison = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(comparison.value("title").toString(), QStringLiteral("Gemma 3n vs Mistral Medium 3.2"));
        QCOMPARE(comparison.value("published").toBool(), true);
        const QJsonArray tools = comparison.value("tools").toArray();
        QCOMPARE(tools.size(), 2);
        QCOMPARE(tools.at(0).toObject().value("name").toString(), QStringLiteral("Gemma 3n"));
        QCOMPARE(tools.at(1).toObject().value("name").toString(), QStringLiteral("Mistral Medium 3.2"));
        QCOMPARE(tools.at(0).toObject().value("panelShipPercent").toInt(), 75);
        QVERIFY(tools.at(0).toObject().value("communitySharePercent").isNull());
        const QJsonArray lenses = comparison.value("lenses").toArray();
        QCOMPARE(lenses.size(), 4);
        for (const QJsonValue& lens : lenses) {
            const QJsonArray perTool = lens.toObject().value("tools").toArray();
            QCOMPARE(perTool.size(), 2);
            for (const QJsonValue& cell : perTool) {
                QVERIFY(!cell.toObject().value("verdict").toString().isEmpty());
                QVERIFY(!cell.toObject()
                             .value("reviews")
                             .toArray()
                             .first()
                             .toObject()
                             .value("text")
                             .toString()
                             .isEmpty());
            }
        }
        QCOMPARE(lenses.at(3).toObject().value("id").toString(), QStringLiteral("buyer"));
        QCOMPARE(
            lenses.at(3).toObject().value("tools").toArray().at(0).toObject().value("verdict").toString(),
            QStringLiteral("skip"));

        const Run text = cliOnDb({"show", "Mistral 4B Edge vs Mistral Medium 3.2"});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(QString::fromUtf8(text.out).contains("Buyer  (verdicts differ)"));
    }

    void compareAnyTools_data()
    {
        QTest::addColumn<QStringList>("tools");
        QTest::addColumn<bool>("published");
        QTest::newRow("two, ad hoc") << QStringList{"gemma-3n", "Code Llama 4"} << false;
        QTest::newRow("three") << QStringList{"gemma-3n", "code llama 4", "Mistral 3B Edge"} << false;
        QTest::newRow("four") << QStringList{"gemma-3n", "code-llama-4", "mistral-3b-edge", "mistral-4b-edge"}
                              << false;
        QTest::newRow("a published pair, any order") << QStringList{"Mistral Medium 3.2", "Gemma 3n"} << true;
    }

    void compareAnyTools()
    {
        QFETCH(QStringList, tools);
        QFETCH(bool, published);
        const Run run = cliOnDb(QStringList{"compare"} + tools + QStringList{"--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject comparison = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(comparison.value("tools").toArray().size(), tools.size());
        QCOMPARE(comparison.value("published").toBool(), published);
        QCOMPARE(comparison.value("lenses").toArray().at(0).toObject().value("tools").toArray().size(),
                 tools.size());
        if (!published)
            QCOMPARE(comparison.value("title").toString().count(" vs "), tools.size() - 1);
    }

    void compareRejectsBadSets()
    {
        Run run = cliOnDb({"compare", "gemma-3n"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("compare takes 2 to 4 tools"), qPrintable(run.err));
        run = cliOnDb({"compare", "gemma-3n", "gemma 3n"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("named twice"), qPrintable(run.err));
        run = cliOnDb({"compare", "gemma-3n", "mistral 4 edge"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("Did you mean: Mistral 4B Edge"), qPrintable(run.err));
    }

    void voteRecordsAPendingVote()
    {
        const QString comparison = "Code Llama 4 vs Mistral 3B Edge";
        Run run = cliOnDb({"vote", comparison, "mistral 3b edge", "--json"});
        QCOMPARE(run.exitCode, 0);
        QJsonObject vote = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(vote.value("toolId").toString(), QStringLiteral("mistral-3b-edge"));
        QCOMPARE(vote.value("state").toString(), QStringLiteral("pending"));

        // The comparison shows it apart from the community's figures until the feed counts it.
        run = cliOnDb({"show", comparison, "--json"});
        const QJsonObject shown = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(shown.value("totalVotes").toInt(), 0);
        QCOMPARE(shown.value("myVote").toObject().value("state").toString(), QStringLiteral("pending"));
        const QJsonObject edge = shown.value("tools").toArray().at(1).toObject();
        QCOMPARE(edge.value("communityVotes").toInt(), 0);
        QCOMPARE(edge.value("communityIncludesMyPendingVote").toBool(true), false);
        QCOMPARE(edge.value("myPendingVote").toBool(), true);

        // Changing the vote moves it; it is still one vote.
        run = cliOnDb({"vote", "code-llama-4-vs-mistral-3b-edge", "Code Llama 4"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QString::fromUtf8(run.out).contains("pending"));
        run = cliOnDb({"show", comparison, "--json"});
        const QJsonObject moved = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(moved.value("totalVotes").toInt(), 0);
        QCOMPARE(moved.value("tools").toArray().at(0).toObject().value("myPendingVote").toBool(), true);
        QCOMPARE(moved.value("tools").toArray().at(1).toObject().value("myPendingVote").toBool(), false);

        run = cliOnDb({"vote", comparison, "Gemma 3n"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("vote for one of: Code Llama 4, Mistral 3B Edge"), qPrintable(run.err));
        run = cliOnDb({"vote", "Gemma vs Nobody", "Gemma 3n"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("There is no comparison"), qPrintable(run.err));
    }

    void exportReports()
    {
        if (QStandardPaths::findExecutable("pdfinfo").isEmpty())
            QSKIP("poppler-utils (pdfinfo) is not installed: scripts/setup installs it");
        const QString pdf = m_dir.filePath("report.pdf");
        Run run = cliOnDb({"export", "Gemma 3n vs Mistral Medium 3.2", "--pdf", pdf, "--page-size", "Letter",
                           "--no-charts"});
        QCOMPARE(run.exitCode, 0);
        QProcess info;
        info.start("pdfinfo", {pdf});
        QVERIFY(info.waitForFinished(30000));
        const QString infoText = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(infoText.contains("612 x 792 pts (letter)"), qPrintable(infoText));
        QVERIFY(infoText.contains("Title:           Gemma 3n vs Mistral Medium 3.2"));

        const QString folder = m_dir.filePath("all-reports");
        run = cliOnDb({"export", "--all", "--out", folder, "--format", "pdf", "--format", "csv"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QDir(folder).entryList({"*.pdf"}, QDir::Files).size(), 5);
        QCOMPARE(QDir(folder).entryList({"*.csv"}, QDir::Files).size(), 5);
        QVERIFY(QFile::exists(folder + "/gemma-3n-vs-mistral-medium-3-2.pdf"));
    }

    void exportErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown comparison")
            << QStringList{"export", "Gemma vs Nobody", "--pdf", "@DIR@/x.pdf"} << 1
            << "There is no comparison";
        QTest::newRow("unwritable path")
            << QStringList{"export", "gemma-3n-vs-mistral-medium-3-2", "--pdf", "@DIR@/blocker/x.pdf"} << 1
            << "Cannot write";
        QTest::newRow("no output") << QStringList{"export", "gemma-3n-vs-mistral-medium-3-2"} << 2
                                   << "--pdf FILE";
        QTest::newRow("bad page size")
            << QStringList{"export", "gemma-3n-vs-mistral-medium-3-2", "--pdf", "@DIR@/x.pdf", "--page-size",
                           "A5"}
            << 2 << "--page-size takes A4 or Letter";
        QTest::newRow("all without out") << QStringList{"export", "--all"} << 2 << "needs --out DIR";
    }

    void exportErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QFile blocker(dir.filePath("blocker"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        arguments.replaceInStrings("@DIR@", dir.path());
        const Run run = cliOnDb(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        // Nothing written, not even a temporary file.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{"blocker"});
    }

    void comparisonsJson()
    {
        const Run run = cliOnDb({"comparisons", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray comparisons = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(comparisons.size(), 5);
        for (const QJsonValue& value : comparisons) {
            QVERIFY(!value.toObject().value("title").toString().isEmpty());
            QCOMPARE(value.toObject().value("tools").toArray().size(), 2);
            QCOMPARE(value.toObject().value("totalVotes").toInt(-1), 0);
        }
    }

    void unknownNameSuggests()
    {
        const Run run = cliOnDb({"show", "gema 3n"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("no tool or comparison named \"gema 3n\""), qPrintable(run.err));
        QVERIFY2(run.err.contains("Did you mean: Gemma 3n"), qPrintable(run.err));
    }

    // A file that is not a database is kept aside, and the command goes on with a new store.
    void unreadableDatabase()
    {
        const QString junk = m_dir.filePath("junk.db");
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'j'));
        file.close();
        const Run run = cli({"tools", "--db", junk});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("not an SQLite database") && run.err.contains("kept aside"),
                 qPrintable(run.err));
        QVERIFY(run.out.contains("Gemma 3n"));
    }

    void databaseFromTheEnvironment()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QString path = m_dir.filePath("from-env.db");
        environment.insert("SHIPORSKIP_DB", path);
        const Run run = cli({"comparisons"}, environment);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFile::exists(path));
    }

    void helpAndVersion()
    {
        Run run = cli({"--help"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QString::fromUtf8(run.out).contains("comparisons"));
        run = cli({"tools", "--help"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QString::fromUtf8(run.out).contains("--pricing"));
        run = cli({"--version"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("shiporskip-cli "));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
