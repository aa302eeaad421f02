// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "Appearance.h"
#include "ToolDetailsView.h"
#include <base/Localization.h>
#include <base/Settings.h>
#include <store/ChangeLog.h>
#include <sync/HttpJob.h>
#include <sync/SyncEngine.h>
#include <sync/SyncSchedule.h>
#include <sync/TokenStore.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace sos {

SettingsDialog::SettingsDialog(Settings& settings, TokenStore& keychain, TokenStore& session,
                               QNetworkAccessManager& network, QWidget* parent, ChangeLog* changes)
    : QDialog(parent)
    , m_settings(settings)
    , m_tokens(keychain)
    , m_session(session)
    , m_network(network)
    , m_changes(changes)
{
    setWindowTitle(tr("Settings"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(feedGroup());
    layout->addWidget(appearanceGroup());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);
}

QWidget* SettingsDialog::feedGroup()
{
    auto* group = new QGroupBox(tr("Feed"), this);
    auto* form = new QFormLayout(group);
    m_url = new QLineEdit(m_settings.value(Settings::Key::FeedUrl).toString(), group);
    m_url->setObjectName(QStringLiteral("feedUrl"));
    m_url->setPlaceholderText(tr("https://feeds.example.com/team/"));
    m_url->setMinimumWidth(m_url->fontMetrics().averageCharWidth() * 50);
    form->addRow(tr("Feed &URL:"), m_url);
    m_token = new QLineEdit(group);
    m_token->setObjectName(QStringLiteral("feedToken"));
    m_token->setEchoMode(QLineEdit::Password);
    const QString url = m_url->text();
    const auto stored = url.isEmpty() ? Result<std::optional<QByteArray>>(std::optional<QByteArray>())
                                      : m_tokens.read(SyncEngine::feedKey(QUrl::fromUserInput(url)));
    m_token->setPlaceholderText(stored && stored.value()
                                    ? tr("A token is stored in the keychain; type to replace it")
                                    : tr("Optional: needed to vote and publish"));
    form->addRow(tr("&Token:"), m_token);
    m_syncOnStart = new QCheckBox(tr("&Sync when ShipOrSkip starts"), group);
    m_syncOnStart->setChecked(m_settings.value(Settings::Key::SyncOnStart).toBool());
    form->addRow(QString(), m_syncOnStart);
    m_backgroundSync = new QCheckBox(tr("Sync in the &background while ShipOrSkip runs"), group);
    m_backgroundSync->setObjectName(QStringLiteral("backgroundSync"));
    m_backgroundSync->setChecked(m_settings.value(Settings::Key::BackgroundSync).toBool());
    form->addRow(QString(), m_backgroundSync);
    m_syncInterval = new QSpinBox(group);
    m_syncInterval->setObjectName(QStringLiteral("syncInterval"));
    m_syncInterval->setRange(SyncSchedule::minIntervalHours, SyncSchedule::maxIntervalHours);
    m_syncInterval->setValue(std::clamp(m_settings.value(Settings::Key::SyncIntervalHours).toInt(),
                                        SyncSchedule::minIntervalHours, SyncSchedule::maxIntervalHours));
    m_syncInterval->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // a number, not a line
    m_syncInterval->setAccessibleName(tr("Hours between background syncs"));
    // The field inside takes the focus: a screen reader names that one.
    if (auto* field = m_syncInterval->findChild<QLineEdit*>())
        field->setAccessibleName(m_syncInterval->accessibleName());
    m_syncInterval->setEnabled(m_backgroundSync->isChecked());
    connect(m_backgroundSync, &QCheckBox::toggled, m_syncInterval, &QWidget::setEnabled);
    form->addRow(tr("Hours bet&ween syncs:"), m_syncInterval);
    QLabel* howOften = makePlainLabel(
        tr("The background sync also runs when ShipOrSkip starts if the last sync is older than that. "
           "\u201cSync when ShipOrSkip starts\u201d syncs at every start, however recent the last sync."),
        group);
    howOften->setObjectName(QStringLiteral("backgroundSyncNote"));
    howOften->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), howOften);
    m_notify = new QCheckBox(tr("&Notify me when a sync changes a tool or comparison I watch"), group);
    m_notify->setObjectName(QStringLiteral("notifyWatchedChanges"));
    m_notify->setChecked(m_settings.value(Settings::Key::NotifyWatchedChanges).toBool());
    form->addRow(QString(), m_notify);
    if (m_changes) {
        m_keptDays = new QSpinBox(group);
        m_keptDays->setObjectName(QStringLiteral("changesKeptDays"));
        m_keptDays->setRange(1, 3650);
        m_keptDays->setValue(m_changes->keptDays());
        m_keptDays->setSuffix(tr(" days"));
        m_keptDays->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        m_keptDays->setAccessibleName(tr("Days the change log keeps a sync's changes"));
        if (auto* field = m_keptDays->findChild<QLineEdit*>())
            field->setAccessibleName(m_keptDays->accessibleName());
        form->addRow(tr("&Keep changes for:"), m_keptDays);
    }
    auto* test = new QPushButton(tr("Test &Connection"), group);
    connect(test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    m_status = makePlainLabel({}, group);
    m_status->setObjectName(QStringLiteral("connectionStatus"));
    m_status->setAccessibleName(tr("Connection status"));
    form->addRow(test, m_status);
    return group;
}

QWidget* SettingsDialog::appearanceGroup()
{
    auto* group = new QGroupBox(tr("Language and theme"), this);
    auto* form = new QFormLayout(group);
    m_language = new QComboBox(group);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("As the system"), QString());
    for (const QString& code : availableLanguages())
        m_language->addItem(nativeLanguageName(code), code);
    m_language->setCurrentIndex(
        std::max(0, m_language->findData(m_settings.value(Settings::Key::Language).toString())));
    form->addRow(tr("&Language:"), m_language);
    QLabel* restart = makePlainLabel(tr("A new language shows the next time ShipOrSkip starts."), group);
    restart->setObjectName(QStringLiteral("languageRestartNote"));
    restart->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), restart);

    m_theme = new QComboBox(group);
    m_theme->setObjectName(QStringLiteral("themeBox"));
    m_theme->addItem(tr("As the system"), enumName(Theme::System));
    m_theme->addItem(tr("Light"), enumName(Theme::Light));
    m_theme->addItem(tr("Dark"), enumName(Theme::Dark));
    m_theme->setCurrentIndex(
        std::max(0, m_theme->findData(m_settings.value(Settings::Key::Theme).toString())));
    m_theme->setAccessibleDescription(tr("Applies at once; Cancel brings the previous theme back"));
    connect(m_theme, &QComboBox::currentIndexChanged, this, &SettingsDialog::previewTheme);
    form->addRow(tr("T&heme:"), m_theme);
    return group;
}

void SettingsDialog::previewTheme()
{
    applyTheme(enumFromName<Theme>(m_theme->currentData().toString()).value_or(Theme::System));
}

void SettingsDialog::reject()
{
    // Back to the theme the settings hold.
    applyTheme(
        enumFromName<Theme>(m_settings.value(Settings::Key::Theme).toString()).value_or(Theme::System));
    QDialog::reject();
}

void SettingsDialog::testConnection()
{
    const QUrl url = QUrl::fromUserInput(m_url->text().trimmed());
    if (auto checked = SyncEngine::checkUrl(url, !m_token->text().isEmpty()); !checked) {
        m_status->setText(checked.errorMessage());
        return;
    }
    m_status->setText(tr("Connecting…"));
    QNetworkRequest request(QUrl(SyncEngine::feedKey(url)).resolved(QUrl(QStringLiteral("v1/health"))));
    request.setTransferTimeout(15000);
    auto* job = new HttpJob(m_network, request, "GET", {}, 1024 * 1024, this);
    connect(job, &HttpJob::finished, this, [this, job](const HttpResult& result) {
        job->deleteLater();
        if (result.kind == HttpResult::Kind::Ok) {
            const QJsonObject health = QJsonDocument::fromJson(result.body).object();
            m_status->setText(tr("Connected: feed \u201c%1\u201d, format version %2.")
                                  .arg(health.value(QStringLiteral("feedId")).toString())
                                  .arg(health.value(QStringLiteral("formatVersion")).toInt()));
        } else if (result.status == 404) {
            m_status->setText(tr("Reached the server; it has no health check (a static feed is fine)."));
        } else {
            m_status->setText(result.error);
        }
    });
    job->start();
}

void SettingsDialog::accept()
{
    const QString text = m_url->text().trimmed();
    const QUrl url = QUrl::fromUserInput(text);
    const QByteArray token = m_token->text().trimmed().toUtf8();
    if (!text.isEmpty()) {
        if (auto checked = SyncEngine::checkUrl(url, !token.isEmpty()); !checked) {
            m_status->setText(checked.errorMessage());
            return;
        }
    }
    if (!token.isEmpty()) {
        if (auto written = m_tokens.write(SyncEngine::feedKey(url), token); !written) {
            const auto answer = QMessageBox::question(this, tr("No keychain"),
                                                      tr("%1\n\nKeep the token for this session only? It is "
                                                         "never written to a file; you will enter it "
                                                         "again after a restart.")
                                                          .arg(written.errorMessage()));
            if (answer != QMessageBox::Yes) {
                m_status->setText(written.errorMessage());
                return;
            }
            (void)m_session.write(SyncEngine::feedKey(url), token);
        }
    }
    m_settings.setValue(Settings::Key::FeedUrl, text.isEmpty() ? QString() : SyncEngine::feedKey(url));
    m_settings.setValue(Settings::Key::SyncOnStart, m_syncOnStart->isChecked());
    m_settings.setValue(Settings::Key::SyncIntervalHours, m_syncInterval->value());
    m_settings.setValue(Settings::Key::BackgroundSync, m_backgroundSync->isChecked());
    m_settings.setValue(Settings::Key::NotifyWatchedChanges, m_notify->isChecked());
    if (m_keptDays && m_keptDays->value() != m_changes->keptDays()) {
        // In the store: a sync from the command line trims by it too. Trimmed at the next sync.
        if (auto kept = m_changes->setKeptDays(m_keptDays->value()); !kept) {
            m_status->setText(kept.errorMessage());
            return;
        }
    }
    m_settings.setValue(Settings::Key::Language, m_language->currentData().toString());
    m_settings.setValue(Settings::Key::Theme, m_theme->currentData().toString());
    m_token->clear();
    QDialog::accept();
}

} // namespace sos
