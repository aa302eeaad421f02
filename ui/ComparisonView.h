// SPDX-License-Identifier: GPL-3.0-or-later
// One comparison, side by side: a header card per tool in aligned columns, then the panel verdict,
// the pricing read, the reviewer split lens by lens, the charts and the community vote. It presents a
// ComparisonModel and computes nothing itself.
#pragma once

#include <comparison/ComparisonModel.h>

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QGridLayout;
class QLabel;
class QScrollArea;

namespace sos {

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

Q_SIGNALS:
    void titleChanged(const QString& title);
    void columnsChanged();
    void voteCast(const QString& comparisonId);
    // The reviewer wants to write a scorecard for this tool; through this lens unless it is empty.
    void draftRequested(const QString& toolId, const QString& lensId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void setModel(ComparisonModel model);
    void addSectionTitle(const QString& title, int& row);
    QWidget* headerCard(int column);
    QWidget* communityCell(int column);

    Store& m_store;
    ComparisonModel m_model;
    QLabel* m_title = nullptr;
    QCheckBox* m_onlyDiffering = nullptr;
    QLabel* m_differingSummary = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_page = nullptr;
    QGridLayout* m_grid = nullptr;
    QButtonGroup* m_voteButtons = nullptr;
    QLabel* m_voteStatus = nullptr;
    QMap<QString, QList<QWidget*>> m_lensWidgets; // every widget of a lens's rows
};

} // namespace sos
