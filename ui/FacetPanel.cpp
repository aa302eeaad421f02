// SPDX-License-Identifier: GPL-3.0-or-later
#include "FacetPanel.h"

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
    return value;
}

void FacetPanel::setCounts(Facet facet, const QList<FacetCount>& counts)
{
    QListWidget* list = m_lists.at(facet);
    const QStringList checked = selection(facet);
    m_updating = true;
    const QString current = list->currentItem() ? list->currentItem()->data(valueRole).toString() : QString();
    list->clear();
    QList<FacetCount> shown = counts;
    for (const QString& value : checked) {
        const bool present =
            std::any_of(shown.begin(), shown.end(), [&](const FacetCount& c) { return c.value == value; });
        if (!present)
            shown << FacetCount{value, 0};
    }
    for (const FacetCount& count : shown) {
        auto* item =
            new QListWidgetItem(tr("%1 (%L2)").arg(valueLabel(facet, count.value)).arg(count.count), list);
        item->setData(valueRole, count.value);
        item->setToolTip(item->text());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(count.value) ? Qt::Checked : Qt::Unchecked);
        if (count.value == current)
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
