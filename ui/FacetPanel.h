// SPDX-License-Identifier: GPL-3.0-or-later
// The facet panel: for each facet, its values with how many tools each would show. Checking values
// narrows the catalog (any checked value within a facet, every facet together).
#pragma once

#include <store/Store.h>

#include <QWidget>

#include <map>

class QListWidget;
class QListWidgetItem;

namespace sos {

class FacetPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FacetPanel(QWidget* parent = nullptr);

    // Every value the facet takes in the store (Catalog::facetValues, read after a sync): the values a
    // query leaves no tool with stay in the list, greyed, with 0.
    void setValues(Facet facet, const QStringList& values);
    // Shows fresh counts, keeping what is checked: a value with no tools left shows 0, greyed, and can
    // no longer be checked; a checked one stays checked and can be unchecked.
    void setCounts(Facet facet, const QList<FacetCount>& counts);
    QStringList selection(Facet facet) const;
    void setSelection(Facet facet, const QStringList& values);
    void clearSelection();
    QListWidget* listFor(Facet facet) const { return m_lists.at(facet); }

    static QString facetTitle(Facet facet);
    static QString valueLabel(Facet facet, const QString& value);

Q_SIGNALS:
    void selectionChanged();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitHeight(QListWidget* list);
    void showCounts(Facet facet);

    std::map<Facet, QListWidget*> m_lists;
    std::map<Facet, QStringList> m_values;       // every value of the store, in its order
    std::map<Facet, QList<FacetCount>> m_counts; // the last counts, values with tools only
    bool m_updating = false;
};

} // namespace sos
