// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScorecardForm.h"

#include "Appearance.h"
#include "EditorText.h"
#include "ToolDetailsView.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sos {

namespace {

const QString textFieldId = QStringLiteral("text");

// The panel's scorecards run about this long; the form says so beside the count.
constexpr int guideMinimumWords = 60;
constexpr int guideMaximumWords = 120;

// One step of typing in a text field: the field's own document holds the change, this command puts
// it in the form's single history, so undo walks back across fields in the order things happened.
class DocumentEdit final : public QUndoCommand
{
public:
    explicit DocumentEdit(QPlainTextEdit* edit)
        : m_edit(edit)
    {
        setText(EditorText::tr("typing"));
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

} // namespace

// A change of the lens, the custom lens name, the verdict or the author. Typing in one line field
// merges into one step.
class ValueEdit final : public QUndoCommand
{
public:
    ValueEdit(ScorecardForm* form, ScorecardForm::Field field, QVariant before, QVariant after)
        : m_form(form)
        , m_field(field)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        switch (field) {
        case ScorecardForm::Field::Lens:
            setText(EditorText::tr("lens change"));
            break;
        case ScorecardForm::Field::CustomLens:
            setText(EditorText::tr("lens name"));
            break;
        case ScorecardForm::Field::Verdict:
            setText(EditorText::tr("verdict change"));
            break;
        case ScorecardForm::Field::Author:
            setText(EditorText::tr("author"));
            break;
        }
    }

    int id() const override
    {
        const bool typing =
            m_field == ScorecardForm::Field::CustomLens || m_field == ScorecardForm::Field::Author;
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

    void undo() override { m_form->applyValue(m_field, m_before); }

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        m_form->applyValue(m_field, m_after);
    }

private:
    ScorecardForm* m_form;
    ScorecardForm::Field m_field;
    QVariant m_before;
    QVariant m_after;
    bool m_first = true;
};

ScorecardForm::ScorecardForm(QWidget* parent)
    : QWidget(parent)
    , m_cursorField(textFieldId)
{
    setObjectName(QStringLiteral("scorecardForm"));
    m_undo = new QUndoStack(this);
    m_undo->setObjectName(QStringLiteral("editorUndoStack"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = makeBoldLabel({}, this, 1.2);
    m_title->setObjectName(QStringLiteral("draftTitle"));
    layout->addWidget(m_title);
    m_banner = makePlainLabel({}, this);
    m_banner->setObjectName(QStringLiteral("draftState"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);
    m_banner->setAccessibleName(EditorText::tr("Draft state"));
    layout->addWidget(m_banner);
    layout->addLayout(buildChoices());
    // The lenses' guiding prompts go here (addPromptGroup), above the text.
    addTextField(layout);
}

// Lens, verdict and author, each with its label on the left and its problem below it.
QFormLayout* ScorecardForm::buildChoices()
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_lens = new QComboBox(this);
    m_lens->setObjectName(QStringLiteral("lensBox"));
    m_lens->setAccessibleName(EditorText::tr("Lens"));
    m_lens->setAccessibleDescription(EditorText::tr("The reviewer persona this scorecard judges through"));
    connect(m_lens, &QComboBox::activated, this, [this] {
        pushValue(Field::Lens, m_lens->currentData());
        updateForLens();
        changed();
    });
    m_customLens = lineField(QStringLiteral("customLensField"), EditorText::tr("Custom lens name"),
                             EditorText::tr("Name your lens, e.g. Security auditor"), Field::CustomLens);
    auto* lensColumn = new QVBoxLayout;
    lensColumn->addWidget(m_lens);
    lensColumn->addWidget(m_customLens);
    lensColumn->addWidget(addProblemLabel(QStringLiteral("lens")));
    auto* lensLabel = new QLabel(EditorText::tr("&Lens:"), this);
    lensLabel->setBuddy(m_lens);
    form->addRow(lensLabel, lensColumn);

    form->addRow(EditorText::tr("Verdict:"), buildVerdictColumn());

    m_author = lineField(QStringLiteral("authorField"), EditorText::tr("Author"),
                         EditorText::tr("Your name as readers will see it"), Field::Author);
    auto* authorColumn = new QVBoxLayout;
    authorColumn->addWidget(m_author);
    authorColumn->addWidget(addProblemLabel(QStringLiteral("author")));
    auto* authorLabel = new QLabel(EditorText::tr("&Author:"), this);
    authorLabel->setBuddy(m_author);
    form->addRow(authorLabel, authorColumn);
    return form;
}

QVBoxLayout* ScorecardForm::buildVerdictColumn()
{
    m_ship = new QRadioButton(EditorText::tr("Shi&p"), this);
    m_ship->setObjectName(QStringLiteral("shipButton"));
    m_skip = new QRadioButton(EditorText::tr("S&kip"), this);
    m_skip->setObjectName(QStringLiteral("skipButton"));
    m_ship->setAccessibleDescription(EditorText::tr("Verdict: ship it"));
    m_skip->setAccessibleDescription(EditorText::tr("Verdict: skip it"));
    m_verdict = new QButtonGroup(this);
    m_verdict->addButton(m_ship, static_cast<int>(Verdict::Ship));
    m_verdict->addButton(m_skip, static_cast<int>(Verdict::Skip));
    connect(m_verdict, &QButtonGroup::idClicked, this, [this](int id) {
        if (m_loading)
            return;
        pushValue(Field::Verdict, id);
        changed();
    });
    auto* verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_ship);
    verdictRow->addWidget(m_skip);
    verdictRow->addStretch(1);
    auto* verdictColumn = new QVBoxLayout;
    verdictColumn->addLayout(verdictRow);
    verdictColumn->addWidget(addProblemLabel(QStringLiteral("verdict")));
    return verdictColumn;
}

// The scorecard's own words, their problem and the count.
void ScorecardForm::addTextField(QVBoxLayout* layout)
{
    m_textLabel = new QLabel(EditorText::tr("S&corecard:"), this);
    QFont bold = m_textLabel->font();
    bold.setBold(true);
    m_textLabel->setFont(bold);
    layout->addWidget(m_textLabel);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("scorecardText"));
    m_text->setAccessibleName(EditorText::tr("Scorecard text"));
    m_text->setAccessibleDescription(EditorText::tr("The scorecard in your own words, plain text"));
    m_text->setPlaceholderText(EditorText::tr("Your verdict and why, in plain text."));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 8);
    m_textLabel->setBuddy(m_text);
    watchTextField(m_text, textFieldId);
    layout->addWidget(m_text, 1);
    layout->addWidget(addProblemLabel(textFieldId));
    m_count = makePlainLabel({}, this);
    m_count->setObjectName(QStringLiteral("wordCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_count);
}

QLabel* ScorecardForm::addProblemLabel(const QString& field)
{
    QLabel* label = makePlainLabel({}, this);
    label->setObjectName(QStringLiteral("problem-") + field);
    label->setAccessibleName(EditorText::tr("Problem"));
    // Never narrower than one line when it keeps its space: an empty text would keep none.
    label->setMinimumHeight(label->fontMetrics().lineSpacing());
    label->hide();
    m_problems.insert(field, label);
    return label;
}

// A lens's guiding prompts exist from the moment the lens is offered and show with their lens, so
// switching lenses never loses an answer and undo can always reach back into them.
void ScorecardForm::addPromptGroup(const QString& lensId)
{
    if (m_promptGroups.contains(lensId))
        return;
    const QList<Prompt> prompts = promptsForLens(lensId);
    if (prompts.isEmpty())
        return;
    auto* group = new QWidget(this);
    auto* groupLayout = new QVBoxLayout(group);
    groupLayout->setContentsMargins(0, 0, 0, 0);
    groupLayout->addWidget(makeBoldLabel(EditorText::tr("Guiding prompts (optional)"), group));
    // Tab reaches the prompts after the author and before the text, as they stand on screen.
    QWidget* tabBefore = m_lastPrompt ? static_cast<QWidget*>(m_lastPrompt) : m_author;
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
        QWidget::setTabOrder(tabBefore, edit);
        tabBefore = edit;
        m_lastPrompt = edit;
    }
    group->hide();
    m_promptGroups.insert(lensId, group);
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    layout->insertWidget(layout->indexOf(m_textLabel), group);
}

QLineEdit* ScorecardForm::lineField(const QString& name, const QString& accessibleName,
                                    const QString& placeholder, Field field)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    edit->installEventFilter(this);
    addContextMenu(edit);
    connect(edit, &QLineEdit::textEdited, this, [this, field](const QString& text) {
        pushValue(field, text);
        if (field == Field::CustomLens)
            Q_EMIT previewOutdated();
        changed();
    });
    return edit;
}

void ScorecardForm::watchTextField(QPlainTextEdit* edit, const QString& fieldId)
{
    edit->installEventFilter(this);
    addContextMenu(edit);
    connect(edit->document(), &QTextDocument::undoCommandAdded, this, [this, edit] {
        if (!m_loading)
            m_undo->push(new DocumentEdit(edit));
    });
    connect(edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            changed();
    });
    connect(edit, &QPlainTextEdit::cursorPositionChanged, this, [this, edit, fieldId] {
        if (m_loading || !edit->hasFocus())
            return;
        m_cursorField = fieldId;
        m_lastTextField = edit;
        Q_EMIT cursorMoved();
    });
}

void ScorecardForm::addContextMenu(QWidget* edit)
{
    // The fields' own menus, with undo and redo going through the form's one history.
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

bool ScorecardForm::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool isUndo = key->matches(QKeySequence::Undo);
        const bool isRedo = key->matches(QKeySequence::Redo);
        if (isUndo || isRedo) {
            // The field would undo only its own typing; the form undoes across every field.
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
            m_cursorField = fieldIdOf(edit);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ScorecardForm::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        renderProblems(); // their red suits the palette's background
}

void ScorecardForm::changed()
{
    if (m_loading || !m_open)
        return;
    updateCount();
    Q_EMIT edited();
}

void ScorecardForm::pushValue(Field field, const QVariant& after)
{
    if (m_loading)
        return;
    const QVariant before = m_values.value(field);
    if (before == after)
        return;
    m_values.insert(field, after);
    m_undo->push(new ValueEdit(this, field, before, after));
}

QVariant ScorecardForm::currentValue(Field field) const
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

void ScorecardForm::applyValue(Field field, const QVariant& value)
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
    changed();
}

void ScorecardForm::setLenses(const QList<Lens>& feedLenses, const QString& draftLensId)
{
    const bool loading = m_loading;
    m_loading = true;
    const QVariant current = m_lens->currentData();
    m_lens->clear();
    for (const Lens& lens : feedLenses)
        m_lens->addItem(lens.name, lens.id);
    m_lens->addItem(EditorText::tr("A lens of my own\u2026"), QString::fromLatin1(Drafts::customLensId));
    if (!draftLensId.isEmpty() && m_lens->findData(draftLensId) < 0)
        m_lens->addItem(EditorText::tr("%1 (no longer in the feed)").arg(draftLensId), draftLensId);
    m_lens->setCurrentIndex(std::max(0, m_lens->findData(current)));
    for (int i = 0; i < m_lens->count(); ++i)
        addPromptGroup(m_lens->itemData(i).toString());
    m_loading = loading;
}

QString ScorecardForm::lensId() const
{
    return m_lens->currentData().toString();
}

Draft ScorecardForm::withEdits(Draft stored) const
{
    Draft draft = std::move(stored);
    draft.lensId = lensId();
    draft.customLens = draft.lensId == QLatin1String(Drafts::customLensId) ? m_customLens->text() : QString();
    const int verdict = m_verdict->checkedId();
    draft.verdict = verdict < 0 ? std::nullopt : std::optional<Verdict>(static_cast<Verdict>(verdict));
    draft.author = m_author->text();
    // Answers to every lens's prompts are kept: switching lenses loses nothing.
    for (auto it = m_promptFields.cbegin(); it != m_promptFields.cend(); ++it) {
        const QString answer = it.value()->toPlainText();
        if (answer.isEmpty())
            draft.fields.remove(it.key());
        else
            draft.fields.insert(it.key(), answer);
    }
    draft.text = m_text->toPlainText();
    draft.cursorField = m_cursorField;
    draft.cursorPosition = cursorEdit()->textCursor().position();
    return draft;
}

QPlainTextEdit* ScorecardForm::cursorEdit() const
{
    return m_cursorField == textFieldId ? m_text : m_promptFields.value(m_cursorField, m_text);
}

QString ScorecardForm::fieldIdOf(QPlainTextEdit* edit) const
{
    return edit == m_text ? textFieldId : m_promptFields.key(edit);
}

void ScorecardForm::load(const Draft& draft, const QString& title)
{
    m_loading = true;
    m_open = !draft.id.isEmpty();
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
    QPlainTextEdit* edit = cursorEdit();
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(
        std::clamp(draft.cursorPosition, 0, static_cast<int>(edit->document()->characterCount()) - 1));
    edit->setTextCursor(cursor);
    edit->ensureCursorVisible();
    m_lastTextField = edit;
    for (const Field field : {Field::Lens, Field::CustomLens, Field::Verdict, Field::Author})
        m_values.insert(field, currentValue(field));
    m_undo->clear();
    m_loading = false;
    if (m_open)
        m_title->setText(title);
    updateForLens();
}

void ScorecardForm::setStateText(const QString& text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void ScorecardForm::setReadOnly(bool readOnly)
{
    for (QPlainTextEdit* edit : std::as_const(m_promptFields))
        edit->setReadOnly(readOnly);
    m_text->setReadOnly(readOnly);
    m_author->setReadOnly(readOnly);
    m_customLens->setReadOnly(readOnly);
    m_lens->setEnabled(!readOnly);
    m_ship->setEnabled(!readOnly);
    m_skip->setEnabled(!readOnly);
}

void ScorecardForm::updateForLens()
{
    const QString id = lensId();
    for (auto it = m_promptGroups.cbegin(); it != m_promptGroups.cend(); ++it)
        it.value()->setVisible(it.key() == id);
    m_customLens->setVisible(id == QLatin1String(Drafts::customLensId));
    updateCount();
    Q_EMIT previewOutdated();
}

void ScorecardForm::updateCount()
{
    if (!m_open) {
        m_count->clear();
        return;
    }
    // Count what would be published: this lens's answers and the text.
    Draft draft = withEdits({});
    QMap<QString, QString> shown;
    for (const Prompt& prompt : promptsForLens(draft.lensId))
        shown.insert(prompt.id, draft.fields.value(prompt.id));
    draft.fields = shown;
    m_count->setText(
        EditorText::tr("Words: %1 \u00b7 Characters: %2 of at most %3 \u00b7 The panel's scorecards run %4 "
                       "to %5 words.")
            .arg(QLocale().toString(draft.wordCount()),
                 QLocale().toString(Drafts::publishedText(draft).size()),
                 QLocale().toString(Drafts::maximumTextLength), QLocale().toString(guideMinimumWords),
                 QLocale().toString(guideMaximumWords)));
}

void ScorecardForm::showProblems(const QList<DraftProblem>& problems)
{
    m_checking = true;
    m_shownProblems = problems;
    renderProblems();
}

void ScorecardForm::clearProblems()
{
    m_checking = false;
    m_shownProblems.clear();
    renderProblems();
}

QString ScorecardForm::fieldName(const QString& field) const
{
    if (field == QLatin1String("lens"))
        return EditorText::tr("Lens");
    if (field == QLatin1String("verdict"))
        return EditorText::tr("Verdict");
    if (field == QLatin1String("author"))
        return EditorText::tr("Author");
    if (QPlainTextEdit* prompt = m_promptFields.value(field))
        return prompt->accessibleName();
    return EditorText::tr("Scorecard");
}

void ScorecardForm::renderProblems()
{
    // A hidden problem keeps its line (and its last text's height) while problems are shown.
    for (QLabel* label : std::as_const(m_problems)) {
        QSizePolicy policy = label->sizePolicy();
        policy.setRetainSizeWhenHidden(m_checking);
        label->setSizePolicy(policy);
        label->hide();
    }
    QMap<QString, QStringList> messages;
    for (const DraftProblem& problem : std::as_const(m_shownProblems))
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

void ScorecardForm::focusField(const QString& field)
{
    QWidget* target = field == QLatin1String("lens")      ? static_cast<QWidget*>(m_lens)
                      : field == QLatin1String("verdict") ? static_cast<QWidget*>(m_ship)
                      : field == QLatin1String("author")  ? static_cast<QWidget*>(m_author)
                                                          : static_cast<QWidget*>(m_text);
    target->setFocus(Qt::OtherFocusReason);
}

void ScorecardForm::focusText()
{
    QPlainTextEdit* edit = m_lastTextField ? m_lastTextField.data() : m_text;
    edit->setFocus(Qt::OtherFocusReason);
}

QList<QPlainTextEdit*> ScorecardForm::visibleTextFields() const
{
    QList<QPlainTextEdit*> fields;
    for (const Prompt& prompt : promptsForLens(lensId())) {
        if (QPlainTextEdit* edit = m_promptFields.value(prompt.id))
            fields << edit;
    }
    fields << m_text;
    return fields;
}

bool ScorecardForm::find(const QString& needle, bool backwards)
{
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
            m_cursorField = fieldIdOf(edit);
            edit->ensureCursorVisible();
            return true;
        }
    }
    return false;
}

} // namespace sos
