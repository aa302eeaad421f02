// SPDX-License-Identifier: GPL-3.0-or-later
#include "../TestSupport.h"
#include <drafts/Drafts.h>

using namespace sos;
using namespace sos::test;

class TestDrafts : public QObject
{
    Q_OBJECT

    static Draft validDraft()
    {
        Draft draft;
        draft.toolId = "gemma-3n";
        draft.lensId = "buyer";
        draft.verdict = Verdict::Ship;
        draft.text = "A long enough text about who pays for this tool, and why they keep paying.";
        draft.author = "Alice";
        return draft;
    }

private Q_SLOTS:
    void validation_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("valid") << "" << QStringList{};
        QTest::newRow("no lens") << "lens" << QStringList{"lens"};
        QTest::newRow("custom lens without a name") << "custom" << QStringList{"lens"};
        QTest::newRow("no verdict") << "verdict" << QStringList{"verdict"};
        QTest::newRow("text too short") << "short" << QStringList{"text"};
        QTest::newRow("only spaces") << "spaces" << QStringList{"text"};
        QTest::newRow("text too long") << "long" << QStringList{"text"};
        QTest::newRow("prompts and text too long together") << "prompts" << QStringList{"text"};
        QTest::newRow("custom lens named by symbols only") << "symbols" << QStringList{"lens"};
        QTest::newRow("custom lens with a name") << "named" << QStringList{};
        QTest::newRow("no author") << "author" << QStringList{"author"};
        QTest::newRow("everything missing") << "all" << QStringList{"lens", "verdict", "text", "author"};
    }

    void validation()
    {
        QFETCH(QString, change);
        QFETCH(QStringList, fields);
        Draft draft = validDraft();
        if (change == "lens" || change == "all")
            draft.lensId.clear();
        if (change == "custom")
            draft.lensId = Drafts::customLensId;
        if (change == "verdict" || change == "all")
            draft.verdict.reset();
        if (change == "short" || change == "all")
            draft.text = "Too short.";
        if (change == "spaces")
            draft.text = QString(100, ' ');
        if (change == "long")
            draft.text = QString(Drafts::maximumTextLength + 1, 'x');
        if (change == "author" || change == "all")
            draft.author = " ";
        if (change == "prompts") {
            draft.text = QString(Drafts::maximumTextLength - 100, 'x');
            draft.fields.insert("moat", QString(200, 'y')); // the text alone fits, not with the answer
        }
        if (change == "symbols" || change == "named") {
            draft.lensId = Drafts::customLensId;
            draft.customLens = change == "named" ? "Security auditor" : " --- ";
        }
        QStringList found;
        for (const DraftProblem& problem : Drafts::validate(draft)) {
            found << problem.field;
            QVERIFY(!problem.message.isEmpty());
        }
        QCOMPARE(found, fields);
    }

    void savedDraftsComeBackWithTheCursor()
    {
        QTemporaryDir dir;
        {
            auto store = openSeededStore(dir);
            Drafts drafts(*store);
            auto draft = drafts.create("gemma-3n", "buyer", "Alice");
            QVERIFY(draft);
            Draft edited = draft.value();
            edited.text = "Half a sentence";
            edited.fields.insert("moat", "Android distribution");
            edited.cursorPosition = 15;
            edited.cursorField = "moat";
            auto saved = drafts.save(edited);
            QVERIFY2(saved, qPrintable(saved.errorMessage()));
            QVERIFY(!saved->conflict);
            QCOMPARE(saved->draft.revision, draft->revision + 1);
        }
        auto store = openStore(dir);
        const QList<Draft> list = Drafts(*store).list();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().text, QStringLiteral("Half a sentence"));
        QCOMPARE(list.first().fields.value("moat"), QStringLiteral("Android distribution"));
        QCOMPARE(list.first().cursorPosition, 15);
        QCOMPARE(list.first().cursorField, QStringLiteral("moat"));
        QCOMPARE(list.first().wordCount(), 5);
    }

    // What the feed receives, and the comparison view shows: answered prompts of the lens, then the text.
    void publishedText()
    {
        Draft draft = validDraft();
        draft.fields.insert("moat", "  Distribution through the phone makers. ");
        draft.fields.insert("whoBuys", "   ");           // unanswered: left out
        draft.fields.insert("thesis", "another lens's"); // not a prompt of this lens: left out
        QCOMPARE(Drafts::publishedText(draft),
                 QStringLiteral("What defends its position: Distribution through the phone makers.\n\n") +
                     draft.text);
        QCOMPARE(Drafts::feedLensId(draft), QStringLiteral("buyer"));
        QVERIFY(Drafts::feedLensName(draft).isEmpty());
        draft.lensId = Drafts::customLensId;
        draft.customLens = "  Security & Privacy -- Auditor ";
        QCOMPARE(Drafts::feedLensId(draft), QStringLiteral("custom-security-privacy-auditor"));
        QCOMPARE(Drafts::feedLensName(draft), QStringLiteral("Security & Privacy -- Auditor"));
        QCOMPARE(Drafts::publishedText(draft), draft.text); // a custom lens has no prompts
    }

    // Two windows saved the same draft: the later save does not overwrite; both versions are kept.
    void aConflictKeepsBothVersions()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        Drafts drafts(*store);
        const Draft original = drafts.create("gemma-3n", "buyer").value();
        Draft first = original;
        first.text = "Window one's words";
        Draft second = original;
        second.text = "Window two's words";
        QVERIFY(drafts.save(first));
        auto saved = drafts.save(second);
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
        QVERIFY(saved->conflict);
        QCOMPARE(saved->originalId, original.id);
        QVERIFY(saved->draft.id != original.id);
        QCOMPARE(drafts.find(original.id)->text, QStringLiteral("Window one's words"));
        QCOMPARE(drafts.find(saved->draft.id)->text, QStringLiteral("Window two's words"));
        QCOMPARE(drafts.list().size(), 2);
    }

    void duplicateAndDiscard()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        Drafts drafts(*store);
        Draft draft = drafts.create("gemma-3n", "futurist").value();
        draft.text = "Some thoughts";
        draft = drafts.save(draft)->draft;
        auto copy = drafts.duplicate(draft.id);
        QVERIFY(copy);
        QVERIFY(copy->id != draft.id);
        QCOMPARE(copy->text, draft.text);
        QVERIFY(drafts.discard(draft.id));
        QVERIFY(!drafts.find(draft.id));
        QVERIFY(drafts.find(copy->id));
    }

    // Lines that look like headings ("## " and a word) stay in their field or the text: found by
    // fuzz_draftmarkdown, they used to start a section of their own when the export was imported.
    void markdownRoundTrip()
    {
        Draft draft = validDraft();
        draft.fields.insert("whoBuys", "Enterprise IT teams.\n\nWith a second paragraph.\n## Pros\nCheap.");
        draft.fields.insert("moat", "Distribution through Android.");
        draft.fields.insert("business", "## starts like a heading");
        draft.text = "Line one.\n\n## Not a heading inside the text? It is kept as text:\nit stays.\n"
                     "## Verdict\nShip it.\n\\## written with a backslash\n\n## last";
        const QString markdown = Drafts::toMarkdown(draft);
        QVERIFY(markdown.startsWith("---\ntool: gemma-3n\n"));
        QVERIFY2(markdown.contains("\n\\## Verdict\n"), qPrintable(markdown)); // "\## " in the file
        QVERIFY2(markdown.contains("\n\\\\## written with a backslash\n"), qPrintable(markdown));
        auto back = Drafts::fromMarkdown(markdown);
        QVERIFY2(back, qPrintable(back.errorMessage()));
        QCOMPARE(back->toolId, draft.toolId);
        QCOMPARE(back->lensId, draft.lensId);
        QCOMPARE(back->verdict, draft.verdict);
        QCOMPARE(back->author, draft.author);
        QCOMPARE(back->fields, draft.fields);
        QCOMPARE(back->text, draft.text);
    }

    // Found by fuzz_draftmarkdown: a section ended at the last "\n## " before the end of the next
    // heading, so a section whose text starts with "## " (not a heading: it has spaces) swallowed
    // that heading into the section before it; a section with nothing in it swallowed the next one.
    void markdownSectionsEndAtTheNextHeading()
    {
        auto draft = Drafts::fromMarkdown("---\ntool: x\n---\n\n## first\n\none\n\n## second\n\n"
                                          "## not a heading, some text\n## empty\n## text\n\nThe text.\n");
        QVERIFY2(draft, qPrintable(draft.errorMessage()));
        const QMap<QString, QString> fields{
            {"first", "one"}, {"second", "## not a heading, some text"}, {"empty", ""}};
        QCOMPARE(draft->fields, fields);
        QCOMPARE(draft->text, "The text.");
    }

    // Found by fuzz_draftmarkdown: "\r\r\n" left a "\r\n" in the text, which the next import read as
    // a line break: every run of carriage returns before a line feed is one line break.
    void markdownReadsDoubledWindowsLineEnds()
    {
        auto draft =
            Drafts::fromMarkdown("---\r\r\ntool: x\r\r\n---\r\n\r\n## text\r\r\n\r\r\none\r\r\ntwo\r\r\n");
        QVERIFY2(draft, qPrintable(draft.errorMessage()));
        QCOMPARE(draft->toolId, "x");
        QCOMPARE(draft->text, "one\ntwo");
    }

    void markdownErrors_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("message");
        QTest::newRow("no header") << "Just text"
                                   << "does not start with a --- header";
        QTest::newRow("unclosed header") << "---\ntool: x\n"
                                         << "not closed";
        QTest::newRow("bad verdict") << "---\ntool: x\nverdict: maybe\n---\n"
                                     << "ship or skip";
        QTest::newRow("unknown field") << "---\ntool: x\ncolour: red\n---\n"
                                       << "Unknown header field";
        QTest::newRow("no tool") << "---\nlens: buyer\n---\n"
                                 << "names no tool";
    }

    void markdownErrors()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, message);
        auto draft = Drafts::fromMarkdown(markdown);
        QVERIFY(!draft);
        QVERIFY2(draft.errorMessage().contains(message), qPrintable(draft.errorMessage()));
    }

    void queueingValidatesAndEditingUnqueues()
    {
        QTemporaryDir dir;
        auto store = openSeededStore(dir);
        Drafts drafts(*store);
        Draft draft = drafts.create("gemma-3n", "buyer", "Alice").value();
        QList<DraftProblem> problems;
        QVERIFY(!drafts.queueForPublishing(draft.id, &problems));
        QVERIFY(!problems.isEmpty());
        Draft filled = validDraft();
        filled.id = draft.id;
        filled.revision = draft.revision;
        draft = drafts.save(filled)->draft;
        auto queued = drafts.queueForPublishing(draft.id, &problems);
        QVERIFY2(queued, qPrintable(queued.errorMessage()));
        QCOMPARE(queued->state, DraftState::Queued);
        QVERIFY(!queued->idempotencyKey.isEmpty());
        QCOMPARE(drafts.queued().size(), 1);
        // Editing a queued draft takes it out of the queue: it must be valid again to go.
        Draft edited = queued.value();
        edited.text += " More.";
        QCOMPARE(drafts.save(edited)->draft.state, DraftState::Draft);
        QVERIFY(drafts.queued().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDrafts)
#include "tst_drafts.moc"
