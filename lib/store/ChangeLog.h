// SPDX-License-Identifier: GPL-3.0-or-later
// What the syncs changed, and what the user watches (issue #18; 012_change_log.sql). Each sync that
// applied a feed records, as data, the changes that matter to someone choosing a tool: a tool,
// comparison or scorecard added, a lens verdict flipped, a panel's bucket or a comparison's community
// leader changed, a tool's pricing, license or deployment changed. Both of the sync's applies record
// them (FeedApply::applySync and SyncApply, through ChangeRecorder), in the same transaction as the
// data: a sync that fails records nothing. A feed's first sync into the store is its baseline.
//
//   store->watches().watch(WatchKind::Tool, "cursor");
//   ChangeFilter unseen;  unseen.sinceLastSeen = true;
//   for (const Change& change : store->changes().changes(unseen))  out << changeSentence(change);
//   store->changes().markSeen();
#pragma once

#include "FeedApply.h"
#include <base/EnumNames.h>
#include <base/Result.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sos {

class Database;
class FeedMeta;

enum class ChangeKind
{
    ToolAdded,
    ComparisonAdded,
    ScorecardAdded,
    VerdictFlipped, // a lens's verdict on a tool: field "verdict", ship <-> skip
    PanelChanged,   // a tool's panel bucket: field "panel", e.g. majority-ship -> split
    FieldChanged,   // a tool's "pricing" (with its note), "license" or "deployment"
    LeaderChanged,  // a comparison's community leader: field "leader", a tool id or "" for a tie
};
template <>
inline constexpr auto enumNames<ChangeKind> = std::array{
    std::pair{ChangeKind::ToolAdded, "tool-added"},
    std::pair{ChangeKind::ComparisonAdded, "comparison-added"},
    std::pair{ChangeKind::ScorecardAdded, "scorecard-added"},
    std::pair{ChangeKind::VerdictFlipped, "verdict-flipped"},
    std::pair{ChangeKind::PanelChanged, "panel-changed"},
    std::pair{ChangeKind::FieldChanged, "field-changed"},
    std::pair{ChangeKind::LeaderChanged, "leader-changed"},
};

struct Change
{
    qint64 id = 0;
    qint64 syncId = 0;
    QDateTime at; // when its sync was applied
    ChangeKind kind = ChangeKind::ToolAdded;
    QString toolId;       // the tool it is about, if any (leader-changed: the new leader)
    QString comparisonId; // the comparison it is about, if any
    QString lensId;       // the lens, for a scorecard or a verdict
    QString field;        // "verdict", "panel", "pricing", "license", "deployment", "leader"
    QString before;       // "" when there was none
    QString after;
    bool watched = false; // it concerns a watched tool or comparison (see ChangeLog::changes)
    // Names as the catalog has them now, for people to read (empty for what it no longer has).
    QString toolName;
    QString comparisonTitle;
    QString lensName;
    QString beforeName; // leader-changed: the tools' names
    QString afterName;

    friend bool operator==(const Change&, const Change&) = default;
};

// How many days the change log keeps a sync's changes (ChangeLog::keptDays).
int changesKeptDays(const FeedMeta& meta);

// One sentence for a person, in the current language: "Developer experience now says skip for Cursor
// (was ship)."
QString changeSentence(const Change& change);

struct SyncRecord
{
    qint64 id = 0;
    QDateTime at;
    QString feedUrl;
    ApplyStats stats;
    bool baseline = false; // the feed's first sync into this store: nothing compared
};

struct ChangeFilter
{
    std::optional<QDateTime> since; // changes of syncs at or after this time
    bool sinceLastSeen = false;     // only the changes not marked seen
    bool watchedOnly = false;
    qint64 syncId = 0; // one sync's changes; 0: every sync's
    int limit = 0;     // 0: all
};

class ChangeLog final
{
    Q_DECLARE_TR_FUNCTIONS(sos::ChangeLog)

public:
    static constexpr int defaultKeptDays = 180;

    ChangeLog(Database& database, FeedMeta& meta);

    // Newest sync first, and in a sync in the order recorded. A change is watched when its tool or
    // its comparison is watched, when its tool belongs to a watched comparison, or when its
    // comparison has a watched tool among its members.
    QList<Change> changes(const ChangeFilter& filter = {}) const;
    // The syncs kept, newest first.
    QList<SyncRecord> syncs(int limit = 0) const;
    int unseenCount(bool watchedOnly) const;
    int count(const ChangeFilter& filter) const;

    // The last change marked seen (0: none), and marking: every change up to upTo (default: the
    // newest) counts as seen, for the window and the command line alike.
    qint64 seenUpTo() const;
    qint64 newestId() const;
    Result<void> markSeen(std::optional<qint64> upTo = std::nullopt);

    int keptDays() const;
    Result<void> setKeptDays(int days);

private:
    Database& m_database;
    FeedMeta& m_meta;
};

enum class WatchKind
{
    Tool,
    Comparison
};
template <>
inline constexpr auto enumNames<WatchKind> =
    std::array{std::pair{WatchKind::Tool, "tool"}, std::pair{WatchKind::Comparison, "comparison"}};

struct WatchedItem
{
    WatchKind kind = WatchKind::Tool;
    QString id;
    QString name; // the tool's name or the comparison's title now; empty when the catalog lost it
    QDateTime since;

    friend bool operator==(const WatchedItem&, const WatchedItem&) = default;
};

class Watches final
{
public:
    explicit Watches(Database& database);

    // True when it was not watched before.
    Result<bool> watch(WatchKind kind, const QString& id);
    // True when it was watched.
    Result<bool> unwatch(WatchKind kind, const QString& id);
    bool isWatched(WatchKind kind, const QString& id) const;
    QList<WatchedItem> items() const; // tools first, then comparisons, each by name
    QStringList ids(WatchKind kind) const;

private:
    Database& m_database;
};

} // namespace sos
