// A consultant's window and a lead's window, each with its own data folder, login and sync
// worker, against the real private PostgreSQL of the test run (issue #18): the consultant's
// raised hand reaches the lead's board, the lead's answer reaches the consultant's card, and an
// abusive call appears on the lead's board and is announced.
#include "app/appcontext.h"
#include "call/assistwindow.h"
#include "call/teamincall.h"
#include "catch_qt.h"
#include "deskapp.h"
#include "eventually.h"
#include "settings/settings.h"
#include "team/teamboardwindow.h"
#include "teamfeatures.h"
#include "teamlink.h"
#include "widgets/confirmation.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace steadyline;
using namespace steadyline::test;

namespace {

using App = DeskApp;

QTreeWidget *boardList(gui::TeamBoardWindow &board, const QString &accessibleName)
{
    for (QTreeWidget *list : board.findChildren<QTreeWidget *>()) {
        if (list->accessibleName() == accessibleName)
            return list;
    }
    FAIL("no list named " << accessibleName.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("A raised hand reaches the lead's board, the answer the consultant, an abusive call the board")
{
    const TeamDesks team({{"anna", "agent"}, {"lena", "lead"}});
    {
        App anna(team.desk(QStringLiteral("anna")), team.url(QStringLiteral("anna")));
        App lena(team.desk(QStringLiteral("lena")), team.url(QStringLiteral("lena")));
        REQUIRE_EVENTUALLY_WITHIN(anna.link->status().online && lena.link->status().online, 20000);

        // Only the lead gets the board.
        gui::TeamBoardWindow *board = lena.features->board();
        REQUIRE(board);
        CHECK(anna.features->board() == nullptr);
        lena.features->openBoard();
        QSignalSpy incidents(board, &gui::TeamBoardWindow::incidentAnnounced);
        QSignalSpy hands(board, &gui::TeamBoardWindow::handAnnounced);

        // Anna starts a call; the lead sees her in a call.
        anna.press(Qt::Key_Return);
        REQUIRE(anna.window->liveCallId() != 0);
        QTreeWidget *live = boardList(*board, QStringLiteral("In a call now"));
        REQUIRE_EVENTUALLY_WITHIN(live->topLevelItemCount() == 1, 10000);
        CHECK(live->topLevelItem(0)->text(0) == QStringLiteral("anna"));

        // F12: the hand goes up on Anna's card and on the lead's board.
        anna.press(Qt::Key_F12);
        REQUIRE(anna.window->team().isHandRaised());
        QTreeWidget *raised = boardList(*board, QStringLiteral("Raised hands"));
        REQUIRE_EVENTUALLY_WITHIN(raised->topLevelItemCount() == 1, 10000);
        CHECK(raised->topLevelItem(0)->text(0) == QStringLiteral("anna"));
        CHECK(hands.size() == 1);

        // The lead answers with a text of her own; it shows under Anna's raised hand.
        auto *answer = board->findChild<QLineEdit *>(QStringLiteral("handAnswer"));
        REQUIRE(answer);
        board->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(board));
        answer->setText(QStringLiteral("Idę, 2 minuty"));
        QTest::keyClick(answer, Qt::Key_Return);
        auto *banner = anna.window->findChild<QLabel *>(QStringLiteral("handBanner"));
        REQUIRE(banner);
        REQUIRE_EVENTUALLY_WITHIN(banner->text().contains(QStringLiteral("lena: Idę, 2 minuty")), 10000);
        REQUIRE_EVENTUALLY_WITHIN(raised->topLevelItem(0)->text(3) == QStringLiteral("lena: Idę, 2 minuty"), 10000);

        // The caller insults Anna and the call ends: an abusive call on the lead's board.
        anna.press(Qt::Key_1, Qt::AltModifier);
        REQUIRE(anna.window->endCallFromOutside(CallOutcome::CallerHungUp));
        QTreeWidget *abusive = boardList(*board, QStringLiteral("Abusive calls, last 7 days"));
        REQUIRE_EVENTUALLY_WITHIN(abusive->topLevelItemCount() == 1, 10000);
        CHECK(abusive->topLevelItem(0)->text(1) == QStringLiteral("anna"));
        CHECK(abusive->topLevelItem(0)->text(3) == QStringLiteral("insult"));
        CHECK(incidents.size() == 1);
        REQUIRE_EVENTUALLY_WITHIN(live->topLevelItemCount() == 0, 10000);
        CHECK(raised->topLevelItemCount() == 0); // the hand went down with the call

        // The lead opens the call's timeline from the keyboard: the audit log holds it (#18 §8), once,
        // however often the board is read again with the call still chosen.
        const auto openings = [&team] {
            const CommandRun audit =
                runSteadyline({QStringLiteral("server"), QStringLiteral("audit"), QStringLiteral("--since"),
                               QDate::currentDate().addDays(-1).toString(Qt::ISODate), QStringLiteral("--db"),
                               team.server.adminUrl()});
            INFO(audit.err.toStdString());
            REQUIRE(audit.exitCode == 0);
            return audit.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).filter(QStringLiteral("call_opened"));
        };
        CHECK(openings().isEmpty()); // a board shown is no call opened
        board->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(board));
        abusive->setFocus();
        QTest::keyClick(abusive, Qt::Key_Down);
        REQUIRE(abusive->currentItem() == abusive->topLevelItem(0));
        auto *timeline = board->findChild<QTextBrowser *>();
        REQUIRE(timeline);
        CHECK(timeline->toPlainText().contains(QStringLiteral("anna")));
        const QString callUuid = abusive->topLevelItem(0)->data(0, Qt::UserRole).toString();
        REQUIRE_FALSE(callUuid.isEmpty());
        REQUIRE_EVENTUALLY_WITHIN(openings().size() == 1, 10000);
        const QString opening = openings().at(0);
        CHECK(opening.contains(QStringLiteral("  lena  Claims  call_opened  ")));
        CHECK(opening.contains(callUuid));
        CHECK(opening.contains(QStringLiteral("\"consultant\": \"anna\"")));
        board->refresh();
        board->refresh();
        lena.link->syncNow();
        QTest::qWait(1500); // several pushes of the outbox
        CHECK(openings().size() == 1);
    }
}

TEST_CASE("A lead's desk started while the server is away keeps the lead's board and team promises")
{
    ServerFixture server;
    REQUIRE(server.init().exitCode == 0);
    server.addTeam(QStringLiteral("Claims"));
    server.addUser(QStringLiteral("lena"), QStringLiteral("lead"), QStringLiteral("Claims"),
                   QStringLiteral("lena-secret-1"));
    Desk lenaDesk;
    REQUIRE(lenaDesk.join(server.url(QStringLiteral("lena")), QStringLiteral("lena"), QStringLiteral("lena-secret-1"))
                .exitCode == 0);
    // The shift starts without the server: the role the server gave at the join holds.
    REQUIRE(server.cluster.stopImmediately());
    qputenv("PGPASSFILE", QFile::encodeName(lenaDesk.passwordFile()));
    {
        App lena(lenaDesk, server.url(QStringLiteral("lena")));
        REQUIRE_EVENTUALLY_WITHIN(lena.link->status().joined && !lena.link->status().lastError.isEmpty(), 20000);
        CHECK_FALSE(lena.link->status().online);
        CHECK(lena.link->status().role == QStringLiteral("lead"));
        CHECK(lena.features->board() != nullptr);
        QAction *boardAction = nullptr;
        for (QAction *action : lena.window->findChildren<QAction *>())
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B))
                boardAction = action;
        REQUIRE(boardAction);
        CHECK(boardAction->isVisible());
    }
    {
        // An agent's desk offline stays without them.
        Desk annaDesk;
        REQUIRE(server.cluster.startAgain());
        server.addUser(QStringLiteral("anna"), QStringLiteral("agent"), QStringLiteral("Claims"),
                       QStringLiteral("anna-secret-1"));
        REQUIRE(
            annaDesk.join(server.url(QStringLiteral("anna")), QStringLiteral("anna"), QStringLiteral("anna-secret-1"))
                .exitCode == 0);
        REQUIRE(server.cluster.stopImmediately());
        qputenv("PGPASSFILE", QFile::encodeName(annaDesk.passwordFile()));
        App anna(annaDesk, server.url(QStringLiteral("anna")));
        REQUIRE_EVENTUALLY_WITHIN(anna.link->status().joined && !anna.link->status().lastError.isEmpty(), 20000);
        CHECK(anna.link->status().role == QStringLiteral("agent"));
        CHECK(anna.features->board() == nullptr);
    }
    qunsetenv("PGPASSFILE");
}
