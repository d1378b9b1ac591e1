// Drives the training window offscreen with real key presses: the scenario library from the
// user's playbook folder, the filters, Enter asking for a rehearsal, and the progress view over a
// temporary journal.
#include "catch_qt.h"
#include "common/clock.h"
#include "eventually.h"
#include "journal/journal.h"
#include "playbook/playbookcatalog.h"
#include "settings/settings.h"
#include "training/trainingattempt.h"
#include "training/trainingwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace steadyline;
using steadyline::gui::TrainingWindow;

namespace {

const QString kTestScenarioTitle = QStringLiteral("Test: a caller who does not stop");
const QString kTestScenarioId = QStringLiteral("test-escalation-en");

template<typename T> T *find(const QWidget *window, const char *name)
{
    auto *widget = window->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

// A key pressed where the user's focus is (shortcuts included), as on a real keyboard.
void press(QWidget *window, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
    QTest::keyClick(target, static_cast<Qt::Key>(key), modifiers);
}

// The row of the list whose first column reads `title`; invalid when there is none.
QModelIndex itemTitled(const QTreeView *tree, const QString &title)
{
    const QAbstractItemModel *model = tree->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == title)
            return model->index(row, 0);
    }
    return {};
}

QString cell(const QModelIndex &row, int column)
{
    return row.siblingAtColumn(column).data().toString();
}

// The `row`th child of the `group`th top-level row.
QModelIndex child(const QTreeView *tree, int group, int row)
{
    return tree->model()->index(row, 0, tree->model()->index(group, 0));
}

QString canonical(const QString &path)
{
    return QFileInfo(path).canonicalFilePath();
}

// A user playbook folder holding the test scenario in its scenarios/ folder, a scenario file that
// is not valid JSON beside it, and a playbook (which is not a scenario and is not listed).
struct Fixture
{
    Fixture()
    {
        REQUIRE(dir.isValid());
        userFolder = dir.filePath(QStringLiteral("my-playbooks"));
        REQUIRE(QDir().mkpath(userFolder + QStringLiteral("/scenarios")));
        scenarioPath = userFolder + QStringLiteral("/scenarios/escalation-en.json");
        REQUIRE(QFile::copy(QStringLiteral(STEADYLINE_TEST_DATA_DIR "/training/escalation-en.json"), scenarioPath));
        QFile broken(userFolder + QStringLiteral("/scenarios/half-written.json"));
        REQUIRE(broken.open(QIODevice::WriteOnly));
        broken.write("{ \"kind\": \"scenario\", \"title\": \"Half written\", ");
        broken.close();
        REQUIRE(QFile::copy(QStringLiteral(STEADYLINE_PLAYBOOKS_DIR "/complaint-en.json"),
                            userFolder + QStringLiteral("/complaint-en.json")));
        settings.setValue(Settings::Key::UserPlaybookFolder, userFolder);
        settings.setValue(Settings::Key::InterfaceLanguage, QStringLiteral("en"));
        settings.setValue(Settings::Key::ConsultantGender, QStringLiteral("female"));
    }

    std::unique_ptr<journal::Journal> openJournal()
    {
        QString error;
        auto opened = journal::Journal::open(dir.filePath(QStringLiteral("data")), &error, clock);
        INFO(error.toStdString());
        REQUIRE(opened);
        return opened;
    }

    // A finished rehearsal of the test scenario, stored as the app stores it.
    void addAttempt(journal::Journal &journal, int score, int max, bool passed, std::vector<TrainingMistake> mistakes)
    {
        journal::CallStart start;
        start.playbookId = QStringLiteral("aggressive-caller-en");
        start.revision = 1;
        start.locale = QStringLiteral("en");
        start.training = true;
        const qint64 call = journal.beginCall(start).id;
        REQUIRE(call > 0);
        Scenario scenario;
        scenario.id = kTestScenarioId;
        scenario.revision = 1;
        scenario.title = kTestScenarioTitle;
        scenario.language = QStringLiteral("en");
        TrainingResult result;
        result.scenarioId = kTestScenarioId;
        result.scenarioRevision = 1;
        result.finished = true;
        result.score = score;
        result.max = max;
        result.percent = score * 100 / max;
        result.passed = passed;
        result.mistakes = std::move(mistakes);
        REQUIRE(journal.addTrainingAttempt(attemptFromResult(result, scenario, call, clock.wallNow())).ok);
        clock.advance(std::chrono::hours(20));
    }

    QTemporaryDir dir;
    QString userFolder;
    QString scenarioPath;
    ManualClock clock{QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC)};
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
};

} // namespace

TEST_CASE("The training window lists the user's scenario, and keys select it and ask to rehearse it", "[gui][training]")
{
    Fixture f;
    auto journal = f.openJournal();
    TrainingWindow window(journal.get(), f.settings);
    QSignalSpy requested(&window, &TrainingWindow::rehearsalRequested);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    auto *list = find<QTreeView>(&window, "scenarioList");
    auto *details = find<QTextBrowser>(&window, "scenarioDetails");
    auto *language = find<QComboBox>(&window, "languageCombo");
    auto *rehearse = find<QPushButton>(&window, "rehearseButton");
    CHECK(language->currentData().toString() == QStringLiteral("en")); // the interface language
    CHECK(list->hasFocus());
    QModelIndex ours = itemTitled(list, kTestScenarioTitle);
    REQUIRE(ours.isValid());
    CHECK(cell(ours, 1) == QStringLiteral("Intermediate"));
    CHECK(cell(ours, 2) == QStringLiteral("0"));
    // The broken file is listed by its name (nothing in it can be read, its language neither, so
    // it shows under every language); the playbook beside the scenarios is not.
    CHECK(itemTitled(list, QStringLiteral("half-written.json — cannot be rehearsed")).isValid());
    CHECK(list->model()
              ->match(list->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("Difficult"), -1, Qt::MatchStartsWith)
              .isEmpty());

    // Typing the start of its title selects it, as in any list.
    press(&window, Qt::Key_Home);
    QTest::keyClicks(list, QStringLiteral("Test"));
    REQUIRE(list->currentIndex() == ours);
    CHECK(canonical(window.selectedScenarioPath()) == canonical(f.scenarioPath));
    const QString text = details->toPlainText();
    CHECK(text.contains(QStringLiteral("the caller insults you and never calms down")));
    CHECK(text.contains(QStringLiteral("Keep the 3½ wait")));
    CHECK(text.contains(QStringLiteral("your folder")));
    CHECK(text.contains(QStringLiteral("not rehearsed this scenario yet")));
    CHECK(rehearse->isEnabled());

    press(&window, Qt::Key_Return);
    REQUIRE(requested.count() == 1);
    CHECK(canonical(requested.at(0).at(0).toString()) == canonical(f.scenarioPath));
    // Ctrl+Enter asks for it from anywhere in the window, the button too.
    find<QComboBox>(&window, "difficultyCombo")->setFocus();
    press(&window, Qt::Key_Return, Qt::ControlModifier);
    CHECK(requested.count() == 2);
    rehearse->setFocus();
    press(&window, Qt::Key_Space);
    CHECK(requested.count() == 3);
    CHECK(requested.at(2).at(0).toString() == requested.at(0).at(0).toString());
}

TEST_CASE("The filters hide what does not match, and a broken scenario says why and cannot be rehearsed",
          "[gui][training]")
{
    Fixture f;
    auto journal = f.openJournal();
    TrainingWindow window(journal.get(), f.settings);
    QSignalSpy requested(&window, &TrainingWindow::rehearsalRequested);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *list = find<QTreeView>(&window, "scenarioList");
    auto *difficulty = find<QComboBox>(&window, "difficultyCombo");
    auto *language = find<QComboBox>(&window, "languageCombo");

    // Alt+D goes to the difficulty; Down picks "Beginner", which hides the intermediate scenario.
    press(&window, Qt::Key_D, Qt::AltModifier);
    REQUIRE(difficulty->hasFocus());
    press(&window, Qt::Key_Down);
    CHECK(difficulty->currentText() == QStringLiteral("Beginner"));
    CHECK_FALSE(itemTitled(list, kTestScenarioTitle).isValid());
    press(&window, Qt::Key_Down);
    CHECK(difficulty->currentText() == QStringLiteral("Intermediate"));
    CHECK(itemTitled(list, kTestScenarioTitle).isValid());
    press(&window, Qt::Key_Home);
    CHECK(difficulty->currentText() == QStringLiteral("Any difficulty"));

    // Alt+L goes to the language; Home is "All languages".
    CHECK(language->findText(QStringLiteral("English (en)")) >= 0);
    press(&window, Qt::Key_L, Qt::AltModifier);
    REQUIRE(language->hasFocus());
    press(&window, Qt::Key_Home);
    CHECK(language->currentData().toString().isEmpty());
    CHECK(itemTitled(list, kTestScenarioTitle).isValid());
    QModelIndex broken = itemTitled(list, QStringLiteral("half-written.json — cannot be rehearsed"));
    REQUIRE(broken.isValid());
    list->setFocus();
    list->setCurrentIndex(broken);
    CHECK(find<QTextBrowser>(&window, "scenarioDetails")->toPlainText().contains(QStringLiteral("json-syntax")));
    CHECK_FALSE(find<QPushButton>(&window, "rehearseButton")->isEnabled());
    press(&window, Qt::Key_Return);
    CHECK(requested.isEmpty());
    CHECK(find<QLabel>(&window, "statusLine")->text().contains(QStringLiteral("cannot be rehearsed")));

    // selectScenario() clears filters that hide the scenario.
    press(&window, Qt::Key_D, Qt::AltModifier);
    press(&window, Qt::Key_Down); // Beginner
    REQUIRE(window.selectScenario(f.scenarioPath));
    CHECK(difficulty->currentIndex() == 0);
    CHECK(list->currentIndex() == itemTitled(list, kTestScenarioTitle));
    CHECK_FALSE(window.selectScenario(QStringLiteral("/no/such/scenario.json")));
}

TEST_CASE("Attempts in the journal appear in the list and in the progress view with their percent and mistakes",
          "[gui][training]")
{
    Fixture f;
    auto journal = f.openJournal();
    f.addAttempt(
        *journal, 4, 9, false,
        {{QStringLiteral("insult"), QStringLiteral("option-penalty"), false,
          QStringLiteral("You argued back with the caller."), QStringLiteral("Offer help and stay on the problem.")},
         {QStringLiteral("countdown"), QStringLiteral("countdown-too-short"), false,
          QStringLiteral("You hung up before the 3½ wait was over."), QStringLiteral("Wait at least 5 s.")}});
    f.addAttempt(*journal, 8, 9, true, {});
    TrainingWindow window(journal.get(), f.settings);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    auto *list = find<QTreeView>(&window, "scenarioList");
    QModelIndex ours = itemTitled(list, kTestScenarioTitle);
    REQUIRE(ours.isValid());
    CHECK(cell(ours, 2) == QStringLiteral("2"));
    CHECK(cell(ours, 3) == QStringLiteral("88 %, passed"));

    // Alt+P opens the progress view: one group for the scenario, its attempts oldest first.
    press(&window, Qt::Key_P, Qt::AltModifier);
    auto *tabs = find<QTabWidget>(&window, "tabs");
    REQUIRE(tabs->currentWidget() == find<QWidget>(&window, "progressTab"));
    auto *attempts = find<QTreeView>(&window, "attemptList");
    auto *details = find<QTextBrowser>(&window, "attemptDetails");
    REQUIRE(attempts->model()->rowCount() == 1);
    const QModelIndex group = attempts->model()->index(0, 0);
    CHECK(group.data().toString() == kTestScenarioTitle);
    REQUIRE(attempts->model()->rowCount(group) == 2);
    CHECK(cell(child(attempts, 0, 0), 1) == QStringLiteral("4 of 9"));
    CHECK(cell(child(attempts, 0, 0), 2) == QStringLiteral("44 %"));
    CHECK(cell(child(attempts, 0, 0), 3) == QStringLiteral("not passed"));
    CHECK(cell(child(attempts, 0, 0), 4) == QStringLiteral("2"));
    CHECK(cell(child(attempts, 0, 1), 2) == QStringLiteral("88 %"));
    CHECK(cell(child(attempts, 0, 1), 3) == QStringLiteral("passed"));
    CHECK(cell(child(attempts, 0, 1), 4) == QStringLiteral("0"));
    CHECK(details->toPlainText().contains(QStringLiteral("44 % → 88 %")));

    // Down from the group reaches the first attempt: its mistakes with what to do instead.
    attempts->setFocus();
    attempts->setCurrentIndex(group);
    press(&window, Qt::Key_Down);
    REQUIRE(attempts->currentIndex() == child(attempts, 0, 0));
    const QString first = details->toPlainText();
    CHECK(first.contains(QStringLiteral("You argued back with the caller.")));
    CHECK(first.contains(QStringLiteral("Instead: Offer help and stay on the problem.")));
    CHECK(first.contains(QStringLiteral("You hung up before the 3½ wait was over.")));
    press(&window, Qt::Key_Down);
    CHECK(details->toPlainText().contains(QStringLiteral("No mistakes")));

    // A rehearsal finished while the window is open shows after refreshAttempts(), selected by
    // showProgress(); the one being read stays selected on a plain refresh.
    f.addAttempt(*journal, 9, 9, true, {});
    window.refreshAttempts();
    REQUIRE(attempts->model()->rowCount(attempts->model()->index(0, 0)) == 3);
    CHECK(attempts->currentIndex() == child(attempts, 0, 1));
    CHECK(cell(child(attempts, 0, 2), 2) == QStringLiteral("100 %"));
    window.showProgress(kTestScenarioId);
    CHECK(attempts->currentIndex() == child(attempts, 0, 2));
    CHECK(cell(itemTitled(list, kTestScenarioTitle), 3) == QStringLiteral("100 %, passed"));
    CHECK(cell(itemTitled(list, kTestScenarioTitle), 2) == QStringLiteral("3"));

    // Showing the window again reads the journal again.
    f.addAttempt(*journal, 2, 9, false, {});
    window.hide();
    window.show();
    CHECK(attempts->model()->rowCount(attempts->model()->index(0, 0)) == 4);
}

TEST_CASE("Without a journal the scenarios are listed and the progress view says plainly why it is empty",
          "[gui][training]")
{
    Fixture f;
    f.settings.setValue(Settings::Key::TeamPlaybookFolder, f.dir.filePath(QStringLiteral("no-such-team-folder")));
    TrainingWindow window(nullptr, f.settings);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *list = find<QTreeView>(&window, "scenarioList");
    QModelIndex ours = itemTitled(list, kTestScenarioTitle);
    REQUIRE(ours.isValid());
    CHECK(cell(ours, 2) == QStringLiteral("—"));
    auto *problem = find<QLabel>(&window, "problemLabel");
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(QStringLiteral("no-such-team-folder")));
    CHECK(problem->text().contains(QStringLiteral("does not exist")));

    press(&window, Qt::Key_P, Qt::AltModifier);
    CHECK(find<QLabel>(&window, "progressNotice")->text().contains(QStringLiteral("journal could not be opened")));
    CHECK(find<QTreeView>(&window, "attemptList")->model()->rowCount() == 0);
    CHECK_FALSE(find<QTreeView>(&window, "attemptList")->isEnabled());

    // The scenarios can still be rehearsed.
    QSignalSpy requested(&window, &TrainingWindow::rehearsalRequested);
    press(&window, Qt::Key_S, Qt::AltModifier);
    REQUIRE(window.selectScenario(f.scenarioPath));
    list->setFocus();
    press(&window, Qt::Key_Return);
    CHECK(requested.count() == 1);
}

TEST_CASE("Given the app's catalog, the window lists the catalog's scenarios and follows its reloads",
          "[gui][training]")
{
    Fixture f;
    f.settings.setValue(Settings::Key::UserPlaybookFolder, QString()); // only the catalog knows the folder
    TrainingWindow window(nullptr, f.settings);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *list = find<QTreeView>(&window, "scenarioList");
    CHECK_FALSE(itemTitled(list, kTestScenarioTitle).isValid());

    PlaybookCatalog catalog;
    catalog.setFolders(QString(), f.userFolder);
    window.setCatalog(&catalog);
    REQUIRE(itemTitled(list, kTestScenarioTitle).isValid());

    // A scenario saved into the folder appears when the catalog reloads.
    QFile source(f.scenarioPath);
    REQUIRE(source.open(QIODevice::ReadOnly));
    QByteArray second = source.readAll();
    second.replace("\"id\": \"test-escalation-en\"", "\"id\": \"second-escalation-en\"");
    second.replace("Test: a caller who does not stop", "Second: the same caller");
    QFile copy(f.userFolder + QStringLiteral("/scenarios/second-en.json"));
    REQUIRE(copy.open(QIODevice::WriteOnly));
    copy.write(second);
    copy.close();
    catalog.rescan();
    REQUIRE_EVENTUALLY(itemTitled(list, QStringLiteral("Second: the same caller")).isValid());
    CHECK(itemTitled(list, kTestScenarioTitle).isValid());

    window.setCatalog(nullptr); // back to the settings, which name no folder
    CHECK_FALSE(itemTitled(list, kTestScenarioTitle).isValid());
}
