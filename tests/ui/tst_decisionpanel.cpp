// SPDX-License-Identifier: GPL-3.0-or-later
// The decision panel and the decision dialog on a real store seeded with the bundled catalog, under
// the offscreen platform: recording, superseding, refusing, and the warning after the evidence changed.
#include "DecisionDialog.h"
#include "DecisionPanel.h"
#include "RankingPanel.h"
#include "ToolDetailsView.h"
#include "UiTestSupport.h"
#include <base/Settings.h>
#include <store/DecisionStore.h>

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <decision/Decisions.h>

using namespace sos;
using namespace sos::test;

namespace {

// Buyer ships Mistral 4B Edge and skips Mistral Medium 3.2; the other three lenses ship both.
const QString edgeVsMedium = QStringLiteral("mistral-4b-edge-vs-mistral-medium-3-2");
const QString edgeVsMediumTitle = QStringLiteral("Mistral 4B Edge vs Mistral Medium 3.2");
// Every lens ships both tools: a tie under any weights.
const QString llamaVsEdge = QStringLiteral("code-llama-4-70b-400b-vs-mistral-4b-edge");

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<DecisionPanel> panel;

    Fixture()
    {
        store = openSeededStore(dir);
        if (!store)
            qFatal("no store");
        settings = Settings::createForFile(dir.filePath("settings.ini"));
        panel = std::make_unique<DecisionPanel>(*store);
        panel->setSettings(settings.get());
        panel->resize(900, 500);
        panel->show();
        QApplication::setActiveWindow(panel.get());
    }

    ComparisonModel model(const QString& comparison) const
    {
        auto model = ComparisonModel::loadComparison(*store, comparison);
        if (!model)
            qFatal("%s", qPrintable(model.errorMessage()));
        return model.value();
    }

    void open(const QString& comparison, const QString& profile = CriteriaProfile::equalWeightsName())
    {
        panel->setModel(model(comparison), profile);
    }

    template <typename T> T* child(const char* name) const { return requireChild<T>(panel.get(), name); }

    DecisionDialog* openDialog() const
    {
        child<QPushButton>("recordDecision")->click();
        auto* dialog = panel->findChild<DecisionDialog*>();
        if (dialog && !QTest::qWaitForWindowExposed(dialog))
            qWarning("decision dialog not shown");
        return dialog;
    }

    // Records through the dialog as a person would; the tool by name, or the proposed one when empty.
    void record(const QString& by, const QString& rationale, const QString& tool = {}) const
    {
        DecisionDialog* dialog = openDialog();
        QVERIFY(dialog);
        if (!tool.isEmpty()) {
            auto* tools = requireChild<QComboBox>(dialog, "decisionTool");
            tools->setCurrentIndex(tools->findText(tool));
            QVERIFY(tools->currentIndex() >= 0);
        }
        requireChild<QLineEdit>(dialog, "decisionBy")->setText(by);
        requireChild<QPlainTextEdit>(dialog, "decisionRationale")->setPlainText(rationale);
        requireChild<QPushButton>(dialog, "recordButton")->click();
        QTRY_VERIFY(!panel->findChild<DecisionDialog*>());
    }
};

} // namespace

class TestDecisionPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anAdHocComparisonTakesNoDecision()
    {
        Fixture f;
        auto model = ComparisonModel::loadTools(*f.store, {"gemma-3n", "mistral-4b-edge"});
        QVERIFY(model);
        QVERIFY(!model->isPublished());
        f.panel->setModel(model.value(), CriteriaProfile::equalWeightsName());
        QVERIFY(f.child<QLabel>("decisionPlaceholder")->isVisible());
        QVERIFY(f.child<QLabel>("decisionPlaceholder")->text().contains("published comparisons"));
        QVERIFY(!f.child<QPushButton>("recordDecision")->isVisible());
        f.panel->recordDecision();
        QVERIFY(!f.panel->findChild<DecisionDialog*>());
    }

    void theDialogRefusesAnEmptyRationaleAndKeepsWhatWasTyped()
    {
        Fixture f;
        f.open(edgeVsMedium);
        QVERIFY(f.child<QLabel>("decisionPlaceholder")->text().contains("No decision"));
        auto* button = f.child<QPushButton>("recordDecision");
        QVERIFY(button->isVisible());
        QVERIFY(button->toolTip().contains(shortcutText(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D))));
        QCOMPARE(button->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));

        DecisionDialog* dialog = f.openDialog();
        QVERIFY(dialog);
        QVERIFY(requireChild<QLabel>(dialog, "decisionProfile")
                    ->text()
                    .contains(CriteriaProfile::equalWeightsName()));
        auto* by = requireChild<QLineEdit>(dialog, "decisionBy");
        auto* rationale = requireChild<QPlainTextEdit>(dialog, "decisionRationale");
        auto* error = requireChild<QLabel>(dialog, "decisionError");
        by->setText("Platform team");
        rationale->setPlainText("   \n ");
        requireChild<QPushButton>(dialog, "recordButton")->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(f.store->decisions().decisions().isEmpty());

        // A missing name: refused, and the rationale typed is still there.
        const QString typed = QStringLiteral("Runs on the laptops we have; Apache 2.0.");
        rationale->setPlainText(typed);
        by->clear();
        requireChild<QPushButton>(dialog, "recordButton")->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(error->isVisible());
        QCOMPARE(rationale->toPlainText(), typed);
        QVERIFY(f.store->decisions().decisions().isEmpty());

        // Esc leaves without storing anything.
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!f.panel->findChild<DecisionDialog*>());
        QVERIFY(f.store->decisions().decisions().isEmpty());
    }

    void recordingADecisionShowsItInThePanel()
    {
        Fixture f;
        CriteriaProfile buyerFirst;
        buyerFirst.name = "Buyer first";
        buyerFirst.lensWeights.insert("buyer", 5);
        QVERIFY(f.store->decisions().saveProfile(buyerFirst));
        f.open(edgeVsMedium, "Buyer first");

        // Ctrl+Shift+D opens the dialog; the ranking's top is proposed.
        QTest::keyClick(f.panel.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        DecisionDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = f.panel->findChild<DecisionDialog*>()));
        auto* tools = requireChild<QComboBox>(dialog, "decisionTool");
        QCOMPARE(tools->currentData().toString(), QStringLiteral("mistral-4b-edge"));
        QVERIFY(requireChild<QLabel>(dialog, "decisionProfile")->text().contains("Buyer first"));
        QSignalSpy recorded(f.panel.get(), &DecisionPanel::decisionRecorded);
        requireChild<QLineEdit>(dialog, "decisionBy")->setText("Ada <b>Lovelace</b>");
        requireChild<QPlainTextEdit>(dialog, "decisionRationale")->setPlainText("Runs on device.\nFree.");
        QTest::keyClick(requireChild<QLineEdit>(dialog, "decisionBy"), Qt::Key_Return); // Enter records
        QTRY_VERIFY(!f.panel->findChild<DecisionDialog*>());

        QCOMPARE(recorded.size(), 1);
        const QList<Decision> stored = f.store->decisions().decisions(edgeVsMedium);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(recorded.first().first().toLongLong(), stored.first().id);
        QCOMPARE(stored.first().toolId, QStringLiteral("mistral-4b-edge"));
        QCOMPARE(stored.first().profile.name, QStringLiteral("Buyer first"));

        QVERIFY(!f.child<QLabel>("decisionPlaceholder")->isVisible());
        QVERIFY(f.child<QLabel>("latestDecision")->text().contains("Mistral 4B Edge"));
        auto* details = f.child<QLabel>("latestDecisionDetails");
        QVERIFY(details->text().contains("Ada <b>Lovelace</b>"));
        QVERIFY(details->text().contains("Buyer first"));
        QCOMPARE(details->textFormat(), Qt::PlainText);
        QCOMPARE(f.child<QLabel>("latestRationale")->text(), QStringLiteral("Runs on device.\nFree."));
        QVERIFY(f.child<QLabel>("evidenceHolds")->isVisible());
        QVERIFY(!f.child<QLabel>("evidenceWarning")->isVisible());
        QVERIFY(!f.child<QToolButton>("earlierToggle")->isVisible());

        // The name is proposed the next time.
        dialog = f.openDialog();
        QVERIFY(dialog);
        QCOMPARE(requireChild<QLineEdit>(dialog, "decisionBy")->text(),
                 QStringLiteral("Ada <b>Lovelace</b>"));
        dialog->reject();
    }

    void aTieProposesNoTool()
    {
        Fixture f;
        f.open(llamaVsEdge);
        DecisionDialog* dialog = f.openDialog();
        QVERIFY(dialog);
        auto* tools = requireChild<QComboBox>(dialog, "decisionTool");
        QCOMPARE(tools->currentIndex(), -1);
        requireChild<QLineEdit>(dialog, "decisionBy")->setText("Ada");
        requireChild<QPlainTextEdit>(dialog, "decisionRationale")->setPlainText("Either would do.");
        requireChild<QPushButton>(dialog, "recordButton")->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(requireChild<QLabel>(dialog, "decisionError")->isVisible());
        QVERIFY(f.store->decisions().decisions().isEmpty());
        tools->setCurrentIndex(1);
        requireChild<QPushButton>(dialog, "recordButton")->click();
        QTRY_VERIFY(!f.panel->findChild<DecisionDialog*>());
        QCOMPARE(f.store->decisions().decisions().size(), 1);
    }

    void aSecondDecisionSupersedesTheFirst()
    {
        Fixture f;
        f.open(edgeVsMedium);
        f.record("Ada", "Cheapest to run.", "Mistral 4B Edge");
        f.record("Grace", "The hosted one after all: no devices to manage.", "Mistral Medium 3.2");
        QCOMPARE(f.store->decisions().decisions(edgeVsMedium).size(), 2);

        QVERIFY(f.child<QLabel>("latestDecision")->text().contains("Mistral Medium 3.2"));
        QVERIFY(f.child<QLabel>("latestDecisionDetails")->text().contains("Grace"));
        auto* toggle = f.child<QToolButton>("earlierToggle");
        QVERIFY(toggle->isVisible());
        QVERIFY(toggle->text().contains("1"));
        auto* earlier = f.child<QLabel>("earlierDecisions");
        QVERIFY(!earlier->isVisible()); // collapsed until asked for
        toggle->click();
        QVERIFY(earlier->isVisible());
        QVERIFY(earlier->text().contains("Superseded"));
        QVERIFY(earlier->text().contains("Mistral 4B Edge"));
        QVERIFY(earlier->text().contains("Ada"));
        QVERIFY(earlier->text().contains("Cheapest to run."));
        QVERIFY(!earlier->text().contains("Grace"));
    }

    void changedEvidenceShowsTheWarningWithTheChange()
    {
        Fixture f;
        f.open(edgeVsMedium);
        f.record("Ada", "Buyer ships it.", "Mistral 4B Edge");
        QVERIFY(!f.child<QLabel>("evidenceWarning")->isVisible());

        // A revised feed: the Buyer now skips Mistral 4B Edge.
        FeedDocument feed = bundledFeed();
        feed.generatedAt = feed.generatedAt.addDays(1);
        feed.cursor += QStringLiteral("-revised");
        bool flipped = false;
        for (Review& review : feed.reviews) {
            if (review.toolId == "mistral-4b-edge" && review.lensId == "buyer") {
                QCOMPARE(review.verdict, Verdict::Ship);
                review.verdict = Verdict::Skip;
                review.updatedAt = review.updatedAt.addDays(1);
                flipped = true;
            }
        }
        QVERIFY(flipped);
        QVERIFY(f.store->feed().applyFeed(feed));
        f.panel->reload();

        const auto status = Decisions::latest(*f.store, edgeVsMedium);
        QVERIFY(status);
        QCOMPARE(status->changesSince.size(), 1);
        const EvidenceChange& change = status->changesSince.first();
        QCOMPARE(change.toolId, QStringLiteral("mistral-4b-edge"));
        QCOMPARE(change.field, EvidenceChange::Field::Verdict);
        QCOMPARE(change.lensId, QStringLiteral("buyer"));

        auto* warning = f.child<QLabel>("evidenceWarning");
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().startsWith("The evidence changed since this decision:"));
        QVERIFY2(warning->text().contains(change.toDisplayString()), qPrintable(warning->text()));
        QCOMPARE(warning->textFormat(), Qt::PlainText);
        QVERIFY(!f.child<QLabel>("evidenceHolds")->isVisible());
        // The decision itself is as it was.
        QVERIFY(f.child<QLabel>("latestDecision")->text().contains("Mistral 4B Edge"));
    }

    // Both panels as the comparison shows them, at 1280 and at a narrow 700 wide: every wrapped label
    // gets the height its text needs, every table row its contents' height, and no column is cut.
    // With SHIPORSKIP_SCREENSHOTS=DIR (run under Xvfb with QT_QPA_PLATFORM=xcb) they are saved as PNGs.
    void nothingIsClipped_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("1280") << 1280;
        QTest::newRow("700") << 700;
    }
    void nothingIsClipped()
    {
        QFETCH(int, width);
        Fixture f;
        CriteriaProfile strict;
        strict.name = "Open license, buyer first";
        strict.lensWeights.insert("buyer", 5);
        strict.mustHaves << MustHave{ToolField::License, {"Apache 2.0", "MIT"}};
        strict.isDefault = true;
        QVERIFY(f.store->decisions().saveProfile(strict));
        const ComparisonModel model = f.model(edgeVsMedium);
        f.panel->setModel(model, strict.name);
        f.record("Ada Lovelace",
                 "Runs on the laptops we have, Apache 2.0, and the Buyer ships it. The hosted "
                 "one costs more every month and its license rules it out.");
        f.record("Platform team", "Confirmed after the pilot: still the on-device one.", "Mistral 4B Edge");
        FeedDocument feed = bundledFeed();
        feed.generatedAt = feed.generatedAt.addDays(1);
        for (Review& review : feed.reviews) {
            if (review.toolId == "mistral-4b-edge" && review.lensId == "buyer") {
                review.verdict = Verdict::Skip;
                review.updatedAt = review.updatedAt.addDays(1);
            }
        }
        QVERIFY(f.store->feed().applyFeed(feed));

        QScrollArea window;
        auto* page = new QWidget;
        auto* layout = new QVBoxLayout(page);
        auto* ranking = new RankingPanel(*f.store, page);
        auto* decision = new DecisionPanel(*f.store, page);
        ranking->setModel(f.model(edgeVsMedium));
        decision->setModel(f.model(edgeVsMedium), ranking->profileName());
        layout->addWidget(ranking);
        layout->addWidget(decision);
        layout->addStretch(1);
        window.setWidget(page);
        window.setWidgetResizable(true);
        window.resize(width, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        requireChild<QToolButton>(decision, "earlierToggle")->click();
        QTest::qWait(50);
        QApplication::processEvents();

        for (QLabel* label : page->findChildren<QLabel*>()) {
            if (!label->isVisible() || !label->wordWrap())
                continue;
            QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                     qPrintable(label->objectName() + ": " + label->text()));
            QVERIFY2(label->geometry().right() <= page->width(), qPrintable(label->text()));
        }
        auto* table = requireChild<QTableWidget>(ranking, "rankingTable");
        const QAbstractItemView* view = table; // the size hints are public here
        int rows = 0;
        for (int row = 0; row < table->rowCount(); ++row) {
            QVERIFY(table->rowHeight(row) >= view->sizeHintForRow(row));
            rows += table->rowHeight(row);
        }
        QVERIFY(table->viewport()->height() >= rows);
        for (int column = 0; column < 3; ++column)
            QVERIFY(table->columnWidth(column) >= view->sizeHintForColumn(column));
        QVERIFY(table->horizontalHeader()->length() <= table->viewport()->width());

        if (const QString dir = qEnvironmentVariable("SHIPORSKIP_SCREENSHOTS"); !dir.isEmpty()) {
            QVERIFY(page->grab().save(QStringLiteral("%1/panels-%2.png").arg(dir).arg(width)));
            DecisionDialog* dialog = f.openDialog();
            QVERIFY(dialog);
            requireChild<QPushButton>(dialog, "recordButton")->click(); // shows the inline error
            QTest::qWait(50);
            QVERIFY(dialog->grab().save(QStringLiteral("%1/decision-dialog.png").arg(dir)));
            dialog->reject();
        }
    }
};

QTEST_MAIN(TestDecisionPanel)
#include "tst_decisionpanel.moc"
