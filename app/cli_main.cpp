// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "ReportCharts.h"
#include <base/AppPaths.h>
#include <base/Localization.h>

#include <QApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    // The command line never opens a window; the report's charts still need a GUI application, so it
    // runs on the offscreen platform unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    sos::setApplicationIdentity();
    sos::installTranslations(QString()); // the system's language
    QTextStream out(stdout);
    QTextStream err(stderr);
    const sos::ChartsReportRenderer charts;
    return sos::runCli(QCoreApplication::arguments(), out, err, sos::CliServices{&charts});
}
