// Team promises in the windows (issue #18 §4): three apps in one process, each with its own data
// folder, login and sync worker, against the real private PostgreSQL of the test run. The lead
// reassigns Anna's promise to Bob in the Team promises window; it reaches Bob's reminders and his
// Promises window, leaves Anna's reminders, and Bob marks it kept from his window.
#include "app/appcontext.h"
#include "call/assistwindow.h"
#include "catch_qt.h"
#include "deskapp.h"
#include "eventually.h"
#include "history/promiseswindow.h"
#include "settings/settings.h"
#include "team/teampromiseswindow.h"
#include "teamfeatures.h"
#include "teamlink.h"
#include "teampromises.h"
#include "widgets/confirmation.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace steadyline;
using namespace steadyline::test;

namespace {

using PromiseApp = DeskApp;

// The row of the promises list that shows `text`, or -1.
int rowOf(const QAbstractItemModel &model, const QString &text)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data().toString() == text)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("The lead reassigns a promise in the Team promises window and it reaches the colleague's reminders")
{
    const TeamDesks team({{"anna", "agent"}, {"bob", "agent"}, {"lena", "lead"}});
    {
        PromiseApp anna(team.desk(QStringLiteral("anna")), team.url(QStringLiteral("anna")));
        PromiseApp bob(team.desk(QStringLiteral("bob")), team.url(QStringLiteral("bob")));
        PromiseApp lena(team.desk(QStringLiteral("lena")), team.url(QStringLiteral("lena")));
        REQUIRE_EVENTUALLY_WITHIN(anna.link->status().online && bob.link->status().online &&
                                      lena.link->status().online && lena.link->status().role == u"lead",
                                  20000);

        // Anna's call ended with a promise due in a few seconds.
        journal::CallStart start;
        start.playbookId = QStringLiteral("aggressive-caller-pl");
        start.revision = 1;
        start.locale = QStringLiteral("pl");
        const qint64 call = anna.journal->beginCall(start).id;
        const QDateTime due = QDateTime::currentDateTime().addSecs(6);
        REQUIRE(anna.journal->addPromise(call, QStringLiteral("Oddzwonić w sprawie faktury"), {}, due).ok);
        REQUIRE(anna.journal->endCall(call, CallOutcome::Resolved).ok);
        anna.link->nudge();

        // Only the lead has the window; it lists the promise with Anna as the holder.
        lena.features->openTeamPromises();
        gui::TeamPromisesWindow *window = lena.features->teamPromises();
        REQUIRE(window);
        CHECK(anna.features->teamPromises() == nullptr);
        QTreeWidget *list = window->list();
        REQUIRE_EVENTUALLY_WITHIN(list->topLevelItemCount() == 1, 10000);
        CHECK(list->topLevelItem(0)->text(gui::TeamPromisesWindow::PromiseColumn) ==
              QStringLiteral("Oddzwonić w sprawie faktury"));
        CHECK(list->topLevelItem(0)->text(gui::TeamPromisesWindow::HolderColumn) == QStringLiteral("anna"));
        CHECK(list->topLevelItem(0)->text(gui::TeamPromisesWindow::MadeByColumn) == QStringLiteral("anna"));

        // The picker lists the team's members from the server (Bob has written nothing yet).
        auto *picker = window->findChild<QComboBox *>(QStringLiteral("colleaguePicker"));
        REQUIRE(picker);
        REQUIRE_EVENTUALLY_WITHIN(picker->findText(QStringLiteral("bob")) >= 0, 10000);
        CHECK(picker->findText(QStringLiteral("lena")) < 0); // the lead takes with Ctrl+T instead
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window));
        picker->setFocus();
        picker->setCurrentIndex(picker->findText(QStringLiteral("bob")));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_R, Qt::ControlModifier);
        auto *status = window->findChild<QLabel *>(QStringLiteral("teamPromisesStatus"));
        REQUIRE(status);
        CHECK(status->text().contains(QStringLiteral("goes to bob")));

        // The server takes it: Bob holds it, the lead's list says so.
        REQUIRE_EVENTUALLY_WITHIN(list->topLevelItemCount() == 1 &&
                                      list->topLevelItem(0)->text(gui::TeamPromisesWindow::HolderColumn) ==
                                          QStringLiteral("bob"),
                                  10000);
        REQUIRE_EVENTUALLY_WITHIN(status->text().contains(QStringLiteral("Done:")), 10000);
        // Bob's window says a promise was handed to him.
        REQUIRE_EVENTUALLY_WITHIN(bob.window->statusBar()->currentMessage().contains(QStringLiteral("handed to you")),
                                  10000);

        // At the due time it reminds Bob, and no longer Anna.
        REQUIRE_EVENTUALLY_WITHIN(QDateTime::currentDateTime() > due, 10000);
        bob.window->remindOfDuePromises();
        CHECK(bob.window->lastReminder().contains(QStringLiteral("Oddzwonić w sprawie faktury")));
        // Anna's desk has learnt where it went (it pulls on its own time), then reminds her of nothing.
        QString error;
        REQUIRE_EVENTUALLY_WITHIN(!sync::TeamPromises(QSqlDatabase::database(anna.journal->connectionName(), false))
                                       .ownHeldElsewhere(&error)
                                       .isEmpty(),
                                  10000);
        anna.window->remindOfDuePromises();
        CHECK_FALSE(anna.window->lastReminder().contains(QStringLiteral("Oddzwonić w sprawie faktury")));

        // Bob's Promises window lists it with Anna's call as its context; Anna's does not.
        gui::PromisesWindow bobPromises(*bob.journal);
        bobPromises.show();
        auto *bobList = bobPromises.findChild<QTreeView *>(QStringLiteral("promiseList"));
        REQUIRE(bobList);
        const int row = rowOf(*bobList->model(), QStringLiteral("Oddzwonić w sprawie faktury"));
        REQUIRE(row >= 0);
        CHECK(bobList->model()->index(row, 1).data().toString().startsWith(QStringLiteral("anna's call")));
        CHECK(rowOf(*bobList->model(), QStringLiteral("Handed to you by your lead (1)")) >= 0);
        gui::PromisesWindow annaPromises(*anna.journal);
        annaPromises.show();
        auto *annaList = annaPromises.findChild<QTreeView *>(QStringLiteral("promiseList"));
        REQUIRE(annaList);
        CHECK(rowOf(*annaList->model(), QStringLiteral("Oddzwonić w sprawie faktury")) < 0);

        // Bob marks it kept (Ctrl+K); it leaves the lead's list of open promises.
        bobList->setCurrentIndex(bobList->model()->index(row, 0));
        bobPromises.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&bobPromises));
        QTest::keyClick(bobList, Qt::Key_K, Qt::ControlModifier);
        CHECK(rowOf(*bobList->model(), QStringLiteral("Oddzwonić w sprawie faktury")) < 0);
        REQUIRE_EVENTUALLY_WITHIN(list->topLevelItemCount() == 0, 10000);
    }
}
