// SPDX-License-Identifier: GPL-3.0-or-later
// The settings: the feed's address, its token (stored in the system keychain, shown masked), a
// connection test, whether to sync when the app starts and the background sync (on or off, every so
// many hours); the language (after a restart) and the theme (at once, undone by Cancel).
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QNetworkAccessManager;

namespace sos {

class ChangeLog;
class Settings;
class TokenStore;

class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    // keychain keeps the token; session holds it in memory when there is no keychain and the user agrees.
    // changes: the store's change log, whose retention (kept in the store, for the command line too) the
    // dialog sets; none leaves that setting out.
    SettingsDialog(Settings& settings, TokenStore& keychain, TokenStore& session,
                   QNetworkAccessManager& network, QWidget* parent = nullptr, ChangeLog* changes = nullptr);

    void accept() override;
    void reject() override;
    void testConnection();

private:
    QWidget* feedGroup();
    QWidget* appearanceGroup();
    void previewTheme();

    Settings& m_settings;
    TokenStore& m_tokens;
    TokenStore& m_session;
    QNetworkAccessManager& m_network;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_token = nullptr;
    QCheckBox* m_syncOnStart = nullptr;
    QCheckBox* m_backgroundSync = nullptr;
    QSpinBox* m_syncInterval = nullptr;
    QCheckBox* m_notify = nullptr;
    ChangeLog* m_changes = nullptr;
    QSpinBox* m_keptDays = nullptr;
    QLabel* m_status = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_theme = nullptr;
};

} // namespace sos
