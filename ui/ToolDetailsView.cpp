// SPDX-License-Identifier: GPL-3.0-or-later
#include "ToolDetailsView.h"

#include "SearchHighlight.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

#include <cmath>
#include <numbers>

namespace sos {

void ToolDetailsView::setHighlightTerms(const QStringList& terms)
{
    if (terms == m_terms)
        return;
    m_terms = terms;
    if (m_shown) {
        const int scrolled = verticalScrollBar()->value();
        showTool(std::optional<ToolDetails>(m_shown));
        verticalScrollBar()->setValue(scrolled);
    }
}

QLabel* makePlainLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setText(text);
    return label;
}

QLabel* makeBoldLabel(const QString& text, QWidget* parent, qreal scale)
{
    QLabel* label = makePlainLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    if (scale != 1.0)
        font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    return label;
}

void moveInFocusChain(QWidget* after, QWidget* subtree)
{
    if (!after || !subtree || subtree == after || subtree->isAncestorOf(after))
        return;
    QList<QWidget*> block;
    if (subtree->focusPolicy() != Qt::NoFocus)
        block << subtree;
    for (QWidget* widget = subtree->nextInFocusChain(); widget != subtree;
         widget = widget->nextInFocusChain()) {
        if (subtree->isAncestorOf(widget) && widget->focusPolicy() != Qt::NoFocus)
            block << widget;
    }
    QWidget* previous = after;
    for (QWidget* widget : std::as_const(block)) {
        QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

QWidget* lastFocusableIn(QWidget* subtree)
{
    QWidget* last = nullptr;
    for (QWidget* widget = subtree->nextInFocusChain(); widget != subtree;
         widget = widget->nextInFocusChain()) {
        if (subtree->isAncestorOf(widget) && widget->focusPolicy() != Qt::NoFocus)
            last = widget;
    }
    return last;
}

QIcon starIcon(bool filled)
{
    // Drawn, not a font's glyph: the same on every desktop. Gold when watched, an outline otherwise.
    static const auto draw = [](bool full) {
        constexpr int size = 16;
        const qreal ratio = qApp ? qApp->devicePixelRatio() : 1.0;
        QPixmap pixmap(QSize(size, size) * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        QPainterPath star;
        const QPointF centre(size / 2.0, size / 2.0 + 0.6);
        for (int point = 0; point < 10; ++point) {
            const qreal radius = point % 2 == 0 ? 7.4 : 3.0;
            const qreal angle = -std::numbers::pi / 2 + point * std::numbers::pi / 5;
            const QPointF at = centre + QPointF(radius * std::cos(angle), radius * std::sin(angle));
            if (point == 0)
                star.moveTo(at);
            else
                star.lineTo(at);
        }
        star.closeSubpath();
        painter.setPen(QPen(full ? QColor(0x8a, 0x63, 0x00) : QColor(0x80, 0x80, 0x80), 1.1));
        painter.setBrush(full ? QColor(0xf2, 0xb7, 0x05) : QColor(Qt::transparent));
        painter.drawPath(star);
        return QIcon(pixmap);
    };
    static const QIcon on = draw(true);
    static const QIcon off = draw(false);
    return filled ? on : off;
}

QString shortcutText(const QKeySequence& keys)
{
    return keys.toString(QKeySequence::NativeText);
}

QList<QKeySequence> standardKeys(QKeySequence::StandardKey key, const QKeySequence& fallback)
{
    const QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    return keys.isEmpty() ? QList<QKeySequence>{fallback} : keys;
}

QLabel* makeVerdictBadge(Verdict verdict, QWidget* parent)
{
    auto* badge = new QLabel(parent);
    badge->setTextFormat(Qt::PlainText);
    // The word carries the verdict; the colour only repeats it.
    const QLocale locale;
    badge->setText(locale.toUpper(verdictLabel(verdict)));
    badge->setAlignment(Qt::AlignCenter);
    // Both words fit the same width, so badges line up whatever the verdict.
    const int widest =
        std::max(badge->fontMetrics().horizontalAdvance(locale.toUpper(verdictLabel(Verdict::Ship))),
                 badge->fontMetrics().horizontalAdvance(locale.toUpper(verdictLabel(Verdict::Skip))));
    badge->setMinimumWidth(widest + 16);
    // White on a dark green or dark red: readable in light and dark palettes alike (contrast > 4.5:1).
    const QString background =
        verdict == Verdict::Ship ? QStringLiteral("#1e6b34") : QStringLiteral("#a32020");
    badge->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; border-radius: 3px;"
                                        " padding: 1px 6px; font-weight: bold; }")
                             .arg(background));
    badge->setAccessibleName(ToolDetailsView::tr("Verdict: %1").arg(verdictLabel(verdict)));
    badge->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return badge;
}

ToolDetailsView::ToolDetailsView(QWidget* parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Tool details"));
    auto* page = new QWidget(this);
    auto* pageLayout = new QVBoxLayout(page);

    m_placeholder = makePlainLabel(tr("Select a tool to see its details."), page);
    m_placeholder->setAlignment(Qt::AlignCenter);
    pageLayout->addWidget(m_placeholder);

    m_content = new QWidget(page);
    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_name = makeBoldLabel({}, m_content, 1.5);
    layout->addWidget(m_name);
    // What to do with the tool, in a row of its own under the name: beside a long name, three buttons
    // do not fit a 1280-pixel window's details pane.
    auto* top = new QHBoxLayout;
    auto* draft = new QPushButton(tr("&Draft a Scorecard\u2026"), m_content);
    draft->setObjectName(QStringLiteral("draftScorecardButton"));
    draft->setToolTip(tr("Write a scorecard for this tool in the editor pane (%1)")
                          .arg(shortcutText(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N))));
    connect(draft, &QPushButton::clicked, this, [this] { Q_EMIT draftRequested(m_toolId); });
    top->addWidget(draft);
    m_watch = new QPushButton(m_content);
    m_watch->setObjectName(QStringLiteral("watchToolButton"));
    m_watch->setCheckable(true);
    connect(m_watch, &QPushButton::toggled, this, [this](bool watched) {
        updateWatchButton();
        Q_EMIT watchToggled(m_toolId, watched);
    });
    top->addWidget(m_watch);
    m_shortlist = new QPushButton(m_content);
    m_shortlist->setObjectName(QStringLiteral("shortlistToolButton"));
    m_shortlist->setCheckable(true);
    connect(m_shortlist, &QPushButton::toggled, this, [this](bool onShortlist) {
        updateShortlistButton();
        Q_EMIT shortlistToggled(m_toolId, onShortlist);
    });
    top->addWidget(m_shortlist);
    top->addStretch(1);
    layout->addLayout(top);
    m_byline = addLabel({}, m_content, layout);
    m_tagline = addLabel({}, m_content, layout);
    QFont italic = m_tagline->font();
    italic.setItalic(true);
    m_tagline->setFont(italic);
    m_facts = addLabel({}, m_content, layout);
    m_description = addLabel({}, m_content, layout);
    m_pricingRead = addLabel({}, m_content, layout);

    layout->addWidget(makeBoldLabel(tr("Reviewer split"), m_content));
    m_reviews = new QWidget(m_content);
    m_reviewsLayout = new QVBoxLayout(m_reviews);
    m_reviewsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_reviews);
    m_comparisons = addLabel({}, m_content, layout);
    pageLayout->addWidget(m_content);
    pageLayout->addStretch(1);
    setWidget(page);
    showTool(std::nullopt);
}

void ToolDetailsView::setWatchedTools(const QSet<QString>& toolIds)
{
    m_watched = toolIds;
    const QSignalBlocker quiet(m_watch);
    m_watch->setChecked(m_watched.contains(m_toolId));
    updateWatchButton();
}

void ToolDetailsView::setShortlistedTools(const QSet<QString>& toolIds)
{
    m_shortlisted = toolIds;
    const QSignalBlocker quiet(m_shortlist);
    m_shortlist->setChecked(m_shortlisted.contains(m_toolId));
    updateShortlistButton();
}

void ToolDetailsView::updateShortlistButton()
{
    const bool onShortlist = m_shortlist->isChecked();
    m_shortlist->setText(onShortlist ? tr("On the Shortlist") : tr("Shortlist"));
    m_shortlist->setToolTip(onShortlist ? tr("This tool is on your shortlist: click to take it off.")
                                        : tr("Add this tool to your shortlist, to compare it later (%1)")
                                              .arg(shortcutText(shortlistKeys())));
    m_shortlist->setAccessibleName(onShortlist ? tr("On the shortlist") : tr("Add to the shortlist"));
}

void ToolDetailsView::updateWatchButton()
{
    const bool watched = m_watch->isChecked();
    m_watch->setIcon(starIcon(watched));
    m_watch->setText(watched ? tr("Watching") : tr("Watch"));
    const QString keys = shortcutText(watchKeys());
    m_watch->setToolTip(watched ? tr("You watch this tool: its changes come first in What Changed. "
                                     "Click or press %1 to stop.")
                                      .arg(keys)
                                : tr("Watch this tool: its changes come first in What Changed, and a sync "
                                     "that changes it tells you (%1).")
                                      .arg(keys));
    m_watch->setAccessibleName(watched ? tr("Watching this tool") : tr("Watch this tool"));
}

QLabel* ToolDetailsView::addLabel(const QString& text, QWidget* parent, QLayout* layout)
{
    QLabel* label = makePlainLabel(text, parent);
    layout->addWidget(label);
    return label;
}

void ToolDetailsView::clearReviews()
{
    while (QLayoutItem* item = m_reviewsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void ToolDetailsView::showTool(const std::optional<ToolDetails>& details)
{
    m_placeholder->setVisible(!details);
    m_content->setVisible(details.has_value());
    clearReviews();
    m_shown = details;
    if (!details) {
        m_toolId.clear();
        return;
    }
    const Tool& tool = details->summary.tool;
    m_toolId = tool.id;
    {
        const QSignalBlocker quiet(m_watch);
        m_watch->setChecked(m_watched.contains(m_toolId));
        const QSignalBlocker quietShortlist(m_shortlist);
        m_shortlist->setChecked(m_shortlisted.contains(m_toolId));
    }
    updateWatchButton();
    updateShortlistButton();
    setHighlightedText(m_name, tool.name, m_terms);
    m_byline->setText(tool.category.isEmpty() ? tool.vendor
                                              : tr("%1 \u00b7 %2").arg(tool.vendor, tool.category));
    setHighlightedText(m_tagline, tool.tagline, m_terms);
    const QString none = QStringLiteral("\u2014");
    m_facts->setText(
        tr("Panel ship: %1\nCommunity: %2\nPricing: %3\nLicense: %4\nDeployment: %5\nParameters: %6")
            .arg(details->summary.panel.toDisplayString(), details->summary.community.toDisplayString(),
                 pricingLabel(tool.pricing), tool.license.isEmpty() ? none : tool.license,
                 tool.deployment.isEmpty() ? none : deploymentLabel(tool.deployment),
                 tool.parameterSizes.isEmpty() ? none : tool.parameterSizes.join(QStringLiteral(", "))));
    setHighlightedText(m_description, tool.description, m_terms);
    m_pricingRead->setVisible(!tool.pricingNote.isEmpty());
    setHighlightedText(m_pricingRead, tr("Pricing read: %1").arg(tool.pricingNote), m_terms);

    for (qsizetype i = 0; i < details->reviews.size(); ++i) {
        const Review& review = details->reviews.at(i);
        auto* card = new QFrame(m_reviews);
        card->setFrameShape(QFrame::StyledPanel);
        auto* cardLayout = new QVBoxLayout(card);
        auto* header = new QHBoxLayout;
        QLabel* lensName = makeBoldLabel(details->lenses.at(i).name, card);
        header->addWidget(makeVerdictBadge(review.verdict, card));
        header->addWidget(lensName, 1);
        cardLayout->addLayout(header);
        QLabel* text = makePlainLabel({}, card);
        setHighlightedText(text, review.text, m_terms);
        cardLayout->addWidget(text);
        if (!review.author.isEmpty()) {
            auto* author = makePlainLabel(tr("\u2014 %1").arg(review.author), card);
            author->setForegroundRole(QPalette::PlaceholderText);
            cardLayout->addWidget(author);
        }
        m_reviewsLayout->addWidget(card);
    }
    if (details->reviews.isEmpty())
        m_reviewsLayout->addWidget(makePlainLabel(tr("No reviews yet."), m_reviews));

    QStringList titles;
    for (const Comparison& comparison : details->comparisons)
        titles << QStringLiteral("\u2022 ") + comparison.title;
    m_comparisons->setVisible(!titles.isEmpty());
    m_comparisons->setText(tr("Compared in:\n%1").arg(titles.join(QLatin1Char('\n'))));
    verticalScrollBar()->setValue(0);
}

} // namespace sos
