// The lead's team board window over team rows in a real journal (no server: the rows are stored
// as a pull stores them; tests/sync and tests/team cover the way there).
#include "app/appcontext.h"
#include "catch_qt.h"
#include "settings/settings.h"
#include "team/dashboardstatistics.h"
#include "team/teamboardwindow.h"
#include "teamrows.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace steadyline;
using namespace steadyline::gui;

namespace {

const QString kAnnaCall = QStringLiteral("a0000000-0000-4000-8000-000000000001");
const QString kPiotrCall = QStringLiteral("b0000000-0000-4000-8000-000000000002");

struct Board
{
    Board()
        : rows(QDateTime::currentDateTimeUtc())
        , settings(dir.filePath(QStringLiteral("settings.ini")))
        , context(settings, &rows.journal())
        , window(context)
    {
        window.show();
    }

    QTreeWidget *list(const QString &accessibleName) const
    {
        for (QTreeWidget *candidate : window.findChildren<QTreeWidget *>()) {
            if (candidate->accessibleName() == accessibleName)
                return candidate;
        }
        FAIL("no list named " << accessibleName.toStdString());
        return nullptr;
    }

    testing::TeamRows rows;
    QTemporaryDir dir;
    Settings settings;
    AppContext context;
    TeamBoardWindow window;
};

} // namespace

TEST_CASE("The team board shows a raised hand and sends the lead's answer")
{
    Board board;
    board.rows.call(kAnnaCall, QStringLiteral("anna"), 120, std::nullopt);
    board.rows.timeline(kAnnaCall, QStringLiteral("anna"), 120, QStringLiteral("step_entered"),
                        QStringLiteral("final_warning"));
    QSignalSpy announced(&board.window, &TeamBoardWindow::handAnnounced);
    QSignalSpy answered(&board.window, &TeamBoardWindow::answerRequested);
    board.window.refresh();

    QTreeWidget *hands = board.list(QStringLiteral("Raised hands"));
    QTreeWidget *live = board.list(QStringLiteral("In a call now"));
    CHECK(hands->topLevelItemCount() == 0);
    REQUIRE(live->topLevelItemCount() == 1);
    CHECK(live->topLevelItem(0)->text(0) == QStringLiteral("anna"));
    CHECK(live->topLevelItem(0)->text(2) == QStringLiteral("2:00"));

    board.rows.timeline(kAnnaCall, QStringLiteral("anna"), 5, QStringLiteral("hand_raised"),
                        QStringLiteral("final_warning"), QStringLiteral("Ostatnie ostrzeżenie"));
    board.window.refresh();
    REQUIRE(hands->topLevelItemCount() == 1);
    CHECK(hands->topLevelItem(0)->text(0) == QStringLiteral("anna"));
    CHECK(hands->topLevelItem(0)->text(1) == QStringLiteral("Ostatnie ostrzeżenie"));
    REQUIRE(announced.size() == 1);
    CHECK(announced.at(0).at(0).toString().contains(QStringLiteral("anna")));

    // Enter in the answer line with nothing typed sends the default answer for the chosen hand.
    auto *answer = board.window.findChild<QLineEdit *>(QStringLiteral("handAnswer"));
    REQUIRE(answer);
    answer->setFocus();
    QTest::keyClick(answer, Qt::Key_Return);
    REQUIRE(answered.size() == 1);
    CHECK(answered.at(0).at(0).toString() == kAnnaCall);
    CHECK(answered.at(0).at(1).toString() == QStringLiteral("On my way"));

    // Another refresh does not announce the same hand again.
    board.window.refresh();
    CHECK(announced.size() == 1);
}

TEST_CASE("The team board announces a new abusive call once, and not those there before it opened")
{
    Board board;
    board.rows.call(kAnnaCall, QStringLiteral("anna"), 3600, 3000, QStringLiteral("escalated"));
    QSignalSpy announced(&board.window, &TeamBoardWindow::incidentAnnounced);
    board.window.refresh();
    CHECK(announced.isEmpty());
    QTreeWidget *incidents = board.list(QStringLiteral("Abusive calls, last 7 days"));
    REQUIRE(incidents->topLevelItemCount() == 1);

    board.rows.call(kPiotrCall, QStringLiteral("piotr"), 300, 10, QStringLiteral("ended_by_consultant"));
    board.window.refresh();
    REQUIRE(announced.size() == 1);
    CHECK(announced.at(0).at(0).toString().contains(QStringLiteral("piotr")));
    REQUIRE(incidents->topLevelItemCount() == 2);
    CHECK(incidents->topLevelItem(0)->text(1) == QStringLiteral("piotr"));
    board.window.refresh();
    CHECK(announced.size() == 1);
}

TEST_CASE("The dashboard's tabs and its period picker are reached with the keyboard alone")
{
    Board board;
    QApplication::setActiveWindow(&board.window);
    auto *tabs = board.window.findChild<QTabWidget *>(QStringLiteral("dashboardTabs"));
    REQUIRE(tabs);
    CHECK(tabs->currentWidget() != board.window.statistics());
    QTest::keyClick(&board.window, Qt::Key_S, Qt::AltModifier);
    REQUIRE(tabs->currentWidget() == board.window.statistics());
    // Without a team server the tab says where its figures would come from.
    CHECK(board.window.statistics()->stateText().contains(QStringLiteral("not connected")));
    auto *period = board.window.findChild<QComboBox *>(QStringLiteral("dashboardPeriod"));
    REQUIRE(period);
    QTest::keyClick(&board.window, Qt::Key_P, Qt::AltModifier);
    CHECK(QApplication::focusWidget() == period);
    QTest::keyClick(period, Qt::Key_Down);
    CHECK(period->currentIndex() == static_cast<int>(DashboardStatistics::PeriodChoice::Last30Days));
    QTest::keyClick(&board.window, Qt::Key_N, Qt::AltModifier);
    CHECK(tabs->currentWidget() != board.window.statistics());
}
