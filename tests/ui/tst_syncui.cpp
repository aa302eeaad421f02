// SPDX-License-Identifier: GPL-3.0-or-later
// Syncing from the window, against the real shiporskip-feed on 127.0.0.1.
#include "ComparisonView.h"
#include "FeedTestSupport.h"
#include "SyncController.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

using namespace sos;
using namespace sos::test;

class TestSyncUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncFromTheWindow()
    {
        auto f = WindowFixture::create();
        FeedWindow feed(*f, "alice");
        QVERIFY(feed.window);
        MainWindow& window = *feed.window;
        ServerProcess& server = feed.server;
        const QByteArray token = feed.token;
        auto* sync = requireChild<SyncController>(&window, "syncController");
        auto* lastSync = requireChild<QLabel>(&window, "lastSync");
        QVERIFY(lastSync->text().contains("Never synced"));
        // The community's figure in a comparison's first column.
        const auto firstFigure = [](ComparisonView* view) {
            return requireChild<QLabel>(view, "community-" + view->model().tool(0).summary.tool.id);
        };

        // Vote, then sync with Ctrl+R: the vote goes out and comes back counted once, confirmed.
        ComparisonView* view = window.openComparison(
            ComparisonModel::loadComparison(*f->store, "gemma-3n-vs-mistral-medium-3-2"));
        view->findChild<QPushButton*>("vote-gemma-3n")->click();
        // Said apart from the community's figure until the feed counts it.
        QTRY_VERIFY(requireChild<QLabel>(view, "voteStatus")->text().contains("pending"));
        QVERIFY(firstFigure(view)->text().contains("no votes counted yet"));
        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!sync->isSyncing() && lastSync->text().startsWith("Last sync"), 30000);
        QVERIFY(!sync->banner()->isVisible());
        QCOMPARE(f->store->outbox().myVote("gemma-3n-vs-mistral-medium-3-2")->state, VoteState::Confirmed);
        ComparisonView* current = window.comparisonViews().first();
        QTRY_VERIFY(firstFigure(current)->text().contains("100% of the vote (1 of 1)"));
        QVERIFY(!firstFigure(current)->text().contains("pending"));

        // The feed goes away: a banner says so, the catalog stays.
        server.stop();
        sync->sync();
        QTRY_VERIFY_WITH_TIMEOUT(!sync->isSyncing() && sync->banner()->isVisible(), 30000);
        auto* bannerText = requireChild<QLabel>(&window, "syncBannerText");
        QVERIFY2(bannerText->text().contains("Your local data is unchanged"), qPrintable(bannerText->text()));
        QVERIFY(window.findChild<QLabel*>("offlineIndicator")->isVisible());
        QCOMPARE(window.toolTable()->model()->rowCount(), 7);

        // A feed that answers, even with an error, is online: the banner says why, the mark goes.
        const QUrl restarted = server.start();
        QVERIFY(restarted.isValid());
        f->settings->setValue(Settings::Key::FeedUrl, restarted.resolved(QUrl("nothing-here/")).toString());
        sync->sync();
        QTRY_VERIFY_WITH_TIMEOUT(!sync->isSyncing() && sync->banner()->isVisible(), 30000);
        QVERIFY2(bannerText->text().contains("404"), qPrintable(bannerText->text()));
        QVERIFY(!window.findChild<QLabel*>("offlineIndicator")->isVisible());

        // The token is in no file of ours: not the settings, not the database or its journal.
        window.close();
        f->settings->sync();
        for (const QString& name : QDir(f->dir.path()).entryList(QDir::Files)) {
            if (name.startsWith("server"))
                continue; // the server's store keeps a hash only, checked by its own tests
            QFile file(f->dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(token), qPrintable(name));
        }
    }
};

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"
