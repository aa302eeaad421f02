// SPDX-License-Identifier: GPL-3.0-or-later
// The app in French and German: every text a window shows is a translation (or catalog data, or a
// name), Qt's own buttons and key names are translated too, the PDF report's fixed texts are, and the
// command line follows the system's language.
#include "ComparisonView.h"
#include "PdfTools.h"
#include "ReportCharts.h"
#include "ScorecardEditor.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "SyncController.h"
#include "TranslationCatalog.h"
#include "UiTestSupport.h"
#include <base/Localization.h>
#include <store/Store.h>
#include <sync/TokenStore.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace sos;
using namespace sos::test;

namespace {

const QStringList languages{QStringLiteral("fr"), QStringLiteral("de")};

// Qt's standard buttons as English shows them: a translated window must not show any of these.
// ("OK" is the same in French and German.)
const QStringList qtButtons{QStringLiteral("Cancel"), QStringLiteral("Close"), QStringLiteral("Apply"),
                            QStringLiteral("Yes"),    QStringLiteral("No"),    QStringLiteral("Help"),
                            QStringLiteral("Save")};
// What Qt's own parts of these windows (the dock's and the tab bar's buttons) say in English.
const QStringList qtParts{QStringLiteral("Float"),
                          QStringLiteral("Undock"),
                          QStringLiteral("Close Tab"),
                          QStringLiteral("Scroll Left"),
                          QStringLiteral("Scroll Right"),
                          QStringLiteral("Detaches and re-attaches the dock widget"),
                          QStringLiteral("Closes the dock widget")};

struct Finding
{
    QString where;
    QString text;        // as shown: access keys' ampersands removed
    bool qtPart = false; // a widget Qt makes inside one of its own (a dock's or a tab bar's buttons)
};

// Widgets that Qt builds inside its own widgets, translated by Qt's files, not ours.
bool isQtPart(const QWidget* widget)
{
    return widget->objectName().startsWith(QLatin1String("qt_dockwidget_")) ||
           qobject_cast<const QTabBar*>(widget->parentWidget());
}

// Every text a person can see or hear (accessible names) in a window and its children.
class TextWalker
{
public:
    explicit TextWalker(QWidget* root)
    {
        QList<QWidget*> widgets = root->findChildren<QWidget*>();
        widgets.prepend(root);
        for (QWidget* widget : std::as_const(widgets)) {
            if (widget->isVisible())
                walk(widget);
        }
        for (const QAction* action : root->findChildren<QAction*>()) {
            add(action, "action", withoutMnemonic(action->text()));
            add(action, "status tip", action->statusTip());
        }
    }
    const QList<Finding>& texts() const { return m_texts; }

private:
    void add(const QObject* object, const char* what, const QString& text)
    {
        if (text.trimmed().isEmpty())
            return;
        const QString where = QStringLiteral("%1 %2 (%3)")
                                  .arg(QString::fromLatin1(object->metaObject()->className()),
                                       object->objectName(), QLatin1String(what));
        const auto* widget = qobject_cast<const QWidget*>(object);
        m_texts << Finding{where, text, widget && isQtPart(widget)};
    }

    void walk(QWidget* widget)
    {
        add(widget, "accessible name", widget->accessibleName());
        add(widget, "accessible description", widget->accessibleDescription());
        add(widget, "tooltip", widget->toolTip());
        add(widget, "status tip", widget->statusTip());
        if (widget->isWindow() || qobject_cast<QDockWidget*>(widget))
            add(widget, "title", widget->windowTitle());
        if (auto* label = qobject_cast<QLabel*>(widget))
            add(widget, "text", label->buddy() ? withoutMnemonic(label->text()) : label->text());
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            add(widget, "text", withoutMnemonic(button->text()));
        if (auto* group = qobject_cast<QGroupBox*>(widget))
            add(widget, "title", withoutMnemonic(group->title()));
        if (auto* line = qobject_cast<QLineEdit*>(widget))
            add(widget, "placeholder", line->placeholderText());
        if (auto* text = qobject_cast<QPlainTextEdit*>(widget))
            add(widget, "placeholder", text->placeholderText());
        if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                add(widget, "item", combo->itemText(i));
        }
        if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(widget, "tab", withoutMnemonic(tabs->tabText(i)));
                add(widget, "tab tooltip", tabs->tabToolTip(i));
            }
        }
        if (auto* bar = qobject_cast<QStatusBar*>(widget))
            add(widget, "message", bar->currentMessage());
        if (auto* menu = qobject_cast<QMenu*>(widget))
            add(widget, "title", withoutMnemonic(menu->title()));
        auto* view = qobject_cast<QAbstractItemView*>(widget);
        if (view && view->model() && !qobject_cast<QHeaderView*>(widget))
            walkModel(view, view->model(), QModelIndex());
        if (auto* chartView = qobject_cast<QChartView*>(widget))
            walkChart(chartView, chartView->chart());
    }

    void walkModel(const QObject* view, const QAbstractItemModel* model, const QModelIndex& parent)
    {
        for (int column = 0; column < model->columnCount(parent); ++column)
            add(view, "header", model->headerData(column, Qt::Horizontal).toString());
        for (int row = 0; row < std::min(model->rowCount(parent), 60); ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                add(view, "cell", index.data(Qt::DisplayRole).toString());
                add(view, "cell tooltip", index.data(Qt::ToolTipRole).toString());
                if (column == 0 && model->hasChildren(index))
                    walkModel(view, model, index);
            }
        }
    }

    void walkChart(const QObject* view, const QChart* chart)
    {
        add(view, "chart title", chart->title());
        for (const QAbstractAxis* axis : chart->axes())
            add(view, "axis title", axis->titleText());
        for (const QLegendMarker* marker : chart->legend()->markers())
            add(view, "legend", marker->label());
    }

    QList<Finding> m_texts;
};

// What is wrong with the texts a window shows in a language, one line each.
class TranslationCheck
{
public:
    explicit TranslationCheck(const QString& language)
        : m_catalog(TranslationCatalog::read(language))
        , m_data(catalogTexts())
    {
        // Names that are the same in every language.
        m_allowed << QStringLiteral("ShipOrSkip");
        for (const QString& code : availableLanguages())
            m_allowed << nativeLanguageName(code);
        // Qt's standard buttons, in this language.
        for (const QString& english : qtButtons + QStringList{QStringLiteral("OK")})
            m_qtTranslated << withoutMnemonic(
                QCoreApplication::translate("QPlatformTheme", english.toLatin1().constData()));
    }

    // Keys as the platform and the language write them, from the window's actions.
    void allowKeysOf(QMainWindow* window)
    {
        for (const ShortcutsDialog::Row& row : ShortcutsDialog::rowsFor(window)) {
            m_allowed << row.shortcuts << row.menuKeys;
            for (const QKeySequence& keys : row.source->shortcuts())
                m_allowed << keys.toString(QKeySequence::NativeText);
        }
    }

    QStringList problems(QWidget* root) const
    {
        QStringList found;
        const TextWalker walker(root);
        for (const Finding& finding : walker.texts()) {
            const QString& text = finding.text;
            if (qtButtons.contains(text) || qtParts.contains(text)) {
                found << QStringLiteral("%1: Qt's English \"%2\"").arg(finding.where, text);
            } else if (finding.qtPart) {
                continue; // Qt's own texts, in Qt's translation: only English is wrong there
            } else if (m_catalog.isEnglishSource(text)) {
                found << QStringLiteral("%1: untranslated \"%2\"").arg(finding.where, text);
            } else if (!m_allowed.contains(text) && !m_qtTranslated.contains(text) &&
                       !m_catalog.matchesTranslation(text) &&
                       !m_catalog.isMadeOfTranslationsAndData(text, m_data)) {
                found << QStringLiteral("%1: not a translation \"%2\"").arg(finding.where, text);
            }
        }
        found.removeDuplicates();
        return found;
    }

    const TranslationCatalog& catalog() const { return m_catalog; }

private:
    TranslationCatalog m_catalog;
    QStringList m_data;
    QSet<QString> m_allowed;
    QSet<QString> m_qtTranslated;
};

QString firstComparisonId(const Store& store)
{
    return store.catalog().comparisons().value(0).comparison.id;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        installTranslations(QString()); // back to the system's language: English here
    }

    void everyLanguageLoads_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : languages)
            QTest::newRow(qPrintable(language)) << language;
    }
    void everyLanguageLoads()
    {
        QFETCH(QString, language);
        QCOMPARE(installTranslations(language), language);
        QCOMPARE(currentLanguage(), language);
        const TranslationCatalog catalog = TranslationCatalog::read(language);
        QVERIFY(catalog.size() > 400);
        // Our texts, and Qt's: the standard Cancel button and the name of the Control key.
        const QString expected =
            catalog.translation(QStringLiteral("sos::MainWindow"), QStringLiteral("&File"));
        QVERIFY(!expected.isEmpty() && expected != QLatin1String("&File"));
        QCOMPARE(QCoreApplication::translate("sos::MainWindow", "&File"), expected);
        QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != QLatin1String("Cancel"));
        QVERIFY(!QKeySequence(Qt::SHIFT | Qt::Key_E).toString(QKeySequence::NativeText).startsWith("Shift"));
        // Numbers and dates in the language's way.
        QCOMPARE(QLocale().language(), QLocale::codeToLanguage(language));

        // English: the source, with its plural forms.
        QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("sos::SyncEngine", "%n vote(s) pushed.", nullptr, 1),
                 QStringLiteral("1 vote pushed."));
        QCOMPARE(QCoreApplication::translate("sos::SyncEngine", "%n vote(s) pushed.", nullptr, 3),
                 QStringLiteral("3 votes pushed."));
    }

    void theSettingsChooseTheLanguageAtStart()
    {
        auto fixture = WindowFixture::create();
        QCOMPARE(installTranslations(*fixture->settings), QStringLiteral("en")); // the system's: C here
        fixture->settings->setValue(Settings::Key::Language, QStringLiteral("de"));
        QCOMPARE(installTranslations(*fixture->settings), QStringLiteral("de"));
        auto window = fixture->showWindow();
        const TranslationCatalog german = TranslationCatalog::read(QStringLiteral("de"));
        QCOMPARE(window->menuBar()->actions().first()->text(),
                 german.translation(QStringLiteral("sos::MainWindow"), QStringLiteral("&File")));
    }

    void windowsShowNoEnglish_data() { everyLanguageLoads_data(); }
    void windowsShowNoEnglish()
    {
        QFETCH(QString, language);
        QCOMPARE(installTranslations(language), language);
        TranslationCheck check(language);
        auto fixture = WindowFixture::create();
        auto window = fixture->showWindow();
        check.allowKeysOf(window.get());

        // The catalog, with the editor pane open on a draft through a lens with guiding prompts.
        window->draftScorecard(QStringLiteral("gemma-3n"));
        auto* lens = requireChild<QComboBox>(window->scorecardEditor(), "lensBox");
        const int developer = lens->findData(QStringLiteral("developer-experience"));
        QVERIFY(developer >= 0);
        lens->setCurrentIndex(developer);
        Q_EMIT lens->activated(developer);
        QTest::qWait(ScorecardEditor::previewDelayMs + 100);
        QStringList problems = check.problems(window.get());

        // A comparison, with its charts, beside the editor.
        ComparisonView* view = window->openComparison(
            ComparisonModel::loadComparison(*fixture->store, firstComparisonId(*fixture->store)));
        QVERIFY(view);
        QTRY_VERIFY(view->isVisible());
        problems << check.problems(window.get());

        // The settings, and the list of keyboard shortcuts.
        auto keychain = std::make_unique<MemoryTokenStore>();
        MemoryTokenStore session;
        QNetworkAccessManager network;
        SettingsDialog settings(*fixture->settings, *keychain, session, network, window.get());
        settings.show();
        problems << check.problems(&settings);
        auto* cancel = settings.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel);
        QVERIFY(withoutMnemonic(cancel->text()) != QLatin1String("Cancel"));
        ShortcutsDialog shortcuts(window.get());
        shortcuts.show();
        problems << check.problems(&shortcuts);

        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void accessKeysAreDistinct_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        for (const QString& language : languages)
            QTest::newRow(qPrintable(language)) << language;
    }
    void accessKeysAreDistinct()
    {
        QFETCH(QString, language);
        QCOMPARE(installTranslations(language), language);
        auto fixture = WindowFixture::create();
        auto window = fixture->showWindow();
        window->draftScorecard(QStringLiteral("gemma-3n"));
        ComparisonView* view = window->openComparison(
            ComparisonModel::loadComparison(*fixture->store, firstComparisonId(*fixture->store)), false);
        QVERIFY(view);
        QStringList problems;
        auto check = [&problems](QHash<QChar, QString>& seen, const QString& text, const QString& where) {
            const QChar letter = ShortcutsDialog::mnemonic(text).toLower();
            if (letter.isNull())
                problems << QStringLiteral("%1: \"%2\" has no access key").arg(where, text);
            else if (seen.contains(letter))
                problems << QStringLiteral("%1: \"%2\" and \"%3\" share %4")
                                .arg(where, seen.value(letter), text, letter);
            else
                seen.insert(letter, text);
        };

        // Within each menu.
        for (const QAction* menu : window->menuBar()->actions()) {
            QHash<QChar, QString> seen;
            for (const QAction* action : menu->menu()->actions()) {
                if (!action->isSeparator() && action->isVisible())
                    check(seen, action->text(), menu->text());
            }
        }
        // Alt+letter in the window: the menu bar, and the labels and buttons on screen, on either tab.
        auto* tabs = requireChild<QTabWidget>(window.get(), QStringLiteral("tabs"));
        for (QWidget* page : {tabs->widget(0), static_cast<QWidget*>(view)}) {
            tabs->setCurrentWidget(page);
            QHash<QChar, QString> seen;
            for (const QAction* menu : window->menuBar()->actions())
                check(seen, menu->text(), QStringLiteral("menu bar"));
            for (const QWidget* widget : window->findChildren<QWidget*>()) {
                if (!widget->isVisible() || widget->window() != window.get())
                    continue;
                const auto* label = qobject_cast<const QLabel*>(widget);
                const auto* button = qobject_cast<const QAbstractButton*>(widget);
                const QString text = label && label->buddy() ? label->text()
                                     : button                ? button->text()
                                                             : QString();
                if (!ShortcutsDialog::mnemonic(text).isNull())
                    check(seen, text, QStringLiteral("window"));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void reportIsTranslated_data() { everyLanguageLoads_data(); }
    void reportIsTranslated()
    {
        if (!havePoppler())
            QSKIP("poppler-utils (pdftotext, pdfinfo) is not installed: scripts/setup installs it");
        QFETCH(QString, language);
        QCOMPARE(installTranslations(language), language);
        const TranslationCatalog catalog = TranslationCatalog::read(language);
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        QVERIFY(store);
        auto model = ComparisonModel::loadComparison(*store, firstComparisonId(*store));
        QVERIFY(model);
        const ChartsReportRenderer charts;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        auto pages =
            Report(model.value(), Provenance::fromStore(*store), ReportOptions{}, &charts).writePdf(path);
        QVERIFY2(pages, qPrintable(pages.errorMessage()));
        // Every run of spaces as one plain space (the French no-break spaces included), in the PDF's text
        // read in reading order (not -layout, so a table cell's lines stay together) and in translations.
        const auto flat = [](QString text) {
            return text.replace(QRegularExpression(QStringLiteral("[\\s\\x{a0}\\x{202f}]+")),
                                QStringLiteral(" "));
        };
        const QString text = flat(runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}));
        const QString context = QStringLiteral("sos::Report");
        const auto translated = [&](const char* source) {
            const QString translation = catalog.translation(context, QString::fromLatin1(source));
            if (translation.isEmpty())
                qWarning("no translation of \"%s\"", source);
            return flat(translation);
        };

        // Every heading and label the report always has: translated, and the English gone.
        for (const char* fixed :
             {"Executive summary", "Side by side", "Charts", "Community vote history", "Scorecards",
              "Provenance.", "Where the lenses disagree:", "Panel ship", "Pricing entry", "Free and paid",
              "Parameters", "ShipOrSkip comparison report"}) {
            const QString translation = translated(fixed);
            QVERIFY2(translation != QLatin1String(fixed), fixed);
            QVERIFY2(text.contains(translation), qPrintable(translation));
            QVERIFY2(!text.contains(QLatin1String(fixed)), fixed);
        }
        // The footer, the provenance and a verdict, with the language's numbers and dates.
        QVERIFY(text.contains(translated("Page %L1 of %L2").arg(1).arg(pages.value())));
        QVERIFY(!text.contains(QStringLiteral("Page 1 of")));
        const QString generated = localDate(QDateTime::currentDateTimeUtc().date()); // in the provenance
        QVERIFY2(text.contains(generated), qPrintable(generated));
        QVERIFY(!text.contains(QStringLiteral("Last successful sync")));
        QVERIFY(text.contains(QLocale().toUpper(verdictLabel(Verdict::Ship))) ||
                text.contains(QLocale().toUpper(verdictLabel(Verdict::Skip))));
        QVERIFY(!text.contains(QStringLiteral(": SHIP")) && !text.contains(QStringLiteral(": SKIP")));
        // The document's subject and keywords too.
        const QString info = pdfInfo(path);
        QVERIFY2(flat(info).contains(translated("AI tool comparison: %1").arg(model->title())),
                 qPrintable(info));
    }

    // An unreachable feed in every language: the banner says so in it, and the offline mark shows (it
    // follows the error's kind, whatever the words).
    void offlineIsRecognisedInEveryLanguage_data() { everyLanguageLoads_data(); }
    void offlineIsRecognisedInEveryLanguage()
    {
        QFETCH(QString, language);
        QCOMPARE(installTranslations(language), language);
        quint16 port = 0;
        {
            QTcpServer probe; // a port nobody listens on once the probe is gone
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        auto fixture = WindowFixture::create();
        fixture->settings->setValue(Settings::Key::FeedUrl, QStringLiteral("http://127.0.0.1:%1/").arg(port));
        auto window = fixture->showWindow();
        auto* sync = requireChild<SyncController>(window.get(), QStringLiteral("syncController"));
        sync->sync();
        QTRY_VERIFY_WITH_TIMEOUT(!sync->isSyncing() && sync->banner()->isVisible(), 30000);
        const TranslationCatalog catalog = TranslationCatalog::read(language);
        const QString reach =
            catalog.translation(QStringLiteral("sos::HttpJob"), QStringLiteral("Cannot reach %1: %2"));
        // The words of the translated message around its placeholders, the longest run of them.
        QStringList words = reach.split(QRegularExpression(QStringLiteral("%\\d")), Qt::SkipEmptyParts);
        std::sort(words.begin(), words.end(),
                  [](const QString& a, const QString& b) { return a.size() > b.size(); });
        QVERIFY(words.value(0).trimmed().size() > 5);
        auto* bannerText = requireChild<QLabel>(window.get(), QStringLiteral("syncBannerText"));
        QVERIFY2(bannerText->text().contains(words.value(0).trimmed()), qPrintable(bannerText->text()));
        QVERIFY(!bannerText->text().contains(QStringLiteral("Cannot reach")));
        QVERIFY(window->findChild<QLabel*>(QStringLiteral("offlineIndicator"))->isVisible());
    }

    // A damaged database at start-up: what the app's dialog and the command line say about it.
    void recoveryNoticeIsTranslated_data() { everyLanguageLoads_data(); }
    void recoveryNoticeIsTranslated()
    {
        QFETCH(QString, language);
        QCOMPARE(installTranslations(language), language);
        const TranslationCatalog catalog = TranslationCatalog::read(language);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("Not a database at all.\n").repeated(10));
        file.close();
        auto opened = Store::openOrRecover(path);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        QVERIFY(!opened->keptAside.isEmpty());
        const QString notice = recoveryNotice(opened.value());
        const QString reason = catalog.translation(QStringLiteral("sos::Database"),
                                                   QStringLiteral("it is not an SQLite database"));
        QVERIFY(!reason.isEmpty());
        QVERIFY2(notice.contains(reason) && notice.contains(opened->keptAside), qPrintable(notice));
        // Every run of words of the translated sentences, around their placeholders.
        for (const auto& [context, source] :
             {std::pair{"sos::Database", "The database %1 is damaged: %2."},
              std::pair{"sos::Store",
                        "%1 It was kept aside, untouched, as %2, and a new store was made from "
                        "the bundled catalog. A sync brings back the rest of the feed; your own "
                        "votes and drafts stay in the kept file."}}) {
            const QString translated =
                catalog.translation(QString::fromLatin1(context), QString::fromLatin1(source));
            QVERIFY(!translated.isEmpty());
            for (const QString& words : translated.split(QRegularExpression(QStringLiteral("%\\d"))))
                QVERIFY2(notice.contains(words.trimmed()),
                         qPrintable(notice + QStringLiteral(" | ") + words));
        }
        QVERIFY2(!notice.contains(QStringLiteral("kept aside")) &&
                     !notice.contains(QStringLiteral("SQLite database")),
                 qPrintable(notice));
    }

    void commandLineFollowsTheSystemLanguage_data() { everyLanguageLoads_data(); }
    void commandLineFollowsTheSystemLanguage()
    {
        QFETCH(QString, language);
        const TranslationCatalog catalog = TranslationCatalog::read(language);
        QTemporaryDir dir;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
            environment.remove(QString::fromLatin1(name));
        environment.insert(QStringLiteral("LANG"),
                           QStringLiteral("%1_%2.UTF-8").arg(language, language.toUpper()));
        QProcess cli;
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(SHIPORSKIP_CLI_PATH),
                  {QStringLiteral("--db"), dir.filePath(QStringLiteral("cli.db")), QStringLiteral("tools")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QString output = QString::fromUtf8(cli.readAllStandardOutput());
        const QString listed =
            catalog.translation(QStringLiteral("sos::Cli"), QStringLiteral("Tools listed: %L1"));
        QVERIFY2(output.contains(QString(listed).replace(QLatin1String("%L1"), QLatin1String("7"))),
                 qPrintable(output));
        QVERIFY(!output.contains(QStringLiteral("Tools listed")));
        QVERIFY(output.contains(catalog.translation(QStringLiteral("sos::Cli"), QStringLiteral("VENDOR"))));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
