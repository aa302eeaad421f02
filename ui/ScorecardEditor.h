// SPDX-License-Identifier: GPL-3.0-or-later
// The editor pane where reviewers draft scorecards: the list of drafts above, the form (ScorecardForm)
// with its find bar (FindBar), and the live preview (ScorecardPreview) beside or below it. This class
// only coordinates them with the store: every change is in the store at most autosaveDelayMs after it
// was made, and on every focus change, draft switch, tab switch and close: a crash or a kill loses at
// most that second. Publishing, duplicating, discarding and Markdown export and import act on the
// open draft.
#pragma once

#include <drafts/Drafts.h>

#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace sos {

class DraftListModel;
class FindBar;
class ScorecardForm;
class ScorecardPreview;
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

    // Opens a draft for the tool: an untouched one of the tool if there is one, else a new one for the
    // first lens the tool has no draft for. With a lens: the reviewer's unfinished draft of the tool
    // through that lens, else an untouched one turned to it, else a new one.
    void draftFor(const QString& toolId, const QString& lensId = {});
    bool openDraft(const QString& draftId);
    QString currentDraftId() const;
    // The draft as the widgets show it now (saved or not).
    std::optional<Draft> draftInEditor() const;
    // Something changed since the last save.
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

Q_SIGNALS:
    // A short note for the status bar.
    void message(const QString& text);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QWidget* buildList();
    QWidget* buildFormPage();
    void buildActions();
    void createDraft(const QString& toolId, const QString& lensId);
    void loadIntoWidgets(const Draft& draft);
    void markDirty();
    void updateBanner();
    void updateProblems();
    void updatePreview();
    void setReadOnly(bool readOnly);
    void showNote(const QString& text);
    void selectInList(const QString& draftId);

    Store& m_store;
    Settings& m_settings;
    std::optional<Draft> m_draft; // as last stored
    bool m_dirty = false;
    bool m_selecting = false;    // moving the list's selection to the open draft: not a choice
    bool m_showProblems = false; // after a publish attempt, problems follow the typing
    QString m_note;              // the last conflict or error, shown in the banner

    DraftListModel* m_model = nullptr;
    QTreeView* m_list = nullptr;
    QSplitter* m_splitter = nullptr; // the list above the body
    QSplitter* m_body = nullptr;     // the form and the preview
    bool m_bodySized = false;
    QStackedWidget* m_stack = nullptr;
    QScrollArea* m_formScroll = nullptr;
    ScorecardForm* m_form = nullptr;
    FindBar* m_findBar = nullptr;
    QLabel* m_problemList = nullptr; // beside Publish: the fields left to fix
    QPushButton* m_publish = nullptr;
    ScorecardPreview* m_preview = nullptr;
    QTimer* m_autosave = nullptr;
    QTimer* m_previewDelay = nullptr;
    QList<QAction*> m_menuActions;
    QList<QAction*> m_draftActions; // enabled while a draft is open
};

} // namespace sos
