// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindBar.h"

#include "EditorText.h"
#include "ToolDetailsView.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace sos {

FindBar::FindBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("findBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("findInDraft"));
    m_field->setPlaceholderText(EditorText::tr("Find in this draft"));
    m_field->setAccessibleName(EditorText::tr("Find in this draft"));
    m_field->setClearButtonEnabled(true);
    connect(m_field, &QLineEdit::returnPressed, this,
            [this] { Q_EMIT findRequested(QApplication::keyboardModifiers().testFlag(Qt::ShiftModifier)); });
    auto* previous = new QToolButton(this);
    previous->setText(QStringLiteral("\u25b2"));
    previous->setToolTip(EditorText::tr("Find previous (%1)").arg(shortcutText(QKeySequence::FindPrevious)));
    previous->setAccessibleName(EditorText::tr("Find previous"));
    connect(previous, &QToolButton::clicked, this, [this] { Q_EMIT findRequested(true); });
    auto* next = new QToolButton(this);
    next->setText(QStringLiteral("\u25bc"));
    next->setToolTip(EditorText::tr("Find next (%1)").arg(shortcutText(QKeySequence::FindNext)));
    next->setAccessibleName(EditorText::tr("Find next"));
    connect(next, &QToolButton::clicked, this, [this] { Q_EMIT findRequested(false); });
    m_status = new QLabel(this);
    auto* close = new QToolButton(this);
    close->setText(QStringLiteral("\u2715"));
    close->setToolTip(
        EditorText::tr("Close the find bar (%1)").arg(shortcutText(QKeySequence(Qt::Key_Escape))));
    close->setAccessibleName(EditorText::tr("Close the find bar"));
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    auto* escape = new QAction(EditorText::tr("Close the Find Bar"), m_field);
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    escape->setShortcutContext(Qt::WidgetShortcut);
    connect(escape, &QAction::triggered, close, &QToolButton::click);
    m_field->addAction(escape);
    layout->addWidget(m_field, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_status);
    layout->addWidget(close);
    hide();
}

QString FindBar::text() const
{
    return m_field->text();
}

void FindBar::open()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void FindBar::showResult(bool found)
{
    if (found)
        m_status->clear();
    else
        m_status->setText(EditorText::tr("Not found"));
}

} // namespace sos
