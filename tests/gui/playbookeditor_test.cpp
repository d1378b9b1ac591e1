// Drives the real playbook editor offscreen: keys typed into the text, buttons of the preview
// clicked, files saved with Ctrl+S, as a team lead would.
#include "app/appcontext.h"
#include "authoring/codeeditor.h"
#include "authoring/editordrafts.h"
#include "authoring/playbookdiagram.h"
#include "authoring/playbookeditor.h"
#include "authoring/playbookpreview.h"
#include "call/assistwindow.h"
#include "catch_qt.h"
#include "fulldisk.h"
#include "generatedplaybook.h"
#include "settings/settings.h"
#include "training/scenariochecker.h"
#include "training/scenarioloader.h"
#include "widgets/confirmation.h"
#include "widgets/sessionending.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QTreeWidget>

using namespace steadyline;
using steadyline::EditorDrafts;
using steadyline::gui::CodeEditor;
using steadyline::gui::PlaybookDiagram;
using steadyline::gui::PlaybookEditor;

namespace {

// Waits for `condition`, processing events; false after `timeoutMs` (REQUIRE it).
// Returns as soon as the condition holds; the limit only decides how long a broken editor takes
// to fail, and is generous because CI runs these beside fsync-heavy tests on two cores.
template<typename Condition> bool waitUntil(Condition condition, int timeoutMs = 15000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(20);
    }
    return true;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// A private copy of a shipped playbook, to edit and save.
QString copyOfShipped(const QTemporaryDir &dir, const char *name = "aggressive-caller-en.json")
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile::remove(path);
    REQUIRE(QFile::copy(QStringLiteral(STEADYLINE_PLAYBOOKS_DIR "/") + QString::fromLatin1(name), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

// The 1-based line of the text that contains `needle`.
int lineOf(const CodeEditor *text, const QString &needle)
{
    const QStringList lines = text->toPlainText().split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(needle))
            return static_cast<int>(i) + 1;
    }
    FAIL("no line contains " << needle.toStdString());
    return 0;
}

// Puts the cursor right after `needle` (by key presses: Ctrl+Home, then Down and End/Home moves
// would be slow over 100 lines, so the cursor is placed and the typing is done with keys).
void placeCursorAfter(CodeEditor *text, const QString &needle)
{
    const int position = static_cast<int>(text->toPlainText().indexOf(needle));
    REQUIRE(position >= 0);
    QTextCursor cursor = text->textCursor();
    cursor.setPosition(position + static_cast<int>(needle.size()));
    text->setTextCursor(cursor);
    text->setFocus();
}

struct EditorHarness
{
    EditorHarness()
    {
        REQUIRE(dir.isValid());
        EditorDrafts::setFolder(dir.filePath(QStringLiteral("drafts"))); // this test's own
        editor = std::make_unique<PlaybookEditor>(&settings);
        editor->show();
        REQUIRE(QTest::qWaitForWindowExposed(editor.get()));
        text = editor->findChild<CodeEditor *>(QStringLiteral("textEdit"));
        diagnostics = editor->findChild<QTreeWidget *>(QStringLiteral("diagnosticsList"));
        diagram = editor->findChild<PlaybookDiagram *>(QStringLiteral("diagram"));
        REQUIRE(text);
        REQUIRE(diagnostics);
        REQUIRE(diagram);
    }
    ~EditorHarness()
    {
        if (editor && editor->isModified())
            gui::Confirmation::setNextAnswer(true);
        if (editor)
            editor->close();
    }

    template<typename T = QLabel> T *child(const char *name) const
    {
        return editor->findChild<T *>(QString::fromLatin1(name));
    }
    QString cardTitle() const { return child("previewTitle")->text(); }

    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    std::unique_ptr<PlaybookEditor> editor;
    CodeEditor *text = nullptr;
    QTreeWidget *diagnostics = nullptr;
    PlaybookDiagram *diagram = nullptr;
};

} // namespace

TEST_CASE("Typing a mistake shows its diagnostic at its line, underlined, fixing it clears it", "[gui][editor]")
{
    EditorHarness h;
    REQUIRE(h.editor->openFile(copyOfShipped(h.dir)));
    CHECK(h.diagnostics->topLevelItemCount() == 0);
    CHECK(h.text->markSelections().isEmpty());
    const int line = lineOf(h.text, QStringLiteral("\"initialStep\""));

    placeCursorAfter(h.text, QStringLiteral("\"initialStep\": \"help_offer"));
    QTest::keyClicks(h.text, QStringLiteral("x"));
    // Validation waits for a pause in typing, then runs.
    CHECK(h.diagnostics->topLevelItemCount() == 0);
    REQUIRE(waitUntil([&] { return h.diagnostics->topLevelItemCount() == 1; }));
    QTreeWidgetItem *item = h.diagnostics->topLevelItem(0);
    CHECK(item->text(0) == QString::number(line));
    CHECK(item->text(1) == QStringLiteral("unknown-initial-step"));
    CHECK(item->text(2).contains(QStringLiteral("help_offerx")));
    REQUIRE(h.text->markSelections().size() == 1);
    const QTextCursor underline = h.text->markSelections().first().cursor;
    CHECK(underline.block().blockNumber() + 1 == line);
    CHECK(underline.selectedText() == QStringLiteral("\"help_offerx\""));
    CHECK(h.text->markSelections().first().format.underlineStyle() == QTextCharFormat::WaveUnderline);
    // The preview keeps the last valid version and says so.
    CHECK(h.child("previewStaleNote")->isVisible());
    CHECK(h.cardTitle() == QStringLiteral("Take the initiative and offer help"));

    // Clicking the diagnostic moves the cursor to the spot.
    QTest::keyClick(h.text, Qt::Key_Home, Qt::ControlModifier);
    CHECK(h.text->textCursor().blockNumber() == 0);
    const QRect rect = h.diagnostics->visualItemRect(item);
    QTest::mouseClick(h.diagnostics->viewport(), Qt::LeftButton, {}, rect.center());
    CHECK(h.text->textCursor().blockNumber() + 1 == line);
    CHECK(h.text->hasFocus());
    // F8 goes to it too, from anywhere.
    QTest::keyClick(h.text, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(h.text, Qt::Key_F8);
    CHECK(h.text->textCursor().blockNumber() + 1 == line);

    placeCursorAfter(h.text, QStringLiteral("help_offerx"));
    QTest::keyClick(h.text, Qt::Key_Backspace);
    REQUIRE(waitUntil([&] { return h.diagnostics->topLevelItemCount() == 0; }));
    CHECK(h.text->markSelections().isEmpty());
    CHECK_FALSE(h.child("previewStaleNote")->isVisible());
}

TEST_CASE("A JSON syntax mistake is reported at the line where it is", "[gui][editor]")
{
    EditorHarness h;
    REQUIRE(h.editor->openFile(copyOfShipped(h.dir)));
    const int line = lineOf(h.text, QStringLiteral("\"title\": \"Set a boundary\""));
    placeCursorAfter(h.text, QStringLiteral("\"title\": \"Set a boundary\""));
    QTest::keyClick(h.text, Qt::Key_Delete); // the comma after the title
    REQUIRE(waitUntil([&] { return h.diagnostics->topLevelItemCount() > 0; }));
    QTreeWidgetItem *item = h.diagnostics->topLevelItem(0);
    CHECK(item->text(1) == QStringLiteral("json-syntax"));
    // The parser notices at the next member, on the line after.
    CHECK(item->text(0) == QString::number(line + 1));
    QTest::keyClicks(h.text, QStringLiteral(","));
    REQUIRE(waitUntil([&] { return h.diagnostics->topLevelItemCount() == 0; }));
}

TEST_CASE("The preview follows the edit and the events fired, and the diagram the preview", "[gui][editor]")
{
    EditorHarness h;
    REQUIRE(h.editor->openFile(copyOfShipped(h.dir)));
    CHECK(h.cardTitle() == QStringLiteral("Take the initiative and offer help"));
    CHECK(h.child("previewBadge")->text() == QStringLiteral("1"));
    CHECK(h.child("previewLine")->text() == QStringLiteral("I am here to help you. Please tell me what happened."));
    CHECK(h.diagram->currentStep() == QStringLiteral("help_offer"));
    CHECK(h.diagram->graph().nodes.size() == 15); // with the pause, hand-over and callback

    placeCursorAfter(h.text, QStringLiteral("\"title\": \"Take the initiative"));
    QTest::keyClicks(h.text, QStringLiteral(" at once"));
    REQUIRE(waitUntil([&] { return h.cardTitle() == QStringLiteral("Take the initiative at once and offer help"); }));
    CHECK(h.diagram->graph().nodes[0].title == QStringLiteral("Take the initiative at once and offer help"));

    auto *noChange = h.child<QPushButton>("previewEvent_no_change");
    REQUIRE(noChange);
    QTest::mouseClick(noChange, Qt::LeftButton);
    CHECK(h.cardTitle() == QStringLiteral("Set a boundary"));
    CHECK(h.child("previewPath")->text() == QStringLiteral("1 → 2"));
    CHECK(h.diagram->currentStep() == QStringLiteral("boundary"));

    // An edit elsewhere replays the path: the card stays on step 2 and shows the new title.
    placeCursorAfter(h.text, QStringLiteral("\"title\": \"Set a boundary"));
    QTest::keyClicks(h.text, QStringLiteral(" firmly"));
    REQUIRE(waitUntil([&] { return h.cardTitle() == QStringLiteral("Set a boundary firmly"); }));
    CHECK(h.diagram->currentStep() == QStringLiteral("boundary"));

    // In person, the countdown ends with calling security.
    auto *channel = h.child<QComboBox>("previewChannel");
    channel->setCurrentIndex(channel->findData(QStringLiteral("in_person")));
    QTest::mouseClick(h.child<QPushButton>("previewEvent_no_change"), Qt::LeftButton);
    QTest::mouseClick(h.child<QPushButton>("previewEvent_no_change"), Qt::LeftButton);
    CHECK(h.cardTitle() == QStringLiteral("Wait 5–10 seconds"));
    CHECK(h.child("previewTimerInfo")->text() == QStringLiteral("Countdown 7 s (5–10 s)"));
    QTest::mouseClick(h.child<QPushButton>("previewTimer"), Qt::LeftButton);
    CHECK(h.cardTitle() == QStringLiteral("Call the manager or security"));
    CHECK(h.diagram->currentStep() == QStringLiteral("call_security"));
    QTest::mouseClick(h.child<QPushButton>("previewUndo"), Qt::LeftButton);
    CHECK(h.cardTitle() == QStringLiteral("Wait 5–10 seconds"));
}

TEST_CASE("The preview renders the form of address and the consultant's gender", "[gui][editor]")
{
    EditorHarness h;
    REQUIRE(h.editor->openFile(copyOfShipped(h.dir, "aggressive-caller-pl.json")));
    auto *address = h.child<QComboBox>("previewAddress");
    auto *gender = h.child<QComboBox>("previewGender");
    address->setCurrentIndex(address->findData(QStringLiteral("formal_female")));
    CHECK(h.child("previewLine")->text().contains(QStringLiteral("Pani")));
    QTest::mouseClick(h.child<QPushButton>("previewEvent_no_change"), Qt::LeftButton);
    gender->setCurrentIndex(gender->findData(QStringLiteral("male")));
    CHECK(h.child("previewLine")->text().contains(QStringLiteral("zmuszony")));
    gender->setCurrentIndex(gender->findData(QStringLiteral("female")));
    CHECK(h.child("previewLine")->text().contains(QStringLiteral("zmuszona")));
}

TEST_CASE("Ctrl+S saves atomically and offers a new revision when the content changed", "[gui][editor]")
{
    EditorHarness h;
    const QString path = copyOfShipped(h.dir);
    // The shipped playbook's revision moves on as it is improved; a bump saves the next one.
    const int bumped = PlaybookLoader::loadFile(path).playbook->revision + 1;
    const QByteArray bumpedMember = "\"revision\": " + QByteArray::number(bumped) + ',';
    REQUIRE(h.editor->openFile(path));
    placeCursorAfter(h.text, QStringLiteral("\"title\": \"Set a boundary"));
    QTest::keyClicks(h.text, QStringLiteral(" now"));
    CHECK(h.editor->isModified());
    CHECK(h.editor->windowTitle().contains(QStringLiteral("aggressive-caller-en.json")));

    PlaybookEditor::setNextRevisionAnswer(PlaybookEditor::RevisionAnswer::Bump);
    QTest::keyClick(h.text, Qt::Key_S, Qt::ControlModifier);
    CHECK_FALSE(h.editor->isModified());
    const QByteArray saved = readFile(path);
    CHECK(saved.contains("\"title\": \"Set a boundary now\""));
    CHECK(saved.contains(bumpedMember));
    CHECK(h.text->toPlainText().contains(QString::fromUtf8(bumpedMember)));
    const LoadResult reloaded = PlaybookLoader::loadFile(path);
    REQUIRE(reloaded.ok());
    CHECK(reloaded.playbook->revision == bumped);
    // QSaveFile wrote a temporary file and renamed it: nothing else is left in the folder.
    QStringList files = QDir(h.dir.path()).entryList(QDir::Files | QDir::Hidden);
    files.removeAll(QStringLiteral("settings.ini"));
    CHECK(files == QStringList{QStringLiteral("aggressive-caller-en.json")});

    // Changed again, keeping the revision this time.
    QTest::keyClicks(h.text, QStringLiteral("!"));
    PlaybookEditor::setNextRevisionAnswer(PlaybookEditor::RevisionAnswer::Keep);
    QTest::keyClick(h.text, Qt::Key_S, Qt::ControlModifier);
    CHECK(readFile(path).contains("\"title\": \"Set a boundary now!\""));
    CHECK(PlaybookLoader::loadFile(path).playbook->revision == bumped);

    // Cancel leaves the file as it was.
    QTest::keyClicks(h.text, QStringLiteral("?"));
    PlaybookEditor::setNextRevisionAnswer(PlaybookEditor::RevisionAnswer::Cancel);
    QTest::keyClick(h.text, Qt::Key_S, Qt::ControlModifier);
    CHECK(h.editor->isModified());
    CHECK_FALSE(readFile(path).contains("now!?"));
}

TEST_CASE("A team playbook with errors is not saved over, Save As elsewhere is", "[gui][editor]")
{
    EditorHarness h;
    const QString team = h.dir.filePath(QStringLiteral("team"));
    REQUIRE(QDir().mkpath(team));
    h.settings.setValue(Settings::Key::TeamPlaybookFolder, team);
    const QString path = team + QStringLiteral("/aggressive-caller-en.json");
    REQUIRE(QFile::copy(QStringLiteral(STEADYLINE_PLAYBOOKS_DIR "/aggressive-caller-en.json"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray before = readFile(path);
    REQUIRE(h.editor->openFile(path));

    placeCursorAfter(h.text, QStringLiteral("\"initialStep\": \"help_offer"));
    QTest::keyClicks(h.text, QStringLiteral("x"));
    QTest::keyClick(h.text, Qt::Key_S, Qt::ControlModifier);
    auto *message = h.child("messageLabel");
    CHECK(message->isVisible());
    CHECK(message->text().startsWith(QStringLiteral("Not saved")));
    CHECK(readFile(path) == before);
    CHECK(h.editor->isModified());

    const QString elsewhere = h.dir.filePath(QStringLiteral("my-draft.json"));
    PlaybookEditor::setNextRevisionAnswer(PlaybookEditor::RevisionAnswer::Keep);
    CHECK(h.editor->saveAs(elsewhere));
    CHECK(readFile(elsewhere).contains("\"initialStep\": \"help_offerx\""));
    CHECK(h.editor->filePath() == elsewhere);
    CHECK(readFile(path) == before);

    // Fixed, the team file can be saved again.
    REQUIRE(h.editor->openFile(path));
    placeCursorAfter(h.text, QStringLiteral("\"title\": \"Set a boundary"));
    QTest::keyClicks(h.text, QStringLiteral(" now"));
    PlaybookEditor::setNextRevisionAnswer(PlaybookEditor::RevisionAnswer::Bump);
    QTest::keyClick(h.text, Qt::Key_S, Qt::ControlModifier);
    CHECK(readFile(path).contains("Set a boundary now"));
}

TEST_CASE("A built-in playbook opens read-only and a new playbook starts from a shipped one", "[gui][editor]")
{
    EditorHarness h;
    // As File → Open from the library opens a built-in playbook: its resource path.
    REQUIRE(h.editor->openFile(QStringLiteral(":/playbooks/complaint-pl.json")));
    CHECK(h.editor->filePath().startsWith(QStringLiteral(":/playbooks/")));
    CHECK(h.diagnostics->topLevelItemCount() == 0);
    CHECK_FALSE(h.editor->save());
    CHECK(h.child("messageLabel")->text().contains(QStringLiteral("Save As")));

    h.editor->newFromShipped(QStringLiteral(":/playbooks/aggressive-caller-cs.json"));
    CHECK(h.editor->filePath().isEmpty());
    CHECK(h.text->toPlainText().contains(QStringLiteral("\"id\": \"aggressive-caller-cs-custom\"")));
    CHECK(h.diagnostics->topLevelItemCount() == 0);
    CHECK(h.child("previewBadge")->text() == QStringLiteral("1"));
    const QString path = h.dir.filePath(QStringLiteral("new.json"));
    CHECK(h.editor->saveAs(path));
    const LoadResult saved = PlaybookLoader::loadFile(path);
    REQUIRE(saved.ok());
    CHECK(saved.playbook->id == QStringLiteral("aggressive-caller-cs-custom"));
    CHECK(saved.playbook->revision == 1);
}

TEST_CASE("Unsaved changes survive a crash: the draft is offered back at the next start", "[gui][editor]")
{
    QTemporaryDir dir;
    EditorDrafts::setFolder(dir.filePath(QStringLiteral("drafts"))); // this test's own
    const QString path = copyOfShipped(dir);
    QString draftFile;
    {
        auto *editor = new PlaybookEditor;
        editor->show();
        REQUIRE(editor->openFile(path));
        auto *text = editor->findChild<CodeEditor *>(QStringLiteral("textEdit"));
        placeCursorAfter(text, QStringLiteral("\"title\": \"Set a boundary"));
        QTest::keyClicks(text, QStringLiteral(" (draft)"));
        draftFile = editor->draftFile();
        REQUIRE(waitUntil([&] { return QFile::exists(draftFile); }, PlaybookEditor::kDraftDelayMs + 3000));
        // Readable and writable by the user alone (Qt also reports the owner's bits as "User").
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        CHECK((QFile::permissions(draftFile) & others) == QFileDevice::Permissions());
        CHECK(QFile::permissions(draftFile).testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        CHECK((QFile::permissions(EditorDrafts::folder()) & others) == QFileDevice::Permissions());
        // A crash: the window goes away without closing (no question, no cleanup).
        delete editor;
    }
    REQUIRE(QFile::exists(draftFile));
    CHECK_FALSE(readFile(path).contains("(draft)"));

    PlaybookEditor editor;
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    auto *banner = editor.findChild<QWidget *>(QStringLiteral("draftBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(editor.findChild<QLabel *>(QStringLiteral("draftLabel"))
              ->text()
              .contains(QStringLiteral("aggressive-caller-en.json")));
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("restoreDraftButton")), Qt::LeftButton);
    CHECK_FALSE(banner->isVisible());
    CHECK(editor.filePath() == path);
    CHECK(editor.isModified());
    auto *text = editor.findChild<CodeEditor *>(QStringLiteral("textEdit"));
    CHECK(text->toPlainText().contains(QStringLiteral("Set a boundary (draft)")));

    PlaybookEditor::setNextRevisionAnswer(PlaybookEditor::RevisionAnswer::Keep);
    QTest::keyClick(text, Qt::Key_S, Qt::ControlModifier);
    CHECK(readFile(path).contains("Set a boundary (draft)"));
    CHECK_FALSE(QFile::exists(draftFile));
    editor.close();
}

TEST_CASE("Closing the editor on purpose asks about unsaved changes and leaves no draft", "[gui][editor]")
{
    QTemporaryDir dir;
    EditorDrafts::setFolder(dir.filePath(QStringLiteral("drafts"))); // this test's own
    PlaybookEditor editor;
    editor.show();
    REQUIRE(editor.openFile(copyOfShipped(dir)));
    auto *text = editor.findChild<CodeEditor *>(QStringLiteral("textEdit"));
    placeCursorAfter(text, QStringLiteral("\"title\": \"Set a boundary"));
    QTest::keyClicks(text, QStringLiteral("!"));
    REQUIRE(waitUntil([&] { return QFile::exists(editor.draftFile()); }, PlaybookEditor::kDraftDelayMs + 3000));

    gui::Confirmation::setNextAnswer(false);
    CHECK_FALSE(editor.close());
    CHECK(editor.isVisible());
    gui::Confirmation::setNextAnswer(true);
    CHECK(editor.close());
    CHECK_FALSE(QFile::exists(editor.draftFile()));
    PlaybookEditor next;
    CHECK_FALSE(next.findChild<QWidget *>(QStringLiteral("draftBanner"))->isVisibleTo(&next));
}

TEST_CASE("At logout the editor closes without asking and keeps the changes as a draft for the next start",
          "[gui][editor]")
{
    QTemporaryDir dir;
    EditorDrafts::setFolder(dir.filePath(QStringLiteral("drafts"))); // this test's own
    PlaybookEditor editor;
    editor.show();
    REQUIRE(editor.openFile(copyOfShipped(dir)));
    auto *text = editor.findChild<CodeEditor *>(QStringLiteral("textEdit"));
    placeCursorAfter(text, QStringLiteral("\"title\": \"Set a boundary"));
    QTest::keyClicks(text, QStringLiteral("!")); // closed at once: before the draft timer writes it

    gui::Confirmation::setNextAnswer(false); // a question would get "no" and keep the window open
    gui::setSessionEnding(true);
    const bool closed = editor.close();
    gui::setSessionEnding(false);
    CHECK(closed);
    CHECK(gui::Confirmation::answerPending()); // nothing was asked
    gui::Confirmation::clearNextAnswer();
    REQUIRE(QFile::exists(editor.draftFile()));
    CHECK(readFile(editor.draftFile()).contains("Set a boundary!"));
    PlaybookEditor next;
    CHECK(next.findChild<QWidget *>(QStringLiteral("draftBanner"))->isVisibleTo(&next));
}

TEST_CASE("Matching brackets are highlighted and line numbers take their margin", "[gui][editor]")
{
    EditorHarness h;
    REQUIRE(h.editor->openFile(copyOfShipped(h.dir)));
    QTest::keyClick(h.text, Qt::Key_Home, Qt::ControlModifier); // before the opening "{"
    REQUIRE(h.text->bracketSelections().size() == 2);
    CHECK(h.text->bracketSelections().at(0).cursor.selectionStart() == 0);
    const QString all = h.text->toPlainText();
    CHECK(h.text->bracketSelections().at(1).cursor.selectionStart() == all.lastIndexOf(QLatin1Char('}')));
    auto *numbers = h.editor->findChild<QWidget *>(QStringLiteral("lineNumberArea"));
    REQUIRE(numbers);
    CHECK(numbers->width() == h.text->lineNumberAreaWidth());
    CHECK(numbers->width() > h.text->fontMetrics().horizontalAdvance(QStringLiteral("999")));
}

TEST_CASE("A 1,000-step playbook is validated and previewed, its diagram points to steadyline graph", "[gui][editor]")
{
    EditorHarness h;
    const QString path = h.dir.filePath(QStringLiteral("generated.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(test::generateChainPlaybook(1000)));
    file.close();
    REQUIRE(h.editor->openFile(path));
    CHECK(h.diagnostics->topLevelItemCount() == 0);
    CHECK(h.child("previewBadge")->text() == QStringLiteral("1"));
    CHECK(h.diagram->graph().nodes.size() == 1000);
    const auto notes = h.diagram->scene()->items();
    CHECK(std::any_of(notes.begin(), notes.end(), [](QGraphicsItem *item) {
        const auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        return text && text->toPlainText().contains(QStringLiteral("steadyline graph"));
    }));
    QTest::mouseClick(h.child<QPushButton>("previewEvent_next"), Qt::LeftButton);
    CHECK(h.child("previewBadge")->text() == QStringLiteral("2"));
    CHECK(h.diagram->currentStep() == QStringLiteral("s1"));

    placeCursorAfter(h.text, QStringLiteral("\"initialStep\": \"s0"));
    QTest::keyClicks(h.text, QStringLiteral("x"));
    REQUIRE(waitUntil([&] { return h.diagnostics->topLevelItemCount() == 1; }));
    CHECK(h.diagnostics->topLevelItem(0)->text(1) == QStringLiteral("unknown-initial-step"));
}

TEST_CASE("Ctrl+E on the start page opens the editor on the chosen playbook, not during a call", "[gui][editor]")
{
    QTemporaryDir dir;
    EditorDrafts::setFolder(dir.filePath(QStringLiteral("drafts"))); // this test's own
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setValue(Settings::Key::LastPlaybook, QStringLiteral("complaint-cs"));
    settings.setValue(Settings::Key::CountdownSound, false);
    AppContext context(settings);
    gui::AssistWindow window(context);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    auto *editor = window.findChild<PlaybookEditor *>(QStringLiteral("playbookEditor"));
    REQUIRE(editor);
    CHECK(editor->isVisible());
    CHECK(editor->filePath() == QStringLiteral(":/playbooks/complaint-cs.json"));
    CHECK(editor->diagnostics().empty());
    editor->close();
    REQUIRE(waitUntil([&] { return !window.findChild<PlaybookEditor *>(QStringLiteral("playbookEditor")); }));

    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Return); // start a call
    REQUIRE(window.call());
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    QTest::qWait(50);
    CHECK_FALSE(window.findChild<PlaybookEditor *>(QStringLiteral("playbookEditor")));
    gui::Confirmation::setNextAnswer(true);
    window.close();
}

TEST_CASE("Ctrl+E with a team folder's playbook chosen opens that playbook's file, not an empty editor",
          "[gui][editor]")
{
    QTemporaryDir dir;
    EditorDrafts::setFolder(dir.filePath(QStringLiteral("drafts")));
    REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("team")));
    QFile shipped(QStringLiteral(STEADYLINE_PLAYBOOKS_DIR "/complaint-cs.json"));
    REQUIRE(shipped.open(QIODevice::ReadOnly));
    const QString text =
        QString::fromUtf8(shipped.readAll())
            .replace(QStringLiteral("\"id\": \"complaint-cs\""), QStringLiteral("\"id\": \"team-only-cs\""));
    const QString teamPath = dir.filePath(QStringLiteral("team/team-only-cs.json"));
    QFile team(teamPath);
    REQUIRE(team.open(QIODevice::WriteOnly));
    team.write(text.toUtf8());
    team.close();
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setValue(Settings::Key::TeamPlaybookFolder, dir.filePath(QStringLiteral("team")));
    settings.setValue(Settings::Key::LastPlaybook, QStringLiteral("team-only-cs"));
    AppContext context(settings);
    REQUIRE(context.catalog().active(QStringLiteral("team-only-cs")));
    gui::AssistWindow window(context);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    auto *editor = window.findChild<PlaybookEditor *>(QStringLiteral("playbookEditor"));
    REQUIRE(editor);
    CHECK(QFileInfo(editor->filePath()).canonicalFilePath() == QFileInfo(teamPath).canonicalFilePath());
    CHECK(editor->findChild<CodeEditor *>()->toPlainText() == text);
    editor->close();
    window.close();
}

TEST_CASE("A scenario opens too: a mistake in it is listed at its line, fixing it clears it", "[gui][editor]")
{
    EditorHarness h;
    // In a folder of its own: the folder above is searched for playbooks too.
    REQUIRE(QDir(h.dir.path()).mkpath(QStringLiteral("scenarios")));
    const QString path = h.dir.filePath(QStringLiteral("scenarios/calms-after-help-en.json"));
    REQUIRE(QFile::copy(QStringLiteral(STEADYLINE_PLAYBOOKS_DIR "/scenarios/calms-after-help-en.json"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    PlaybookSet builtIn;
    builtIn.addBuiltIn();
    const ScenarioLoadResult shipped = ScenarioLoader::loadFile(path, builtIn);
    REQUIRE(shipped.ok());
    REQUIRE(h.editor->openFile(path));
    CHECK(h.editor->isScenario());
    CHECK(h.diagnostics->topLevelItemCount() == 0);

    // Instead of a step card: what the scenario is, and where it is rehearsed.
    auto *summary = h.child("scenarioSummary");
    CHECK(summary->isVisible());
    CHECK_FALSE(h.editor->findChild<gui::PlaybookPreview *>(QStringLiteral("preview"))->isVisible());
    const QString shown = QTextDocumentFragment::fromHtml(summary->text()).toPlainText();
    CHECK(shown.contains(QStringLiteral("Training window")));
    CHECK(shown.contains(shipped.scenario->title));
    CHECK(shown.contains(QStringLiteral("aggressive-caller-en")));
    CHECK(shown.contains(QRegularExpression(QStringLiteral("Turns\\s*%1\\b").arg(shipped.scenario->turns.size()))));
    const int maximum = ScenarioChecker::maximumScore(*shipped.scenario);
    REQUIRE(maximum > 0);
    CHECK(shown.contains(QRegularExpression(QStringLiteral("Maximum score\\s*%1 point").arg(maximum))));
    // The diagram shows the playbook it trains, at the step the scenario starts from.
    CHECK(h.diagram->isVisible());
    CHECK(h.diagram->graph().nodes.size() == shipped.playbook->steps.size());
    CHECK(h.diagram->currentStep() == shipped.scenario->findTurn(shipped.scenario->start)->step);

    // A step the playbook does not have.
    const int line = lineOf(h.text, QStringLiteral("\"step\": \"help_offer\""));
    placeCursorAfter(h.text, QStringLiteral("\"step\": \"help_offer"));
    QTest::keyClicks(h.text, QStringLiteral("z"));
    REQUIRE(waitUntil([&] { return h.diagnostics->topLevelItemCount() > 0; }));
    QTreeWidgetItem *item = h.diagnostics->topLevelItem(0);
    CHECK(item->text(0) == QString::number(line));
    CHECK(item->text(1) == QStringLiteral("unknown-step"));
    CHECK(item->text(2).contains(QStringLiteral("help_offerz")));
    REQUIRE_FALSE(h.text->markSelections().isEmpty());
    CHECK(h.text->markSelections().first().cursor.block().blockNumber() + 1 == line);
    // The summary keeps the last valid version and says so.
    const QString stale = QTextDocumentFragment::fromHtml(summary->text()).toPlainText();
    CHECK(stale.contains(shipped.scenario->title));
    CHECK(stale.contains(QStringLiteral("last valid version")));

    QTest::keyClick(h.text, Qt::Key_Backspace);
    REQUIRE(waitUntil([&] { return h.diagnostics->topLevelItemCount() == 0; }));
    CHECK(h.text->markSelections().isEmpty());
    CHECK_FALSE(QTextDocumentFragment::fromHtml(summary->text()).toPlainText().contains(QStringLiteral("last valid")));

    // Saved as a playbook is: a new revision is offered.
    placeCursorAfter(h.text, QStringLiteral("calms down after step 1"));
    QTest::keyClicks(h.text, QStringLiteral("!"));
    PlaybookEditor::setNextRevisionAnswer(PlaybookEditor::RevisionAnswer::Bump);
    QTest::keyClick(h.text, Qt::Key_S, Qt::ControlModifier);
    const ScenarioLoadResult saved = ScenarioLoader::loadFile(path, builtIn);
    REQUIRE(saved.ok());
    CHECK(saved.scenario->revision == shipped.scenario->revision + 1);
    CHECK(saved.scenario->title.endsWith(QLatin1Char('!')));
}

TEST_CASE("A scenario's playbook is found beside it and in the folder above, as steadyline validate does",
          "[gui][editor]")
{
    EditorHarness h;
    // The playbook under a new id in the folder, the scenario in a subfolder naming that id.
    QString playbook = QString::fromUtf8(readFile(copyOfShipped(h.dir)));
    playbook.replace(QStringLiteral("\"id\": \"aggressive-caller-en\""), QStringLiteral("\"id\": \"our-caller\""));
    QFile playbookFile(h.dir.filePath(QStringLiteral("our-caller.json")));
    REQUIRE(playbookFile.open(QIODevice::WriteOnly));
    playbookFile.write(playbook.toUtf8());
    playbookFile.close();
    REQUIRE(QDir(h.dir.path()).mkpath(QStringLiteral("scenarios")));
    QString scenario =
        QString::fromUtf8(readFile(QStringLiteral(STEADYLINE_PLAYBOOKS_DIR "/scenarios/calms-after-help-en.json")));
    scenario.replace(QStringLiteral("\"id\": \"aggressive-caller-en\""), QStringLiteral("\"id\": \"our-caller\""));
    const QString path = h.dir.filePath(QStringLiteral("scenarios/ours.json"));
    QFile scenarioFile(path);
    REQUIRE(scenarioFile.open(QIODevice::WriteOnly));
    scenarioFile.write(scenario.toUtf8());
    scenarioFile.close();

    REQUIRE(h.editor->openFile(path));
    CHECK(h.editor->isScenario());
    CHECK(h.editor->diagnostics().empty());
    CHECK(QTextDocumentFragment::fromHtml(h.child("scenarioSummary")->text())
              .toPlainText()
              .contains(QStringLiteral("our-caller")));

    // The same text as a new file (nothing beside it): the playbook is unknown.
    h.editor->newFromShipped(path);
    CHECK(h.editor->isScenario());
    const Diagnostics &problems = h.editor->diagnostics();
    CHECK(std::any_of(problems.begin(), problems.end(),
                      [](const Diagnostic &d) { return d.code == QStringLiteral("unknown-playbook"); }));
    CHECK_FALSE(h.diagram->isVisible());
}

TEST_CASE("Open from the library lists the team and user folders' playbooks and the scenarios", "[gui][editor]")
{
    QTemporaryDir dir;
    EditorDrafts::setFolder(dir.filePath(QStringLiteral("drafts"))); // this test's own
    REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("team")));
    REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("mine")));
    QString playbook = QString::fromUtf8(readFile(QStringLiteral(STEADYLINE_PLAYBOOKS_DIR "/complaint-en.json")));
    playbook.replace(QStringLiteral("\"id\": \"complaint-en\""), QStringLiteral("\"id\": \"team-complaint\""));
    const QString teamPath = dir.filePath(QStringLiteral("team/team-complaint.json"));
    QFile file(teamPath);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(playbook.toUtf8());
    file.close();
    const QString scenarioPath = dir.filePath(QStringLiteral("mine/drill.json"));
    REQUIRE(QFile::copy(QStringLiteral(STEADYLINE_PLAYBOOKS_DIR "/scenarios/calms-after-help-en.json"), scenarioPath));
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setValue(Settings::Key::TeamPlaybookFolder, dir.filePath(QStringLiteral("team")));
    settings.setValue(Settings::Key::UserPlaybookFolder, dir.filePath(QStringLiteral("mine")));

    PlaybookEditor editor(&settings);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    auto *menu = editor.findChild<QMenu *>(QStringLiteral("openFromLibraryMenu"));
    REQUIRE(menu);
    emit menu->aboutToShow();
    QAction *team = nullptr;
    QAction *scenario = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->data().toString() == teamPath)
            team = action;
        if (action->data().toString() == scenarioPath)
            scenario = action;
    }
    REQUIRE(team);
    CHECK(team->text().contains(QStringLiteral("team folder")));
    REQUIRE(scenario);
    CHECK(scenario->text().contains(QStringLiteral("your folder")));
    team->trigger();
    CHECK(editor.filePath() == teamPath);
    CHECK(editor.diagnostics().empty());
    scenario->trigger();
    CHECK(editor.isScenario());
    CHECK(editor.filePath() == scenarioPath);
    CHECK(editor.diagnostics().empty());
    CHECK_FALSE(editor.findChild<gui::PlaybookPreview *>(QStringLiteral("preview"))->isVisible());
    // Back to a playbook: the step card again.
    team->trigger();
    CHECK_FALSE(editor.isScenario());
    CHECK(editor.findChild<QLabel *>(QStringLiteral("scenarioSummary"))->isHidden());
    CHECK(editor.findChild<gui::PlaybookPreview *>(QStringLiteral("preview"))->isVisible());
    // The diagram is the edited playbook's again, not the one the scenario trains.
    CHECK(editor.findChild<PlaybookDiagram *>(QStringLiteral("diagram"))->currentStep() == QStringLiteral("thank"));
    editor.close();
}

TEST_CASE("Saving onto a full disk says so and leaves the file as it was", "[gui][editor][faults]")
{
    test::FullDisk disk;
    STEADYLINE_REQUIRE_FULL_DISK(disk);
    EditorHarness h;
    const QString path = disk.filePath(QStringLiteral("aggressive-caller-en.json"));
    REQUIRE(QFile::copy(QStringLiteral(STEADYLINE_PLAYBOOKS_DIR "/aggressive-caller-en.json"), path));
    const QByteArray before = readFile(path);
    REQUIRE(h.editor->openFile(path));
    placeCursorAfter(h.text, QStringLiteral("\"title\": \"Set a boundary"));
    QTest::keyClicks(h.text, QStringLiteral(" now"));
    REQUIRE(disk.fill());

    // The playbook is small enough to sit in QSaveFile's buffer until commit().
    PlaybookEditor::setNextRevisionAnswer(PlaybookEditor::RevisionAnswer::Keep);
    QTest::keyClick(h.text, Qt::Key_S, Qt::ControlModifier);
    auto *message = h.child("messageLabel");
    CHECK(message->text().startsWith(QStringLiteral("Not saved: Cannot write ") + path));
    CHECK(readFile(path) == before);
    CHECK(h.editor->isModified());
}

TEST_CASE("The flow pane draws each global transition once from \"any step\", and titles without raw placeholders "
          "(#16)",
          "[gui][editor]")
{
    EditorHarness h;
    const QString path = h.dir.filePath(QStringLiteral("globals.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"schemaVersion": 1, "id": "globals", "revision": 1, "baseLocale": "cs", "title": "Globální",
 "initialStep": "listen",
 "events": [{"id": "next", "label": "Dále"}, {"id": "calmed", "label": "Zákazník se uklidnil"},
            {"id": "threat", "label": "Vyhrožuje"}, {"id": "pause", "label": "Potřebuji pauzu"},
            {"id": "left", "label": "Zákazník odešel"}, {"id": "abuse", "label": "Uráží"}],
 "globalTransitions": [{"event": "calmed", "to": "resolved"}, {"event": "threat", "to": "hang_up"},
                       {"event": "pause", "to": "pause", "except": ["pause"]}, {"event": "left", "to": "resolved"},
                       {"event": "abuse", "to": "listen", "except": ["listen", "pause"]}],
 "steps": [{"id": "listen", "label": "A", "title": "Vyslechněte {address:ho|ji}", "on": [{"event": "next", "to": "warn"}]},
           {"id": "warn", "label": "3", "title": "Poslední varování", "on": [{"event": "next", "to": "hang_up"}]},
           {"id": "hang_up", "label": "3½", "title": "Zavěste", "final": true},
           {"id": "pause", "label": "P", "title": "Pauza", "on": [{"event": "next", "to": "listen"}]},
           {"id": "resolved", "label": "✓", "title": "Vyřešeno", "final": true}]})");
    file.close();
    REQUIRE(h.editor->openFile(path));
    CHECK(h.diagram->graph().globals.size() == 5);
    int anyStepBoxes = 0;
    int dashedEdges = 0;
    QStringList texts;
    for (QGraphicsItem *item : h.diagram->scene()->items()) {
        if (const auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item)) {
            texts << simple->text();
            anyStepBoxes += simple->text() == QStringLiteral("any step") ? 1 : 0;
        }
        if (const auto *rich = dynamic_cast<QGraphicsTextItem *>(item))
            texts << rich->toPlainText();
        if (const auto *edge = dynamic_cast<QGraphicsPathItem *>(item);
            edge && edge->pen().style() == Qt::DashLine && edge->brush().style() == Qt::NoBrush)
            ++dashedEdges;
    }
    INFO(texts.join(QLatin1Char('|')).toStdString());
    CHECK(anyStepBoxes == 1);
    CHECK(dashedEdges == 5); // one per global transition, not one per step and global
    CHECK(texts.contains(QStringLiteral("Zákazník se uklidnil")));
    CHECK(std::any_of(texts.begin(), texts.end(), [](const QString &t) { return t.contains(u"Vyslechněte ho/ji"); }));
    CHECK(std::none_of(texts.begin(), texts.end(), [](const QString &t) { return t.contains(u"{address"); }));
}
