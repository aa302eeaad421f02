// SPDX-License-Identifier: GPL-3.0-or-later
// Saved searches and the shortlist (issue #19) on a real SQLite file: names unique whatever their case,
// replacing only when asked, renaming, removing, a search's round trip through the store into the
// catalog's ToolQuery, and the shortlist's order, each tool once, surviving a reopen.
#include "../TestSupport.h"

using namespace sos;
using namespace sos::test;

#define QVERIFY_RESULT(expression)                                                                           \
    do {                                                                                                     \
        const auto result = (expression);                                                                    \
        QVERIFY2(result, qPrintable(result.errorMessage()));                                                 \
    } while (false)

namespace {

SavedSearch freeCoding()
{
    ToolQuery query;
    query.search = QStringLiteral("name:cursor -chat \"code review\" OR lens:buyer=skip");
    query.values(Facet::Category) = {QStringLiteral("Coding"), QStringLiteral("Chat & Assistants")};
    query.values(Facet::Pricing) = {enumName(Pricing::Free)};
    query.values(Facet::PanelVerdict) = {enumName(PanelVerdict::Split)};
    query.sort = ToolSort::PanelShip;
    query.descending = true;
    return SavedSearch::fromQuery(QStringLiteral("Free coding"), query);
}

} // namespace

class TestSavedSearches final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savedSearchRoundTrips()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QVERIFY(store);
        const SavedSearch search = freeCoding();
        QVERIFY_RESULT(store->savedSearches().save(search));
        store.reset();
        store = openStore(dir); // from the file, not from memory
        QVERIFY(store);
        const auto found = store->savedSearches().find(QStringLiteral("FREE CODING"));
        QVERIFY(found);
        QCOMPARE(found->name, QStringLiteral("Free coding"));
        QCOMPARE(found->query, search.query); // as typed, query syntax and all
        QCOMPARE(found->values(Facet::Category), search.values(Facet::Category));
        QCOMPARE(found->values(Facet::Pricing), search.values(Facet::Pricing));
        QCOMPARE(found->values(Facet::PanelVerdict), search.values(Facet::PanelVerdict));
        QVERIFY(found->values(Facet::License).isEmpty());
        QCOMPARE(found->sort, ToolSort::PanelShip);
        QVERIFY(found->descending);
        QVERIFY(found->createdAt.isValid());
        QCOMPARE(found->updatedAt, found->createdAt);

        const ToolQuery query = found->toQuery();
        QCOMPARE(query.search, search.query);
        QCOMPARE(query.facetValues, search.facetValues);
        QCOMPARE(query.sort, ToolSort::PanelShip);
        QVERIFY(query.descending);
        QVERIFY(!query.watchedOnly);
        QVERIFY(query.comparisonId.isEmpty());
    }

    void aSavedSearchRunsAsTheQueryItCameFrom()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QVERIFY(store);
        ToolQuery query;
        query.values(Facet::Pricing) = {enumName(Pricing::Free)};
        query.sort = ToolSort::Vendor;
        QVERIFY_RESULT(store->savedSearches().save(SavedSearch::fromQuery(QStringLiteral("free"), query)));
        const QStringList expected = queryIds(*store, query);
        QVERIFY(!expected.isEmpty());
        QVERIFY(expected.size() < store->catalog().toolCount());
        QCOMPARE(queryIds(*store, store->savedSearches().find(QStringLiteral("free"))->toQuery()), expected);
    }

    void namesAreUniqueWhateverTheirCase()
    {
        QTemporaryDir dir;
        auto store = openStore(dir);
        QVERIFY(store);
        SavedSearch search = freeCoding();
        QVERIFY_RESULT(store->savedSearches().save(search));
        SavedSearch other;
        other.name = QStringLiteral("  free CODING ");
        other.query = QStringLiteral("other");
        const auto refused = store->savedSearches().save(other);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("\"Free coding\"")),
                 qPrintable(refused.errorMessage()));
        QCOMPARE(store->savedSearches().find(QStringLiteral("free coding"))->query, search.query);

        // Non-ASCII letters fold too (SQLite's NOCASE would not).
        SavedSearch accented;
        accented.name = QStringLiteral("Éditeurs");
        QVERIFY_RESULT(store->savedSearches().save(accented));
        accented.name = QStringLiteral("éDITEURS");
        QVERIFY(!store->savedSearches().save(accented));
        // By the folded name, letter by letter.
        QCOMPARE(store->savedSearches().names(),
                 (QStringList{QStringLiteral("Free coding"), QStringLiteral("Éditeurs")}));
    }

    void replacingKeepsTheCreationTime()
    {
        QTemporaryDir dir;
        auto store = openStore(dir);
        QVERIFY(store);
        QVERIFY_RESULT(store->savedSearches().save(freeCoding()));
        const QDateTime created = store->savedSearches().find(QStringLiteral("Free coding"))->createdAt;
        QTest::qWait(1100); // timestamps are to the second
        SavedSearch replacement;
        replacement.name = QStringLiteral("free coding");
        replacement.query = QStringLiteral("agents");
        QVERIFY_RESULT(store->savedSearches().save(replacement, true));
        const QList<SavedSearch> searches = store->savedSearches().list();
        QCOMPARE(searches.size(), 1);
        QCOMPARE(searches.first().name, QStringLiteral("free coding"));
        QCOMPARE(searches.first().query, QStringLiteral("agents"));
        QVERIFY(searches.first().values(Facet::Category).isEmpty());
        QCOMPARE(searches.first().sort, ToolSort::Name);
        QCOMPARE(searches.first().createdAt, created);
        QVERIFY(searches.first().updatedAt > created);
    }

    void badNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("   ");
        QTest::newRow("too long") << QString(SavedSearches::maximumNameLength + 1, QLatin1Char('x'));
    }

    void badNames()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        auto store = openStore(dir);
        QVERIFY(store);
        SavedSearch search;
        search.name = name;
        const auto saved = store->savedSearches().save(search);
        QVERIFY(!saved);
        QCOMPARE(saved.error().kind, Error::Kind::InvalidInput);
        QVERIFY(store->savedSearches().list().isEmpty());
        QVERIFY_RESULT(store->savedSearches().save(freeCoding()));
        QCOMPARE(store->savedSearches().rename(QStringLiteral("Free coding"), name).error().kind,
                 Error::Kind::InvalidInput);
    }

    void renameAndRemove()
    {
        QTemporaryDir dir;
        auto store = openStore(dir);
        QVERIFY(store);
        QVERIFY_RESULT(store->savedSearches().save(freeCoding()));
        SavedSearch second;
        second.name = QStringLiteral("Agents");
        QVERIFY_RESULT(store->savedSearches().save(second));

        QCOMPARE(store->savedSearches()
                     .rename(QStringLiteral("free coding"), QStringLiteral("AGENTS"))
                     .error()
                     .kind,
                 Error::Kind::Conflict);
        QCOMPARE(store->savedSearches().rename(QStringLiteral("nothing"), QStringLiteral("x")).error().kind,
                 Error::Kind::NotFound);
        // A change of case only is a rename.
        QVERIFY_RESULT(
            store->savedSearches().rename(QStringLiteral("free coding"), QStringLiteral("FREE coding")));
        QVERIFY_RESULT(
            store->savedSearches().rename(QStringLiteral("FREE CODING"), QStringLiteral(" Open coding ")));
        QCOMPARE(store->savedSearches().names(),
                 (QStringList{QStringLiteral("Agents"), QStringLiteral("Open coding")}));
        QCOMPARE(store->savedSearches().find(QStringLiteral("open coding"))->query, freeCoding().query);
        QVERIFY(!store->savedSearches().find(QStringLiteral("Free coding")));

        QCOMPARE(store->savedSearches().remove(QStringLiteral("open CODING")).value(), true);
        QCOMPARE(store->savedSearches().remove(QStringLiteral("open coding")).value(), false);
        QCOMPARE(store->savedSearches().names(), QStringList{QStringLiteral("Agents")});
    }

    void shortlist()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QVERIFY(store);
        Shortlist& list = store->shortlist();
        QVERIFY(list.toolIds().isEmpty());
        QCOMPARE(list.add(QStringLiteral("gemma-3n")).value(), true);
        QCOMPARE(list.add(QStringLiteral("gone-from-the-catalog")).value(), true);
        QCOMPARE(list.add(QStringLiteral("mistral-4b-edge")).value(), true);
        QCOMPARE(list.add(QStringLiteral("gemma-3n")).value(), false); // once
        QCOMPARE(list.toolIds(),
                 (QStringList{QStringLiteral("gemma-3n"), QStringLiteral("gone-from-the-catalog"),
                              QStringLiteral("mistral-4b-edge")}));
        QVERIFY(list.contains(QStringLiteral("mistral-4b-edge")));
        QVERIFY(!list.contains(QStringLiteral("Mistral-4b-edge")));
        QVERIFY(list.entries().first().addedAt.isValid());

        QCOMPARE(list.remove(QStringLiteral("gone-from-the-catalog")).value(), true);
        QCOMPARE(list.remove(QStringLiteral("gone-from-the-catalog")).value(), false);
        // Added again, it goes last.
        QVERIFY_RESULT(list.add(QStringLiteral("gone-from-the-catalog")));
        store.reset();
        store = openStore(dir);
        QVERIFY(store);
        QCOMPARE(store->shortlist().toolIds(),
                 (QStringList{QStringLiteral("gemma-3n"), QStringLiteral("mistral-4b-edge"),
                              QStringLiteral("gone-from-the-catalog")}));
        QVERIFY_RESULT(store->shortlist().clear());
        QVERIFY(store->shortlist().entries().isEmpty());
        QVERIFY(!store->shortlist().contains(QStringLiteral("gemma-3n")));
    }
};

QTEST_GUILESS_MAIN(TestSavedSearches)
#include "tst_savedsearches.moc"
