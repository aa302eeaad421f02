// SPDX-License-Identifier: GPL-3.0-or-later
// One comparison, decision first: the verdict matrix (lens by tool, each row a link to its scorecards,
// where each tool loses under its name), then the decision area (the ranking and the decision record
// go there), then the details in aligned columns (header cards, panel verdict, the community vote with
// its control, the pricing read, the lenses with their scorecards), then the charts that add something
// not printed above. It presents a ComparisonModel and computes nothing itself.
#pragma once

#include <comparison/ComparisonModel.h>

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QGridLayout;
class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace sos {

class DecisionPanel;
class RankingPanel;
class Settings;

class ComparisonView final : public QWidget
{
    Q_OBJECT

public:
    ComparisonView(Store& store, ComparisonModel model, QWidget* parent = nullptr);

    const ComparisonModel& model() const { return m_model; }
    // What to remember to reopen this view: "comparison:ID" or "tools:ID,ID,...".
    QString stateKey() const;
    static QString stateKeyFor(const ComparisonModel& model);
    // Loads the comparison a state key names.
    static Result<ComparisonModel> loadStateKey(const Store& store, const QString& key);

    bool onlyDifferingLenses() const;
    void setOnlyDifferingLenses(bool only);
    void moveColumn(int from, int to);
    void removeColumn(int column);
    Result<void> voteFor(const QString& toolId);
    // Re-reads the comparison from the store (after a vote or a sync).
    void reload();
    // Scrolls to a lens's scorecards and gives them the focus (a verdict matrix row does this).
    void showLens(const QString& lensId);

    // The ranking under the team's criteria and the decision record, right after the verdict matrix,
    // in a widget ("decisionArea") kept across every rebuild of the page; both follow modelChanged().
    QVBoxLayout* decisionArea() const { return m_decisionArea; }
    // Opens the dialog that records the team's decision (published comparisons only).
    void recordDecision();
    // Remembers the chosen profile and who decided across comparisons and starts.
    void setSettings(Settings* settings);

Q_SIGNALS:
    void titleChanged(const QString& title);
    void columnsChanged();
    // The view shows a new model: after a vote, a sync, a column moved or removed.
    void modelChanged();
    void voteCast(const QString& comparisonId);
    // The reviewer wants to write a scorecard for this tool; through this lens unless it is empty.
    void draftRequested(const QString& toolId, const QString& lensId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void buildDecisionArea();
    void setModel(ComparisonModel model);
    void addSectionTitle(const QString& title, int& row);
    QWidget* verdictMatrix();
    QWidget* headerCard(int column);
    QWidget* communityCell(int column);
    QString voteStatusText() const;
    void addCharts(int& row);

    Store& m_store;
    ComparisonModel m_model;
    QLabel* m_title = nullptr;
    QCheckBox* m_onlyDiffering = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_page = nullptr;
    QGridLayout* m_grid = nullptr;
    QWidget* m_decisionWidget = nullptr;
    QVBoxLayout* m_decisionArea = nullptr;
    RankingPanel* m_ranking = nullptr;
    DecisionPanel* m_decision = nullptr;
    QButtonGroup* m_voteButtons = nullptr;
    QLabel* m_voteStatus = nullptr;
    QMap<QString, QList<QWidget*>> m_lensWidgets; // every widget of a lens's rows
    QMap<QString, QLabel*> m_lensTitles;          // the heading of each lens's scorecards
};

} // namespace sos
