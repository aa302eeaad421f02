// SPDX-License-Identifier: GPL-3.0-or-later
// The editor pane where reviewers draft scorecards: lens, verdict, the lens's guiding prompts and the
// free text, a live preview drawn exactly as the comparison view draws scorecards, undo and redo
// across every field, find, the list of drafts, Markdown export and import, and publishing through the
// next sync. Every change is in the store at most autosaveDelayMs after it was made, and on every focus
// change, draft switch, tab switch and close: a crash or a kill loses at most that second.
#pragma once

#include <drafts/Drafts.h>

#include <QMap>
#include <QPointer>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTimer;
class QTreeView;
class QUndoStack;
class QVBoxLayout;

namespace sos {

class DraftListModel;
class Settings;
class Store;

class ScorecardEditor final : public QWidget
{
    Q_OBJECT

public:
    // A change reaches the store at most this long after it was made (the issue allows two seconds).
    static constexpr int autosaveDelayMs = 1000;
    // The preview follows the typing after this pause.
    static constexpr int previewDelayMs = 200;
    // From this width on, the preview sits beside the form instead of below it.
    static constexpr int sideBySideWidth = 760;

    ScorecardEditor(Store& store, Settings& settings, QWidget* parent = nullptr);
    ~ScorecardEditor() override;

    // Opens a draft for the tool: an untouched one of the tool if there is one, else a new one.
    void draftFor(const QString& toolId);
    bool openDraft(const QString& draftId);
    QString currentDraftId() const;
    // The draft as the widgets show it now (saved or not).
    std::optional<Draft> draftInEditor() const;
    bool isDirty() const { return m_dirty; }
    // Stores the draft now if anything changed since the last save; false when the store refused.
    bool saveNow();
    // Re-reads states and lenses after a sync (a queued draft may be published or refused now).
    void reloadFromStore();

    void publish();
    void duplicateCurrent();
    // Asks first unless askFirst is false.
    void discardCurrent(bool askFirst = true);
    void exportMarkdown();
    void importMarkdown();
    void showFind();
    // Finds the find field's text from the cursor on, through every visible text field, wrapping.
    bool findNext(bool backwards = false);
    void focusEditor();

    // The actions the main window lists in its menu (they act on the open draft).
    QList<QAction*> menuActions() const { return m_menuActions; }

    // For tests.
    QTimer* autosaveTimer() const { return m_autosave; }
    QUndoStack* undoStack() const { return m_undo; }
    DraftListModel* draftModel() const { return m_model; }
    QTreeView* draftView() const { return m_list; }
    QComboBox* lensBox() const { return m_lens; }
    QLineEdit* customLensField() const { return m_customLens; }
    QRadioButton* shipButton() const { return m_ship; }
    QRadioButton* skipButton() const { return m_skip; }
    QLineEdit* authorField() const { return m_author; }
    QPlainTextEdit* textField() const { return m_text; }
    QPlainTextEdit* promptField(const QString& promptId) const { return m_promptFields.value(promptId); }
    QLabel* problemLabel(const QString& field) const { return m_problems.value(field); }
    QLabel* stateBanner() const { return m_banner; }
    QLabel* countLabel() const { return m_count; }
    QWidget* preview() const { return m_previewPage; }
    QLineEdit* findField() const { return m_findField; }

Q_SIGNALS:
    // A short note for the status bar.
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
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

    void buildForm(QWidget* page);
    void buildList(QWidget* page);
    void refreshLensBox();
    void loadIntoWidgets(const Draft& draft);
    void markDirty();
    void updateForLens();
    void updateBanner();
    void updateCount();
    void updateProblems();
    void updatePreview();
    void setReadOnly(bool readOnly);
    void watchTextField(QPlainTextEdit* edit, const QString& fieldId);
    void watchLineEdit(QLineEdit* edit, Field field);
    QLineEdit* lineField(QWidget* parent, const QString& name, const QString& accessibleName,
                         const QString& placeholder, Field field);
    void pushValue(Field field, const QVariant& after);
    void applyValue(Field field, const QVariant& value);
    QVariant currentValue(Field field) const;
    void showNote(const QString& text);
    QList<QPlainTextEdit*> visibleTextFields() const;
    QString currentLensId() const;
    void selectInList(const QString& draftId);
    void addContextMenu(QWidget* edit);

    Store& m_store;
    Settings& m_settings;
    std::optional<Draft> m_draft; // as last stored
    bool m_dirty = false;
    bool m_loading = false;      // filling the widgets: not an edit
    bool m_showProblems = false; // after a publish attempt, problems follow the typing
    QString m_note;              // the last conflict or error, shown in the banner
    QString m_cursorField = QStringLiteral("text");
    QMap<Field, QVariant> m_values; // the values undo steps start from

    DraftListModel* m_model = nullptr;
    QTreeView* m_list = nullptr;
    QSplitter* m_splitter = nullptr; // the list above the body
    QSplitter* m_body = nullptr;     // the form and the preview
    bool m_bodySized = false;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_banner = nullptr;
    QComboBox* m_lens = nullptr;
    QLineEdit* m_customLens = nullptr;
    QButtonGroup* m_verdict = nullptr;
    QRadioButton* m_ship = nullptr;
    QRadioButton* m_skip = nullptr;
    QLineEdit* m_author = nullptr;
    QMap<QString, QWidget*> m_promptGroups; // lens id -> its prompts
    QMap<QString, QPlainTextEdit*> m_promptFields;
    QPlainTextEdit* m_text = nullptr;
    QPointer<QPlainTextEdit> m_lastTextField;
    QLabel* m_count = nullptr;
    QMap<QString, QLabel*> m_problems;
    QPushButton* m_publish = nullptr;
    QWidget* m_findBar = nullptr;
    QLineEdit* m_findField = nullptr;
    QLabel* m_findStatus = nullptr;
    QScrollArea* m_previewScroll = nullptr;
    QWidget* m_previewPage = nullptr;
    QVBoxLayout* m_previewLayout = nullptr;
    QTimer* m_autosave = nullptr;
    QTimer* m_previewDelay = nullptr;
    QUndoStack* m_undo = nullptr;
    QList<QAction*> m_menuActions;
    QList<QAction*> m_draftActions;              // enabled while a draft is open
    QMap<QString, QList<Review>> m_panelReviews; // tool id -> its reviews, for the preview
};

} // namespace sos
