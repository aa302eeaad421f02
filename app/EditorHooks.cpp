// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditorHooks.h"

#include "MainWindow.h"
#include "ScorecardEditor.h"

#include <QApplication>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QTimer>

#include <cstdio>

namespace sos {

void typeDraft(MainWindow& window, const QString& toolId, const QString& text, int intervalMs)
{
    window.draftScorecard(toolId);
    auto* field = window.scorecardEditor()->findChild<QPlainTextEdit*>(QStringLiteral("scorecardText"));
    field->setFocus(Qt::OtherFocusReason);
    auto* timer = new QTimer(&window);
    timer->setInterval(intervalMs);
    auto typed = std::make_shared<qsizetype>(0);
    QObject::connect(timer, &QTimer::timeout, &window, [timer, field, text, typed] {
        if (*typed >= text.size()) {
            timer->stop();
            std::printf("done\n");
            std::fflush(stdout);
            return;
        }
        const QChar c = text.at(*typed);
        // The key a keyboard would send: Qt's key codes are the upper-case characters.
        const int key = c.isLetter() ? c.toUpper().unicode() : c.unicode();
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(c));
        QApplication::sendEvent(field, &press);
        QApplication::sendEvent(field, &release);
        ++*typed;
        std::printf("typed %lld\n", static_cast<long long>(*typed));
        std::fflush(stdout);
    });
    timer->start();
}

void dumpEditorAndQuit(MainWindow& window)
{
    QTimer::singleShot(0, &window, [&window] {
        QJsonObject object;
        if (const auto draft = window.scorecardEditor()->draftInEditor()) {
            object = {{QStringLiteral("draftId"), draft->id},
                      {QStringLiteral("toolId"), draft->toolId},
                      {QStringLiteral("lensId"), draft->lensId},
                      {QStringLiteral("author"), draft->author},
                      {QStringLiteral("text"), draft->text},
                      {QStringLiteral("cursorField"), draft->cursorField},
                      {QStringLiteral("cursorPosition"), draft->cursorPosition}};
        }
        object.insert(QStringLiteral("editorVisible"), window.scorecardEditorDock()->isVisible());
        std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        QApplication::quit();
    });
}

} // namespace sos
