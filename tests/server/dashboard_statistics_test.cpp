// The lead's dashboard statistics and the incident report (migration 8, issue #18 §6 and §1) on a
// small known data set pushed by real desk logins: what each question answers, that a lead gets
// nothing of another team and an agent nothing at all, that figures per consultant come in the
// order of the logins (no ranking), and that an export is audited.
#include "dashboardqueries.h"
#include "serverconnection.h"
#include "statisticsfixture.h"

#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using steadyline::server::DashboardPeriod;
using steadyline::server::DashboardQueries;
using steadyline::server::EscalationReach;
using steadyline::test::PsqlRun;
using steadyline::test::Statistics;

namespace {

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

TEST_CASE("the incident report counts per month, team and outcome: a lead reads their team, an admin all")
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
    steadyline::server::ServerConnection connection;
    REQUIRE(connection.open(server.address(QStringLiteral("lena")), &error));
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

TEST_CASE("steadyline server report incidents writes the report as CSV and PDF, in English or Polish, audited")
{
    Statistics server;
    QTemporaryDir dir;
    const QString leadUrl = server.url(QStringLiteral("lena"))
                                .replace(QStringLiteral("lena@"),
                                         QStringLiteral("lena:%1@").arg(Statistics::password(QStringLiteral("lena"))));
    const auto report = [&](const QString &format, const QString &file, const QString &language) {
        return steadyline::test::runSteadyline(
            {QStringLiteral("server"), QStringLiteral("report"), QStringLiteral("incidents"), QStringLiteral("--since"),
             QStringLiteral("2026-10-01"), QStringLiteral("--until"), QStringLiteral("2026-11-30"),
             QStringLiteral("--time-zone"), QStringLiteral("Europe/Warsaw"), QStringLiteral("--format"), format,
             QStringLiteral("--output"), dir.filePath(file), QStringLiteral("--language"), language,
             QStringLiteral("--db"), leadUrl});
    };
    const auto csvRun = report(QStringLiteral("csv"), QStringLiteral("incidents.csv"), QStringLiteral("en"));
    INFO(csvRun.err.toStdString());
    REQUIRE(csvRun.exitCode == 0);
    QFile csv(dir.filePath(QStringLiteral("incidents.csv")));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(csv.readAll()) == QStringLiteral("Month,Team,Outcome,Abusive calls,Cool-downs taken\r\n"
                                                             "2026-11,north,ended by the consultant,1,1\r\n"
                                                             "2026-11,north,escalated to the manager / security,1,1\r\n"
                                                             "2026-11,north,resolved,1,0\r\n"));

    const auto pdfRun = report(QStringLiteral("pdf"), QStringLiteral("incydenty.pdf"), QStringLiteral("pl"));
    INFO(pdfRun.err.toStdString());
    REQUIRE(pdfRun.exitCode == 0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {dir.filePath(QStringLiteral("incydenty.pdf")), QStringLiteral("-")});
    REQUIRE(text.waitForFinished(30000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    INFO(words.toStdString());
    CHECK(words.contains(QStringLiteral("listopad 2026")));
    CHECK(words.contains(QStringLiteral("north")));
    CHECK_FALSE(words.contains(QStringLiteral("anna")));

    CHECK(server
              .superuserSql(QStringLiteral("SELECT string_agg(concat_ws(' ', login, detail->>'what', "
                                           "detail->>'format', detail->>'file'), ', ' ORDER BY id) "
                                           "FROM steadyline.audit_log WHERE action = 'export'"))
              .trimmed() == QStringLiteral("lena incident_report csv incidents.csv, lena incident_report pdf "
                                           "incydenty.pdf"));

    // An agent is refused, and nothing is written.
    const QString agentUrl = server.url(QStringLiteral("anna"))
                                 .replace(QStringLiteral("anna@"),
                                          QStringLiteral("anna:%1@").arg(Statistics::password(QStringLiteral("anna"))));
    const auto refused = steadyline::test::runSteadyline(
        {QStringLiteral("server"), QStringLiteral("report"), QStringLiteral("incidents"), QStringLiteral("--since"),
         QStringLiteral("2026-10-01"), QStringLiteral("--until"), QStringLiteral("2026-11-30"),
         QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"),
         dir.filePath(QStringLiteral("agent.csv")), QStringLiteral("--db"), agentUrl});
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains(QStringLiteral("permission denied")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("agent.csv"))));
}

TEST_CASE("an admin reads any team's dashboard and report by name while a lead reads only their own")
{
    Statistics server;
    // The picker's teams: every team for the admin, the own team for a lead, nothing for an agent.
    CHECK(server.ok(QStringLiteral("ada"),
                    rows(QStringLiteral("team || ':' || own"), QStringLiteral("steadyline.dashboard_teams()"))) ==
          QStringLiteral("hq:true, north:false, south:false"));
    CHECK(server.ok(QStringLiteral("lena"),
                    rows(QStringLiteral("team || ':' || own"), QStringLiteral("steadyline.dashboard_teams()"))) ==
          QStringLiteral("north:true"));
    CHECK(server.as(QStringLiteral("anna"), QStringLiteral("SELECT * FROM steadyline.dashboard_teams()"))
              .err.contains(QStringLiteral("permission denied")));

    // The report of one team: the admin any, a lead their own; another team is refused, existing or not.
    const QString report = rows(QStringLiteral("concat_ws(' ', month, team, outcome, incidents)"),
                                QStringLiteral("steadyline.team_incident_report('%1', '2026-10-01T00:00:00Z', "
                                               "'2026-12-01T00:00:00Z', 'UTC')"));
    CHECK(server.ok(QStringLiteral("ada"), report.arg(QStringLiteral("south"))) ==
          QStringLiteral("2026-11-01 south escalated 1"));
    CHECK(server.ok(QStringLiteral("yan"), report.arg(QStringLiteral("south"))) ==
          QStringLiteral("2026-11-01 south escalated 1"));
    for (const QString &team : {QStringLiteral("south"), QStringLiteral("nowhere")}) {
        const PsqlRun refused = server.as(QStringLiteral("lena"), report.arg(team));
        CHECK(refused.exitCode != 0);
        CHECK(refused.err.contains(QStringLiteral("only a lead of the team %1 or an admin").arg(team)));
    }
    CHECK(server.as(QStringLiteral("anna"), report.arg(QStringLiteral("north")))
              .err.contains(QStringLiteral("permission denied")));

    // Through the desk's queries: the admin gets north's aggregates but no one's figures (not
    // the admin's own team); lena asking for south gets nothing of it.
    const DashboardPeriod period{QDateTime(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC),
                                 QDateTime(QDate(2026, 11, 16), QTime(0, 0), Qt::UTC), QStringLiteral("UTC")};
    steadyline::test::pushAssignments(server);
    QString error;
    steadyline::server::ServerConnection admin;
    REQUIRE(admin.open(server.address(QStringLiteral("ada")), &error));
    const DashboardQueries adminQueries(admin.database());
    const auto teams = adminQueries.teams(&error);
    REQUIRE(teams);
    REQUIRE(teams->size() == 3);
    CHECK(teams->at(0).name == QStringLiteral("hq"));
    CHECK(teams->at(0).own);
    CHECK_FALSE(teams->at(1).own);
    const auto north = adminQueries.figures(QStringLiteral("north"), period, &error);
    INFO(error.toStdString());
    REQUIRE(north);
    CHECK(north->perWeek.at(0).incidents == 2);
    CHECK(north->consultants.empty());
    CHECK(north->assignments.empty());
    const auto northReport = adminQueries.incidentReport(period, &error, QStringLiteral("north"));
    REQUIRE(northReport);
    CHECK(northReport->size() == 3);

    steadyline::server::ServerConnection lead;
    REQUIRE(lead.open(server.address(QStringLiteral("lena")), &error));
    const DashboardQueries leadQueries(lead.database());
    const auto own = leadQueries.teams(&error);
    REQUIRE(own);
    REQUIRE(own->size() == 1);
    CHECK(own->at(0).name == QStringLiteral("north"));
    const auto south = leadQueries.figures(QStringLiteral("south"), period, &error);
    REQUIRE(south);
    CHECK(south->perWeek.at(0).incidents == 0);
    CHECK(south->training.empty());
    CHECK(south->consultants.empty());
    CHECK(south->assignments.empty());
    CHECK_FALSE(leadQueries.incidentReport(period, &error, QStringLiteral("south")));
    CHECK(error.contains(QStringLiteral("only a lead of the team south")));
}

TEST_CASE("the lead's figures carry the team's training assignments, done or not, with the best score")
{
    Statistics server;
    steadyline::test::pushAssignments(server);
    QString error;
    steadyline::server::ServerConnection connection;
    REQUIRE(connection.open(server.address(QStringLiteral("lena")), &error));
    const DashboardPeriod period{QDateTime(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC),
                                 QDateTime(QDate(2026, 11, 16), QTime(0, 0), Qt::UTC), QStringLiteral("UTC")};
    const auto figures = DashboardQueries(connection.database()).figures(QStringLiteral("north"), period, &error);
    INFO(error.toStdString());
    REQUIRE(figures);
    QStringList seen;
    for (const auto &a : figures->assignments)
        seen << QStringLiteral("%1 %2 %3 %4 %5")
                    .arg(a.login, a.scenarioId, a.dueOn.toString(Qt::ISODate),
                         a.done ? a.doneAt.toUTC().toString(Qt::ISODate) : QStringLiteral("open"),
                         a.bestPercent ? QString::number(*a.bestPercent) : QStringLiteral("-"));
    seen.sort();
    CHECK(seen == QStringList{QStringLiteral("anna angry-1 2026-11-05 2026-11-03T15:00:00Z 80"),
                              QStringLiteral("anna threat-2 2099-01-01 open -"),
                              QStringLiteral("bob threat-2 2026-11-13 open -")});
}
