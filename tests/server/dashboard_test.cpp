// The lead's dashboard on the team server (migration 3): what each question answers on a small
// data set pushed by real desk logins, and that a lead sees only their own team. Speed is the
// benchmark's business (bench/bench_server.cpp); this checks the answers.
#include "teamfixture.h"

using steadyline::test::PsqlRun;
using steadyline::test::Team;

namespace {

// Team north: agents anna and bob, lead lena. Team south: agent yuri, lead yan.
struct Dashboard : Team
{
    Dashboard()
        : Team({{"anna", "agent", "north"},
                {"bob", "agent", "north"},
                {"lena", "lead", "north"},
                {"yuri", "agent", "south"},
                {"yan", "lead", "south"}})
    {}

    void push(const QString &login, const QStringList &changes) const { ok(login, Team::push(changes)); }
};

// A call with a number of its own (its UUID's last digits), started at `started` (UTC).
QString callId(int number)
{
    return QStringLiteral("11111111-1111-4111-8111-%1").arg(number, 12, 10, QLatin1Char('0'));
}

// A call ended by the consultant or security ended at the final warning here: its countdown_started
// event follows it in the same push (the server's calls.method_end, the incident rule).
QString call(int number, const QString &started, const QString &outcome, bool training = false)
{
    QString changes =
        QStringLiteral(R"({"kind":"call","id":"%1","data":{"started_at":"%2","ended_at":"%2","outcome":"%3",)"
                       R"("playbook_id":"standard","playbook_revision":3,"training":%4}})")
            .arg(callId(number), started, outcome, training ? QStringLiteral("true") : QStringLiteral("false"));
    if (outcome == QStringLiteral("ended_by_consultant") || outcome == QStringLiteral("escalated"))
        changes += QStringLiteral(R"(,{"kind":"timeline","id":"61111111-1111-4111-8111-%1","data":{"call_id":"%2",)"
                                  R"("at":"%3","kind":"countdown_started","step_id":"final_warning","detail":"7000"}})")
                       .arg(number, 12, 10, QLatin1Char('0'))
                       .arg(callId(number), started);
    return changes;
}

QString promiseId(int number)
{
    return QStringLiteral("31111111-1111-4111-8111-%1").arg(number, 12, 10, QLatin1Char('0'));
}

QString promise(int number, int call, const QString &dueAt)
{
    return QStringLiteral(R"({"kind":"promise","id":"%1","data":{"call_id":"%2","at":"2026-11-02T10:00:00Z",)"
                          R"("text":"promise %3"%4}})")
        .arg(promiseId(number), callId(call), QString::number(number),
             dueAt.isEmpty() ? QString() : QStringLiteral(R"(,"due_at":"%1")").arg(dueAt));
}

QString status(int number, int promise, const QString &at, const QString &value)
{
    return QStringLiteral(R"({"kind":"promise_status","id":"41111111-1111-4111-8111-%1","data":{"promise_id":"%2",)"
                          R"("at":"%3","status":"%4"}})")
        .arg(number, 12, 10, QLatin1Char('0'))
        .arg(promiseId(promise), at, value);
}

const QString kWeek = QStringLiteral("'2026-11-02T00:00:00Z', '2026-11-09T00:00:00Z'");

} // namespace

TEST_CASE("the dashboard counts a team's incidents and outcomes, and a lead sees only their team")
{
    Dashboard server;
    server.push(QStringLiteral("anna"),
                {call(1, QStringLiteral("2026-11-02T09:00:00Z"), QStringLiteral("escalated")),
                 call(2, QStringLiteral("2026-11-02T11:00:00Z"), QStringLiteral("ended_by_consultant")),
                 call(3, QStringLiteral("2026-11-03T09:00:00Z"), QStringLiteral("resolved")),
                 // A training call is no incident, and counts in no outcome.
                 call(4, QStringLiteral("2026-11-03T10:00:00Z"), QStringLiteral("escalated"), true),
                 // The week before.
                 call(5, QStringLiteral("2026-11-01T22:59:00Z"), QStringLiteral("escalated"))});
    server.push(QStringLiteral("bob"), {call(6, QStringLiteral("2026-11-03T12:00:00Z"), QStringLiteral("escalated"))});
    server.push(QStringLiteral("yuri"),
                {call(7, QStringLiteral("2026-11-02T09:30:00Z"), QStringLiteral("escalated")),
                 call(8, QStringLiteral("2026-11-04T09:30:00Z"), QStringLiteral("ended_by_consultant"))});

    const QString incidents =
        QStringLiteral("SELECT string_agg(login || ' ' || outcome, ', ' ORDER BY started_at) FROM "
                       "steadyline.team_incidents('%1', %2)");
    CHECK(server.ok(QStringLiteral("lena"), incidents.arg(QStringLiteral("north"), kWeek)) ==
          QStringLiteral("anna escalated, anna ended_by_consultant, bob escalated"));
    CHECK(server.ok(QStringLiteral("lena"), incidents.arg(QStringLiteral("south"), kWeek)).isEmpty());
    CHECK(server.ok(QStringLiteral("yan"), incidents.arg(QStringLiteral("south"), kWeek)) ==
          QStringLiteral("yuri escalated, yuri ended_by_consultant"));
    CHECK(server.ok(QStringLiteral("yan"), incidents.arg(QStringLiteral("north"), kWeek)).isEmpty());

    // Days in Warsaw's time: the call at 22:59 UTC on 1 November is on the 1st there too (UTC+1),
    // one at 23:30 UTC would not be.
    const QString outcomes =
        QStringLiteral("SELECT string_agg(day || ' ' || outcome || ' ' || calls, ', ' ORDER BY day, outcome) FROM "
                       "steadyline.team_outcomes_per_day('north', '2026-11-01T00:00:00Z', '2026-11-09T00:00:00Z', "
                       "'Europe/Warsaw')");
    CHECK(server.ok(QStringLiteral("lena"), outcomes) ==
          QStringLiteral("2026-11-01 escalated 1, 2026-11-02 ended_by_consultant 1, 2026-11-02 escalated 1, "
                         "2026-11-03 escalated 1, 2026-11-03 resolved 1"));
    CHECK(server.ok(QStringLiteral("yan"), outcomes).isEmpty());

    // Agents have no dashboard.
    const PsqlRun agent = server.as(QStringLiteral("anna"), incidents.arg(QStringLiteral("north"), kWeek));
    CHECK(agent.exitCode != 0);
    CHECK(agent.err.contains(QStringLiteral("permission denied")));
}

TEST_CASE("open promises come overdue first and leave the list when kept, by the latest status change")
{
    Dashboard server;
    server.push(QStringLiteral("anna"), {call(1, QStringLiteral("2026-11-02T09:00:00Z"), QStringLiteral("escalated")),
                                         promise(1, 1, QStringLiteral("2026-11-20T10:00:00Z")), promise(2, 1, {}),
                                         promise(3, 1, QStringLiteral("2026-11-05T10:00:00Z")),
                                         promise(4, 1, QStringLiteral("2026-11-04T10:00:00Z")),
                                         status(1, 4, QStringLiteral("2026-11-04T09:00:00Z"), QStringLiteral("kept"))});
    server.push(QStringLiteral("yuri"), {call(2, QStringLiteral("2026-11-02T09:00:00Z"), QStringLiteral("resolved")),
                                         promise(5, 2, QStringLiteral("2026-11-01T10:00:00Z"))});

    const QString open =
        QStringLiteral("SELECT string_agg(text, ', ' ORDER BY n) FROM (SELECT text, row_number() OVER () AS n FROM "
                       "steadyline.team_open_promises('%1')) AS shown");
    CHECK(server.ok(QStringLiteral("lena"), open.arg(QStringLiteral("north"))) ==
          QStringLiteral("promise 3, promise 1, promise 2"));
    CHECK(server.ok(QStringLiteral("yan"), open.arg(QStringLiteral("south"))) == QStringLiteral("promise 5"));
    CHECK(server.ok(QStringLiteral("yan"), open.arg(QStringLiteral("north"))).isEmpty());

    // The lead takes over and keeps promise 3; a desk that was offline then reopens promise 4 with
    // an older time: the latest by the desk's time wins, so 4 stays kept.
    server.push(QStringLiteral("lena"), {status(2, 3, QStringLiteral("2026-11-05T09:00:00Z"), QStringLiteral("kept"))});
    server.push(QStringLiteral("anna"), {status(3, 4, QStringLiteral("2026-11-03T09:00:00Z"), QStringLiteral("open"))});
    CHECK(server.ok(QStringLiteral("lena"), open.arg(QStringLiteral("north"))) ==
          QStringLiteral("promise 1, promise 2"));
    // Reopened later than it was kept: back on the list, in order of its due time.
    server.push(QStringLiteral("anna"), {status(4, 3, QStringLiteral("2026-11-06T09:00:00Z"), QStringLiteral("open"))});
    CHECK(server.ok(QStringLiteral("lena"), open.arg(QStringLiteral("north"))) ==
          QStringLiteral("promise 3, promise 1, promise 2"));
    // A promise whose due time changes moves.
    server.push(QStringLiteral("anna"), {promise(2, 1, QStringLiteral("2026-11-01T10:00:00Z"))});
    CHECK(server.ok(QStringLiteral("lena"), open.arg(QStringLiteral("north"))) ==
          QStringLiteral("promise 2, promise 3, promise 1"));
}
