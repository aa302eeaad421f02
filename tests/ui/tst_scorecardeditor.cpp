// SPDX-License-Identifier: GPL-3.0-or-later
// The scorecard editor pane: autosave, undo across fields, conflicts, validation shown per field,
// publishing (against the real shiporskip-feed on 127.0.0.1), Markdown, find and the preview.
#include "ComparisonView.h"
#include "DraftListModel.h"
#include "FeedTestSupport.h"
#include "FileDialogs.h"
#include "ScorecardEditor.h"
#include "SyncController.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace sos;
using namespace sos::test;

namespace {

const QString longText = QStringLiteral("Audio input on the phone opens a market the panel barely weighed: "
                                        "captioning that never leaves the device.");

// The editor's parts, by the object names the editor gives them.
QTimer* autosaveTimer(const ScorecardEditor* editor)
{
    return requireChild<QTimer>(editor, "autosaveTimer");
}
QUndoStack* undoStack(const ScorecardEditor* editor)
{
    return requireChild<QUndoStack>(editor, "editorUndoStack");
}
DraftListModel* draftModel(const ScorecardEditor* editor)
{
    return requireChild<DraftListModel>(editor, "draftListModel");
}
QComboBox* lensBox(const ScorecardEditor* editor)
{
    return requireChild<QComboBox>(editor, "lensBox");
}
QLineEdit* customLensField(const ScorecardEditor* editor)
{
    return requireChild<QLineEdit>(editor, "customLensField");
}
QRadioButton* shipButton(const ScorecardEditor* editor)
{
    return requireChild<QRadioButton>(editor, "shipButton");
}
QRadioButton* skipButton(const ScorecardEditor* editor)
{
    return requireChild<QRadioButton>(editor, "skipButton");
}
QLineEdit* authorField(const ScorecardEditor* editor)
{
    return requireChild<QLineEdit>(editor, "authorField");
}
QPlainTextEdit* textField(const ScorecardEditor* editor)
{
    return requireChild<QPlainTextEdit>(editor, "scorecardText");
}
QPlainTextEdit* promptField(const ScorecardEditor* editor, const QString& promptId)
{
    return requireChild<QPlainTextEdit>(editor, "prompt-" + promptId);
}
QLabel* problemLabel(const ScorecardEditor* editor, const QString& field)
{
    return requireChild<QLabel>(editor, "problem-" + field);
}
QLabel* stateBanner(const ScorecardEditor* editor)
{
    return requireChild<QLabel>(editor, "draftState");
}
QWidget* preview(const ScorecardEditor* editor)
{
    return requireChild<QWidget>(editor, "scorecardPreview");
}
QLineEdit* findField(const ScorecardEditor* editor)
{
    return requireChild<QLineEdit>(editor, "findInDraft");
}

QStringList labelTexts(const QWidget* widget)
{
    QStringList texts;
    for (const QLabel* label : widget->findChildren<QLabel*>())
        texts << label->text();
    return texts;
}

// An editor in a window of its own, on a fixture's store and settings.
struct EditorWindow
{
    std::unique_ptr<ScorecardEditor> editor;

    EditorWindow(Store& store, Settings& settings)
        : editor(std::make_unique<ScorecardEditor>(store, settings))
    {
        editor->resize(900, 900);
        editor->show();
        QApplication::setActiveWindow(editor.get());
        if (!QTest::qWaitForWindowActive(editor.get()))
            qWarning("editor did not become active");
    }
};

// A fixture with an editor open on a new draft for Gemma 3n.
struct EditorFixture
{
    std::unique_ptr<WindowFixture> fixture = WindowFixture::create();
    EditorWindow window{*fixture->store, *fixture->settings};
    ScorecardEditor* editor = window.editor.get();

    EditorFixture() { editor->draftFor(QStringLiteral("gemma-3n")); }
    Drafts drafts() const { return Drafts(*fixture->store); }
};

// Fills in what publishing needs: a ship verdict, an author and a long enough text.
void fillValidDraft(ScorecardEditor* editor)
{
    QTest::mouseClick(shipButton(editor), Qt::LeftButton);
    QTest::keyClicks(authorField(editor), "Dana");
    QTest::keyClicks(textField(editor), longText);
}

} // namespace

class TestScorecardEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Typing is stored at most autosaveDelayMs (1 s, under the promised 2 s) after it happened, even
    // while the typing goes on; not on every key.
    void autosaveTiming()
    {
        EditorFixture e;
        ScorecardEditor* editor = e.editor;
        WindowFixture* f = e.fixture.get();
        const QString id = editor->currentDraftId();
        QVERIFY(!id.isEmpty());
        QVERIFY(ScorecardEditor::autosaveDelayMs <= 2000);
        textField(editor)->setFocus();
        QTest::keyClicks(textField(editor), "Audio");
        QVERIFY(editor->isDirty());
        QVERIFY(autosaveTimer(editor)->isActive());
        QCOMPARE(Drafts(*f->store).find(id)->text, QString()); // not on every key
        QTRY_COMPARE_WITH_TIMEOUT(Drafts(*f->store).find(id)->text, QStringLiteral("Audio"), 2000);
        QVERIFY(!editor->isDirty());

        // Steady typing, one key every 150 ms for 3 s: the store keeps up while it goes on.
        QElapsedTimer typing;
        typing.start();
        QString typed = QStringLiteral("Audio");
        int savesSeen = 0;
        QString lastStored = typed;
        while (typing.elapsed() < 3000) {
            QTest::keyClick(textField(editor), Qt::Key_A, Qt::NoModifier);
            typed += QLatin1Char('a');
            QTest::qWait(150);
            const QString stored = Drafts(*f->store).find(id)->text;
            QVERIFY(typed.startsWith(stored));
            if (stored != lastStored) {
                ++savesSeen;
                lastStored = stored;
            }
        }
        QVERIFY2(savesSeen >= 2, qPrintable(QString::number(savesSeen))); // saved during the typing
        QTRY_COMPARE_WITH_TIMEOUT(Drafts(*f->store).find(id)->text, typed, 2000);
    }

    // Leaving a field stores it at once, cursor position included; a new editor reopens it there.
    void focusChangeSavesAndTheCursorComesBack()
    {
        auto f = WindowFixture::create();
        QString id;
        {
            EditorWindow w(*f->store, *f->settings);
            w.editor->draftFor("gemma-3n");
            id = w.editor->currentDraftId();
            QPlainTextEdit* prompt = promptField(w.editor.get(), "primitive");
            QVERIFY(prompt && prompt->isVisible());
            prompt->setFocus();
            QTest::keyClicks(prompt, "One model file");
            QTest::keyClick(prompt, Qt::Key_Left);
            QTest::keyClick(prompt, Qt::Key_Left);
            authorField(w.editor.get())->setFocus(); // focus moves on: stored now, no timer needed
            const auto stored = Drafts(*f->store).find(id);
            QCOMPARE(stored->fields.value("primitive"), QStringLiteral("One model file"));
            QCOMPARE(stored->cursorField, QStringLiteral("primitive"));
            QCOMPARE(stored->cursorPosition, 12);
        }
        EditorWindow again(*f->store, *f->settings);
        QCOMPARE(again.editor->currentDraftId(), id);
        QCOMPARE(promptField(again.editor.get(), "primitive")->toPlainText(),
                 QStringLiteral("One model file"));
        QCOMPARE(promptField(again.editor.get(), "primitive")->textCursor().position(), 12);
        again.editor->focusEditor();
        QCOMPARE(QApplication::focusWidget(), promptField(again.editor.get(), "primitive"));
    }

    // Destroying the editor stores what was typed and not saved yet. UBSan found the focus handler
    // running on the half-destroyed editor here, as ~QWidget moved the focus out of it.
    void destroyingTheEditorStoresWhatWasTyped()
    {
        auto f = WindowFixture::create();
        QString id;
        {
            EditorWindow w(*f->store, *f->settings);
            w.editor->draftFor("gemma-3n");
            id = w.editor->currentDraftId();
            textField(w.editor.get())->setFocus();
            QTest::keyClicks(textField(w.editor.get()), "Typed just before closing");
            QVERIFY(w.editor->isDirty());
            QCOMPARE(Drafts(*f->store).find(id)->text, QString());
        }
        QCOMPARE(Drafts(*f->store).find(id)->text, QStringLiteral("Typed just before closing"));
    }

    // One history for every field: undo walks back across them in the order the changes were made.
    void undoAndRedoAcrossFields()
    {
        EditorFixture e;
        ScorecardEditor* editor = e.editor;
        WindowFixture* f = e.fixture.get();
        QPlainTextEdit* prompt = promptField(editor, "primitive");
        prompt->setFocus();
        QTest::keyClicks(prompt, "weights");
        textField(editor)->setFocus();
        QTest::keyClicks(textField(editor), "Ship it");
        QTest::mouseClick(skipButton(editor), Qt::LeftButton);
        QVERIFY(skipButton(editor)->isChecked());
        authorField(editor)->setFocus();
        QTest::keyClicks(authorField(editor), "Dana");
        QCOMPARE(undoStack(editor)->count(), 4);

        QTest::keySequence(authorField(editor), QKeySequence::Undo); // the author
        QCOMPARE(authorField(editor)->text(), QString());
        QTest::keySequence(QApplication::focusWidget(), QKeySequence::Undo); // the verdict
        QVERIFY(!skipButton(editor)->isChecked() && !shipButton(editor)->isChecked());
        QTest::keySequence(QApplication::focusWidget(), QKeySequence::Undo); // the text
        QCOMPARE(textField(editor)->toPlainText(), QString());
        QCOMPARE(prompt->toPlainText(), QStringLiteral("weights"));
        QTest::keySequence(QApplication::focusWidget(), QKeySequence::Undo); // the prompt
        QCOMPARE(prompt->toPlainText(), QString());
        QVERIFY(!undoStack(editor)->canUndo());

        QTest::keySequence(QApplication::focusWidget(), QKeySequence::Redo);
        QTest::keySequence(QApplication::focusWidget(), QKeySequence::Redo);
        QCOMPARE(prompt->toPlainText(), QStringLiteral("weights"));
        QCOMPARE(textField(editor)->toPlainText(), QStringLiteral("Ship it"));
        undoStack(editor)->redo();
        undoStack(editor)->redo();
        QVERIFY(skipButton(editor)->isChecked());
        QCOMPARE(authorField(editor)->text(), QStringLiteral("Dana"));
        // Undone and redone changes are stored like typed ones.
        QVERIFY(editor->saveNow());
        const auto stored = Drafts(*f->store).find(editor->currentDraftId());
        QCOMPARE(stored->author, QStringLiteral("Dana"));
        QCOMPARE(stored->verdict, std::optional<Verdict>(Verdict::Skip));
    }

    // The lenses come from the feed. A store with none still opens a draft through a lens it does not
    // have: the lens shows as gone from the feed, with its guiding prompts, in Tab order between the
    // author and the text, and no answer is lost, not even one to another lens's prompt.
    void aLensTheFeedDoesNotHave()
    {
        QTemporaryDir dir;
        auto store = openStore(dir);
        QVERIFY(store && store->catalog().lenses().isEmpty());
        auto settings = Settings::createForFile(dir.filePath("settings.ini"));
        auto created = Drafts(*store).create("some-tool", "futurist", "Dana");
        QVERIFY(created);
        Draft draft = created.value();
        draft.fields = {{"thesis", "Phones become the runtime."}, {"whoBuys", "Nobody yet."}};
        QVERIFY(Drafts(*store).save(draft));

        EditorWindow w(*store, *settings);
        ScorecardEditor* editor = w.editor.get();
        QCOMPARE(editor->currentDraftId(), draft.id);
        QCOMPARE(lensBox(editor)->currentData().toString(), QStringLiteral("futurist"));
        QVERIFY(lensBox(editor)->currentText().contains("no longer in the feed"));
        QPlainTextEdit* thesis = promptField(editor, "thesis");
        QVERIFY(thesis->isVisible());
        QCOMPARE(thesis->toPlainText(), QStringLiteral("Phones become the runtime."));
        QStringList tabOrder;
        for (QWidget* widget = authorField(editor); widget != textField(editor);
             widget = widget->nextInFocusChain())
            tabOrder << widget->objectName();
        QVERIFY2(tabOrder.contains("prompt-thesis"), qPrintable(tabOrder.join(' ')));

        QTest::keyClicks(textField(editor), "Typed here.");
        QVERIFY(editor->saveNow());
        const auto stored = Drafts(*store).find(draft.id);
        QCOMPARE(stored->text, QStringLiteral("Typed here."));
        QCOMPARE(stored->fields, draft.fields);
    }

    // Two editors on the same draft (two windows or two instances): the later save keeps both.
    void twoEditorsOnOneDraftKeepBothVersions()
    {
        auto f = WindowFixture::create();
        EditorWindow first(*f->store, *f->settings);
        first.editor->draftFor("gemma-3n");
        const QString id = first.editor->currentDraftId();
        EditorWindow second(*f->store, *f->settings);
        QVERIFY(second.editor->openDraft(id));

        QTest::keyClicks(textField(first.editor.get()), "The first window's words.");
        QVERIFY(first.editor->saveNow());
        QTest::keyClicks(textField(second.editor.get()), "The second window's words.");
        QVERIFY(second.editor->saveNow());

        QVERIFY(second.editor->currentDraftId() != id);
        QVERIFY2(stateBanner(second.editor.get())->text().contains("changed in another window"),
                 qPrintable(stateBanner(second.editor.get())->text()));
        Drafts drafts(*f->store);
        QCOMPARE(drafts.find(id)->text, QStringLiteral("The first window's words."));
        QCOMPARE(drafts.find(second.editor->currentDraftId())->text,
                 QStringLiteral("The second window's words."));
        QCOMPARE(drafts.list().size(), 2);
        QCOMPARE(draftModel(second.editor.get())->rowCount(), 2);
    }

    // Publish checks everything and shows each problem beside its field; fixing one clears it.
    void publishShowsProblemsBesideTheirFields()
    {
        EditorFixture e;
        ScorecardEditor* editor = e.editor;
        WindowFixture* f = e.fixture.get();
        QTest::keyClicks(textField(editor), "Too short.");
        editor->publish();
        for (const char* field : {"verdict", "text", "author"}) {
            QVERIFY2(problemLabel(editor, field)->isVisible(), field);
            QVERIFY(problemLabel(editor, field)->text().startsWith(QStringLiteral("\u26a0 ")));
        }
        QVERIFY(problemLabel(editor, "text")->text().contains("10 so far"));
        QVERIFY(!problemLabel(editor, "lens")->isVisible());
        QCOMPARE(QApplication::focusWidget(), shipButton(editor)); // taken to the first problem
        QCOMPARE(Drafts(*f->store).find(editor->currentDraftId())->state, DraftState::Draft);

        QTest::mouseClick(shipButton(editor), Qt::LeftButton);
        QVERIFY(!problemLabel(editor, "verdict")->isVisible()); // follows the fixing
        QVERIFY(problemLabel(editor, "text")->isVisible());

        // A lens of one's own needs a name.
        lensBox(editor)->setFocus();
        const int custom = lensBox(editor)->findData(QString::fromLatin1(Drafts::customLensId));
        lensBox(editor)->setCurrentIndex(custom);
        Q_EMIT lensBox(editor)->activated(custom);
        QVERIFY(customLensField(editor)->isVisible());
        QVERIFY(problemLabel(editor, "lens")->isVisible());
        QTest::keyClicks(customLensField(editor), "Security auditor");
        QVERIFY(!problemLabel(editor, "lens")->isVisible());
    }

    // A problem fixed, or one coming back, never moves the fields: each keeps its line while problems
    // are shown, and the Author field stays under the pointer. The list beside Publish follows.
    void fieldsStayPutAsProblemsComeAndGo()
    {
        EditorFixture e;
        ScorecardEditor* editor = e.editor;
        QTest::keyClicks(textField(editor), "Too short.");
        editor->publish();
        QTest::qWait(50); // laid out
        const auto yOf = [editor](const QWidget* widget) {
            return widget->mapTo(editor, QPoint()).y();
        };
        const int author = yOf(authorField(editor));
        const int text = yOf(textField(editor));
        auto* list = requireChild<QLabel>(editor, "problemList");
        QVERIFY(list->text().contains(QStringLiteral("href=\"verdict\"")));
        QVERIFY(list->text().contains(QStringLiteral("href=\"author\"")));

        QTest::mouseClick(shipButton(editor), Qt::LeftButton);
        QTest::qWait(50);
        QVERIFY(!problemLabel(editor, "verdict")->isVisible());
        QCOMPARE(yOf(authorField(editor)), author);
        QVERIFY(!list->text().contains(QStringLiteral("href=\"verdict\"")));

        undoStack(editor)->undo(); // no verdict again: its problem comes back, in the line it kept
        QTest::qWait(50);
        QVERIFY(problemLabel(editor, "verdict")->isVisible());
        QCOMPARE(yOf(authorField(editor)), author);

        QTest::keyClicks(authorField(editor), "Dana");
        QTest::qWait(50);
        QVERIFY(!problemLabel(editor, "author")->isVisible());
        QCOMPARE(yOf(authorField(editor)), author);
        QCOMPARE(yOf(textField(editor)), text);
        QVERIFY(!list->text().contains(QStringLiteral("href=\"author\"")));

        // A link in the list takes the reviewer to the field.
        Q_EMIT list->linkActivated(QStringLiteral("verdict"));
        QCOMPARE(QApplication::focusWidget(), shipButton(editor));

        // Another draft opened: nothing checked yet, no lines kept.
        editor->draftFor(QStringLiteral("mistral-medium-3-2"));
        QTest::qWait(50);
        QVERIFY(list->text().isEmpty());
        QVERIFY(yOf(authorField(editor)) < author);
    }

    // A lens's pencil in a comparison opens the editor on that lens: the reviewer's draft through it if
    // there is one, an untouched draft of the tool turned to it, else a new one.
    void draftingFromALensPreselectsIt()
    {
        auto f = WindowFixture::create();
        auto window = f->showWindow();
        ComparisonView* view = window->openComparison(
            ComparisonModel::loadComparison(*f->store, "gemma-3n-vs-mistral-medium-3-2"));
        QVERIFY(view);
        const QList<Lens> lenses = f->store->catalog().lenses();
        QVERIFY(lenses.size() >= 3);
        const QString tool = QStringLiteral("mistral-medium-3-2");
        // The tool's own pencil: the first lens without a draft, untouched.
        window->draftScorecard(tool);
        ScorecardEditor* editor = window->scorecardEditor();
        const QString untouched = editor->currentDraftId();
        QCOMPARE(lensBox(editor)->currentData().toString(), lenses.at(0).id);

        // Not the first lens, which a new draft would get anyway.
        const Lens& lens = lenses.at(2);
        auto* pencil = requireChild<QToolButton>(view, "draft-" + lens.id + "-" + tool);
        QVERIFY(pencil->toolTip().contains(lens.name));
        pencil->click();
        QVERIFY(window->scorecardEditorDock()->isVisible());
        QCOMPARE(editor->currentDraftId(), untouched); // turned, not piled up
        QCOMPARE(lensBox(editor)->currentData().toString(), lens.id);
        QCOMPARE(Drafts(*f->store).find(untouched)->lensId, lens.id);
        QCOMPARE(Drafts(*f->store).find(untouched)->toolId, tool);
        const QList<Prompt> prompts = promptsForLens(lens.id);
        QVERIFY(!prompts.isEmpty());
        QVERIFY(promptField(editor, prompts.first().id)->isVisible());

        // Written in, then asked again: the same draft.
        QTest::keyClicks(textField(editor), "Started.");
        QVERIFY(editor->saveNow());
        requireChild<QToolButton>(view, "draft-" + lenses.at(1).id + "-" + tool)->click();
        const QString other = editor->currentDraftId();
        QVERIFY(other != untouched);
        QCOMPARE(lensBox(editor)->currentData().toString(), lenses.at(1).id);
        pencil->click();
        QCOMPARE(editor->currentDraftId(), untouched);
        QCOMPARE(textField(editor)->toPlainText(), QStringLiteral("Started."));
        QCOMPARE(Drafts(*f->store).list().size(), 2);
    }

    // A valid scorecard is queued; the list shows it; editing it takes it out of the queue.
    void publishQueuesAndEditingUnqueues()
    {
        EditorFixture e;
        ScorecardEditor* editor = e.editor;
        WindowFixture* f = e.fixture.get();
        fillValidDraft(editor);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(Drafts(*f->store).find(editor->currentDraftId())->state, DraftState::Queued);
        const QModelIndex state = draftModel(editor)->index(0, DraftListModel::StateColumn);
        QCOMPARE(state.data().toString(), QStringLiteral("Queued for the next sync"));
        QVERIFY(stateBanner(editor)->text().startsWith("Queued"));
        QTest::keyClicks(textField(editor), " More.");
        QVERIFY(editor->saveNow());
        QCOMPARE(Drafts(*f->store).find(editor->currentDraftId())->state, DraftState::Draft);
        QCOMPARE(draftModel(editor)->index(0, DraftListModel::StateColumn).data().toString(),
                 QStringLiteral("Draft"));
    }

    // The preview draws the draft with the comparison view's own scorecard, beside the panel's.
    void previewShowsTheScorecardAsReadersWillSeeIt()
    {
        EditorFixture e;
        ScorecardEditor* editor = e.editor;
        WindowFixture* f = e.fixture.get();
        QCOMPARE(lensBox(editor)->currentData().toString(), QStringLiteral("developer-experience"));
        QTest::keyClicks(promptField(editor, "primitive"), "One file.");
        QTest::keyClicks(textField(editor), "<b>not bold</b>");
        QTest::keyClicks(authorField(editor), "Dana");
        QTest::mouseClick(skipButton(editor), Qt::LeftButton);
        QTRY_VERIFY(labelTexts(preview(editor)).contains("What you integrate: One file.\n\n<b>not bold</b>"));
        const QStringList texts = labelTexts(preview(editor));
        QVERIFY(texts.contains("SKIP"));
        QVERIFY(texts.contains("Gemma 3n"));
        QVERIFY(std::any_of(texts.begin(), texts.end(),
                            [](const QString& t) { return t.startsWith("\u2014 Dana, "); }));
        // Plain text only: the tags show as typed.
        for (const QLabel* label : preview(editor)->findChildren<QLabel*>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
        // The panel's developer-experience scorecard of the tool is beside it.
        const auto details = f->store->catalog().toolDetails("gemma-3n");
        const auto panel = std::find_if(details->reviews.begin(), details->reviews.end(),
                                        [](const Review& r) { return r.lensId == "developer-experience"; });
        QVERIFY(texts.contains(panel->text));
    }

    void findLooksThroughEveryField()
    {
        EditorFixture e;
        ScorecardEditor* editor = e.editor;
        QTest::keyClicks(promptField(editor, "dxBet"), "the runtime bet");
        QTest::keyClicks(textField(editor), "a runtime story, and the runtime again");
        textField(editor)->setFocus();
        QTest::keyClick(textField(editor), Qt::Key_Home, Qt::ControlModifier);
        editor->showFind();
        QTest::keyClicks(findField(editor), "runtime");
        QVERIFY(editor->findNext());
        QCOMPARE(textField(editor)->textCursor().selectedText(), QStringLiteral("runtime"));
        QCOMPARE(textField(editor)->textCursor().selectionStart(), 2);
        QVERIFY(editor->findNext());
        QCOMPARE(textField(editor)->textCursor().selectionStart(), 25);
        QVERIFY(editor->findNext()); // wraps round to the prompts
        QCOMPARE(promptField(editor, "dxBet")->textCursor().selectedText(), QStringLiteral("runtime"));
        QVERIFY(editor->findNext(true)); // and back
        QCOMPARE(textField(editor)->textCursor().selectionStart(), 25);
        findField(editor)->setText("absent");
        QVERIFY(!editor->findNext());
    }

    void markdownExportAndImport()
    {
        EditorFixture e;
        ScorecardEditor* editor = e.editor;
        WindowFixture* f = e.fixture.get();
        QTest::mouseClick(shipButton(editor), Qt::LeftButton);
        QTest::keyClicks(authorField(editor), "Dana");
        QTest::keyClicks(promptField(editor, "firstRun"), "Ten minutes to a first answer.");
        QTest::keyClicks(textField(editor), longText);
        const QString path = f->dir.filePath("draft.md");
        FileDialogs::setNextAnswer(path);
        editor->exportMarkdown();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(file.readAll());
        QVERIFY(markdown.contains("tool: gemma-3n"));
        QVERIFY(markdown.contains("## firstRun\n\nTen minutes to a first answer."));
        const QString original = editor->currentDraftId();

        FileDialogs::setNextAnswer(path);
        editor->importMarkdown();
        QVERIFY(editor->currentDraftId() != original);
        QCOMPARE(textField(editor)->toPlainText(), longText);
        QCOMPARE(promptField(editor, "firstRun")->toPlainText(),
                 QStringLiteral("Ten minutes to a first answer."));
        QVERIFY(shipButton(editor)->isChecked());
        QCOMPARE(authorField(editor)->text(), QStringLiteral("Dana"));
        QCOMPARE(Drafts(*f->store).list().size(), 2);

        // A file that is not a draft: a clear note, nothing created.
        QFile bad(f->dir.filePath("notes.md"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("# Just notes\n");
        bad.close();
        FileDialogs::setNextAnswer(bad.fileName());
        editor->importMarkdown();
        QVERIFY2(stateBanner(editor)->text().contains("could not be imported"),
                 qPrintable(stateBanner(editor)->text()));
        QCOMPARE(Drafts(*f->store).list().size(), 2);
    }

    void duplicateAndDiscardWithConfirmation()
    {
        EditorFixture e;
        ScorecardEditor* editor = e.editor;
        WindowFixture* f = e.fixture.get();
        QTest::keyClicks(textField(editor), "Keep me.");
        editor->duplicateCurrent();
        QCOMPARE(Drafts(*f->store).list().size(), 2);
        const QString copy = editor->currentDraftId();
        QCOMPARE(textField(editor)->toPlainText(), QStringLiteral("Keep me."));

        auto answer = [](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, [button] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                QVERIFY(box);
                QVERIFY(box->text().contains("Gemma 3n"));
                box->button(button)->click();
            });
        };
        answer(QMessageBox::Cancel);
        editor->discardCurrent();
        QCOMPARE(Drafts(*f->store).list().size(), 2); // cancelled: kept
        answer(QMessageBox::Discard);
        editor->discardCurrent();
        QCOMPARE(Drafts(*f->store).list().size(), 1);
        QVERIFY(!Drafts(*f->store).find(copy));
        QVERIFY(editor->currentDraftId().isEmpty());
    }

    // From the main window: Ctrl+Shift+N drafts for the selected tool in the dock; Ctrl+Shift+E
    // hides and shows it; switching tabs stores the draft.
    void theDockInTheMainWindow()
    {
        auto f = WindowFixture::create();
        auto window = f->showWindow();
        window->selectTool("gemma-3n");
        QVERIFY(!window->scorecardEditorDock()->isVisible());
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(window->scorecardEditorDock()->isVisible());
        ScorecardEditor* editor = window->scorecardEditor();
        QCOMPARE(Drafts(*f->store).find(editor->currentDraftId())->toolId, QStringLiteral("gemma-3n"));
        QTest::keyClicks(textField(editor), "Typed in the dock.");
        window->openComparison(ComparisonModel::loadComparison(*f->store, "gemma-3n-vs-mistral-medium-3-2"));
        QCOMPARE(Drafts(*f->store).find(editor->currentDraftId())->text,
                 QStringLiteral("Typed in the dock."));
        QTest::keyClick(window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!window->scorecardEditorDock()->isVisible());
        window->close();
        // The next start remembers the hidden pane, and the editor still holds the draft.
        auto next = f->showWindow();
        QVERIFY(next->scorecardEditorDock()->isHidden());
        QCOMPARE(textField(next->scorecardEditor())->toPlainText(), QStringLiteral("Typed in the dock."));
    }

    // Published through a real sync: queued, then published, or refused with the feed's reason and
    // editable again.
    void publishingThroughTheFeed()
    {
        auto f = WindowFixture::create();
        FeedWindow feed(*f, "dana");
        QVERIFY(feed.window);
        MainWindow& window = *feed.window;
        ScorecardEditor* editor = window.scorecardEditor();

        window.draftScorecard("gemma-3n");
        const QString accepted = editor->currentDraftId();
        fillValidDraft(editor);
        editor->publish();
        // A second one, for a lens the feed has retired: the feed refuses it.
        // (The created draft itself: the newest in the list ties with the queued one within a millisecond.)
        auto created = Drafts(*f->store).create("gemma-3n", "retired-lens", "Dana");
        QVERIFY(created);
        Draft refusedDraft = created.value();
        refusedDraft.verdict = Verdict::Skip;
        refusedDraft.text = longText;
        QVERIFY(Drafts(*f->store).save(refusedDraft));
        QVERIFY(Drafts(*f->store).queueForPublishing(refusedDraft.id));

        SyncController* sync = window.syncController();
        sync->sync();
        QTRY_VERIFY_WITH_TIMEOUT(!sync->isSyncing() && sync->lastSyncLabel()->text().startsWith("Last sync"),
                                 30000);
        QCOMPARE(Drafts(*f->store).find(accepted)->state, DraftState::Published);
        QVERIFY(stateBanner(editor)->text().startsWith("Published"));
        QVERIFY(textField(editor)->isReadOnly());
        const int row = draftModel(editor)->rowOfDraft(refusedDraft.id);
        const QString refusedState =
            draftModel(editor)->index(row, DraftListModel::StateColumn).data().toString();
        QVERIFY2(refusedState.startsWith("Refused: ") && refusedState.contains("retired-lens"),
                 qPrintable(refusedState));

        // The published scorecard is in the comparison view now.
        ComparisonView* view = window.openComparison(
            ComparisonModel::loadComparison(*f->store, "gemma-3n-vs-mistral-medium-3-2"));
        QVERIFY(labelTexts(view).contains(longText));

        // The refused one opens as an editable draft with the reason.
        QVERIFY(editor->openDraft(refusedDraft.id));
        QVERIFY(!textField(editor)->isReadOnly());
        QVERIFY(stateBanner(editor)->text().contains("refused"));
        QCOMPARE(textField(editor)->toPlainText(), longText);
    }
};

QTEST_MAIN(TestScorecardEditor)
#include "tst_scorecardeditor.moc"
