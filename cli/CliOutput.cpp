// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliOutput.h"

#include <base/TextMatch.h>

#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>

namespace sos {

QString programName()
{
    return QStringLiteral("shiporskip-cli");
}

int printError(QTextStream& err, CliExit exit, const QString& message, const QString& command)
{
    err << programName();
    if (!command.isEmpty())
        err << ' ' << command;
    err << ": " << message << '\n';
    return exit;
}

int notFound(QTextStream& err, const QString& message, const QString& typed, const QStringList& candidates)
{
    return printError(err, ExitFailure, withSuggestions(message, typed, candidates));
}

QString table(const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QStringList& row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (widths.size() <= column)
                widths << 0;
            widths[column] = std::max(widths[column], row.at(column).size());
        }
    }
    QString text;
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const bool last = column + 1 == row.size();
            line += last ? row.at(column) : row.at(column).leftJustified(widths.at(column) + 2);
        }
        text += line + QLatin1Char('\n');
    }
    return text;
}

QString wrapped(const QString& text, int width, const QString& indent)
{
    QString result;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            result += indent + line + QLatin1Char('\n');
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        result += indent + line + QLatin1Char('\n');
    return result;
}

void printJson(QTextStream& out, const QJsonDocument& document)
{
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

} // namespace sos
