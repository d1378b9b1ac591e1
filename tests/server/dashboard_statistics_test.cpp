// The lead's dashboard statistics and the incident report (migration 8, issue #18 §6 and §1) on a
// small known data set pushed by real desk logins: what each question answers, that a lead gets
// nothing of another team and an agent nothing at all, that figures per consultant come in the
// order of the logins (no ranking), and that an export is audited.
#include "dashboardqueries.h"
#include "serverconnection.h"
#include "serverfixture.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <tuple>

using steadyline::server::DashboardPeriod;
using steadyline::server::DashboardQueries;
using steadyline::server::EscalationReach;
using steadyline::test::PsqlRun;
using steadyline::test::ServerFixture;

namespace {

// Team north: agents anna and bob, lead lena. Team south: agent yuri, lead yan. Team hq: admin ada.
struct Statistics : ServerFixture
{
    Statistics()
    {
        REQUIRE(init().exitCode == 0);
        for (const char *team : {"north", "south", "hq"})
            addTeam(QString::fromLatin1(team));
        for (const auto &[login, role, team] :
             {std::tuple{"anna", "agent", "north"}, std::tuple{"bob", "agent", "north"},
              std::tuple{"lena", "lead", "north"}, std::tuple{"yuri", "agent", "south"},
              std::tuple{"yan", "lead", "south"}, std::tuple{"ada", "admin", "hq"}})
            addUser(QString::fromLatin1(login), QString::fromLatin1(role), QString::fromLatin1(team),
                    password(QString::fromLatin1(login)));
        pushKnownData();
    }

    static QString password(const QString &login) { return login + QStringLiteral("-password"); }

    PsqlRun as(const QString &login, const QString &sql) const
    {
        return cluster.psql(url(login), sql, password(login));
    }

    QString ok(const QString &login, const QString &sql) const
    {
        const PsqlRun run = as(login, sql);
        INFO(login.toStdString() << ": " << sql.toStdString() << "\n" << run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return run.out.trimmed();
    }

    void push(const QString &login, const QStringList &changes) const
    {
        ok(login, QStringLiteral("SELECT steadyline.push_changes('[%1]'::jsonb)").arg(changes.join(QLatin1Char(','))));
    }

    void pushKnownData() const;
};

QString callId(int number)
{
    return QStringLiteral("11111111-1111-4111-8111-%1").arg(number, 12, 10, QLatin1Char('0'));
}

QString call(int number, const QString &started, const QString &outcome, bool training = false)
{
    return QStringLiteral(R"({"kind":"call","id":"%1","data":{"started_at":"%2","ended_at":"%2","outcome":"%3",)"
                          R"("playbook_id":"aggressive-caller-en","playbook_revision":3,"training":%4}})")
        .arg(callId(number), started, outcome, training ? QStringLiteral("true") : QStringLiteral("false"));
}

int eventNumber = 0;

// A timeline event of call `number`.
QString event(int number, const QString &at, const QString &kind, const QString &stepId, const QString &detail)
{
    ++eventNumber;
    return QStringLiteral(R"({"kind":"timeline","id":"21111111-1111-4111-8111-%1","data":{"call_id":"%2",)"
                          R"("at":"%3","kind":"%4","step_id":"%5","detail":"%6"}})")
        .arg(eventNumber, 12, 10, QLatin1Char('0'))
        .arg(callId(number), at, kind, stepId, detail);
}

QString step(int number, const QString &at, const QString &stepId, const QString &detail = QStringLiteral("event:next"))
{
    return event(number, at, QStringLiteral("step_entered"), stepId, detail);
}

QString note(int number, int call, const QString &tag)
{
    return QStringLiteral(R"({"kind":"note","id":"51111111-1111-4111-8111-%1","data":{"call_id":"%2",)"
                          R"("at":"2026-11-03T09:00:30Z","text":"","tags":["%3"]}})")
        .arg(number, 12, 10, QLatin1Char('0'))
        .arg(callId(call), tag);
}

QString promise(int number, int call, const QString &dueAt)
{
    return QStringLiteral(R"({"kind":"promise","id":"31111111-1111-4111-8111-%1","data":{"call_id":"%2",)"
                          R"("at":"2026-11-02T11:00:00Z","text":"promise %3","due_at":"%4"}})")
        .arg(number, 12, 10, QLatin1Char('0'))
        .arg(callId(call), QString::number(number), dueAt);
}

QString status(int number, int promise, const QString &at, const QString &value)
{
    return QStringLiteral(R"({"kind":"promise_status","id":"41111111-1111-4111-8111-%1","data":{)"
                          R"("promise_id":"31111111-1111-4111-8111-%2","at":"%3","status":"%4"}})")
        .arg(number, 12, 10, QLatin1Char('0'))
        .arg(promise, 12, 10, QLatin1Char('0'))
        .arg(at, value);
}

QString attempt(int number, const QString &at, const QString &scenario, int score)
{
    return QStringLiteral(R"({"kind":"training_attempt","id":"61111111-1111-4111-8111-%1","data":{"at":"%2",)"
                          R"("scenario_id":"%3","score":%4,"max_score":10}})")
        .arg(number, 12, 10, QLatin1Char('0'))
        .arg(at, scenario, QString::number(score));
}

void Statistics::pushKnownData() const
{
    const auto s = [](const char *text) { return QString::fromLatin1(text); };
    // anna. Call 1: the whole method, hung up at 3½, a cool-down taken.
    push(s("anna"),
         {call(1, s("2026-11-02T09:00:00Z"), s("escalated")),
          step(1, s("2026-11-02T09:00:10Z"), s("help_offer"), s("event:abuse")),
          step(1, s("2026-11-02T09:01:00Z"), s("boundary")), step(1, s("2026-11-02T09:02:00Z"), s("final_warning")),
          step(1, s("2026-11-02T09:03:00Z"), s("countdown")),
          step(1, s("2026-11-02T09:03:10Z"), s("hang_up"), s("timer")),
          event(1, s("2026-11-02T09:03:10Z"), s("final_action"), s("hang_up"), s("hang_up")),
          event(1, s("2026-11-02T09:04:00Z"), s("cooldown_started"), {}, s("180")),
          event(1, s("2026-11-02T09:07:00Z"), s("cooldown_ended"), {}, s("finished")),
          // Call 2: calmed at step 1 after 30 s.
          call(2, s("2026-11-02T11:00:00Z"), s("resolved")), step(2, s("2026-11-02T11:00:00Z"), s("help_offer")),
          step(2, s("2026-11-02T11:00:30Z"), s("resolution"), s("event:calmed")),
          // Call 3: an insult (an incident by its tag), calmed at step 2 after 90 s; the cool-down skipped.
          call(3, s("2026-11-03T09:00:00Z"), s("resolved")), step(3, s("2026-11-03T09:00:00Z"), s("help_offer")),
          step(3, s("2026-11-03T09:00:20Z"), s("boundary")),
          step(3, s("2026-11-03T09:01:30Z"), s("resolution"), s("event:calmed")), note(1, 3, s("insult")),
          event(3, s("2026-11-03T09:02:00Z"), s("cooldown_started"), {}, s("180")),
          event(3, s("2026-11-03T09:02:05Z"), s("cooldown_ended"), {}, s("skipped")),
          // Call 4: a rehearsal counts nowhere.
          call(4, s("2026-11-03T10:00:00Z"), s("escalated"), true), step(4, s("2026-11-03T10:00:00Z"), s("help_offer")),
          event(4, s("2026-11-03T10:01:00Z"), s("final_action"), s("hang_up"), s("hang_up")),
          // Promises on call 2: kept on time, kept late, open past due, cancelled.
          promise(1, 2, s("2026-11-04T10:00:00Z")), promise(2, 2, s("2026-11-05T10:00:00Z")),
          promise(3, 2, s("2026-11-06T10:00:00Z")), promise(4, 2, s("2026-11-07T10:00:00Z")),
          status(1, 1, s("2026-11-04T09:00:00Z"), s("kept")), status(2, 2, s("2026-11-06T09:00:00Z"), s("kept")),
          status(3, 4, s("2026-11-05T09:00:00Z"), s("cancelled")),
          attempt(1, s("2026-11-03T15:00:00Z"), s("angry-1"), 8)});
    // bob. Call 5: ended by the consultant (an incident) though calmed at step 3 after 120 s.
    push(s("bob"),
         {call(5, s("2026-11-10T10:00:00Z"), s("ended_by_consultant")),
          step(5, s("2026-11-10T10:00:00Z"), s("help_offer")), step(5, s("2026-11-10T10:00:40Z"), s("boundary")),
          step(5, s("2026-11-10T10:01:20Z"), s("final_warning")),
          step(5, s("2026-11-10T10:02:00Z"), s("resolution"), s("event:calmed")),
          event(5, s("2026-11-10T10:03:00Z"), s("cooldown_started"), {}, s("180")),
          // Call 6: the caller hung up at step 1.
          call(6, s("2026-11-10T11:00:00Z"), s("caller_hung_up")), step(6, s("2026-11-10T11:00:00Z"), s("help_offer")),
          attempt(2, s("2026-11-10T15:00:00Z"), s("angry-1"), 6),
          attempt(3, s("2026-11-11T15:00:00Z"), s("threat-2"), 9)});
    // yuri of the other team: security called.
    push(s("yuri"),
         {call(7, s("2026-11-02T09:30:00Z"), s("escalated")), step(7, s("2026-11-02T09:30:00Z"), s("help_offer")),
          step(7, s("2026-11-02T09:31:00Z"), s("call_security")),
          event(7, s("2026-11-02T09:31:00Z"), s("final_action"), s("call_security"), s("call_security")),
          attempt(4, s("2026-11-03T15:00:00Z"), s("angry-1"), 2)});
}

const QString kTwoWeeks = QStringLiteral("'2026-11-02T00:00:00Z', '2026-11-16T00:00:00Z'");

QString rows(const QString &columns, const QString &function)
{
    return QStringLiteral("SELECT string_agg(%1, ', ') FROM %2").arg(columns, function);
}

} // namespace

TEST_CASE("the dashboard counts abusive calls per day and week, with the cool-downs taken")
{
    Statistics server;
    const QString perDay =
        rows(QStringLiteral("period_start || ' ' || incidents || '/' || cool_downs"),
             QStringLiteral("steadyline.dashboard_incidents('%1', %2, 'UTC', 'day') WHERE incidents > 0"));
    CHECK(server.ok(QStringLiteral("lena"), perDay.arg(QStringLiteral("north"), kTwoWeeks)) ==
          QStringLiteral("2026-11-02 1/1, 2026-11-03 1/0, 2026-11-10 1/1"));
    // Every day of the period is there for the chart's axis.
    CHECK(server.ok(QStringLiteral("lena"),
                    QStringLiteral("SELECT count(*) FROM steadyline.dashboard_incidents('north', %1, 'UTC', 'day')")
                        .arg(kTwoWeeks)) == QStringLiteral("14"));
    const QString perWeek = rows(QStringLiteral("period_start || ' ' || incidents || '/' || cool_downs"),
                                 QStringLiteral("steadyline.dashboard_incidents('%1', %2, 'UTC', 'week')"));
    CHECK(server.ok(QStringLiteral("lena"), perWeek.arg(QStringLiteral("north"), kTwoWeeks)) ==
          QStringLiteral("2026-11-02 2/1, 2026-11-09 1/1"));
    // Another team's lead: the same weeks, nothing in them.
    CHECK(server.ok(QStringLiteral("yan"), perWeek.arg(QStringLiteral("north"), kTwoWeeks)) ==
          QStringLiteral("2026-11-02 0/0, 2026-11-09 0/0"));
    CHECK(server.ok(QStringLiteral("yan"), perWeek.arg(QStringLiteral("south"), kTwoWeeks)) ==
          QStringLiteral("2026-11-02 1/0, 2026-11-09 0/0"));
    CHECK(server.ok(QStringLiteral("ada"), perWeek.arg(QStringLiteral("north"), kTwoWeeks)) ==
          QStringLiteral("2026-11-02 2/1, 2026-11-09 1/1"));

    const PsqlRun agent = server.as(QStringLiteral("anna"), perWeek.arg(QStringLiteral("north"), kTwoWeeks));
    CHECK(agent.exitCode != 0);
    CHECK(agent.err.contains(QStringLiteral("permission denied")));
    const PsqlRun badPeriod = server.as(
        QStringLiteral("lena"),
        QStringLiteral("SELECT * FROM steadyline.dashboard_incidents('north', %1, 'UTC', 'year')").arg(kTwoWeeks));
    CHECK(badPeriod.err.contains(QStringLiteral("the period is day, week or month")));
}

TEST_CASE("the dashboard says how far escalations went, how long calming took, promises and training")
{
    Statistics server;
    const QString escalations =
        rows(QStringLiteral("reached || ' ' || calls || ' ' || coalesce(median_seconds_to_calm::text, '-')"),
             QStringLiteral("steadyline.dashboard_escalations('%1', %2)"));
    CHECK(server.ok(QStringLiteral("lena"), escalations.arg(QStringLiteral("north"), kTwoWeeks)) ==
          QStringLiteral("calmed_1 1 30, calmed_2 1 90, calmed_3 1 120, ended_3_5 1 -, not_calmed 1 -"));
    CHECK(server.ok(QStringLiteral("yan"), escalations.arg(QStringLiteral("north"), kTwoWeeks)).isEmpty());
    CHECK(server.ok(QStringLiteral("yan"), escalations.arg(QStringLiteral("south"), kTwoWeeks)) ==
          QStringLiteral("ended_3_5 1 -"));

    const QString promises = QStringLiteral("SELECT concat_ws(' ', kept_on_time, kept_late, cancelled, open_overdue, "
                                            "open_not_due) FROM steadyline.dashboard_promises('%1', %2)");
    CHECK(server.ok(QStringLiteral("lena"), promises.arg(QStringLiteral("north"), kTwoWeeks)) ==
          QStringLiteral("1 1 1 1 0"));
    CHECK(server.ok(QStringLiteral("yan"), promises.arg(QStringLiteral("north"), kTwoWeeks)) ==
          QStringLiteral("0 0 0 0 0"));

    const QString training = rows(QStringLiteral("scenario_id || ' ' || attempts || ' ' || round(mean_percent)"),
                                  QStringLiteral("steadyline.dashboard_training('%1', %2)"));
    CHECK(server.ok(QStringLiteral("lena"), training.arg(QStringLiteral("north"), kTwoWeeks)) ==
          QStringLiteral("angry-1 2 70, threat-2 1 90"));
    CHECK(server.ok(QStringLiteral("lena"), training.arg(QStringLiteral("south"), kTwoWeeks)).isEmpty());
}

TEST_CASE("figures per consultant are the lead's own team's only, in the order of the logins")
{
    Statistics server;
    const QString consultants =
        rows(QStringLiteral("concat_ws(' ', login, calls, incidents, calmed, cool_downs, promises_due, "
                            "promises_kept_on_time, training_attempts, coalesce(round(training_mean_percent)::text, "
                            "'-'))"),
             QStringLiteral("steadyline.dashboard_consultants('%1', %2)"));
    // bob had fewer incidents than anna, and still comes after her: by name, never by a figure.
    CHECK(server.ok(QStringLiteral("lena"), consultants.arg(QStringLiteral("north"), kTwoWeeks)) ==
          QStringLiteral("anna 3 2 2 1 4 1 1 80, bob 2 1 1 1 0 0 2 75, lena 0 0 0 0 0 0 0 -"));
    for (const auto &[login, team] :
         {std::pair{"yan", "north"}, std::pair{"lena", "south"}, std::pair{"ada", "north"}}) {
        const PsqlRun refused =
            server.as(QString::fromLatin1(login), consultants.arg(QString::fromLatin1(team), kTwoWeeks));
        INFO(login << " asking about " << team);
        CHECK(refused.exitCode != 0);
        CHECK(refused.err.contains(QStringLiteral("only for a lead's own team")));
    }
    const PsqlRun agent = server.as(QStringLiteral("bob"), consultants.arg(QStringLiteral("north"), kTwoWeeks));
    CHECK(agent.err.contains(QStringLiteral("permission denied")));
}

TEST_CASE("the incident report counts per month, team and outcome; a lead reads their team, an admin all")
{
    Statistics server;
    const QString report = rows(QStringLiteral("concat_ws(' ', month, team, outcome, incidents, cool_downs)"),
                                QStringLiteral("steadyline.incident_report('2026-10-01T00:00:00Z', "
                                               "'2026-12-01T00:00:00Z', 'Europe/Warsaw')"));
    CHECK(server.ok(QStringLiteral("lena"), report) ==
          QStringLiteral("2026-11-01 north ended_by_consultant 1 1, 2026-11-01 north escalated 1 1, "
                         "2026-11-01 north resolved 1 0"));
    CHECK(server.ok(QStringLiteral("yan"), report) == QStringLiteral("2026-11-01 south escalated 1 0"));
    CHECK(server.ok(QStringLiteral("ada"), report) ==
          QStringLiteral("2026-11-01 north ended_by_consultant 1 1, 2026-11-01 north escalated 1 1, "
                         "2026-11-01 north resolved 1 0, 2026-11-01 south escalated 1 0"));
    CHECK(server.as(QStringLiteral("anna"), report).err.contains(QStringLiteral("permission denied")));
}

TEST_CASE("an export is written in the audit log with what and which file, and only a known export")
{
    Statistics server;
    server.ok(QStringLiteral("lena"), QStringLiteral("SELECT steadyline.record_export('incident_report', "
                                                     "'{\"format\":\"pdf\",\"file\":\"incidents.pdf\"}')"));
    CHECK(server
              .superuserSql(QStringLiteral("SELECT concat_ws(' ', login, team, action, detail->>'what', "
                                           "detail->>'format', detail->>'file') FROM steadyline.audit_log "
                                           "WHERE action = 'export'"))
              .trimmed() == QStringLiteral("lena north export incident_report pdf incidents.pdf"));
    const PsqlRun unknown =
        server.as(QStringLiteral("lena"), QStringLiteral("SELECT steadyline.record_export('caller_list')"));
    CHECK(unknown.err.contains(QStringLiteral("not an export the audit log knows")));
}

TEST_CASE("the desk's queries read the same figures through a connection of the lead's own")
{
    Statistics server;
    QString error;
    auto address = steadyline::server::parseServerUrl(server.url(QStringLiteral("lena")), &error);
    REQUIRE(address);
    address->password = Statistics::password(QStringLiteral("lena"));
    steadyline::server::ServerConnection connection;
    INFO(error.toStdString());
    REQUIRE(connection.open(*address, &error));
    const DashboardQueries queries(connection.database());
    const DashboardPeriod period{QDateTime(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC),
                                 QDateTime(QDate(2026, 11, 16), QTime(0, 0), Qt::UTC), QStringLiteral("UTC")};
    const auto figures = queries.figures(QStringLiteral("north"), period, &error);
    INFO(error.toStdString());
    REQUIRE(figures);
    CHECK(figures->perDay.size() == 14);
    REQUIRE(figures->perWeek.size() == 2);
    CHECK(figures->perWeek[0].start == QDate(2026, 11, 2));
    CHECK(figures->perWeek[0].incidents == 2);
    CHECK(figures->perWeek[1].coolDowns == 1);
    REQUIRE(figures->escalations.size() == 5);
    CHECK(figures->escalations[static_cast<int>(EscalationReach::CalmedAtStep2)].calls == 1);
    CHECK(figures->escalations[static_cast<int>(EscalationReach::CalmedAtStep2)].medianSecondsToCalm == 90.0);
    CHECK(figures->escalations[static_cast<int>(EscalationReach::EndedAtStep3Half)].calls == 1);
    CHECK_FALSE(figures->escalations[static_cast<int>(EscalationReach::EndedAtStep3Half)].medianSecondsToCalm);
    CHECK(figures->promises.keptOnTime == 1);
    CHECK(figures->promises.total() == 4);
    REQUIRE(figures->training.size() == 2);
    CHECK(figures->training[1].scenarioId == QStringLiteral("threat-2"));
    QStringList logins;
    for (const auto &consultant : figures->consultants)
        logins << consultant.login;
    CHECK(logins == QStringList{QStringLiteral("anna"), QStringLiteral("bob"), QStringLiteral("lena")});

    // Another team through the same door: zeros, and no one's figures.
    const auto south = queries.figures(QStringLiteral("south"), period, &error);
    REQUIRE(south);
    CHECK(south->consultants.empty());
    CHECK(south->perWeek[0].incidents == 0);

    const auto report = queries.incidentReport(period, &error);
    REQUIRE(report);
    REQUIRE(report->size() == 3);
    CHECK(report->at(0).outcome == QStringLiteral("ended_by_consultant"));
    CHECK(queries.recordExport(QStringLiteral("dashboard_table"), {{QStringLiteral("file"), QStringLiteral("t.csv")}},
                               &error));
    CHECK(server
              .superuserSql(QStringLiteral("SELECT count(*) FROM steadyline.audit_log WHERE action = 'export' "
                                           "AND detail->>'what' = 'dashboard_table'"))
              .trimmed() == QStringLiteral("1"));
}
