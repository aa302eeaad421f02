// SPDX-License-Identifier: GPL-3.0-or-later
#include "FacetPanel.h"

#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace sos {

namespace {
constexpr int valueRole = Qt::UserRole + 1;
}

FacetPanel::FacetPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (Facet facet : allFacets) {
        auto* title = new QLabel(facetTitle(facet), this);
        QFont font = title->font();
        font.setBold(true);
        title->setFont(font);
        auto* list = new QListWidget(this);
        list->setObjectName(QStringLiteral("facet-") + enumName(facet));
        list->setAccessibleName(facetTitle(facet));
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        list->setWordWrap(true);
        list->setTextElideMode(Qt::ElideNone);
        list->setResizeMode(QListView::Adjust);
        title->setBuddy(list);
        layout->addWidget(title);
        layout->addWidget(list);
        m_lists.emplace(facet, list);
        connect(list, &QListWidget::itemChanged, this, [this] {
            if (!m_updating)
                Q_EMIT selectionChanged();
        });
    }
    layout->addStretch(1);
}

QString FacetPanel::facetTitle(Facet facet)
{
    switch (facet) {
    case Facet::Category:
        return tr("Category");
    case Facet::Pricing:
        return tr("Pricing");
    case Facet::License:
        return tr("License");
    case Facet::Deployment:
        return tr("Deployment");
    case Facet::PanelVerdict:
        return tr("Panel verdict");
    }
    return {};
}

QString FacetPanel::valueLabel(Facet facet, const QString& value)
{
    if (facet == Facet::Pricing) {
        if (const auto pricing = enumFromName<Pricing>(value))
            return pricingLabel(*pricing);
    }
    if (facet == Facet::PanelVerdict)
        return panelVerdictLabel(enumFromName<PanelVerdict>(value).value_or(PanelVerdict::Unreviewed));
    if (facet == Facet::Deployment)
        return deploymentLabel(value);
    return value;
}

void FacetPanel::setValues(Facet facet, const QStringList& values)
{
    m_values[facet] = values;
    showCounts(facet);
}

void FacetPanel::setCounts(Facet facet, const QList<FacetCount>& counts)
{
    m_counts[facet] = counts;
    showCounts(facet);
}

void FacetPanel::showCounts(Facet facet)
{
    if (!m_counts.contains(facet))
        return; // until the first counts, nothing: not every value greyed with 0 for a moment
    QListWidget* list = m_lists.at(facet);
    const QStringList checked = selection(facet);
    m_updating = true;
    const QString current = list->currentItem() ? list->currentItem()->data(valueRole).toString() : QString();
    list->clear();
    QHash<QString, int> countOf;
    for (const FacetCount& count : m_counts[facet])
        countOf.insert(count.value, count.count);
    // Every value of the store, then any the counts or the selection know that it does not (a sync
    // since the values were read).
    QStringList shown = m_values[facet];
    for (const FacetCount& count : m_counts[facet]) {
        if (!shown.contains(count.value))
            shown << count.value;
    }
    for (const QString& value : checked) {
        if (!shown.contains(value))
            shown << value;
    }
    const QColor greyed = list->palette().color(QPalette::Disabled, QPalette::Text);
    for (const QString& value : shown) {
        const int count = countOf.value(value);
        const bool isChecked = checked.contains(value);
        auto* item = new QListWidgetItem(tr("%1 (%L2)").arg(valueLabel(facet, value)).arg(count), list);
        item->setData(valueRole, value);
        item->setCheckState(isChecked ? Qt::Checked : Qt::Unchecked);
        if (count > 0) {
            item->setToolTip(item->text());
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        } else if (isChecked) {
            // Greyed like the others, but still enabled: the user can uncheck it.
            item->setForeground(greyed);
            item->setToolTip(tr("%1: no tool left with the other filters; uncheck it to remove it")
                                 .arg(valueLabel(facet, value)));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        } else {
            item->setToolTip(
                tr("%1: no tool left with the search and the other filters").arg(valueLabel(facet, value)));
            item->setFlags(Qt::ItemIsUserCheckable); // disabled: shown, greyed, not checkable
        }
        if (value == current)
            list->setCurrentItem(item, QItemSelectionModel::NoUpdate);
    }
    m_updating = false;
    fitHeight(list);
}

void FacetPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Wrapped values take more or fewer lines at the new width.
    for (const auto& [facet, list] : m_lists)
        fitHeight(list);
}

void FacetPanel::fitHeight(QListWidget* list)
{
    int height = list->count() > 0 ? 0 : list->fontMetrics().height() + 4;
    for (int row = 0; row < list->count(); ++row)
        height += list->sizeHintForRow(row); // a long value wraps onto a second line
    list->setFixedHeight(height + 2 * list->frameWidth() + 2);
}

QStringList FacetPanel::selection(Facet facet) const
{
    QStringList values;
    const QListWidget* list = m_lists.at(facet);
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            values << list->item(row)->data(valueRole).toString();
    }
    return values;
}

void FacetPanel::setSelection(Facet facet, const QStringList& values)
{
    QListWidget* list = m_lists.at(facet);
    m_updating = true;
    // A value the counts have not listed yet (a saved search's) is checked all the same.
    const QStringList shown = [list] {
        QStringList listed;
        for (int row = 0; row < list->count(); ++row)
            listed << list->item(row)->data(valueRole).toString();
        return listed;
    }();
    for (const QString& value : values) {
        if (shown.contains(value))
            continue;
        auto* item = new QListWidgetItem(valueLabel(facet, value), list);
        item->setData(valueRole, value);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    }
    for (int row = 0; row < list->count(); ++row)
        list->item(row)->setCheckState(
            values.contains(list->item(row)->data(valueRole).toString()) ? Qt::Checked : Qt::Unchecked);
    m_updating = false;
    fitHeight(list);
    Q_EMIT selectionChanged();
}

void FacetPanel::clearSelection()
{
    m_updating = true;
    for (const auto& [facet, list] : m_lists) {
        for (int row = 0; row < list->count(); ++row)
            list->item(row)->setCheckState(Qt::Unchecked);
    }
    m_updating = false;
    Q_EMIT selectionChanged();
}

} // namespace sos
