// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppPaths.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    sos::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("ShipOrSkip"));

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
    parser.process(app);

    const QString path = sos::resolveDatabasePath(parser.value(QStringLiteral("db")));
    auto store = sos::Store::open(path);
    if (!store) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "ShipOrSkip cannot start"),
                              QApplication::translate("main", "%1\n\nChoose another database with --db PATH.")
                                  .arg(store.errorMessage()));
        return 1;
    }
    if (auto seeded = store.value()->seedBundledCatalog(); !seeded) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "ShipOrSkip cannot start"),
                              seeded.errorMessage());
        return 1;
    }

    const QString settingsFile = parser.value(QStringLiteral("settings"));
    auto settings =
        settingsFile.isEmpty() ? sos::Settings::createDefault() : sos::Settings::createForFile(settingsFile);
    sos::MainWindow window(*store.value(), *settings);
    window.show();
    return app.exec();
}
