// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueryCompleter.h"

#include <store/SearchQuery.h>

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>

namespace sos {

QueryCompleter::QueryCompleter(QLineEdit* field)
    : QObject(field)
    , m_field(field)
    , m_completer(new QCompleter(this))
    , m_model(new QStringListModel(this))
{
    m_completer->setObjectName(QStringLiteral("queryCompleter"));
    m_completer->setModel(m_model);
    m_completer->setWidget(field);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(10);
    setValues({}, {}, {}, {});
    // Typed text only (textEdited): text set by the window (a saved search, Clear) offers nothing.
    connect(field, &QLineEdit::textEdited, this, &QueryCompleter::offer);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &QueryCompleter::insert);
}

void QueryCompleter::setValues(const QStringList& categories, const QStringList& licenses,
                               const QStringList& deployments, const QStringList& lensShortNames)
{
    const auto quoted = [](const QString& value) {
        return value.contains(QLatin1Char(' ')) ? QLatin1Char('"') + value + QLatin1Char('"') : value;
    };
    m_values.clear();
    for (const QString& value : categories)
        m_values << QStringLiteral("category:") + quoted(value);
    m_values << QStringLiteral("pricing:free") << QStringLiteral("pricing:paid");
    for (const QString& value : licenses)
        m_values << QStringLiteral("license:") + quoted(value);
    for (const QString& value : deployments)
        m_values << QStringLiteral("deployment:") + quoted(value);
    for (const QString& lens : lensShortNames)
        m_values << QStringLiteral("lens:%1=ship").arg(lens) << QStringLiteral("lens:%1=skip").arg(lens);
    m_values << QStringLiteral("ship:>=75") << QStringLiteral("ship:>=50") << QStringLiteral("ship:<50")
             << QStringLiteral("ship:=100") << QStringLiteral("votes:none") << QStringLiteral("votes:>=10")
             << QStringLiteral("votes:>=100");
}

int QueryCompleter::termStart(const QString& text, int cursor)
{
    // After the last space outside quotes before the cursor, and after a leading - or (.
    int start = 0;
    bool quoted = false;
    for (int i = 0; i < cursor && i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c.isSpace() || c == u'(' || c == u')' || (c == u'-' && i == start)))
            start = i + 1;
    }
    return start;
}

QStringList QueryCompleter::candidates(const QString& text, int cursor) const
{
    const int start = termStart(text, cursor);
    const QString term = text.mid(start, cursor - start);
    QStringList found;
    if (!term.contains(u':')) {
        // Field names once two letters are typed (a single letter starts too many words).
        if (term.size() < 2)
            return {};
        for (const QString& name : queryFieldNames()) {
            if (name.startsWith(term, Qt::CaseInsensitive) && name.size() > term.size())
                found << name;
        }
        return found;
    }
    // Quotes aside: category:dev offers category:"Developer Tools".
    const QString typed = QString(term).remove(QLatin1Char('"'));
    for (const QString& value : m_values) {
        const QString bare = QString(value).remove(QLatin1Char('"'));
        if (bare.startsWith(typed, Qt::CaseInsensitive) && bare.size() > typed.size())
            found << value;
    }
    return found;
}

std::pair<QString, int> QueryCompleter::completed(const QString& text, int cursor, const QString& completion)
{
    const int start = termStart(text, cursor);
    // The rest of the term after the cursor goes too: the completion is the whole term.
    int end = cursor;
    while (end < text.size() && !text.at(end).isSpace() && text.at(end) != u')')
        ++end;
    // A field name waits for its value; a whole term gets its space.
    const QString inserted = completion.endsWith(u':') ? completion : completion + QLatin1Char(' ');
    QString result = text.left(start) + inserted + text.mid(end);
    return {result, start + static_cast<int>(inserted.size())};
}

void QueryCompleter::offer()
{
    const QStringList found = candidates(m_field->text(), m_field->cursorPosition());
    m_model->setStringList(found);
    if (found.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void QueryCompleter::insert(const QString& completion)
{
    const auto [text, cursor] = completed(m_field->text(), m_field->cursorPosition(), completion);
    m_field->setText(text);
    m_field->setCursorPosition(cursor);
    // After a field name, its values at once.
    if (completion.endsWith(u':'))
        offer();
}

} // namespace sos
