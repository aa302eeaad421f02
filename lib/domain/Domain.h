// SPDX-License-Identifier: GPL-3.0-or-later
// The domain: tools, the reviewer lenses that judge them, their reviews, comparisons and community
// votes. Plain values, no storage: the store and the feed parser both speak these types.
#pragma once

#include <base/EnumNames.h>

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sos {

enum class Pricing
{
    Free,
    Paid
};

enum class Verdict
{
    Ship,
    Skip
};

// How a panel of reviewers leans, derived from its verdicts; the catalog facets on it.
enum class PanelVerdict
{
    UnanimousShip,
    MajorityShip,
    Split,
    MajoritySkip,
    Unreviewed
};

// The stable names of the feed, the JSON and the command-line options (base/EnumNames.h).
template <>
inline constexpr auto enumNames<Pricing> =
    std::array{std::pair{Pricing::Free, "Free"}, std::pair{Pricing::Paid, "Paid"}};
template <>
inline constexpr auto enumNames<Verdict> =
    std::array{std::pair{Verdict::Ship, "ship"}, std::pair{Verdict::Skip, "skip"}};
template <>
inline constexpr auto enumNames<PanelVerdict> = std::array{
    std::pair{PanelVerdict::UnanimousShip, "unanimous-ship"},
    std::pair{PanelVerdict::MajorityShip, "majority-ship"},
    std::pair{PanelVerdict::Split, "split"},
    std::pair{PanelVerdict::MajoritySkip, "majority-skip"},
    std::pair{PanelVerdict::Unreviewed, "unreviewed"},
};

// The words a person reads, in the current language; the names of enumNames are the stable ones of
// the feed, the JSON and the command-line options.
QString pricingLabel(Pricing pricing);           // "Free", "Paid"
QString verdictLabel(Verdict verdict);           // "Ship", "Skip"
QString panelVerdictLabel(PanelVerdict verdict); // "Majority ship", "Split", ...
// A deployment as a person reads it, in sentence case like the other labels: "On-device", "Hosted",
// "Self-hosted"; another value of the feed with its first letter capitalised. The stored value (the
// feed's, the JSON's and the CLI's) stays as it is.
QString deploymentLabel(const QString& deployment);

// A reviewer persona: one way of judging a tool (developer experience, competitive skeptic, ...).
struct Lens
{
    QString id;
    QString name;
    QString summary;
    int position = 0;
    QDateTime updatedAt;

    friend bool operator==(const Lens&, const Lens&) = default;
};

struct Tool
{
    QString id;
    QString name;
    QString vendor;
    QString category;
    QString tagline;
    QString description;
    Pricing pricing = Pricing::Free;
    QString pricingNote;
    QString license;
    QString deployment; // on-device, hosted, self-hosted
    QStringList parameterSizes;
    QDateTime updatedAt;

    friend bool operator==(const Tool&, const Tool&) = default;
};

struct Review
{
    QString id;
    QString toolId;
    QString lensId;
    Verdict verdict = Verdict::Ship;
    QString text;
    QString author;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Review&, const Review&) = default;
};

struct Comparison
{
    QString id;
    QString title;
    QStringList toolIds;
    QDateTime updatedAt;

    friend bool operator==(const Comparison&, const Comparison&) = default;
};

// The community's votes for one tool within one comparison.
struct Tally
{
    QString comparisonId;
    QString toolId;
    int votes = 0;
    QDateTime updatedAt;

    friend bool operator==(const Tally&, const Tally&) = default;
};

struct Tombstone
{
    enum class Kind
    {
        Lens,
        Tool,
        Review,
        Comparison
    };
    Kind kind = Kind::Tool;
    QString id;
    QDateTime deletedAt;

    friend bool operator==(const Tombstone&, const Tombstone&) = default;
};
template <>
inline constexpr auto enumNames<Tombstone::Kind> = std::array{
    std::pair{Tombstone::Kind::Lens, "lens"},
    std::pair{Tombstone::Kind::Tool, "tool"},
    std::pair{Tombstone::Kind::Review, "review"},
    std::pair{Tombstone::Kind::Comparison, "comparison"},
};

// Panel ship share, always derived from the verdicts: ships of reviews.
struct PanelScore
{
    int ships = 0;
    int reviews = 0;

    std::optional<int> percent() const;
    PanelVerdict verdict() const;
    QString toDisplayString() const; // "75% (3 of 4)", or a dash with no reviews

    friend bool operator==(const PanelScore&, const PanelScore&) = default;
};

// A tool's share of the community votes cast in the comparisons it appears in.
struct CommunityShare
{
    int votes = 0;
    int total = 0;

    std::optional<int> percent() const; // no votes is "no figure", never zero
    QString toDisplayString() const;    // "62% (31 of 50)", or a dash with no votes

    friend bool operator==(const CommunityShare&, const CommunityShare&) = default;
};

// One catalog row: a tool with its derived figures.
struct ToolSummary
{
    qint64 key = 0; // the store's row key
    Tool tool;
    PanelScore panel;
    CommunityShare community;
};

struct ComparisonSummary
{
    qint64 key = 0;
    Comparison comparison;
    QStringList toolNames;
    int totalVotes = 0;
};

// The user's own vote in one comparison, and where it is on its way to the feed.
enum class VoteState
{
    Pending,   // stored locally, not sent yet
    Sent,      // sent, no answer yet
    Confirmed, // the feed counted it
    Rejected   // the feed refused it
};
template <>
inline constexpr auto enumNames<VoteState> = std::array{
    std::pair{VoteState::Pending, "pending"},
    std::pair{VoteState::Sent, "sent"},
    std::pair{VoteState::Confirmed, "confirmed"},
    std::pair{VoteState::Rejected, "rejected"},
};
QString voteStateLabel(VoteState state); // "pending", ... in the current language

struct MyVote
{
    QString comparisonId;
    QString toolId;
    VoteState state = VoteState::Pending;
    QString idempotencyKey;
    int attempts = 0;
    QString lastError;
    QDateTime createdAt;
    QDateTime updatedAt;

    // Until the feed confirms it, the feed's tallies do not contain this vote yet.
    bool awaitingFeed() const { return state == VoteState::Pending || state == VoteState::Sent; }
};

// One point of a comparison's community vote over time.
struct TallyPoint
{
    QString toolId;
    QDateTime recordedAt;
    int votes = 0;

    friend bool operator==(const TallyPoint&, const TallyPoint&) = default;
};

// The rounding used everywhere a share becomes a whole percent.
int roundedPercent(int part, int whole);

// Timestamps travel as ISO 8601 UTC with milliseconds, so they sort as text.
QString timestampToString(const QDateTime& time);
QDateTime timestampFromString(const QString& text);

} // namespace sos
