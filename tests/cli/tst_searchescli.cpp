// SPDX-License-Identifier: GPL-3.0-or-later
// searches, tools --saved and shortlist (issue #19), run as the real shiporskip-cli on a real store file
// with the bundled catalog: what each prints as text and JSON, how options given with --saved combine
// with the saved ones, names unique whatever their case, unknown names with suggestions, exit codes.
#include "CliProcess.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sos::test;

namespace {

QStringList names(const QJsonArray& tools)
{
    QStringList names;
    for (const QJsonValue& tool : tools)
        names << tool.toObject().value(QLatin1String("name")).toString();
    return names;
}

QStringList strings(const QJsonValue& array)
{
    QStringList values;
    for (const QJsonValue& value : array.toArray())
        values << value.toString();
    return values;
}

} // namespace

class TestSearchesCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString freshDb(const char* name) { return m_dir.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void saveListAndRun()
    {
        const QString db = freshDb("searches.db");
        CliRun run = runCliOn(db, {"searches", "list"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.text().contains("No search is saved yet"), qPrintable(run.text()));

        run = runCliOn(db, {"searches", "save", "Free on device", "mistral", "--pricing", "free",
                            "--deployment", "on-device", "--sort", "panel", "--descending"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.text().contains("Saved the search \"Free on device\"."), qPrintable(run.text()));

        run = runCliOn(db, {"searches", "list", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray searches = run.array();
        QCOMPARE(searches.size(), 1);
        const QJsonObject search = searches.first().toObject();
        QCOMPARE(search.value("name").toString(), QStringLiteral("Free on device"));
        QCOMPARE(search.value("query").toString(), QStringLiteral("mistral"));
        const QJsonObject facets = search.value("facets").toObject();
        QCOMPARE(facets.keys(),
                 (QStringList{"category", "deployment", "license", "panelVerdict", "pricing"}));
        QCOMPARE(strings(facets.value("pricing")), QStringList{"Free"}); // as the catalog names it
        QCOMPARE(strings(facets.value("deployment")), QStringList{"on-device"});
        QVERIFY(strings(facets.value("category")).isEmpty());
        QCOMPARE(search.value("sort").toString(), QStringLiteral("panel"));
        QCOMPARE(search.value("descending").toBool(), true);
        QVERIFY(!search.value("createdAt").toString().isEmpty());
        QCOMPARE(search.value("updatedAt").toString(), search.value("createdAt").toString());

        run = runCliOn(db, {"searches", "list"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.text().startsWith("NAME"), qPrintable(run.text()));
        QVERIFY2(run.text().contains("Free on device"), qPrintable(run.text()));
        QVERIFY2(run.text().contains("panel, descending"), qPrintable(run.text()));

        // tools --saved runs it: the free, on-device Mistrals, by panel ship descending.
        run = runCliOn(db, {"tools", "--saved", "free ON DEVICE", "--json"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(names(run.array()), (QStringList{"Mistral 4B Edge", "Mistral 3B Edge"}));
        // The same as the options spelled out.
        CliRun spelled = runCliOn(db, {"tools", "--search", "mistral", "--pricing", "Free", "--deployment",
                                       "on-device", "--sort", "panel", "--descending", "--json"});
        QCOMPARE(spelled.array(), run.array());

        // Options given with --saved: --sort replaces the sort (ascending unless --descending)...
        run = runCliOn(db, {"tools", "--saved", "Free on device", "--sort", "name", "--json"});
        QCOMPARE(names(run.array()), (QStringList{"Mistral 3B Edge", "Mistral 4B Edge"}));
        // ...a facet option adds values to the saved facet...
        run = runCliOn(db, {"tools", "--saved", "Free on device", "--deployment", "hosted", "--pricing",
                            "paid", "--sort", "name", "--json"});
        QCOMPARE(names(run.array()),
                 (QStringList{"Mistral 3B Edge", "Mistral 4B Edge", "Mistral Medium 3.2"}));
        // ...and --search replaces the saved text.
        run = runCliOn(db, {"tools", "--saved", "Free on device", "--search", "gemma", "--json"});
        QVERIFY(names(run.array()).contains("Gemma 3n"));
        spelled = runCliOn(db, {"tools", "--search", "gemma", "--pricing", "Free", "--deployment",
                                "on-device", "--sort", "panel", "--descending", "--json"});
        QCOMPARE(run.array(), spelled.array());
    }

    void savingTwiceNeedsReplace()
    {
        const QString db = freshDb("replace.db");
        QCOMPARE(runCliOn(db, {"searches", "save", "Edge", "edge"}).exitCode, 0);
        CliRun run = runCliOn(db, {"searches", "save", "EDGE", "llama", "--category", "Developer Tools"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("A search named \"Edge\" is already saved. Add --replace to replace it."),
                 qPrintable(run.err));
        QCOMPARE(
            runCliOn(db, {"searches", "list", "--json"}).array().first().toObject().value("query").toString(),
            QStringLiteral("edge"));

        run = runCliOn(db, {"searches", "save", "EDGE", "llama", "--category", "Developer Tools", "--replace",
                            "--json"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.object().value("name").toString(), QStringLiteral("EDGE"));
        QCOMPARE(run.object().value("query").toString(), QStringLiteral("llama"));
        QCOMPARE(strings(run.object().value("facets").toObject().value("category")),
                 QStringList{"Developer Tools"});
        QCOMPARE(runCliOn(db, {"searches", "list", "--json"}).array().size(), 1);
    }

    void renameAndRemove()
    {
        const QString db = freshDb("remove.db");
        QCOMPARE(runCliOn(db, {"searches", "save", "Paid tools", "", "--pricing", "Paid"}).exitCode, 0);
        QCOMPARE(runCliOn(db, {"searches", "save", "Llamas", "llama"}).exitCode, 0);

        CliRun run = runCliOn(db, {"searches", "rename", "paid tools", "Hosted and paid"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = runCliOn(db, {"searches", "rename", "Hosted and paid", "LLAMAS"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("already saved"), qPrintable(run.err));

        // An unknown name: exit 1, with the closest names.
        run = runCliOn(db, {"searches", "remove", "Lamas"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("There is no saved search named \"Lamas\"."), qPrintable(run.err));
        QVERIFY2(run.err.contains("Did you mean: Llamas"), qPrintable(run.err));
        run = runCliOn(db, {"tools", "--saved", "Hosted and pai"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("Did you mean: Hosted and paid"), qPrintable(run.err));

        run = runCliOn(db, {"searches", "remove", "llamas"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.text().contains("Removed the saved search"), qPrintable(run.text()));
        const QJsonArray left = runCliOn(db, {"searches", "list", "--json"}).array();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().toObject().value("name").toString(), QStringLiteral("Hosted and paid"));
        run = runCliOn(db, {"tools", "--saved", "hosted and paid", "--json"});
        QCOMPARE(names(run.array()), QStringList{"Mistral Medium 3.2"});
    }

    void searchesUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no action") << QStringList{"searches"} << "searches takes";
        QTest::newRow("unknown action") << QStringList{"searches", "run", "x"} << "searches takes";
        QTest::newRow("save without a name") << QStringList{"searches", "save"} << "searches takes";
        QTest::newRow("empty name") << QStringList{"searches", "save", " ", "x"} << "needs a name";
        QTest::newRow("bad pricing") << QStringList{"searches", "save", "x", "y", "--pricing", "cheap"}
                                     << "--pricing takes Free or Paid";
        QTest::newRow("bad sort") << QStringList{"searches", "save", "x", "y", "--sort", "size"}
                                  << "--sort takes";
        QTest::newRow("facets on list")
            << QStringList{"searches", "list", "--pricing", "Free"} << "Only \"searches save\" takes";
        QTest::newRow("bad verdict with --saved")
            << QStringList{"tools", "--verdict", "maybe"} << "--verdict takes";
    }

    void searchesUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = runCliOn(freshDb("usage.db"), arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(runCliOn(freshDb("usage.db"), {"searches", "list", "--json"}).array().size(), 0);
    }

    void shortlist()
    {
        const QString db = freshDb("shortlist.db");
        CliRun run = runCliOn(db, {"shortlist", "list"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.text().contains("The shortlist is empty"), qPrintable(run.text()));

        // By name or by id, each once, in the order added.
        QCOMPARE(runCliOn(db, {"shortlist", "add", "Gemma 3n"}).exitCode, 0);
        run = runCliOn(db, {"shortlist", "add", "code-llama-4"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.text().contains("Added \"code-llama-4\" to the shortlist."), qPrintable(run.text()));
        QCOMPARE(runCliOn(db, {"shortlist", "add", "Mistral Medium 3.2"}).exitCode, 0);
        run = runCliOn(db, {"shortlist", "add", "gemma-3n"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.text().contains("already on the shortlist"), qPrintable(run.text()));

        run = runCliOn(db, {"shortlist", "list", "--json"});
        QCOMPARE(run.exitCode, 0);
        QJsonArray tools = run.array();
        QCOMPARE(names(tools), (QStringList{"Gemma 3n", "Code Llama 4", "Mistral Medium 3.2"}));
        const QJsonObject gemma = tools.first().toObject();
        // The tools as `tools --json` prints them, and when each was added.
        const QJsonArray all = runCliOn(db, {"tools", "--search", "gemma", "--json"}).array();
        QJsonObject expected = all.first().toObject();
        expected.insert("addedAt", gemma.value("addedAt"));
        expected.insert("inCatalog", true);
        QCOMPARE(gemma, expected);
        QVERIFY(!gemma.value("addedAt").toString().isEmpty());

        run = runCliOn(db, {"shortlist", "list"});
        QVERIFY2(run.text().startsWith("ID"), qPrintable(run.text()));
        QVERIFY2(run.text().contains("code-llama-4"), qPrintable(run.text()));
        QVERIFY2(run.text().contains("Mistral Medium 3.2"), qPrintable(run.text()));

        run = runCliOn(db, {"shortlist", "remove", "Code Llama 4"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(names(runCliOn(db, {"shortlist", "list", "--json"}).array()),
                 (QStringList{"Gemma 3n", "Mistral Medium 3.2"}));
        run = runCliOn(db, {"shortlist", "remove", "code-llama-4"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.text().contains("was not on the shortlist"), qPrintable(run.text()));

        // An unknown tool: exit 1 with suggestions, nothing added.
        run = runCliOn(db, {"shortlist", "add", "gema 3n"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("There is no tool named \"gema 3n\"."), qPrintable(run.err));
        QVERIFY2(run.err.contains("Did you mean: Gemma 3n"), qPrintable(run.err));
        QCOMPARE(runCliOn(db, {"shortlist", "list", "--json"}).array().size(), 2);

        run = runCliOn(db, {"shortlist", "add"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("shortlist takes"), qPrintable(run.err));

        run = runCliOn(db, {"shortlist", "clear"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(runCliOn(db, {"shortlist", "list", "--json"}).array().size(), 0);
    }

    void helpSaysHowSavedCombines()
    {
        const CliRun run = runCliOn(freshDb("help.db"), {"tools", "--help"});
        QCOMPARE(run.exitCode, 0);
        const QString help = run.text().simplified();
        QVERIFY2(help.contains("--saved <NAME>"), qPrintable(help));
        QVERIFY2(help.contains("facet options add values to its own"), qPrintable(help));
    }
};

QTEST_GUILESS_MAIN(TestSearchesCli)
#include "tst_searchescli.moc"
