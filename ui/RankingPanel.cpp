// SPDX-License-Identifier: GPL-3.0-or-later
#include "RankingPanel.h"

#include "CriteriaDialog.h"
#include "ToolDetailsView.h"
#include <base/Settings.h>
#include <store/DecisionStore.h>

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <decision/ProfileInput.h>

namespace sos {

namespace {

enum Column
{
    RankColumn,
    ToolColumn,
    ScoreColumn,
    MustHavesColumn,
    ReasonsColumn,
    ColumnCount
};

QTableWidgetItem* cell(const QString& text, const QString& accessibleText = {})
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    item->setData(Qt::AccessibleTextRole, accessibleText.isEmpty() ? text : accessibleText);
    return item;
}

} // namespace

RankingPanel::RankingPanel(Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* top = new QHBoxLayout;
    auto* profileLabel = new QLabel(tr("Ranked &under:"), this);
    profileLabel->setTextFormat(Qt::PlainText); // the access key works in plain text too
    m_profileBox = new QComboBox(this);
    m_profileBox->setObjectName(QStringLiteral("profileBox"));
    m_profileBox->setAccessibleName(tr("Criteria profile"));
    m_profileBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    profileLabel->setBuddy(m_profileBox);
    connect(m_profileBox, &QComboBox::currentIndexChanged, this, &RankingPanel::chooseProfile);
    m_editCriteria = new QPushButton(tr("Edi&t criteria…"), this);
    m_editCriteria->setObjectName(QStringLiteral("editCriteria"));
    m_editCriteria->setToolTip(tr("Weigh the lenses, set must-haves, save profiles"));
    connect(m_editCriteria, &QPushButton::clicked, this, &RankingPanel::editCriteria);
    top->addWidget(profileLabel);
    top->addWidget(m_profileBox);
    top->addWidget(m_editCriteria);
    top->addStretch(1);
    layout->addLayout(top);

    m_headline = makeBoldLabel({}, this);
    m_headline->setObjectName(QStringLiteral("rankingHeadline"));
    m_headline->setAccessibleName(tr("Ranking"));
    layout->addWidget(m_headline);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("rankingTable"));
    m_table->setAccessibleName(tr("Ranking under the chosen criteria"));
    m_table->setHorizontalHeaderLabels({tr("Rank"), tr("Tool"), tr("Score"), tr("Must-haves"), tr("Why")});
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table: the arrows move between its rows
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(RankColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ToolColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ScoreColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MustHavesColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ReasonsColumn, QHeaderView::Stretch);
    // The rows grow with their wrapped text whenever the columns change width.
    connect(header, &QHeaderView::sectionResized, this, &RankingPanel::fitTableHeight, Qt::QueuedConnection);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        if (QTableWidgetItem* item = m_table->item(row, ToolColumn))
            Q_EMIT toolActivated(item->data(Qt::UserRole).toString());
    });
    layout->addWidget(m_table);

    m_sensitivityTitle = makeBoldLabel(tr("What would change the top"), this);
    layout->addWidget(m_sensitivityTitle);
    m_sensitivity = makePlainLabel({}, this);
    m_sensitivity->setObjectName(QStringLiteral("sensitivity"));
    m_sensitivity->setAccessibleName(tr("What would change the top"));
    layout->addWidget(m_sensitivity);

    fillProfiles();
}

void RankingPanel::setSettings(Settings* settings)
{
    m_settings = settings;
    const QString remembered =
        settings ? settings->value(Settings::Key::RankingProfile).toString() : QString();
    if (!remembered.isEmpty()) {
        m_chosen = remembered;
        fillProfiles();
        rerank();
    }
}

void RankingPanel::setModel(const ComparisonModel& model)
{
    m_model = model;
    fillProfiles();
    rerank();
}

QString RankingPanel::profileName() const
{
    return m_profileName;
}

void RankingPanel::reloadProfiles()
{
    const QString before = m_profileName;
    fillProfiles();
    rerank();
    if (m_profileName != before)
        Q_EMIT profileChanged(m_profileName);
}

// The saved profiles by name, then the built-in one; the one chosen when it still exists, else the
// store's default.
void RankingPanel::fillProfiles()
{
    const QList<CriteriaProfile> profiles = m_store.decisions().profiles();
    const QString builtIn = CriteriaProfile::equalWeightsName();
    const CriteriaProfile fallback = m_store.decisions().defaultProfile();
    m_filling = true;
    m_profileBox->clear();
    bool builtInSaved = false;
    for (const CriteriaProfile& profile : profiles) {
        m_profileBox->addItem(profile.isDefault ? tr("%1 (default)").arg(profile.name) : profile.name,
                              profile.name);
        builtInSaved = builtInSaved || profile.name.compare(builtIn, Qt::CaseInsensitive) == 0;
    }
    if (!builtInSaved)
        m_profileBox->addItem(fallback.name == builtIn
                                  ? tr("%1 (default)").arg(CriteriaProfile::displayNameOf(builtIn))
                                  : CriteriaProfile::displayNameOf(builtIn),
                              builtIn);
    const auto indexOf = [this](const QString& name) {
        for (int i = 0; i < m_profileBox->count(); ++i) {
            if (m_profileBox->itemData(i).toString().compare(name, Qt::CaseInsensitive) == 0)
                return i;
        }
        return -1;
    };
    int index = m_chosen.isEmpty() ? -1 : indexOf(m_chosen);
    if (index < 0)
        index = std::max(0, indexOf(fallback.name));
    m_profileBox->setCurrentIndex(index);
    m_profileName = m_profileBox->currentData().toString();
    m_filling = false;
}

void RankingPanel::chooseProfile()
{
    if (m_filling)
        return;
    m_profileName = m_profileBox->currentData().toString();
    m_chosen = m_profileName;
    if (m_settings)
        m_settings->setValue(Settings::Key::RankingProfile, m_chosen);
    rerank();
    Q_EMIT profileChanged(m_profileName);
}

void RankingPanel::editCriteria()
{
    // The built-in profile is never changed: editing it starts a new profile from its weights.
    const auto saved = m_store.decisions().profile(m_profileName);
    auto* dialog =
        new CriteriaDialog(m_store, saved.value_or(CriteriaProfile::equalWeights()), saved.has_value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { criteriaEdited(dialog->savedName(), dialog->removed()); });
    dialog->open();
}

void RankingPanel::criteriaEdited(const QString& savedName, bool removed)
{
    m_chosen = removed ? QString() : savedName;
    fillProfiles();
    if (m_settings)
        m_settings->setValue(Settings::Key::RankingProfile, m_chosen);
    rerank();
    Q_EMIT profileChanged(m_profileName);
}

void RankingPanel::rerank()
{
    if (!m_model) {
        m_ranking.reset();
        showRanking();
        return;
    }
    auto profile = ProfileInput::chosen(m_store, m_profileName);
    m_ranking = rank(*m_model, profile ? profile.value() : m_store.decisions().defaultProfile());
    showRanking();
}

void RankingPanel::showRanking()
{
    m_table->clearContents();
    if (!m_ranking) {
        m_table->setRowCount(0);
        m_headline->clear();
        m_sensitivity->clear();
        fitTableHeight();
        return;
    }
    const Ranking& ranking = *m_ranking;
    m_headline->setText(ranking.headline);
    m_table->setRowCount(static_cast<int>(ranking.tools.size()));
    const QBrush markedOut = palette().brush(QPalette::Disabled, QPalette::Text);
    for (int row = 0; row < ranking.tools.size(); ++row) {
        const RankedTool& tool = ranking.tools.at(row);
        const QString rankText = tool.tied ? tr("=%L1").arg(tool.rank) : tr("%L1").arg(tool.rank);
        const QString rankSpoken =
            tool.tied ? tr("tied at rank %L1").arg(tool.rank) : tr("rank %L1").arg(tool.rank);
        const QString failed = tool.eligible()
                                   ? QString()
                                   : tr("fails: %1").arg(tool.mustHavesFailed.join(QStringLiteral("; ")));
        QList<QTableWidgetItem*> items{
            cell(rankText, rankSpoken),
            cell(tool.name),
            cell(tool.scoreText),
            cell(tool.eligible() ? tr("meets all") : failed),
            cell(tool.reasons.join(QLatin1Char('\n')), tool.reasons.join(QLatin1Char(' '))),
        };
        items.at(ToolColumn)->setData(Qt::UserRole, tool.toolId);
        if (!tool.eligible()) {
            // Ranked, but out of the running: greyed, and said in words as well.
            items.at(ToolColumn)->setData(Qt::AccessibleTextRole, tr("%1, ruled out").arg(tool.name));
            for (QTableWidgetItem* item : items)
                item->setForeground(markedOut);
        }
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, items.at(column));
    }
    m_table->setColumnHidden(MustHavesColumn, ranking.profile.mustHaves.isEmpty());
    m_sensitivity->setText(ranking.flipsIf.isEmpty()
                               ? tr("No small change in the evidence would change which tool ranks first.")
                               : ranking.flipsIf.join(QLatin1Char('\n')));
    fitTableHeight();
}

// The table shows every row without a scroll bar of its own: the comparison around it scrolls.
void RankingPanel::fitTableHeight()
{
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height);
}

void RankingPanel::changeEvent(QEvent* event)
{
    // The marked-out grey comes from the palette: a theme switch repaints it.
    if (event->type() == QEvent::PaletteChange && m_ranking)
        showRanking();
    QWidget::changeEvent(event);
}

} // namespace sos
