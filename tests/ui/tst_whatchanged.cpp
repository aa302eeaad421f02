// SPDX-License-Identifier: GPL-3.0-or-later
// Watching, What Changed and its notification (issue #18), against the real shiporskip-feed on
// 127.0.0.1: a first sync (the baseline), a watch through the window, a revised feed imported into the
// feed, a second sync, and then what the window shows of the changes it brought.
#include "ComparisonView.h"
#include "FeedTestSupport.h"
#include "Notifier.h"
#include "SyncController.h"
#include "ToolDetailsView.h"
#include "ToolTableModel.h"
#include "WhatChangedPanel.h"

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>

using namespace sos;
using namespace sos::test;

namespace {

// What revisedBundledFeed changes.
const QString watchedTool = QStringLiteral("mistral-4b-edge");   // its Buyer verdict flips
const QString pricedTool = QStringLiteral("mistral-medium-3-2"); // its pricing changes
const QString newComparison = QStringLiteral("gemma-3n-vs-code-llama-4");

// One sync from the window, to its end; true when it recorded a sync in the store without an error.
bool syncOnce(MainWindow& window, const Store& store)
{
    const qsizetype before = store.changes().syncs().size();
    SyncController* sync = window.syncController();
    sync->sync();
    if (!QTest::qWaitFor([&] { return !sync->isSyncing(); }, 30000))
        return false;
    QCoreApplication::processEvents();
    return !sync->banner()->isVisible() && store.changes().syncs().size() == before + 1;
}

// The changes the panel lists, row by row, under each sync's header.
QList<QTreeWidgetItem*> changeRows(WhatChangedPanel* panel)
{
    QList<QTreeWidgetItem*> rows;
    for (int sync = 0; sync < panel->list()->topLevelItemCount(); ++sync) {
        QTreeWidgetItem* header = panel->list()->topLevelItem(sync);
        for (int row = 0; row < header->childCount(); ++row)
            rows << header->child(row);
    }
    return rows;
}

QTreeWidgetItem* rowOf(WhatChangedPanel* panel, ChangeKind kind, const Store& store)
{
    for (const Change& change : store.changes().changes()) {
        if (change.kind != kind)
            continue;
        for (QTreeWidgetItem* row : changeRows(panel)) {
            if (row->data(0, WhatChangedPanel::ChangeIdRole).toLongLong() == change.id)
                return row;
        }
    }
    return nullptr;
}

} // namespace

class TestWhatChanged : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changesOfAWatchedToolAfterASync()
    {
        auto f = WindowFixture::create();
        FeedWindow feed(*f, QStringLiteral("alice"));
        QVERIFY(feed.window);
        MainWindow& window = *feed.window;
        Store& store = *f->store;
        auto* panel = window.whatChangedPanel();
        auto* dock = requireChild<QDockWidget>(&window, QStringLiteral("whatChangedDock"));
        auto* action = requireChild<QAction>(&window, QStringLiteral("whatChangedAction"));
        QSignalSpy notified(window.notifier(), &Notifier::notified);

        // The first sync is the feed's baseline: nothing changed.
        QVERIFY(syncOnce(window, store));
        QCOMPARE(store.changes().newestId(), 0);
        QVERIFY(changeRows(panel).isEmpty());
        QVERIFY(requireChild<QLabel>(panel, QStringLiteral("noChanges"))->isVisibleTo(panel));

        // Watch a tool with the shortcut, as the user would: select it, Ctrl+B.
        window.selectTool(watchedTool);
        auto* details = requireChild<ToolDetailsView>(&window, QStringLiteral("toolDetails"));
        QTRY_COMPARE(details->toolId(), watchedTool);
        window.toolTable()->setFocus();
        QTest::keyClick(window.toolTable(), Qt::Key_B, Qt::ControlModifier);
        QVERIFY(store.watches().isWatched(WatchKind::Tool, watchedTool));
        QVERIFY(requireChild<QPushButton>(details, QStringLiteral("watchToolButton"))->isChecked());
        const QModelIndex watchedRow = window.toolTable()->model()->index(
            static_cast<ToolTableModel*>(window.toolTable()->model())->rowOfTool(watchedTool),
            ToolTableModel::NameColumn);
        QVERIFY(watchedRow.data(ToolTableModel::WatchedRole).toBool());
        QVERIFY(!watchedRow.data(Qt::DecorationRole).isNull());

        // The feed is revised upstream; the second sync brings its changes.
        QVERIFY(feed.server.importDocument(revisedBundledFeed(QStringLiteral("Now priced differently.")),
                                           f->dir.filePath(QStringLiteral("revised.json"))));
        QVERIFY(syncOnce(window, store));

        // The panel lists every change the store recorded, each written out, those on the watched tool
        // first.
        const QList<Change> recorded = store.changes().changes();
        QVERIFY2(recorded.size() >= 3, qPrintable(QString::number(recorded.size())));
        const QList<QTreeWidgetItem*> rows = changeRows(panel);
        QCOMPARE(rows.size(), recorded.size());
        QCOMPARE(panel->list()->topLevelItemCount(), 1); // one sync
        QVERIFY(panel->list()->topLevelItem(0)->text(0).contains(QStringLiteral("Sync of")));
        QStringList shown;
        for (QTreeWidgetItem* row : rows)
            shown << row->text(0);
        for (const Change& change : recorded)
            QVERIFY2(shown.join(u'\n').contains(changeSentence(change)), qPrintable(changeSentence(change)));
        int watched = 0;
        for (const Change& change : recorded)
            watched += change.watched ? 1 : 0;
        QVERIFY(watched >= 1);
        for (int row = 0; row < rows.size(); ++row)
            QCOMPARE(rows.at(row)->data(0, WhatChangedPanel::WatchedRole).toBool(), row < watched);
        QVERIFY(
            rowOf(panel, ChangeKind::VerdictFlipped, store)->data(0, WhatChangedPanel::WatchedRole).toBool());
        QVERIFY(rowOf(panel, ChangeKind::FieldChanged, store));
        QVERIFY(rowOf(panel, ChangeKind::ComparisonAdded, store));

        // The badge counts the unseen changes on what is watched: the flip, and the panel's bucket when
        // the flip moves it.
        QCOMPARE(panel->unseenWatchedCount(), watched);
        QCOMPARE(store.changes().unseenCount(true), watched);
        const QString badge = QStringLiteral("(%1)").arg(watched);
        QVERIFY2(dock->windowTitle().endsWith(badge), qPrintable(dock->windowTitle()));
        QVERIFY2(action->text().endsWith(badge), qPrintable(action->text()));

        // One notification, through the seam, telling of the watched tool's flip.
        QCOMPARE(notified.size(), 1);
        QVERIFY2(notified.first().at(1).toString().contains(QStringLiteral("Mistral 4B Edge")),
                 qPrintable(notified.first().at(1).toString()));

        // Without a system tray (offscreen), the notice is a button in the status bar that opens the pane.
        if (!window.notifier()->usesTray()) {
            QVERIFY(dock->isHidden());
            auto* notice = requireChild<QToolButton>(&window, QStringLiteral("statusNotice"));
            QVERIFY(notice->isVisible());
            QVERIFY(notice->text().contains(QStringLiteral("Mistral 4B Edge")));
            notice->click();
            QTRY_VERIFY(dock->isVisible());
            QVERIFY(!notice->isVisible());
            dock->close();
        }

        // The What Changed action (Ctrl+4) opens the pane with the focus on the list.
        QVERIFY(dock->isHidden());
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QTRY_VERIFY(dock->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), panel->list());

        // Enter on a change opens its tool in the details, selected in the table...
        panel->list()->setCurrentItem(rowOf(panel, ChangeKind::FieldChanged, store));
        QTest::keyClick(panel->list(), Qt::Key_Return);
        QTRY_COMPARE(details->toolId(), pricedTool);
        QTRY_COMPARE(window.toolTable()->currentIndex().data(ToolTableModel::ToolIdRole).toString(),
                     pricedTool);
        // ...even when the filters leave it out: they are cleared.
        auto* watchedOnly = requireChild<QCheckBox>(&window, QStringLiteral("watchedOnlyFilter"));
        watchedOnly->setChecked(true);
        QTRY_COMPARE(window.toolTable()->model()->rowCount(), 1);
        panel->list()->setCurrentItem(rowOf(panel, ChangeKind::FieldChanged, store));
        requireChild<QPushButton>(panel, QStringLiteral("openChangeButton"))->click();
        QTRY_VERIFY(!watchedOnly->isChecked());
        QTRY_COMPARE(window.toolTable()->currentIndex().data(ToolTableModel::ToolIdRole).toString(),
                     pricedTool);
        // A double-click on a new comparison opens it in a tab.
        QTreeWidgetItem* added = rowOf(panel, ChangeKind::ComparisonAdded, store);
        panel->list()->scrollToItem(added);
        const QRect addedRect = panel->list()->visualItemRect(added);
        QVERIFY(panel->list()->viewport()->rect().contains(addedRect.center()));
        QTest::mouseClick(panel->list()->viewport(), Qt::LeftButton, {}, addedRect.center());
        QTest::mouseDClick(panel->list()->viewport(), Qt::LeftButton, {}, addedRect.center());
        QTRY_COMPARE(window.comparisonViews().size(), 1);
        QCOMPARE(window.comparisonViews().first()->model().comparisonId(), newComparison);

        // Mark all seen (Ctrl+Shift+M): the badge goes, the store's mark is the newest change (the
        // command line sees it), and the list is empty until "Show all kept changes".
        QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(panel->unseenWatchedCount(), 0);
        QCOMPARE(store.changes().unseenCount(true), 0);
        QCOMPARE(store.changes().seenUpTo(), store.changes().newestId());
        QCOMPARE(dock->windowTitle(), QStringLiteral("What Changed"));
        QVERIFY(!action->text().contains(u'('));
        QVERIFY(changeRows(panel).isEmpty());
        requireChild<QCheckBox>(panel, QStringLiteral("showAllChanges"))->setChecked(true);
        QCOMPARE(changeRows(panel).size(), recorded.size());
        QCOMPARE(notified.size(), 1);

        // The "Watched" filter shows only the watched tool.
        watchedOnly->setChecked(true);
        QTRY_COMPARE(window.toolTable()->model()->rowCount(), 1);
        QCOMPARE(window.toolTable()->model()->index(0, 0).data(ToolTableModel::ToolIdRole).toString(),
                 watchedTool);
        watchedOnly->setChecked(false);
        QTRY_COMPARE(window.toolTable()->model()->rowCount(), 7);

        // The star on a comparison's tab watches it, and Ctrl+B there stops.
        auto* star = requireChild<QToolButton>(&window, QStringLiteral("watchComparison-") + newComparison);
        QVERIFY(!star->isChecked());
        star->click();
        QVERIFY(store.watches().isWatched(WatchKind::Comparison, newComparison));
        QVERIFY(star->isChecked());
        QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier);
        QVERIFY(!store.watches().isWatched(WatchKind::Comparison, newComparison));
        QVERIFY(!star->isChecked());
    }

    // With notifications turned off, a sync that changes a watched tool (watched here with the star
    // in the table) tells nothing; the badge still counts.
    void noNotificationWhenTurnedOff()
    {
        auto f = WindowFixture::create();
        f->settings->setValue(Settings::Key::NotifyWatchedChanges, false);
        FeedWindow feed(*f, QStringLiteral("bob"));
        QVERIFY(feed.window);
        MainWindow& window = *feed.window;
        Store& store = *f->store;
        QSignalSpy notified(window.notifier(), &Notifier::notified);
        QVERIFY(syncOnce(window, store));

        QTableView* table = window.toolTable();
        const int row = static_cast<ToolTableModel*>(table->model())->rowOfTool(watchedTool);
        QVERIFY(row >= 0);
        const QRect cell = table->visualRect(table->model()->index(row, ToolTableModel::NameColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, QPoint(cell.left() + 6, cell.center().y()));
        QVERIFY(store.watches().isWatched(WatchKind::Tool, watchedTool));
        // Elsewhere on the name, a click only selects.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, QPoint(cell.right() - 4, cell.center().y()));
        QVERIFY(store.watches().isWatched(WatchKind::Tool, watchedTool));

        QVERIFY(feed.server.importDocument(revisedBundledFeed(QStringLiteral("Now priced differently.")),
                                           f->dir.filePath(QStringLiteral("revised.json"))));
        QVERIFY(syncOnce(window, store));
        QVERIFY(store.changes().unseenCount(true) >= 1);
        QCOMPARE(window.whatChangedPanel()->unseenWatchedCount(), store.changes().unseenCount(true));
        QCOMPARE(notified.size(), 0);
        QVERIFY(!window.findChild<QToolButton*>(QStringLiteral("statusNotice")));

        // Another process marks the changes seen and watches another tool: the window shows it when
        // it is activated again.
        for (const QStringList& command :
             {QStringList{QStringLiteral("changes"), QStringLiteral("--mark-seen")},
              QStringList{QStringLiteral("watch"), QStringLiteral("add"), QStringLiteral("gemma-3n")}}) {
            QProcess cli;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("HOME"), f->dir.path());
            cli.setProcessEnvironment(environment);
            cli.start(QStringLiteral(SHIPORSKIP_CLI_PATH),
                      QStringList{QStringLiteral("--db"), store.path()} + command);
            QVERIFY(cli.waitForFinished(60000));
            QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        }
        QVERIFY(window.whatChangedPanel()->unseenWatchedCount() >= 1); // not read again yet
        QWidget other;
        other.show();
        QApplication::setActiveWindow(&other);
        QVERIFY(QTest::qWaitForWindowActive(&other));
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_COMPARE(window.whatChangedPanel()->unseenWatchedCount(), 0);
        const QModelIndex gemma = table->model()->index(
            static_cast<ToolTableModel*>(table->model())->rowOfTool(QStringLiteral("gemma-3n")),
            ToolTableModel::NameColumn);
        QTRY_VERIFY(gemma.data(ToolTableModel::WatchedRole).toBool());
        QCOMPARE(notified.size(), 0);

        // While the window stays in front (no activation), opening What Changed reads the store again.
        QProcess cli;
        cli.start(QStringLiteral(SHIPORSKIP_CLI_PATH),
                  QStringList{QStringLiteral("--db"), store.path(), QStringLiteral("watch"),
                              QStringLiteral("remove"), QStringLiteral("gemma-3n")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(gemma.data(ToolTableModel::WatchedRole).toBool()); // not read again yet
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QVERIFY(!gemma.data(ToolTableModel::WatchedRole).toBool());
    }
};

QTEST_MAIN(TestWhatChanged)
#include "tst_whatchanged.moc"
