// Privacy on the team server, checked the way an attacker at a desk would try it: psql with an
// agent's or a lead's own credentials, over TLS, against a real PostgreSQL 15.
#include "teamfixture.h"

#include "serveraddress.h"
#include "serverconnection.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

using steadyline::test::PsqlRun;

namespace {

const QString kAnnaCall = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString kAnnaNote = QStringLiteral("21111111-1111-4111-8111-111111111111");
const QString kAnnaPromise = QStringLiteral("31111111-1111-4111-8111-111111111111");
const QString kYuriCall = QStringLiteral("12222222-2222-4222-8222-222222222222");
const QString kYuriNote = QStringLiteral("22222222-2222-4222-8222-222222222222");

// Team X: agents anna and bob, lead lena. Team Y: agent yuri, lead yan. An admin, adm, in X.
struct Team : steadyline::test::Team
{
    static QString push(const QString &changes)
    {
        return QStringLiteral("SELECT steadyline.push_changes('[%1]'::jsonb)").arg(changes);
    }

    static QString call(const QString &id)
    {
        return QStringLiteral(
                   R"({"kind":"call","id":"%1","data":{"started_at":"2026-12-06T10:00:00Z","playbook_id":"standard","playbook_revision":3}})")
            .arg(id);
    }

    static QString note(const QString &id, const QString &callId, const QString &text)
    {
        return QStringLiteral(
                   R"({"kind":"note","id":"%1","data":{"call_id":"%2","at":"2026-12-06T10:01:00Z","text":"%3","tags":["insult"]}})")
            .arg(id, callId, text);
    }

    static QString promise(const QString &id, const QString &callId, const QString &text)
    {
        return QStringLiteral(
                   R"({"kind":"promise","id":"%1","data":{"call_id":"%2","at":"2026-12-06T10:02:00Z","text":"%3"}})")
            .arg(id, callId, text);
    }

    static QString promiseStatus(const QString &id, const QString &promiseId, const QString &status)
    {
        return QStringLiteral(
                   R"({"kind":"promise_status","id":"%1","data":{"promise_id":"%2","at":"2026-12-06T11:00:00Z","status":"%3"}})")
            .arg(id, promiseId, status);
    }

    // anna (X) and yuri (Y) each push a call with a note; anna also a promise.
    void pushBothTeams() const
    {
        CHECK(ok(QStringLiteral("anna"),
                 push(call(kAnnaCall) + QLatin1Char(',') +
                      note(kAnnaNote, kAnnaCall, QStringLiteral("PESEL 44051401359")) + QLatin1Char(',') +
                      promise(kAnnaPromise, kAnnaCall, QStringLiteral("call back on Monday")))) == QStringLiteral("3"));
        CHECK(ok(QStringLiteral("yuri"), push(call(kYuriCall) + QLatin1Char(',') +
                                              note(kYuriNote, kYuriCall, QStringLiteral("a note of team Y")))) ==
              QStringLiteral("2"));
    }

    // The ids of what `login` pulls from the start.
    QStringList pulledIds(const QString &login) const
    {
        return ok(login, QStringLiteral("SELECT id FROM steadyline.pull_changes(0)"))
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
};

} // namespace

TEST_CASE("an agent reads their own rows and no row of another agent")
{
    Team team;
    team.pushBothTeams();
    CHECK(team.pulledIds(QStringLiteral("anna")) == QStringList{kAnnaCall, kAnnaNote, kAnnaPromise});
    // bob is in anna's team, but an agent: nothing of hers.
    CHECK(team.pulledIds(QStringLiteral("bob")).isEmpty());
    CHECK(team.pulledIds(QStringLiteral("yuri")) == QStringList{kYuriCall, kYuriNote});
}

TEST_CASE("a lead reads their team's rows and nothing of another team, and an admin reads everything")
{
    Team team;
    team.pushBothTeams();
    CHECK(team.pulledIds(QStringLiteral("lena")) == QStringList{kAnnaCall, kAnnaNote, kAnnaPromise});
    CHECK(team.pulledIds(QStringLiteral("yan")) == QStringList{kYuriCall, kYuriNote});
    CHECK(team.pulledIds(QStringLiteral("adm")).size() == 5);
}

TEST_CASE("an agent cannot change another agent's promise, call or note")
{
    Team team;
    team.pushBothTeams();
    const PsqlRun status = team.as(
        QStringLiteral("bob"), Team::push(Team::promiseStatus(QStringLiteral("41111111-1111-4111-8111-111111111111"),
                                                              kAnnaPromise, QStringLiteral("cancelled"))));
    CHECK(status.exitCode != 0);
    CHECK(status.err.contains(QStringLiteral("no promise %1 that this login may change").arg(kAnnaPromise)));
    // Her promise's id again, on a call of his own: still hers.
    const QString bobCall = QStringLiteral("13333333-3333-4333-8333-333333333333");
    CHECK(team.ok(QStringLiteral("bob"), Team::push(Team::call(bobCall))) == QStringLiteral("1"));
    const PsqlRun overwrite =
        team.as(QStringLiteral("bob"), Team::push(Team::promise(kAnnaPromise, bobCall, QStringLiteral("forget it"))));
    CHECK(overwrite.exitCode != 0);
    CHECK(overwrite.err.contains(QStringLiteral("belongs to another login")));
    const PsqlRun noteOnHerCall =
        team.as(QStringLiteral("bob"), Team::push(Team::note(kAnnaNote, kAnnaCall, QStringLiteral("x"))));
    CHECK(noteOnHerCall.exitCode != 0);
    // A lead of another team cannot either.
    const PsqlRun otherLead = team.as(
        QStringLiteral("yan"), Team::push(Team::promiseStatus(QStringLiteral("41111111-1111-4111-8111-111111111112"),
                                                              kAnnaPromise, QStringLiteral("kept"))));
    CHECK(otherLead.exitCode != 0);
    // Nothing changed: one promise, anna's text, no status change.
    CHECK(team.superuserSql(QStringLiteral("SELECT text FROM steadyline.promises")) ==
          QStringLiteral("call back on Monday"));
    CHECK(team.superuserSql(QStringLiteral("SELECT count(*) FROM steadyline.promise_status_changes")) ==
          QStringLiteral("0"));
    // Her own lead may take the promise over (issue #18 builds on this).
    CHECK(team.ok(QStringLiteral("lena"),
                  Team::push(Team::promiseStatus(QStringLiteral("41111111-1111-4111-8111-111111111113"), kAnnaPromise,
                                                 QStringLiteral("kept")))) == QStringLiteral("1"));
}

TEST_CASE("tables, the sequence and the admin functions are not reachable by a desk login")
{
    Team team;
    team.pushBothTeams();
    for (const QString &table :
         {QStringLiteral("calls"), QStringLiteral("timeline_events"), QStringLiteral("notes"),
          QStringLiteral("promises"), QStringLiteral("promise_status_changes"), QStringLiteral("training_attempts"),
          QStringLiteral("members"), QStringLiteral("teams"), QStringLiteral("schema_version"),
          QStringLiteral("hand_answers"), QStringLiteral("audit_log"), QStringLiteral("promise_holders"),
          QStringLiteral("published_playbooks"), QStringLiteral("training_assignments"),
          QStringLiteral("call_summary")}) {
        for (const QString &login : {QStringLiteral("anna"), QStringLiteral("lena"), QStringLiteral("adm")}) {
            const PsqlRun read = team.as(login, QStringLiteral("SELECT * FROM steadyline.%1").arg(table));
            INFO(login.toStdString() << " reads " << table.toStdString());
            CHECK(read.exitCode != 0);
            CHECK(read.err.contains(QStringLiteral("permission denied for table %1").arg(table)));
        }
        const PsqlRun removal = team.as(QStringLiteral("anna"), QStringLiteral("DELETE FROM steadyline.%1").arg(table));
        CHECK(removal.err.contains(QStringLiteral("permission denied")));
    }
    CHECK(team.as(QStringLiteral("anna"), QStringLiteral("SELECT nextval('steadyline.change_seq')"))
              .err.contains(QStringLiteral("permission denied")));
    CHECK(team.as(QStringLiteral("lena"), QStringLiteral("SELECT steadyline.add_team('Mine')"))
              .err.contains(QStringLiteral("permission denied for function add_team")));
    CHECK(team.as(QStringLiteral("anna"), QStringLiteral("SELECT steadyline.team_policy('X', true)"))
              .err.contains(QStringLiteral("permission denied")));
    CHECK(team.as(QStringLiteral("anna"), QStringLiteral("SET ROLE steadyline_owner"))
              .err.contains(QStringLiteral("permission denied")));
    CHECK(team.as(QStringLiteral("anna"), QStringLiteral("CREATE TABLE steadyline.mine (x int)"))
              .err.contains(QStringLiteral("permission denied")));
}

TEST_CASE("desk logins connect only over TLS with their password")
{
    Team team;
    const PsqlRun plain = team.cluster.psql(
        QStringLiteral("postgresql://anna@127.0.0.1:%1/steadyline?sslmode=disable").arg(team.cluster.port()),
        QStringLiteral("SELECT 1"), Team::password(QStringLiteral("anna")));
    CHECK(plain.exitCode != 0);
    CHECK(plain.err.contains(QStringLiteral("no encryption")));
    const PsqlRun wrong =
        team.cluster.psql(team.url(QStringLiteral("anna")), QStringLiteral("SELECT 1"), QStringLiteral("guess-guess"));
    CHECK(wrong.exitCode != 0);
    CHECK(wrong.err.contains(QStringLiteral("password authentication failed")));
    const PsqlRun socket = team.cluster.psql(QStringLiteral("postgresql:///steadyline?host=%1&port=%2&user=anna")
                                                 .arg(team.cluster.socketFolder())
                                                 .arg(team.cluster.port()),
                                             QStringLiteral("SELECT 1"), Team::password(QStringLiteral("anna")));
    CHECK(socket.exitCode != 0);
}

TEST_CASE("a push is idempotent and note text leaves the desk only when the team's policy says so")
{
    Team team;
    const QString changes =
        Team::call(kAnnaCall) + QLatin1Char(',') + Team::note(kAnnaNote, kAnnaCall, QStringLiteral("kept at the desk"));
    CHECK(team.ok(QStringLiteral("anna"), Team::push(changes)) == QStringLiteral("2"));
    // The same push again (its answer was lost): nothing doubled.
    CHECK(team.ok(QStringLiteral("anna"), Team::push(changes)) == QStringLiteral("0"));
    CHECK(team.pulledIds(QStringLiteral("anna")) == QStringList{kAnnaCall, kAnnaNote});
    CHECK(team.ok(
              QStringLiteral("lena"),
              QStringLiteral(
                  "SELECT data->>'text' IS NULL, data->'tags' FROM steadyline.pull_changes(0) WHERE kind = 'note'")) ==
          QStringLiteral("t|[\"insult\"]"));

    REQUIRE(steadyline::test::runSteadyline(
                {QStringLiteral("server"), QStringLiteral("policy"), QStringLiteral("--team"), QStringLiteral("X"),
                 QStringLiteral("--note-text"), QStringLiteral("share"), QStringLiteral("--db"), team.adminUrl()})
                .exitCode == 0);
    const QString shared = QStringLiteral("51111111-1111-4111-8111-111111111111");
    CHECK(team.ok(QStringLiteral("anna"),
                  Team::push(Team::note(shared, kAnnaCall, QStringLiteral("Klient groził, 3½")))) ==
          QStringLiteral("1"));
    CHECK(team.ok(QStringLiteral("lena"),
                  QStringLiteral("SELECT data->>'text' FROM steadyline.pull_changes(0) WHERE id = '%1'").arg(shared)) ==
          QStringLiteral("Klient groził, 3½"));

    // Pulls go on from a number: the ending of the call comes after what was pulled.
    const QString last =
        team.ok(QStringLiteral("lena"), QStringLiteral("SELECT max(seq) FROM steadyline.pull_changes(0)"));
    CHECK(
        team.ok(
            QStringLiteral("anna"),
            Team::push(
                QStringLiteral(
                    R"({"kind":"call","id":"%1","data":{"started_at":"2026-12-06T10:00:00Z","ended_at":"2026-12-06T10:05:00Z","outcome":"hung_up","playbook_id":"standard","playbook_revision":3}})")
                    .arg(kAnnaCall))) == QStringLiteral("1"));
    CHECK(team.ok(QStringLiteral("lena"),
                  QStringLiteral("SELECT kind, data->>'outcome' FROM steadyline.pull_changes(%1)").arg(last)) ==
          QStringLiteral("call|hung_up"));
}

TEST_CASE("a malformed push is refused whole")
{
    Team team;
    const PsqlRun bad =
        team.as(QStringLiteral("anna"),
                Team::push(Team::call(kAnnaCall) + QStringLiteral(R"(,{"kind":"note","id":"not-a-uuid","data":{}})")));
    CHECK(bad.exitCode != 0);
    const PsqlRun unknown =
        team.as(QStringLiteral("anna"), Team::push(QStringLiteral(R"({"kind":"secret","id":"%1"})").arg(kAnnaNote)));
    CHECK(unknown.err.contains(QStringLiteral("unknown kind of change: secret")));
    CHECK(team.pulledIds(QStringLiteral("anna")).isEmpty());
}

TEST_CASE("a desk reaches the server through Qt's QPSQL driver with TLS verified")
{
    Team team;
    QString error;
    auto address = steadyline::server::parseServerUrl(team.url(QStringLiteral("anna")), &error);
    REQUIRE(address);
    address->password = Team::password(QStringLiteral("anna"));
    steadyline::server::ServerConnection connection;
    INFO(error.toStdString());
    REQUIRE(connection.open(*address, &error));
    QSqlQuery query(connection.database());
    REQUIRE(query.exec(QStringLiteral("SELECT login, role, team, schema_version FROM steadyline.server_info()")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("anna"));
    CHECK(query.value(1).toString() == QStringLiteral("agent"));
    CHECK(query.value(2).toString() == QStringLiteral("X"));
    REQUIRE(query.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")));
    REQUIRE(query.next());
    CHECK(query.value(0).toBool());

    // A CA that did not sign the server's certificate: refused, with a sentence saying what to check.
    // (The server's own certificate is no CA.)
    const QString notTheCa = QDir(team.cluster.socketFolder()).filePath(QStringLiteral("server.crt"));
    auto wrongCa = *address;
    wrongCa.parameters = {QStringLiteral("sslmode='verify-full'"), QStringLiteral("sslrootcert='%1'").arg(notTheCa)};
    steadyline::server::ServerConnection refused;
    CHECK_FALSE(refused.open(wrongCa, &error));
    CHECK(error.contains(QStringLiteral("certificate could not be verified")));
}

TEST_CASE("retention deletes what is older than the team keeps, except a call with an open promise")
{
    Team team;
    const QString oldCall = QStringLiteral("14444444-4444-4444-8444-444444444444");
    const QString oldCallWithPromise = QStringLiteral("15555555-5555-4555-8555-555555555555");
    const QString oldPromise = QStringLiteral("35555555-5555-4555-8555-555555555555");
    const auto callAt = [](const QString &id, const QString &startedAt) {
        return QStringLiteral(
                   R"({"kind":"call","id":"%1","data":{"started_at":"%2","playbook_id":"standard","playbook_revision":3}})")
            .arg(id, startedAt);
    };
    CHECK(
        team.ok(
            QStringLiteral("anna"),
            Team::push(
                callAt(oldCall, QStringLiteral("2020-01-06T10:00:00Z")) + QLatin1Char(',') +
                Team::note(QStringLiteral("24444444-4444-4444-8444-444444444444"), oldCall, QStringLiteral("old")) +
                QLatin1Char(',') + callAt(oldCallWithPromise, QStringLiteral("2020-01-07T10:00:00Z")) +
                QLatin1Char(',') + Team::promise(oldPromise, oldCallWithPromise, QStringLiteral("still owed")) +
                QLatin1Char(',') + Team::call(kAnnaCall) +
                QStringLiteral(
                    R"(,{"kind":"training_attempt","id":"71111111-1111-4111-8111-111111111111","data":{"at":"2020-01-08T10:00:00Z","scenario_id":"s","score":3,"max_score":5}})"))) ==
        QStringLiteral("6"));
    CHECK(team.as(QStringLiteral("lena"), QStringLiteral("SELECT steadyline.apply_retention()"))
              .err.contains(QStringLiteral("permission denied")));
    // The old call, its note and the old attempt go; the call with an open promise and today's call stay.
    CHECK(team.ok(QStringLiteral("adm"), QStringLiteral("SELECT steadyline.apply_retention()")) == QStringLiteral("2"));
    CHECK(team.superuserSql(
              QStringLiteral("SELECT string_agg(id::text, ',' ORDER BY started_at) FROM steadyline.calls")) ==
          oldCallWithPromise + QLatin1Char(',') + kAnnaCall);
    CHECK(team.superuserSql(QStringLiteral("SELECT count(*) FROM steadyline.notes")) == QStringLiteral("0"));
    // Once the promise is kept, its call goes too.
    CHECK(team.ok(QStringLiteral("anna"),
                  Team::push(Team::promiseStatus(QStringLiteral("45555555-5555-4555-8555-555555555555"), oldPromise,
                                                 QStringLiteral("kept")))) == QStringLiteral("1"));
    CHECK(team.ok(QStringLiteral("adm"), QStringLiteral("SELECT steadyline.apply_retention()")) == QStringLiteral("1"));
    CHECK(team.superuserSql(QStringLiteral("SELECT string_agg(id::text, ',') FROM steadyline.calls")) == kAnnaCall);
}
