// SPDX-License-Identifier: GPL-3.0-or-later
// The compared tools ranked under a criteria profile: the profile chooser, the headline, one row per
// tool (rank, score in points, the must-haves it fails, the reasons) and what would change the top.
// It presents a Ranking (lib/decision) and computes nothing itself.
#pragma once

#include <comparison/ComparisonModel.h>

#include <QWidget>

#include <decision/Ranking.h>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sos {

class Settings;

class RankingPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit RankingPanel(Store& store, QWidget* parent = nullptr);

    // Ranks model's tools under the chosen profile; the panel keeps its own copy of the model.
    void setModel(const ComparisonModel& model);
    // Optional: remembers the chosen profile across comparisons and starts (Settings::Key::RankingProfile).
    void setSettings(Settings* settings);
    // The chosen profile's name (a saved one, or CriteriaProfile::equalWeightsName()).
    QString profileName() const;
    const std::optional<Ranking>& ranking() const { return m_ranking; }
    // Re-reads the saved profiles (another window or the command line may have changed them).
    void reloadProfiles();

Q_SIGNALS:
    void profileChanged(const QString& name);
    // A row was activated (double click or Enter): the person wants to see that tool.
    void toolActivated(const QString& toolId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillProfiles();
    void chooseProfile();
    void editCriteria();
    void criteriaEdited(const QString& savedName, bool removed);
    void rerank();
    void showRanking();
    void fitTableHeight();

    Store& m_store;
    Settings* m_settings = nullptr;
    std::optional<ComparisonModel> m_model;
    std::optional<Ranking> m_ranking;
    QString m_profileName; // the one ranked under
    QString m_chosen;      // the one the person chose; empty: the store's default
    bool m_filling = false;
    QComboBox* m_profileBox = nullptr;
    QPushButton* m_editCriteria = nullptr;
    QLabel* m_headline = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_sensitivityTitle = nullptr;
    QLabel* m_sensitivity = nullptr;
};

} // namespace sos
