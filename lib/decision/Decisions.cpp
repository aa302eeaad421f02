// SPDX-License-Identifier: GPL-3.0-or-later
#include "Decisions.h"

#include "Evidence.h"
#include "ProfileInput.h"

#include <QJsonArray>

namespace sos {

namespace {

// The evidence of a decision's tools as the store holds them now. Tools that left the catalog are
// missing from it (Evidence::changes says so); with fewer than two left there is nothing to compare.
EvidenceSnapshot snapshotNow(const Store& store, const Decision& decision)
{
    QStringList present;
    for (const EvidenceTool& tool : decision.snapshot.tools) {
        if (store.catalog().findToolId(tool.toolId) == tool.toolId)
            present << tool.toolId;
    }
    auto model = present.size() == decision.snapshot.tools.size()
                     ? ComparisonModel::loadComparison(store, decision.comparisonId)
                     : Result<ComparisonModel>(Error{{}, Error::Kind::NotFound});
    if (!model || model->toolIds() != present)
        model = ComparisonModel::loadTools(store, present);
    if (!model)
        return {};
    EvidenceSnapshot now = Evidence::snapshot(model.value(), store);
    if (model->comparisonId() != decision.comparisonId)
        now.communityLeaderId = decision.snapshot.communityLeaderId; // no vote to compare with
    return now;
}

DecisionStatus statusOf(const Store& store, const Decision& decision, qint64 supersededBy,
                        const EvidenceSnapshot& now)
{
    DecisionStatus status;
    status.decision = decision;
    status.supersededBy = supersededBy;
    const EvidenceTool* chosen = decision.snapshot.tool(decision.toolId);
    status.toolName = chosen ? chosen->name : decision.toolId;
    const auto comparison = store.catalog().findComparison(decision.comparisonId);
    status.comparisonTitle = comparison ? comparison->comparison.title : decision.comparisonId;
    status.changesSince = Evidence::changes(decision.snapshot, now);
    return status;
}

// Statuses of decisions given newest first, each knowing the next decision on its comparison.
QList<DecisionStatus> statusesOf(const Store& store, const QList<Decision>& decisions)
{
    QList<DecisionStatus> statuses;
    QMap<QString, qint64> newer; // comparison -> the decision after the one at hand
    // The evidence now, read once per comparison and set of tools: a comparison's decisions share it.
    QMap<QString, EvidenceSnapshot> now;
    for (const Decision& decision : decisions) {
        QStringList tools;
        for (const EvidenceTool& tool : decision.snapshot.tools)
            tools << tool.toolId;
        const QString key = decision.comparisonId + QLatin1Char('\n') + tools.join(QLatin1Char(','));
        if (!now.contains(key))
            now.insert(key, snapshotNow(store, decision));
        statuses << statusOf(store, decision, newer.value(decision.comparisonId, 0), now.value(key));
        newer.insert(decision.comparisonId, decision.id);
    }
    return statuses;
}

} // namespace

QJsonObject DecisionStatus::toJson() const
{
    QJsonObject object = decision.toJson();
    QJsonArray changes;
    for (const EvidenceChange& change : changesSince)
        changes.append(change.toJson());
    object.insert(QStringLiteral("toolName"), toolName);
    object.insert(QStringLiteral("comparisonTitle"), comparisonTitle);
    object.insert(QStringLiteral("evidenceChanged"), evidenceChanged());
    object.insert(QStringLiteral("changesSince"), changes);
    object.insert(QStringLiteral("supersededBy"), supersededBy > 0 ? QJsonValue(supersededBy) : QJsonValue());
    return object;
}

Result<Decision> Decisions::decide(Store& store, const Request& request)
{
    if (request.by.trimmed().isEmpty())
        return Error{tr("Say who decided: a decision needs a name.")};
    if (request.rationale.trimmed().isEmpty())
        return Error{tr("Write a rationale: a decision needs the reason for it.")};
    auto model = ComparisonModel::loadComparison(store, request.comparison);
    if (!model)
        return model.error();
    std::optional<int> chosen;
    QStringList names;
    for (int column = 0; column < model->toolCount(); ++column) {
        const Tool& tool = model->tool(column).summary.tool;
        names << tool.name;
        if (tool.id.compare(request.tool.trimmed(), Qt::CaseInsensitive) == 0 ||
            tool.name.compare(request.tool.trimmed(), Qt::CaseInsensitive) == 0)
            chosen = column;
    }
    if (!chosen) {
        return Error{tr("\u201c%1\u201d is not one of the tools of \u201c%2\u201d: choose one of %3.")
                         .arg(request.tool.trimmed(), model->title(), names.join(QStringLiteral(", "))),
                     Error::Kind::NotFound};
    }
    const auto profile = ProfileInput::chosen(store, request.profile);
    if (!profile)
        return profile.error();

    Decision decision;
    decision.comparisonId = model->comparisonId();
    decision.toolId = model->tool(*chosen).summary.tool.id;
    decision.by = request.by.trimmed();
    decision.rationale = request.rationale.trimmed();
    decision.decidedAt = QDateTime::currentDateTimeUtc();
    decision.profile = profile.value();
    decision.snapshot = Evidence::snapshot(model.value(), store);
    return store.decisions().recordDecision(decision);
}

QList<DecisionStatus> Decisions::statuses(const Store& store, const QString& comparisonId)
{
    return statusesOf(store, store.decisions().decisions(comparisonId));
}

std::optional<DecisionStatus> Decisions::status(const Store& store, qint64 decisionId)
{
    const auto decision = store.decisions().decision(decisionId);
    if (!decision)
        return std::nullopt;
    for (const DecisionStatus& status : statuses(store, decision->comparisonId)) {
        if (status.decision.id == decisionId)
            return status;
    }
    return std::nullopt;
}

std::optional<DecisionStatus> Decisions::latest(const Store& store, const QString& comparisonId)
{
    const auto decision = store.decisions().latestDecision(comparisonId);
    if (!decision)
        return std::nullopt;
    return statusOf(store, *decision, 0, snapshotNow(store, *decision));
}

} // namespace sos
