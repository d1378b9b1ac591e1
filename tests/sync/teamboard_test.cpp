// The lead's team board read from the team's rows in a journal, without a server: the rows are
// stored as the sync worker stores a pull (times with an offset, as PostgreSQL writes them).
#include "catch_qt.h"
#include "journal/journal.h"
#include "teamboard.h"
#include "teamrows.h"

#include <catch2/catch.hpp>

using namespace steadyline;
using namespace steadyline::sync;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);

class BoardRows : public testing::TeamRows
{
public:
    BoardRows()
        : TeamRows(kNow)
    {}

    TeamBoard board(int incidentDays = 7) const
    {
        QString error;
        auto board = TeamBoardReader(database()).read(kNow, incidentDays, &error);
        INFO(error.toStdString());
        REQUIRE(board.has_value());
        return *board;
    }
};

const QString kAnnaCall = QStringLiteral("a0000000-0000-4000-8000-000000000001");
const QString kPiotrCall = QStringLiteral("b0000000-0000-4000-8000-000000000002");

} // namespace

TEST_CASE("The team board shows who is in a call and on which step since when")
{
    BoardRows rows;
    rows.call(kAnnaCall, QStringLiteral("anna"), 300, std::nullopt);
    rows.timeline(kAnnaCall, QStringLiteral("anna"), 300, QStringLiteral("step_entered"), QStringLiteral("offer_help"));
    rows.timeline(kAnnaCall, QStringLiteral("anna"), 40, QStringLiteral("step_entered"), QStringLiteral("boundary"));
    rows.call(kPiotrCall, QStringLiteral("piotr"), 900, 600, QStringLiteral("resolved"));
    // A call left open for days (a desk that crashed) is not someone in a call now.
    rows.call(QStringLiteral("c0000000-0000-4000-8000-000000000003"), QStringLiteral("ewa"), 3 * 86400, std::nullopt);

    const TeamBoard board = rows.board();
    REQUIRE(board.liveCalls.size() == 1);
    CHECK(board.liveCalls[0].login == QStringLiteral("anna"));
    CHECK(board.liveCalls[0].stepId == QStringLiteral("boundary"));
    CHECK(board.liveCalls[0].stepSince == kNow.addSecs(-40));
    CHECK(board.incidents.empty());
}

TEST_CASE("The team board lists abusive calls by the incident rule, newest first, and no rehearsal")
{
    BoardRows rows;
    rows.call(kAnnaCall, QStringLiteral("anna"), 7200, 7000, QStringLiteral("ended_by_consultant"));
    rows.call(kPiotrCall, QStringLiteral("piotr"), 3600, 3000, QStringLiteral("resolved"));
    rows.note(kPiotrCall, QStringLiteral("piotr"), 3500, {QStringLiteral("threat")});
    rows.call(QStringLiteral("c0000000-0000-4000-8000-000000000003"), QStringLiteral("ewa"), 600, 500,
              QStringLiteral("escalated"), /*training=*/true);
    rows.call(QStringLiteral("d0000000-0000-4000-8000-000000000004"), QStringLiteral("ewa"), 400, 300,
              QStringLiteral("resolved"));
    // Ended by the consultant after the caller calmed down (not at the method's end).
    rows.call(QStringLiteral("f0000000-0000-4000-8000-000000000006"), QStringLiteral("ewa"), 200, 100,
              QStringLiteral("ended_by_consultant"), false, /*methodEnd=*/false);
    // Older than the board's days.
    rows.call(QStringLiteral("e0000000-0000-4000-8000-000000000005"), QStringLiteral("ewa"), 10 * 86400,
              10 * 86400 - 60, QStringLiteral("escalated"));

    const TeamBoard board = rows.board();
    REQUIRE(board.incidents.size() == 2);
    CHECK(board.incidents[0].uuid == kPiotrCall);
    CHECK(board.incidents[0].tags == QStringList{QStringLiteral("threat")});
    CHECK(board.incidents[1].uuid == kAnnaCall);
    CHECK(rows.board(30).incidents.size() == 3);
}

TEST_CASE("A raised hand stays up until it is lowered, answered or its call ends")
{
    BoardRows rows;
    rows.call(kAnnaCall, QStringLiteral("anna"), 300, std::nullopt);
    rows.timeline(kAnnaCall, QStringLiteral("anna"), 60, QStringLiteral("hand_raised"), QStringLiteral("final_warning"),
                  QStringLiteral("Ostatnie ostrzeżenie"));
    rows.call(kPiotrCall, QStringLiteral("piotr"), 300, std::nullopt);
    rows.timeline(kPiotrCall, QStringLiteral("piotr"), 90, QStringLiteral("hand_raised"), QStringLiteral("boundary"));
    rows.timeline(kPiotrCall, QStringLiteral("piotr"), 80, QStringLiteral("hand_cancelled"), QStringLiteral("boundary"),
                  QStringLiteral("by_consultant"));

    TeamBoard board = rows.board();
    REQUIRE(board.raisedHands.size() == 1);
    CHECK(board.raisedHands[0].login == QStringLiteral("anna"));
    CHECK(board.raisedHands[0].stepTitle == QStringLiteral("Ostatnie ostrzeżenie"));
    CHECK(board.raisedHands[0].raisedAt == kNow.addSecs(-60));

    // An answer older than the hand belongs to an earlier one.
    rows.answer(kAnnaCall, QStringLiteral("lead"), 120, QStringLiteral("earlier"));
    CHECK(rows.board().raisedHands.size() == 1);
    rows.answer(kAnnaCall, QStringLiteral("lead"), 30, QStringLiteral("Idę"));
    board = rows.board();
    CHECK(board.raisedHands.empty());
    REQUIRE(board.answeredHands.size() == 1);
    CHECK(board.answeredHands[0].answer == QStringLiteral("Idę"));
    CHECK(board.answeredHands[0].answeredBy == QStringLiteral("lead"));

    rows.call(kAnnaCall, QStringLiteral("anna"), 300, 10, QStringLiteral("resolved"));
    board = rows.board();
    CHECK(board.raisedHands.empty());
    CHECK(board.answeredHands.empty());
}

TEST_CASE("The board reads the timeline back to the earliest call still going on, and no further than it needs")
{
    BoardRows rows;
    // A long call (five hours) with its step and hand from hours ago, and a short one: the board
    // reads back to the long call's start, past the hour of the longest cool-down.
    rows.call(kAnnaCall, QStringLiteral("anna"), 5 * 3600, std::nullopt);
    rows.timeline(kAnnaCall, QStringLiteral("anna"), 4 * 3600, QStringLiteral("step_entered"),
                  QStringLiteral("final_warning"));
    rows.timeline(kAnnaCall, QStringLiteral("anna"), 3 * 3600, QStringLiteral("hand_raised"),
                  QStringLiteral("final_warning"), QStringLiteral("Ostatnie ostrzeżenie"));
    rows.answer(kAnnaCall, QStringLiteral("lead"), 2 * 3600, QStringLiteral("Idę"));
    rows.call(kPiotrCall, QStringLiteral("piotr"), 600, std::nullopt);
    rows.timeline(kPiotrCall, QStringLiteral("piotr"), 500, QStringLiteral("step_entered"), QStringLiteral("boundary"));

    TeamBoard board = rows.board();
    REQUIRE(board.liveCalls.size() == 2);
    CHECK(board.liveCalls[0].stepId == QStringLiteral("final_warning"));
    CHECK(board.liveCalls[0].stepSince == kNow.addSecs(-4 * 3600));
    CHECK(board.liveCalls[1].stepId == QStringLiteral("boundary"));
    REQUIRE(board.answeredHands.size() == 1);
    CHECK(board.answeredHands[0].answer == QStringLiteral("Idę"));

    // Once the long call ended, a cool-down started within the hour still shows (a one-hour
    // cool-down, the longest a policy allows, started 50 minutes ago).
    rows.call(kAnnaCall, QStringLiteral("anna"), 5 * 3600, 3000, QStringLiteral("ended_by_consultant"));
    rows.timeline(kAnnaCall, QStringLiteral("anna"), 3000, QStringLiteral("cooldown_started"), {},
                  QStringLiteral("3600"));
    board = rows.board();
    REQUIRE(board.liveCalls.size() == 1);
    CHECK(board.liveCalls[0].stepId == QStringLiteral("boundary"));
    REQUIRE(board.coolDowns.size() == 1);
    CHECK(board.coolDowns[0].login == QStringLiteral("anna"));
    CHECK(board.answeredHands.empty());
}

TEST_CASE("A cool-down shows until it ends or its time is up")
{
    BoardRows rows;
    rows.call(kAnnaCall, QStringLiteral("anna"), 400, 100, QStringLiteral("ended_by_consultant"));
    rows.timeline(kAnnaCall, QStringLiteral("anna"), 100, QStringLiteral("cooldown_started"), {},
                  QStringLiteral("180"));
    rows.call(kPiotrCall, QStringLiteral("piotr"), 900, 800, QStringLiteral("escalated"));
    rows.timeline(kPiotrCall, QStringLiteral("piotr"), 800, QStringLiteral("cooldown_started"), {},
                  QStringLiteral("180"));

    TeamBoard board = rows.board();
    REQUIRE(board.coolDowns.size() == 1);
    CHECK(board.coolDowns[0].login == QStringLiteral("anna"));
    CHECK(board.coolDowns[0].endsAt == kNow.addSecs(80));

    rows.timeline(kAnnaCall, QStringLiteral("anna"), 50, QStringLiteral("cooldown_ended"), {},
                  QStringLiteral("skipped"));
    CHECK(rows.board().coolDowns.empty());
}

TEST_CASE("An incident's timeline reads oldest first")
{
    BoardRows rows;
    rows.call(kAnnaCall, QStringLiteral("anna"), 400, 100, QStringLiteral("ended_by_consultant"));
    rows.timeline(kAnnaCall, QStringLiteral("anna"), 150, QStringLiteral("step_entered"), QStringLiteral("warning"));
    rows.timeline(kAnnaCall, QStringLiteral("anna"), 400, QStringLiteral("step_entered"), QStringLiteral("offer_help"));
    QString error;
    const auto events = TeamBoardReader(rows.database()).timeline(kAnnaCall, &error);
    REQUIRE(events.size() == 2);
    CHECK(events[0].stepId == QStringLiteral("offer_help"));
    CHECK(events[1].stepId == QStringLiteral("warning"));
    CHECK(events[1].at == kNow.addSecs(-150));
}
