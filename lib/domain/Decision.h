// SPDX-License-Identifier: GPL-3.0-or-later
// A team's criteria and its decisions, as plain values: a criteria profile (a weight per lens, the
// must-haves over a tool's fields, a weight for the community), the evidence a decision rested on (a
// snapshot of the compared tools' records) and the decision itself. The store keeps them; lib/decision
// ranks under a profile, takes snapshots and says what changed since.
#pragma once

#include "Domain.h"

#include <QJsonObject>
#include <QMap>

namespace sos {

// The fields of a tool a must-have can name.
enum class ToolField
{
    Pricing,
    License,
    Deployment,
    Category
};
template <>
inline constexpr auto enumNames<ToolField> = std::array{
    std::pair{ToolField::Pricing, "pricing"},
    std::pair{ToolField::License, "license"},
    std::pair{ToolField::Deployment, "deployment"},
    std::pair{ToolField::Category, "category"},
};
QString toolFieldLabel(ToolField field); // "pricing", "license", ... in the current language
QString toolFieldValue(const Tool& tool, ToolField field); // "Free", "Apache 2.0", "on-device", ...

// "license is one of Apache 2.0, MIT": a tool meets it when its field equals one of the values (the
// case of letters aside).
struct MustHave
{
    ToolField field = ToolField::License;
    QStringList values;

    bool isMetBy(const Tool& tool) const;
    QString toDisplayString() const; // "license is one of Apache 2.0, MIT" / "deployment is on-device"
    QString toOptionString() const;  // "license=Apache 2.0|MIT", as --require takes it

    friend bool operator==(const MustHave&, const MustHave&) = default;
};

struct CriteriaProfile
{
    static constexpr int minimumWeight = 0;
    static constexpr int maximumWeight = 5;
    static constexpr int defaultWeight = 1; // a lens the profile does not name

    QString name;
    QMap<QString, int> lensWeights; // lens id -> 0..5
    QList<MustHave> mustHaves;
    int communityWeight = 0; // 0..5; 0 leaves the community vote out of the score
    bool isDefault = false;
    QDateTime updatedAt;

    int weight(const QString& lensId) const { return lensWeights.value(lensId, defaultWeight); }
    // Every lens weighs 1, no must-haves, the community left out: the profile in use when none is saved.
    static CriteriaProfile equalWeights();
    static QString equalWeightsName(); // its stable name, "Equal weights"
    // The name a person reads: the built-in profile's in the current language, any other as saved.
    QString displayName() const { return displayNameOf(name); }
    static QString displayNameOf(const QString& profileName);

    QJsonObject toJson() const; // {"name", "weights": {lensId: w}, "requires": [{"field", "values"}],
                                // "communityWeight", "default"}
    static CriteriaProfile fromJson(const QJsonObject& object);

    friend bool operator==(const CriteriaProfile&, const CriteriaProfile&) = default;
};

// One lens's verdict on one tool when the snapshot was taken.
struct EvidenceLens
{
    QString lensId;
    QString lensName;
    std::optional<Verdict> verdict; // none: the lens had not reviewed the tool
    QStringList reviewIds;

    friend bool operator==(const EvidenceLens&, const EvidenceLens&) = default;
};

struct EvidenceTool
{
    QString toolId;
    QString name;
    Pricing pricing = Pricing::Free;
    QString pricingNote;
    QString license;
    QString deployment;
    QString category;
    PanelScore panel;
    CommunityShare community; // the feed's tallies only: never the user's pending vote
    QList<EvidenceLens> lenses;

    friend bool operator==(const EvidenceTool&, const EvidenceTool&) = default;
};

// What a decision rested on: where the catalog came from and the compared tools' records.
struct EvidenceSnapshot
{
    QString feedId;
    QString feedUrl;    // empty for the bundled catalog
    QDateTime lastSync; // invalid when the store never synced
    QString appVersion;
    QDateTime takenAt;
    QString communityLeaderId; // the tool with the most votes; empty with no votes or a tie
    QList<EvidenceTool> tools;

    const EvidenceTool* tool(const QString& toolId) const;
    QJsonObject toJson() const;
    static EvidenceSnapshot fromJson(const QJsonObject& object);

    friend bool operator==(const EvidenceSnapshot&, const EvidenceSnapshot&) = default;
};

// A choice of one tool in a comparison, never edited: a later decision on the same comparison
// supersedes it.
struct Decision
{
    qint64 id = 0; // given by the store
    QString comparisonId;
    QString toolId;
    QString by;
    QString rationale;
    QDateTime decidedAt;
    CriteriaProfile profile; // the profile it was ranked under, as it was then
    EvidenceSnapshot snapshot;

    QJsonObject
    toJson() const; // {"id", "comparisonId", "toolId", "by", "rationale", "decidedAt", "profile", "snapshot"}
};

// One difference between a snapshot and the records now.
struct EvidenceChange
{
    // The fields a change names ("field" in the JSON).
    enum class Field
    {
        Verdict,     // a lens's verdict on the tool (lensId set); "" is "not reviewed"
        Scorecards,  // the number of scorecards of a lens on the tool (lensId set)
        Pricing,     // Free / Paid
        PricingNote, // the pricing read
        License,
        Deployment,
        Category,
        Tool,            // the tool left the catalog (after is empty)
        CommunityLeader, // the comparison's community leader (toolId empty; before/after are tool ids)
    };
    QString toolId;
    Field field = Field::Verdict;
    QString lensId;
    QString before;
    QString after;
    QString toolName; // for the sentence only
    QString lensName;
    QString beforeLabel; // for the sentence, where before/after are ids (the community leader's name)
    QString afterLabel;

    QString toDisplayString() const; // "Gemma 3n, Buyer: ship → skip", in the current language
    QJsonObject toJson() const;      // {"toolId", "field", "lensId", "before", "after"}

    friend bool operator==(const EvidenceChange&, const EvidenceChange&) = default;
};
template <>
inline constexpr auto enumNames<EvidenceChange::Field> = std::array{
    std::pair{EvidenceChange::Field::Verdict, "verdict"},
    std::pair{EvidenceChange::Field::Scorecards, "scorecards"},
    std::pair{EvidenceChange::Field::Pricing, "pricing"},
    std::pair{EvidenceChange::Field::PricingNote, "pricingNote"},
    std::pair{EvidenceChange::Field::License, "license"},
    std::pair{EvidenceChange::Field::Deployment, "deployment"},
    std::pair{EvidenceChange::Field::Category, "category"},
    std::pair{EvidenceChange::Field::Tool, "tool"},
    std::pair{EvidenceChange::Field::CommunityLeader, "communityLeader"},
};

} // namespace sos
