// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparisonView.h"

#include "ComparisonCharts.h"
#include "DecisionPanel.h"
#include "RankingPanel.h"
#include "Scorecard.h"
#include "ToolDetailsView.h"

#include <QButtonGroup>
#include <QChart>
#include <QCheckBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
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
    // The feed's votes only: the user's own vote, not counted yet, is said apart (voteStatusText).
    const CommunityFigure figure = model.community(column);
    if (!figure.percent())
        return ComparisonView::tr("Community: no votes counted yet");
    return ComparisonView::tr("Community: %L1% of the vote (%L2 of %L3)")
        .arg(*figure.percent())
        .arg(figure.votes)
        .arg(figure.total);
}

// A panel of four is four opinions: counts, never a bare percentage.
QString panelText(const PanelScore& panel)
{
    if (panel.reviews <= 0)
        return ComparisonView::tr("No panel reviews yet");
    return ComparisonView::tr("Panel: %L1 of %L2 say ship").arg(panel.ships).arg(panel.reviews);
}

// A tool's or lens's name on a button: an "&" in it is a letter, not an access key.
QString buttonText(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

QString verdictText(const std::optional<Verdict>& verdict)
{
    return verdict ? verdictLabel(*verdict) : ComparisonView::tr("Not reviewed");
}

// One cell of the verdict matrix: the verdict written out, with a sign, so that it reads without colour;
// the colour (the badges' white on dark green or dark red) only repeats it.
QLabel* matrixCell(const std::optional<Verdict>& verdict, bool differs, QWidget* parent)
{
    QLabel* cell = makePlainLabel({}, parent);
    cell->setWordWrap(false);
    cell->setTextInteractionFlags(Qt::TextSelectableByMouse); // Tab goes from row to row
    if (!verdict) {
        cell->setText(ComparisonView::tr("\u2013 Not reviewed"));
        cell->setForegroundRole(QPalette::PlaceholderText);
        cell->setStyleSheet(QStringLiteral("QLabel { padding: 3px 8px; font-style: italic; }"));
    } else {
        cell->setText((*verdict == Verdict::Ship ? QStringLiteral("\u2713 ") : QStringLiteral("\u2717 ")) +
                      verdictLabel(*verdict));
        const QString background =
            *verdict == Verdict::Ship ? QStringLiteral("#1e6b34") : QStringLiteral("#a32020");
        cell->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; border-radius: 3px;"
                                           " padding: 3px 8px; }")
                                .arg(background));
    }
    QFont bold = cell->font();
    bold.setBold(true);
    if (differs)
        cell->setFont(bold);
    // Every cell as wide as the widest word, so that a column of verdicts reads as one.
    const QFontMetrics metrics(bold);
    cell->setMinimumWidth(
        std::max({metrics.horizontalAdvance(ComparisonView::tr("\u2013 Not reviewed")),
                  metrics.horizontalAdvance(QStringLiteral("\u2713 ") + verdictLabel(Verdict::Ship)),
                  metrics.horizontalAdvance(QStringLiteral("\u2717 ") + verdictLabel(Verdict::Skip))}) +
        24);
    return cell;
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
    // Made once and moved onto each new page, so that what is put in it outlives a rebuild.
    m_decisionWidget = new QWidget(this);
    m_decisionWidget->setObjectName(QStringLiteral("decisionArea"));
    m_decisionArea = new QVBoxLayout(m_decisionWidget);
    m_decisionArea->setContentsMargins(0, 0, 0, 0);
    buildDecisionArea();
    rebuild();
}

void ComparisonView::buildDecisionArea()
{
    const auto title = [this](const QString& text) {
        QLabel* label = makeBoldLabel(text, m_decisionWidget, 1.2);
        label->setContentsMargins(0, 12, 0, 2);
        return label;
    };
    m_ranking = new RankingPanel(m_store, m_decisionWidget);
    m_decision = new DecisionPanel(m_store, m_decisionWidget);
    m_ranking->setObjectName(QStringLiteral("rankingPanel"));
    m_decision->setObjectName(QStringLiteral("decisionPanel"));
    m_decisionArea->addWidget(title(tr("Which one should you ship with?")));
    m_decisionArea->addWidget(m_ranking);
    m_decisionArea->addWidget(title(tr("Decision")));
    m_decisionArea->addWidget(m_decision);
    m_ranking->setModel(m_model);
    m_decision->setModel(m_model, m_ranking->profileName());
    connect(m_ranking, &RankingPanel::profileChanged, this,
            [this](const QString& name) { m_decision->setProfileName(name); });
    // A ranking row leads to that tool's details, as a matrix row leads to its lens.
    connect(m_ranking, &RankingPanel::toolActivated, this, [this](const QString& toolId) {
        if (auto* card = m_page->findChild<QWidget*>(QStringLiteral("card-") + toolId))
            m_scroll->ensureWidgetVisible(card);
    });
    connect(this, &ComparisonView::modelChanged, this, [this] {
        m_ranking->setModel(m_model);
        m_decision->setModel(m_model, m_ranking->profileName());
    });
}

void ComparisonView::recordDecision()
{
    m_scroll->ensureWidgetVisible(m_decision);
    m_decision->recordDecision();
}

void ComparisonView::setSettings(Settings* settings)
{
    m_ranking->setSettings(settings);
    m_decision->setSettings(settings);
    m_decision->setProfileName(m_ranking->profileName()); // the remembered profile may differ
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
    Q_EMIT modelChanged();
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

bool ComparisonView::eventFilter(QObject* watched, QEvent* event)
{
    // A matrix row is a link: Enter follows it, as Space does (a tool button knows only Space).
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        auto* link = qobject_cast<QToolButton*>(watched);
        if (link && (key == Qt::Key_Return || key == Qt::Key_Enter) &&
            link->objectName().startsWith(QLatin1String("matrixRow-"))) {
            link->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
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

QWidget* ComparisonView::verdictMatrix()
{
    auto* matrix = new QFrame(m_page);
    matrix->setObjectName(QStringLiteral("verdictMatrix"));
    matrix->setFrameShape(QFrame::StyledPanel);
    matrix->setAccessibleName(tr("Verdict by lens"));
    auto* grid = new QGridLayout(matrix);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(4);
    const int columns = m_model.toolCount();
    const QStringList differing = m_model.differingLensIds();

    // The tools across, each with the one line on where it loses.
    grid->addWidget(makeBoldLabel(tr("Lens"), matrix), 0, 0, Qt::AlignLeft | Qt::AlignTop);
    for (int column = 0; column < columns; ++column) {
        const Tool& tool = m_model.tool(column).summary.tool;
        auto* head = new QWidget(matrix);
        auto* layout = new QVBoxLayout(head);
        layout->setContentsMargins(0, 0, 0, 4);
        layout->setSpacing(2);
        QLabel* name = makeBoldLabel(tool.name, head);
        name->setWordWrap(false); // the column takes the name's width: a name reads on one line
        layout->addWidget(name);
        QLabel* loss = makePlainLabel(m_model.lossSummary(column), head);
        loss->setObjectName(QStringLiteral("loss-") + tool.id);
        loss->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(loss);
        layout->addStretch(1);
        head->setMinimumWidth(180);
        grid->addWidget(head, 0, column + 1);
    }

    // A row per lens: its name is a link to its scorecards further down; the verdicts written out.
    int row = 1;
    for (const Lens& lens : m_model.lenses()) {
        const bool differs = differing.contains(lens.id);
        // A flat button as wide as its text, so the names line up on the left; Space and (through
        // eventFilter) Enter activate it.
        auto* link = new QToolButton(matrix);
        link->setObjectName(QStringLiteral("matrixRow-") + lens.id);
        link->setAutoRaise(true);
        link->setToolButtonStyle(Qt::ToolButtonTextOnly);
        link->setFocusPolicy(Qt::StrongFocus);
        link->setCursor(Qt::PointingHandCursor);
        link->installEventFilter(this);
        link->setText(differs ? tr("\u25c6 %1 \u2014 differs").arg(buttonText(lens.name))
                              : buttonText(lens.name));
        QFont font = link->font();
        font.setBold(differs);
        font.setUnderline(true);
        link->setFont(font);
        link->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
        QStringList verdicts;
        for (int column = 0; column < columns; ++column)
            verdicts << tr("%1: %2").arg(m_model.tool(column).summary.tool.name,
                                         verdictText(m_model.verdict(lens.id, column)));
        const QString said = verdicts.join(tr(", "));
        link->setAccessibleName(differs ? tr("%1, the verdicts differ: %2").arg(lens.name, said)
                                        : tr("%1: %2").arg(lens.name, said));
        const QString action = tr("Show the %1 scorecards").arg(lens.name);
        link->setAccessibleDescription(action);
        link->setToolTip(
            lens.summary.isEmpty() ? action : tr("%1\nShow the %2 scorecards").arg(lens.summary, lens.name));
        connect(link, &QToolButton::clicked, this, [this, id = lens.id] { showLens(id); });
        grid->addWidget(link, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
        for (int column = 0; column < columns; ++column) {
            const auto verdict = m_model.verdict(lens.id, column);
            QLabel* cell = matrixCell(verdict, differs, matrix);
            cell->setObjectName(
                QStringLiteral("verdict-%1-%2").arg(lens.id, m_model.tool(column).summary.tool.id));
            cell->setAccessibleName(
                tr("%1, %2: %3")
                    .arg(lens.name, m_model.tool(column).summary.tool.name, verdictText(verdict)));
            grid->addWidget(cell, row, column + 1, Qt::AlignLeft | Qt::AlignVCenter);
        }
        ++row;
    }
    QLabel* caption = makePlainLabel(differing.isEmpty()
                                         ? tr("Every lens reaches the same verdict on every tool.")
                                         : tr("\u25c6 marks the lenses whose verdicts differ. A lens's name "
                                              "takes you to its scorecards."),
                                     matrix);
    caption->setObjectName(QStringLiteral("matrixCaption"));
    grid->addWidget(caption, row, 0, 1, columns + 1);
    return matrix;
}

QWidget* ComparisonView::headerCard(int column)
{
    const Tool& tool = m_model.tool(column).summary.tool;
    QFrame* frame = card(m_page);
    frame->setObjectName(QStringLiteral("card-") + tool.id);
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
                                tool.deployment.isEmpty() ? none : deploymentLabel(tool.deployment)),
                       frame));
    layout->addStretch(1);
    return frame;
}

QWidget* ComparisonView::communityCell(int column)
{
    const Tool& tool = m_model.tool(column).summary.tool;
    QFrame* frame = card(m_page);
    auto* layout = new QVBoxLayout(frame);
    QLabel* figure = makePlainLabel(communityText(m_model, column), frame);
    figure->setObjectName(QStringLiteral("community-") + tool.id);
    layout->addWidget(figure);
    // An ad-hoc set has no vote: the line under the cells says so once, not once per tool.
    figure->setVisible(m_model.isPublished());
    auto* button = new QPushButton(tr("I'd ship with %1").arg(buttonText(tool.name)), frame);
    button->setObjectName(QStringLiteral("vote-") + tool.id);
    button->setCheckable(true);
    button->setEnabled(m_model.isPublished());
    const auto& myVote = m_model.myVote();
    const bool mine = myVote && myVote->toolId == tool.id && myVote->state != VoteState::Rejected;
    button->setChecked(mine);
    if (mine)
        button->setText(tr("\u2713 I'd ship with %1 (your vote)").arg(buttonText(tool.name)));
    button->setAccessibleName(mine ? tr("I'd ship with %1 (your vote)").arg(tool.name)
                                   : tr("I'd ship with %1").arg(tool.name));
    button->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_voteButtons->addButton(button, column);
    layout->addWidget(button, 0, Qt::AlignLeft);
    layout->addStretch(1);
    return frame;
}

QString ComparisonView::voteStatusText() const
{
    if (!m_model.isPublished())
        return tr("This set of tools is not a published comparison, so there is no community vote to join.");
    const auto& vote = m_model.myVote();
    if (!vote)
        return tr("You have not voted in this comparison. One vote per comparison; you can change it.");
    const int column = static_cast<int>(m_model.toolIds().indexOf(vote->toolId));
    const QString name = column >= 0 ? m_model.tool(column).summary.tool.name : vote->toolId;
    switch (vote->state) {
    case VoteState::Pending:
    case VoteState::Sent:
        return tr("Your vote: %1 \u2014 pending, counted after the next sync (not in the figures above).")
            .arg(name);
    case VoteState::Confirmed:
        return tr("Your vote: %1, counted by the feed.").arg(name);
    case VoteState::Rejected:
        return tr("The feed refused your vote for %1: %2").arg(name, vote->lastError);
    }
    return {};
}

void ComparisonView::addCharts(int& row)
{
    // Only what the page does not already print: the split of many votes at a glance, and how the vote
    // moved over time. A handful of votes reads better as the counts in the community cells above.
    const QPalette palette = this->palette();
    QList<QChart*> shown;
    if (m_model.voteSplitWorthAChart()) {
        if (QChart* pie = charts::communitySplitChart(m_model, palette))
            shown << pie;
    }
    if (QChart* history = charts::voteHistoryChart(m_model, palette))
        shown << history;
    if (shown.isEmpty())
        return; // no heading over nothing, no blank space
    addSectionTitle(tr("Charts"), row);
    auto* chartRow = new QHBoxLayout;
    for (QChart* chart : std::as_const(shown))
        chartRow->addWidget(charts::chartView(chart, m_page), 1);
    m_grid->addLayout(chartRow, row++, 0, 1, m_model.toolCount());
}

void ComparisonView::showLens(const QString& lensId)
{
    QLabel* title = m_lensTitles.value(lensId);
    if (!title)
        return;
    if (!title->isVisibleTo(m_page))
        setOnlyDifferingLenses(false); // the reader asked for this lens: show it
    // The page lays itself out lazily: place the heading at the top once its position is known.
    m_page->layout()->activate();
    const int top = title->mapTo(m_page, QPoint(0, 0)).y();
    m_scroll->verticalScrollBar()->setValue(top - 4);
    m_scroll->ensureWidgetVisible(title, 0, 4);
    title->setFocus(Qt::OtherFocusReason);
}

void ComparisonView::rebuild()
{
    const int scrolled = m_scroll->verticalScrollBar()->value();
    m_lensWidgets.clear();
    m_lensTitles.clear();
    m_title->setText(m_model.title());

    m_page = new QWidget;
    m_grid = new QGridLayout(m_page);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(6);
    const int columns = m_model.toolCount();
    for (int column = 0; column < columns; ++column)
        m_grid->setColumnStretch(column, 1);

    int row = 0;
    // Decision first: where the verdicts differ and where each tool loses.
    // As wide as its table: at 1920 pixels a full-width frame would be mostly empty.
    m_grid->addWidget(verdictMatrix(), row++, 0, 1, columns, Qt::AlignLeft);
    // The ranking and the decision: kept from the previous page (addWidget moves it over).
    m_grid->addWidget(m_decisionWidget, row++, 0, 1, columns);

    addSectionTitle(tr("Details"), row);
    for (int column = 0; column < columns; ++column)
        m_grid->addWidget(headerCard(column), row, column);
    ++row;

    addSectionTitle(tr("Panel verdict"), row);
    for (int column = 0; column < columns; ++column) {
        const PanelScore panel = m_model.panel(column);
        QFrame* frame = card(m_page);
        auto* layout = new QHBoxLayout(frame);
        switch (panel.verdict()) {
        case PanelVerdict::UnanimousShip:
        case PanelVerdict::MajorityShip:
            layout->addWidget(makeVerdictBadge(Verdict::Ship, frame));
            break;
        case PanelVerdict::MajoritySkip:
            layout->addWidget(makeVerdictBadge(Verdict::Skip, frame));
            break;
        case PanelVerdict::Split:
        case PanelVerdict::Unreviewed:
            break; // no side to show: the counts say it
        }
        QLabel* text = makePlainLabel(panelText(panel), frame);
        text->setObjectName(QStringLiteral("panel-") + m_model.tool(column).summary.tool.id);
        layout->addWidget(text, 1);
        m_grid->addWidget(frame, row, column);
    }
    ++row;

    // The vote control sits by the community's figure; the user's own vote is said apart, under it.
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
    m_voteStatus = makePlainLabel(voteStatusText(), m_page);
    m_voteStatus->setObjectName(QStringLiteral("voteStatus"));
    m_grid->addWidget(m_voteStatus, row++, 0, 1, columns);

    addSectionTitle(tr("Pricing read"), row);
    for (int column = 0; column < columns; ++column) {
        const Tool& tool = m_model.tool(column).summary.tool;
        QFrame* frame = card(m_page);
        auto* layout = new QVBoxLayout(frame);
        layout->addWidget(makeBoldLabel(
            tr("%1 entry \u00b7 %2").arg(pricingLabel(tool.pricing), deploymentLabel(tool.deployment)),
            frame));
        layout->addWidget(makePlainLabel(tool.license, frame));
        if (!tool.pricingNote.isEmpty())
            layout->addWidget(makePlainLabel(tool.pricingNote, frame));
        layout->addStretch(1);
        m_grid->addWidget(frame, row, column);
    }
    ++row;

    addSectionTitle(tr("Reviewer split"), row);
    const QStringList differing = m_model.differingLensIds();
    for (const Lens& lens : m_model.lenses()) {
        QList<QWidget*>& widgets = m_lensWidgets[lens.id];
        const bool differs = differing.contains(lens.id);
        QLabel* title =
            makeBoldLabel(differs ? tr("%1 \u2014 the verdicts differ").arg(lens.name) : lens.name, m_page);
        title->setObjectName(QStringLiteral("lens-") + lens.id);
        title->setToolTip(lens.summary);
        // A matrix row lands here: show where the focus went.
        title->setStyleSheet(QStringLiteral("QLabel:focus { background: palette(highlight);"
                                            " color: palette(highlighted-text); }"));
        m_grid->addWidget(title, row++, 0, 1, columns);
        widgets << title;
        m_lensTitles.insert(lens.id, title);
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

    addCharts(row);
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
