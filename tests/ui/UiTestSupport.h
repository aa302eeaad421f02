// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window on a seeded store in a temporary folder, shown and active.
#pragma once

#include "../TestSupport.h"
#include "MainWindow.h"
#include <base/Settings.h>

#include <QApplication>

namespace sos::test {

struct WindowFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<Settings> settings;

    static std::unique_ptr<WindowFixture> create()
    {
        auto fixture = std::make_unique<WindowFixture>();
        fixture->store = openSeededStore(fixture->dir);
        fixture->settings = Settings::createForFile(fixture->dir.filePath(QStringLiteral("settings.ini")));
        return fixture;
    }

    // A new window on the same store and settings, as the next start of the app would make.
    std::unique_ptr<MainWindow> showWindow()
    {
        auto window = std::make_unique<MainWindow>(*store, *settings);
        window->show();
        QApplication::setActiveWindow(window.get());
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("window did not become active");
        return window;
    }
};

} // namespace sos::test
