// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppPaths.h"
#include "Cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    sos::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return sos::runCli(QCoreApplication::arguments(), out, err);
}
