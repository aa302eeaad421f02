// SPDX-License-Identifier: GPL-3.0-or-later
#include "../TestSupport.h"
#include "ComparisonListModel.h"
#include "ToolTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace sos;
using namespace sos::test;

class TestToolTableModel : public QObject
{
    Q_OBJECT

    // A catalog larger than one page: tool-0000 ... with mixed verdicts.
    static std::unique_ptr<Store> largeStore(const QTemporaryDir& dir, int count)
    {
        auto store = openStore(dir);
        FeedDocument feed = emptyFeed();
        feed.lenses = fourLenses();
        for (int i = 0; i < count; ++i) {
            const QString id = QStringLiteral("tool-%1").arg(i, 4, 10, QLatin1Char('0'));
            feed.tools << makeTool(id, QStringLiteral("Tool %1").arg(i, 4, 10, QLatin1Char('0')),
                                   i % 2 ? QStringLiteral("Chat") : QStringLiteral("Code"));
            feed.reviews << makeReviews(id, i % 5, 4);
        }
        if (!store->feed().applyFeed(feed))
            return nullptr;
        return store;
    }

private Q_SLOTS:
    void passesTheModelTester()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QVERIFY(store);
        ToolTableModel model(*store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.columnCount(), int(ToolTableModel::ColumnCount));
        ToolQuery query;
        query.search = "mistral";
        model.setQuery(query);
        QVERIFY(model.rowCount() > 0 && model.rowCount() < 7);
        model.sort(ToolTableModel::PanelShipColumn, Qt::DescendingOrder);
        model.setQuery(ToolQuery{});
        QCOMPARE(model.rowCount(), 7);
    }

    void showsDerivedFigures()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QVERIFY(store);
        ToolTableModel model(*store);
        model.sort(ToolTableModel::PanelShipColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, ToolTableModel::PanelShipColumn).data().toString(),
                 QStringLiteral("100% (4 of 4)"));
        QCOMPARE(model.index(6, ToolTableModel::PanelShipColumn).data().toString(),
                 QStringLiteral("75% (3 of 4)"));
        QCOMPARE(model.index(0, ToolTableModel::CommunityColumn).data().toString(), QStringLiteral("\u2014"));
        QCOMPARE(model.headerData(ToolTableModel::PanelShipColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Panel ship"));
    }

    // The comparison list reads a page at a time, in the store's order, and a reload keeps what was
    // shown.
    void comparisonListFetchesPageByPage()
    {
        QTemporaryDir dir;
        auto store = openStore(dir);
        QVERIFY(store);
        FeedDocument feed = emptyFeed();
        feed.lenses = fourLenses();
        for (int i = 0; i < 6; ++i) {
            const QString id = QStringLiteral("tool-%1").arg(i);
            feed.tools << makeTool(id, QStringLiteral("Tool %1").arg(i), QStringLiteral("Code"));
        }
        const int count = 2 * ComparisonListModel::pageSize + 50;
        for (int i = 0; i < count; ++i) {
            // Titles out of id order, and mixed case, so the order is the store's, not the feed's.
            Comparison comparison;
            comparison.id = QStringLiteral("cmp-%1").arg(i, 4, 10, QLatin1Char('0'));
            comparison.title = (i % 2 ? QStringLiteral("beta %1") : QStringLiteral("Alpha %1"))
                                   .arg(count - i, 4, 10, QLatin1Char('0'));
            comparison.toolIds = {QStringLiteral("tool-%1").arg(i % 6),
                                  QStringLiteral("tool-%1").arg((i + 1) % 6)};
            comparison.updatedAt = at(1);
            feed.comparisons << comparison;
        }
        QVERIFY(store->feed().applyFeed(feed));
        const QList<ComparisonSummary> all = store->catalog().comparisons();
        QCOMPARE(all.size(), count);
        QCOMPARE(store->catalog().comparisonCount(), count);

        ComparisonListModel model(*store);
        QCOMPARE(model.rowCount(), ComparisonListModel::pageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * ComparisonListModel::pageSize);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), count);
        QVERIFY(!model.canFetchMore({}));
        for (int row = 0; row < count; ++row) {
            const QModelIndex index = model.index(row);
            QCOMPARE(index.data(ComparisonListModel::ComparisonIdRole).toString(), all.at(row).comparison.id);
            QCOMPARE(index.data().toString(), all.at(row).comparison.title);
        }
        QCOMPARE(all.first().toolNames.size(), 2);

        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.rowCount(), count);
        QCOMPARE(model.index(count - 1).data(ComparisonListModel::ComparisonIdRole).toString(),
                 all.last().comparison.id);
    }

    void fetchesPageByPage()
    {
        QTemporaryDir dir;
        auto store = largeStore(dir, 600);
        QVERIFY(store);
        ToolTableModel model(*store);
        QCOMPARE(model.totalCount(), 600);
        QCOMPARE(model.rowCount(), ToolTableModel::pageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * ToolTableModel::pageSize);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 600);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(599, 0).data().toString(), QStringLiteral("Tool 0599"));

        // Finding a row beyond the loaded pages loads them.
        model.setQuery(ToolQuery{});
        QCOMPARE(model.rowCount(), ToolTableModel::pageSize);
        QCOMPARE(model.rowOfTool("tool-0550"), 550);
        QCOMPARE(model.rowOfTool("no-such-tool"), -1);
    }

    // showEnd() (Ctrl+End) counts every row in and reads the last page only; a row between is read
    // when the view asks for it; a new query starts afresh from the first page.
    void showEndReadsTheLastPageOnly()
    {
        QTemporaryDir dir;
        auto store = largeStore(dir, 3000);
        QVERIFY(store);
        ToolTableModel model(*store);
        auto tester = std::make_unique<QAbstractItemModelTester>(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int read = model.rowCount(); // the tester reads a few pages itself
        QVERIFY(read < 1000);
        QVERIFY(model.showEnd());
        QCOMPARE(model.rowCount(), 3000);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(2999, 0).data().toString(), QStringLiteral("Tool 2999"));
        QVERIFY(model.isRowLoaded(2999));
        QVERIFY(!model.isRowLoaded(1600));
        QVERIFY(!model.index(1600, 0).data().isValid()); // blank, and its page is asked for
        QTRY_VERIFY(model.isRowLoaded(1600));
        QCOMPARE(model.index(1600, 0).data().toString(), QStringLiteral("Tool 1600"));
        QVERIFY(!model.isRowLoaded(1300));
        QCOMPARE(model.rowOfTool(QStringLiteral("tool-1300")), 1300);
        QCOMPARE(model.index(1300, 0).data(ToolTableModel::ToolIdRole).toString(),
                 QStringLiteral("tool-1300"));
        QVERIFY(!model.isRowLoaded(1000));
        // Not past a reset: Qt 6.4's tester fetches from inside its own modelReset handler (see below).
        tester.reset();
        model.sort(ToolTableModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Tool 2999"));
        QVERIFY(model.rowCount() < 3000);
        ToolQuery chat;
        chat.values(Facet::Category) = QStringList{QStringLiteral("Chat")};
        model.setQuery(chat);
        QCOMPARE(model.totalCount(), 1500);
        QVERIFY(model.showEnd());
        QCOMPARE(model.rowCount(), 1500);
        QCOMPARE(model.index(1499, 0).data().toString(), QStringLiteral("Tool 0001")); // still descending
    }

    void largeModelPassesTheModelTester()
    {
        QTemporaryDir dir;
        auto store = largeStore(dir, 600);
        QVERIFY(store);
        ToolTableModel model(*store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 600);
        model.sort(ToolTableModel::CommunityColumn, Qt::DescendingOrder);
        model.sort(ToolTableModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Tool 0599"));
        // Not a reset here: Qt 6.4's tester calls fetchMore() from inside its own modelReset
        // handler and then reports the rows that inserts as an overlapping change.
    }

    void sortingIsDoneInSqlAcrossAllRows()
    {
        QTemporaryDir dir;
        auto store = largeStore(dir, 600);
        QVERIFY(store);
        ToolTableModel model(*store);
        // Descending by name: the first row is the last of all 600, not of the first page.
        model.sort(ToolTableModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Tool 0599"));
        model.sort(ToolTableModel::PanelShipColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, ToolTableModel::PanelShipColumn).data().toString(),
                 QStringLiteral("100% (4 of 4)"));
        model.sort(ToolTableModel::PanelShipColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, ToolTableModel::PanelShipColumn).data().toString(),
                 QStringLiteral("0% (0 of 4)"));
    }

    void selectionFollowsTheRowThroughASort()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QVERIFY(store);
        ToolTableModel model(*store);
        const QPersistentModelIndex gemma(model.index(model.rowOfTool("gemma-3n"), 0));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.sort(ToolTableModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(reset.size(), 0); // a layout change, not a reset
        QVERIFY(gemma.isValid());
        QCOMPARE(gemma.data(ToolTableModel::ToolIdRole).toString(), QStringLiteral("gemma-3n"));
        QCOMPARE(gemma.row(), model.rowOfTool("gemma-3n"));
    }

    void filterByFacet()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QVERIFY(store);
        ToolTableModel model(*store);
        QSignalSpy changed(&model, &ToolTableModel::queryChanged);
        ToolQuery query;
        query.values(Facet::Pricing) = QStringList{"Paid"};
        model.setQuery(query);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ToolTableModel::NameColumn).data().toString(),
                 QStringLiteral("Mistral Medium 3.2"));
    }
};

QTEST_MAIN(TestToolTableModel)
#include "tst_tooltablemodel.moc"
