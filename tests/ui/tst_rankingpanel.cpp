// SPDX-License-Identifier: GPL-3.0-or-later
// The ranking panel and the criteria dialog on a real store seeded with the bundled catalog, under the
// offscreen platform.
#include "CriteriaDialog.h"
#include "RankingPanel.h"
#include "UiTestSupport.h"
#include <base/Settings.h>
#include <store/DecisionStore.h>

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>

using namespace sos;
using namespace sos::test;

namespace {

// Buyer ships Mistral 4B Edge and skips Mistral Medium 3.2; the other three lenses ship both.
const QString edgeVsMedium = QStringLiteral("mistral-4b-edge-vs-mistral-medium-3-2");
// Every lens ships both tools.
const QString llamaVsEdge = QStringLiteral("code-llama-4-70b-400b-vs-mistral-4b-edge");

enum Column
{
    RankColumn,
    ToolColumn,
    ScoreColumn,
    MustHavesColumn,
    ReasonsColumn
};

CriteriaProfile makeProfile(const QString& name, int buyerWeight, const QList<MustHave>& mustHaves = {},
                            bool isDefault = false)
{
    CriteriaProfile profile;
    profile.name = name;
    profile.lensWeights.insert(QStringLiteral("buyer"), buyerWeight);
    profile.mustHaves = mustHaves;
    profile.isDefault = isDefault;
    return profile;
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<RankingPanel> panel;

    Fixture()
    {
        store = openSeededStore(dir);
        if (!store)
            qFatal("no store");
        panel = std::make_unique<RankingPanel>(*store);
        panel->resize(1000, 600);
        panel->show();
    }

    void open(const QString& comparison)
    {
        auto model = ComparisonModel::loadComparison(*store, comparison);
        if (!model)
            qFatal("%s", qPrintable(model.errorMessage()));
        panel->setModel(model.value());
    }

    QTableWidget* table() const { return requireChild<QTableWidget>(panel.get(), "rankingTable"); }
    QComboBox* profileBox() const { return requireChild<QComboBox>(panel.get(), "profileBox"); }
    QString text(int row, int column) const { return table()->item(row, column)->text(); }
    // Chooses a profile in the box as a person would.
    void choose(const QString& name) const
    {
        const int index = profileBox()->findData(name);
        QVERIFY2(index >= 0, qPrintable(name));
        profileBox()->setCurrentIndex(index);
    }
    CriteriaDialog* openCriteria() const
    {
        requireChild<QPushButton>(panel.get(), "editCriteria")->click();
        auto* dialog = panel->findChild<CriteriaDialog*>();
        if (dialog && !QTest::qWaitForWindowExposed(dialog))
            qWarning("criteria dialog not shown");
        return dialog;
    }
};

} // namespace

class TestRankingPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buyerWeighingFiveRanksTheToolBuyerSkipsSecond()
    {
        Fixture f;
        QVERIFY(f.store->decisions().saveProfile(makeProfile("Buyer first", 5, {}, true)));
        f.open(edgeVsMedium);
        // The store's default profile is chosen.
        QCOMPARE(f.profileBox()->currentData().toString(), QStringLiteral("Buyer first"));
        QCOMPARE(f.panel->profileName(), QStringLiteral("Buyer first"));
        QVERIFY(f.profileBox()->currentText().contains("default"));

        QTableWidget* table = f.table();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(f.text(0, ToolColumn), QStringLiteral("Mistral 4B Edge"));
        QCOMPARE(f.text(1, ToolColumn), QStringLiteral("Mistral Medium 3.2"));
        QCOMPARE(f.text(0, RankColumn), QStringLiteral("1"));
        QCOMPARE(f.text(1, RankColumn), QStringLiteral("2"));
        // Points as counts, never a bare percentage: Buyer 5 plus three lenses at 1.
        QCOMPARE(f.text(0, ScoreColumn), QStringLiteral("8 of 8 points"));
        QCOMPARE(f.text(1, ScoreColumn), QStringLiteral("3 of 8 points"));
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column)
                QVERIFY2(!f.text(row, column).contains('%'), qPrintable(f.text(row, column)));
        }
        // The reasons are in the cell, its tooltip and what a screen reader says.
        const Ranking& ranking = *f.panel->ranking();
        QVERIFY(!ranking.tools.at(1).reasons.isEmpty());
        QTableWidgetItem* reasons = table->item(1, ReasonsColumn);
        for (const QString& reason : ranking.tools.at(1).reasons) {
            QVERIFY(reasons->text().contains(reason));
            QVERIFY(reasons->toolTip().contains(reason));
            QVERIFY(reasons->data(Qt::AccessibleTextRole).toString().contains(reason));
        }
        // No must-haves in this profile: no column for them.
        QVERIFY(table->isColumnHidden(MustHavesColumn));

        auto* headline = requireChild<QLabel>(f.panel.get(), "rankingHeadline");
        QCOMPARE(headline->text(), ranking.headline);
        QVERIFY(headline->text().contains("Mistral 4B Edge"));
        auto* sensitivity = requireChild<QLabel>(f.panel.get(), "sensitivity");
        QVERIFY(!sensitivity->text().isEmpty());
        for (const QString& sentence : ranking.flipsIf)
            QVERIFY(sensitivity->text().contains(sentence));
        for (QLabel* label : f.panel->findChildren<QLabel*>()) {
            if (label->buddy() == nullptr) // feed text: every label that is not a field's caption
                QCOMPARE(label->textFormat(), Qt::PlainText);
        }
        // Every row shows whole: the table has no scroll of its own.
        int rows = 0;
        for (int row = 0; row < table->rowCount(); ++row)
            rows += table->rowHeight(row);
        QVERIFY(table->height() >= rows + table->horizontalHeader()->height());

        QSignalSpy activated(f.panel.get(), &RankingPanel::toolActivated);
        Q_EMIT table->cellActivated(1, ReasonsColumn);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("mistral-medium-3-2"));
    }

    void aMustHaveThatRulesAToolOutMarksItOut()
    {
        Fixture f;
        const MustHave openLicense{ToolField::License, {QStringLiteral("Apache 2.0")}};
        QVERIFY(f.store->decisions().saveProfile(makeProfile("Open license", 1, {openLicense}, true)));
        f.open(edgeVsMedium);
        QTableWidget* table = f.table();
        QVERIFY(!table->isColumnHidden(MustHavesColumn));
        QCOMPARE(f.text(0, ToolColumn), QStringLiteral("Mistral 4B Edge"));
        QCOMPARE(f.text(1, ToolColumn), QStringLiteral("Mistral Medium 3.2"));
        QCOMPARE(f.text(0, MustHavesColumn), QStringLiteral("meets all"));
        QCOMPARE(f.text(1, MustHavesColumn), QStringLiteral("fails: ") + openLicense.toDisplayString());
        // Greyed, and said in words to a screen reader too.
        const QBrush grey = f.panel->palette().brush(QPalette::Disabled, QPalette::Text);
        for (int column = RankColumn; column <= ReasonsColumn; ++column) {
            QCOMPARE(table->item(1, column)->foreground().color(), grey.color());
            QVERIFY(table->item(0, column)->foreground().color() != grey.color());
        }
        QVERIFY(table->item(1, ToolColumn)->data(Qt::AccessibleTextRole).toString().contains("ruled out"));
    }

    void aTieIsSaidAsATie()
    {
        Fixture f;
        f.open(llamaVsEdge);
        QCOMPARE(f.panel->profileName(), CriteriaProfile::equalWeightsName());
        QCOMPARE(f.text(0, RankColumn), QStringLiteral("=1"));
        QCOMPARE(f.text(1, RankColumn), QStringLiteral("=1"));
        QCOMPARE(f.text(0, ScoreColumn), f.text(1, ScoreColumn));
        QVERIFY(f.table()->item(0, RankColumn)->data(Qt::AccessibleTextRole).toString().contains("tied"));
        QVERIFY(f.panel->ranking()->topIsTie());
        QCOMPARE(requireChild<QLabel>(f.panel.get(), "rankingHeadline")->text(),
                 f.panel->ranking()->headline);
    }

    void switchingTheProfileReranks()
    {
        Fixture f;
        QVERIFY(f.store->decisions().saveProfile(makeProfile("Buyer first", 5)));
        QVERIFY(f.store->decisions().saveProfile(makeProfile("Buyer ignored", 0)));
        auto settings = Settings::createForFile(f.dir.filePath("settings.ini"));
        f.panel->setSettings(settings.get());
        f.open(edgeVsMedium);
        // The saved profiles by name, then the built-in one (the default, as none is marked).
        QCOMPARE(f.profileBox()->count(), 3);
        QCOMPARE(f.profileBox()->itemData(0).toString(), QStringLiteral("Buyer first"));
        QCOMPARE(f.profileBox()->itemData(1).toString(), QStringLiteral("Buyer ignored"));
        QCOMPARE(f.profileBox()->currentData().toString(), CriteriaProfile::equalWeightsName());
        QCOMPARE(f.text(0, ScoreColumn), QStringLiteral("4 of 4 points"));
        QCOMPARE(f.text(1, RankColumn), QStringLiteral("2"));

        QSignalSpy changed(f.panel.get(), &RankingPanel::profileChanged);
        f.choose("Buyer ignored");
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.last().first().toString(), QStringLiteral("Buyer ignored"));
        QCOMPARE(f.panel->profileName(), QStringLiteral("Buyer ignored"));
        QCOMPARE(f.text(0, RankColumn), QStringLiteral("=1"));
        QCOMPARE(f.text(1, RankColumn), QStringLiteral("=1"));
        QCOMPARE(f.text(0, ScoreColumn), QStringLiteral("3 of 3 points"));

        f.choose("Buyer first");
        QCOMPARE(changed.size(), 2);
        QCOMPARE(f.text(0, ToolColumn), QStringLiteral("Mistral 4B Edge"));
        QCOMPARE(f.text(1, RankColumn), QStringLiteral("2"));
        QCOMPARE(f.text(1, ScoreColumn), QStringLiteral("3 of 8 points"));

        // The choice is remembered: a new panel (the next comparison, the next start) takes it.
        RankingPanel next(*f.store);
        next.setSettings(settings.get());
        QCOMPARE(next.profileName(), QStringLiteral("Buyer first"));
        // A remembered profile that is gone falls back to the store's default.
        QVERIFY(f.store->decisions().removeProfile("Buyer first"));
        RankingPanel after(*f.store);
        after.setSettings(settings.get());
        QCOMPARE(after.profileName(), CriteriaProfile::equalWeightsName());
    }

    void theCriteriaDialogSavesAProfileAndRanksUnderIt()
    {
        Fixture f;
        f.open(edgeVsMedium);
        CriteriaDialog* dialog = f.openCriteria();
        QVERIFY(dialog);
        // The built-in profile is never edited, so it has no Remove; the dialog starts a new profile.
        QVERIFY(!dialog->findChild<QPushButton*>("removeProfile"));
        auto* name = requireChild<QLineEdit>(dialog, "profileName");
        QVERIFY(name->text().isEmpty());
        // One weight per lens of the store, 0 to 5, starting from the profile's.
        for (const Lens& lens : f.store->catalog().lenses()) {
            auto* box = requireChild<QSpinBox>(dialog, "weight-" + lens.id);
            QCOMPARE(box->value(), 1);
            QCOMPARE(box->minimum(), 0);
            QCOMPARE(box->maximum(), 5);
        }
        // The license values are the catalog's.
        auto* licenses = requireChild<QListWidget>(dialog, "mustHave-license");
        QStringList values;
        for (int row = 0; row < licenses->count(); ++row)
            values << licenses->item(row)->data(Qt::UserRole).toString();
        QVERIFY(values.contains("Apache 2.0"));
        QVERIFY(values.contains("Proprietary"));

        // No name: said beside the fields, nothing stored, the dialog stays.
        auto* error = requireChild<QLabel>(dialog, "criteriaError");
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(f.store->decisions().profiles().isEmpty());

        // The built-in name is refused too.
        name->setText(CriteriaProfile::equalWeightsName());
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QVERIFY(f.store->decisions().profiles().isEmpty());

        name->setText("Open, buyer first");
        requireChild<QSpinBox>(dialog, "weight-buyer")->setValue(5);
        for (int row = 0; row < licenses->count(); ++row) {
            if (licenses->item(row)->data(Qt::UserRole).toString() == "Apache 2.0")
                licenses->item(row)->setCheckState(Qt::Checked);
        }
        requireChild<QCheckBox>(dialog, "makeDefault")->setChecked(true);
        QSignalSpy changed(f.panel.get(), &RankingPanel::profileChanged);
        QTest::keyClick(name, Qt::Key_Return); // Enter saves
        QTRY_VERIFY(!f.panel->findChild<CriteriaDialog*>());

        const auto saved = f.store->decisions().profile("Open, buyer first");
        QVERIFY(saved);
        QCOMPARE(saved->weight("buyer"), 5);
        QCOMPARE(saved->mustHaves.size(), 1);
        QCOMPARE(saved->mustHaves.first().field, ToolField::License);
        QCOMPARE(saved->mustHaves.first().values, QStringList{"Apache 2.0"});
        QVERIFY(saved->isDefault);
        // The panel ranks under the new profile at once.
        QCOMPARE(changed.size(), 1);
        QCOMPARE(f.panel->profileName(), QStringLiteral("Open, buyer first"));
        QCOMPARE(f.text(1, MustHavesColumn).left(6), QStringLiteral("fails:"));

        // Editing the saved profile offers Remove; Esc leaves it untouched.
        dialog = f.openCriteria();
        QVERIFY(dialog);
        QCOMPARE(requireChild<QLineEdit>(dialog, "profileName")->text(), QStringLiteral("Open, buyer first"));
        QCOMPARE(requireChild<QSpinBox>(dialog, "weight-buyer")->value(), 5);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!f.panel->findChild<CriteriaDialog*>());
        QVERIFY(f.store->decisions().profile("Open, buyer first"));

        dialog = f.openCriteria();
        QVERIFY(dialog);
        requireChild<QPushButton>(dialog, "removeProfile")->click();
        QTRY_VERIFY(!f.panel->findChild<CriteriaDialog*>());
        QVERIFY(!f.store->decisions().profile("Open, buyer first"));
        QCOMPARE(f.panel->profileName(), CriteriaProfile::equalWeightsName());
        QCOMPARE(f.profileBox()->count(), 1);
    }

    void aMustHaveNoToolMeetsIsRefused()
    {
        Fixture f;
        // Saved before the catalog lost its last tool with that license (the store keeps what it is given).
        const MustHave gone{ToolField::License, {QStringLiteral("Beerware")}};
        QVERIFY(f.store->decisions().saveProfile(makeProfile("Old team", 2, {gone}, true)));
        const CriteriaProfile before = *f.store->decisions().profile("Old team");
        f.open(edgeVsMedium);
        CriteriaDialog* dialog = f.openCriteria();
        QVERIFY(dialog);
        // The value stays in the list, checked, and says no tool has it.
        auto* licenses = requireChild<QListWidget>(dialog, "mustHave-license");
        QListWidgetItem* item = licenses->item(licenses->count() - 1);
        QCOMPARE(item->data(Qt::UserRole).toString(), QStringLiteral("Beerware"));
        QCOMPARE(item->checkState(), Qt::Checked);
        QVERIFY(item->text().contains("no tool"));
        requireChild<QSpinBox>(dialog, "weight-futurist")->setValue(4);

        requireChild<QPushButton>(dialog, "saveProfile")->click();
        QVERIFY(dialog->isVisible());
        auto* error = requireChild<QLabel>(dialog, "criteriaError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains("Beerware"), qPrintable(error->text()));
        QCOMPARE(error->textFormat(), Qt::PlainText);
        // Nothing stored; what was typed is still there.
        QCOMPARE(*f.store->decisions().profile("Old team"), before);
        QCOMPARE(dialog->profile().weight("futurist"), 4);

        // Unchecking it makes the profile right.
        item->setCheckState(Qt::Unchecked);
        requireChild<QPushButton>(dialog, "saveProfile")->click();
        QTRY_VERIFY(!f.panel->findChild<CriteriaDialog*>());
        QVERIFY(f.store->decisions().profile("Old team")->mustHaves.isEmpty());
        QCOMPARE(f.store->decisions().profile("Old team")->weight("futurist"), 4);
    }

    void aNewNameNeverReplacesAnotherProfile()
    {
        Fixture f;
        QVERIFY(f.store->decisions().saveProfile(makeProfile("Buyer first", 5, {}, true)));
        QVERIFY(f.store->decisions().saveProfile(makeProfile("Buyer ignored", 0)));
        f.open(edgeVsMedium);
        CriteriaDialog* dialog = f.openCriteria();
        QVERIFY(dialog);
        requireChild<QLineEdit>(dialog, "profileName")->setText("buyer IGNORED");
        requireChild<QPushButton>(dialog, "saveProfile")->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(requireChild<QLabel>(dialog, "criteriaError")->isVisible());
        QCOMPARE(f.store->decisions().profile("Buyer ignored")->weight("buyer"), 0);
        // A new name saves a copy beside the one edited.
        requireChild<QLineEdit>(dialog, "profileName")->setText("Buyer first, copy");
        requireChild<QPushButton>(dialog, "saveProfile")->click();
        QTRY_VERIFY(!f.panel->findChild<CriteriaDialog*>());
        QCOMPARE(f.store->decisions().profiles().size(), 3);
        QCOMPARE(f.store->decisions().profile("Buyer first, copy")->weight("buyer"), 5);
        QCOMPARE(f.panel->profileName(), QStringLiteral("Buyer first, copy"));
    }

    void theDialogFitsTheSmallScreen()
    {
        Fixture f;
        f.open(edgeVsMedium);
        CriteriaDialog* dialog = f.openCriteria();
        QVERIFY(dialog);
        const QSize size = dialog->sizeHint().expandedTo(dialog->minimumSizeHint());
        QVERIFY2(size.width() <= 1280 && size.height() <= 760,
                 qPrintable(QStringLiteral("%1x%2").arg(size.width()).arg(size.height())));
        // With SHIPORSKIP_SCREENSHOTS=DIR (under Xvfb, QT_QPA_PLATFORM=xcb) it is saved as a PNG to look at.
        if (const QString dir = qEnvironmentVariable("SHIPORSKIP_SCREENSHOTS"); !dir.isEmpty()) {
            requireChild<QPushButton>(dialog, "saveProfile")->click(); // shows the inline error
            QTest::qWait(50);
            QVERIFY(dialog->grab().save(dir + QStringLiteral("/criteria-dialog.png")));
        }
    }
};

QTEST_MAIN(TestRankingPanel)
#include "tst_rankingpanel.moc"
