// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparisonView.h"

#include "ComparisonCharts.h"
#include "Scorecard.h"
#include "ToolDetailsView.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace sos {

namespace {

const QString comparisonPrefix = QStringLiteral("comparison:");
const QString toolsPrefix = QStringLiteral("tools:");

QFrame* card(QWidget* parent)
{
    auto* frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    return frame;
}

QString communityText(const ComparisonModel& model, int column)
{
    if (!model.isPublished())
        return ComparisonView::tr("Community vote: only on published comparisons");
    const CommunityFigure figure = model.community(column);
    if (!figure.percent())
        return ComparisonView::tr("Community: \u2014 (no votes yet)");
    return (figure.myPendingVote ? ComparisonView::tr("Community: %L1% of the vote (%L2 of %L3)\n"
                                                      "your vote for it is not counted until the next sync")
                                 : ComparisonView::tr("Community: %L1% of the vote (%L2 of %L3)"))
        .arg(*figure.percent())
        .arg(figure.votes)
        .arg(figure.total);
}

QString panelText(const PanelScore& panel)
{
    const auto percent = panel.percent();
    if (!percent)
        return ComparisonView::tr("No panel reviews yet");
    return ComparisonView::tr("%L1% panel ship (%L2 of %L3)")
        .arg(*percent)
        .arg(panel.ships)
        .arg(panel.reviews);
}

} // namespace

ComparisonView::ComparisonView(Store& store, ComparisonModel model, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(std::move(model))
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_title = makeBoldLabel({}, this, 1.4);
    m_title->setObjectName(QStringLiteral("comparisonTitle"));
    m_onlyDiffering = new QCheckBox(tr("Only lenses &where the verdicts differ"), this);
    m_onlyDiffering->setObjectName(QStringLiteral("onlyDiffering"));
    connect(m_onlyDiffering, &QCheckBox::toggled, this, &ComparisonView::setOnlyDifferingLenses);
    top->addWidget(m_title, 1);
    top->addWidget(m_onlyDiffering);
    layout->addLayout(top);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setAccessibleName(tr("Side-by-side comparison"));
    layout->addWidget(m_scroll, 1);
    rebuild();
}

QString ComparisonView::stateKeyFor(const ComparisonModel& model)
{
    return model.isPublished() ? comparisonPrefix + model.comparisonId()
                               : toolsPrefix + model.toolIds().join(QLatin1Char(','));
}

QString ComparisonView::stateKey() const
{
    return stateKeyFor(m_model);
}

Result<ComparisonModel> ComparisonView::loadStateKey(const Store& store, const QString& key)
{
    if (key.startsWith(comparisonPrefix))
        return ComparisonModel::loadComparison(store, key.mid(comparisonPrefix.size()));
    if (key.startsWith(toolsPrefix))
        return ComparisonModel::loadTools(store, key.mid(toolsPrefix.size()).split(QLatin1Char(',')));
    return Error{tr("Unknown comparison \"%1\"").arg(key)};
}

bool ComparisonView::onlyDifferingLenses() const
{
    return m_onlyDiffering->isChecked();
}

void ComparisonView::setOnlyDifferingLenses(bool only)
{
    if (m_onlyDiffering->isChecked() != only)
        m_onlyDiffering->setChecked(only); // comes back here through toggled()
    const QStringList differing = m_model.differingLensIds();
    for (auto it = m_lensWidgets.cbegin(); it != m_lensWidgets.cend(); ++it) {
        const bool visible = !only || differing.contains(it.key());
        for (QWidget* widget : it.value())
            widget->setVisible(visible);
    }
}

void ComparisonView::setModel(ComparisonModel model)
{
    const QString oldTitle = m_model.title();
    m_model = std::move(model);
    rebuild();
    if (m_model.title() != oldTitle)
        Q_EMIT titleChanged(m_model.title());
}

void ComparisonView::reload()
{
    auto fresh = loadStateKey(m_store, stateKey());
    if (fresh)
        setModel(std::move(fresh).value());
}

void ComparisonView::moveColumn(int from, int to)
{
    QStringList ids = m_model.toolIds();
    if (from < 0 || to < 0 || from >= ids.size() || to >= ids.size() || from == to)
        return;
    ids.move(from, to);
    // The same tools keep the same published comparison; only the order changes.
    auto moved = ComparisonModel::loadTools(m_store, ids);
    if (!moved)
        return;
    setModel(std::move(moved).value());
    Q_EMIT columnsChanged();
}

void ComparisonView::removeColumn(int column)
{
    QStringList ids = m_model.toolIds();
    if (ids.size() <= ComparisonModel::minimumTools || column < 0 || column >= ids.size())
        return;
    ids.removeAt(column);
    auto smaller = ComparisonModel::loadTools(m_store, ids);
    if (!smaller)
        return;
    setModel(std::move(smaller).value());
    Q_EMIT columnsChanged();
}

Result<void> ComparisonView::voteFor(const QString& toolId)
{
    auto vote = m_store.outbox().castVote(m_model.comparisonId(), toolId);
    if (!vote)
        return vote.error();
    reload();
    Q_EMIT voteCast(m_model.comparisonId());
    return {};
}

void ComparisonView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // The system switched between light and dark: the charts pick their theme from the palette.
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void ComparisonView::addSectionTitle(const QString& title, int& row)
{
    QLabel* label = makeBoldLabel(title, m_page, 1.2);
    label->setContentsMargins(0, 12, 0, 2);
    m_grid->addWidget(label, row++, 0, 1, m_model.toolCount());
}

QWidget* ComparisonView::headerCard(int column)
{
    const Tool& tool = m_model.tool(column).summary.tool;
    QFrame* frame = card(m_page);
    auto* layout = new QVBoxLayout(frame);
    auto* top = new QHBoxLayout;
    top->addWidget(makeBoldLabel(tool.name, frame, 1.25), 1);
    auto addButton = [&](const QString& text, const QString& tip, bool enabled, auto handler) {
        auto* button = new QToolButton(frame);
        button->setText(text);
        button->setToolTip(tip);
        button->setAccessibleName(tip);
        button->setEnabled(enabled);
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, this, handler);
        top->addWidget(button, 0, Qt::AlignTop);
    };
    addButton(QStringLiteral("\u25c0"), tr("Move %1 left").arg(tool.name), column > 0,
              [this, column] { moveColumn(column, column - 1); });
    addButton(QStringLiteral("\u25b6"), tr("Move %1 right").arg(tool.name), column + 1 < m_model.toolCount(),
              [this, column] { moveColumn(column, column + 1); });
    addButton(QStringLiteral("\u270e"), tr("Draft a scorecard for %1").arg(tool.name), true,
              [this, id = tool.id] { Q_EMIT draftRequested(id, {}); });
    addButton(QStringLiteral("\u2715"), tr("Remove %1 from the comparison").arg(tool.name),
              m_model.toolCount() > ComparisonModel::minimumTools, [this, column] { removeColumn(column); });
    layout->addLayout(top);
    layout->addWidget(makePlainLabel(
        tool.category.isEmpty() ? tool.vendor : tr("%1 \u00b7 %2").arg(tool.vendor, tool.category), frame));
    QLabel* tagline = makePlainLabel(tool.tagline, frame);
    QFont italic = tagline->font();
    italic.setItalic(true);
    tagline->setFont(italic);
    layout->addWidget(tagline);
    const QString none = QStringLiteral("\u2014");
    layout->addWidget(
        makePlainLabel(tr("Entry: %1 \u00b7 License: %2 \u00b7 Deployment: %3")
                           .arg(pricingLabel(tool.pricing), tool.license.isEmpty() ? none : tool.license,
                                tool.deployment.isEmpty() ? none : tool.deployment),
                       frame));
    layout->addWidget(makeBoldLabel(panelText(m_model.panel(column)), frame));
    layout->addWidget(makePlainLabel(communityText(m_model, column), frame));
    layout->addStretch(1);
    return frame;
}

QWidget* ComparisonView::communityCell(int column)
{
    const Tool& tool = m_model.tool(column).summary.tool;
    QFrame* frame = card(m_page);
    auto* layout = new QVBoxLayout(frame);
    auto* button = new QPushButton(tr("I'd ship with %1").arg(tool.name), frame);
    button->setObjectName(QStringLiteral("vote-") + tool.id);
    button->setCheckable(true);
    button->setEnabled(m_model.isPublished());
    const auto& myVote = m_model.myVote();
    const bool mine = myVote && myVote->toolId == tool.id && myVote->state != VoteState::Rejected;
    button->setChecked(mine);
    if (mine)
        button->setText(tr("\u2713 I'd ship with %1 (your vote)").arg(tool.name));
    m_voteButtons->addButton(button, column);
    layout->addWidget(button);
    QLabel* figure = makePlainLabel(communityText(m_model, column), frame);
    figure->setObjectName(QStringLiteral("community-") + tool.id);
    layout->addWidget(figure);
    layout->addStretch(1);
    return frame;
}

void ComparisonView::rebuild()
{
    const int scrolled = m_scroll->verticalScrollBar()->value();
    m_lensWidgets.clear();
    m_title->setText(m_model.title());

    m_page = new QWidget;
    m_grid = new QGridLayout(m_page);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(6);
    const int columns = m_model.toolCount();
    for (int column = 0; column < columns; ++column)
        m_grid->setColumnStretch(column, 1);

    int row = 0;
    for (int column = 0; column < columns; ++column)
        m_grid->addWidget(headerCard(column), row, column);
    ++row;

    addSectionTitle(tr("Panel verdict"), row);
    for (int column = 0; column < columns; ++column) {
        const PanelScore panel = m_model.panel(column);
        QFrame* frame = card(m_page);
        auto* layout = new QHBoxLayout(frame);
        if (panel.percent())
            layout->addWidget(
                makeVerdictBadge(2 * panel.ships > panel.reviews ? Verdict::Ship : Verdict::Skip, frame));
        layout->addWidget(makePlainLabel(panelText(panel), frame), 1);
        m_grid->addWidget(frame, row, column);
    }
    ++row;

    addSectionTitle(tr("Pricing read"), row);
    for (int column = 0; column < columns; ++column) {
        const Tool& tool = m_model.tool(column).summary.tool;
        QFrame* frame = card(m_page);
        auto* layout = new QVBoxLayout(frame);
        layout->addWidget(
            makeBoldLabel(tr("%1 entry \u00b7 %2").arg(pricingLabel(tool.pricing), tool.deployment), frame));
        layout->addWidget(makePlainLabel(tool.license, frame));
        if (!tool.pricingNote.isEmpty())
            layout->addWidget(makePlainLabel(tool.pricingNote, frame));
        layout->addStretch(1);
        m_grid->addWidget(frame, row, column);
    }
    ++row;

    addSectionTitle(tr("Reviewer split"), row);
    m_differingSummary = makePlainLabel({}, m_page);
    const QStringList differing = m_model.differingLensIds();
    QStringList differingNames;
    for (const Lens& lens : m_model.lenses()) {
        if (differing.contains(lens.id))
            differingNames << lens.name;
    }
    m_differingSummary->setText(
        differingNames.isEmpty()
            ? tr("Every lens reaches the same verdict on every tool.")
            : tr("The verdicts differ on: %1.").arg(differingNames.join(QStringLiteral(", "))));
    m_grid->addWidget(m_differingSummary, row++, 0, 1, columns);
    for (const Lens& lens : m_model.lenses()) {
        QList<QWidget*>& widgets = m_lensWidgets[lens.id];
        QLabel* title = makeBoldLabel(
            differing.contains(lens.id) ? tr("%1 \u2014 the verdicts differ").arg(lens.name) : lens.name,
            m_page);
        title->setObjectName(QStringLiteral("lens-") + lens.id);
        title->setToolTip(lens.summary);
        m_grid->addWidget(title, row++, 0, 1, columns);
        widgets << title;
        for (int column = 0; column < columns; ++column) {
            QFrame* frame = card(m_page);
            auto* layout = new QVBoxLayout(frame);
            const QList<Review> reviews = m_model.reviews(lens.id, column);
            if (reviews.isEmpty())
                layout->addWidget(makePlainLabel(tr("Not reviewed through this lens."), frame));
            for (const Review& review : reviews)
                addScorecard(layout, review, m_model.tool(column).summary.tool.name, frame);
            layout->addStretch(1);
            const Tool& tool = m_model.tool(column).summary.tool;
            auto* draft = new QToolButton(frame);
            draft->setObjectName(QStringLiteral("draft-%1-%2").arg(lens.id, tool.id));
            draft->setText(QStringLiteral("\u270e"));
            draft->setToolTip(tr("Draft a %1 scorecard for %2").arg(lens.name, tool.name));
            draft->setAccessibleName(draft->toolTip());
            draft->setAutoRaise(true);
            connect(draft, &QToolButton::clicked, this,
                    [this, toolId = tool.id, lensId = lens.id] { Q_EMIT draftRequested(toolId, lensId); });
            layout->addWidget(draft, 0, Qt::AlignRight);
            m_grid->addWidget(frame, row, column);
            widgets << frame;
        }
        ++row;
    }

    addSectionTitle(tr("Charts"), row);
    auto* chartGrid = new QGridLayout;
    const QPalette palette = this->palette();
    chartGrid->addWidget(charts::chartOrMessage(charts::panelSplitChart(m_model, palette), {}, {}, m_page), 0,
                         0);
    chartGrid->addWidget(charts::chartOrMessage(charts::verdictGridChart(m_model, palette), {}, {}, m_page),
                         0, 1);
    chartGrid->addWidget(
        charts::chartOrMessage(charts::communitySplitChart(m_model, palette), tr("Community vote"),
                               m_model.isPublished() ? tr("No votes yet. Cast the first one below.")
                                                     : tr("Votes are cast on published comparisons."),
                               m_page),
        1, 0);
    const int moments = m_model.voteHistoryPointCount();
    const QString historyMessage =
        moments == 0
            ? tr("No tallies from the feed yet: the line starts with the first sync that brings votes.")
            : tr("Only one tally so far: the line needs a second one, from a later sync.");
    chartGrid->addWidget(charts::chartOrMessage(charts::voteHistoryChart(m_model, palette),
                                                tr("Community vote over time"), historyMessage, m_page),
                         1, 1);
    m_grid->addLayout(chartGrid, row++, 0, 1, columns);

    addSectionTitle(tr("Community vote"), row);
    m_voteButtons = new QButtonGroup(m_page);
    m_voteButtons->setExclusive(true);
    for (int column = 0; column < columns; ++column)
        m_grid->addWidget(communityCell(column), row, column);
    ++row;
    connect(m_voteButtons, &QButtonGroup::idClicked, this, [this](int column) {
        const QString toolId = m_model.tool(column).summary.tool.id;
        // Voting rebuilds the page and with it the button that was clicked: do it after this signal.
        QMetaObject::invokeMethod(
            this,
            [this, toolId] {
                if (auto voted = voteFor(toolId); !voted)
                    m_voteStatus->setText(voted.errorMessage());
            },
            Qt::QueuedConnection);
    });
    m_voteStatus = makePlainLabel({}, m_page);
    m_voteStatus->setObjectName(QStringLiteral("voteStatus"));
    if (!m_model.isPublished()) {
        m_voteStatus->setText(
            tr("This set of tools is not a published comparison, so there is no community vote to join."));
    } else if (const auto& vote = m_model.myVote()) {
        const int column = static_cast<int>(m_model.toolIds().indexOf(vote->toolId));
        const QString name = column >= 0 ? m_model.tool(column).summary.tool.name : vote->toolId;
        switch (vote->state) {
        case VoteState::Pending:
        case VoteState::Sent:
            m_voteStatus->setText(
                tr("Your vote: %1. Pending: the next sync sends it to the feed.").arg(name));
            break;
        case VoteState::Confirmed:
            m_voteStatus->setText(tr("Your vote: %1, counted by the feed.").arg(name));
            break;
        case VoteState::Rejected:
            m_voteStatus->setText(tr("The feed refused your vote for %1: %2").arg(name, vote->lastError));
            break;
        }
    } else {
        m_voteStatus->setText(
            tr("You have not voted in this comparison. One vote per comparison; you can change it."));
    }
    m_grid->addWidget(m_voteStatus, row++, 0, 1, columns);
    m_grid->setRowStretch(row, 1);

    m_scroll->setWidget(m_page); // deletes the previous page
    moveInFocusChain(m_scroll, m_page);
    setOnlyDifferingLenses(m_onlyDiffering->isChecked());
    // Keep the reader's place once the new page has its size.
    QMetaObject::invokeMethod(
        m_scroll, [scroll = m_scroll, scrolled] { scroll->verticalScrollBar()->setValue(scrolled); },
        Qt::QueuedConnection);
}

} // namespace sos
