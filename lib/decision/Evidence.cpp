// SPDX-License-Identifier: GPL-3.0-or-later
#include "Evidence.h"

namespace sos {

namespace {

QString verdictText(const std::optional<Verdict>& verdict)
{
    return verdict ? enumName(*verdict) : QString();
}

const EvidenceLens* findLens(const EvidenceTool& tool, const QString& lensId)
{
    for (const EvidenceLens& lens : tool.lenses) {
        if (lens.lensId == lensId)
            return &lens;
    }
    return nullptr;
}

QString nameOf(const EvidenceSnapshot& first, const EvidenceSnapshot& second, const QString& toolId)
{
    if (const EvidenceTool* tool = first.tool(toolId))
        return tool->name;
    if (const EvidenceTool* tool = second.tool(toolId))
        return tool->name;
    return toolId;
}

} // namespace

EvidenceSnapshot Evidence::snapshot(const ComparisonModel& model, const Store& store)
{
    EvidenceSnapshot snapshot;
    snapshot.feedId = store.meta().value(FeedMeta::Key::FeedId);
    snapshot.feedUrl = store.meta().value(FeedMeta::Key::FeedUrl);
    snapshot.lastSync = timestampFromString(store.meta().value(FeedMeta::Key::LastSyncAt));
    snapshot.appVersion = QStringLiteral(SHIPORSKIP_VERSION);
    snapshot.takenAt = QDateTime::currentDateTimeUtc();
    int leaderVotes = 0;
    bool leaderTied = false;
    for (int column = 0; column < model.toolCount(); ++column) {
        const ToolSummary& summary = model.tool(column).summary;
        EvidenceTool tool;
        tool.toolId = summary.tool.id;
        tool.name = summary.tool.name;
        tool.pricing = summary.tool.pricing;
        tool.pricingNote = summary.tool.pricingNote;
        tool.license = summary.tool.license;
        tool.deployment = summary.tool.deployment;
        tool.category = summary.tool.category;
        tool.panel = summary.panel;
        const CommunityFigure community = model.community(column);
        tool.community = {community.votes, community.total};
        for (const Lens& lens : model.lenses()) {
            EvidenceLens evidence{lens.id, lens.name, model.verdict(lens.id, column), {}};
            for (const Review& review : model.reviews(lens.id, column))
                evidence.reviewIds << review.id;
            tool.lenses << evidence;
        }
        if (community.votes > leaderVotes) {
            snapshot.communityLeaderId = tool.toolId;
            leaderVotes = community.votes;
            leaderTied = false;
        } else if (community.votes == leaderVotes && leaderVotes > 0) {
            leaderTied = true;
        }
        snapshot.tools << tool;
    }
    if (leaderTied)
        snapshot.communityLeaderId.clear();
    return snapshot;
}

QList<EvidenceChange> Evidence::changes(const EvidenceSnapshot& then, const EvidenceSnapshot& now)
{
    QList<EvidenceChange> changes;
    for (const EvidenceTool& before : then.tools) {
        const EvidenceTool* after = now.tool(before.toolId);
        auto change = [&](EvidenceChange::Field field, const QString& was, const QString& is) {
            if (was != is)
                changes << EvidenceChange{before.toolId, field, {}, was, is, before.name, {}, {}, {}};
        };
        if (!after) {
            change(EvidenceChange::Field::Tool, before.name, QString());
            continue;
        }
        change(EvidenceChange::Field::Pricing, enumName(before.pricing), enumName(after->pricing));
        change(EvidenceChange::Field::PricingNote, before.pricingNote, after->pricingNote);
        change(EvidenceChange::Field::License, before.license, after->license);
        change(EvidenceChange::Field::Deployment, before.deployment, after->deployment);
        change(EvidenceChange::Field::Category, before.category, after->category);

        // Lens by lens, then's lenses first and new ones after. A flipped verdict is one change, even
        // when a new scorecard flipped it; a scorecard that leaves the verdict as it was is its own.
        QList<const EvidenceLens*> lenses;
        for (const EvidenceLens& lens : before.lenses)
            lenses << &lens;
        for (const EvidenceLens& lens : after->lenses) {
            if (!findLens(before, lens.lensId))
                lenses << &lens;
        }
        for (const EvidenceLens* lens : lenses) {
            const EvidenceLens* was = findLens(before, lens->lensId);
            const EvidenceLens* is = findLens(*after, lens->lensId);
            const std::optional<Verdict> wasVerdict = was ? was->verdict : std::nullopt;
            const std::optional<Verdict> isVerdict = is ? is->verdict : std::nullopt;
            const qsizetype wasCount = was ? was->reviewIds.size() : 0;
            const qsizetype isCount = is ? is->reviewIds.size() : 0;
            if (wasVerdict != isVerdict) {
                changes << EvidenceChange{before.toolId,
                                          EvidenceChange::Field::Verdict,
                                          lens->lensId,
                                          verdictText(wasVerdict),
                                          verdictText(isVerdict),
                                          before.name,
                                          lens->lensName,
                                          {},
                                          {}};
            } else if (wasCount != isCount) {
                changes << EvidenceChange{before.toolId,
                                          EvidenceChange::Field::Scorecards,
                                          lens->lensId,
                                          QString::number(wasCount),
                                          QString::number(isCount),
                                          before.name,
                                          lens->lensName,
                                          {},
                                          {}};
            }
        }
    }
    if (then.communityLeaderId != now.communityLeaderId) {
        EvidenceChange leader{{},
                              EvidenceChange::Field::CommunityLeader,
                              {},
                              then.communityLeaderId,
                              now.communityLeaderId,
                              {},
                              {},
                              {},
                              {}};
        if (!then.communityLeaderId.isEmpty())
            leader.beforeLabel = nameOf(then, now, then.communityLeaderId);
        if (!now.communityLeaderId.isEmpty())
            leader.afterLabel = nameOf(now, then, now.communityLeaderId);
        changes << leader;
    }
    return changes;
}

} // namespace sos
