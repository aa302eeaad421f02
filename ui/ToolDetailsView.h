// SPDX-License-Identifier: GPL-3.0-or-later
// The selected tool in full: facts, figures, description, pricing read and each lens's verdict.
// Everything here comes from a feed, so every label shows plain text, never rich text.
#pragma once

#include <store/Store.h>

#include <QKeySequence>
#include <QScrollArea>
#include <QSet>

class QIcon;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace sos {

class ToolDetailsView final : public QScrollArea
{
    Q_OBJECT

public:
    explicit ToolDetailsView(QWidget* parent = nullptr);

    void showTool(const std::optional<ToolDetails>& details);
    QString toolId() const { return m_toolId; }
    // The tools the user watches: the star button shows whether the tool shown is one.
    void setWatchedTools(const QSet<QString>& toolIds);
    // The searched words and phrases (ParsedQuery::highlightTerms), marked wherever the tool's name,
    // tagline, description, pricing read and reviews hold them: why the tool matched.
    void setHighlightTerms(const QStringList& terms);
    QStringList highlightTerms() const { return m_terms; }
    // The tools on the shortlist: the shortlist button shows whether the tool shown is one.
    void setShortlistedTools(const QSet<QString>& toolIds);

Q_SIGNALS:
    // The star button was toggled: watch the tool (or stop).
    void watchToggled(const QString& toolId, bool watch);
    // The reviewer wants to write a scorecard for the tool shown.
    void draftRequested(const QString& toolId);
    // The shortlist button was toggled: put the tool on the shortlist (or take it off).
    void shortlistToggled(const QString& toolId, bool onShortlist);

private:
    QLabel* addLabel(const QString& text, QWidget* parent, QLayout* layout);
    void clearReviews();
    void updateWatchButton();
    void updateShortlistButton();

    QString m_toolId;
    std::optional<ToolDetails> m_shown;
    QStringList m_terms;
    QSet<QString> m_watched;
    QPushButton* m_watch = nullptr;
    QSet<QString> m_shortlisted;
    QPushButton* m_shortlist = nullptr;
    QLabel* m_placeholder = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_byline = nullptr;
    QLabel* m_tagline = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_pricingRead = nullptr;
    QWidget* m_reviews = nullptr;
    QVBoxLayout* m_reviewsLayout = nullptr;
    QLabel* m_comparisons = nullptr;
};

// Creates a label that shows text as plain text, wraps, and can be selected and copied.
QLabel* makePlainLabel(const QString& text, QWidget* parent);

// The same, bold, optionally larger (headings and names).
QLabel* makeBoldLabel(const QString& text, QWidget* parent, qreal scale = 1.0);

// A small "SHIP"/"SKIP" badge; the word carries the meaning, the colour only repeats it.
QLabel* makeVerdictBadge(Verdict verdict, QWidget* parent);

// Puts the focusable widgets inside `subtree` right after the focusable widget `after` in the Tab order,
// in their own order. Widgets made after their window was shown join the end of its Tab order, wherever
// they sit on screen: a view that rebuilds its content calls this to keep Tab in the order of the screen.
void moveInFocusChain(QWidget* after, QWidget* subtree);
// The last widget inside `subtree` that Tab stops on, or nullptr.
QWidget* lastFocusableIn(QWidget* subtree);

// A star: filled gold for what the user watches, an outline for what they could.
QIcon starIcon(bool filled);
// The keys that watch the current tool or comparison, or stop watching it.
inline QKeySequence watchKeys()
{
    return QKeySequence(Qt::CTRL | Qt::Key_B);
}

// The keys that add the selected tools to the shortlist.
inline QKeySequence shortlistKeys()
{
    return QKeySequence(Qt::CTRL | Qt::Key_L);
}

// Keys as the user's platform and language write them ("Ctrl+Shift+N", "Strg+Umschalt+N"), for texts
// that mention a shortcut.
QString shortcutText(const QKeySequence& keys);

// The platform's keys for a standard command, or fallback where it has none: Qt 6.4 has no Preferences
// keys on Linux, and under X11 without a desktop's theme (Xvfb, a bare window manager) no Quit keys
// either, and Ctrl+Y before Ctrl+Shift+Z for Redo.
QList<QKeySequence> standardKeys(QKeySequence::StandardKey key, const QKeySequence& fallback);

} // namespace sos
