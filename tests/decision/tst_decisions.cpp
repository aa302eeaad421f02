// SPDX-License-Identifier: GPL-3.0-or-later
// Criteria profiles saved and reused, decisions recorded with a snapshot of their evidence, and what
// changed since, on a real store file: a verdict that flips after a feed is applied is listed, alone.
#include "TestSupport.h"

#include <QJsonArray>

#include <decision/Decisions.h>
#include <decision/Evidence.h>
#include <decision/ProfileInput.h>

using namespace sos;
using namespace sos::test;

class TestDecisions final : public QObject
{
    Q_OBJECT

    static int count(Store& store, const QString& table)
    {
        QSqlQuery q(store.database().connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    static Decisions::Request request(const QString& tool,
                                      const QString& rationale = QStringLiteral("Runs on our laptops."))
    {
        return {QStringLiteral("Gemma 3n vs Mistral Medium 3.2"),
                tool,
                QStringLiteral("Dana (platform team)"),
                rationale,
                {}};
    }

    // The bundled feed again, later, with one review of a tool changed by edit.
    static FeedDocument revisedFeed(const QString& reviewId, Verdict verdict)
    {
        FeedDocument feed = bundledFeed();
        feed.cursor = QStringLiteral("revised");
        feed.generatedAt = feed.generatedAt.addDays(1);
        for (Review& review : feed.reviews) {
            if (review.id == reviewId) {
                review.verdict = verdict;
                review.updatedAt = review.updatedAt.addDays(1);
            }
        }
        return feed;
    }

    static QString reviewId(const Store& store, const QString& toolId, const QString& lensId)
    {
        const auto details = store.catalog().toolDetails(toolId);
        for (const Review& review : details->reviews) {
            if (review.lensId == lensId)
                return review.id;
        }
        return {};
    }

private Q_SLOTS:
    void profilesSavedAndReused()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QVERIFY(store);
        QCOMPARE(store->decisions().profiles().size(), 0);
        QCOMPARE(store->decisions().defaultProfile().name, CriteriaProfile::equalWeightsName());

        auto buyerFirst = ProfileInput::withWeights(*store, CriteriaProfile::equalWeights(), "buyer=5,dx=2");
        QVERIFY(!buyerFirst); // "dx" is no lens of this catalog
        buyerFirst =
            ProfileInput::withWeights(*store, CriteriaProfile::equalWeights(), "buyer=5,developer=2");
        QVERIFY2(buyerFirst, qPrintable(buyerFirst.errorMessage()));
        buyerFirst =
            ProfileInput::withRequirement(*store, buyerFirst.value(), "deployment=on-device|self-hosted");
        QVERIFY(buyerFirst);
        CriteriaProfile profile = buyerFirst.value();
        profile.name = "Procurement";
        profile.communityWeight = 2;
        profile.isDefault = true;
        QVERIFY(store->decisions().saveProfile(profile));

        auto read = store->decisions().profile("procurement"); // names match in any case
        QVERIFY(read);
        QCOMPARE(read->name, QString("Procurement"));
        QCOMPARE(read->weight("buyer"), 5);
        QCOMPARE(read->weight("developer-experience"), 2);
        QCOMPARE(read->weight("futurist"), 1);
        QCOMPARE(read->communityWeight, 2);
        QCOMPARE(read->mustHaves, profile.mustHaves);
        QVERIFY(read->isDefault);
        QCOMPARE(store->decisions().defaultProfile().name, QString("Procurement"));

        // A second default takes over; saving a name again replaces it.
        CriteriaProfile lean = CriteriaProfile::equalWeights();
        lean.name = "Lean";
        lean.isDefault = true;
        QVERIFY(store->decisions().saveProfile(lean));
        QCOMPARE(store->decisions().defaultProfile().name, QString("Lean"));
        QVERIFY(!store->decisions().profile("Procurement")->isDefault);
        lean.lensWeights.insert("buyer", 0);
        lean.isDefault = false;
        QVERIFY(store->decisions().saveProfile(lean));
        QCOMPARE(store->decisions().profiles().size(), 2);
        QCOMPARE(store->decisions().profile("Lean")->weight("buyer"), 0);
        QCOMPARE(store->decisions().defaultProfile().name, CriteriaProfile::equalWeightsName());

        // Reused by name, across opening the store again.
        store.reset();
        store = openStore(dir);
        QVERIFY(store);
        auto again = ProfileInput::savedProfile(*store, "PROCUREMENT");
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(again->weight("buyer"), 5);
        QVERIFY(ProfileInput::savedProfile(*store, "equal weights"));
        auto typo = ProfileInput::savedProfile(*store, "Procurment");
        QVERIFY(typo.failedWith(Error::Kind::NotFound));
        QVERIFY2(typo.errorMessage().contains("Did you mean: Procurement"), qPrintable(typo.errorMessage()));

        QVERIFY(store->decisions().removeProfile("lean"));
        QVERIFY(store->decisions().removeProfile("lean").failedWith(Error::Kind::NotFound));
        QCOMPARE(store->decisions().profiles().size(), 1);
        QVERIFY(!store->decisions().saveProfile(CriteriaProfile{}));
    }

    void decisionPinsItsEvidence()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QVERIFY(store);
        auto decision = Decisions::decide(*store, request("gemma 3n"));
        QVERIFY2(decision, qPrintable(decision.errorMessage()));
        QVERIFY(decision->id > 0);
        QCOMPARE(decision->comparisonId, QString("gemma-3n-vs-mistral-medium-3-2"));
        QCOMPARE(decision->toolId, QString("gemma-3n"));
        QCOMPARE(decision->profile.name, CriteriaProfile::equalWeightsName());
        const EvidenceSnapshot& snapshot = decision->snapshot;
        QCOMPARE(snapshot.feedId, store->meta().value(FeedMeta::Key::FeedId));
        QCOMPARE(snapshot.appVersion, QString(SHIPORSKIP_VERSION));
        QCOMPARE(snapshot.tools.size(), 2);
        const EvidenceTool* gemma = snapshot.tool("gemma-3n");
        QVERIFY(gemma);
        QCOMPARE(gemma->license, QString("Gemma open-weights license"));
        QCOMPARE(gemma->panel, (PanelScore{3, 4}));
        QCOMPARE(gemma->lenses.size(), 4);

        // Read back as it was stored, and unchanged while the evidence holds.
        const auto statuses = Decisions::statuses(*store);
        QCOMPARE(statuses.size(), 1);
        QCOMPARE(statuses.first().decision.snapshot, snapshot);
        QCOMPARE(statuses.first().toolName, QString("Gemma 3n"));
        QCOMPARE(statuses.first().comparisonTitle, QString("Gemma 3n vs Mistral Medium 3.2"));
        QVERIFY(!statuses.first().evidenceChanged());
        const QJsonObject json = statuses.first().toJson();
        for (const char* key :
             {"id", "comparisonId", "toolId", "by", "rationale", "decidedAt", "profile", "snapshot"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value("evidenceChanged").toBool(true), false);
        QVERIFY(json.value("changesSince").isArray());
        QCOMPARE(json.value("changesSince").toArray().size(), 0);

        // Never edited in place.
        QSqlQuery update(store->database().connection());
        QVERIFY(!update.exec("UPDATE decisions SET rationale = 'changed'"));
        QCOMPARE(Decisions::statuses(*store).first().decision.rationale, QString("Runs on our laptops."));
    }

    void flippedVerdictIsTheOneChange()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QVERIFY(store);
        QVERIFY(Decisions::decide(*store, request("Gemma 3n")));
        const QString futurist = reviewId(*store, "gemma-3n", "futurist");
        QVERIFY(!futurist.isEmpty());
        auto applied = store->feed().applyFeed(revisedFeed(futurist, Verdict::Skip));
        QVERIFY2(applied, qPrintable(applied.errorMessage()));

        const auto status = Decisions::latest(*store, "gemma-3n-vs-mistral-medium-3-2");
        QVERIFY(status);
        QVERIFY(status->evidenceChanged());
        QCOMPARE(status->changesSince.size(), 1);
        const EvidenceChange& change = status->changesSince.first();
        QCOMPARE(change.toolId, QString("gemma-3n"));
        QCOMPARE(change.field, EvidenceChange::Field::Verdict);
        QCOMPARE(change.lensId, QString("futurist"));
        QCOMPARE(change.before, QString("ship"));
        QCOMPARE(change.after, QString("skip"));
        QCOMPARE(change.toDisplayString(), QString("Gemma 3n, Futurist: ship \u2192 skip"));
        const QJsonObject json = change.toJson();
        QCOMPARE(json, (QJsonObject{{"toolId", "gemma-3n"},
                                    {"field", "verdict"},
                                    {"lensId", "futurist"},
                                    {"before", "ship"},
                                    {"after", "skip"}}));
    }

    void otherChangesAreListed()
    {
        const FeedDocument feed = bundledFeed();
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QVERIFY(store);
        auto model = ComparisonModel::loadComparison(*store, "gemma-3n-vs-mistral-medium-3-2");
        QVERIFY(model);
        const EvidenceSnapshot then = Evidence::snapshot(model.value(), *store);

        EvidenceSnapshot now = then;
        now.tools[1].pricing = Pricing::Free;
        now.tools[1].license = "MIT";
        now.tools[0].lenses[0].reviewIds << "extra";
        now.tools.removeAt(1);
        now.communityLeaderId = "gemma-3n";
        const QList<EvidenceChange> changes = Evidence::changes(then, now);
        QCOMPARE(changes.size(), 3); // a scorecard added, a tool gone (its fields with it), a new leader
        QCOMPARE(changes.at(0).field, EvidenceChange::Field::Scorecards);
        QCOMPARE(changes.at(0).before, QString("1"));
        QCOMPARE(changes.at(0).after, QString("2"));
        QCOMPARE(changes.at(1).field, EvidenceChange::Field::Tool);
        QCOMPARE(changes.at(1).toolId, QString("mistral-medium-3-2"));
        QCOMPARE(changes.at(2).field, EvidenceChange::Field::CommunityLeader);
        QCOMPARE(changes.at(2).toDisplayString(), QString("Community leader: none \u2192 Gemma 3n"));

        now = then;
        now.tools[1].pricing = Pricing::Free;
        now.tools[1].license = "MIT";
        const QList<EvidenceChange> fields = Evidence::changes(then, now);
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields.at(0).toDisplayString(), QString("Mistral Medium 3.2, pricing: Paid \u2192 Free"));
        QCOMPARE(fields.at(1).field, EvidenceChange::Field::License);
        QCOMPARE(fields.at(1).before, QString("Proprietary"));
        QCOMPARE(fields.at(1).after, QString("MIT"));
        QVERIFY(Evidence::changes(then, then).isEmpty());
    }

    void laterDecisionSupersedes()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QVERIFY(store);
        CriteriaProfile buyer = CriteriaProfile::equalWeights();
        buyer.name = "Buyer first";
        buyer.lensWeights.insert("buyer", 5);
        QVERIFY(store->decisions().saveProfile(buyer));
        auto first = Decisions::decide(*store, request("Gemma 3n"));
        QVERIFY(first);
        Decisions::Request second = request("mistral-medium-3-2", "Hosted after all: no GPUs this year.");
        second.profile = "buyer FIRST";
        auto later = Decisions::decide(*store, second);
        QVERIFY2(later, qPrintable(later.errorMessage()));
        QCOMPARE(later->profile.name, QString("Buyer first"));
        QCOMPARE(later->profile.weight("buyer"), 5);

        const auto statuses = Decisions::statuses(*store, "gemma-3n-vs-mistral-medium-3-2");
        QCOMPARE(statuses.size(), 2);
        QCOMPARE(statuses.at(0).decision.id, later->id); // newest first
        QCOMPARE(statuses.at(0).supersededBy, 0);
        QCOMPARE(statuses.at(1).decision.id, first->id);
        QCOMPARE(statuses.at(1).supersededBy, later->id);
        QCOMPARE(Decisions::latest(*store, "gemma-3n-vs-mistral-medium-3-2")->decision.toolId,
                 QString("mistral-medium-3-2"));
        QCOMPARE(Decisions::status(*store, first->id)->supersededBy, later->id);
        QVERIFY(!Decisions::status(*store, 999));

        // The profile changed afterwards: the decision keeps it as it was.
        buyer.lensWeights.insert("buyer", 1);
        QVERIFY(store->decisions().saveProfile(buyer));
        QCOMPARE(Decisions::status(*store, later->id)->decision.profile.weight("buyer"), 5);
    }

    void badInputStoresNothing()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QVERIFY(store);
        auto empty = Decisions::decide(*store, request("Gemma 3n", "   "));
        QVERIFY(!empty);
        QVERIFY2(empty.errorMessage().contains("rationale"), qPrintable(empty.errorMessage()));
        Decisions::Request nobody = request("Gemma 3n");
        nobody.by = " ";
        QVERIFY(!Decisions::decide(*store, nobody));
        auto stranger = Decisions::decide(*store, request("Mistral 4B Edge"));
        QVERIFY(stranger.failedWith(Error::Kind::NotFound));
        QVERIFY2(stranger.errorMessage().contains("choose one of Gemma 3n, Mistral Medium 3.2"),
                 qPrintable(stranger.errorMessage()));
        Decisions::Request typo = request("Gemma 3n");
        typo.comparison = "Gemma 3n vs Mistral Medium 3";
        auto noComparison = Decisions::decide(*store, typo);
        QVERIFY(noComparison.failedWith(Error::Kind::NotFound));
        QVERIFY2(noComparison.errorMessage().contains("Did you mean"),
                 qPrintable(noComparison.errorMessage()));
        Decisions::Request noProfile = request("Gemma 3n");
        noProfile.profile = "Nope";
        QVERIFY(Decisions::decide(*store, noProfile).failedWith(Error::Kind::NotFound));
        QCOMPARE(count(*store, "decisions"), 0);
    }

    void storeFromBeforeMigrates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("old.db");
        {
            auto old = Database::open(path, 8);
            QVERIFY2(old, qPrintable(old.errorMessage()));
            Store store(std::move(old).value());
            QVERIFY(store.feed().applyFeed(bundledFeed()));
            QVERIFY(store.outbox().castVote("gemma-3n-vs-mistral-medium-3-2", "gemma-3n"));
            QCOMPARE(store.database().schemaVersion(), 8);
        }
        auto store = Store::open(path);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        QCOMPARE(store.value()->database().schemaVersion(), Database::latestVersion);
        QCOMPARE(store.value()->catalog().toolCount(), 7);
        QVERIFY(store.value()->outbox().myVote("gemma-3n-vs-mistral-medium-3-2"));
        QVERIFY(store.value()->decisions().profiles().isEmpty());
        QVERIFY(Decisions::decide(*store.value(), request("Gemma 3n")));
    }
};

QTEST_GUILESS_MAIN(TestDecisions)
#include "tst_decisions.moc"
