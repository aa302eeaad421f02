// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchHighlight.h"

#include <base/TextMatch.h>
#include <store/CatalogReader.h>

#include <QLabel>
#include <QRegularExpression>

namespace sos {

namespace {

const QString markOpen = QStringLiteral("<span style=\"background-color:#ffe083; color:#1a1a1a;\">");
const QString markClose = QStringLiteral("</span>");

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

QString highlightedHtml(const QString& text, const QStringList& terms)
{
    const QRegularExpression pattern = searchTermsPattern(terms);
    if (pattern.pattern().isEmpty())
        return escaped(text);
    QString html;
    qsizetype from = 0;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength() == 0)
            continue;
        html += escaped(text.mid(from, match.capturedStart() - from)) + markOpen + escaped(match.captured()) +
                markClose;
        from = match.capturedEnd();
    }
    return html + escaped(text.mid(from));
}

void setHighlightedText(QLabel* label, const QString& text, const QStringList& terms)
{
    const QString html = highlightedHtml(text, terms);
    const bool marked = html.contains(markOpen);
    label->setTextFormat(marked ? Qt::RichText : Qt::PlainText);
    label->setText(marked ? html : text);
}

QString snippetHtml(const QString& snippet)
{
    return escaped(snippet)
        .replace(QString(snippetMarkOpen).toHtmlEscaped(), markOpen)
        .replace(QString(snippetMarkClose).toHtmlEscaped(), markClose);
}

} // namespace sos
