// SPDX-License-Identifier: GPL-3.0-or-later
// The fields of one scorecard: lens, verdict, author, the lens's guiding prompts and the text, each
// problem beside its field, the word count, and one undo history across every field. It does not
// read the store: the editor gives it the feed's lenses and a draft, and reads the draft back.
#pragma once

#include <drafts/Drafts.h>

#include <QMap>
#include <QPointer>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QUndoStack;
class QVBoxLayout;

namespace sos {

class ScorecardForm final : public QWidget
{
    Q_OBJECT

public:
    explicit ScorecardForm(QWidget* parent = nullptr);

    // The lens box offers the feed's lenses, a lens of one's own, and the stored draft's lens when the
    // feed no longer has it. Every lens it offers has its guiding prompts.
    void setLenses(const QList<Lens>& feedLenses, const QString& draftLensId);
    // Shows the draft (an empty one when none is open) and starts a new history.
    void load(const Draft& draft, const QString& title);
    // The stored draft with what the fields show now. An answer to a prompt that has no field here (of
    // a lens neither the feed nor the draft offers any more) is kept as it was.
    Draft withEdits(Draft stored) const;
    QString lensId() const;

    // The draft's state under the title; an empty text hides it.
    void setStateText(const QString& text);
    void setReadOnly(bool readOnly);
    // Each problem beside its field. From the first call on, every field keeps the line its problem
    // takes, shown or not, so fixing one never moves the fields under the pointer.
    void showProblems(const QList<DraftProblem>& problems);
    // No problems shown and no lines kept for them (a draft is opened, nothing checked yet).
    void clearProblems();
    // The name a problem's field has on screen ("Verdict"), for a list of what is left to fix.
    QString fieldName(const QString& field) const;
    // "lens", "verdict", "author", or else the text.
    void focusField(const QString& field);
    // Back into the text field the reviewer was in last.
    void focusText();
    // Finds from the cursor on through every visible text field, wrapping round, and selects it.
    bool find(const QString& needle, bool backwards);
    QUndoStack* undoStack() const { return m_undo; }

Q_SIGNALS:
    // The reviewer changed something (undo and redo included).
    void edited();
    // The cursor moved in a text field: its place is stored with the draft.
    void cursorMoved();
    // What the preview shows changed without an edit of the text (the lens or its name).
    void previewOutdated();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    enum class Field
    {
        Lens,
        CustomLens,
        Verdict,
        Author
    };
    friend class ValueEdit;

    QFormLayout* buildChoices();
    QVBoxLayout* buildVerdictColumn();
    void addTextField(QVBoxLayout* layout);
    void addPromptGroup(const QString& lensId);
    QLabel* addProblemLabel(const QString& field);
    QLineEdit* lineField(const QString& name, const QString& accessibleName, const QString& placeholder,
                         Field field);
    void watchTextField(QPlainTextEdit* edit, const QString& fieldId);
    void addContextMenu(QWidget* edit);
    void changed();
    void pushValue(Field field, const QVariant& after);
    void applyValue(Field field, const QVariant& value);
    QVariant currentValue(Field field) const;
    void updateForLens();
    void updateCount();
    void renderProblems();
    QString fieldIdOf(QPlainTextEdit* edit) const;
    QPlainTextEdit* cursorEdit() const;
    QList<QPlainTextEdit*> visibleTextFields() const;

    bool m_open = false;    // a draft is shown
    bool m_loading = false; // filling the widgets: not an edit
    QString m_cursorField;
    QPointer<QPlainTextEdit> m_lastTextField;
    QMap<Field, QVariant> m_values; // the values undo steps start from
    QList<DraftProblem> m_shownProblems;
    bool m_checking = false; // problems are shown: every problem line keeps its space

    QUndoStack* m_undo = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_banner = nullptr;
    QComboBox* m_lens = nullptr;
    QLineEdit* m_customLens = nullptr;
    QButtonGroup* m_verdict = nullptr;
    QRadioButton* m_ship = nullptr;
    QRadioButton* m_skip = nullptr;
    QLineEdit* m_author = nullptr;
    QLabel* m_textLabel = nullptr;          // the prompt groups go above it
    QMap<QString, QWidget*> m_promptGroups; // lens id -> its prompts
    QMap<QString, QPlainTextEdit*> m_promptFields;
    QPlainTextEdit* m_lastPrompt = nullptr; // the last prompt field made, last in Tab order too
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_count = nullptr;
    QMap<QString, QLabel*> m_problems;
};

} // namespace sos
