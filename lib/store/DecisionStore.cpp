// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecisionStore.h"

#include "Database.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace sos {

namespace {

QString jsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant& value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

CriteriaProfile readProfile(const QSqlQuery& q)
{
    CriteriaProfile profile = CriteriaProfile::fromJson(jsonObject(q.value(1)));
    profile.name = q.value(0).toString(); // the row's name is the one that counts
    profile.isDefault = q.value(2).toBool();
    profile.updatedAt = timestampFromString(q.value(3).toString());
    return profile;
}

const QString profileColumns =
    QStringLiteral("SELECT name, definition, is_default, updated_at FROM criteria_profiles");

Decision readDecision(const QSqlQuery& q)
{
    Decision decision;
    decision.id = q.value(0).toLongLong();
    decision.comparisonId = q.value(1).toString();
    decision.toolId = q.value(2).toString();
    decision.by = q.value(3).toString();
    decision.rationale = q.value(4).toString();
    decision.decidedAt = timestampFromString(q.value(5).toString());
    decision.profile = CriteriaProfile::fromJson(jsonObject(q.value(6)));
    decision.snapshot = EvidenceSnapshot::fromJson(jsonObject(q.value(7)));
    return decision;
}

const QString decisionColumns = QStringLiteral(
    "SELECT id, comparison_id, tool_id, decided_by, rationale, decided_at, profile, snapshot FROM decisions");

} // namespace

DecisionStore::DecisionStore(Database& database)
    : m_database(database)
{}

QList<CriteriaProfile> DecisionStore::profiles() const
{
    QList<CriteriaProfile> list;
    QSqlQuery q = selectRows(m_database.connection(), profileColumns + QStringLiteral(" ORDER BY name"));
    while (q.next())
        list << readProfile(q);
    return list;
}

std::optional<CriteriaProfile> DecisionStore::profile(const QString& name) const
{
    QSqlQuery q = selectRows(m_database.connection(), profileColumns + QStringLiteral(" WHERE name = ?"),
                             {name.trimmed()});
    if (q.next())
        return readProfile(q);
    return std::nullopt;
}

CriteriaProfile DecisionStore::defaultProfile() const
{
    QSqlQuery q =
        selectRows(m_database.connection(), profileColumns + QStringLiteral(" WHERE is_default = 1"));
    if (q.next())
        return readProfile(q);
    CriteriaProfile profile = CriteriaProfile::equalWeights();
    profile.isDefault = true;
    return profile;
}

Result<void> DecisionStore::saveProfile(const CriteriaProfile& profile)
{
    const QString name = profile.name.trimmed();
    if (name.isEmpty())
        return Error{tr("A profile needs a name."), Error::Kind::InvalidInput};
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (profile.isDefault) {
        if (auto cleared =
                runQuery(m_database.connection(),
                         QStringLiteral("UPDATE criteria_profiles SET is_default = 0 WHERE is_default = 1"),
                         {}, "saving a criteria profile");
            !cleared)
            return cleared.error();
    }
    CriteriaProfile stored = profile;
    stored.name = name;
    const QString now = timestampToString(QDateTime::currentDateTimeUtc());
    // An upsert keeps the name's first spelling; a new save replaces everything else.
    if (auto saved = runQuery(
            m_database.connection(),
            QStringLiteral(
                "INSERT INTO criteria_profiles (name, definition, is_default, updated_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (name) DO UPDATE SET definition = excluded.definition,"
                " is_default = excluded.is_default, updated_at = excluded.updated_at"),
            {name, jsonText(stored.toJson()), profile.isDefault ? 1 : 0, now}, "saving a criteria profile");
        !saved)
        return saved.error();
    return transaction.commit();
}

Result<void> DecisionStore::removeProfile(const QString& name)
{
    auto removed =
        runQuery(m_database.connection(), QStringLiteral("DELETE FROM criteria_profiles WHERE name = ?"),
                 {name.trimmed()}, "removing a criteria profile");
    if (!removed)
        return removed.error();
    if (removed->numRowsAffected() < 1)
        return Error{tr("There is no profile named \"%1\".").arg(name), Error::Kind::NotFound};
    return {};
}

QList<Decision> DecisionStore::decisions(const QString& comparisonId) const
{
    QList<Decision> list;
    QSqlQuery q =
        comparisonId.isEmpty()
            ? selectRows(m_database.connection(), decisionColumns + QStringLiteral(" ORDER BY id DESC"))
            : selectRows(m_database.connection(),
                         decisionColumns + QStringLiteral(" WHERE comparison_id = ? ORDER BY id DESC"),
                         {comparisonId});
    while (q.next())
        list << readDecision(q);
    return list;
}

std::optional<Decision> DecisionStore::decision(qint64 id) const
{
    QSqlQuery q =
        selectRows(m_database.connection(), decisionColumns + QStringLiteral(" WHERE id = ?"), {id});
    if (q.next())
        return readDecision(q);
    return std::nullopt;
}

std::optional<Decision> DecisionStore::latestDecision(const QString& comparisonId) const
{
    QSqlQuery q =
        selectRows(m_database.connection(),
                   decisionColumns + QStringLiteral(" WHERE comparison_id = ? ORDER BY id DESC LIMIT 1"),
                   {comparisonId});
    if (q.next())
        return readDecision(q);
    return std::nullopt;
}

Result<Decision> DecisionStore::recordDecision(Decision decision)
{
    if (!decision.decidedAt.isValid())
        decision.decidedAt = QDateTime::currentDateTimeUtc();
    auto inserted =
        runQuery(m_database.connection(),
                 QStringLiteral("INSERT INTO decisions (comparison_id, tool_id, decided_by, rationale,"
                                " decided_at, profile, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {decision.comparisonId, decision.toolId, decision.by.trimmed(), decision.rationale.trimmed(),
                  timestampToString(decision.decidedAt), jsonText(decision.profile.toJson()),
                  jsonText(decision.snapshot.toJson())},
                 "recording a decision");
    if (!inserted)
        return inserted.error();
    decision.id = inserted->lastInsertId().toLongLong();
    decision.by = decision.by.trimmed();
    decision.rationale = decision.rationale.trimmed();
    return decision;
}

} // namespace sos
