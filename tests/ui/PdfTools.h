// SPDX-License-Identifier: GPL-3.0-or-later
// Poppler's command-line tools, to read back the PDFs the app writes as a person's viewer would.
#pragma once

#include <QProcess>
#include <QStandardPaths>
#include <QString>

namespace sos::test {

inline bool havePoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

inline QString runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>")
            .arg(program, QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of a PDF, in reading order.
inline QString pdfText(const QString& path)
{
    return runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
}
inline QString pdfInfo(const QString& path)
{
    return runTool(QStringLiteral("pdfinfo"), {path});
}

} // namespace sos::test
