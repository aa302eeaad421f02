// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditorHooks.h"
#include "MainWindow.h"
#include "StoreStartup.h"
#include <base/AppPaths.h>
#include <base/Localization.h>
#include <base/Settings.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace {

// --report-startup: prints how long the start took once the catalog has painted, then quits (for
// the benchmark harness; the figure is measured from the start of main()).
class FirstPaintReporter final : public QObject
{
public:
    explicit FirstPaintReporter(const QElapsedTimer& started)
        : m_started(started)
    {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_reported) {
            m_reported = true;
            QTimer::singleShot(0, qApp, [this] {
                std::printf("firstPaintMs=%lld\n", static_cast<long long>(m_started.elapsed()));
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer& m_started;
    bool m_reported = false;
};

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer started;
    started.start();
    QApplication app(argc, argv);
    sos::setApplicationIdentity();
    // The system's language until the settings are read (--help, and errors before that).
    sos::installTranslations(QString());
    QApplication::setApplicationDisplayName(QStringLiteral("ShipOrSkip"));
    // Matches the installed shiporskip.desktop (Wayland uses it to find the icon and the name).
    QGuiApplication::setDesktopFileName(QStringLiteral("shiporskip"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/shiporskip.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Choose which AI tool to ship with."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"),
                      QApplication::translate(
                          "main", "The database file (default: $SHIPORSKIP_DB, else the app data folder)."),
                      QStringLiteral("PATH")});
    parser.addOption(
        {QStringLiteral("settings"),
         QApplication::translate("main", "Read and write settings in this file instead of the usual place."),
         QStringLiteral("FILE")});
    const QCommandLineOption reportStartup(
        QStringLiteral("report-startup"),
        QApplication::translate("main",
                                "Print how long the start took once the catalog is painted, then quit."));
    parser.addOption(reportStartup);
    // For tests that drive the real process (see EditorHooks.h).
    QCommandLineOption typeDraft(QStringLiteral("type-draft"),
                                 QStringLiteral("Type into a new draft for TOOL."), QStringLiteral("TOOL"));
    QCommandLineOption typeText(QStringLiteral("type-text"), QStringLiteral("The text to type, from FILE."),
                                QStringLiteral("FILE"));
    QCommandLineOption typeInterval(QStringLiteral("type-interval"),
                                    QStringLiteral("Milliseconds between keys."), QStringLiteral("MS"),
                                    QStringLiteral("50"));
    QCommandLineOption dumpEditor(QStringLiteral("dump-editor"),
                                  QStringLiteral("Print the draft the editor restored as JSON, then quit."));
    for (QCommandLineOption* option : {&typeDraft, &typeText, &typeInterval, &dumpEditor}) {
        option->setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(*option);
    }
    parser.process(app);

    sos::StoreOpening opening =
        sos::openStoreShowingProgress(sos::resolveDatabasePath(parser.value(QStringLiteral("db"))));
    if (!opening.store) {
        // Another file helps only when this one could not be opened.
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "ShipOrSkip cannot start"),
            opening.failedStep == sos::StoreOpening::Step::Open
                ? QApplication::translate("main", "%1\n\nChoose another database with --db PATH.")
                      .arg(opening.store.errorMessage())
                : opening.store.errorMessage());
        return 1;
    }
    sos::Store* store = opening.store->get();

    const QString settingsFile = parser.value(QStringLiteral("settings"));
    auto settings =
        settingsFile.isEmpty() ? sos::Settings::createDefault() : sos::Settings::createForFile(settingsFile);
    // A language chosen in the settings replaces the system's; a change takes effect at the next start.
    sos::installTranslations(*settings);
    sos::MainWindow window(*store, *settings);
    FirstPaintReporter reporter(started);
    if (parser.isSet(reportStartup))
        window.toolTable()->viewport()->installEventFilter(&reporter);
    window.show();
    if (!opening.recoveryNotice.isEmpty()) {
        // Said once the window is up, without blocking it.
        auto* notice =
            new QMessageBox(QMessageBox::Warning, QApplication::translate("main", "Damaged Database"),
                            opening.recoveryNotice, QMessageBox::Ok, &window);
        notice->setObjectName(QStringLiteral("recoveryNotice"));
        notice->setAttribute(Qt::WA_DeleteOnClose);
        notice->open();
        std::fprintf(stderr, "%s\n", qPrintable(opening.recoveryNotice));
    }
    if (parser.isSet(typeDraft)) {
        QFile file(parser.value(typeText));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read the --type-text file\n");
            return 2;
        }
        sos::typeDraft(window, parser.value(typeDraft), QString::fromUtf8(file.readAll()),
                       parser.value(typeInterval).toInt());
    }
    if (parser.isSet(dumpEditor))
        sos::dumpEditorAndQuit(window);
    return app.exec();
}
