// Training assigned by the lead (issue #18 §7) with two app instances against the real private
// PostgreSQL of the test run: the lead assigns a scenario in her Training assignments window, the
// consultant's Training window lists it, she rehearses it from there, the lead sees it done with
// the score, and withdraws it.
#include "app/appcontext.h"
#include "call/assistwindow.h"
#include "catch_qt.h"
#include "deskapp.h"
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

using App = DeskApp;

} // namespace

TEST_CASE("The lead assigns a scenario, the consultant rehearses it from her Training window, the lead sees it done")
{
    const TeamDesks team({{"anna", "agent"}, {"lena", "lead"}});
    {
        App anna(team.desk(QStringLiteral("anna")), team.url(QStringLiteral("anna")));
        App lena(team.desk(QStringLiteral("lena")), team.url(QStringLiteral("lena")));
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
}
