// SPDX-License-Identifier: GPL-3.0-or-later
#include "Decision.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sos {

namespace {

QJsonValue optionalTimestamp(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(timestampToString(time)) : QJsonValue();
}

QJsonObject panelToJson(const PanelScore& panel)
{
    return {{QStringLiteral("ships"), panel.ships}, {QStringLiteral("reviews"), panel.reviews}};
}

QJsonObject communityToJson(const CommunityShare& share)
{
    return {{QStringLiteral("votes"), share.votes}, {QStringLiteral("total"), share.total}};
}

} // namespace

QString toolFieldLabel(ToolField field)
{
    switch (field) {
    case ToolField::Pricing:
        return QCoreApplication::translate("sos::Decision", "pricing");
    case ToolField::License:
        return QCoreApplication::translate("sos::Decision", "license");
    case ToolField::Deployment:
        return QCoreApplication::translate("sos::Decision", "deployment");
    case ToolField::Category:
        return QCoreApplication::translate("sos::Decision", "category");
    }
    return {};
}

QString toolFieldValue(const Tool& tool, ToolField field)
{
    switch (field) {
    case ToolField::Pricing:
        return enumName(tool.pricing);
    case ToolField::License:
        return tool.license;
    case ToolField::Deployment:
        return tool.deployment;
    case ToolField::Category:
        return tool.category;
    }
    return {};
}

bool MustHave::isMetBy(const Tool& tool) const
{
    const QString value = toolFieldValue(tool, field);
    return std::any_of(values.begin(), values.end(), [&](const QString& wanted) {
        return wanted.compare(value, Qt::CaseInsensitive) == 0;
    });
}

QString MustHave::toDisplayString() const
{
    if (values.size() == 1)
        return QCoreApplication::translate("sos::Decision", "%1 is %2")
            .arg(toolFieldLabel(field), values.first());
    return QCoreApplication::translate("sos::Decision", "%1 is one of %2")
        .arg(toolFieldLabel(field), values.join(QStringLiteral(", ")));
}

QString MustHave::toOptionString() const
{
    return enumName(field) + QLatin1Char('=') + values.join(QLatin1Char('|'));
}

CriteriaProfile CriteriaProfile::equalWeights()
{
    CriteriaProfile profile;
    profile.name = equalWeightsName();
    return profile;
}

QString CriteriaProfile::equalWeightsName()
{
    return QStringLiteral("Equal weights");
}

QString CriteriaProfile::displayNameOf(const QString& profileName)
{
    if (profileName == equalWeightsName())
        return QCoreApplication::translate("sos::Decision", "Equal weights");
    return profileName;
}

QJsonObject CriteriaProfile::toJson() const
{
    QJsonObject weights;
    for (auto it = lensWeights.begin(); it != lensWeights.end(); ++it)
        weights.insert(it.key(), it.value());
    QJsonArray requirements;
    for (const MustHave& mustHave : mustHaves) {
        requirements.append(
            QJsonObject{{QStringLiteral("field"), enumName(mustHave.field)},
                        {QStringLiteral("values"), QJsonArray::fromStringList(mustHave.values)}});
    }
    return {{QStringLiteral("name"), name},
            {QStringLiteral("weights"), weights},
            {QStringLiteral("requires"), requirements},
            {QStringLiteral("communityWeight"), communityWeight},
            {QStringLiteral("default"), isDefault}};
}

CriteriaProfile CriteriaProfile::fromJson(const QJsonObject& object)
{
    CriteriaProfile profile;
    profile.name = object.value(QStringLiteral("name")).toString();
    const QJsonObject weights = object.value(QStringLiteral("weights")).toObject();
    for (auto it = weights.begin(); it != weights.end(); ++it)
        profile.lensWeights.insert(it.key(), it.value().toInt(defaultWeight));
    for (const QJsonValue& value : object.value(QStringLiteral("requires")).toArray()) {
        const QJsonObject item = value.toObject();
        const auto field = enumFromName<ToolField>(item.value(QStringLiteral("field")).toString());
        if (!field)
            continue;
        MustHave mustHave{*field, {}};
        for (const QJsonValue& wanted : item.value(QStringLiteral("values")).toArray())
            mustHave.values << wanted.toString();
        profile.mustHaves << mustHave;
    }
    profile.communityWeight = object.value(QStringLiteral("communityWeight")).toInt(0);
    profile.isDefault = object.value(QStringLiteral("default")).toBool(false);
    return profile;
}

const EvidenceTool* EvidenceSnapshot::tool(const QString& toolId) const
{
    for (const EvidenceTool& candidate : tools) {
        if (candidate.toolId == toolId)
            return &candidate;
    }
    return nullptr;
}

QJsonObject EvidenceSnapshot::toJson() const
{
    QJsonArray toolArray;
    for (const EvidenceTool& tool : tools) {
        QJsonArray lensArray;
        for (const EvidenceLens& lens : tool.lenses) {
            lensArray.append(
                QJsonObject{{QStringLiteral("lensId"), lens.lensId},
                            {QStringLiteral("lensName"), lens.lensName},
                            {QStringLiteral("verdict"),
                             lens.verdict ? QJsonValue(enumName(*lens.verdict)) : QJsonValue()},
                            {QStringLiteral("reviewIds"), QJsonArray::fromStringList(lens.reviewIds)}});
        }
        toolArray.append(QJsonObject{{QStringLiteral("toolId"), tool.toolId},
                                     {QStringLiteral("name"), tool.name},
                                     {QStringLiteral("pricing"), enumName(tool.pricing)},
                                     {QStringLiteral("pricingNote"), tool.pricingNote},
                                     {QStringLiteral("license"), tool.license},
                                     {QStringLiteral("deployment"), tool.deployment},
                                     {QStringLiteral("category"), tool.category},
                                     {QStringLiteral("panel"), panelToJson(tool.panel)},
                                     {QStringLiteral("community"), communityToJson(tool.community)},
                                     {QStringLiteral("lenses"), lensArray}});
    }
    return {
        {QStringLiteral("feedId"), feedId},
        {QStringLiteral("feedUrl"), feedUrl},
        {QStringLiteral("lastSync"), optionalTimestamp(lastSync)},
        {QStringLiteral("appVersion"), appVersion},
        {QStringLiteral("takenAt"), optionalTimestamp(takenAt)},
        {QStringLiteral("communityLeader"), communityLeaderId.isEmpty() ? QJsonValue() : communityLeaderId},
        {QStringLiteral("tools"), toolArray}};
}

EvidenceSnapshot EvidenceSnapshot::fromJson(const QJsonObject& object)
{
    EvidenceSnapshot snapshot;
    snapshot.feedId = object.value(QStringLiteral("feedId")).toString();
    snapshot.feedUrl = object.value(QStringLiteral("feedUrl")).toString();
    snapshot.lastSync = timestampFromString(object.value(QStringLiteral("lastSync")).toString());
    snapshot.appVersion = object.value(QStringLiteral("appVersion")).toString();
    snapshot.takenAt = timestampFromString(object.value(QStringLiteral("takenAt")).toString());
    snapshot.communityLeaderId = object.value(QStringLiteral("communityLeader")).toString();
    for (const QJsonValue& value : object.value(QStringLiteral("tools")).toArray()) {
        const QJsonObject item = value.toObject();
        EvidenceTool tool;
        tool.toolId = item.value(QStringLiteral("toolId")).toString();
        tool.name = item.value(QStringLiteral("name")).toString();
        tool.pricing =
            enumFromName<Pricing>(item.value(QStringLiteral("pricing")).toString()).value_or(Pricing::Free);
        tool.pricingNote = item.value(QStringLiteral("pricingNote")).toString();
        tool.license = item.value(QStringLiteral("license")).toString();
        tool.deployment = item.value(QStringLiteral("deployment")).toString();
        tool.category = item.value(QStringLiteral("category")).toString();
        const QJsonObject panel = item.value(QStringLiteral("panel")).toObject();
        tool.panel = {panel.value(QStringLiteral("ships")).toInt(),
                      panel.value(QStringLiteral("reviews")).toInt()};
        const QJsonObject community = item.value(QStringLiteral("community")).toObject();
        tool.community = {community.value(QStringLiteral("votes")).toInt(),
                          community.value(QStringLiteral("total")).toInt()};
        for (const QJsonValue& lensValue : item.value(QStringLiteral("lenses")).toArray()) {
            const QJsonObject lensObject = lensValue.toObject();
            EvidenceLens lens;
            lens.lensId = lensObject.value(QStringLiteral("lensId")).toString();
            lens.lensName = lensObject.value(QStringLiteral("lensName")).toString();
            lens.verdict = enumFromName<Verdict>(lensObject.value(QStringLiteral("verdict")).toString());
            for (const QJsonValue& id : lensObject.value(QStringLiteral("reviewIds")).toArray())
                lens.reviewIds << id.toString();
            tool.lenses << lens;
        }
        snapshot.tools << tool;
    }
    return snapshot;
}

QJsonObject Decision::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("comparisonId"), comparisonId},
            {QStringLiteral("toolId"), toolId},
            {QStringLiteral("by"), by},
            {QStringLiteral("rationale"), rationale},
            {QStringLiteral("decidedAt"), timestampToString(decidedAt)},
            {QStringLiteral("profile"), profile.toJson()},
            {QStringLiteral("snapshot"), snapshot.toJson()}};
}

QString EvidenceChange::toDisplayString() const
{
    const QString none = QCoreApplication::translate("sos::Decision", "none");
    const QString from = before.isEmpty() ? none : before;
    const QString to = after.isEmpty() ? none : after;
    switch (field) {
    case Field::Verdict:
        return QCoreApplication::translate("sos::Decision", "%1, %2: %3 \u2192 %4")
            .arg(toolName, lensName,
                 before.isEmpty() ? QCoreApplication::translate("sos::Decision", "not reviewed") : before,
                 after.isEmpty() ? QCoreApplication::translate("sos::Decision", "not reviewed") : after);
    case Field::Scorecards:
        return QCoreApplication::translate("sos::Decision", "%1, %2: scorecards %3 \u2192 %4")
            .arg(toolName, lensName, from, to);
    case Field::Tool:
        return QCoreApplication::translate("sos::Decision", "%1 left the catalog").arg(toolName);
    case Field::CommunityLeader:
        return QCoreApplication::translate("sos::Decision", "Community leader: %1 \u2192 %2")
            .arg(beforeLabel.isEmpty() ? from : beforeLabel, afterLabel.isEmpty() ? to : afterLabel);
    case Field::Pricing:
        return QCoreApplication::translate("sos::Decision", "%1, pricing: %2 \u2192 %3")
            .arg(toolName, from, to);
    case Field::PricingNote:
        return QCoreApplication::translate("sos::Decision", "%1, pricing read: %2 \u2192 %3")
            .arg(toolName, from, to);
    case Field::License:
        return QCoreApplication::translate("sos::Decision", "%1, license: %2 \u2192 %3")
            .arg(toolName, from, to);
    case Field::Deployment:
        return QCoreApplication::translate("sos::Decision", "%1, deployment: %2 \u2192 %3")
            .arg(toolName, from, to);
    case Field::Category:
        return QCoreApplication::translate("sos::Decision", "%1, category: %2 \u2192 %3")
            .arg(toolName, from, to);
    }
    return {};
}

QJsonObject EvidenceChange::toJson() const
{
    return {{QStringLiteral("toolId"), toolId.isEmpty() ? QJsonValue() : QJsonValue(toolId)},
            {QStringLiteral("field"), enumName(field)},
            {QStringLiteral("lensId"), lensId.isEmpty() ? QJsonValue() : QJsonValue(lensId)},
            {QStringLiteral("before"), before},
            {QStringLiteral("after"), after}};
}

} // namespace sos
