// SPDX-License-Identifier: GPL-3.0-or-later
// The app's file dialogs, with a seam for tests: a test sets the next answer, and the dialog is not
// shown (the pattern KeePassXC uses for its GUI tests).
#pragma once

#include <QString>

class QWidget;

namespace sos::FileDialogs {

QString saveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                     const QString& filter);
QString openFileName(QWidget* parent, const QString& caption, const QString& startFolder,
                     const QString& filter);
QString existingDirectory(QWidget* parent, const QString& caption, const QString& startFolder);

// For tests: the next call returns this instead of asking (an empty string: as if cancelled).
void setNextAnswer(const QString& answer);

} // namespace sos::FileDialogs
