// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonExport.h"

#include <QJsonArray>

namespace sos {

namespace {

QJsonValue optionalNumber(std::optional<int> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

} // namespace

QJsonObject toolSummaryToJson(const ToolSummary& summary)
{
    const Tool& tool = summary.tool;
    return QJsonObject{
        {QStringLiteral("id"), tool.id},
        {QStringLiteral("name"), tool.name},
        {QStringLiteral("vendor"), tool.vendor},
        {QStringLiteral("category"), tool.category},
        {QStringLiteral("tagline"), tool.tagline},
        {QStringLiteral("pricing"), enumName(tool.pricing)},
        {QStringLiteral("license"), tool.license},
        {QStringLiteral("deployment"), tool.deployment},
        {QStringLiteral("parameterSizes"), QJsonArray::fromStringList(tool.parameterSizes)},
        {QStringLiteral("panelShips"), summary.panel.ships},
        {QStringLiteral("panelReviews"), summary.panel.reviews},
        {QStringLiteral("panelShipPercent"), optionalNumber(summary.panel.percent())},
        {QStringLiteral("panelVerdict"), enumName(summary.panel.verdict())},
        {QStringLiteral("communityVotes"), summary.community.votes},
        {QStringLiteral("communityTotal"), summary.community.total},
        {QStringLiteral("communitySharePercent"), optionalNumber(summary.community.percent())},
        {QStringLiteral("updatedAt"), timestampToString(tool.updatedAt)},
    };
}

QJsonObject toolDetailsToJson(const ToolDetails& details)
{
    QJsonObject object = toolSummaryToJson(details.summary);
    object.insert(QStringLiteral("description"), details.summary.tool.description);
    object.insert(QStringLiteral("pricingNote"), details.summary.tool.pricingNote);
    QJsonArray reviews;
    for (qsizetype i = 0; i < details.reviews.size(); ++i) {
        const Review& review = details.reviews.at(i);
        reviews.append(QJsonObject{
            {QStringLiteral("id"), review.id},
            {QStringLiteral("lensId"), review.lensId},
            {QStringLiteral("lens"), details.lenses.at(i).name},
            {QStringLiteral("verdict"), enumName(review.verdict)},
            {QStringLiteral("text"), review.text},
            {QStringLiteral("author"), review.author},
            {QStringLiteral("updatedAt"), timestampToString(review.updatedAt)},
        });
    }
    object.insert(QStringLiteral("reviews"), reviews);
    QJsonArray comparisons;
    for (const Comparison& comparison : details.comparisons)
        comparisons.append(
            QJsonObject{{QStringLiteral("id"), comparison.id}, {QStringLiteral("title"), comparison.title}});
    object.insert(QStringLiteral("comparisons"), comparisons);
    return object;
}

QJsonObject comparisonToJson(const ComparisonSummary& summary, const QList<ToolSummary>& tools)
{
    QJsonArray toolArray;
    for (const ToolSummary& tool : tools)
        toolArray.append(toolSummaryToJson(tool));
    return QJsonObject{
        {QStringLiteral("id"), summary.comparison.id},
        {QStringLiteral("title"), summary.comparison.title},
        {QStringLiteral("toolIds"), QJsonArray::fromStringList(summary.comparison.toolIds)},
        {QStringLiteral("totalVotes"), summary.totalVotes},
        {QStringLiteral("tools"), toolArray},
        {QStringLiteral("updatedAt"), timestampToString(summary.comparison.updatedAt)},
    };
}

} // namespace sos
