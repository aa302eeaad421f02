// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScorecardEditor.h"

#include "DraftListModel.h"
#include "FileDialogs.h"
#include "FindBar.h"
#include "ScorecardForm.h"
#include "ScorecardPreview.h"
#include "ToolDetailsView.h"
#include <base/Settings.h>
#include <store/Store.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sos {

namespace {

QKeySequence publishKeys()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return);
}
// The main window's Sync action (SyncController) has these keys.
QKeySequence syncKeys()
{
    return QKeySequence(Qt::CTRL | Qt::Key_R);
}

} // namespace

ScorecardEditor::ScorecardEditor(Store& store, Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("scorecardEditor"));
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
    m_splitter->addWidget(buildList());

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
    m_stack->addWidget(buildFormPage());
    m_body->addWidget(m_stack);
    m_preview = new ScorecardPreview(m_store, m_body);
    m_body->addWidget(m_preview);
    m_body->setStretchFactor(0, 1);
    m_body->setStretchFactor(1, 1);
    m_splitter->addWidget(m_body);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({fontMetrics().lineSpacing() * 7, 800});
    m_splitter->restoreState(m_settings.value(Settings::Key::EditorSplitter).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { m_settings.setValue(Settings::Key::EditorSplitter, m_splitter->saveState()); });

    // Leaving a field stores what was typed in it. A field the focus goes to (by a problem's link, the
    // first problem after Publish, undo) scrolls into view, as one reached with Tab does.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget* old, QWidget* now) {
        if (m_dirty && old && isAncestorOf(old))
            saveNow();
        if (now && m_formScroll->widget()->isAncestorOf(now))
            m_formScroll->ensureWidgetVisible(now);
    });
    connect(qApp, &QCoreApplication::aboutToQuit, this, &ScorecardEditor::saveNow);
    buildActions();

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
    // The form and the find bar outlive this body (~QWidget deletes them): they must not call back.
    m_form->disconnect(this);
    m_findBar->disconnect(this);
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

QWidget* ScorecardEditor::buildList()
{
    auto* page = new QWidget(m_splitter);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    QLabel* heading = makeBoldLabel(tr("My d&rafts"), page);
    layout->addWidget(heading);
    m_model = new DraftListModel(m_store, this);
    m_model->setObjectName(QStringLiteral("draftListModel"));
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
                if (!index.isValid() || m_selecting)
                    return;
                const QString id = index.data(DraftListModel::DraftIdRole).toString();
                if (id != currentDraftId())
                    openDraft(id);
            });
    layout->addWidget(m_list, 1);
    return page;
}

// The form scrolls; its find bar and the row with what is left to fix and Publish stay in view below
// it, however long the form or short the pane.
QWidget* ScorecardEditor::buildFormPage()
{
    auto* page = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* formScroll = new QScrollArea(page);
    m_formScroll = formScroll;
    formScroll->setObjectName(QStringLiteral("formScroll"));
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setAccessibleName(tr("Draft"));
    auto* scrolled = new QWidget(formScroll);
    auto* scrolledLayout = new QVBoxLayout(scrolled);
    m_form = new ScorecardForm(scrolled);
    connect(m_form, &ScorecardForm::edited, this, &ScorecardEditor::markDirty);
    connect(m_form, &ScorecardForm::previewOutdated, m_previewDelay, qOverload<>(&QTimer::start));
    connect(m_form, &ScorecardForm::cursorMoved, this, [this] {
        if (!m_autosave->isActive() && m_draft)
            m_autosave->start(); // the cursor's place is stored too
    });
    scrolledLayout->addWidget(m_form, 1);
    formScroll->setWidget(scrolled);
    layout->addWidget(formScroll, 1);

    m_findBar = new FindBar(page);
    connect(m_findBar, &FindBar::findRequested, this, &ScorecardEditor::findNext);
    connect(m_findBar, &FindBar::closed, this, &ScorecardEditor::focusEditor);
    layout->addWidget(m_findBar);

    // One row whatever it says, so the form above keeps its height as problems come and go.
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(9, 0, 9, 0);
    m_problemList = new QLabel(page);
    m_problemList->setObjectName(QStringLiteral("problemList"));
    m_problemList->setTextFormat(Qt::RichText);
    m_problemList->setWordWrap(true);
    m_problemList->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_problemList->setAccessibleName(tr("Problems to fix before publishing"));
    connect(m_problemList, &QLabel::linkActivated, m_form, &ScorecardForm::focusField);
    m_publish = new QPushButton(tr("Pu&blish"), page);
    m_publish->setObjectName(QStringLiteral("publishButton"));
    m_publish->setToolTip(
        tr("Check the scorecard and queue it for the next sync (%1)").arg(shortcutText(publishKeys())));
    connect(m_publish, &QPushButton::clicked, this, &ScorecardEditor::publish);
    buttons->addWidget(m_problemList, 1);
    buttons->addWidget(m_publish, 0, Qt::AlignBottom);
    layout->addLayout(buttons);
    return page;
}

// The editor's own shortcuts work while the focus is anywhere in it.
void ScorecardEditor::buildActions()
{
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
    QUndoStack* history = m_form->undoStack();
    QAction* undo = history->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("editorUndoAction"));
    undo->setShortcuts(QKeySequence::Undo); // every key of the platform, as the form's fields take them
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QWidget::addAction(undo);
    QAction* redo = history->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("editorRedoAction"));
    redo->setShortcuts(QKeySequence::Redo); // Ctrl+Shift+Z wherever Ctrl+Y comes first
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
}

QString ScorecardEditor::currentDraftId() const
{
    return m_draft ? m_draft->id : QString();
}

std::optional<Draft> ScorecardEditor::draftInEditor() const
{
    if (!m_draft)
        return std::nullopt;
    return m_form->withEdits(*m_draft);
}

void ScorecardEditor::loadIntoWidgets(const Draft& draft)
{
    const bool open = !draft.id.isEmpty();
    m_stack->setCurrentIndex(open ? 1 : 0);
    // The lenses come from the feed, read anew: a sync may have brought or retired some.
    m_form->setLenses(m_store.catalog().lenses(), draft.lensId);
    m_form->load(draft, open ? tr("Scorecard for %1").arg(m_model->toolName(draft.toolId)) : QString());
    m_dirty = false;
    m_showProblems = false;
    setReadOnly(draft.state == DraftState::Published);
    for (QAction* action : std::as_const(m_draftActions))
        action->setEnabled(open);
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
    const bool selecting = m_selecting;
    m_selecting = true;
    m_list->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                          QItemSelectionModel::Rows);
    m_list->scrollTo(m_model->index(row, 0));
    m_selecting = selecting;
}

void ScorecardEditor::draftFor(const QString& toolId, const QString& wantedLensId)
{
    if (toolId.isEmpty())
        return;
    saveNow();
    Drafts drafts(m_store);
    const QList<Draft> existing = drafts.list();
    const auto untouched = [](const Draft& draft) {
        return draft.state == DraftState::Draft && draft.text.trimmed().isEmpty() && draft.fields.isEmpty();
    };
    if (!wantedLensId.isEmpty()) {
        // The lens asked for: the reviewer's unfinished draft through it (the newest), else an untouched
        // draft of the tool turned to that lens, else a new one.
        for (const Draft& draft : existing) {
            if (draft.toolId == toolId && draft.lensId == wantedLensId &&
                (draft.state == DraftState::Draft || draft.state == DraftState::Rejected)) {
                openDraft(draft.id);
                return;
            }
        }
        for (const Draft& draft : existing) {
            if (draft.toolId == toolId && untouched(draft)) {
                Draft turned = draft;
                turned.lensId = wantedLensId;
                if (auto saved = drafts.save(turned); saved && !saved->conflict) {
                    m_model->refresh();
                    if (saved->draft.id == currentDraftId()) {
                        m_draft = saved->draft; // open already: show it through its new lens
                        loadIntoWidgets(*m_draft);
                    } else {
                        openDraft(saved->draft.id);
                    }
                    return;
                }
            }
        }
        createDraft(toolId, wantedLensId);
        return;
    }
    // An untouched draft of the tool is reused, so asking twice does not pile up empty drafts.
    for (const Draft& draft : existing) {
        if (draft.toolId == toolId && untouched(draft)) {
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
    createDraft(toolId, lensId);
}

void ScorecardEditor::createDraft(const QString& toolId, const QString& lensId)
{
    auto created =
        Drafts(m_store).create(toolId, lensId, m_settings.value(Settings::Key::ReviewerName).toString());
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
    if (!m_draft)
        return;
    m_dirty = true;
    // Not restarted by later changes: every change is stored at most autosaveDelayMs after it is made,
    // even while the reviewer keeps typing.
    if (!m_autosave->isActive())
        m_autosave->start();
    m_previewDelay->start();
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
        if (auto copy = drafts.createCopy(*draft)) {
            saved = Drafts::Saved{.draft = copy.value(), .conflict = false, .originalId = {}};
            m_note = tr("This draft was discarded in another window; what you see was kept as a new draft.");
        } else {
            saved = copy.error();
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
    m_preview->forgetPublished();
    m_model->refresh();
    m_form->setLenses(m_store.catalog().lenses(), m_draft ? m_draft->lensId : QString());
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
    m_form->setReadOnly(readOnly);
    m_publish->setEnabled(!readOnly);
}

void ScorecardEditor::updateBanner()
{
    if (!m_draft) {
        m_form->setStateText({});
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
    m_form->setStateText(text);
}

void ScorecardEditor::showNote(const QString& text)
{
    m_note = text;
    updateBanner();
    Q_EMIT message(text);
}

void ScorecardEditor::updateProblems()
{
    const auto draft = draftInEditor();
    if (!draft || !m_showProblems) {
        m_form->clearProblems();
        m_problemList->clear();
        return;
    }
    const QList<DraftProblem> problems = Drafts::validate(*draft);
    m_form->showProblems(problems);
    // Each field once, in the order they are checked, as a link that takes the reviewer there.
    QStringList fields;
    for (const DraftProblem& problem : problems) {
        if (!fields.contains(problem.field))
            fields << problem.field;
    }
    QStringList links;
    for (const QString& field : std::as_const(fields))
        links << QStringLiteral("<a href=\"%1\">%2</a>")
                     .arg(field.toHtmlEscaped(), m_form->fieldName(field).toHtmlEscaped());
    m_problemList->setText(fields.isEmpty()
                               ? QString()
                               : QStringLiteral("\u26a0 ") +
                                     tr("To fix: %1").arg(links.join(QStringLiteral(" \u00b7 "))));
}

void ScorecardEditor::updatePreview()
{
    const auto draft = draftInEditor();
    if (!draft) {
        m_preview->clear();
        return;
    }
    m_preview->showDraft(*draft, m_model->toolName(draft->toolId), m_model->lensName(*draft));
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
        if (!problems.isEmpty())
            m_form->focusField(problems.first().field);
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
    Draft draft = imported.value();
    draft.toolId = *toolId;
    draft.cursorPosition = static_cast<int>(draft.text.size());
    auto stored = Drafts(m_store).createCopy(draft);
    if (!stored) {
        showNote(tr("The draft could not be stored: %1").arg(stored.errorMessage()));
        return;
    }
    m_model->refresh();
    openDraft(stored->id);
    Q_EMIT message(tr("Draft imported from %1.").arg(QDir::toNativeSeparators(path)));
}

void ScorecardEditor::showFind()
{
    if (!m_draft)
        return;
    m_findBar->open();
}

bool ScorecardEditor::findNext(bool backwards)
{
    const QString needle = m_findBar->text();
    if (!m_draft || needle.isEmpty()) {
        showFind();
        return false;
    }
    const bool found = m_form->find(needle, backwards);
    m_findBar->showResult(found);
    return found;
}

void ScorecardEditor::focusEditor()
{
    if (!m_draft) {
        m_list->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_form->focusText();
    // The form scrolls: the field the cursor goes back to comes into view, once a pane just shown
    // is laid out.
    QTimer::singleShot(0, this, [this] {
        if (QWidget* field = m_form->focusWidget())
            m_formScroll->ensureWidgetVisible(field);
    });
}

} // namespace sos
