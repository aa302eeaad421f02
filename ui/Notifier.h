// SPDX-License-Identifier: GPL-3.0-or-later
// Tells the user something worth their attention while the window may be out of sight: a desktop
// notification through the system tray where the platform has one (the tray icon is made only then,
// and only when the first notice comes), otherwise a button in the status bar. Either way notified()
// is emitted, which is what the tests observe, and clicking the notice emits clicked().
#pragma once

#include <QObject>
#include <QString>

class QStatusBar;
class QSystemTrayIcon;
class QToolButton;

namespace sos {

class Notifier final : public QObject
{
    Q_OBJECT

public:
    // statusBar: where a notice goes when there is no system tray.
    explicit Notifier(QStatusBar* statusBar, QObject* parent = nullptr);

    // title and text are plain text (a feed's names may be in them).
    void notify(const QString& title, const QString& text);
    // Whether notices go to the system tray (decided once, when the notifier is made).
    bool usesTray() const { return m_trayAvailable; }
    // Takes a status-bar notice away (the user saw what it pointed at).
    void dismiss();

    // How long a status-bar notice stays.
    static constexpr int statusNoticeMs = 30000;

Q_SIGNALS:
    void notified(const QString& title, const QString& text);
    void clicked();

private:
    QStatusBar* m_statusBar;
    bool m_trayAvailable = false;
    QSystemTrayIcon* m_tray = nullptr;
    QToolButton* m_notice = nullptr;
};

} // namespace sos
