// Training assigned by the lead (issue #18 §7) with two app instances against the real private
// PostgreSQL of the test run: the lead assigns a scenario in her Training assignments window, the
// consultant's Training window lists it, she rehearses it from there, the lead sees it done with
// the score, and withdraws it.
#include "app/appcontext.h"
#include "call/assistwindow.h"
#include "catch_qt.h"
#include "deskfixture.h"
#include "eventually.h"
#include "settings/settings.h"
#include "team/trainingassignmentwindow.h"
#include "teamfeatures.h"
#include "teamlink.h"
#include "training/trainingwindow.h"
#include "trainingassignments.h"
#include "widgets/confirmation.h"

#include <QApplication>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTreeWidget>

using namespace steadyline;
using namespace steadyline::test;

namespace {

const QString kScenarioId = QStringLiteral("calms-after-help-en");

// One person's app: settings, journal, the call window, the team link and the team's features.
struct App
{
    explicit App(const Desk &desk, const QString &serverUrl)
        : settings(desk.home.filePath(QStringLiteral("settings.ini")))
    {
        settings.setValue(Settings::Key::LastPlaybook, QStringLiteral("aggressive-caller-pl"));
        settings.setValue(Settings::Key::LastChannel, QStringLiteral("phone"));
        settings.setValue(Settings::Key::CountdownSound, false);
        settings.setValue(Settings::Key::TeamServer, serverUrl);
        journal = desk.openJournal();
        context = std::make_unique<AppContext>(settings, journal.get());
        window = std::make_unique<gui::AssistWindow>(*context);
        window->show();
        link = std::make_unique<gui::TeamLink>(desk.dataDir(), settings, *window, quickSyncTiming());
        features = std::make_unique<gui::TeamFeatures>(*context, *window, *link, nullptr);
    }
    ~App()
    {
        gui::Confirmation::setNextAnswer(true);
        features.reset();
        link.reset();
        window->close();
    }
    App(const App &) = delete;
    App &operator=(const App &) = delete;

    // A key pressed in `target`'s window, where the user's focus is (shortcuts included), as at a desk.
    void press(QWidget *target, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *topLevel = target->window();
        topLevel->activateWindow();
        QApplication::setActiveWindow(topLevel); // two apps' windows in one process: say which is in front
        REQUIRE(QTest::qWaitForWindowActive(topLevel));
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus && focus->window() == topLevel ? focus : target, key, modifiers);
    }

    Settings settings;
    std::unique_ptr<journal::Journal> journal;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<gui::AssistWindow> window;
    std::unique_ptr<gui::TeamLink> link;
    std::unique_ptr<gui::TeamFeatures> features;
};

} // namespace

TEST_CASE("The lead assigns a scenario, the consultant rehearses it from her Training window, the lead sees it done")
{
    ServerFixture server;
    REQUIRE(server.init().exitCode == 0);
    server.addTeam(QStringLiteral("Claims"));
    server.addUser(QStringLiteral("anna"), QStringLiteral("agent"), QStringLiteral("Claims"),
                   QStringLiteral("anna-secret-1"));
    server.addUser(QStringLiteral("lena"), QStringLiteral("lead"), QStringLiteral("Claims"),
                   QStringLiteral("lena-secret-1"));
    Desk annaDesk;
    Desk lenaDesk;
    REQUIRE(annaDesk.join(server.url(QStringLiteral("anna")), QStringLiteral("anna"), QStringLiteral("anna-secret-1"))
                .exitCode == 0);
    REQUIRE(lenaDesk.join(server.url(QStringLiteral("lena")), QStringLiteral("lena"), QStringLiteral("lena-secret-1"))
                .exitCode == 0);
    // Both desks live in this one process, and libpq reads one password file: both lines in it.
    QTemporaryDir shared;
    const QString passwords = shared.filePath(QStringLiteral("pgpass"));
    {
        QFile both(passwords);
        REQUIRE(both.open(QIODevice::WriteOnly));
        for (const Desk *desk : {&annaDesk, &lenaDesk}) {
            QFile one(desk->passwordFile());
            REQUIRE(one.open(QIODevice::ReadOnly));
            both.write(one.readAll());
        }
        both.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    qputenv("PGPASSFILE", QFile::encodeName(passwords));
    {
        App anna(annaDesk, server.url(QStringLiteral("anna")));
        App lena(lenaDesk, server.url(QStringLiteral("lena")));
        REQUIRE_EVENTUALLY_WITHIN(anna.link->status().online && lena.link->status().online, 20000);

        // Only the lead gets the window: Ctrl+Shift+A on her call window.
        anna.press(anna.window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        CHECK(anna.features->assignments() == nullptr);
        lena.press(lena.window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        gui::TrainingAssignmentWindow *assign = lena.features->assignments();
        REQUIRE(assign);
        REQUIRE(assign->isVisible());

        // The team's logins come from the server; the lead ticks a scenario and Anna, writes a
        // note, and Ctrl+Enter assigns.
        REQUIRE_EVENTUALLY_WITHIN(assign->checkConsultant(QStringLiteral("anna")), 10000);
        CHECK_FALSE(assign->checkConsultant(QStringLiteral("lena"))); // not herself
        REQUIRE(assign->checkScenario(kScenarioId));
        const QDate due = QDate::currentDate().addDays(3);
        assign->findChild<QDateEdit *>()->setDate(due);
        assign->findChild<QLineEdit *>(QStringLiteral("noteEdit"))->setText(QStringLiteral("Przed piątkiem, proszę"));
        lena.press(assign, Qt::Key_Return, Qt::ControlModifier);
        REQUIRE(assign->assignments().size() == 1);
        CHECK(assign->assignments().front().waiting);
        CHECK(assign->findChild<QLabel *>(QStringLiteral("assignmentMessage"))->text().contains(QStringLiteral("1")));
        // Pushed, and back from the server as the team's row.
        REQUIRE_EVENTUALLY_WITHIN(!assign->assignments().empty() && !assign->assignments().front().waiting, 10000);
        auto *teamList = assign->findChild<QTreeWidget *>(QStringLiteral("teamAssignments"));
        REQUIRE(teamList->topLevelItemCount() == 1);
        CHECK(teamList->topLevelItem(0)->text(0) == QStringLiteral("anna"));
        CHECK(teamList->topLevelItem(0)->text(3) == QStringLiteral("Open"));

        // Anna's Training window lists it above the scenarios: scenario, due date, status, lead, note.
        anna.press(anna.window.get(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        auto *training = anna.window->findChild<gui::TrainingWindow *>(QStringLiteral("trainingWindow"));
        REQUIRE(training);
        auto *assigned = training->findChild<QTreeWidget *>(QStringLiteral("assignedList"));
        REQUIRE(assigned);
        REQUIRE_EVENTUALLY_WITHIN(assigned->topLevelItemCount() == 1, 10000);
        CHECK(assigned->isVisible());
        const QTreeWidgetItem *row = assigned->topLevelItem(0);
        CHECK(row->text(0) == QStringLiteral("Shouting about the internet — calms down after step 1"));
        CHECK(row->text(1) == QLocale().toString(due, QLocale::ShortFormat));
        CHECK(row->text(2) == QStringLiteral("Open"));
        CHECK(row->text(3) == QStringLiteral("lena"));
        CHECK(row->text(4) == QStringLiteral("Przed piątkiem, proszę"));

        // Alt+A reaches the list; Enter rehearses the assigned scenario in the call window.
        anna.press(training, Qt::Key_A, Qt::AltModifier);
        REQUIRE(assigned->hasFocus());
        assigned->setCurrentItem(assigned->topLevelItem(0));
        anna.press(assigned, Qt::Key_Return);
        REQUIRE(anna.window->rehearsal());
        CHECK(anna.window->rehearsal()->scenario().id == kScenarioId);
        // She ends it at once (F10): an attempt all the same, stored and scored.
        anna.press(anna.window.get(), Qt::Key_F10);
        if (!anna.window->rehearsal()->isFinished())
            anna.window->rehearsal()->choose(anna.window->rehearsal()->currentTurn()->options.back().id);
        REQUIRE(anna.window->rehearsal()->isFinished());
        const auto attempts = anna.journal->trainingAttempts().value;
        REQUIRE(attempts.size() == 1);
        const int percent = attempts.front().percent;

        // Done on her desk at once (before any server), and done with the score on the lead's.
        REQUIRE_EVENTUALLY(assigned->topLevelItemCount() == 1 &&
                           assigned->topLevelItem(0)->text(2).startsWith(QStringLiteral("Done")));
        REQUIRE_EVENTUALLY_WITHIN(!assign->assignments().empty() && assign->assignments().front().done(), 10000);
        CHECK(assign->assignments().front().bestPercent == percent);
        CHECK(assign->assignments().front().lastPercent == percent);
        REQUIRE(teamList->topLevelItemCount() == 1);
        CHECK(teamList->topLevelItem(0)->text(3).startsWith(QStringLiteral("Done")));
        CHECK(teamList->topLevelItem(0)->text(4) == QStringLiteral("%1 %").arg(percent));

        // The lead withdraws it (Delete, confirmed): it leaves Anna's Training window.
        lena.press(assign, Qt::Key_T, Qt::AltModifier);
        REQUIRE(teamList->hasFocus());
        teamList->setCurrentItem(teamList->topLevelItem(0));
        gui::Confirmation::setNextAnswer(true);
        lena.press(teamList, Qt::Key_Delete);
        CHECK_FALSE(gui::Confirmation::answerPending());
        CHECK(assign->assignments().empty());
        REQUIRE_EVENTUALLY_WITHIN(assigned->topLevelItemCount() == 0, 10000);
        CHECK_FALSE(assigned->isVisible());
    }
    qunsetenv("PGPASSFILE");
}
