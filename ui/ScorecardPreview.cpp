// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScorecardPreview.h"

#include "EditorText.h"
#include "Scorecard.h"
#include "ToolDetailsView.h"
#include <store/Store.h>

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace sos {

namespace {

QFrame* previewCard(QWidget* parent)
{
    auto* frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    return frame;
}

} // namespace

ScorecardPreview::ScorecardPreview(Store& store, QWidget* parent)
    : QScrollArea(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("scorecardPreview"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(EditorText::tr("Preview"));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the cards wrap instead
    m_page = new QWidget(this);
    m_layout = new QVBoxLayout(m_page);
    setWidget(m_page);
}

void ScorecardPreview::clear()
{
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void ScorecardPreview::forgetPublished()
{
    m_panelReviews.clear();
}

void ScorecardPreview::showDraft(const Draft& draft, const QString& toolName, const QString& lensName)
{
    clear();
    m_layout->addWidget(
        makeBoldLabel(EditorText::tr("Preview \u2014 as the comparison view will show it"), m_page));
    QFrame* card = previewCard(m_page);
    card->setObjectName(QStringLiteral("previewCard"));
    auto* cardLayout = new QVBoxLayout(card);
    Review review;
    review.toolId = draft.toolId;
    review.lensId = Drafts::feedLensId(draft);
    review.verdict = draft.verdict.value_or(Verdict::Ship);
    review.text = Drafts::publishedText(draft);
    review.author = draft.author.trimmed().isEmpty() ? EditorText::tr("(your name)") : draft.author.trimmed();
    review.updatedAt = QDateTime::currentDateTimeUtc();
    addScorecard(cardLayout, review, toolName, card, draft.verdict.has_value());
    m_layout->addWidget(card);

    if (!m_panelReviews.contains(draft.toolId)) {
        const auto details = m_store.catalog().toolDetails(draft.toolId);
        m_panelReviews.insert(draft.toolId, details ? details->reviews : QList<Review>());
    }
    QList<Review> same;
    for (const Review& existing : m_panelReviews.value(draft.toolId)) {
        if (existing.lensId == review.lensId && existing.id != draft.publishedId)
            same << existing;
    }
    m_layout->addWidget(
        makeBoldLabel(EditorText::tr("Already published through the %1 lens").arg(lensName), m_page));
    if (same.isEmpty())
        m_layout->addWidget(makePlainLabel(EditorText::tr("Nothing yet: yours would be the first."), m_page));
    for (const Review& existing : std::as_const(same)) {
        QFrame* frame = previewCard(m_page);
        auto* layout = new QVBoxLayout(frame);
        addScorecard(layout, existing, toolName, frame);
        m_layout->addWidget(frame);
    }
    m_layout->addStretch(1);
}

} // namespace sos
