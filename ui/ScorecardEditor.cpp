// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScorecardEditor.h"

#include "Appearance.h"
#include "DraftListModel.h"
#include "FileDialogs.h"
#include "Scorecard.h"
#include "ToolDetailsView.h"
#include <base/Settings.h>
#include <store/Store.h>

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sos {

namespace {

const QString textFieldId = QStringLiteral("text");

// The panel's scorecards run about this long; the editor says so beside the count.
constexpr int guideMinimumWords = 60;
constexpr int guideMaximumWords = 120;

// One step of typing in a text field: the field's own document holds the change, this command puts
// it in the editor's single history, so undo walks back across fields in the order things happened.
class DocumentEdit final : public QUndoCommand
{
public:
    explicit DocumentEdit(QPlainTextEdit* edit)
        : m_edit(edit)
    {
        setText(ScorecardEditor::tr("typing"));
    }

    void undo() override
    {
        if (m_edit) {
            m_edit->undo();
            m_edit->setFocus(Qt::OtherFocusReason);
        }
    }

    void redo() override
    {
        if (m_first) {
            m_first = false; // the document has done it already
            return;
        }
        if (m_edit) {
            m_edit->redo();
            m_edit->setFocus(Qt::OtherFocusReason);
        }
    }

private:
    QPointer<QPlainTextEdit> m_edit;
    bool m_first = true;
};

QKeySequence publishKeys()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return);
}
// The main window's Sync action (SyncController) has these keys.
QKeySequence syncKeys()
{
    return QKeySequence(Qt::CTRL | Qt::Key_R);
}

QFrame* previewCard(QWidget* parent)
{
    auto* frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    return frame;
}

} // namespace

// A change of the lens, the custom lens name, the verdict or the author. Typing in one line field
// merges into one step.
class ValueEdit final : public QUndoCommand
{
public:
    ValueEdit(ScorecardEditor* editor, ScorecardEditor::Field field, QVariant before, QVariant after)
        : m_editor(editor)
        , m_field(field)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        switch (field) {
        case ScorecardEditor::Field::Lens:
            setText(ScorecardEditor::tr("lens change"));
            break;
        case ScorecardEditor::Field::CustomLens:
            setText(ScorecardEditor::tr("lens name"));
            break;
        case ScorecardEditor::Field::Verdict:
            setText(ScorecardEditor::tr("verdict change"));
            break;
        case ScorecardEditor::Field::Author:
            setText(ScorecardEditor::tr("author"));
            break;
        }
    }

    int id() const override
    {
        const bool typing =
            m_field == ScorecardEditor::Field::CustomLens || m_field == ScorecardEditor::Field::Author;
        return typing ? 1000 + static_cast<int>(m_field) : -1;
    }

    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* edit = static_cast<const ValueEdit*>(other);
        if (edit->m_field != m_field)
            return false;
        m_after = edit->m_after;
        return true;
    }

    void undo() override { m_editor->applyValue(m_field, m_before); }

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        m_editor->applyValue(m_field, m_after);
    }

private:
    ScorecardEditor* m_editor;
    ScorecardEditor::Field m_field;
    QVariant m_before;
    QVariant m_after;
    bool m_first = true;
};

ScorecardEditor::ScorecardEditor(Store& store, Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("scorecardEditor"));
    m_undo = new QUndoStack(this);
    m_autosave = new QTimer(this);
    m_autosave->setObjectName(QStringLiteral("autosaveTimer"));
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(autosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, &ScorecardEditor::saveNow);
    m_previewDelay = new QTimer(this);
    m_previewDelay->setSingleShot(true);
    m_previewDelay->setInterval(previewDelayMs);
    connect(m_previewDelay, &QTimer::timeout, this, &ScorecardEditor::updatePreview);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("editorSplitter"));
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter);

    auto* listPage = new QWidget(m_splitter);
    buildList(listPage);
    m_splitter->addWidget(listPage);

    // Below the list: the form and its preview, side by side when the pane is wide enough.
    m_body = new QSplitter(Qt::Horizontal, m_splitter);
    m_body->setObjectName(QStringLiteral("editorBodySplitter"));
    m_body->setChildrenCollapsible(false);
    m_stack = new QStackedWidget(m_body);
    QLabel* empty =
        makePlainLabel(tr("No draft is open.\n\nSelect a tool and press %1 (or \"Draft a "
                          "Scorecard\" in its details or a comparison column), or pick a draft above.")
                           .arg(shortcutText(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N))),
                       m_stack);
    empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(empty);
    auto* formScroll = new QScrollArea(m_stack);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setAccessibleName(tr("Draft"));
    auto* formPage = new QWidget(formScroll);
    buildForm(formPage);
    formScroll->setWidget(formPage);
    m_stack->addWidget(formScroll);
    m_body->addWidget(m_stack);

    m_previewScroll = new QScrollArea(m_body);
    m_previewScroll->setObjectName(QStringLiteral("scorecardPreview"));
    m_previewScroll->setWidgetResizable(true);
    m_previewScroll->setFrameShape(QFrame::NoFrame);
    m_previewScroll->setAccessibleName(tr("Preview"));
    m_previewScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the cards wrap instead
    m_previewPage = new QWidget(m_previewScroll);
    m_previewLayout = new QVBoxLayout(m_previewPage);
    m_previewScroll->setWidget(m_previewPage);
    m_body->addWidget(m_previewScroll);
    m_body->setStretchFactor(0, 1);
    m_body->setStretchFactor(1, 1);
    m_splitter->addWidget(m_body);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({fontMetrics().lineSpacing() * 7, 800});
    m_splitter->restoreState(m_settings.value(Settings::Key::EditorSplitter).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { m_settings.setValue(Settings::Key::EditorSplitter, m_splitter->saveState()); });

    // Leaving a field stores what was typed in it.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget* old, QWidget*) {
        if (m_dirty && old && isAncestorOf(old))
            saveNow();
    });
    connect(qApp, &QCoreApplication::aboutToQuit, this, &ScorecardEditor::saveNow);

    // The editor's own shortcuts work while the focus is anywhere in it.
    auto addAction = [this](const QString& text, const QString& name, const QKeySequence& shortcut,
                            auto handler, bool needsDraft = true) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, handler);
        QWidget::addAction(action);
        m_menuActions << action;
        if (needsDraft)
            m_draftActions << action;
        return action;
    };
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("editorUndoAction"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QWidget::addAction(undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("editorRedoAction"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QWidget::addAction(redo);
    m_menuActions << undo << redo;
    addAction(tr("&Publish Scorecard"), QStringLiteral("publishAction"), publishKeys(),
              &ScorecardEditor::publish);
    addAction(tr("Dupli&cate Draft"), QStringLiteral("duplicateDraftAction"), {},
              &ScorecardEditor::duplicateCurrent);
    addAction(tr("Di&scard Draft\u2026"), QStringLiteral("discardDraftAction"), {},
              [this] { discardCurrent(true); });
    addAction(tr("E&xport Draft to Markdown\u2026"), QStringLiteral("exportDraftAction"), {},
              &ScorecardEditor::exportMarkdown);
    addAction(tr("&Import Draft from Markdown\u2026"), QStringLiteral("importDraftAction"), {},
              &ScorecardEditor::importMarkdown, false);
    addAction(tr("Find &Next in Draft"), QStringLiteral("findNextAction"), QKeySequence::FindNext,
              [this] { findNext(false); });
    addAction(tr("Find Pre&vious in Draft"), QStringLiteral("findPreviousAction"), QKeySequence::FindPrevious,
              [this] { findNext(true); });

    refreshLensBox();
    // Back to the draft that was open; after a crash that kept no settings, to the latest one edited.
    QString last = m_settings.value(Settings::Key::EditorDraftId).toString();
    if (last.isEmpty()) {
        for (const Draft& draft : Drafts(m_store).list()) {
            if (draft.state == DraftState::Draft || draft.state == DraftState::Rejected) {
                last = draft.id;
                break;
            }
        }
    }
    if (last.isEmpty() || !openDraft(last))
        loadIntoWidgets({});
}

ScorecardEditor::~ScorecardEditor()
{
    // ~QWidget hides the pane, which moves the focus and emits focusChanged: by then this editor is
    // only a QWidget, and the handler above must not run on it (UBSan reported the access). What it
    // would have stored is stored here, while the editor is whole.
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
    saveNow();
}

void ScorecardEditor::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateProblems(); // their red suits the palette's background
}

void ScorecardEditor::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Preview beside the form when there is room for both, below it when the pane is narrow.
    const Qt::Orientation orientation = width() >= sideBySideWidth ? Qt::Horizontal : Qt::Vertical;
    if (orientation != m_body->orientation() || !m_bodySized) {
        m_body->setOrientation(orientation);
        m_body->setSizes({1000, orientation == Qt::Horizontal ? 800 : 500}); // in proportion
        m_bodySized = true;
    }
}

void ScorecardEditor::buildList(QWidget* page)
{
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    QLabel* heading = makeBoldLabel(tr("My d&rafts"), page);
    layout->addWidget(heading);
    m_model = new DraftListModel(m_store, this);
    m_list = new QTreeView(page);
    m_list->setObjectName(QStringLiteral("draftList"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("My drafts"));
    m_list->setAccessibleDescription(
        tr("Every scorecard draft with its tool, lens, verdict, state and last edit"));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(DraftListModel::StateColumn, QHeaderView::Stretch);
    heading->setBuddy(m_list);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) {
                if (!index.isValid() || m_loading)
                    return;
                const QString id = index.data(DraftListModel::DraftIdRole).toString();
                if (id != currentDraftId())
                    openDraft(id);
            });
    layout->addWidget(m_list, 1);
}

void ScorecardEditor::buildForm(QWidget* page)
{
    auto* layout = new QVBoxLayout(page);
    m_title = makeBoldLabel({}, page, 1.2);
    m_title->setObjectName(QStringLiteral("draftTitle"));
    layout->addWidget(m_title);
    m_banner = makePlainLabel({}, page);
    m_banner->setObjectName(QStringLiteral("draftState"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);
    m_banner->setAccessibleName(tr("Draft state"));
    layout->addWidget(m_banner);

    auto problem = [&](const QString& field) {
        QLabel* label = makePlainLabel({}, page);
        label->setObjectName(QStringLiteral("problem-") + field);
        label->setAccessibleName(tr("Problem"));
        label->hide();
        m_problems.insert(field, label);
        return label;
    };

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_lens = new QComboBox(page);
    m_lens->setObjectName(QStringLiteral("lensBox"));
    m_lens->setAccessibleName(tr("Lens"));
    m_lens->setAccessibleDescription(tr("The reviewer persona this scorecard judges through"));
    connect(m_lens, &QComboBox::activated, this, [this] {
        pushValue(Field::Lens, m_lens->currentData());
        updateForLens();
        markDirty();
    });
    m_customLens = lineField(page, QStringLiteral("customLensField"), tr("Custom lens name"),
                             tr("Name your lens, e.g. Security auditor"), Field::CustomLens);
    auto* lensRow = new QVBoxLayout;
    lensRow->addWidget(m_lens);
    lensRow->addWidget(m_customLens);
    lensRow->addWidget(problem(QStringLiteral("lens")));
    auto* lensLabel = new QLabel(tr("&Lens:"), page);
    lensLabel->setBuddy(m_lens);
    form->addRow(lensLabel, lensRow);

    m_ship = new QRadioButton(tr("Shi&p"), page);
    m_ship->setObjectName(QStringLiteral("shipButton"));
    m_skip = new QRadioButton(tr("S&kip"), page);
    m_skip->setObjectName(QStringLiteral("skipButton"));
    m_ship->setAccessibleDescription(tr("Verdict: ship it"));
    m_skip->setAccessibleDescription(tr("Verdict: skip it"));
    m_verdict = new QButtonGroup(this);
    m_verdict->addButton(m_ship, static_cast<int>(Verdict::Ship));
    m_verdict->addButton(m_skip, static_cast<int>(Verdict::Skip));
    connect(m_verdict, &QButtonGroup::idClicked, this, [this](int id) {
        if (m_loading)
            return;
        pushValue(Field::Verdict, id);
        markDirty();
    });
    auto* verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_ship);
    verdictRow->addWidget(m_skip);
    verdictRow->addStretch(1);
    auto* verdictColumn = new QVBoxLayout;
    verdictColumn->addLayout(verdictRow);
    verdictColumn->addWidget(problem(QStringLiteral("verdict")));
    form->addRow(tr("Verdict:"), verdictColumn);

    m_author = lineField(page, QStringLiteral("authorField"), tr("Author"),
                         tr("Your name as readers will see it"), Field::Author);
    auto* authorColumn = new QVBoxLayout;
    authorColumn->addWidget(m_author);
    authorColumn->addWidget(problem(QStringLiteral("author")));
    auto* authorLabel = new QLabel(tr("&Author:"), page);
    authorLabel->setBuddy(m_author);
    form->addRow(authorLabel, authorColumn);
    layout->addLayout(form);

    // The guiding prompts of every lens exist from the start and show with their lens, so switching
    // lenses never loses an answer and undo can always reach back into them.
    QStringList lensIds;
    for (const Lens& lens : m_store.catalog().lenses())
        lensIds << lens.id;
    for (const QString& known :
         {QStringLiteral("developer-experience"), QStringLiteral("competitive-skeptic"),
          QStringLiteral("futurist"), QStringLiteral("buyer")}) {
        if (!lensIds.contains(known))
            lensIds << known;
    }
    for (const QString& lensId : std::as_const(lensIds)) {
        const QList<Prompt> prompts = promptsForLens(lensId);
        if (prompts.isEmpty())
            continue;
        auto* group = new QWidget(page);
        auto* groupLayout = new QVBoxLayout(group);
        groupLayout->setContentsMargins(0, 0, 0, 0);
        groupLayout->addWidget(makeBoldLabel(tr("Guiding prompts (optional)"), group));
        for (const Prompt& prompt : prompts) {
            auto* label = new QLabel(prompt.label, group);
            label->setTextFormat(Qt::PlainText);
            auto* edit = new QPlainTextEdit(group);
            edit->setObjectName(QStringLiteral("prompt-") + prompt.id);
            edit->setAccessibleName(prompt.label);
            edit->setTabChangesFocus(true);
            edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
            label->setBuddy(edit);
            watchTextField(edit, prompt.id);
            m_promptFields.insert(prompt.id, edit);
            groupLayout->addWidget(label);
            groupLayout->addWidget(edit);
        }
        group->hide();
        m_promptGroups.insert(lensId, group);
        layout->addWidget(group);
    }

    auto* textLabel = new QLabel(tr("S&corecard:"), page);
    QFont bold = textLabel->font();
    bold.setBold(true);
    textLabel->setFont(bold);
    layout->addWidget(textLabel);
    m_text = new QPlainTextEdit(page);
    m_text->setObjectName(QStringLiteral("scorecardText"));
    m_text->setAccessibleName(tr("Scorecard text"));
    m_text->setAccessibleDescription(tr("The scorecard in your own words, plain text"));
    m_text->setPlaceholderText(tr("Your verdict and why, in plain text."));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 8);
    textLabel->setBuddy(m_text);
    watchTextField(m_text, textFieldId);
    layout->addWidget(m_text, 1);
    layout->addWidget(problem(textFieldId));
    m_count = makePlainLabel({}, page);
    m_count->setObjectName(QStringLiteral("wordCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_count);

    // Find, below the text.
    m_findBar = new QWidget(page);
    auto* findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(0, 0, 0, 0);
    m_findField = new QLineEdit(m_findBar);
    m_findField->setObjectName(QStringLiteral("findInDraft"));
    m_findField->setPlaceholderText(tr("Find in this draft"));
    m_findField->setAccessibleName(tr("Find in this draft"));
    m_findField->setClearButtonEnabled(true);
    connect(m_findField, &QLineEdit::returnPressed, this,
            [this] { findNext(QApplication::keyboardModifiers().testFlag(Qt::ShiftModifier)); });
    auto* previous = new QToolButton(m_findBar);
    previous->setText(QStringLiteral("\u25b2"));
    previous->setToolTip(tr("Find previous (%1)").arg(shortcutText(QKeySequence::FindPrevious)));
    previous->setAccessibleName(tr("Find previous"));
    connect(previous, &QToolButton::clicked, this, [this] { findNext(true); });
    auto* next = new QToolButton(m_findBar);
    next->setText(QStringLiteral("\u25bc"));
    next->setToolTip(tr("Find next (%1)").arg(shortcutText(QKeySequence::FindNext)));
    next->setAccessibleName(tr("Find next"));
    connect(next, &QToolButton::clicked, this, [this] { findNext(false); });
    m_findStatus = new QLabel(m_findBar);
    auto* close = new QToolButton(m_findBar);
    close->setText(QStringLiteral("\u2715"));
    close->setToolTip(tr("Close the find bar (%1)").arg(shortcutText(QKeySequence(Qt::Key_Escape))));
    close->setAccessibleName(tr("Close the find bar"));
    connect(close, &QToolButton::clicked, this, [this] {
        m_findBar->hide();
        focusEditor();
    });
    auto* escape = new QAction(tr("Close the Find Bar"), m_findField);
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    escape->setShortcutContext(Qt::WidgetShortcut);
    connect(escape, &QAction::triggered, close, &QToolButton::click);
    m_findField->addAction(escape);
    findLayout->addWidget(m_findField, 1);
    findLayout->addWidget(previous);
    findLayout->addWidget(next);
    findLayout->addWidget(m_findStatus);
    findLayout->addWidget(close);
    m_findBar->hide();
    layout->addWidget(m_findBar);

    auto* buttons = new QHBoxLayout;
    m_publish = new QPushButton(tr("Pu&blish"), page);
    m_publish->setObjectName(QStringLiteral("publishButton"));
    m_publish->setToolTip(
        tr("Check the scorecard and queue it for the next sync (%1)").arg(shortcutText(publishKeys())));
    connect(m_publish, &QPushButton::clicked, this, &ScorecardEditor::publish);
    buttons->addStretch(1);
    buttons->addWidget(m_publish);
    layout->addLayout(buttons);
}

void ScorecardEditor::watchTextField(QPlainTextEdit* edit, const QString& fieldId)
{
    edit->installEventFilter(this);
    addContextMenu(edit);
    connect(edit->document(), &QTextDocument::undoCommandAdded, this, [this, edit] {
        if (!m_loading)
            m_undo->push(new DocumentEdit(edit));
    });
    connect(edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            markDirty();
    });
    connect(edit, &QPlainTextEdit::cursorPositionChanged, this, [this, edit, fieldId] {
        if (m_loading || !edit->hasFocus())
            return;
        m_cursorField = fieldId;
        m_lastTextField = edit;
        if (!m_autosave->isActive() && m_draft)
            m_autosave->start(); // the cursor's place is stored too
    });
}

QLineEdit* ScorecardEditor::lineField(QWidget* parent, const QString& name, const QString& accessibleName,
                                      const QString& placeholder, Field field)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    watchLineEdit(edit, field);
    return edit;
}

void ScorecardEditor::watchLineEdit(QLineEdit* edit, Field field)
{
    edit->installEventFilter(this);
    addContextMenu(edit);
    connect(edit, &QLineEdit::textEdited, this, [this, field](const QString& text) {
        pushValue(field, text);
        if (field == Field::CustomLens)
            m_previewDelay->start();
        markDirty();
    });
}

void ScorecardEditor::addContextMenu(QWidget* edit)
{
    // The fields' own menus, with undo and redo going through the editor's one history.
    edit->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(edit, &QWidget::customContextMenuRequested, this, [this, edit](const QPoint& pos) {
        QMenu* menu = nullptr;
        if (auto* text = qobject_cast<QPlainTextEdit*>(edit))
            menu = text->createStandardContextMenu(pos);
        else if (auto* line = qobject_cast<QLineEdit*>(edit))
            menu = line->createStandardContextMenu();
        if (!menu)
            return;
        menu->setAttribute(Qt::WA_DeleteOnClose);
        for (QAction* action : menu->actions()) {
            const bool isUndo = action->objectName() == QLatin1String("edit-undo");
            const bool isRedo = action->objectName() == QLatin1String("edit-redo");
            if (!isUndo && !isRedo)
                continue;
            auto* replacement = new QAction(action->text(), menu);
            replacement->setEnabled(isUndo ? m_undo->canUndo() : m_undo->canRedo());
            connect(replacement, &QAction::triggered, m_undo, isUndo ? &QUndoStack::undo : &QUndoStack::redo);
            menu->insertAction(action, replacement);
            action->setVisible(false);
        }
        menu->popup(edit->mapToGlobal(pos));
    });
}

bool ScorecardEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool isUndo = key->matches(QKeySequence::Undo);
        const bool isRedo = key->matches(QKeySequence::Redo);
        if (isUndo || isRedo) {
            // The field would undo only its own typing; the editor undoes across every field.
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                if (isUndo)
                    m_undo->undo();
                else
                    m_undo->redo();
            }
            return true;
        }
    }
    if (event->type() == QEvent::FocusIn) {
        if (auto* edit = qobject_cast<QPlainTextEdit*>(watched)) {
            m_lastTextField = edit;
            m_cursorField = edit == m_text ? textFieldId : m_promptFields.key(edit);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ScorecardEditor::pushValue(Field field, const QVariant& after)
{
    if (m_loading)
        return;
    const QVariant before = m_values.value(field);
    if (before == after)
        return;
    m_values.insert(field, after);
    m_undo->push(new ValueEdit(this, field, before, after));
}

QVariant ScorecardEditor::currentValue(Field field) const
{
    switch (field) {
    case Field::Lens:
        return m_lens->currentData();
    case Field::CustomLens:
        return m_customLens->text();
    case Field::Verdict:
        return m_verdict->checkedId();
    case Field::Author:
        return m_author->text();
    }
    return {};
}

void ScorecardEditor::applyValue(Field field, const QVariant& value)
{
    m_loading = true;
    switch (field) {
    case Field::Lens: {
        const int index = m_lens->findData(value);
        m_lens->setCurrentIndex(std::max(index, 0));
        m_lens->setFocus(Qt::OtherFocusReason);
        break;
    }
    case Field::CustomLens:
        m_customLens->setText(value.toString());
        m_customLens->setFocus(Qt::OtherFocusReason);
        break;
    case Field::Verdict: {
        // A button group cannot show "neither" while exclusive.
        m_verdict->setExclusive(false);
        m_ship->setChecked(value.toInt() == static_cast<int>(Verdict::Ship));
        m_skip->setChecked(value.toInt() == static_cast<int>(Verdict::Skip));
        m_verdict->setExclusive(true);
        break;
    }
    case Field::Author:
        m_author->setText(value.toString());
        m_author->setFocus(Qt::OtherFocusReason);
        break;
    }
    m_values.insert(field, value);
    m_loading = false;
    updateForLens();
    markDirty();
}

void ScorecardEditor::refreshLensBox()
{
    const bool loading = m_loading;
    m_loading = true;
    const QVariant current = m_lens->currentData();
    m_lens->clear();
    for (const Lens& lens : m_store.catalog().lenses())
        m_lens->addItem(lens.name, lens.id);
    m_lens->addItem(tr("A lens of my own\u2026"), QString::fromLatin1(Drafts::customLensId));
    if (m_draft && m_lens->findData(m_draft->lensId) < 0 && !m_draft->lensId.isEmpty())
        m_lens->addItem(tr("%1 (no longer in the feed)").arg(m_draft->lensId), m_draft->lensId);
    m_lens->setCurrentIndex(std::max(0, m_lens->findData(current)));
    m_loading = loading;
}

QString ScorecardEditor::currentLensId() const
{
    return m_lens->currentData().toString();
}

QString ScorecardEditor::currentDraftId() const
{
    return m_draft ? m_draft->id : QString();
}

std::optional<Draft> ScorecardEditor::draftInEditor() const
{
    if (!m_draft)
        return std::nullopt;
    Draft draft = *m_draft;
    draft.lensId = currentLensId();
    draft.customLens = draft.lensId == QLatin1String(Drafts::customLensId) ? m_customLens->text() : QString();
    const int verdict = m_verdict->checkedId();
    draft.verdict = verdict < 0 ? std::nullopt : std::optional<Verdict>(static_cast<Verdict>(verdict));
    draft.author = m_author->text();
    draft.fields.clear();
    // Answers to every lens's prompts are kept: switching lenses loses nothing.
    for (auto it = m_promptFields.cbegin(); it != m_promptFields.cend(); ++it) {
        const QString answer = it.value()->toPlainText();
        if (!answer.isEmpty())
            draft.fields.insert(it.key(), answer);
    }
    draft.text = m_text->toPlainText();
    draft.cursorField = m_cursorField;
    const QPlainTextEdit* edit =
        m_cursorField == textFieldId ? m_text : m_promptFields.value(m_cursorField, m_text);
    draft.cursorPosition = edit->textCursor().position();
    return draft;
}

void ScorecardEditor::loadIntoWidgets(const Draft& draft)
{
    m_loading = true;
    const bool open = !draft.id.isEmpty();
    m_stack->setCurrentIndex(open ? 1 : 0);
    refreshLensBox();
    const int lensIndex = m_lens->findData(draft.lensId);
    m_lens->setCurrentIndex(lensIndex >= 0 ? lensIndex : 0);
    m_customLens->setText(draft.customLens);
    m_verdict->setExclusive(false);
    m_ship->setChecked(draft.verdict == Verdict::Ship);
    m_skip->setChecked(draft.verdict == Verdict::Skip);
    m_verdict->setExclusive(true);
    m_author->setText(draft.author);
    for (auto it = m_promptFields.cbegin(); it != m_promptFields.cend(); ++it)
        it.value()->setPlainText(draft.fields.value(it.key()));
    m_text->setPlainText(draft.text);
    // Back where the cursor was.
    m_cursorField = draft.cursorField.isEmpty() ? textFieldId : draft.cursorField;
    QPlainTextEdit* edit =
        m_cursorField == textFieldId ? m_text : m_promptFields.value(m_cursorField, m_text);
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(
        std::clamp(draft.cursorPosition, 0, static_cast<int>(edit->document()->characterCount()) - 1));
    edit->setTextCursor(cursor);
    edit->ensureCursorVisible();
    m_lastTextField = edit;
    for (const Field field : {Field::Lens, Field::CustomLens, Field::Verdict, Field::Author})
        m_values.insert(field, currentValue(field));
    m_undo->clear();
    m_dirty = false;
    m_showProblems = false;
    m_loading = false;
    if (open) {
        const QString toolName = m_model->toolName(draft.toolId);
        m_title->setText(tr("Scorecard for %1").arg(toolName));
    }
    setReadOnly(draft.state == DraftState::Published);
    for (QAction* action : std::as_const(m_draftActions))
        action->setEnabled(open);
    updateForLens();
    updateBanner();
    updateProblems();
    updatePreview();
}

bool ScorecardEditor::openDraft(const QString& draftId)
{
    if (draftId == currentDraftId())
        return true;
    saveNow();
    const auto draft = Drafts(m_store).find(draftId);
    if (!draft)
        return false;
    m_draft = draft;
    m_note.clear();
    loadIntoWidgets(*draft);
    selectInList(draftId);
    m_settings.setValue(Settings::Key::EditorDraftId, draftId);
    m_settings.sync();
    return true;
}

void ScorecardEditor::selectInList(const QString& draftId)
{
    const int row = m_model->rowOfDraft(draftId);
    if (row < 0)
        return;
    const bool loading = m_loading;
    m_loading = true;
    m_list->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                          QItemSelectionModel::Rows);
    m_list->scrollTo(m_model->index(row, 0));
    m_loading = loading;
}

void ScorecardEditor::draftFor(const QString& toolId)
{
    if (toolId.isEmpty())
        return;
    saveNow();
    Drafts drafts(m_store);
    const QList<Draft> existing = drafts.list();
    // An untouched draft of the tool is reused, so asking twice does not pile up empty drafts.
    for (const Draft& draft : existing) {
        if (draft.toolId == toolId && draft.state == DraftState::Draft && draft.text.trimmed().isEmpty() &&
            draft.fields.isEmpty()) {
            openDraft(draft.id);
            return;
        }
    }
    // The first lens this tool has no draft for yet.
    QString lensId;
    for (const Lens& lens : m_store.catalog().lenses()) {
        const bool taken = std::any_of(existing.begin(), existing.end(), [&](const Draft& draft) {
            return draft.toolId == toolId && draft.lensId == lens.id;
        });
        if (!taken) {
            lensId = lens.id;
            break;
        }
    }
    if (lensId.isEmpty())
        lensId = QString::fromLatin1(Drafts::customLensId);
    auto created = drafts.create(toolId, lensId, m_settings.value(Settings::Key::ReviewerName).toString());
    if (!created) {
        showNote(tr("The draft could not be created: %1").arg(created.errorMessage()));
        return;
    }
    m_model->refresh();
    openDraft(created->id);
    Q_EMIT message(tr("New draft for %1.").arg(m_model->toolName(toolId)));
}

void ScorecardEditor::markDirty()
{
    if (m_loading || !m_draft)
        return;
    m_dirty = true;
    // Not restarted by later changes: every change is stored at most autosaveDelayMs after it is made,
    // even while the reviewer keeps typing.
    if (!m_autosave->isActive())
        m_autosave->start();
    m_previewDelay->start();
    updateCount();
    if (m_showProblems)
        updateProblems();
}

bool ScorecardEditor::saveNow()
{
    m_autosave->stop();
    const auto draft = draftInEditor();
    if (!draft)
        return true;
    if (!m_dirty && draft->cursorPosition == m_draft->cursorPosition &&
        draft->cursorField == m_draft->cursorField)
        return true;
    Drafts drafts(m_store);
    auto saved = drafts.save(*draft);
    if (!saved && !drafts.find(draft->id)) {
        // Discarded elsewhere while it was open here: what is on screen becomes a new draft.
        auto created = drafts.create(draft->toolId, draft->lensId, draft->author);
        if (created) {
            Draft copy = *draft;
            copy.id = created->id;
            copy.revision = created->revision;
            saved = drafts.save(copy);
            m_note = tr("This draft was discarded in another window; what you see was kept as a new draft.");
        }
    }
    if (!saved) {
        // Nothing is lost: the text stays on screen and the save is tried again.
        showNote(tr("Could not store the draft: %1 It stays on screen; saving is retried in a few seconds.")
                     .arg(saved.errorMessage()));
        m_autosave->start(5000);
        return false;
    }
    m_draft = saved->draft;
    m_dirty = false;
    if (saved->conflict) {
        m_note =
            tr("This draft was changed in another window or app meanwhile. Nothing was overwritten: your "
               "version is now a draft of its own, and the other one is still in the list.");
        Q_EMIT message(tr("Draft conflict: both versions were kept."));
    }
    if (!m_draft->author.trimmed().isEmpty())
        m_settings.setValue(Settings::Key::ReviewerName, m_draft->author.trimmed());
    m_settings.setValue(Settings::Key::EditorDraftId, m_draft->id);
    m_model->refresh();
    selectInList(m_draft->id);
    updateBanner();
    return true;
}

void ScorecardEditor::reloadFromStore()
{
    m_panelReviews.clear();
    m_model->refresh();
    refreshLensBox();
    if (!m_draft)
        return;
    const auto stored = Drafts(m_store).find(m_draft->id);
    if (!stored)
        return; // discarded elsewhere: the next save keeps what is on screen as a new draft
    if (stored->revision != m_draft->revision && !m_dirty) {
        m_draft = stored;
        loadIntoWidgets(*stored); // saved by another instance, nothing typed here since: show theirs
        return;
    }
    // The sync moves a queued draft on without a new revision.
    m_draft->state = stored->state;
    m_draft->lastError = stored->lastError;
    m_draft->publishedId = stored->publishedId;
    setReadOnly(m_draft->state == DraftState::Published);
    updateBanner();
    updatePreview();
    selectInList(m_draft->id);
}

void ScorecardEditor::setReadOnly(bool readOnly)
{
    for (QPlainTextEdit* edit : m_promptFields)
        edit->setReadOnly(readOnly);
    m_text->setReadOnly(readOnly);
    m_author->setReadOnly(readOnly);
    m_customLens->setReadOnly(readOnly);
    m_lens->setEnabled(!readOnly);
    m_ship->setEnabled(!readOnly);
    m_skip->setEnabled(!readOnly);
    m_publish->setEnabled(!readOnly);
}

void ScorecardEditor::updateForLens()
{
    const QString lensId = currentLensId();
    for (auto it = m_promptGroups.cbegin(); it != m_promptGroups.cend(); ++it)
        it.value()->setVisible(it.key() == lensId);
    m_customLens->setVisible(lensId == QLatin1String(Drafts::customLensId));
    updateCount();
    m_previewDelay->start();
}

void ScorecardEditor::updateBanner()
{
    if (!m_draft) {
        m_banner->hide();
        return;
    }
    QString text;
    switch (m_draft->state) {
    case DraftState::Draft:
        text = tr("Draft \u2014 stored as you type. Publish (%1) when it is ready.")
                   .arg(shortcutText(publishKeys()));
        break;
    case DraftState::Queued:
        text = tr("Queued \u2014 the next sync (%1) sends it to the feed. Editing it takes it out of the "
                  "queue until you publish again.")
                   .arg(shortcutText(syncKeys()));
        break;
    case DraftState::Published:
        text =
            tr("Published \u2014 it shows in comparisons after the sync that confirmed it. Duplicate it to "
               "write a new version.");
        break;
    case DraftState::Rejected:
        text = tr("The feed refused this scorecard: %1\nEdit it and publish again; nothing was discarded.")
                   .arg(m_draft->lastError);
        break;
    }
    if (!m_note.isEmpty())
        text = m_note + QLatin1Char('\n') + text;
    m_banner->setText(text);
    m_banner->show();
}

void ScorecardEditor::showNote(const QString& text)
{
    m_note = text;
    updateBanner();
    Q_EMIT message(text);
}

void ScorecardEditor::updateCount()
{
    auto draft = draftInEditor();
    if (!draft) {
        m_count->clear();
        return;
    }
    // Count what would be published: this lens's answers and the text.
    QMap<QString, QString> shown;
    for (const Prompt& prompt : promptsForLens(draft->lensId))
        shown.insert(prompt.id, draft->fields.value(prompt.id));
    draft->fields = shown;
    m_count->setText(
        tr("Words: %1 \u00b7 Characters: %2 of at most %3 \u00b7 The panel's scorecards run %4 to "
           "%5 words.")
            .arg(QLocale().toString(draft->wordCount()),
                 QLocale().toString(Drafts::publishedText(*draft).size()),
                 QLocale().toString(Drafts::maximumTextLength), QLocale().toString(guideMinimumWords),
                 QLocale().toString(guideMaximumWords)));
}

void ScorecardEditor::updateProblems()
{
    for (QLabel* label : std::as_const(m_problems))
        label->hide();
    const auto draft = draftInEditor();
    if (!draft || !m_showProblems)
        return;
    QMap<QString, QStringList> messages;
    for (const DraftProblem& problem : Drafts::validate(*draft))
        messages[problem.field] << problem.message;
    // A red that reads on the palette's background: dark on light, light on dark.
    const QString style =
        QStringLiteral("QLabel { color: %1; }")
            .arg(isDarkPalette(palette()) ? QStringLiteral("#ff8a80") : QStringLiteral("#b00020"));
    for (auto it = messages.cbegin(); it != messages.cend(); ++it) {
        if (QLabel* label = m_problems.value(it.key())) {
            label->setStyleSheet(style);
            // The symbol and the words carry the meaning; the colour only repeats it.
            label->setText(QStringLiteral("\u26a0 ") + it.value().join(QLatin1Char(' ')));
            label->show();
        }
    }
}

void ScorecardEditor::updatePreview()
{
    while (QLayoutItem* item = m_previewLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto draft = draftInEditor();
    if (!draft)
        return;
    const QString toolName = m_model->toolName(draft->toolId);
    m_previewLayout->addWidget(
        makeBoldLabel(tr("Preview \u2014 as the comparison view will show it"), m_previewPage));
    QFrame* card = previewCard(m_previewPage);
    card->setObjectName(QStringLiteral("previewCard"));
    auto* cardLayout = new QVBoxLayout(card);
    Review review;
    review.toolId = draft->toolId;
    review.lensId = Drafts::feedLensId(*draft);
    review.verdict = draft->verdict.value_or(Verdict::Ship);
    review.text = Drafts::publishedText(*draft);
    review.author = draft->author.trimmed().isEmpty() ? tr("(your name)") : draft->author.trimmed();
    review.updatedAt = QDateTime::currentDateTimeUtc();
    addScorecard(cardLayout, review, toolName, card, draft->verdict.has_value());
    m_previewLayout->addWidget(card);

    if (!m_panelReviews.contains(draft->toolId)) {
        const auto details = m_store.catalog().toolDetails(draft->toolId);
        m_panelReviews.insert(draft->toolId, details ? details->reviews : QList<Review>());
    }
    QList<Review> same;
    for (const Review& existing : m_panelReviews.value(draft->toolId)) {
        if (existing.lensId == review.lensId && existing.id != draft->publishedId)
            same << existing;
    }
    const QString lensName = m_model->lensName(*draft);
    m_previewLayout->addWidget(
        makeBoldLabel(tr("Already published through the %1 lens").arg(lensName), m_previewPage));
    if (same.isEmpty())
        m_previewLayout->addWidget(
            makePlainLabel(tr("Nothing yet: yours would be the first."), m_previewPage));
    for (const Review& existing : std::as_const(same)) {
        QFrame* frame = previewCard(m_previewPage);
        auto* layout = new QVBoxLayout(frame);
        addScorecard(layout, existing, toolName, frame);
        m_previewLayout->addWidget(frame);
    }
    m_previewLayout->addStretch(1);
}

void ScorecardEditor::publish()
{
    if (!m_draft || !saveNow())
        return;
    m_showProblems = true;
    updateProblems();
    QList<DraftProblem> problems;
    auto queued = Drafts(m_store).queueForPublishing(m_draft->id, &problems);
    if (!queued) {
        // Take the reviewer to the first thing to fix.
        if (!problems.isEmpty()) {
            const QString field = problems.first().field;
            QWidget* target = field == QLatin1String("lens")      ? static_cast<QWidget*>(m_lens)
                              : field == QLatin1String("verdict") ? static_cast<QWidget*>(m_ship)
                              : field == QLatin1String("author")  ? static_cast<QWidget*>(m_author)
                                                                  : static_cast<QWidget*>(m_text);
            target->setFocus(Qt::OtherFocusReason);
        }
        Q_EMIT message(problems.isEmpty()
                           ? queued.errorMessage()
                           : tr("Not published yet: %n problem(s) to fix, shown beside their fields.",
                                nullptr, static_cast<int>(problems.size())));
        return;
    }
    m_draft = queued.value();
    m_note.clear();
    m_model->refresh();
    selectInList(m_draft->id);
    updateBanner();
    Q_EMIT message(tr("Scorecard queued: the next sync (%1) publishes it.").arg(shortcutText(syncKeys())));
}

void ScorecardEditor::duplicateCurrent()
{
    if (!m_draft || !saveNow())
        return;
    auto copy = Drafts(m_store).duplicate(m_draft->id);
    if (!copy) {
        showNote(tr("The draft could not be duplicated: %1").arg(copy.errorMessage()));
        return;
    }
    m_model->refresh();
    openDraft(copy->id);
    Q_EMIT message(tr("Draft duplicated: you are editing the copy."));
}

void ScorecardEditor::discardCurrent(bool askFirst)
{
    if (!m_draft)
        return;
    if (askFirst) {
        QMessageBox box(
            QMessageBox::Warning, tr("Discard Draft"),
            tr("Discard this draft of a scorecard for %1? Its text is deleted and cannot be brought "
               "back; export it to Markdown first to keep a copy.")
                .arg(m_model->toolName(m_draft->toolId)),
            QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setDefaultButton(QMessageBox::Cancel);
        box.setObjectName(QStringLiteral("discardConfirmation"));
        if (box.exec() != QMessageBox::Discard)
            return;
    }
    const QString id = m_draft->id;
    m_autosave->stop();
    if (auto removed = Drafts(m_store).discard(id); !removed) {
        showNote(tr("The draft could not be discarded: %1").arg(removed.errorMessage()));
        return;
    }
    m_draft.reset();
    m_dirty = false;
    m_note.clear();
    m_settings.reset(Settings::Key::EditorDraftId);
    m_model->refresh();
    loadIntoWidgets({});
    Q_EMIT message(tr("Draft discarded."));
}

void ScorecardEditor::exportMarkdown()
{
    if (!m_draft)
        return;
    saveNow();
    const auto draft = draftInEditor();
    const QString folder = m_settings.value(Settings::Key::ExportFolder).toString();
    QString suggested = m_model->toolName(draft->toolId) + QLatin1Char('-') + m_model->lensName(*draft);
    suggested.replace(QRegularExpression(QStringLiteral("[^\\w.-]+")), QStringLiteral("-"));
    const QString path = FileDialogs::saveFileName(
        this, tr("Export Draft to Markdown"),
        QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(suggested + QStringLiteral(".md")),
        tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(Drafts::toMarkdown(*draft).toUtf8()) < 0 ||
        !file.commit()) {
        showNote(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_settings.setValue(Settings::Key::ExportFolder, QFileInfo(path).absolutePath());
    Q_EMIT message(tr("Draft exported to %1.").arg(QDir::toNativeSeparators(path)));
}

void ScorecardEditor::importMarkdown()
{
    const QString folder = m_settings.value(Settings::Key::ExportFolder).toString();
    const QString path = FileDialogs::openFileName(this, tr("Import Draft from Markdown"),
                                                   folder.isEmpty() ? QDir::homePath() : folder,
                                                   tr("Markdown (*.md);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showNote(tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    constexpr qint64 largestDraft = 1024 * 1024;
    if (file.size() > largestDraft) {
        showNote(tr("%1 is too large to be a draft (over 1 MiB).").arg(QDir::toNativeSeparators(path)));
        return;
    }
    auto imported = Drafts::fromMarkdown(QString::fromUtf8(file.readAll()));
    if (!imported) {
        showNote(
            tr("%1 could not be imported: %2").arg(QDir::toNativeSeparators(path), imported.errorMessage()));
        return;
    }
    const auto toolId = m_store.catalog().findToolId(imported->toolId);
    if (!toolId) {
        showNote(
            tr("%1 is a draft for \"%2\", a tool this catalog does not have. Sync, then import it again.")
                .arg(QDir::toNativeSeparators(path), imported->toolId));
        return;
    }
    saveNow();
    Drafts drafts(m_store);
    auto created = drafts.create(*toolId, imported->lensId, imported->author);
    if (!created) {
        showNote(tr("The draft could not be created: %1").arg(created.errorMessage()));
        return;
    }
    Draft draft = imported.value();
    draft.id = created->id;
    draft.toolId = *toolId;
    draft.revision = created->revision;
    draft.cursorPosition = static_cast<int>(draft.text.size());
    if (auto saved = drafts.save(draft); !saved) {
        showNote(tr("The draft could not be stored: %1").arg(saved.errorMessage()));
        return;
    }
    m_model->refresh();
    openDraft(created->id);
    Q_EMIT message(tr("Draft imported from %1.").arg(QDir::toNativeSeparators(path)));
}

QList<QPlainTextEdit*> ScorecardEditor::visibleTextFields() const
{
    QList<QPlainTextEdit*> fields;
    for (const Prompt& prompt : promptsForLens(currentLensId())) {
        if (QPlainTextEdit* edit = m_promptFields.value(prompt.id))
            fields << edit;
    }
    fields << m_text;
    return fields;
}

void ScorecardEditor::showFind()
{
    if (!m_draft)
        return;
    m_findBar->show();
    m_findField->setFocus(Qt::ShortcutFocusReason);
    m_findField->selectAll();
}

bool ScorecardEditor::findNext(bool backwards)
{
    const QString needle = m_findField->text();
    if (!m_draft || needle.isEmpty()) {
        showFind();
        return false;
    }
    const QList<QPlainTextEdit*> fields = visibleTextFields();
    const QTextDocument::FindFlags flags =
        backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    qsizetype start = fields.indexOf(m_lastTextField.data());
    if (start < 0)
        start = fields.indexOf(m_text);
    // From the cursor to the end of this field, through the others, and back round to where it started.
    for (qsizetype step = 0; step <= fields.size(); ++step) {
        const qsizetype at =
            backwards ? (start - step + fields.size() * 2) % fields.size() : (start + step) % fields.size();
        QPlainTextEdit* edit = fields.at(at);
        if (step > 0) {
            QTextCursor cursor = edit->textCursor();
            cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
            edit->setTextCursor(cursor);
        }
        if (edit->find(needle, flags)) {
            m_lastTextField = edit;
            m_cursorField = edit == m_text ? textFieldId : m_promptFields.key(edit);
            edit->ensureCursorVisible();
            m_findStatus->clear();
            return true;
        }
    }
    m_findStatus->setText(tr("Not found"));
    return false;
}

void ScorecardEditor::focusEditor()
{
    if (!m_draft) {
        m_list->setFocus(Qt::OtherFocusReason);
        return;
    }
    QPlainTextEdit* edit = m_lastTextField ? m_lastTextField.data() : m_text;
    edit->setFocus(Qt::OtherFocusReason);
}

} // namespace sos
