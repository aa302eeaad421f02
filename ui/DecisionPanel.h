// SPDX-License-Identifier: GPL-3.0-or-later
// The team's decision on a published comparison: the latest one (the tool, why, who, when, under which
// profile), a warning listing what changed in its evidence since, the earlier decisions it superseded,
// and the way to record a new one. An ad-hoc set of tools says that decisions belong to published
// comparisons. It presents Decisions::statuses (lib/decision) and computes nothing itself.
#pragma once

#include <comparison/ComparisonModel.h>

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QToolButton;

namespace sos {

class Settings;

class DecisionPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit DecisionPanel(Store& store, QWidget* parent = nullptr);

    // Shows the decisions of model's comparison; profileName is the one a new decision is ranked under.
    // The panel keeps its own copy of the model.
    void setModel(const ComparisonModel& model, const QString& profileName);
    // The profile a new decision is recorded under (the ranking's); nothing shown depends on it.
    void setProfileName(const QString& profileName) { m_profileName = profileName; }
    // Optional: remembers who decided, for the next decision (Settings::Key::DecidedBy).
    void setSettings(Settings* settings) { m_settings = settings; }
    // Opens the dialog that records a decision (the button and Ctrl+Shift+D do the same).
    void recordDecision();
    // Re-reads the decisions (after a sync, a decision from the command line).
    void reload();

Q_SIGNALS:
    void decisionRecorded(qint64 id);

private:
    Store& m_store;
    Settings* m_settings = nullptr;
    std::optional<ComparisonModel> m_model;
    QString m_profileName;
    QLabel* m_empty = nullptr;
    QWidget* m_latestBox = nullptr;
    QLabel* m_latest = nullptr;
    QLabel* m_latestDetails = nullptr;
    QLabel* m_rationale = nullptr;
    QWidget* m_warningBox = nullptr;
    QLabel* m_warning = nullptr;
    QLabel* m_evidenceHolds = nullptr;
    QToolButton* m_earlierToggle = nullptr;
    QLabel* m_earlier = nullptr;
    QPushButton* m_record = nullptr;
};

} // namespace sos
