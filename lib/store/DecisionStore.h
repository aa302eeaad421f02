// SPDX-License-Identifier: GPL-3.0-or-later
// The team's criteria profiles and decisions (tables criteria_profiles and decisions). A profile is
// saved by name (a new save of a name replaces it); one of them may be the default. A decision is
// written once and never changed: a later one on the same comparison supersedes it.
#pragma once

#include <base/Result.h>
#include <domain/Decision.h>

#include <QCoreApplication>

namespace sos {

class Database;

class DecisionStore final
{
    Q_DECLARE_TR_FUNCTIONS(sos::DecisionStore)

public:
    explicit DecisionStore(Database& database);

    // Profiles. Names are matched without regard to case.
    QList<CriteriaProfile> profiles() const; // by name
    std::optional<CriteriaProfile> profile(const QString& name) const;
    // The saved default, or the built-in equal weights when none is saved or marked default.
    CriteriaProfile defaultProfile() const;
    // Saves (or replaces) profile.name; profile.isDefault makes it the one default.
    Result<void> saveProfile(const CriteriaProfile& profile);
    Result<void> removeProfile(const QString& name); // NotFound when there is none by that name

    // Decisions, newest first; of one comparison when comparisonId is not empty.
    QList<Decision> decisions(const QString& comparisonId = {}) const;
    std::optional<Decision> decision(qint64 id) const;
    std::optional<Decision> latestDecision(const QString& comparisonId) const;
    // Stores a new decision and returns it with its id.
    Result<Decision> recordDecision(Decision decision);

private:
    Database& m_database;
};

} // namespace sos
