// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreStartup.h"

#include <QApplication>
#include <QEventLoop>
#include <QLabel>
#include <QProgressBar>
#include <QScreen>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace sos {

namespace {

// Shorter than this, a window would only flash.
constexpr int progressAfterMs = 300;

// A small window saying why the start waits, with a busy bar: how long a migration takes is not known.
std::unique_ptr<QWidget> makeProgressWindow()
{
    auto window =
        std::make_unique<QWidget>(nullptr, Qt::Dialog | Qt::CustomizeWindowHint | Qt::WindowTitleHint);
    window->setObjectName(QStringLiteral("storeOpeningProgress"));
    window->setWindowTitle(QApplication::translate("main", "Starting ShipOrSkip"));
    // Not the app's last window: closing it must not end the app before its main window opens.
    window->setAttribute(Qt::WA_QuitOnClose, false);
    auto* layout = new QVBoxLayout(window.get());
    auto* label = new QLabel(
        QApplication::translate("main", "Updating the catalog's storage to this version…"), window.get());
    label->setTextFormat(Qt::PlainText);
    auto* bar = new QProgressBar(window.get());
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->setAccessibleName(label->text());
    layout->addWidget(label);
    layout->addWidget(bar);
    window->setMinimumWidth(window->fontMetrics().averageCharWidth() * 56);
    // Where the main window will open, in the middle of the screen.
    window->adjustSize();
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        window->move(screen->availableGeometry().center() - window->rect().center());
    return window;
}

} // namespace

StoreOpening openStoreShowingProgress(const QString& path)
{
    std::optional<StoreOpening> first;
    std::unique_ptr<QThread> thread(QThread::create([&first, path] {
        first = openStore(path);
        // Closed on the thread that opened it.
        if (first->store)
            first->store.value().reset();
    }));
    thread->setObjectName(QStringLiteral("store opening"));
    std::unique_ptr<QWidget> progress;
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QTimer showProgress;
    showProgress.setSingleShot(true);
    QObject::connect(&showProgress, &QTimer::timeout, &loop, [&progress] {
        progress = makeProgressWindow();
        progress->show();
    });
    showProgress.start(progressAfterMs);
    thread->start();
    // Input goes nowhere yet: there is no window but the progress, which takes none.
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    progress.reset();
    if (!first->store)
        return std::move(*first); // the same error a second time would only take longer
    // Migrated (or kept aside and made anew) already: this opening only connects.
    StoreOpening opening = openStore(path);
    if (opening.recoveryNotice.isEmpty())
        opening.recoveryNotice = first->recoveryNotice;
    return opening;
}

} // namespace sos
