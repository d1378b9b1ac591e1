// `steadyline server ...` as an admin runs it, against a private PostgreSQL 15 cluster.
#include "serverfixture.h"

#include "schemamigrator.h"
#include "scramverifier.h"

#include <QRegularExpression>

using steadyline::test::CommandRun;
using steadyline::test::runSteadyline;
using steadyline::test::ServerFixture;

namespace {

// The newest schema version, as the commands print it.
QString latest()
{
    return QString::number(steadyline::server::latestSchemaVersion());
}

// Every version the program carries, as schema_version lists them ("1,3").
QString bundledVersions()
{
    QStringList versions;
    for (const steadyline::server::Migration &migration : steadyline::server::bundledMigrations())
        versions << QString::number(migration.version);
    return versions.join(QLatin1Char(','));
}

QStringList serverArguments(const QString &subcommand, const QStringList &rest, const QString &url)
{
    return QStringList{QStringLiteral("server"), subcommand} + rest + QStringList{QStringLiteral("--db"), url};
}

} // namespace

TEST_CASE("server init creates the schema once, and a second run changes nothing")
{
    ServerFixture server;
    const CommandRun first = server.init();
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.trimmed() == QStringLiteral("Team server schema version %1 (created).").arg(latest()));
    CHECK(server.superuserSql(QStringLiteral(
              "SELECT string_agg(version::text, ',' ORDER BY version) FROM steadyline.schema_version")) ==
          bundledVersions());
    CHECK(server.superuserSql(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN ('steadyline_owner', "
                                             "'steadyline_agent', 'steadyline_lead', 'steadyline_admin')")) ==
          QStringLiteral("4"));
    // Nobody logs in as the tables' owner.
    CHECK(server.superuserSql(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'steadyline_owner'")) ==
          QStringLiteral("f"));
    CHECK(server.superuserSql(
              QStringLiteral("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'steadyline'")) ==
          QStringLiteral("steadyline_owner"));

    const CommandRun again = server.init();
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.trimmed() ==
          QStringLiteral("Team server schema version %1 (already current, nothing changed).").arg(latest()));
    CHECK(server.superuserSql(QStringLiteral("SELECT count(*) FROM steadyline.schema_version")) ==
          QString::number(steadyline::server::bundledMigrations().size()));
}

TEST_CASE("row-level security is forced on every shared table")
{
    ServerFixture server;
    REQUIRE(server.init().exitCode == 0);
    CHECK(server.superuserSql(QStringLiteral(
              "SELECT string_agg(relname, ',' ORDER BY relname) FROM pg_class c JOIN pg_namespace n ON n.oid = "
              "c.relnamespace WHERE n.nspname = 'steadyline' AND c.relkind = 'r' AND c.relforcerowsecurity")) ==
          QStringLiteral(
              "audit_log,call_summary,calls,hand_answers,notes,promise_current,promise_holders,promise_status_changes,"
              "promises,published_playbooks,timeline_events,training_assignments,training_attempts"));
}

TEST_CASE("server init refuses a database of another application and writes nothing")
{
    ServerFixture server;
    server.superuserSql(QStringLiteral("CREATE TABLE public.orders (id integer)"));
    const CommandRun run = server.init();
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("belongs to another application (its table public.orders)")));
    CHECK(run.err.contains(QStringLiteral("nothing was changed")));
    CHECK(run.out.isEmpty());
    CHECK(server.superuserSql(QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = 'steadyline'")) ==
          QStringLiteral("0"));
    CHECK(server.superuserSql(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'steadyline%'")) ==
          QStringLiteral("0"));
}

TEST_CASE("server init refuses a schema newer than the program and changes nothing")
{
    ServerFixture server;
    REQUIRE(server.init().exitCode == 0);
    server.superuserSql(
        QStringLiteral("INSERT INTO steadyline.schema_version (version, description) VALUES (99, 'future')"));
    const CommandRun run = server.init();
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("schema is version 99, newer than this program knows (%1)").arg(latest())));
    CHECK(server.superuserSql(QStringLiteral("SELECT max(version) FROM steadyline.schema_version")) ==
          QStringLiteral("99"));
    // The admin commands refuse it too, before writing anything.
    const CommandRun addTeam =
        runSteadyline(serverArguments(QStringLiteral("add-team"), {QStringLiteral("X")}, server.adminUrl()));
    CHECK(addTeam.exitCode == 1);
    CHECK(addTeam.err.contains(QStringLiteral("newer than this program knows")));
    CHECK(server.superuserSql(QStringLiteral("SELECT count(*) FROM steadyline.teams")) == QStringLiteral("0"));
}

TEST_CASE("server init by a login that is not a superuser says so and changes nothing")
{
    ServerFixture server;
    server.superuserSql(QStringLiteral("CREATE ROLE ordinary LOGIN PASSWORD 'ordinary-pass'"));
    const QString url = server.url(QStringLiteral("ordinary"));
    qputenv("PGPASSWORD", "ordinary-pass");
    const CommandRun run = runSteadyline(serverArguments(QStringLiteral("init"), {}, url));
    qunsetenv("PGPASSWORD");
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("can only be created by a superuser")));
    CHECK(server.superuserSql(QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = 'steadyline'")) ==
          QStringLiteral("0"));
}

TEST_CASE("server commands tell an unreachable server, a missing database and a wrong password plainly")
{
    ServerFixture server;
    const CommandRun missing = runSteadyline(
        serverArguments(QStringLiteral("init"), {}, server.cluster.superuserUrl(QStringLiteral("nothere"))));
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("Create the database first")));

    const CommandRun closed = runSteadyline(serverArguments(
        QStringLiteral("init"), {}, QStringLiteral("postgresql://postgres@127.0.0.1:1/steadyline?connect_timeout=5")));
    CHECK(closed.exitCode == 1);
    CHECK(closed.err.contains(QStringLiteral("cannot be reached")));

    REQUIRE(server.init().exitCode == 0);
    server.addTeam(QStringLiteral("X"));
    server.addUser(QStringLiteral("adm"), QStringLiteral("admin"), QStringLiteral("X"),
                   QStringLiteral("admin-password"));
    qputenv("PGPASSWORD", "wrong-password");
    const CommandRun wrong = runSteadyline(
        serverArguments(QStringLiteral("add-team"), {QStringLiteral("Y")}, server.url(QStringLiteral("adm"))));
    qunsetenv("PGPASSWORD");
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("The login or its password is wrong.")));

    const CommandRun notUrl = runSteadyline(serverArguments(QStringLiteral("init"), {}, QStringLiteral("steadyline")));
    CHECK(notUrl.exitCode == 2);
    CHECK(notUrl.err.contains(QStringLiteral("is not a PostgreSQL URL")));
}

TEST_CASE("server add-team, add-user and policy set up a team, and mistakes are refused whole")
{
    ServerFixture server;
    REQUIRE(server.init().exitCode == 0);
    server.addTeam(QStringLiteral("Claims Kraków"));
    const CommandRun twice = runSteadyline(
        serverArguments(QStringLiteral("add-team"), {QStringLiteral("Claims Kraków")}, server.adminUrl()));
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains(QStringLiteral("the team \"Claims Kraków\" exists already")));

    const auto addUser = [&](const QStringList &arguments, const QByteArray &input) {
        return runSteadyline(serverArguments(QStringLiteral("add-user"), arguments, server.adminUrl()), input);
    };
    const CommandRun added = addUser({QStringLiteral("anna"), QStringLiteral("--role"), QStringLiteral("agent"),
                                      QStringLiteral("--team"), QStringLiteral("Claims Kraków")},
                                     "zażółć gęślą\n");
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.trimmed() == QStringLiteral("Login 'anna' added: agent in team 'Claims Kraków'."));
    // A SCRAM verifier is stored, never the password; the login is in its role's group only.
    CHECK(server.superuserSql(QStringLiteral("SELECT rolpassword LIKE 'SCRAM-SHA-256$4096:%' FROM pg_authid WHERE "
                                             "rolname = 'anna'")) == QStringLiteral("t"));
    CHECK(server.superuserSql(QStringLiteral("SELECT string_agg(g.rolname, ',') FROM pg_auth_members m JOIN pg_roles "
                                             "g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member WHERE "
                                             "u.rolname = 'anna'")) == QStringLiteral("steadyline_agent"));
    // The password as typed (with Polish letters) logs in over TLS.
    const auto login = server.cluster.psql(server.url(QStringLiteral("anna")),
                                           QStringLiteral("SELECT login, role, team FROM steadyline.server_info()"),
                                           QStringLiteral("zażółć gęślą"));
    INFO(login.err.toStdString());
    CHECK(login.out == QStringLiteral("anna|agent|Claims Kraków"));

    const CommandRun unknownTeam = addUser({QStringLiteral("bob"), QStringLiteral("--role"), QStringLiteral("agent"),
                                            QStringLiteral("--team"), QStringLiteral("Nowhere")},
                                           "long-enough-password\n");
    CHECK(unknownTeam.exitCode == 1);
    CHECK(unknownTeam.err.contains(QStringLiteral("there is no team \"Nowhere\"")));
    const CommandRun existing = addUser({QStringLiteral("postgres"), QStringLiteral("--role"), QStringLiteral("admin"),
                                         QStringLiteral("--team"), QStringLiteral("Claims Kraków")},
                                        "long-enough-password\n");
    CHECK(existing.exitCode == 1);
    CHECK(existing.err.contains(QStringLiteral("a PostgreSQL role \"postgres\" exists already")));
    const CommandRun shortPassword = addUser({QStringLiteral("bob"), QStringLiteral("--role"), QStringLiteral("agent"),
                                              QStringLiteral("--team"), QStringLiteral("Claims Kraków")},
                                             "short\n");
    CHECK(shortPassword.exitCode == 1);
    CHECK(shortPassword.err.contains(QStringLiteral("at least 8 characters")));
    const CommandRun noPassword = addUser({QStringLiteral("bob"), QStringLiteral("--role"), QStringLiteral("agent"),
                                           QStringLiteral("--team"), QStringLiteral("Claims Kraków")},
                                          "");
    CHECK(noPassword.exitCode == 1);
    CHECK(noPassword.err.contains(QStringLiteral("no password was given")));
    const CommandRun badRole = addUser({QStringLiteral("bob"), QStringLiteral("--role"), QStringLiteral("boss"),
                                        QStringLiteral("--team"), QStringLiteral("Claims Kraków")},
                                       "long-enough-password\n");
    CHECK(badRole.exitCode == 2);
    CHECK(badRole.err.contains(QStringLiteral("--role must be agent, lead or admin, not 'boss'")));
    const CommandRun badLogin = addUser({QStringLiteral("Bob Smith"), QStringLiteral("--role"), QStringLiteral("agent"),
                                         QStringLiteral("--team"), QStringLiteral("Claims Kraków")},
                                        "long-enough-password\n");
    CHECK(badLogin.exitCode == 1);
    CHECK(badLogin.err.contains(QStringLiteral("is not allowed")));
    CHECK(server.superuserSql(QStringLiteral("SELECT string_agg(login, ',') FROM steadyline.members")) ==
          QStringLiteral("anna"));
    CHECK(server.superuserSql(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN ('bob', 'Bob Smith')")) ==
          QStringLiteral("0"));

    const CommandRun shown = runSteadyline(serverArguments(
        QStringLiteral("policy"), {QStringLiteral("--team"), QStringLiteral("Claims Kraków")}, server.adminUrl()));
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("note text: keep")));
    CHECK(shown.out.contains(QStringLiteral("retention: 365 days")));
    const CommandRun changed = runSteadyline(
        serverArguments(QStringLiteral("policy"),
                        {QStringLiteral("--team"), QStringLiteral("Claims Kraków"), QStringLiteral("--note-text"),
                         QStringLiteral("share"), QStringLiteral("--retention-days"), QStringLiteral("90")},
                        server.adminUrl()));
    REQUIRE(changed.exitCode == 0);
    CHECK(changed.out.contains(QStringLiteral("note text: share")));
    CHECK(changed.out.contains(QStringLiteral("retention: 90 days")));
    CHECK(server.superuserSql(QStringLiteral("SELECT note_text_leaves_desk, retention_days FROM steadyline.teams")) ==
          QStringLiteral("t|90"));
    const CommandRun badDays = runSteadyline(serverArguments(QStringLiteral("policy"),
                                                             {QStringLiteral("--team"), QStringLiteral("Claims Kraków"),
                                                              QStringLiteral("--retention-days"), QStringLiteral("0")},
                                                             server.adminUrl()));
    CHECK(badDays.exitCode == 2);
    const CommandRun noTeam = runSteadyline(serverArguments(
        QStringLiteral("policy"), {QStringLiteral("--team"), QStringLiteral("Nowhere")}, server.adminUrl()));
    CHECK(noTeam.exitCode == 1);
    CHECK(noTeam.err.contains(QStringLiteral("there is no team \"Nowhere\"")));
}

TEST_CASE("an admin login runs the admin commands over TLS without owning anything")
{
    ServerFixture server;
    REQUIRE(server.init().exitCode == 0);
    server.addTeam(QStringLiteral("X"));
    server.addUser(QStringLiteral("adm"), QStringLiteral("admin"), QStringLiteral("X"),
                   QStringLiteral("admin-password"));
    qputenv("PGPASSWORD", "admin-password");
    const CommandRun team = runSteadyline(
        serverArguments(QStringLiteral("add-team"), {QStringLiteral("Y")}, server.url(QStringLiteral("adm"))));
    const CommandRun user =
        runSteadyline(serverArguments(QStringLiteral("add-user"),
                                      {QStringLiteral("lena"), QStringLiteral("--role"), QStringLiteral("lead"),
                                       QStringLiteral("--team"), QStringLiteral("Y")},
                                      server.url(QStringLiteral("adm"))),
                      "lead-password\n");
    qunsetenv("PGPASSWORD");
    INFO(team.err.toStdString() << user.err.toStdString());
    CHECK(team.exitCode == 0);
    CHECK(user.exitCode == 0);
    CHECK(
        server.superuserSql(QStringLiteral("SELECT string_agg(login || ':' || role || ':' || team, ',' ORDER BY login) "
                                           "FROM steadyline.members")) == QStringLiteral("adm:admin:X,lena:lead:Y"));
}

TEST_CASE("the SCRAM verifier made on the admin's side is the one PostgreSQL makes")
{
    ServerFixture server;
    server.superuserSql(
        QStringLiteral("SET password_encryption = 'scram-sha-256'; CREATE ROLE probe PASSWORD 'Žluťoučký kůň 42'"));
    const QString stored =
        server.superuserSql(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = 'probe'"));
    static const QRegularExpression format(QStringLiteral("^SCRAM-SHA-256\\$(\\d+):([^$]+)\\$"));
    const QRegularExpressionMatch match = format.match(stored);
    REQUIRE(match.hasMatch());
    const QByteArray salt = QByteArray::fromBase64(match.captured(2).toLatin1());
    CHECK(steadyline::server::scramVerifier(QStringLiteral("Žluťoučký kůň 42"), salt, match.captured(1).toInt()) ==
          stored);
    CHECK(steadyline::server::scramVerifier(QStringLiteral("Žluťoučký kůň 43"), salt, match.captured(1).toInt()) !=
          stored);
}

TEST_CASE("server without a known subcommand says what to do")
{
    const CommandRun none = runSteadyline({QStringLiteral("server")});
    CHECK(none.exitCode == 2);
    CHECK(none.err.contains(QStringLiteral("name what to do: init, add-team, add-user, policy, audit or report.")));
    const CommandRun noReport = runSteadyline({QStringLiteral("server"), QStringLiteral("report")});
    CHECK(noReport.exitCode == 2);
    CHECK(noReport.err.contains(QStringLiteral("the report is named: steadyline server report incidents.")));
    const CommandRun unknown = runSteadyline({QStringLiteral("server"), QStringLiteral("drop")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("there is no subcommand 'drop'")));
    const CommandRun noDatabase = runSteadyline({QStringLiteral("server"), QStringLiteral("init")});
    CHECK(noDatabase.exitCode == 2);
    CHECK(noDatabase.err.contains(QStringLiteral("name the database with --db URL.")));
    const CommandRun help =
        runSteadyline({QStringLiteral("server"), QStringLiteral("add-user"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("only its SCRAM verifier is sent")));
}
