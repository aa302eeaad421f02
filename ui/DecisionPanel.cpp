// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecisionPanel.h"

#include "DecisionDialog.h"
#include "ToolDetailsView.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <decision/Decisions.h>

namespace sos {

namespace {

QString when(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString toolNameOf(const DecisionStatus& status)
{
    return status.toolName.isEmpty() ? status.decision.toolId : status.toolName;
}

} // namespace

DecisionPanel::DecisionPanel(Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_empty = makePlainLabel({}, this);
    m_empty->setObjectName(QStringLiteral("decisionPlaceholder"));
    layout->addWidget(m_empty);

    auto* latestFrame = new QFrame(this);
    latestFrame->setFrameShape(QFrame::StyledPanel);
    m_latestBox = latestFrame;
    auto* latestLayout = new QVBoxLayout(latestFrame);
    m_latest = makeBoldLabel({}, latestFrame, 1.1);
    m_latest->setObjectName(QStringLiteral("latestDecision"));
    latestLayout->addWidget(m_latest);
    m_latestDetails = makePlainLabel({}, latestFrame);
    m_latestDetails->setObjectName(QStringLiteral("latestDecisionDetails"));
    latestLayout->addWidget(m_latestDetails);
    m_rationale = makePlainLabel({}, latestFrame);
    m_rationale->setObjectName(QStringLiteral("latestRationale"));
    m_rationale->setAccessibleName(tr("Rationale"));
    latestLayout->addWidget(m_rationale);

    // What changed since: an icon and the words, so that it reads without the colour.
    m_warningBox = new QWidget(latestFrame);
    auto* warningLayout = new QHBoxLayout(m_warningBox);
    warningLayout->setContentsMargins(0, 6, 0, 0);
    auto* icon = new QLabel(m_warningBox);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);
    warningLayout->addWidget(icon);
    m_warning = makePlainLabel({}, m_warningBox);
    m_warning->setObjectName(QStringLiteral("evidenceWarning"));
    m_warning->setAccessibleName(tr("The evidence changed"));
    QFont bold = m_warning->font();
    bold.setBold(true);
    m_warning->setFont(bold);
    warningLayout->addWidget(m_warning, 1);
    latestLayout->addWidget(m_warningBox);
    m_evidenceHolds = makePlainLabel({}, latestFrame);
    m_evidenceHolds->setObjectName(QStringLiteral("evidenceHolds"));
    m_evidenceHolds->setForegroundRole(QPalette::PlaceholderText);
    latestLayout->addWidget(m_evidenceHolds);
    layout->addWidget(m_latestBox);

    m_earlierToggle = new QToolButton(this);
    m_earlierToggle->setObjectName(QStringLiteral("earlierToggle"));
    m_earlierToggle->setCheckable(true);
    m_earlierToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_earlierToggle->setArrowType(Qt::RightArrow);
    m_earlierToggle->setAutoRaise(true);
    m_earlier = makePlainLabel({}, this);
    m_earlier->setObjectName(QStringLiteral("earlierDecisions"));
    m_earlier->setAccessibleName(tr("Earlier decisions, superseded"));
    m_earlier->hide();
    connect(m_earlierToggle, &QToolButton::toggled, this, [this](bool open) {
        m_earlierToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_earlier->setVisible(open);
    });
    layout->addWidget(m_earlierToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_earlier);

    m_record = new QPushButton(tr("Record &decision…"), this);
    m_record->setObjectName(QStringLiteral("recordDecision"));
    // The key is the window's Record Decision action (listed with the other shortcuts); a button with
    // the same key beside it would make both ambiguous.
    const QKeySequence keys(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
    m_record->setToolTip(tr("Record which tool the team chose, and why (%1)").arg(shortcutText(keys)));
    connect(m_record, &QPushButton::clicked, this, &DecisionPanel::recordDecision);
    layout->addWidget(m_record, 0, Qt::AlignLeft);

    reload();
}

void DecisionPanel::setModel(const ComparisonModel& model, const QString& profileName)
{
    m_model = model;
    m_profileName = profileName;
    reload();
}

void DecisionPanel::reload()
{
    const bool published = m_model && m_model->isPublished();
    const QList<DecisionStatus> statuses =
        published ? Decisions::statuses(m_store, m_model->comparisonId()) : QList<DecisionStatus>();
    m_record->setVisible(published);
    m_empty->setVisible(statuses.isEmpty());
    m_empty->setText(!m_model    ? QString()
                     : published ? tr("No decision recorded yet: which one do you ship with?")
                                 : tr("Decisions are recorded on published comparisons; this set of tools "
                                      "is not one."));
    m_latestBox->setVisible(!statuses.isEmpty());
    m_earlierToggle->setVisible(statuses.size() > 1);
    if (statuses.isEmpty()) {
        m_earlier->clear();
        m_earlier->hide();
        return;
    }

    const DecisionStatus& latest = statuses.first();
    const Decision& decision = latest.decision;
    m_latest->setText(tr("Decided: %1").arg(toolNameOf(latest)));
    m_latestDetails->setText(tr("By %1 on %2, ranked under \u201c%3\u201d.")
                                 .arg(decision.by, when(decision.decidedAt), decision.profile.displayName()));
    m_rationale->setText(decision.rationale);
    m_warningBox->setVisible(latest.evidenceChanged());
    m_evidenceHolds->setVisible(!latest.evidenceChanged());
    if (latest.evidenceChanged()) {
        QStringList lines{tr("The evidence changed since this decision:")};
        for (const EvidenceChange& change : latest.changesSince)
            lines << QStringLiteral("\u2022 ") + change.toDisplayString();
        m_warning->setText(lines.join(QLatin1Char('\n')));
    } else {
        m_evidenceHolds->setText(tr("The evidence it rested on has not changed since %1.")
                                     .arg(when(decision.snapshot.takenAt.isValid() ? decision.snapshot.takenAt
                                                                                   : decision.decidedAt)));
    }

    QStringList earlier;
    for (qsizetype i = 1; i < statuses.size(); ++i) {
        const DecisionStatus& status = statuses.at(i);
        earlier << tr("Superseded: %1, by %2 on %3, ranked under \u201c%4\u201d: %5")
                       .arg(toolNameOf(status), status.decision.by, when(status.decision.decidedAt),
                            status.decision.profile.displayName(), status.decision.rationale);
    }
    m_earlier->setText(earlier.join(QLatin1Char('\n')));
    m_earlierToggle->setText(tr("Earlier decisions (%L1)").arg(earlier.size()));
    m_earlier->setVisible(m_earlierToggle->isChecked() && !earlier.isEmpty());
}

void DecisionPanel::recordDecision()
{
    if (!m_model || !m_model->isPublished())
        return;
    auto* dialog = new DecisionDialog(m_store, *m_model, m_profileName, m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = dialog->recordedId();
        reload();
        Q_EMIT decisionRecorded(id);
    });
    dialog->open();
}

} // namespace sos
