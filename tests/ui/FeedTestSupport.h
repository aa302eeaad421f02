// SPDX-License-Identifier: GPL-3.0-or-later
// A main window synced against the real shiporskip-feed on 127.0.0.1, serving the bundled catalog (or
// another feed document).
#pragma once

#include "../server/ServerProcess.h"
#include "UiTestSupport.h"
#include <sync/SyncEngine.h>
#include <sync/TokenStore.h>

namespace sos::test {

struct FeedWindow
{
    ServerProcess server;
    MemoryTokenStore tokens;
    QByteArray token;
    QUrl base;
    std::unique_ptr<MainWindow> window;

    // Starts the feed with a token for user, points the fixture's settings at it, and shows a window
    // that finds the token in its (memory) keychain. base is invalid when the feed did not start.
    FeedWindow(WindowFixture& fixture, const QString& user,
               const QString& feedDocument = QStringLiteral(SHIPORSKIP_SOURCE_DIR) +
                                             QStringLiteral("/resources/feed/bundled-feed.json"))
        : server(fixture.dir.filePath(QStringLiteral("server.db")))
    {
        server.command({QStringLiteral("import"), feedDocument});
        token = server.command({QStringLiteral("token"), QStringLiteral("issue"), user}).toLatin1();
        base = server.start();
        if (!base.isValid() || !tokens.write(SyncEngine::feedKey(base), token))
            return;
        fixture.settings->setValue(Settings::Key::FeedUrl, base.toString());
        window = std::make_unique<MainWindow>(*fixture.store, *fixture.settings, &tokens);
        window->show();
        QApplication::setActiveWindow(window.get());
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("window did not become active");
    }
};

} // namespace sos::test
