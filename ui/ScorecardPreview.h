// SPDX-License-Identifier: GPL-3.0-or-later
// The draft as readers will see it, drawn by the comparison view's own scorecard function, above
// the scorecards already published for the same tool through the same lens.
#pragma once

#include <drafts/Drafts.h>

#include <QMap>
#include <QScrollArea>

class QVBoxLayout;

namespace sos {

class Store;

class ScorecardPreview final : public QScrollArea
{
    Q_OBJECT

public:
    explicit ScorecardPreview(Store& store, QWidget* parent = nullptr);

    void showDraft(const Draft& draft, const QString& toolName, const QString& lensName);
    void clear();
    // The published scorecards are read from the store again next time (after a sync).
    void forgetPublished();

private:
    Store& m_store;
    QWidget* m_page = nullptr;
    QVBoxLayout* m_layout = nullptr;
    QMap<QString, QList<Review>> m_panelReviews; // tool id -> its reviews
};

} // namespace sos
