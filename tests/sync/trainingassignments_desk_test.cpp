// Training assigned by the lead on the desk, without a server: what a lead's desk queues, how the
// pulled rows and the attempts decide "done", best and last score, and what a withdrawal hides.
#include "catch_qt.h"
#include "journal/journal.h"
#include "teamstore.h"
#include "trainingassignments.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace steadyline;
using namespace steadyline::sync;

namespace {

const QDateTime kAssignedAt = QDateTime(QDate(2026, 12, 6), QTime(9, 0), QTimeZone::utc());

QSqlDatabase dbOf(const journal::Journal &journal)
{
    return QSqlDatabase::database(journal.connectionName(), false);
}

std::unique_ptr<journal::Journal> joinedJournal(const QTemporaryDir &dir, const QString &login)
{
    QString error;
    auto journal = journal::Journal::open(dir.path(), &error);
    REQUIRE(journal);
    REQUIRE(TeamStore(dbOf(*journal))
                .join(QStringLiteral("postgresql://%1@server/steadyline").arg(login), login, QStringLiteral("Claims"),
                      QString(), &error));
    return journal;
}

// A row as pull_changes gives it.
TeamChange assignmentRow(qint64 seq, const QString &id, const QString &assignee, const QString &scenario,
                         const QDate &due, bool withdrawn = false)
{
    QJsonObject data{{QStringLiteral("assigned_by"), QStringLiteral("lena")},
                     {QStringLiteral("assigned_at"), QStringLiteral("2026-12-06T09:00:00+00:00")},
                     {QStringLiteral("scenario_id"), scenario},
                     {QStringLiteral("scenario_title"), scenario.toUpper()},
                     {QStringLiteral("due_on"), due.toString(Qt::ISODate)},
                     {QStringLiteral("note"), QStringLiteral("Przed piątkiem")},
                     {QStringLiteral("withdrawn_at"), withdrawn
                                                          ? QJsonValue(QStringLiteral("2026-12-06T12:00:00+00:00"))
                                                          : QJsonValue(QJsonValue::Null)}};
    return {seq, QStringLiteral("training_assignment"), id, assignee, QStringLiteral("Claims"), data};
}

TeamChange attemptRow(qint64 seq, const QString &login, const QString &scenario, const QString &at, int score)
{
    return {seq,
            QStringLiteral("training_attempt"),
            QStringLiteral("b0000000-0000-4000-8000-%1").arg(seq, 12, 10, QLatin1Char('0')),
            login,
            QStringLiteral("Claims"),
            {{QStringLiteral("at"), at},
             {QStringLiteral("scenario_id"), scenario},
             {QStringLiteral("score"), score},
             {QStringLiteral("max_score"), 8}}};
}

} // namespace

TEST_CASE("The percentage of an attempt is rounded half up and kept within 0 to 100, as on the server")
{
    CHECK(attemptPercent(7, 8) == 88);
    CHECK(attemptPercent(3, 8) == 38);
    CHECK(attemptPercent(1, 3) == 33);
    CHECK(attemptPercent(-2, 8) == 0);
    CHECK(attemptPercent(5, 0) == 0);
}

TEST_CASE("A consultant's assignments: done by an attempt after it was assigned, best and last score")
{
    QTemporaryDir dir;
    auto journal = joinedJournal(dir, QStringLiteral("anna"));
    QString error;
    const QDate today = QDate::currentDate();
    REQUIRE(TeamStore(dbOf(*journal))
                .storePulled({assignmentRow(1, QStringLiteral("a0000000-0000-4000-8000-000000000001"),
                                            QStringLiteral("anna"), QStringLiteral("turtle"), today.addDays(-1)),
                              assignmentRow(2, QStringLiteral("a0000000-0000-4000-8000-000000000002"),
                                            QStringLiteral("anna"), QStringLiteral("fox"), today.addDays(3)),
                              assignmentRow(3, QStringLiteral("a0000000-0000-4000-8000-000000000003"),
                                            QStringLiteral("anna"), QStringLiteral("owl"), today, true)},
                             QDateTime::currentDateTimeUtc(), &error, 0));
    TrainingAssignments assignments(dbOf(*journal));
    auto mine = assignments.forConsultant(QStringLiteral("anna"), &error);
    REQUIRE(error.isEmpty());
    // The withdrawn one is gone; what is still to do comes first, the earliest due first.
    REQUIRE(mine.size() == 2);
    CHECK(mine[0].scenarioId == u"turtle");
    CHECK(mine[0].overdue(today));
    CHECK(mine[0].assignedBy == u"lena");
    CHECK(mine[0].note == u"Przed piątkiem");
    CHECK(mine[1].scenarioId == u"fox");
    CHECK_FALSE(mine[1].overdue(today));
    CHECK(assignments.forConsultant(QStringLiteral("bob"), &error).empty());

    // A rehearsal before the assignment does not count; two after it do, stored on this desk
    // (not pushed yet), and one of them also came back from the server: counted once.
    for (const auto &[minutes, score] : {std::pair{-30, 8}, std::pair{60, 7}, std::pair{120, 3}}) {
        journal::TrainingAttempt attempt;
        attempt.scenarioId = QStringLiteral("turtle");
        attempt.finishedAt = kAssignedAt.addSecs(minutes * 60);
        attempt.score = score;
        attempt.max = 8;
        attempt.percent = attemptPercent(score, 8);
        REQUIRE(journal->addTrainingAttempt(attempt).ok);
    }
    REQUIRE(TeamStore(dbOf(*journal))
                .storePulled({attemptRow(4, QStringLiteral("anna"), QStringLiteral("turtle"),
                                         QStringLiteral("2026-12-06T10:00:00+00:00"), 7)},
                             QDateTime::currentDateTimeUtc(), &error, 0));
    mine = assignments.forConsultant(QStringLiteral("anna"), &error);
    REQUIRE(mine.size() == 2);
    // Done now: the fox (still to do) comes first.
    CHECK(mine[0].scenarioId == u"fox");
    CHECK_FALSE(mine[0].done());
    const TrainingAssignment &turtle = mine[1];
    CHECK(turtle.done());
    CHECK_FALSE(turtle.overdue(today));
    CHECK(turtle.doneAt == kAssignedAt.addSecs(3600));
    CHECK(turtle.attempts == 2);
    CHECK(turtle.bestPercent == 88);
    CHECK(turtle.lastPercent == 38);
}

TEST_CASE("A lead's desk queues assignments and withdrawals, shows them waiting, and scores the team's")
{
    QTemporaryDir dir;
    auto journal = joinedJournal(dir, QStringLiteral("lena"));
    QString error;
    TrainingAssignments assignments(dbOf(*journal));
    // Bad input is refused with a sentence and nothing queued.
    CHECK(assignments.queueAssignment({}, QStringLiteral("turtle"), {}, QDate(2026, 12, 20), {}, kAssignedAt, &error)
              .isEmpty());
    CHECK(error.contains(QStringLiteral("needs a consultant")));
    CHECK(assignments
              .queueAssignment(QStringLiteral("anna"), QStringLiteral("turtle"), {}, QDate(2026, 12, 20),
                               QString(TrainingAssignments::kLongestNote + 1, QLatin1Char('x')), kAssignedAt, &error)
              .isEmpty());
    CHECK(error.contains(QStringLiteral("at most 500")));
    CHECK(TeamStore(dbOf(*journal)).waiting(&error) == 0);

    const QString queued =
        assignments.queueAssignment(QStringLiteral("anna"), QStringLiteral("turtle"), QStringLiteral("Turtle"),
                                    QDate(2026, 12, 20), QStringLiteral("  proszę  "), kAssignedAt, &error);
    REQUIRE_FALSE(queued.isEmpty());
    const auto batch = TeamStore(dbOf(*journal)).nextBatch(10, &error);
    REQUIRE(batch.size() == 1);
    CHECK(batch[0].kind == u"training_assignment");
    CHECK(batch[0].id == queued);
    CHECK(batch[0].data.value(QStringLiteral("login")).toString() == u"anna");
    CHECK(batch[0].data.value(QStringLiteral("due_on")).toString() == u"2026-12-20");
    CHECK(batch[0].data.value(QStringLiteral("note")).toString() == u"proszę");
    auto team = assignments.forTeam(&error);
    REQUIRE(team.size() == 1);
    CHECK(team[0].waiting);
    CHECK(team[0].assignee == u"anna");

    // Pushed and pulled back: no longer waiting; bob's attempt does not make anna's done.
    REQUIRE(TeamStore(dbOf(*journal)).removePushed(batch[0].seq, QDateTime::currentDateTimeUtc(), &error));
    REQUIRE(TeamStore(dbOf(*journal))
                .storePulled(
                    {assignmentRow(7, queued, QStringLiteral("anna"), QStringLiteral("turtle"), QDate(2026, 12, 20)),
                     attemptRow(8, QStringLiteral("bob"), QStringLiteral("turtle"),
                                QStringLiteral("2026-12-06T10:00:00+00:00"), 8)},
                    QDateTime::currentDateTimeUtc(), &error, batch[0].seq));
    team = assignments.forTeam(&error);
    REQUIRE(team.size() == 1);
    CHECK_FALSE(team[0].waiting);
    CHECK_FALSE(team[0].done());
    REQUIRE(TeamStore(dbOf(*journal))
                .storePulled({attemptRow(9, QStringLiteral("anna"), QStringLiteral("turtle"),
                                         QStringLiteral("2026-12-06T11:00:00+00:00"), 6)},
                             QDateTime::currentDateTimeUtc(), &error, 0));
    team = assignments.forTeam(&error);
    REQUIRE(team.size() == 1);
    CHECK(team[0].done());
    CHECK(team[0].bestPercent == 75);

    // Withdrawn on this desk: hidden at once, while the withdrawal waits for the server.
    CHECK_FALSE(assignments.queueWithdrawal(QStringLiteral("not an id"), kAssignedAt, &error));
    REQUIRE(assignments.queueWithdrawal(queued, QDateTime::currentDateTimeUtc(), &error));
    CHECK(assignments.forTeam(&error).empty());
    CHECK(TeamStore(dbOf(*journal)).nextBatch(10, &error).back().kind == u"training_withdrawal");
}

TEST_CASE("A change the server took still shows until the pull brings it back, and is never sent twice")
{
    QTemporaryDir dir;
    auto journal = joinedJournal(dir, QStringLiteral("lena"));
    QString error;
    TrainingAssignments assignments(dbOf(*journal));
    TeamStore store(dbOf(*journal));
    const auto outboxRows = [&journal] {
        QSqlQuery q(dbOf(*journal));
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM outbox")));
        REQUIRE(q.next());
        return q.value(0).toInt();
    };
    const QString queued =
        assignments.queueAssignment(QStringLiteral("anna"), QStringLiteral("turtle"), QStringLiteral("Turtle"),
                                    QDate(2026, 12, 20), {}, kAssignedAt, &error);
    REQUIRE_FALSE(queued.isEmpty());

    // The sync worker pushed it; the lead's window reads before the worker's pull: still there.
    REQUIRE(store.removePushed(store.nextBatch(10, &error).back().seq, QDateTime::currentDateTimeUtc(), &error));
    CHECK(store.waiting(&error) == 0);
    CHECK(store.nextBatch(10, &error).empty());
    REQUIRE(assignments.forTeam(&error).size() == 1);
    // Its row arrives with more rows to come: listed once, as the server has it.
    REQUIRE(store.storePulled(
        {assignmentRow(5, queued, QStringLiteral("anna"), QStringLiteral("turtle"), QDate(2026, 12, 20))},
        QDateTime::currentDateTimeUtc(), &error, 0));
    const auto listed = assignments.forTeam(&error);
    REQUIRE(listed.size() == 1);
    CHECK_FALSE(listed[0].waiting);
    CHECK(outboxRows() == 1);

    // A withdrawal pushed, not pulled yet: the assignment stays withdrawn on this desk.
    REQUIRE(assignments.queueWithdrawal(queued, QDateTime::currentDateTimeUtc(), &error));
    const auto withdrawal = store.nextBatch(10, &error);
    REQUIRE(withdrawal.size() == 1);
    REQUIRE(store.removePushed(withdrawal.back().seq, QDateTime::currentDateTimeUtc(), &error));
    CHECK(assignments.forTeam(&error).empty());
    CHECK(outboxRows() == 2);

    // A pull with more rows to come keeps them; the pull that catches up takes them out.
    REQUIRE(store.storePulled({attemptRow(6, QStringLiteral("bob"), QStringLiteral("turtle"),
                                          QStringLiteral("2026-12-06T10:00:00+00:00"), 8)},
                              QDateTime::currentDateTimeUtc(), &error, 0));
    CHECK(outboxRows() == 2);
    CHECK(assignments.forTeam(&error).empty());
    REQUIRE(store.storePulled(
        {assignmentRow(7, queued, QStringLiteral("anna"), QStringLiteral("turtle"), QDate(2026, 12, 20), true)},
        QDateTime::currentDateTimeUtc(), &error, store.pushedThroughSeq(&error)));
    INFO(error.toStdString());
    CHECK(outboxRows() == 0);
    CHECK(assignments.forTeam(&error).empty());
    CHECK(store.waiting(&error) == 0);
}
