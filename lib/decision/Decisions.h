// SPDX-License-Identifier: GPL-3.0-or-later
// Recording a decision and reading one back with what changed since: the one place the CLI, the
// window and the report go through.
#pragma once

#include "Ranking.h"
#include <base/Result.h>
#include <domain/Decision.h>
#include <store/Store.h>

#include <QCoreApplication>

namespace sos {

// A recorded decision and how its evidence stands now.
struct DecisionStatus
{
    Decision decision;
    QString toolName;                   // the chosen tool's name (from the snapshot if it left)
    QString comparisonTitle;            // from the store, else the comparison id
    QList<EvidenceChange> changesSince; // empty when the evidence still holds
    qint64 supersededBy = 0;            // the next decision on the same comparison, 0 when this is the latest

    bool evidenceChanged() const { return !changesSince.isEmpty(); }
    // Decision::toJson plus "toolName", "comparisonTitle", "evidenceChanged", "changesSince", "supersededBy"
    QJsonObject toJson() const;
};

class Decisions final
{
    Q_DECLARE_TR_FUNCTIONS(sos::Decisions)

public:
    struct Request
    {
        QString comparison; // id or title of a published comparison
        QString tool;       // id or name, one of the comparison's tools
        QString by;
        QString rationale;
        QString profile; // a saved profile's name; empty for the default
    };
    // Records a decision with a snapshot of the evidence now; nothing is stored on an error (an unknown
    // comparison, tool or profile, a tool not in the comparison, an empty name or rationale).
    static Result<Decision> decide(Store& store, const Request& request);

    // The decision and its evidence now; the latest decision first when comparisonId names one.
    static QList<DecisionStatus> statuses(const Store& store, const QString& comparisonId = {});
    static std::optional<DecisionStatus> status(const Store& store, qint64 decisionId);
    static std::optional<DecisionStatus> latest(const Store& store, const QString& comparisonId);
};

} // namespace sos
