// SPDX-License-Identifier: GPL-3.0-or-later
// What every command prints with: the command line's translation context, the one way it reports a
// problem, and the shapes its text takes (aligned tables, wrapped paragraphs, indented JSON).
#pragma once

#include "Cli.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QJsonDocument;
class QTextStream;

namespace sos {

// The translation context of every command-line text: "sos::Cli", as the .ts files have it.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(sos::Cli)
};

// "shiporskip-cli": how the program names itself in its usage and its messages.
QString programName();

// The one way the command line reports a problem: "shiporskip-cli: message" on a line of err, or
// "shiporskip-cli COMMAND: message" for a mistake in that command's own line. Returns exit, so that a
// command ends with `return printError(...)`.
int printError(QTextStream& err, CliExit exit, const QString& message, const QString& command = {});

// A name that matched nothing: the error (message, the whole sentence with the name in it), then the
// candidates closest to what was typed. Returns ExitFailure.
int notFound(QTextStream& err, const QString& message, const QString& typed, const QStringList& candidates);

// Columns aligned two spaces apart, one line per row.
QString table(const QList<QStringList>& rows);

// Plain text word-wrapped to width, every line indented.
QString wrapped(const QString& text, int width, const QString& indent);

void printJson(QTextStream& out, const QJsonDocument& document);

} // namespace sos
