// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparisonModel.h"

#include "JsonExport.h"
#include <base/TextMatch.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <map>

namespace sos {

Result<ComparisonModel> ComparisonModel::loadComparison(const Store& store, const QString& idOrTitle)
{
    const auto summary = store.catalog().findComparison(idOrTitle);
    if (!summary) {
        QStringList titles;
        for (const ComparisonSummary& comparison : store.catalog().comparisons())
            titles << comparison.comparison.title;
        return Error{
            withSuggestions(tr("There is no comparison named \"%1\".").arg(idOrTitle), idOrTitle, titles),
            Error::Kind::NotFound};
    }
    if (summary->comparison.toolIds.size() < minimumTools) {
        return Error{tr("The comparison \"%1\" has fewer than %2 tools left in the catalog.")
                         .arg(summary->comparison.title)
                         .arg(minimumTools),
                     Error::Kind::NotFound};
    }
    return build(store, summary->comparison.toolIds, summary->comparison.id, summary->comparison.title);
}

Result<ComparisonModel> ComparisonModel::loadTools(const Store& store, const QStringList& idsOrNames)
{
    QStringList ids;
    for (const QString& wanted : idsOrNames) {
        const auto id = store.catalog().findToolId(wanted);
        if (!id)
            return Error{withSuggestions(tr("There is no tool named \"%1\".").arg(wanted), wanted,
                                         store.catalog().allToolNames()),
                         Error::Kind::NotFound};
        if (ids.contains(*id))
            return Error{tr("\"%1\" is named twice: a comparison needs different tools.").arg(wanted)};
        ids << *id;
    }
    if (ids.size() < minimumTools || ids.size() > maximumTools)
        return Error{tr("A comparison takes %1 to %2 tools, not %3.")
                         .arg(minimumTools)
                         .arg(maximumTools)
                         .arg(ids.size())};

    // The same set as a published comparison: use it, for its title and its community vote.
    if (const auto published = store.catalog().findComparisonOfTools(ids))
        return build(store, ids, published->comparison.id, published->comparison.title);
    return build(store, ids, {}, {});
}

Result<ComparisonModel> ComparisonModel::build(const Store& store, const QStringList& toolIds,
                                               const QString& comparisonId, const QString& title)
{
    ComparisonModel model;
    model.m_comparisonId = comparisonId;
    QStringList names;
    std::map<std::pair<int, QString>, Lens> lenses; // by (position, id)
    for (const QString& id : toolIds) {
        auto details = store.catalog().toolDetails(id);
        if (!details)
            return Error{tr("The tool \"%1\" is no longer in the catalog.").arg(id), Error::Kind::NotFound};
        for (const Lens& lens : details->lenses)
            lenses.emplace(std::pair{lens.position, lens.id}, lens);
        names << details->summary.tool.name;
        model.m_tools << std::move(*details);
    }
    for (const auto& [key, lens] : lenses)
        model.m_lenses << lens;
    model.m_title = title.isEmpty() ? names.join(tr(" vs ")) : title;
    if (!comparisonId.isEmpty()) {
        model.m_tallies = store.catalog().tallies(comparisonId);
        model.m_history = store.catalog().tallyHistory(comparisonId);
        model.m_myVote = store.outbox().myVote(comparisonId);
    }
    return model;
}

QStringList ComparisonModel::toolIds() const
{
    QStringList ids;
    for (const ToolDetails& tool : m_tools)
        ids << tool.summary.tool.id;
    return ids;
}

QList<Review> ComparisonModel::reviews(const QString& lensId, int column) const
{
    QList<Review> list;
    for (const Review& review : m_tools.at(column).reviews) {
        if (review.lensId == lensId)
            list << review;
    }
    return list;
}

std::optional<Verdict> ComparisonModel::verdict(const QString& lensId, int column) const
{
    const QList<Review> list = reviews(lensId, column);
    if (list.isEmpty())
        return std::nullopt;
    const auto newest = std::max_element(
        list.begin(), list.end(), [](const Review& a, const Review& b) { return a.updatedAt < b.updatedAt; });
    return newest->verdict;
}

QStringList ComparisonModel::differingLensIds() const
{
    QStringList ids;
    for (const Lens& lens : m_lenses) {
        const std::optional<Verdict> first = verdict(lens.id, 0);
        for (int column = 1; column < toolCount(); ++column) {
            if (verdict(lens.id, column) != first || !first) {
                ids << lens.id;
                break;
            }
        }
    }
    return ids;
}

QString ComparisonModel::lossSummary(int column) const
{
    QStringList skipping;
    QStringList unreviewed;
    for (const Lens& lens : m_lenses) {
        const std::optional<Verdict> lensVerdict = verdict(lens.id, column);
        if (!lensVerdict)
            unreviewed << lens.name;
        else if (*lensVerdict == Verdict::Skip)
            skipping << lens.name;
    }
    const QString separator = tr(", ");
    QStringList parts;
    if (!skipping.isEmpty())
        parts << tr("Skipped by %1.").arg(skipping.join(separator));
    if (!unreviewed.isEmpty())
        parts << tr("Not reviewed by %1.").arg(unreviewed.join(separator));
    return parts.isEmpty() ? tr("No lens skips it.") : parts.join(QLatin1Char(' '));
}

CommunityFigure ComparisonModel::community(int column) const
{
    CommunityFigure figure;
    if (!isPublished())
        return figure;
    const QString& toolId = m_tools.at(column).summary.tool.id;
    for (const Tally& tally : m_tallies) {
        if (tally.toolId == toolId)
            figure.votes += tally.votes;
    }
    figure.myPendingVote = m_myVote && m_myVote->awaitingFeed() && m_myVote->toolId == toolId;
    figure.total = communityTotal();
    return figure;
}

int ComparisonModel::communityTotal() const
{
    if (!isPublished())
        return 0;
    int total = 0;
    for (const Tally& tally : m_tallies)
        total += tally.votes;
    return total;
}

QList<PanelSplitBar> ComparisonModel::panelSplit() const
{
    QList<PanelSplitBar> bars;
    for (const ToolDetails& tool : m_tools) {
        const PanelScore& score = tool.summary.panel;
        bars << PanelSplitBar{tool.summary.tool.name, score.ships, score.reviews - score.ships};
    }
    return bars;
}

QList<HistorySeries> ComparisonModel::voteHistory() const
{
    QList<HistorySeries> series;
    for (const ToolDetails& tool : m_tools) {
        HistorySeries line{tool.summary.tool.id, tool.summary.tool.name, {}};
        for (const TallyPoint& point : m_history) {
            if (point.toolId == line.toolId)
                line.points.append({point.recordedAt, point.votes});
        }
        series << line;
    }
    return series;
}

int ComparisonModel::voteHistoryPointCount() const
{
    QSet<QDateTime> moments;
    for (const TallyPoint& point : m_history)
        moments.insert(point.recordedAt);
    return static_cast<int>(moments.size());
}

QJsonObject ComparisonModel::toJson() const
{
    QJsonArray tools;
    for (int column = 0; column < toolCount(); ++column) {
        QJsonObject tool = toolSummaryToJson(m_tools.at(column).summary);
        const CommunityFigure figure = community(column);
        tool.insert(QStringLiteral("communityVotes"), figure.votes);
        tool.insert(QStringLiteral("communityTotal"), figure.total);
        tool.insert(QStringLiteral("communitySharePercent"),
                    figure.percent() ? QJsonValue(*figure.percent()) : QJsonValue());
        // Kept for scripts that read it: the figures never include the pending vote any more.
        tool.insert(QStringLiteral("communityIncludesMyPendingVote"), false);
        tool.insert(QStringLiteral("myPendingVote"), figure.myPendingVote);
        tool.insert(QStringLiteral("pricingNote"), m_tools.at(column).summary.tool.pricingNote);
        tools.append(tool);
    }
    const QStringList differing = differingLensIds();
    QJsonArray lenses;
    for (const Lens& lens : m_lenses) {
        QJsonArray verdicts;
        for (int column = 0; column < toolCount(); ++column) {
            QJsonArray reviewArray;
            for (const Review& review : reviews(lens.id, column)) {
                reviewArray.append(
                    QJsonObject{{QStringLiteral("id"), review.id},
                                {QStringLiteral("verdict"), enumName(review.verdict)},
                                {QStringLiteral("text"), review.text},
                                {QStringLiteral("author"), review.author},
                                {QStringLiteral("updatedAt"), timestampToString(review.updatedAt)}});
            }
            const auto lensVerdict = verdict(lens.id, column);
            verdicts.append(QJsonObject{
                {QStringLiteral("toolId"), m_tools.at(column).summary.tool.id},
                {QStringLiteral("verdict"), lensVerdict ? QJsonValue(enumName(*lensVerdict)) : QJsonValue()},
                {QStringLiteral("reviews"), reviewArray}});
        }
        lenses.append(QJsonObject{{QStringLiteral("id"), lens.id},
                                  {QStringLiteral("name"), lens.name},
                                  {QStringLiteral("verdictsDiffer"), differing.contains(lens.id)},
                                  {QStringLiteral("tools"), verdicts}});
    }
    QJsonObject object{
        {QStringLiteral("id"), m_comparisonId.isEmpty() ? QJsonValue() : QJsonValue(m_comparisonId)},
        {QStringLiteral("title"), m_title},
        {QStringLiteral("published"), isPublished()},
        {QStringLiteral("toolIds"), QJsonArray::fromStringList(toolIds())},
        {QStringLiteral("tools"), tools},
        {QStringLiteral("lenses"), lenses},
        {QStringLiteral("totalVotes"), communityTotal()},
    };
    if (m_myVote) {
        object.insert(QStringLiteral("myVote"),
                      QJsonObject{{QStringLiteral("toolId"), m_myVote->toolId},
                                  {QStringLiteral("state"), enumName(m_myVote->state)}});
    }
    return object;
}

} // namespace sos
