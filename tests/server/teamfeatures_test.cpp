// Team features on the server (migration 4, issue #18), tried the way desks and admins reach them:
// psql with each login's own credentials side by side, and the real steadyline binary. Team X:
// agents anna and bob, lead lena, admin adm. Team Y: agent yuri, lead yan.
#include "teamfixture.h"

#include "schemamigrator.h"

#include <QDateTime>
#include <QRegularExpression>

using steadyline::test::CommandRun;
using steadyline::test::PsqlRun;
using steadyline::test::runSteadyline;
using steadyline::test::ServerFixture;
using steadyline::test::Team;

namespace {

const QString kAnnaCall = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString kAnnaCall2 = QStringLiteral("11111111-1111-4111-8111-111111111112");
const QString kAnnaTraining = QStringLiteral("11111111-1111-4111-8111-111111111113");
const QString kBobCall = QStringLiteral("13333333-3333-4333-8333-333333333333");
const QString kYuriCall = QStringLiteral("12222222-2222-4222-8222-222222222222");
const QString kAnswer = QStringLiteral("51111111-1111-4111-8111-111111111111");
// A caller key as a desk makes it (64 hex digits); the server never sees what it was made of.
const QString kCallerKey = QStringLiteral("48b1c6a9289d0897b0b341cd0500ee61e143c251cd411cedea803f8f6e0c6a5f");
const QString kOtherKey = QStringLiteral("0000000000000000000000000000000000000000000000000000000000000001");

struct Teams : Team
{
    static QString call(const QString &id, const QString &outcome, const QString &callerKey = {}, bool training = false)
    {
        return QStringLiteral(R"({"kind":"call","id":"%1","data":{"started_at":"%2","ended_at":"%2",)"
                              R"("playbook_id":"standard","playbook_revision":3,"outcome":%3,"training":%4%5}})")
            .arg(id, QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate),
                 outcome.isEmpty() ? QStringLiteral("null") : QLatin1Char('"') + outcome + QLatin1Char('"'),
                 training ? QStringLiteral("true") : QStringLiteral("false"),
                 callerKey.isEmpty() ? QString() : QStringLiteral(R"(,"caller_key":"%1")").arg(callerKey));
    }

    static QString note(const QString &id, const QString &callId, const QString &tag)
    {
        return QStringLiteral(
                   R"({"kind":"note","id":"%1","data":{"call_id":"%2","at":"2026-12-06T10:01:00Z","tags":["%3"]}})")
            .arg(id, callId, tag);
    }

    static QString timeline(const QString &id, const QString &callId, const QString &kind)
    {
        return QStringLiteral(
                   R"({"kind":"timeline","id":"%1","data":{"call_id":"%2","at":"2026-12-06T10:01:00Z","kind":"%3","step_id":"final-warning","detail":"Final warning"}})")
            .arg(id, callId, kind);
    }

    // A step, countdown or final-action event of the method, written `secs` seconds into the call.
    static QString event(const QString &id, const QString &callId, int secs, const QString &kind, const QString &stepId,
                         const QString &detail = {})
    {
        return QStringLiteral(
                   R"({"kind":"timeline","id":"%1","data":{"call_id":"%2","at":"%3","kind":"%4","step_id":"%5","detail":"%6"}})")
            .arg(id, callId, QDateTime::currentDateTimeUtc().addSecs(-3600 + secs).toString(Qt::ISODate), kind, stepId,
                 detail);
    }

    static QString answer(const QString &id, const QString &callId, const QString &text)
    {
        return QStringLiteral(
                   R"({"kind":"hand_answer","id":"%1","data":{"call_id":"%2","at":"2026-12-06T10:01:30Z","text":"%3"}})")
            .arg(id, callId, text);
    }

    // The kinds and ids `login` pulls from the start, "kind:id" each.
    QStringList pulled(const QString &login) const
    {
        return ok(login, QStringLiteral("SELECT kind || ':' || id FROM steadyline.pull_changes(0)"))
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    CommandRun policy(const QStringList &options) const
    {
        return runSteadyline(QStringList{QStringLiteral("server"), QStringLiteral("policy"), QStringLiteral("--team"),
                                         QStringLiteral("X")} +
                             options + QStringList{QStringLiteral("--db"), adminUrl()});
    }
};

} // namespace

TEST_CASE("a lead answers a raised hand of the team, the consultant reads it, nobody else writes or reads it")
{
    Teams server;
    REQUIRE(server.ok(QStringLiteral("anna"),
                      Teams::push({Teams::call(kAnnaCall, {}),
                                   Teams::timeline(QStringLiteral("61111111-1111-4111-8111-111111111111"), kAnnaCall,
                                                   QStringLiteral("hand_raised"))})) == QStringLiteral("2"));
    REQUIRE(server.ok(QStringLiteral("yuri"), Teams::push({Teams::call(kYuriCall, {})})) == QStringLiteral("1"));
    // The lead sees the raised hand among the team's rows.
    CHECK(server.ok(QStringLiteral("lena"), QStringLiteral("SELECT data->>'kind' FROM steadyline.pull_changes(0) WHERE "
                                                           "kind = 'timeline'")) == QStringLiteral("hand_raised"));

    // An agent may not answer, not even their own call; a lead of Y not a call of X.
    for (const QString &login : {QStringLiteral("anna"), QStringLiteral("bob"), QStringLiteral("yan")}) {
        const PsqlRun refused = server.as(login, Teams::push({Teams::answer(kAnswer, kAnnaCall, QStringLiteral("x"))}));
        INFO(login.toStdString());
        CHECK(refused.exitCode != 0);
        CHECK(refused.err.contains(QStringLiteral("only a lead or admin of the call's team")));
    }
    // The second wall: inserting past push_changes is refused too (no privilege on the table).
    CHECK(server
              .as(QStringLiteral("yan"),
                  QStringLiteral("INSERT INTO steadyline.hand_answers (id, call_id, call_login, login, team, at, text) "
                                 "VALUES ('%1', '%2', 'anna', 'yan', 'X', now(), 'x')")
                      .arg(kAnswer, kAnnaCall))
              .exitCode != 0);

    CHECK(server.ok(QStringLiteral("lena"),
                    Teams::push({Teams::answer(kAnswer, kAnnaCall, QStringLiteral("Idę, 2 minuty")),
                                 Teams::answer(kAnswer, kAnnaCall, QStringLiteral("Idę, 2 minuty"))})) ==
          QStringLiteral("1"));
    // Empty and overlong answers are refused whole.
    CHECK(server
              .as(QStringLiteral("lena"),
                  Teams::push({Teams::answer(QStringLiteral("51111111-1111-4111-8111-111111111112"), kAnnaCall, {})}))
              .exitCode != 0);

    const QString answerRow = QStringLiteral("hand_answer:") + kAnswer;
    CHECK(server.pulled(QStringLiteral("anna")).contains(answerRow));
    CHECK(server.pulled(QStringLiteral("lena")).contains(answerRow));
    CHECK(server.pulled(QStringLiteral("adm")).contains(answerRow));
    CHECK_FALSE(server.pulled(QStringLiteral("bob")).contains(answerRow));
    CHECK_FALSE(server.pulled(QStringLiteral("yan")).contains(answerRow));
    CHECK(server.ok(QStringLiteral("anna"),
                    QStringLiteral("SELECT login || ' ' || (data->>'text') || ' ' || (data ? 'call_login')::text FROM "
                                   "steadyline.pull_changes(0) WHERE kind = 'hand_answer'")) ==
          QStringLiteral("lena Idę, 2 minuty false"));
    // The server recorded the answer in the audit log itself.
    CHECK(server
              .superuserSql(QStringLiteral("SELECT login || ' ' || action || ' ' || (detail->>'consultant') FROM "
                                           "steadyline.audit_log"))
              .trimmed() == QStringLiteral("lena hand_answered anna"));
}

TEST_CASE("caller_incidents counts the team's incidents with a caller by the one rule and shows no row")
{
    Teams server;
    // anna: an abusive call ended at 3½, a call calmed but tagged "threat", a training call ended
    // at 3½, a call calmed at step 2 and ended with F10; bob: a calmed call with the same caller;
    // yuri (team Y): an escalated call with it.
    const QString anna3 = QStringLiteral("11111111-1111-4111-8111-111111111114");
    const auto atMethodEnd = [](const QString &call, QChar tag) {
        return QStringList{
            Teams::event(QStringLiteral("3111111%1-1111-4111-8111-111111111111").arg(tag), call, 10,
                         QStringLiteral("step_entered"), QStringLiteral("final_warning")),
            Teams::event(QStringLiteral("3111111%1-1111-4111-8111-111111111112").arg(tag), call, 10,
                         QStringLiteral("countdown_started"), QStringLiteral("final_warning"), QStringLiteral("7000")),
            Teams::event(QStringLiteral("3111111%1-1111-4111-8111-111111111113").arg(tag), call, 17,
                         QStringLiteral("step_entered"), QStringLiteral("hang_up")),
            Teams::event(QStringLiteral("3111111%1-1111-4111-8111-111111111114").arg(tag), call, 17,
                         QStringLiteral("final_action"), QStringLiteral("hang_up"), QStringLiteral("hang_up"))};
    };
    REQUIRE(
        server.ok(
            QStringLiteral("anna"),
            Teams::push(QStringList{Teams::call(kAnnaCall, QStringLiteral("ended_by_consultant"), kCallerKey),
                                    Teams::call(kAnnaCall2, QStringLiteral("resolved"), kCallerKey),
                                    Teams::note(QStringLiteral("21111111-1111-4111-8111-111111111111"), kAnnaCall2,
                                                QStringLiteral("threat")),
                                    Teams::call(kAnnaTraining, QStringLiteral("ended_by_consultant"), kCallerKey, true),
                                    Teams::call(anna3, QStringLiteral("ended_by_consultant"), kCallerKey),
                                    Teams::event(QStringLiteral("31111119-1111-4111-8111-111111111111"), anna3, 5,
                                                 QStringLiteral("step_entered"), QStringLiteral("boundary"))} +
                        atMethodEnd(kAnnaCall, QLatin1Char('1')) + atMethodEnd(kAnnaTraining, QLatin1Char('2')))) ==
        QStringLiteral("14"));
    REQUIRE(server.ok(QStringLiteral("bob"), Teams::push({Teams::call(kBobCall, QStringLiteral("resolved"),
                                                                      kCallerKey)})) == QStringLiteral("1"));
    REQUIRE(server.ok(QStringLiteral("yuri"),
                      Teams::push(QStringList{Teams::call(kYuriCall, QStringLiteral("escalated"), kCallerKey)} +
                                  atMethodEnd(kYuriCall, QLatin1Char('3')))) == QStringLiteral("5"));

    const QString ask = QStringLiteral("SELECT steadyline.caller_incidents('%1', 30)").arg(kCallerKey);
    // bob reads none of anna's calls, yet learns that this caller abused the team twice.
    CHECK(server.ok(QStringLiteral("bob"), ask) == QStringLiteral("2"));
    CHECK(server.ok(QStringLiteral("lena"), ask) == QStringLiteral("2"));
    CHECK(server.ok(QStringLiteral("yuri"), ask) == QStringLiteral("1"));
    CHECK(server.ok(QStringLiteral("bob"),
                    QStringLiteral("SELECT steadyline.caller_incidents('%1', 30)").arg(kOtherKey)) ==
          QStringLiteral("0"));
    CHECK(server.pulled(QStringLiteral("bob")) == QStringList{QStringLiteral("call:") + kBobCall});
    // The lead's desk reads the flag with the call, as its board applies the rule.
    CHECK(server.ok(QStringLiteral("lena"),
                    QStringLiteral("SELECT string_agg((data->>'method_end'), ',' ORDER BY id) FROM "
                                   "steadyline.pull_changes(0) WHERE kind = 'call' AND id IN ('%1', '%2')")
                        .arg(kAnnaCall, anna3)) == QStringLiteral("true,false"));
    // The key stays on the server: no desk pulls it, and the table is out of reach.
    CHECK(server.ok(QStringLiteral("lena"), QStringLiteral("SELECT count(*) FROM steadyline.pull_changes(0) WHERE "
                                                           "data ? 'caller_key'")) == QStringLiteral("0"));
    CHECK(server.as(QStringLiteral("bob"), QStringLiteral("SELECT count(*) FROM steadyline.calls")).exitCode != 0);
    // Only well-formed questions.
    CHECK(server.as(QStringLiteral("bob"), QStringLiteral("SELECT steadyline.caller_incidents('ZG-2026/0042', 30)"))
              .err.contains(QStringLiteral("64 lower-case hex digits")));
    CHECK(
        server.as(QStringLiteral("bob"), QStringLiteral("SELECT steadyline.caller_incidents('%1', 0)").arg(kCallerKey))
            .exitCode != 0);
    CHECK(
        server
            .as(QStringLiteral("anna"), Teams::push({Teams::call(QStringLiteral("11111111-1111-4111-8111-11111111111f"),
                                                                 {}, QStringLiteral("ZG-2026/0042"))}))
            .exitCode != 0);

    // The dashboard's incidents follow the same rule: the tagged call counts, training does not.
    const QString incidents =
        server.ok(QStringLiteral("lena"), QStringLiteral("SELECT string_agg(id::text, ',' ORDER BY id) FROM "
                                                         "steadyline.team_incidents('X', now() - interval '1 day', "
                                                         "now())"));
    CHECK(incidents == kAnnaCall + QLatin1Char(',') + kAnnaCall2);
}

TEST_CASE("server policy sets the cool-down and the raised hand, and desks read them and their own team's secret only")
{
    Teams server;
    const CommandRun shown = server.policy({});
    INFO(shown.err.toStdString());
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("cool-down: 180 seconds")));
    CHECK(shown.out.contains(QStringLiteral("raise hand at final warning: no")));

    const CommandRun changed = server.policy({QStringLiteral("--cool-down"), QStringLiteral("300"),
                                              QStringLiteral("--raise-hand-at-final-warning"), QStringLiteral("yes")});
    INFO(changed.err.toStdString());
    REQUIRE(changed.exitCode == 0);
    CHECK(changed.out.contains(QStringLiteral("cool-down: 300 seconds")));
    CHECK(changed.out.contains(QStringLiteral("raise hand at final warning: yes")));
    CHECK(server.policy({QStringLiteral("--cool-down"), QStringLiteral("0")})
              .out.contains(QStringLiteral("cool-down: none")));

    for (const QString &bad : {QStringLiteral("-1"), QStringLiteral("3601"), QStringLiteral("3 min")}) {
        const CommandRun refused = server.policy({QStringLiteral("--cool-down"), bad});
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.contains(QStringLiteral("--cool-down must be a number of seconds from 0 (no cool-down) to "
                                                  "3600, not '%1'.")
                                       .arg(bad)));
    }
    const CommandRun maybe = server.policy({QStringLiteral("--raise-hand-at-final-warning"), QStringLiteral("maybe")});
    CHECK(maybe.exitCode == 2);
    CHECK(maybe.err.contains(QStringLiteral("--raise-hand-at-final-warning must be yes or no, not 'maybe'.")));
    // A refused change changed nothing.
    CHECK(server
              .superuserSql(QStringLiteral("SELECT cool_down_seconds || ' ' || raise_hand_at_final_warning FROM "
                                           "steadyline.teams WHERE name = 'X'"))
              .trimmed() == QStringLiteral("0 true"));

    const QString policyOfX = QStringLiteral("SELECT team || ' ' || cool_down_seconds || ' ' || "
                                             "raise_hand_at_final_warning || ' ' || caller_key_secret FROM "
                                             "steadyline.desk_policy()");
    const QString anna = server.ok(QStringLiteral("anna"), policyOfX);
    const QString lena = server.ok(QStringLiteral("lena"), policyOfX);
    const QString yuri = server.ok(QStringLiteral("yuri"), policyOfX);
    CHECK(anna == lena);
    CHECK(anna.startsWith(QStringLiteral("X 0 true ")));
    CHECK(QRegularExpression(QStringLiteral(" [0-9a-f]{64}$")).match(anna).hasMatch());
    CHECK(yuri.startsWith(QStringLiteral("Y 180 false ")));
    CHECK(yuri.section(QLatin1Char(' '), 3) != anna.section(QLatin1Char(' '), 3)); // a secret per team
    // Desks cannot change the policy or read the teams table.
    CHECK(server.as(QStringLiteral("lena"), QStringLiteral("SELECT * FROM steadyline.team_policy('X', cool_down => 1)"))
              .exitCode != 0);
    CHECK(
        server.as(QStringLiteral("lena"), QStringLiteral("SELECT caller_key_secret FROM steadyline.teams")).exitCode !=
        0);
}

TEST_CASE("members record what the issue audits, and server audit --since prints it to an admin and refuses others")
{
    Teams server;
    CHECK(server.ok(QStringLiteral("lena"), QStringLiteral("SELECT steadyline.record_audit('call_opened', "
                                                           "'{\"call_id\": \"%1\", \"consultant\": \"anna\"}')")
                                                .arg(kAnnaCall)) == QString());
    CHECK(server.ok(QStringLiteral("lena"),
                    QStringLiteral("SELECT steadyline.record_audit('export', '{\"what\": \"incidents.csv\"}')")) ==
          QString());
    const PsqlRun unknown =
        server.as(QStringLiteral("anna"), QStringLiteral("SELECT steadyline.record_audit('coffee_break', '{}')"));
    CHECK(unknown.err.contains(QStringLiteral("not an action the audit log records")));
    // Nobody reads or rewrites the log except through the admin's function.
    CHECK(server.as(QStringLiteral("lena"), QStringLiteral("SELECT * FROM steadyline.audit_log")).exitCode != 0);
    CHECK(server.as(QStringLiteral("adm"), QStringLiteral("DELETE FROM steadyline.audit_log")).exitCode != 0);
    CHECK(server
              .as(QStringLiteral("lena"), QStringLiteral("SELECT * FROM steadyline.audit_entries(now() - interval "
                                                         "'1 day')"))
              .exitCode != 0);

    const auto audit = [&](const QString &login, const QString &since) {
        if (!login.isEmpty())
            qputenv("PGPASSWORD", Teams::password(login).toUtf8());
        const CommandRun run =
            runSteadyline({QStringLiteral("server"), QStringLiteral("audit"), QStringLiteral("--since"), since,
                           QStringLiteral("--db"), login.isEmpty() ? server.adminUrl() : server.url(login)});
        qunsetenv("PGPASSWORD");
        return run;
    };
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const CommandRun admin = audit(QStringLiteral("adm"), today);
    INFO(admin.err.toStdString());
    REQUIRE(admin.exitCode == 0);
    const QStringList lines = admin.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].contains(QStringLiteral("  lena  X  call_opened  ")));
    CHECK(lines[0].contains(kAnnaCall));
    CHECK(lines[1].contains(QStringLiteral("  lena  X  export  ")));
    CHECK(audit({}, today).out == admin.out); // the cluster's superuser reads it too

    const CommandRun later = audit(QStringLiteral("adm"), QDate::currentDate().addDays(1).toString(Qt::ISODate));
    CHECK(later.exitCode == 0);
    CHECK(later.out.isEmpty());
    CHECK(later.err.contains(QStringLiteral("No audit entries since")));

    const CommandRun lead = audit(QStringLiteral("lena"), today);
    CHECK(lead.exitCode == 1);
    CHECK(lead.err.contains(QStringLiteral("only an admin login (or the cluster's superuser) reads the audit log.")));
    CHECK(lead.out.isEmpty());
    const CommandRun badDate = audit(QStringLiteral("adm"), QStringLiteral("yesterday"));
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err.contains(QStringLiteral("--since must be a date like 2026-12-01")));
}

TEST_CASE("Calmed after the final warning, a call is no longer at the method's end, and its row is sent again")
{
    Teams server;
    const QString pushed = Teams::push(
        {Teams::call(kAnnaCall, QStringLiteral("ended_by_consultant")),
         Teams::event(QStringLiteral("31111111-1111-4111-8111-111111111111"), kAnnaCall, 10,
                      QStringLiteral("step_entered"), QStringLiteral("final_warning")),
         Teams::event(QStringLiteral("31111111-1111-4111-8111-111111111112"), kAnnaCall, 10,
                      QStringLiteral("countdown_started"), QStringLiteral("final_warning"), QStringLiteral("7000"))});
    REQUIRE(server.ok(QStringLiteral("anna"), pushed) == QStringLiteral("3"));
    const QString flagAndSeq = QStringLiteral("SELECT method_end || ' ' || seq FROM steadyline.calls");
    const QStringList atWarning = server.superuserSql(flagAndSeq).trimmed().split(QLatin1Char(' '));
    REQUIRE(atWarning.size() == 2);
    CHECK(atWarning[0] == QStringLiteral("true"));
    // The caller calmed down during the countdown: the next step.
    REQUIRE(server.ok(QStringLiteral("anna"),
                      Teams::push({Teams::event(QStringLiteral("31111111-1111-4111-8111-111111111113"), kAnnaCall, 14,
                                                QStringLiteral("step_entered"), QStringLiteral("solve"))})) ==
            QStringLiteral("1"));
    const QStringList calmed = server.superuserSql(flagAndSeq).trimmed().split(QLatin1Char(' '));
    REQUIRE(calmed.size() == 2);
    CHECK(calmed[0] == QStringLiteral("false"));
    CHECK(calmed[1].toLongLong() > atWarning[1].toLongLong()); // the ended call goes to the leads again
    CHECK(
        server.ok(QStringLiteral("lena"), QStringLiteral("SELECT count(*) FROM steadyline.team_incidents('X', now() - "
                                                         "interval '1 day', now())")) == QStringLiteral("0"));
    // Hand-overs and plain endings are not the method's end.
    REQUIRE(server.ok(QStringLiteral("anna"),
                      Teams::push({Teams::event(QStringLiteral("31111111-1111-4111-8111-111111111114"), kAnnaCall, 20,
                                                QStringLiteral("final_action"), QStringLiteral("colleague"),
                                                QStringLiteral("hand_over"))})) == QStringLiteral("1"));
    CHECK(server.superuserSql(flagAndSeq).trimmed().startsWith(QStringLiteral("false ")));
}

TEST_CASE("server init migrates a schema 3 server to the latest and keeps its data")
{
    ServerFixture server;
    // Version 3 as released: the bundled migrations 1 to 3, recorded as the migrator records them.
    QString upToThree = QStringLiteral("BEGIN;\n");
    for (const auto &migration : steadyline::server::bundledMigrations()) {
        if (migration.version > 3)
            break;
        upToThree += migration.sql + QStringLiteral(";\nRESET ROLE;\nINSERT INTO steadyline.schema_version (version, "
                                                    "description) VALUES (%1, 'v%1');\n")
                                         .arg(migration.version);
    }
    server.superuserSql(upToThree + QStringLiteral("COMMIT;"));
    // A team and a call with a tagged note, as version 3 stored them (the CLI needs the latest now).
    server.superuserSql(
        QStringLiteral("INSERT INTO steadyline.teams (name) VALUES ('X');"
                       "INSERT INTO steadyline.calls (id, login, team, started_at, outcome, playbook_id, "
                       "playbook_revision) VALUES ('%1', 'anna', 'X', now() - interval '1 hour', 'resolved', 'p', 1);"
                       "INSERT INTO steadyline.notes (id, call_id, login, team, at, tags) VALUES "
                       "('21111111-1111-4111-8111-111111111111', '%1', 'anna', 'X', now(), '[\"insult\"]');")
            .arg(kAnnaCall));

    const CommandRun init = server.init();
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("Team server schema version %1 (migrated from version 3).")
                                .arg(steadyline::server::latestSchemaVersion())));
    CHECK(server.superuserSql(QStringLiteral("SELECT count(*) || ' ' || bool_and(abusive_tags) FROM steadyline.calls"))
              .trimmed() == QStringLiteral("1 true"));
    CHECK(server
              .superuserSql(QStringLiteral("SELECT cool_down_seconds || ' ' || raise_hand_at_final_warning || ' ' || "
                                           "length(caller_key_secret) FROM steadyline.teams"))
              .trimmed() == QStringLiteral("180 false 64"));
    CHECK(server.superuserSql(QStringLiteral("SELECT count(*) FROM steadyline.notes")).trimmed() ==
          QStringLiteral("1"));
    CHECK(server.init().out.contains(QStringLiteral("already current")));
}
