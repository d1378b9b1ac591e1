// Training assigned by the lead on the server (migration 9, issue #18 §7), tried the way desks reach
// it: psql with each login's own credentials side by side. Team X: agents anna and bob, lead lena,
// admin adm. Team Y: agent yuri, lead yan.
#include "teamfixture.h"

#include <QDateTime>

using steadyline::test::PsqlRun;
using steadyline::test::Team;

namespace {

const QString kForAnna = QStringLiteral("a1111111-1111-4111-8111-111111111111");
const QString kForBob = QStringLiteral("a1111111-1111-4111-8111-111111111112");
const QString kForYuri = QStringLiteral("a1111111-1111-4111-8111-111111111113");
const QString kScenario = QStringLiteral("calms-after-help-en");

struct Teams : Team
{
    static QString assignment(const QString &id, const QString &assignee, const QString &at,
                              const QString &scenario = kScenario)
    {
        return QStringLiteral(
                   R"({"kind":"training_assignment","id":"%1","data":{"login":"%2","scenario_id":"%3",)"
                   R"("scenario_title":"Calms after help","due_on":"2026-12-20","note":"Przed piątkiem","at":"%4"}})")
            .arg(id, assignee, scenario, at);
    }

    static QString withdrawal(const QString &id, const QString &assignmentId)
    {
        return QStringLiteral(
                   R"({"kind":"training_withdrawal","id":"%1","data":{"assignment_id":"%2","at":"2026-12-06T12:00:00Z"}})")
            .arg(id, assignmentId);
    }

    static QString attempt(const QString &id, const QString &at, int score, int max,
                           const QString &scenario = kScenario)
    {
        return QStringLiteral(R"({"kind":"training_attempt","id":"%1","data":{"at":"%2","scenario_id":"%3",)"
                              R"("score":%4,"max_score":%5}})")
            .arg(id, at, scenario)
            .arg(score)
            .arg(max);
    }

    // The ids of the assignments `login` pulls from the start.
    QStringList pulledAssignments(const QString &login) const
    {
        return ok(login, QStringLiteral("SELECT id FROM steadyline.pull_changes(0) WHERE kind = "
                                        "'training_assignment' ORDER BY id"))
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    // The team's assignments as the lead's dashboard reads them, one line each.
    QString status(const QString &login, const QString &team) const
    {
        return ok(login, QStringLiteral("SELECT assignee || ' ' || done || ' ' || attempts || ' ' || "
                                        "coalesce(best_percent::text, '-') || ' ' || coalesce(last_percent::text, '-') "
                                        "FROM steadyline.team_training_assignments('%1') ORDER BY assignee")
                             .arg(team));
    }
};

} // namespace

TEST_CASE("only a lead of the consultant's team or an admin assigns training, and each reads what is theirs")
{
    Teams server;
    const QString at = QStringLiteral("2026-12-06T09:00:00Z");
    // An agent cannot assign, not even to themself; a lead of Y not to a consultant of X.
    for (const QString &login : {QStringLiteral("anna"), QStringLiteral("bob"), QStringLiteral("yan")}) {
        const PsqlRun refused =
            server.as(login, Teams::push({Teams::assignment(kForAnna, QStringLiteral("anna"), at)}));
        INFO(login.toStdString() << ": " << refused.err.toStdString());
        CHECK(refused.exitCode != 0);
        CHECK((refused.err.contains(QStringLiteral("only a lead or an admin")) ||
               refused.err.contains(QStringLiteral("not a consultant of this lead's team"))));
    }
    // Nothing of a refused push was stored: the whole push is one transaction.
    CHECK(server.pulledAssignments(QStringLiteral("lena")).isEmpty());
    // The second wall: the table is out of reach past push_changes.
    CHECK(server
              .as(QStringLiteral("yan"),
                  QStringLiteral("INSERT INTO steadyline.training_assignments (id, login, team, assigned_by, "
                                 "assigned_at, scenario_id, scenario_title, due_on) VALUES ('%1', 'anna', 'X', 'yan', "
                                 "now(), 'x', 'x', current_date)")
                      .arg(kForAnna))
              .exitCode != 0);
    // A login that is no member of the team is refused by name.
    CHECK(server.as(QStringLiteral("lena"), Teams::push({Teams::assignment(kForAnna, QStringLiteral("yuri"), at)}))
              .err.contains(QStringLiteral("yuri is not a consultant of this lead's team")));

    // The lead assigns to anna and bob (the same change twice is stored once); an admin to yuri.
    CHECK(server.ok(QStringLiteral("lena"), Teams::push({Teams::assignment(kForAnna, QStringLiteral("anna"), at),
                                                         Teams::assignment(kForBob, QStringLiteral("bob"), at),
                                                         Teams::assignment(kForAnna, QStringLiteral("anna"), at)})) ==
          QStringLiteral("2"));
    CHECK(server.ok(QStringLiteral("adm"), Teams::push({Teams::assignment(kForYuri, QStringLiteral("yuri"), at)})) ==
          QStringLiteral("1"));
    // Another lead cannot take over the same id.
    CHECK(server.as(QStringLiteral("yan"), Teams::push({Teams::assignment(kForAnna, QStringLiteral("anna"), at)}))
              .exitCode != 0);

    // The assignee reads their own, the team's lead the team's, the admin all.
    CHECK(server.pulledAssignments(QStringLiteral("anna")) == QStringList{kForAnna});
    CHECK(server.pulledAssignments(QStringLiteral("bob")) == QStringList{kForBob});
    CHECK(server.pulledAssignments(QStringLiteral("lena")) == (QStringList{kForAnna, kForBob}));
    CHECK(server.pulledAssignments(QStringLiteral("yan")) == QStringList{kForYuri}); // the lead of Y
    CHECK(server.pulledAssignments(QStringLiteral("yuri")) == QStringList{kForYuri});
    CHECK(server.pulledAssignments(QStringLiteral("adm")) == (QStringList{kForAnna, kForBob, kForYuri}));
    CHECK(server.ok(QStringLiteral("anna"),
                    QStringLiteral("SELECT (data->>'assigned_by') || ' ' || (data->>'scenario_title') || ' ' || "
                                   "(data->>'due_on') || ' ' || (data->>'note') FROM steadyline.pull_changes(0) WHERE "
                                   "kind = 'training_assignment'")) ==
          QStringLiteral("lena Calms after help 2026-12-20 Przed piątkiem"));
    // The other kinds still pass through the wrapped push_changes and pull_changes.
    CHECK(server.ok(QStringLiteral("anna"),
                    Teams::push({Teams::attempt(QStringLiteral("b1111111-1111-4111-8111-111111111111"),
                                                QStringLiteral("2026-12-06T10:00:00Z"), 3, 4)})) ==
          QStringLiteral("1"));
    CHECK(server.ok(QStringLiteral("anna"),
                    QStringLiteral("SELECT string_agg(kind, ',' ORDER BY seq) FROM steadyline.pull_changes(0)")) ==
          QStringLiteral("training_assignment,training_attempt"));

    // The team's logins for the lead's choice come from team_members() (version 6; version 10
    // dropped its copy team_member_logins()): for leads and admins only.
    CHECK(server.ok(QStringLiteral("lena"),
                    QStringLiteral("SELECT string_agg(login || ':' || role, ' ') FROM steadyline.team_members()")) ==
          QStringLiteral("adm:admin anna:agent bob:agent lena:lead"));
    CHECK(server.ok(QStringLiteral("yan"),
                    QStringLiteral("SELECT string_agg(login::text, ' ') FROM steadyline.team_members()")) ==
          QStringLiteral("yan yuri"));
    CHECK(server.as(QStringLiteral("anna"), QStringLiteral("SELECT * FROM steadyline.team_members()")).exitCode != 0);
    CHECK(server.as(QStringLiteral("lena"), QStringLiteral("SELECT * FROM steadyline.team_member_logins()"))
              .err.contains(QStringLiteral("does not exist")));
    // The status for the dashboard: the team's lead and an admin; not another team's lead, no agent.
    CHECK(server.as(QStringLiteral("yan"), QStringLiteral("SELECT * FROM steadyline.team_training_assignments('X')"))
              .exitCode != 0);
    CHECK(server.as(QStringLiteral("anna"), QStringLiteral("SELECT * FROM steadyline.team_training_assignments('X')"))
              .exitCode != 0);
    CHECK(server.status(QStringLiteral("adm"), QStringLiteral("Y")) == QStringLiteral("yuri false 0 - -"));
}

TEST_CASE("an assignment is done once the consultant rehearsed its scenario after it was assigned")
{
    Teams server;
    REQUIRE(
        server.ok(
            QStringLiteral("lena"),
            Teams::push({Teams::assignment(kForAnna, QStringLiteral("anna"), QStringLiteral("2026-12-06T09:00:00Z")),
                         Teams::assignment(kForBob, QStringLiteral("bob"), QStringLiteral("2026-12-06T09:00:00Z"))})) ==
        QStringLiteral("2"));
    CHECK(server.status(QStringLiteral("lena"), QStringLiteral("X")) ==
          QStringLiteral("anna false 0 - -\nbob false 0 - -"));
    // Before the assignment, or another scenario: does not count.
    REQUIRE(server.ok(QStringLiteral("anna"),
                      Teams::push({Teams::attempt(QStringLiteral("b1111111-1111-4111-8111-111111111111"),
                                                  QStringLiteral("2026-12-06T08:59:59Z"), 4, 4),
                                   Teams::attempt(QStringLiteral("b1111111-1111-4111-8111-111111111112"),
                                                  QStringLiteral("2026-12-06T10:00:00Z"), 4, 4,
                                                  QStringLiteral("other-scenario"))})) == QStringLiteral("2"));
    CHECK(server.status(QStringLiteral("lena"), QStringLiteral("X")) ==
          QStringLiteral("anna false 0 - -\nbob false 0 - -"));
    // Two attempts after it: done; the best is 88 %, the last 38 % (rounded half up, as the desk).
    REQUIRE(server.ok(QStringLiteral("anna"),
                      Teams::push({Teams::attempt(QStringLiteral("b1111111-1111-4111-8111-111111111113"),
                                                  QStringLiteral("2026-12-06T10:00:00Z"), 7, 8),
                                   Teams::attempt(QStringLiteral("b1111111-1111-4111-8111-111111111114"),
                                                  QStringLiteral("2026-12-06T11:00:00Z"), 3, 8)})) ==
            QStringLiteral("2"));
    CHECK(server.status(QStringLiteral("lena"), QStringLiteral("X")) ==
          QStringLiteral("anna true 2 88 38\nbob false 0 - -"));
    CHECK(server.ok(QStringLiteral("lena"),
                    QStringLiteral("SELECT done_at = '2026-12-06T10:00:00Z' FROM "
                                   "steadyline.team_training_assignments('X') WHERE assignee = 'anna'")) ==
          QStringLiteral("t"));
}

TEST_CASE("a lead withdraws an assignment, desks pull the withdrawal, nobody else withdraws it")
{
    Teams server;
    REQUIRE(server.ok(QStringLiteral("lena"),
                      Teams::push({Teams::assignment(kForAnna, QStringLiteral("anna"),
                                                     QStringLiteral("2026-12-06T09:00:00Z"))})) == QStringLiteral("1"));
    const QString before =
        server.ok(QStringLiteral("anna"), QStringLiteral("SELECT max(seq) FROM steadyline.pull_changes(0)"));
    // An agent (even the assignee) and another team's lead cannot withdraw it.
    for (const QString &login : {QStringLiteral("anna"), QStringLiteral("yan")}) {
        const PsqlRun refused = server.as(
            login, Teams::push({Teams::withdrawal(QStringLiteral("c1111111-1111-4111-8111-111111111111"), kForAnna)}));
        INFO(login.toStdString());
        CHECK(refused.exitCode != 0);
    }
    CHECK(server.ok(QStringLiteral("anna"),
                    QStringLiteral("SELECT count(*) FROM steadyline.pull_changes(%1)").arg(before)) ==
          QStringLiteral("0"));

    CHECK(server.ok(QStringLiteral("lena"),
                    Teams::push({Teams::withdrawal(QStringLiteral("c1111111-1111-4111-8111-111111111111"),
                                                   kForAnna)})) == QStringLiteral("1"));
    // Withdrawn twice (a push repeated after a lost answer): nothing changes, no error.
    CHECK(server.ok(QStringLiteral("lena"),
                    Teams::push({Teams::withdrawal(QStringLiteral("c1111111-1111-4111-8111-111111111111"),
                                                   kForAnna)})) == QStringLiteral("0"));
    // The assignee's desk pulls the row again, now withdrawn; the dashboard no longer lists it.
    CHECK(server.ok(QStringLiteral("anna"),
                    QStringLiteral("SELECT id || ' ' || (data->>'withdrawn_by') FROM steadyline.pull_changes(%1)")
                        .arg(before)) == kForAnna + QStringLiteral(" lena"));
    CHECK(server.status(QStringLiteral("lena"), QStringLiteral("X")).isEmpty());
    // An unknown assignment is refused by name.
    CHECK(server
              .as(QStringLiteral("lena"),
                  Teams::push({Teams::withdrawal(QStringLiteral("c1111111-1111-4111-8111-111111111112"),
                                                 QStringLiteral("a9999999-1111-4111-8111-111111111111"))}))
              .err.contains(QStringLiteral("no training assignment a9999999")));
}
