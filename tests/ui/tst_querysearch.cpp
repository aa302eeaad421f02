// SPDX-License-Identifier: GPL-3.0-or-later
// The query language in the window: typed into the search field it filters the rows and the count,
// an unreadable query says where and why, the searched words are marked in the details, a match in a
// review shows its snippet, and the field completes field names and values.
#include "MainWindow.h"
#include "QueryCompleter.h"
#include "SearchHighlight.h"
#include "ToolDetailsView.h"
#include "ToolTableModel.h"
#include "UiTestSupport.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTableView>

using namespace sos;
using namespace sos::test;

namespace {

int countOf(const Store& store, const QString& text)
{
    ToolQuery query;
    query.search = text;
    return store.catalog().countTools(query);
}

// The labels of the details pane that mark a match.
QStringList markedTexts(const ToolDetailsView* details)
{
    QStringList texts;
    for (const QLabel* label : details->widget()->findChildren<QLabel*>()) {
        if (label->textFormat() == Qt::RichText && label->text().contains(QLatin1String("background-color")))
            texts << label->text();
    }
    return texts;
}

} // namespace

class TestQuerySearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aQueryFiltersRowsAndCount()
    {
        auto f = WindowFixture::create();
        auto window = f->showWindow();
        QTableView* table = window->toolTable();
        auto* search = requireChild<QLineEdit>(window.get(), "searchField");
        auto* count = requireChild<QLabel>(window.get(), "countLabel");
        auto* error = requireChild<QLabel>(window.get(), "searchError");
        QCOMPARE(table->model()->rowCount(), 7);

        const QString query = QStringLiteral("lens:buyer=ship -pricing:paid");
        const int matching = countOf(*f->store, query);
        QVERIFY2(matching > 0 && matching < 7, qPrintable(QString::number(matching)));
        QTest::keyClicks(search, query);
        QTRY_COMPARE(table->model()->rowCount(), matching);
        QTRY_VERIFY2(count->text().startsWith(QStringLiteral("Showing %1 of 7 tool").arg(matching)),
                     qPrintable(count->text()));
        QVERIFY(!error->isVisible());
        // Every row shown is one the store answers for the query, and none has a paid price.
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QVERIFY(table->model()->index(row, ToolTableModel::PricingColumn).data().toString() != "Paid");

        // OR and a figure.
        search->clear();
        const QString either = QStringLiteral("ship:=100 OR votes:none");
        QTest::keyClicks(search, either);
        QTRY_COMPARE(table->model()->rowCount(), countOf(*f->store, either));
    }

    void anUnreadableQuerySaysWhereAndStillSearchesItsWords()
    {
        auto f = WindowFixture::create();
        auto window = f->showWindow();
        auto* search = requireChild<QLineEdit>(window.get(), "searchField");
        auto* error = requireChild<QLabel>(window.get(), "searchError");
        QTest::keyClicks(search, "gemma pricing:cheap");
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("character 15")), qPrintable(error->text()));
        QVERIFY(error->text().contains(QLatin1String("free or paid")));
        QCOMPARE(search->toolTip(), error->text());
        // Meanwhile the words are searched: gemma and the words of the rest.
        QTRY_COMPARE(window->toolTable()->model()->rowCount(), countOf(*f->store, "gemma pricing cheap"));
        // Mended, the message goes.
        search->setText(QStringLiteral("gemma pricing:free"));
        QTRY_VERIFY(!error->isVisible());
        QTRY_COMPARE(window->toolTable()->model()->rowCount(), countOf(*f->store, "gemma pricing:free"));
    }

    void theSearchedWordsAreMarkedInTheDetails()
    {
        auto f = WindowFixture::create();
        auto window = f->showWindow();
        auto* search = requireChild<QLineEdit>(window.get(), "searchField");
        auto* details = requireChild<ToolDetailsView>(window.get(), "toolDetails");
        QTest::keyClicks(search, "mistral 4b edg");
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(details->toolId(), QStringLiteral("mistral-4b-edge"));
        QTRY_VERIFY(!markedTexts(details).isEmpty());
        const QStringList marked = markedTexts(details);
        // The name first, each word marked whole (edg marks Edge) and the rest as it was.
        QVERIFY2(marked.first().contains(QRegularExpression(QStringLiteral(
                     "^<span[^>]*>Mistral</span> <span[^>]*>4B</span> <span[^>]*>Edge</span>$"))),
                 qPrintable(marked.join('\n')));
        // A word excluded or a field's value is not marked; clearing the search unmarks everything.
        search->clear();
        QTRY_VERIFY(markedTexts(details).isEmpty());
    }

    void markingEscapesTheFeedsText()
    {
        const QString html = highlightedHtml(QStringLiteral("<b>Edge</b> & edgy\nEdge-case"), {"edg"});
        QVERIFY(html.contains(QLatin1String("&lt;b&gt;")));
        QVERIFY(html.contains(QLatin1String("&amp;")));
        QVERIFY(html.contains(QLatin1String("<br>")));
        QCOMPARE(html.count(QLatin1String("<span")), 3); // Edge, edgy, Edge (of Edge-case), not "case"
        QVERIFY(html.contains(QLatin1String(">edgy</span>")));
        QCOMPARE(highlightedHtml(QStringLiteral("Open weights, open-weight"), {"open weight"})
                     .count(QLatin1String("<span")),
                 1);
        QCOMPARE(
            snippetHtml(QStringLiteral("a <i>\x02x\x03</i>")),
            QStringLiteral(
                "a &lt;i&gt;<span style=\"background-color:#ffe083; color:#1a1a1a;\">x</span>&lt;/i&gt;"));
    }

    void aMatchInAReviewShowsItsSnippet()
    {
        auto f = WindowFixture::create();
        auto window = f->showWindow();
        auto* search = requireChild<QLineEdit>(window.get(), "searchField");
        // A word of a review that is not in the tool's name: the tooltip shows where it was found.
        const auto details = f->store->catalog().toolDetails(QStringLiteral("mistral-4b-edge"));
        QVERIFY(details && !details->reviews.isEmpty());
        QString word;
        for (const QString& candidate : details->reviews.first().text.split(
                 QRegularExpression(QStringLiteral("[^\\p{L}]+")), Qt::SkipEmptyParts)) {
            if (candidate.size() > word.size() &&
                !details->summary.tool.name.contains(candidate, Qt::CaseInsensitive))
                word = candidate;
        }
        QVERIFY(word.size() >= 5);
        QTest::keyClicks(search, word);
        auto* model = requireChild<ToolTableModel>(window.get(), "toolModel");
        QTRY_COMPARE(model->rowCount(), countOf(*f->store, word));
        int row = -1;
        for (int i = 0; i < model->rowCount(); ++i) {
            if (model->index(i, 0).data(ToolTableModel::ToolIdRole).toString() == "mistral-4b-edge")
                row = i;
        }
        QVERIFY(row >= 0);
        QTRY_VERIFY(model->index(row, 0)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .contains(QLatin1String("Found in a review")));
        const QString tip = model->index(row, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral(">%1</span>").arg(word), Qt::CaseInsensitive), qPrintable(tip));
    }

    void theFieldCompletesFieldsAndValues()
    {
        auto f = WindowFixture::create();
        auto window = f->showWindow();
        auto* search = requireChild<QLineEdit>(window.get(), "searchField");
        auto* completer = requireChild<QCompleter>(window.get(), "queryCompleter");
        search->setFocus();
        QTest::keyClicks(search, "mistral lic");
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->model()->index(0, 0).data().toString(), QStringLiteral("license:"));
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(search->text(), QStringLiteral("mistral license:"));
        // The values the catalog has, quoted where they hold a space.
        QTRY_VERIFY(completer->popup()->isVisible());
        QStringList offered;
        for (int i = 0; i < completer->model()->rowCount(); ++i)
            offered << completer->model()->index(i, 0).data().toString();
        QVERIFY2(offered.contains(QStringLiteral("license:\"Apache 2.0\"")), qPrintable(offered.join(", ")));
        QTest::keyClick(search, Qt::Key_Escape);

        // The completion replaces the term under the cursor only.
        const auto [text, cursor] =
            QueryCompleter::completed(QStringLiteral("a -dep b"), 6, QStringLiteral("deployment:"));
        QCOMPARE(text, QStringLiteral("a -deployment: b"));
        QCOMPARE(cursor, 14);
        QueryCompleter plain(search);
        plain.setValues({"Developer Tools"}, {}, {}, {"dx", "buyer"});
        QCOMPARE(plain.candidates(QStringLiteral("x lens:b"), 8),
                 (QStringList{"lens:buyer=ship", "lens:buyer=skip"}));
        QCOMPARE(plain.candidates(QStringLiteral("category:dev"), 12),
                 QStringList{"category:\"Developer Tools\""});
        QCOMPARE(plain.candidates(QStringLiteral("v"), 1), QStringList{}); // one letter offers nothing
        QCOMPARE(plain.candidates(QStringLiteral("(vo"), 3), QStringList{"votes:"});
    }
};

QTEST_MAIN(TestQuerySearch)
#include "tst_querysearch.moc"
