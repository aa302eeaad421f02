// SPDX-License-Identifier: GPL-3.0-or-later
// A comparison of two to four tools, computed once from the store: the tools in column order, the
// lenses aligned across them, every derived figure, and the data behind each chart. The comparison
// view, the CLI and the PDF report all present this model; none of them computes a figure itself.
#pragma once

#include <store/Store.h>

#include <QCoreApplication>
#include <QJsonObject>

namespace sos {

// The community figure of one tool in one comparison: the feed's tallies only. The user's own vote,
// while the feed has not counted it yet, is never in these figures: it is said apart.
struct CommunityFigure
{
    int votes = 0;
    int total = 0;
    bool myPendingVote = false; // the user's vote, not counted yet, is for this tool

    std::optional<int> percent() const
    {
        return total > 0 ? std::optional<int>(roundedPercent(votes, total)) : std::nullopt;
    }
};

struct PanelSplitBar
{
    QString toolName;
    int ships = 0;
    int skips = 0;
};

struct HistorySeries
{
    QString toolId;
    QString toolName;
    QList<std::pair<QDateTime, int>> points; // oldest first
};

class ComparisonModel final
{
    Q_DECLARE_TR_FUNCTIONS(sos::ComparisonModel)

public:
    static constexpr int minimumTools = 2;
    static constexpr int maximumTools = 4;
    // Under this many votes in all, a share or a pie says less than the counts written out.
    static constexpr int handfulOfVotes = 10;

    // A published comparison, by id or title.
    static Result<ComparisonModel> loadComparison(const Store& store, const QString& idOrTitle);
    // Any two to four tools, by id or name; when they are exactly a published comparison's tools, its
    // community vote comes along.
    static Result<ComparisonModel> loadTools(const Store& store, const QStringList& idsOrNames);

    QString comparisonId() const { return m_comparisonId; } // empty for an ad-hoc set
    bool isPublished() const { return !m_comparisonId.isEmpty(); }
    QString title() const { return m_title; }
    QStringList toolIds() const;
    int toolCount() const { return static_cast<int>(m_tools.size()); }
    const ToolDetails& tool(int column) const { return m_tools.at(column); }
    const QList<Lens>& lenses() const { return m_lenses; }

    // The reviews of one tool through one lens (usually one; published scorecards may add more).
    QList<Review> reviews(const QString& lensId, int column) const;
    // The lens's verdict on a tool: the newest review's; none when the lens has not reviewed it.
    std::optional<Verdict> verdict(const QString& lensId, int column) const;
    // Lenses whose verdicts are not the same for every tool (a missing review differs too).
    QStringList differingLensIds() const;
    // Where a tool loses, one line: "Skipped by Buyer." / "Not reviewed by Futurist." / "No lens skips it."
    QString lossSummary(int column) const;

    PanelScore panel(int column) const { return m_tools.at(column).summary.panel; }
    CommunityFigure community(int column) const;
    bool voteSplitWorthAChart() const { return communityTotal() >= handfulOfVotes; }
    int communityTotal() const; // the feed's votes in this comparison, without the user's pending one
    const std::optional<MyVote>& myVote() const { return m_myVote; }

    // Chart data.
    QList<PanelSplitBar> panelSplit() const;
    QList<HistorySeries> voteHistory() const;
    int voteHistoryPointCount() const; // distinct moments with a tally

    QJsonObject toJson() const;

private:
    static Result<ComparisonModel> build(const Store& store, const QStringList& toolIds,
                                         const QString& comparisonId, const QString& title);

    QString m_comparisonId;
    QString m_title;
    QList<ToolDetails> m_tools;
    QList<Lens> m_lenses;
    QList<Tally> m_tallies;
    QList<TallyPoint> m_history;
    std::optional<MyVote> m_myVote;
};

} // namespace sos
