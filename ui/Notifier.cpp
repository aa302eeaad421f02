// SPDX-License-Identifier: GPL-3.0-or-later
#include "Notifier.h"

#include <QApplication>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolButton>

namespace sos {

Notifier::Notifier(QStatusBar* statusBar, QObject* parent)
    : QObject(parent)
    , m_statusBar(statusBar)
    , m_trayAvailable(QSystemTrayIcon::isSystemTrayAvailable())
{
    setObjectName(QStringLiteral("notifier"));
}

void Notifier::notify(const QString& title, const QString& text)
{
    if (m_trayAvailable) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->setObjectName(QStringLiteral("trayIcon"));
            m_tray->setToolTip(QApplication::applicationDisplayName());
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, &Notifier::clicked);
            connect(m_tray, &QSystemTrayIcon::activated, this, &Notifier::clicked);
            m_tray->show();
        }
        m_tray->showMessage(title, text, QSystemTrayIcon::Information);
    } else if (m_statusBar) {
        if (!m_notice) {
            // A button, not a message: clicking it opens what it tells of. Its text is plain text.
            m_notice = new QToolButton(m_statusBar);
            m_notice->setObjectName(QStringLiteral("statusNotice"));
            m_notice->setIcon(QApplication::windowIcon());
            m_notice->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            connect(m_notice, &QToolButton::clicked, this, [this] {
                dismiss();
                Q_EMIT clicked();
            });
            // Permanent: a temporary message in the status bar (a sync's "Synced: …", shown about when
            // this is) would hide a normal widget until it times out.
            m_statusBar->insertPermanentWidget(0, m_notice, 1);
        }
        m_notice->setText(text);
        m_notice->setToolTip(title);
        m_notice->setAccessibleName(title);
        m_notice->show();
        QTimer::singleShot(statusNoticeMs, m_notice, [this, shown = text] {
            if (m_notice->text() == shown)
                dismiss();
        });
    }
    Q_EMIT notified(title, text);
}

void Notifier::dismiss()
{
    if (m_notice)
        m_notice->hide();
}

} // namespace sos
