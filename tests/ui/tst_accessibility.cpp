// SPDX-License-Identifier: GPL-3.0-or-later
// The keyboard and assistive technologies: Tab reaches every control in the order of the screen and
// each has a name, Help > Keyboard Shortcuts lists every action, and the light and dark themes apply at
// once, charts included.
#include "Appearance.h"
#include "ComparisonView.h"
#include "FacetPanel.h"
#include "ScorecardEditor.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "ToolDetailsView.h"
#include "UiTestSupport.h"
#include <sync/TokenStore.h>

#include <QAccessible>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace sos;
using namespace sos::test;

namespace {

// What a screen reader announces for a widget.
QString accessibleName(QWidget* widget)
{
    if (!widget->accessibleName().isEmpty())
        return widget->accessibleName();
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
}

QString describe(const QWidget* widget)
{
    QStringList path;
    for (const QWidget* w = widget; w && !w->isWindow(); w = w->parentWidget())
        path.prepend(
            QStringLiteral("%1#%2").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName()));
    return path.join(QStringLiteral(" > "));
}

// Presses Tab from the current focus until it comes back there; the widgets it stopped on, in order.
QList<QWidget*> tabCycle(QWidget* start)
{
    start->setFocus(Qt::TabFocusReason);
    QList<QWidget*> visited;
    if (QApplication::focusWidget() != start)
        return visited;
    visited << start;
    for (int presses = 0; presses < 2000; ++presses) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* now = QApplication::focusWidget();
        if (!now || now == start)
            return visited;
        if (visited.contains(now)) {
            qWarning("Tab came back to %s without reaching the start", qPrintable(describe(now)));
            return {};
        }
        visited << now;
    }
    qWarning("Tab did not come back to the start in 2000 presses");
    return {};
}

// A window with the editor pane open on a draft (its form shown), and a published comparison in a tab.
struct Scene
{
    std::unique_ptr<WindowFixture> fixture = WindowFixture::create();
    std::unique_ptr<MainWindow> window = fixture->showWindow();
    ComparisonView* comparison = nullptr;

    Scene()
    {
        window->draftScorecard(QStringLiteral("gemma-3n"));
        comparison = window->openComparison(
            ComparisonModel::loadComparison(*fixture->store,
                                            fixture->store->catalog().comparisons().value(0).comparison.id),
            false);
    }
};

QList<QChartView*> liveCharts(QWidget* view)
{
    QList<QChartView*> charts;
    for (QChartView* chart : view->findChildren<QChartView*>()) {
        if (chart->isVisible())
            charts << chart;
    }
    return charts;
}

bool chartsFollow(QWidget* view)
{
    const QList<QChartView*> charts = liveCharts(view);
    const QColor window = view->palette().color(QPalette::Window);
    const QColor text = view->palette().color(QPalette::WindowText);
    return !charts.isEmpty() && std::all_of(charts.begin(), charts.end(), [&](QChartView* chart) {
        return chart->chart()->backgroundBrush().color() == window &&
               chart->chart()->titleBrush().color() == text && chart->chart()->legend()->labelColor() == text;
    });
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tabReachesEveryControlWithAName_data()
    {
        QTest::addColumn<bool>("comparisonTab");
        QTest::newRow("catalog") << false;
        QTest::newRow("comparison") << true;
    }
    void tabReachesEveryControlWithAName()
    {
        QFETCH(bool, comparisonTab);
        Scene scene;
        MainWindow* window = scene.window.get();
        QVERIFY(window->scorecardEditorDock()->isVisible());
        // Wide enough for the details pane beside the editor (narrower, it steps aside).
        window->resize(1920, 1080);
        QTRY_VERIFY(!requireChild<ToolDetailsView>(window, "toolDetails")->isHidden());
        if (comparisonTab) {
            requireChild<QTabWidget>(window, "tabs")->setCurrentWidget(scene.comparison);
            // A vote builds the comparison's page again, long after the editor pane was made.
            QVERIFY(scene.comparison->voteFor(scene.comparison->model().tool(1).summary.tool.id));
        }
        auto* search = requireChild<QLineEdit>(window, "searchField");
        const QList<QWidget*> visited = tabCycle(search);
        QVERIFY(visited.size() > 10);

        QStringList unnamed;
        for (QWidget* widget : visited) {
            if (accessibleName(widget).isEmpty())
                unnamed << describe(widget);
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("no accessible name:\n") + unnamed.join('\n')));

        // Tab reached the editor pane and, in order, what the screen shows from left to right and top to
        // bottom.
        ScorecardEditor* editor = window->scorecardEditor();
        QList<QWidget*> order{search};
        if (comparisonTab) {
            order << scene.comparison->findChild<QCheckBox*>(QStringLiteral("onlyDiffering"));
            const QString firstTool = scene.comparison->model().tool(0).summary.tool.id;
            // Made when the comparison opened, after the editor pane, and made again on every vote.
            order << scene.comparison->findChild<QPushButton*>(QStringLiteral("vote-") + firstTool);
        } else {
            auto* facets = requireChild<FacetPanel>(window, "facetPanel");
            for (Facet facet : allFacets)
                order << facets->listFor(facet);
            auto* details = requireChild<ToolDetailsView>(window, "toolDetails");
            order << requireChild<QListView>(window, "comparisonList") << window->toolTable() << details
                  << details->findChild<QPushButton*>(QStringLiteral("draftScorecardButton"));
        }
        order << requireChild<QTreeView>(editor, "draftList") << requireChild<QComboBox>(editor, "lensBox")
              << requireChild<QRadioButton>(editor, "shipButton")
              << requireChild<QLineEdit>(editor, "authorField")
              << requireChild<QPlainTextEdit>(editor, "scorecardText")
              << requireChild<QPushButton>(editor, "publishButton");
        qsizetype previous = -1;
        for (QWidget* widget : order) {
            QVERIFY(widget);
            const qsizetype at = visited.indexOf(widget);
            QVERIFY2(at >= 0, qPrintable(QStringLiteral("Tab never reaches ") + describe(widget)));
            QVERIFY2(at > previous, qPrintable(QStringLiteral("out of order: ") + describe(widget)));
            previous = at;
        }
    }

    void dialogsNameEveryControl()
    {
        Scene scene;
        MemoryTokenStore keychain;
        MemoryTokenStore session;
        QNetworkAccessManager network;
        SettingsDialog settings(*scene.fixture->settings, keychain, session, network, scene.window.get(),
                                &scene.fixture->store->changes());
        ShortcutsDialog shortcuts(scene.window.get());
        for (QDialog* dialog : std::initializer_list<QDialog*>{&settings, &shortcuts}) {
            dialog->show();
            QApplication::setActiveWindow(dialog);
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            QStringList unnamed;
            for (QWidget* widget : dialog->findChildren<QWidget*>()) {
                if (widget->isVisible() && (widget->focusPolicy() & Qt::TabFocus) &&
                    accessibleName(widget).isEmpty())
                    unnamed << describe(widget);
            }
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join('\n')));
            QVERIFY(
                tabCycle(dialog->focusWidget() ? dialog->focusWidget() : dialog->nextInFocusChain()).size() >
                1);
        }
    }

    void shortcutsDialogListsEveryAction()
    {
        Scene scene;
        MainWindow* window = scene.window.get();
        const QList<ShortcutsDialog::Row> rows = ShortcutsDialog::rowsFor(window);
        QHash<const QAction*, ShortcutsDialog::Row> byAction;
        for (const ShortcutsDialog::Row& row : rows)
            byAction.insert(row.source, row);

        // Every entry of every menu, with its shortcuts and the keys through the menu.
        std::function<void(const QMenu*)> checkMenu = [&](const QMenu* menu) {
            for (const QAction* action : menu->actions()) {
                if (action->isSeparator() || !action->isVisible())
                    continue;
                if (action->menu()) {
                    checkMenu(action->menu());
                    continue;
                }
                QVERIFY2(byAction.contains(action), qPrintable(action->text()));
                const ShortcutsDialog::Row row = byAction.value(action);
                QStringList keys;
                for (const QKeySequence& sequence : action->shortcuts())
                    keys << sequence.toString(QKeySequence::NativeText);
                QCOMPARE(row.shortcuts, keys.join(QStringLiteral(", ")));
                QVERIFY2(row.menuKeys.startsWith(
                             QKeySequence::mnemonic(menu->title()).toString(QKeySequence::NativeText)),
                         qPrintable(row.action));
            }
        };
        for (const QAction* menu : window->menuBar()->actions())
            checkMenu(menu->menu());
        // Every other action with keys of its own: the search field's Escape, the editor's find bar...
        for (const QAction* action : window->findChildren<QAction*>()) {
            if (!action->shortcuts().isEmpty())
                QVERIFY2(
                    byAction.contains(action),
                    qPrintable(QStringLiteral("%1 \"%2\" %3 in %4")
                                   .arg(action->objectName(), action->text(), action->shortcut().toString(),
                                        QString::fromLatin1(action->parent()->metaObject()->className()))));
        }
        QVERIFY(byAction.value(window->findChild<QAction*>(QStringLiteral("exportPdfAction"))).shortcuts ==
                QKeySequence(Qt::CTRL | Qt::Key_E).toString(QKeySequence::NativeText));

        // The dialog shows them all, grouped by menu.
        ShortcutsDialog dialog(window);
        int shown = 0;
        auto* table = requireChild<QTreeWidget>(&dialog, "shortcutTable");
        for (int group = 0; group < table->topLevelItemCount(); ++group)
            shown += table->topLevelItem(group)->childCount();
        QCOMPARE(shown, rows.size());

        // F1 opens it.
        bool opened = false;
        QTimer::singleShot(0, this, [&opened] {
            if (auto* modal = qobject_cast<ShortcutsDialog*>(QApplication::activeModalWidget())) {
                opened = true;
                modal->reject();
            }
        });
        QTest::keyClick(window, Qt::Key_F1);
        QVERIFY(opened);
    }

    void themesApplyAtOnceAndChartsFollow()
    {
        Scene scene;
        MainWindow* window = scene.window.get();
        // The comparison draws charts only with enough votes to chart: the feed's, at two moments.
        const ComparisonModel& model = scene.comparison->model();
        for (int day : {2, 3}) {
            FeedDocument feed = emptyFeed();
            for (int column = 0; column < model.toolCount(); ++column)
                feed.tallies << Tally{model.comparisonId(), model.tool(column).summary.tool.id,
                                      5 * day + column, at(day)};
            QVERIFY(scene.fixture->store->feed().applyFeed(feed));
        }
        scene.comparison->reload();
        requireChild<QTabWidget>(window, "tabs")->setCurrentWidget(scene.comparison);
        const QString systemStyle = QApplication::style()->name();
        const QPalette systemPalette = QApplication::palette();
        QVERIFY(!isDarkPalette(systemPalette));
        QTRY_VERIFY(chartsFollow(scene.comparison));

        Settings& settings = *scene.fixture->settings;
        settings.setValue(Settings::Key::Theme, enumName(Theme::Dark));
        QCOMPARE(appliedTheme(), Theme::Dark);
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QVERIFY(isDarkPalette(QApplication::palette()));
        QTRY_VERIFY(isDarkPalette(window->toolTable()->palette()));
        QTRY_VERIFY(isDarkPalette(scene.comparison->palette()) && chartsFollow(scene.comparison));
        for (QChartView* chart : liveCharts(scene.comparison))
            QCOMPARE(chart->chart()->theme(), QChart::ChartThemeDark);

        settings.setValue(Settings::Key::Theme, enumName(Theme::Light));
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QVERIFY(!isDarkPalette(QApplication::palette()));
        QTRY_VERIFY(!isDarkPalette(scene.comparison->palette()) && chartsFollow(scene.comparison));
        for (QChartView* chart : liveCharts(scene.comparison))
            QCOMPARE(chart->chart()->theme(), QChart::ChartThemeLight);

        settings.setValue(Settings::Key::Theme, enumName(Theme::System));
        QCOMPARE(QApplication::style()->name(), systemStyle);
        QCOMPARE(QApplication::palette().color(QPalette::Window), systemPalette.color(QPalette::Window));
        QTRY_VERIFY(chartsFollow(scene.comparison));
    }

    void settingsDialogPreviewsTheThemeAndCancelUndoesIt()
    {
        Scene scene;
        MemoryTokenStore keychain;
        MemoryTokenStore session;
        QNetworkAccessManager network;
        Settings& settings = *scene.fixture->settings;
        {
            SettingsDialog dialog(settings, keychain, session, network, scene.window.get());
            dialog.show();
            auto* theme = requireChild<QComboBox>(&dialog, "themeBox");
            theme->setCurrentIndex(theme->findData(enumName(Theme::Dark)));
            QCOMPARE(appliedTheme(), Theme::Dark); // at once, before OK
            dialog.reject();
            QCOMPARE(appliedTheme(), Theme::System);
            QCOMPARE(settings.value(Settings::Key::Theme).toString(), enumName(Theme::System));
        }
        {
            SettingsDialog dialog(settings, keychain, session, network, scene.window.get());
            dialog.show();
            auto* theme = requireChild<QComboBox>(&dialog, "themeBox");
            theme->setCurrentIndex(theme->findData(enumName(Theme::Dark)));
            auto* language = requireChild<QComboBox>(&dialog, "languageBox");
            language->setCurrentIndex(language->findData(QStringLiteral("fr")));
            dialog.accept();
            QCOMPARE(settings.value(Settings::Key::Theme).toString(), enumName(Theme::Dark));
            QCOMPARE(settings.value(Settings::Key::Language).toString(), QStringLiteral("fr"));
            QCOMPARE(appliedTheme(), Theme::Dark);
            // The language waits for the next start, and the dialog says so.
            QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("languageRestartNote"))->isVisibleTo(&dialog));
        }
        settings.setValue(Settings::Key::Theme, enumName(Theme::System));
        QCOMPARE(appliedTheme(), Theme::System);
    }

    void verdictsAreWordsNotOnlyColours()
    {
        for (Verdict verdict : {Verdict::Ship, Verdict::Skip}) {
            std::unique_ptr<QLabel> badge(makeVerdictBadge(verdict, nullptr));
            QCOMPARE(badge->text(), QLocale().toUpper(verdictLabel(verdict)));
            QVERIFY(badge->accessibleName().contains(verdictLabel(verdict)));
        }
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
