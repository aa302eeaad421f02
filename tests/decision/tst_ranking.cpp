// SPDX-License-Identifier: GPL-3.0-or-later
// The ranking under a criteria profile, on the bundled catalog and on small feeds made for one case:
// weights, must-haves, ties, the sensitivity, and the community's weight (never the pending vote).
#include "TestSupport.h"

#include <QJsonArray>

#include <decision/ProfileInput.h>
#include <decision/Ranking.h>

using namespace sos;
using namespace sos::test;

class TestRanking final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    ComparisonModel comparison(const QString& title) const
    {
        auto model = ComparisonModel::loadComparison(*m_store, title);
        if (!model)
            qFatal("%s", qPrintable(model.errorMessage()));
        return model.value();
    }

    ComparisonModel tools(const QStringList& names) const
    {
        auto model = ComparisonModel::loadTools(*m_store, names);
        if (!model)
            qFatal("%s", qPrintable(model.errorMessage()));
        return model.value();
    }

    CriteriaProfile weighted(const QString& weights) const
    {
        auto profile = ProfileInput::withWeights(*m_store, CriteriaProfile::equalWeights(), weights);
        if (!profile)
            qFatal("%s", qPrintable(profile.errorMessage()));
        return profile.value();
    }

    static QStringList names(const Ranking& ranking)
    {
        QStringList list;
        for (const RankedTool& tool : ranking.tools)
            list << tool.name;
        return list;
    }

    // Two tools A and B in a published comparison "a-vs-b": A ships on `aShips` of 4 lenses, B on
    // `bShips`; the feed counted aVotes and bVotes.
    static FeedDocument twoTools(int aShips, int bShips, int aVotes, int bVotes)
    {
        FeedDocument feed = emptyFeed();
        feed.lenses = fourLenses();
        feed.tools = {makeTool("a", "Alpha"), makeTool("b", "Beta")};
        feed.reviews = makeReviews("a", aShips, 4) + makeReviews("b", bShips, 4);
        feed.comparisons = {Comparison{"a-vs-b", "Alpha vs Beta", {"a", "b"}, at(1)}};
        if (aVotes + bVotes > 0)
            feed.tallies = {Tally{"a-vs-b", "a", aVotes, at(1)}, Tally{"a-vs-b", "b", bVotes, at(1)}};
        return feed;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = openSeededStore(m_dir);
        QVERIFY(m_store);
    }

    void equalWeightsRankByShips()
    {
        const Ranking ranking =
            rank(comparison("Mistral 4B Edge vs Mistral Medium 3.2"), CriteriaProfile::equalWeights());
        QCOMPARE(names(ranking), (QStringList{"Mistral 4B Edge", "Mistral Medium 3.2"}));
        QCOMPARE(ranking.tools.at(0).rank, 1);
        QCOMPARE(ranking.tools.at(1).rank, 2);
        QCOMPARE(ranking.tools.at(0).scoreText, QString("4 of 4 points"));
        QCOMPARE(ranking.tools.at(1).scoreText, QString("3 of 4 points"));
        QVERIFY(!ranking.topIsTie());
        QCOMPARE(ranking.headline, QString("Mistral 4B Edge ranks first with 4 of 4 points."));
        QVERIFY2(ranking.tools.at(1).reasons.contains("Skip: Buyer."),
                 qPrintable(ranking.tools.at(1).reasons.join('|')));
        // One verdict away from a tie, either way.
        QVERIFY2(ranking.flipsIf.contains("If Buyer said ship on Mistral Medium 3.2, Mistral 4B Edge and "
                                          "Mistral Medium 3.2 would tie for first."),
                 qPrintable(ranking.flipsIf.join('\n')));
        // The same change through any of four lenses is one sentence.
        QVERIFY2(ranking.flipsIf.contains(
                     "If Developer experience, Competitive skeptic, Futurist or Buyer said skip "
                     "on Mistral 4B Edge, Mistral 4B Edge and Mistral Medium 3.2 would tie for first."),
                 qPrintable(ranking.flipsIf.join('\n')));
        QCOMPARE(ranking.flipsIf.size(), 2);
        QVERIFY(ranking.stability.isEmpty());
    }

    void buyerDominates()
    {
        const ComparisonModel model = tools({"Gemma 3n", "Llama 4 Compact (12B)", "Mistral Medium 3.2"});
        const Ranking ranking = rank(model, weighted("buyer=5"));
        QCOMPARE(ranking.tools.at(0).name, QString("Llama 4 Compact (12B)"));
        QCOMPARE(ranking.tools.at(0).scoreText, QString("8 of 8 points"));
        // The two tools Buyer skips share second place, and say so.
        QCOMPARE(ranking.tools.at(1).rank, 2);
        QCOMPARE(ranking.tools.at(2).rank, 2);
        QVERIFY(ranking.tools.at(1).tied && ranking.tools.at(2).tied);
        QVERIFY(!ranking.tools.at(0).tied);
        QCOMPARE(ranking.tools.at(1).scoreText, QString("3 of 8 points"));
        QVERIFY(ranking.tools.at(1).reasons.contains("Skip: Buyer (weight 5)."));
        // A set of tools that is no published comparison has no community vote to weigh.
        CriteriaProfile withCommunity = weighted("buyer=5");
        withCommunity.communityWeight = 3;
        QCOMPARE(rank(model, withCommunity).tools.at(0).scoreText, QString("8 of 8 points"));
        // Buyer left out: every tool ships on the three other lenses, so all three tie.
        const Ranking withoutBuyer = rank(model, weighted("buyer=0"));
        QCOMPARE(withoutBuyer.top().size(), 3);
        QVERIFY2(withoutBuyer.headline.contains("tie for first with 3 of 3 points each"),
                 qPrintable(withoutBuyer.headline));
    }

    void mustHaveRulesToolOut()
    {
        auto profile =
            ProfileInput::withRequirement(*m_store, CriteriaProfile::equalWeights(), "license=apache 2.0");
        QVERIFY2(profile, qPrintable(profile.errorMessage()));
        QCOMPARE(profile->mustHaves.first().values, QStringList{"Apache 2.0"}); // the catalog's spelling
        const Ranking ranking =
            rank(comparison("Code Llama 4 (70B & 400B) vs Mistral 4B Edge"), profile.value());
        QCOMPARE(names(ranking), (QStringList{"Mistral 4B Edge", "Code Llama 4 (70B & 400B)"}));
        const RankedTool& out = ranking.tools.at(1);
        QCOMPARE(out.mustHavesFailed, QStringList{"license is Apache 2.0"});
        QVERIFY(!out.eligible());
        QCOMPARE(out.rank, 2);
        QVERIFY(!out.tied); // the same score, but marked out: no tie with the eligible tool
        QVERIFY(out.reasons.contains(
            "Fails the must-have \u201clicense is Apache 2.0\u201d: its license is Research license."));
        QCOMPARE(ranking.top().size(), 1);

        const QJsonObject json = ranking.toJson();
        const QJsonObject second = json.value("tools").toArray().at(1).toObject();
        QCOMPARE(second.value("toolId").toString(), QString("code-llama-4-70b-400b"));
        QCOMPARE(second.value("rank").toInt(), 2);
        QCOMPARE(second.value("mustHavesFailed").toArray().size(), 1);
        QCOMPARE(json.value("profile").toObject().value("requires").toArray().size(), 1);

        // No tool meets a must-have: said, with nobody first.
        auto onDevice =
            ProfileInput::withRequirement(*m_store, CriteriaProfile::equalWeights(), "deployment=hosted");
        QVERIFY(onDevice);
        const Ranking none =
            rank(comparison("Code Llama 4 (70B & 400B) vs Mistral 4B Edge"), onDevice.value());
        QVERIFY(none.top().isEmpty());
        QVERIFY(none.headline.startsWith("No tool meets every must-have"));
    }

    void tieIsSaidAsTie()
    {
        const Ranking ranking =
            rank(comparison("Code Llama 4 (70B & 400B) vs Mistral 4B Edge"), CriteriaProfile::equalWeights());
        QCOMPARE(ranking.top().size(), 2);
        QVERIFY(ranking.topIsTie());
        QCOMPARE(ranking.tools.at(0).rank, 1);
        QCOMPARE(ranking.tools.at(1).rank, 1);
        QVERIFY(ranking.tools.at(0).tied && ranking.tools.at(1).tied);
        QCOMPARE(
            ranking.headline,
            QString("Code Llama 4 (70B & 400B) and Mistral 4B Edge tie for first with 4 of 4 points each."));
        // Any one skip breaks the tie.
        QVERIFY2(ranking.flipsIf.contains(
                     "If Developer experience, Competitive skeptic, Futurist or Buyer said skip on "
                     "Code Llama 4 (70B & 400B), Mistral 4B Edge would rank first."),
                 qPrintable(ranking.flipsIf.join('\n')));
    }

    void farApartIsStable()
    {
        QTemporaryDir dir;
        auto store = openStore(dir);
        QVERIFY(store);
        QVERIFY(store->feed().applyFeed(twoTools(4, 0, 0, 0)));
        auto model = ComparisonModel::loadComparison(*store, "a-vs-b");
        QVERIFY(model);
        const Ranking ranking = rank(model.value(), CriteriaProfile::equalWeights());
        QCOMPARE(ranking.tools.at(0).name, QString("Alpha"));
        QVERIFY2(ranking.flipsIf.isEmpty(), qPrintable(ranking.flipsIf.join('\n')));
        QCOMPARE(ranking.stability, QString("No change of one or two lens verdicts changes the top."));

        // Three of four against one: two verdicts are enough (one each way makes a tie).
        QVERIFY(store->feed().applyFeed([] {
            FeedDocument feed = twoTools(3, 1, 0, 0);
            feed.cursor = "c2";
            feed.generatedAt = at(2);
            for (Review& review : feed.reviews)
                review.updatedAt = at(2);
            return feed;
        }()));
        model = ComparisonModel::loadComparison(*store, "a-vs-b");
        QVERIFY(model);
        const Ranking closer = rank(model.value(), CriteriaProfile::equalWeights());
        QCOMPARE(closer.tools.at(0).scoreText, QString("3 of 4 points"));
        QCOMPARE(closer.tools.at(1).scoreText, QString("1 of 4 points"));
        QVERIFY(!closer.flipsIf.isEmpty());
        QVERIFY2(closer.flipsIf.first().contains(" and "), qPrintable(closer.flipsIf.first()));
        QVERIFY(closer.flipsIf.first().startsWith("If "));
    }

    void communityWeightCountsFeedVotesOnly()
    {
        QTemporaryDir dir;
        auto store = openStore(dir);
        QVERIFY(store);
        QVERIFY(store->feed().applyFeed(twoTools(4, 3, 1, 9)));
        // The user's own pending vote changes nothing until the feed counts it.
        QVERIFY(store->outbox().castVote("a-vs-b", "a"));
        auto model = ComparisonModel::loadComparison(*store, "a-vs-b");
        QVERIFY(model);
        CriteriaProfile profile = CriteriaProfile::equalWeights();
        profile.communityWeight = 5;
        const Ranking ranking = rank(model.value(), profile);
        // Alpha: 4 + 5 x 1/10 = 4.5; Beta: 3 + 5 x 9/10 = 7.5, of 9.
        QCOMPARE(ranking.tools.at(0).name, QString("Beta"));
        QCOMPARE(ranking.tools.at(0).scoreText, QString("7.5 of 9.0 points"));
        QCOMPARE(ranking.tools.at(1).scoreText, QString("4.5 of 9.0 points"));
        QVERIFY(ranking.tools.at(0).reasons.contains("Community: 9 of 10 votes, worth 4.5 of 5 points."));
        // Five more votes for Alpha make a tie (4 + 5 x 6/15 = 6 = 3 + 5 x 9/15).
        QVERIFY2(ranking.flipsIf.contains(
                     "With 5 more community votes for Alpha, Alpha and Beta would tie for first."),
                 qPrintable(ranking.flipsIf.join('\n')));
    }

    void weightsAreChecked()
    {
        auto unknown = ProfileInput::withWeights(*m_store, CriteriaProfile::equalWeights(), "byer=5");
        QVERIFY(!unknown);
        QVERIFY(unknown.failedWith(Error::Kind::NotFound));
        QVERIFY2(unknown.errorMessage().contains("\u201cbyer\u201d"), qPrintable(unknown.errorMessage()));
        QVERIFY2(unknown.errorMessage().contains("Did you mean: buyer"), qPrintable(unknown.errorMessage()));
        for (const char* bad : {"buyer=6", "buyer=-1", "buyer=two", "buyer=2.5"}) {
            auto outOfRange = ProfileInput::withWeights(*m_store, CriteriaProfile::equalWeights(),
                                                        QString::fromLatin1(bad));
            QVERIFY2(!outOfRange, bad);
            QVERIFY2(outOfRange.errorMessage().contains("whole number from 0 to 5"),
                     qPrintable(outOfRange.errorMessage()));
        }
        QVERIFY(!ProfileInput::withWeights(*m_store, CriteriaProfile::equalWeights(), "buyer"));
        // A lens by its name, any case, or by a beginning only it has.
        auto byName = ProfileInput::withWeights(*m_store, CriteriaProfile::equalWeights(),
                                                "competitive SKEPTIC=3,fut=0");
        QVERIFY2(byName, qPrintable(byName.errorMessage()));
        QCOMPARE(byName->weight("competitive-skeptic"), 3);
        QCOMPARE(byName->weight("futurist"), 0);
        QCOMPARE(byName->weight("buyer"), 1);

        auto field = ProfileInput::withRequirement(*m_store, CriteriaProfile::equalWeights(), "licence=MIT");
        QVERIFY(!field);
        QVERIFY2(field.errorMessage().contains("Did you mean: license"), qPrintable(field.errorMessage()));
        auto never =
            ProfileInput::withRequirement(*m_store, CriteriaProfile::equalWeights(), "license=Apache 2");
        QVERIFY(!never);
        QVERIFY2(never.errorMessage().contains("could never be met"), qPrintable(never.errorMessage()));
        QVERIFY2(never.errorMessage().contains("Apache 2.0"), qPrintable(never.errorMessage()));
        auto several = ProfileInput::withRequirement(*m_store, CriteriaProfile::equalWeights(),
                                                     "deployment=on-device|self-hosted");
        QVERIFY2(several, qPrintable(several.errorMessage()));
        QCOMPARE(several->mustHaves.first().toDisplayString(),
                 QString("deployment is one of on-device, self-hosted"));
    }
};

QTEST_GUILESS_MAIN(TestRanking)
#include "tst_ranking.moc"
