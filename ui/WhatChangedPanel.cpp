// SPDX-License-Identifier: GPL-3.0-or-later
#include "WhatChangedPanel.h"

#include "ToolDetailsView.h"
#include <store/Store.h>

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sos {

namespace {

// Marks a change on a watched item, before its sentence.
const QString watchedMark = QStringLiteral("\u2605 ");

// The order within one sync: watched first, then as recorded.
void watchedFirst(QList<Change>& changes)
{
    std::stable_sort(changes.begin(), changes.end(),
                     [](const Change& a, const Change& b) { return a.watched && !b.watched; });
}

// Measures a row at the width the tree gives it, so that a long sentence wraps instead of being cut
// (QTreeView asks its delegate for a row's height without a width).
class WrappingDelegate final : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView* view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem wrapped = option;
        const int indent = index.parent().isValid() ? m_view->indentation() : 0;
        wrapped.rect = QRect(0, 0, std::max(50, m_view->viewport()->width() - indent), 1);
        return QStyledItemDelegate::sizeHint(wrapped, index);
    }

private:
    QTreeView* m_view;
};

} // namespace

WhatChangedPanel::WhatChangedPanel(Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* top = new QHBoxLayout;
    m_summary = makePlainLabel({}, this);
    m_summary->setObjectName(QStringLiteral("changesSummary"));
    top->addWidget(m_summary, 1);
    m_showAll = new QCheckBox(tr("Show &all kept changes"), this);
    m_showAll->setObjectName(QStringLiteral("showAllChanges"));
    m_showAll->setToolTip(
        tr("Also list the changes you have already seen, as far back as the store keeps them"));
    top->addWidget(m_showAll);
    m_open = new QPushButton(tr("O&pen"), this);
    m_open->setObjectName(QStringLiteral("openChangeButton"));
    m_open->setToolTip(tr("Open the selected change's tool or comparison (Enter or double-click)"));
    top->addWidget(m_open);
    m_markSeen = new QPushButton(tr("&Mark All Seen"), this);
    m_markSeen->setObjectName(QStringLiteral("markAllSeenButton"));
    top->addWidget(m_markSeen);
    layout->addLayout(top);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("changeList"));
    m_list->setAccessibleName(tr("Changes"));
    m_list->setHeaderHidden(true);
    m_list->setColumnCount(1);
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setWordWrap(true); // a before and after can be a long pricing note: written out whole
    m_list->setItemDelegate(new WrappingDelegate(m_list));
    m_list->viewport()->installEventFilter(this);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_list, 1);
    m_empty = makePlainLabel({}, this);
    m_empty->setObjectName(QStringLiteral("noChanges"));
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty, 1);

    connect(m_showAll, &QCheckBox::toggled, this, &WhatChangedPanel::reload);
    connect(m_markSeen, &QPushButton::clicked, this, &WhatChangedPanel::markAllSeen);
    connect(m_open, &QPushButton::clicked, this, [this] { openItem(m_list->currentItem()); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) { openItem(item); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &WhatChangedPanel::updateOpenButton);
    reload();
}

void WhatChangedPanel::reload()
{
    const ChangeLog& log = m_store.changes();
    m_signature = storeSignature();
    ChangeFilter filter;
    filter.sinceLastSeen = !m_showAll->isChecked();
    filter.limit = listLimit + 1;
    QList<Change> changes = log.changes(filter);
    const bool cut = changes.size() > listLimit;
    if (cut)
        changes.resize(listLimit);
    const qint64 seenUpTo = log.seenUpTo();
    const int unseen = log.unseenCount(false);
    const int unseenWatched = log.unseenCount(true);

    m_newestListed = 0;
    m_list->clear();
    QList<QTreeWidgetItem*> syncItems;
    const QLocale locale;
    for (qsizetype first = 0; first < changes.size();) {
        qsizetype end = first;
        while (end < changes.size() && changes.at(end).syncId == changes.at(first).syncId)
            ++end;
        QList<Change> sync = changes.mid(first, end - first);
        watchedFirst(sync);
        auto* header = new QTreeWidgetItem;
        header->setText(
            0, tr("Sync of %1").arg(locale.toString(sync.first().at.toLocalTime(), QLocale::ShortFormat)));
        QFont bold = m_list->font();
        bold.setBold(true);
        header->setFont(0, bold);
        header->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        for (const Change& change : sync) {
            m_newestListed = std::max(m_newestListed, change.id);
            auto* item = new QTreeWidgetItem(header);
            const QString sentence = changeSentence(change);
            item->setText(0, change.watched ? watchedMark + sentence : sentence);
            item->setToolTip(0, sentence);
            item->setData(0, Qt::AccessibleTextRole,
                          change.watched ? tr("On what you watch: %1").arg(sentence) : sentence);
            item->setData(0, ChangeIdRole, change.id);
            item->setData(0, ToolIdRole, change.toolId);
            item->setData(0, ComparisonIdRole, change.comparisonId);
            item->setData(0, WatchedRole, change.watched);
            if (m_showAll->isChecked() && change.id > seenUpTo) {
                QFont unseenFont = m_list->font();
                unseenFont.setBold(true);
                item->setFont(0, unseenFont);
            }
        }
        syncItems << header;
        first = end;
    }
    m_list->addTopLevelItems(syncItems);
    m_list->expandAll();
    if (QTreeWidgetItem* first = m_list->topLevelItem(0); first && first->childCount() > 0)
        m_list->setCurrentItem(first->child(0));

    const bool none = changes.isEmpty();
    m_list->setVisible(!none);
    m_empty->setVisible(none);
    if (none) {
        m_empty->setText(
            log.syncs(1).isEmpty() || m_showAll->isChecked()
                ? tr("No changes are recorded yet. A feed's first sync is where the record starts; its "
                     "next syncs add what they change.")
                : tr("Nothing changed since you last looked."));
    }
    QString summary;
    if (m_showAll->isChecked()) {
        summary = tr("Every change kept from the last %1 days. Unseen: %2, in bold.")
                      .arg(locale.toString(log.keptDays()), locale.toString(unseen));
    } else if (!none) {
        summary = tr("Changes since you last looked: %1. On what you watch: %2, listed first.")
                      .arg(locale.toString(unseen), locale.toString(unseenWatched));
    }
    if (cut)
        summary += QLatin1Char(' ') +
                   tr("The newest %L1 are listed; shiporskip-cli changes lists them all.").arg(listLimit);
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
    m_markSeen->setEnabled(unseen > 0);
    updateOpenButton();

    if (unseenWatched != m_unseenWatched) {
        m_unseenWatched = unseenWatched;
        Q_EMIT unseenWatchedChanged(m_unseenWatched);
    }
}

bool WhatChangedPanel::eventFilter(QObject* watched, QEvent* event)
{
    // The tree keeps the rows' heights it measured at another width: wrapped sentences would be cut.
    if (watched == m_list->viewport() && event->type() == QEvent::Resize &&
        static_cast<QResizeEvent*>(event)->oldSize().width() !=
            static_cast<QResizeEvent*>(event)->size().width())
        QTimer::singleShot(0, m_list, [list = m_list] { list->doItemsLayout(); });
    return QWidget::eventFilter(watched, event);
}

bool WhatChangedPanel::reloadIfChanged()
{
    if (storeSignature() == m_signature)
        return false;
    reload();
    return true;
}

// What the panel shows depends on: the newest change, the seen mark and the watched items.
QString WhatChangedPanel::storeSignature() const
{
    const ChangeLog& log = m_store.changes();
    const Watches& watches = m_store.watches();
    return QStringList{QString::number(log.newestId()), QString::number(log.seenUpTo()),
                       watches.ids(WatchKind::Tool).join(QLatin1Char(',')),
                       watches.ids(WatchKind::Comparison).join(QLatin1Char(','))}
        .join(QLatin1Char('/'));
}

void WhatChangedPanel::markAllSeen()
{
    // Up to the newest listed, not the newest in the store: a sync by another process since the list
    // was read stays unseen until it is shown.
    const qint64 upTo = m_showAll->isChecked() ? m_store.changes().newestId() : m_newestListed;
    if (upTo <= 0)
        return;
    if (auto marked = m_store.changes().markSeen(upTo); !marked) {
        Q_EMIT message(marked.errorMessage());
        return;
    }
    reload();
}

void WhatChangedPanel::setShowAll(bool all)
{
    m_showAll->setChecked(all);
}

bool WhatChangedPanel::showsAll() const
{
    return m_showAll->isChecked();
}

void WhatChangedPanel::focusList()
{
    if (!m_list->isHidden())
        m_list->setFocus(Qt::ShortcutFocusReason);
    else
        m_showAll->setFocus(Qt::ShortcutFocusReason);
}

int WhatChangedPanel::preferredHeight() const
{
    int rows = 0;
    for (int sync = 0; sync < m_list->topLevelItemCount(); ++sync)
        rows += 1 + m_list->topLevelItem(sync)->childCount();
    const int margins = layout()->contentsMargins().top() + layout()->contentsMargins().bottom();
    return margins + m_markSeen->sizeHint().height() + layout()->spacing() + 2 * m_list->frameWidth() +
           (std::max(rows, 3) + 1) * (m_list->fontMetrics().lineSpacing() + 4);
}

void WhatChangedPanel::openItem(QTreeWidgetItem* item)
{
    if (!item || item->data(0, ChangeIdRole).toLongLong() == 0)
        return;
    const QString toolId = item->data(0, ToolIdRole).toString();
    const QString comparisonId = item->data(0, ComparisonIdRole).toString();
    // A change about a comparison (added, its leader) opens it; any other opens its tool.
    if (!comparisonId.isEmpty())
        Q_EMIT comparisonRequested(comparisonId);
    else if (!toolId.isEmpty())
        Q_EMIT toolRequested(toolId);
}

void WhatChangedPanel::updateOpenButton()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    m_open->setEnabled(!m_list->isHidden() && item && item->data(0, ChangeIdRole).toLongLong() != 0);
}

} // namespace sos
