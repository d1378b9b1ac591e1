// Edit from the playbook library: the real library window, driven with Enter, a double-click,
// the Edit buttons and Ctrl+E, opens the real editor on the chosen file.
#include "authoring/editordrafts.h"
#include "authoring/librarywindow.h"
#include "authoring/playbookeditor.h"
#include "catch_qt.h"
#include "playbook/playbookcatalog.h"
#include "widgets/confirmation.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>

using namespace steadyline;
using steadyline::EditorDrafts;
using steadyline::gui::LibraryWindow;
using steadyline::gui::PlaybookEditor;

namespace {

QString shippedText(const char *name)
{
    QFile file(QStringLiteral(STEADYLINE_PLAYBOOKS_DIR "/") + QString::fromLatin1(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

void writeText(const QString &path, const QString &text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
}

// The one editor window the library opened (null if none or several).
PlaybookEditor *openedEditor(const LibraryWindow &window)
{
    const auto editors = window.findChildren<PlaybookEditor *>(QStringLiteral("playbookEditor"));
    return editors.size() == 1 ? editors.first() : nullptr;
}

void closeEditors(LibraryWindow &window)
{
    for (PlaybookEditor *editor : window.findChildren<PlaybookEditor *>(QStringLiteral("playbookEditor"))) {
        if (editor->isModified())
            gui::Confirmation::setNextAnswer(true);
        editor->close();
    }
    QTest::qWait(0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    REQUIRE(window.findChildren<PlaybookEditor *>(QStringLiteral("playbookEditor")).isEmpty());
}

QModelIndex rowContaining(const QListView *list, const QString &text)
{
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        if (index.data().toString().contains(text))
            return index;
    }
    FAIL("no row contains " << text.toStdString());
    return {};
}

// A team folder with its own playbook, and the user's folder with a scenario training it: the
// scenario is valid only if the editor looks for its playbook in the catalog (the two folders
// are unrelated).
struct LibraryHarness
{
    LibraryHarness()
    {
        REQUIRE(dir.isValid());
        EditorDrafts::setFolder(dir.filePath(QStringLiteral("drafts"))); // this test's own
        REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("team")));
        REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("home/mine")));
        QString playbook = shippedText("aggressive-caller-en.json");
        playbook.replace(QStringLiteral("\"id\": \"aggressive-caller-en\""), QStringLiteral("\"id\": \"team-caller\""));
        writeText(teamPlaybook, playbook);
        QString scenario = shippedText("scenarios/calms-after-help-en.json");
        scenario.replace(QStringLiteral("\"id\": \"aggressive-caller-en\""), QStringLiteral("\"id\": \"team-caller\""));
        writeText(userScenario, scenario);
        catalog.setFolders(dir.filePath(QStringLiteral("team")), dir.filePath(QStringLiteral("home/mine")));
        window = std::make_unique<LibraryWindow>(catalog);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        playbooks = window->findChild<QListView *>(QStringLiteral("playbookList"));
        scenarios = window->findChild<QListView *>(QStringLiteral("scenarioList"));
        REQUIRE(playbooks);
        REQUIRE(scenarios);
    }
    ~LibraryHarness()
    {
        if (window)
            closeEditors(*window);
    }

    QTemporaryDir dir;
    QString teamPlaybook = dir.filePath(QStringLiteral("team/team-caller.json"));
    QString userScenario = dir.filePath(QStringLiteral("home/mine/team-drill.json"));
    PlaybookCatalog catalog;
    std::unique_ptr<LibraryWindow> window;
    QListView *playbooks = nullptr;
    QListView *scenarios = nullptr;
};

} // namespace

TEST_CASE("Enter on a team playbook in the library opens it in the editor, protected from broken saves",
          "[gui][editor][library]")
{
    LibraryHarness h;
    const CatalogEntry *entry = h.catalog.entry(QStringLiteral("team-caller"));
    REQUIRE(entry);
    REQUIRE(entry->active->source == PlaybookSource::Team);
    h.playbooks->setCurrentIndex(rowContaining(h.playbooks, QStringLiteral("team folder")));
    h.playbooks->setFocus();
    QTest::keyClick(h.playbooks, Qt::Key_Return);
    PlaybookEditor *editor = openedEditor(*h.window);
    REQUIRE(editor);
    CHECK(editor->isVisible());
    CHECK(editor->filePath() == h.teamPlaybook);
    CHECK_FALSE(editor->isScenario());
    CHECK(editor->diagnostics().empty());

    // The team folder comes from the library's catalog: a broken text is not saved over it.
    auto *text = editor->findChild<QPlainTextEdit *>(QStringLiteral("textEdit"));
    QTextCursor cursor = text->textCursor();
    cursor.setPosition(
        static_cast<int>(text->toPlainText().indexOf(QStringLiteral("\"initialStep\": \"help_offer")) + 26));
    text->setTextCursor(cursor);
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("x"));
    editor->validateNow();
    REQUIRE_FALSE(editor->diagnostics().empty());
    CHECK_FALSE(editor->save());
    CHECK(editor->findChild<QLabel *>(QStringLiteral("messageLabel"))->text().contains(QStringLiteral("team")));
}

TEST_CASE("The library's Edit button opens a built-in playbook read-only, a double-click does too",
          "[gui][editor][library]")
{
    LibraryHarness h;
    const QModelIndex row = rowContaining(h.playbooks, QStringLiteral("handling a complaint"));
    h.playbooks->setCurrentIndex(row);
    const QString expected = h.catalog.entries().at(static_cast<std::size_t>(row.row())).active->path;
    QTest::mouseClick(h.window->findChild<QPushButton *>(QStringLiteral("editPlaybookButton")), Qt::LeftButton);
    PlaybookEditor *editor = openedEditor(*h.window);
    REQUIRE(editor);
    CHECK(editor->filePath() == expected);
    CHECK(expected.startsWith(QStringLiteral(":/playbooks/")));
    CHECK(editor->diagnostics().empty());
    CHECK_FALSE(editor->save());
    CHECK(editor->findChild<QLabel *>(QStringLiteral("messageLabel"))->text().contains(QStringLiteral("Save As")));
    closeEditors(*h.window);

    const QRect rect = h.playbooks->visualRect(row);
    // A double-click as the mouse sends it: a click, then the second press seen as a double-click.
    // The first click only chooses the row.
    QTest::mouseClick(h.playbooks->viewport(), Qt::LeftButton, {}, rect.center());
    CHECK(h.window->findChildren<PlaybookEditor *>(QStringLiteral("playbookEditor")).isEmpty());
    QTest::mouseDClick(h.playbooks->viewport(), Qt::LeftButton, {}, rect.center());
    CHECK(h.window->findChildren<PlaybookEditor *>(QStringLiteral("playbookEditor")).size() == 1);
    editor = openedEditor(*h.window);
    REQUIRE(editor);
    CHECK(editor->filePath() == expected);
}

TEST_CASE("A scenario from the library opens in the editor, checked against the catalog's playbook",
          "[gui][editor][library]")
{
    LibraryHarness h;
    REQUIRE(h.scenarios->isVisible());
    h.scenarios->setCurrentIndex(rowContaining(h.scenarios, QStringLiteral("team-drill.json")));
    h.scenarios->setFocus();
    QTest::keyClick(h.scenarios, Qt::Key_Return);
    PlaybookEditor *editor = openedEditor(*h.window);
    REQUIRE(editor);
    CHECK(editor->filePath() == h.userScenario);
    CHECK(editor->isScenario());
    CHECK(editor->diagnostics().empty()); // "team-caller" is only in the team folder
    closeEditors(*h.window);

    // Ctrl+E edits what is chosen in the list that has the focus.
    h.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(h.window.get()));
    h.scenarios->setFocus();
    QTest::keyClick(h.scenarios, Qt::Key_E, Qt::ControlModifier);
    editor = openedEditor(*h.window);
    REQUIRE(editor);
    CHECK(editor->filePath() == h.userScenario);
    closeEditors(*h.window);

    h.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(h.window.get()));
    h.playbooks->setFocus();
    h.playbooks->setCurrentIndex(rowContaining(h.playbooks, QStringLiteral("team folder")));
    QTest::keyClick(h.playbooks, Qt::Key_E, Qt::ControlModifier);
    editor = openedEditor(*h.window);
    REQUIRE(editor);
    CHECK(editor->filePath() == h.teamPlaybook);
}
