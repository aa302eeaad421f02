// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecisionDialog.h"

#include "ToolDetailsView.h"
#include <base/Settings.h>
#include <store/DecisionStore.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <decision/Decisions.h>
#include <decision/ProfileInput.h>
#include <decision/Ranking.h>

namespace sos {

DecisionDialog::DecisionDialog(Store& store, const ComparisonModel& model, const QString& profileName,
                               Settings* settings, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_settings(settings)
    , m_comparisonId(model.comparisonId())
    , m_profileName(profileName)
{
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle(tr("Record a decision"));
    auto* layout = new QVBoxLayout(this);
    QLabel* question = makeBoldLabel(tr("Which one do we ship with? %1").arg(model.title()), this);
    layout->addWidget(question);

    auto profile = ProfileInput::chosen(store, profileName);
    const Ranking ranking = rank(model, profile ? profile.value() : store.decisions().defaultProfile());
    QLabel* ranked = makePlainLabel(
        tr("Ranked under \u201c%1\u201d: %2").arg(ranking.profile.displayName(), ranking.headline), this);
    ranked->setObjectName(QStringLiteral("decisionProfile"));
    layout->addWidget(ranked);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_tool = new QComboBox(this);
    m_tool->setObjectName(QStringLiteral("decisionTool"));
    m_tool->setAccessibleName(tr("Chosen tool"));
    m_tool->setPlaceholderText(tr("Choose a tool"));
    for (int column = 0; column < model.toolCount(); ++column) {
        const Tool& tool = model.tool(column).summary.tool;
        m_tool->addItem(tool.name, tool.id);
    }
    // The ranking's top is proposed; on a tie (or when no tool meets the must-haves) the person chooses.
    const QList<RankedTool> top = ranking.top();
    m_tool->setCurrentIndex(top.size() == 1 ? m_tool->findData(top.first().toolId) : -1);
    form->addRow(tr("&Chosen tool:"), m_tool);

    m_by = new QLineEdit(lastDecider(), this);
    m_by->setObjectName(QStringLiteral("decisionBy"));
    m_by->setPlaceholderText(tr("A name or a team"));
    form->addRow(tr("Decided &by:"), m_by);

    m_rationale = new QPlainTextEdit(this);
    m_rationale->setObjectName(QStringLiteral("decisionRationale"));
    m_rationale->setAccessibleName(tr("Rationale"));
    m_rationale->setPlaceholderText(tr("Why this tool: what mattered, what was traded off"));
    m_rationale->setTabChangesFocus(true);
    m_rationale->setMinimumWidth(m_rationale->fontMetrics().averageCharWidth() * 60);
    m_rationale->setMinimumHeight(m_rationale->fontMetrics().lineSpacing() * 6);
    form->addRow(tr("&Rationale:"), m_rationale);
    layout->addLayout(form, 1);

    m_error = makeBoldLabel({}, this);
    m_error->setObjectName(QStringLiteral("decisionError"));
    m_error->setAccessibleName(tr("Problem with this decision"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* note =
        makePlainLabel(tr("The evidence (each tool's verdicts, figures, pricing and license) is kept "
                          "with the decision, so that a later change shows."),
                       this);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* recordButton = buttons->addButton(tr("Rec&ord"), QDialogButtonBox::AcceptRole);
    recordButton->setObjectName(QStringLiteral("recordButton"));
    recordButton->setDefault(true);
    const QKeySequence recordKeys(Qt::CTRL | Qt::Key_Return);
    recordButton->setToolTip(tr("Record the decision (%1)").arg(shortcutText(recordKeys)));
    connect(buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::record);
    connect(buttons, &QDialogButtonBox::rejected, this, &DecisionDialog::reject);
    // Return inside the rationale starts a new line; Ctrl+Return records from anywhere.
    auto* shortcut = new QShortcut(recordKeys, this);
    connect(shortcut, &QShortcut::activated, this, &DecisionDialog::record);
    layout->addWidget(buttons);

    (m_tool->currentIndex() < 0 ? static_cast<QWidget*>(m_tool)
     : m_by->text().isEmpty()   ? static_cast<QWidget*>(m_by)
                                : static_cast<QWidget*>(m_rationale))
        ->setFocus();
}

QString DecisionDialog::lastDecider() const
{
    const QString remembered =
        m_settings ? m_settings->value(Settings::Key::DecidedBy).toString() : QString();
    if (!remembered.isEmpty())
        return remembered;
    const QList<Decision> decisions = m_store.decisions().decisions();
    return decisions.isEmpty() ? QString() : decisions.first().by;
}

void DecisionDialog::record()
{
    if (m_tool->currentIndex() < 0) {
        showError(tr("Choose the tool the team decided on."));
        m_tool->setFocus();
        return;
    }
    Decisions::Request request;
    request.comparison = m_comparisonId;
    request.tool = m_tool->currentData().toString();
    request.by = m_by->text().trimmed();
    request.rationale = m_rationale->toPlainText().trimmed();
    request.profile = m_profileName;
    auto decided = Decisions::decide(m_store, request);
    if (!decided) {
        // Everything typed stays as it was: only the message is new.
        showError(decided.errorMessage());
        return;
    }
    m_recordedId = decided.value().id;
    if (m_settings)
        m_settings->setValue(Settings::Key::DecidedBy, request.by);
    accept();
}

void DecisionDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace sos
