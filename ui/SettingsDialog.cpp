// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "HttpJob.h"
#include "Settings.h"
#include "SyncEngine.h"
#include "TokenStore.h"
#include "ToolDetailsView.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace sos {

SettingsDialog::SettingsDialog(Settings& settings, TokenStore& keychain, TokenStore& session,
                               QNetworkAccessManager& network, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_tokens(keychain)
    , m_session(session)
    , m_network(network)
{
    setWindowTitle(tr("Feed Settings"));
    auto* form = new QFormLayout(this);
    m_url = new QLineEdit(m_settings.value(Settings::Key::FeedUrl).toString(), this);
    m_url->setObjectName(QStringLiteral("feedUrl"));
    m_url->setPlaceholderText(tr("https://feeds.example.com/team/"));
    m_url->setMinimumWidth(m_url->fontMetrics().averageCharWidth() * 50);
    form->addRow(tr("Feed &URL:"), m_url);
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("feedToken"));
    m_token->setEchoMode(QLineEdit::Password);
    const QString url = m_url->text();
    const auto stored = url.isEmpty() ? Result<std::optional<QByteArray>>(std::optional<QByteArray>())
                                      : m_tokens.read(SyncEngine::feedKey(QUrl::fromUserInput(url)));
    m_token->setPlaceholderText(stored && stored.value()
                                    ? tr("A token is stored in the keychain; type to replace it")
                                    : tr("Optional: needed to vote and publish"));
    form->addRow(tr("&Token:"), m_token);
    m_syncOnStart = new QCheckBox(tr("&Sync when ShipOrSkip starts"), this);
    m_syncOnStart->setChecked(m_settings.value(Settings::Key::SyncOnStart).toBool());
    form->addRow(QString(), m_syncOnStart);
    auto* test = new QPushButton(tr("Test &Connection"), this);
    connect(test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    m_status = makePlainLabel({}, this);
    m_status->setObjectName(QStringLiteral("connectionStatus"));
    form->addRow(test, m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
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
    m_token->clear();
    QDialog::accept();
}

} // namespace sos
