// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window on a seeded store in a temporary folder, shown and active, and its parts found
// by object name.
#pragma once

#include "../TestSupport.h"
#include "MainWindow.h"
#include <base/Settings.h>

#include <QApplication>

namespace sos::test {

// The one child of parent with this object name, as a T: tests reach widgets by the names the code gives
// them, not through getters made for tests. A name that is missing (or given twice) stops the test and
// says which one.
template <typename T> T* requireChild(const QObject* parent, const QString& name)
{
    const QList<T*> found = parent->findChildren<T*>(name);
    if (found.size() != 1)
        qFatal("%s \"%s\" has %lld children of class %s named \"%s\", not exactly one",
               parent->metaObject()->className(), qPrintable(parent->objectName()),
               static_cast<long long>(found.size()), T::staticMetaObject.className(), qPrintable(name));
    return found.first();
}

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
        // The syncs of a window test are the ones it starts (tst_backgroundsync turns this back on).
        fixture->settings->setValue(Settings::Key::BackgroundSync, false);
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
