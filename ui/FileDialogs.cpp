// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileDialogs.h"

#include <QFileDialog>

#include <optional>

namespace sos::FileDialogs {

namespace {
std::optional<QString> nextAnswer;

std::optional<QString> takeNextAnswer()
{
    std::optional<QString> answer = nextAnswer;
    nextAnswer.reset();
    return answer;
}
} // namespace

void setNextAnswer(const QString& answer)
{
    nextAnswer = answer;
}

QString saveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                     const QString& filter)
{
    if (auto answer = takeNextAnswer())
        return *answer;
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

QString openFileName(QWidget* parent, const QString& caption, const QString& startFolder,
                     const QString& filter)
{
    if (auto answer = takeNextAnswer())
        return *answer;
    return QFileDialog::getOpenFileName(parent, caption, startFolder, filter);
}

QString existingDirectory(QWidget* parent, const QString& caption, const QString& startFolder)
{
    if (auto answer = takeNextAnswer())
        return *answer;
    return QFileDialog::getExistingDirectory(parent, caption, startFolder);
}

} // namespace sos::FileDialogs
