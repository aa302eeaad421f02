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
#include <QTreeView>
#include <QUndoStack>

using namespace sos;
using namespace sos::test;

namespace {

const QString longText = QStringLiteral("Audio input on the phone opens a market the panel barely weighed: "
                                        "captioning that never leaves the device.");

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
    QTest::mouseClick(editor->shipButton(), Qt::LeftButton);
    QTest::keyClicks(editor->authorField(), "Dana");
    QTest::keyClicks(editor->textField(), longText);
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
        editor->textField()->setFocus();
        QTest::keyClicks(editor->textField(), "Audio");
        QVERIFY(editor->isDirty());
        QVERIFY(editor->autosaveTimer()->isActive());
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
            QTest::keyClick(editor->textField(), Qt::Key_A, Qt::NoModifier);
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
            QPlainTextEdit* prompt = w.editor->promptField("primitive");
            QVERIFY(prompt && prompt->isVisible());
            prompt->setFocus();
            QTest::keyClicks(prompt, "One model file");
            QTest::keyClick(prompt, Qt::Key_Left);
            QTest::keyClick(prompt, Qt::Key_Left);
            w.editor->authorField()->setFocus(); // focus moves on: stored now, no timer needed
            const auto stored = Drafts(*f->store).find(id);
            QCOMPARE(stored->fields.value("primitive"), QStringLiteral("One model file"));
            QCOMPARE(stored->cursorField, QStringLiteral("primitive"));
            QCOMPARE(stored->cursorPosition, 12);
        }
        EditorWindow again(*f->store, *f->settings);
        QCOMPARE(again.editor->currentDraftId(), id);
        QCOMPARE(again.editor->promptField("primitive")->toPlainText(), QStringLiteral("One model file"));
        QCOMPARE(again.editor->promptField("primitive")->textCursor().position(), 12);
        again.editor->focusEditor();
        QCOMPARE(QApplication::focusWidget(), again.editor->promptField("primitive"));
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
            w.editor->textField()->setFocus();
            QTest::keyClicks(w.editor->textField(), "Typed just before closing");
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
        QPlainTextEdit* prompt = editor->promptField("primitive");
        prompt->setFocus();
        QTest::keyClicks(prompt, "weights");
        editor->textField()->setFocus();
        QTest::keyClicks(editor->textField(), "Ship it");
        QTest::mouseClick(editor->skipButton(), Qt::LeftButton);
        QVERIFY(editor->skipButton()->isChecked());
        editor->authorField()->setFocus();
        QTest::keyClicks(editor->authorField(), "Dana");
        QCOMPARE(editor->undoStack()->count(), 4);

        QTest::keySequence(editor->authorField(), QKeySequence::Undo); // the author
        QCOMPARE(editor->authorField()->text(), QString());
        QTest::keySequence(QApplication::focusWidget(), QKeySequence::Undo); // the verdict
        QVERIFY(!editor->skipButton()->isChecked() && !editor->shipButton()->isChecked());
        QTest::keySequence(QApplication::focusWidget(), QKeySequence::Undo); // the text
        QCOMPARE(editor->textField()->toPlainText(), QString());
        QCOMPARE(prompt->toPlainText(), QStringLiteral("weights"));
        QTest::keySequence(QApplication::focusWidget(), QKeySequence::Undo); // the prompt
        QCOMPARE(prompt->toPlainText(), QString());
        QVERIFY(!editor->undoStack()->canUndo());

        QTest::keySequence(QApplication::focusWidget(), QKeySequence::Redo);
        QTest::keySequence(QApplication::focusWidget(), QKeySequence::Redo);
        QCOMPARE(prompt->toPlainText(), QStringLiteral("weights"));
        QCOMPARE(editor->textField()->toPlainText(), QStringLiteral("Ship it"));
        editor->undoStack()->redo();
        editor->undoStack()->redo();
        QVERIFY(editor->skipButton()->isChecked());
        QCOMPARE(editor->authorField()->text(), QStringLiteral("Dana"));
        // Undone and redone changes are stored like typed ones.
        QVERIFY(editor->saveNow());
        const auto stored = Drafts(*f->store).find(editor->currentDraftId());
        QCOMPARE(stored->author, QStringLiteral("Dana"));
        QCOMPARE(stored->verdict, std::optional<Verdict>(Verdict::Skip));
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

        QTest::keyClicks(first.editor->textField(), "The first window's words.");
        QVERIFY(first.editor->saveNow());
        QTest::keyClicks(second.editor->textField(), "The second window's words.");
        QVERIFY(second.editor->saveNow());

        QVERIFY(second.editor->currentDraftId() != id);
        QVERIFY2(second.editor->stateBanner()->text().contains("changed in another window"),
                 qPrintable(second.editor->stateBanner()->text()));
        Drafts drafts(*f->store);
        QCOMPARE(drafts.find(id)->text, QStringLiteral("The first window's words."));
        QCOMPARE(drafts.find(second.editor->currentDraftId())->text,
                 QStringLiteral("The second window's words."));
        QCOMPARE(drafts.list().size(), 2);
        QCOMPARE(second.editor->draftModel()->rowCount(), 2);
    }

    // Publish checks everything and shows each problem beside its field; fixing one clears it.
    void publishShowsProblemsBesideTheirFields()
    {
        EditorFixture e;
        ScorecardEditor* editor = e.editor;
        WindowFixture* f = e.fixture.get();
        QTest::keyClicks(editor->textField(), "Too short.");
        editor->publish();
        for (const char* field : {"verdict", "text", "author"}) {
            QVERIFY2(editor->problemLabel(field)->isVisible(), field);
            QVERIFY(editor->problemLabel(field)->text().startsWith(QStringLiteral("\u26a0 ")));
        }
        QVERIFY(editor->problemLabel("text")->text().contains("10 so far"));
        QVERIFY(!editor->problemLabel("lens")->isVisible());
        QCOMPARE(QApplication::focusWidget(), editor->shipButton()); // taken to the first problem
        QCOMPARE(Drafts(*f->store).find(editor->currentDraftId())->state, DraftState::Draft);

        QTest::mouseClick(editor->shipButton(), Qt::LeftButton);
        QVERIFY(!editor->problemLabel("verdict")->isVisible()); // follows the fixing
        QVERIFY(editor->problemLabel("text")->isVisible());

        // A lens of one's own needs a name.
        editor->lensBox()->setFocus();
        const int custom = editor->lensBox()->findData(QString::fromLatin1(Drafts::customLensId));
        editor->lensBox()->setCurrentIndex(custom);
        Q_EMIT editor->lensBox()->activated(custom);
        QVERIFY(editor->customLensField()->isVisible());
        QVERIFY(editor->problemLabel("lens")->isVisible());
        QTest::keyClicks(editor->customLensField(), "Security auditor");
        QVERIFY(!editor->problemLabel("lens")->isVisible());
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
        const QModelIndex state = editor->draftModel()->index(0, DraftListModel::StateColumn);
        QCOMPARE(state.data().toString(), QStringLiteral("Queued for the next sync"));
        QVERIFY(editor->stateBanner()->text().startsWith("Queued"));
        QTest::keyClicks(editor->textField(), " More.");
        QVERIFY(editor->saveNow());
        QCOMPARE(Drafts(*f->store).find(editor->currentDraftId())->state, DraftState::Draft);
        QCOMPARE(editor->draftModel()->index(0, DraftListModel::StateColumn).data().toString(),
                 QStringLiteral("Draft"));
    }

    // The preview draws the draft with the comparison view's own scorecard, beside the panel's.
    void previewShowsTheScorecardAsReadersWillSeeIt()
    {
        EditorFixture e;
        ScorecardEditor* editor = e.editor;
        WindowFixture* f = e.fixture.get();
        QCOMPARE(editor->lensBox()->currentData().toString(), QStringLiteral("developer-experience"));
        QTest::keyClicks(editor->promptField("primitive"), "One file.");
        QTest::keyClicks(editor->textField(), "<b>not bold</b>");
        QTest::keyClicks(editor->authorField(), "Dana");
        QTest::mouseClick(editor->skipButton(), Qt::LeftButton);
        QTRY_VERIFY(
            labelTexts(editor->preview()).contains("What you integrate: One file.\n\n<b>not bold</b>"));
        const QStringList texts = labelTexts(editor->preview());
        QVERIFY(texts.contains("SKIP"));
        QVERIFY(texts.contains("Gemma 3n"));
        QVERIFY(std::any_of(texts.begin(), texts.end(),
                            [](const QString& t) { return t.startsWith("\u2014 Dana, "); }));
        // Plain text only: the tags show as typed.
        for (const QLabel* label : editor->preview()->findChildren<QLabel*>())
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
        QTest::keyClicks(editor->promptField("dxBet"), "the runtime bet");
        QTest::keyClicks(editor->textField(), "a runtime story, and the runtime again");
        editor->textField()->setFocus();
        QTest::keyClick(editor->textField(), Qt::Key_Home, Qt::ControlModifier);
        editor->showFind();
        QTest::keyClicks(editor->findField(), "runtime");
        QVERIFY(editor->findNext());
        QCOMPARE(editor->textField()->textCursor().selectedText(), QStringLiteral("runtime"));
        QCOMPARE(editor->textField()->textCursor().selectionStart(), 2);
        QVERIFY(editor->findNext());
        QCOMPARE(editor->textField()->textCursor().selectionStart(), 25);
        QVERIFY(editor->findNext()); // wraps round to the prompts
        QCOMPARE(editor->promptField("dxBet")->textCursor().selectedText(), QStringLiteral("runtime"));
        QVERIFY(editor->findNext(true)); // and back
        QCOMPARE(editor->textField()->textCursor().selectionStart(), 25);
        editor->findField()->setText("absent");
        QVERIFY(!editor->findNext());
    }

    void markdownExportAndImport()
    {
        EditorFixture e;
        ScorecardEditor* editor = e.editor;
        WindowFixture* f = e.fixture.get();
        QTest::mouseClick(editor->shipButton(), Qt::LeftButton);
        QTest::keyClicks(editor->authorField(), "Dana");
        QTest::keyClicks(editor->promptField("firstRun"), "Ten minutes to a first answer.");
        QTest::keyClicks(editor->textField(), longText);
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
        QCOMPARE(editor->textField()->toPlainText(), longText);
        QCOMPARE(editor->promptField("firstRun")->toPlainText(),
                 QStringLiteral("Ten minutes to a first answer."));
        QVERIFY(editor->shipButton()->isChecked());
        QCOMPARE(editor->authorField()->text(), QStringLiteral("Dana"));
        QCOMPARE(Drafts(*f->store).list().size(), 2);

        // A file that is not a draft: a clear note, nothing created.
        QFile bad(f->dir.filePath("notes.md"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("# Just notes\n");
        bad.close();
        FileDialogs::setNextAnswer(bad.fileName());
        editor->importMarkdown();
        QVERIFY2(editor->stateBanner()->text().contains("could not be imported"),
                 qPrintable(editor->stateBanner()->text()));
        QCOMPARE(Drafts(*f->store).list().size(), 2);
    }

    void duplicateAndDiscardWithConfirmation()
    {
        EditorFixture e;
        ScorecardEditor* editor = e.editor;
        WindowFixture* f = e.fixture.get();
        QTest::keyClicks(editor->textField(), "Keep me.");
        editor->duplicateCurrent();
        QCOMPARE(Drafts(*f->store).list().size(), 2);
        const QString copy = editor->currentDraftId();
        QCOMPARE(editor->textField()->toPlainText(), QStringLiteral("Keep me."));

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
        QTest::keyClicks(editor->textField(), "Typed in the dock.");
        window->openComparison(ComparisonModel::loadComparison(*f->store, "gemma-3n-vs-mistral-medium-3-2"));
        QCOMPARE(Drafts(*f->store).find(editor->currentDraftId())->text,
                 QStringLiteral("Typed in the dock."));
        QTest::keyClick(window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!window->scorecardEditorDock()->isVisible());
        window->close();
        // The next start remembers the hidden pane, and the editor still holds the draft.
        auto next = f->showWindow();
        QVERIFY(next->scorecardEditorDock()->isHidden());
        QCOMPARE(next->scorecardEditor()->textField()->toPlainText(), QStringLiteral("Typed in the dock."));
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
        QVERIFY(Drafts(*f->store).create("gemma-3n", "retired-lens", "Dana"));
        auto refusedDraft = Drafts(*f->store).list().first();
        refusedDraft.verdict = Verdict::Skip;
        refusedDraft.text = longText;
        QVERIFY(Drafts(*f->store).save(refusedDraft));
        QVERIFY(Drafts(*f->store).queueForPublishing(refusedDraft.id));

        SyncController* sync = window.syncController();
        sync->sync();
        QTRY_VERIFY_WITH_TIMEOUT(!sync->isSyncing() && sync->lastSyncLabel()->text().startsWith("Last sync"),
                                 30000);
        QCOMPARE(Drafts(*f->store).find(accepted)->state, DraftState::Published);
        QVERIFY(editor->stateBanner()->text().startsWith("Published"));
        QVERIFY(editor->textField()->isReadOnly());
        const int row = editor->draftModel()->rowOfDraft(refusedDraft.id);
        const QString refusedState =
            editor->draftModel()->index(row, DraftListModel::StateColumn).data().toString();
        QVERIFY2(refusedState.startsWith("Refused: ") && refusedState.contains("retired-lens"),
                 qPrintable(refusedState));

        // The published scorecard is in the comparison view now.
        ComparisonView* view = window.openComparison(
            ComparisonModel::loadComparison(*f->store, "gemma-3n-vs-mistral-medium-3-2"));
        QVERIFY(labelTexts(view).contains(longText));

        // The refused one opens as an editable draft with the reason.
        QVERIFY(editor->openDraft(refusedDraft.id));
        QVERIFY(!editor->textField()->isReadOnly());
        QVERIFY(editor->stateBanner()->text().contains("refused"));
        QCOMPARE(editor->textField()->toPlainText(), longText);
    }
};

QTEST_MAIN(TestScorecardEditor)
#include "tst_scorecardeditor.moc"
