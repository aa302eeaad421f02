// SPDX-License-Identifier: GPL-3.0-or-later
// The evidence a decision rests on: a snapshot of a comparison's tools taken from the store, and what
// changed between two snapshots. Votes changing is not a change unless the community leader changes.
#pragma once

#include <comparison/ComparisonModel.h>
#include <domain/Decision.h>

#include <QCoreApplication>

namespace sos {

class Evidence final
{
    Q_DECLARE_TR_FUNCTIONS(sos::Evidence)

public:
    // The compared tools' records as they are now, with the feed and the last sync of store.
    static EvidenceSnapshot snapshot(const ComparisonModel& model, const Store& store);
    // What differs from then to now, tool by tool in then's order, then the community leader.
    static QList<EvidenceChange> changes(const EvidenceSnapshot& then, const EvidenceSnapshot& now);
};

} // namespace sos
