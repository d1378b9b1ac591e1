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

// The two weeks of the data set, as kTwoWeeks, for the desk's queries.
DashboardPeriod twoWeeks()
{
    return {QDateTime(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC), QDateTime(QDate(2026, 11, 16), QTime(0, 0), Qt::UTC),
            QStringLiteral("UTC")};
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
    const DashboardPeriod period = twoWeeks();
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

namespace {

// Version 8's answers, computed from the timeline itself as version 8 did (the reference that
// version 10's call summaries must match), over every call the superuser sees of team north.
const QString kTimelinePerCall = QStringLiteral(R"(
    WITH calmed AS (
        SELECT t.call_id, min(t.at) AS calmed_at FROM steadyline.timeline_events t
        WHERE t.kind = 'step_entered' AND t.detail LIKE '%:calmed' GROUP BY t.call_id)
    SELECT c.id, c.login, c.started_at, c.training, m.calmed_at,
           max(steadyline.method_step_rank(t.step_id))
               FILTER (WHERE t.kind = 'step_entered' AND (m.calmed_at IS NULL OR t.at <= m.calmed_at)) AS furthest,
           coalesce(min(t.at) FILTER (WHERE t.kind = 'step_entered' AND t.step_id = 'help_offer'), c.started_at)
               AS method_start,
           bool_or(t.kind = 'final_action' AND t.detail IN ('hang_up', 'call_security')) AS ended_at_end,
           (SELECT count(*) FROM steadyline.timeline_events x WHERE x.call_id = c.id AND x.kind = 'cooldown_started'
              AND NOT EXISTS (SELECT 1 FROM steadyline.timeline_events e WHERE e.call_id = c.id
                              AND e.kind = 'cooldown_ended' AND e.detail = 'skipped')) AS cool_downs
    FROM steadyline.calls c JOIN steadyline.timeline_events t ON t.call_id = c.id
    LEFT JOIN calmed m ON m.call_id = c.id
    WHERE c.team = 'north'
    GROUP BY c.id, c.login, c.started_at, c.training, m.calmed_at)");

} // namespace

TEST_CASE("the call summaries kept by the trigger give version 8's answers, whatever order the events came in")
{
    Statistics server;
    // 600 calls of anna and bob with 0 to 12 events each of every kind the summary reads (and one
    // it ignores), at random moments of the call, pushed by the desks' own logins in a random
    // order in ten pushes each: a calm may arrive before or after the steps before it.
    server.superuserSql(QStringLiteral(R"(
        SELECT setseed(0.18);
        CREATE TABLE public.generated_calls AS
            SELECT ('71111111-1111-4111-8111-' || lpad(i::text, 12, '0'))::uuid AS id,
                   CASE WHEN i % 2 = 0 THEN 'anna' ELSE 'bob' END AS login,
                   timestamptz '2026-10-01' + i * interval '97 minutes' AS started_at, i % 17 = 0 AS training,
                   (ARRAY['resolved', 'escalated', 'ended_by_consultant', 'caller_hung_up'])[1 + i % 4] AS outcome,
                   i % 13 AS events
            FROM generate_series(1, 600) i;
        CREATE TABLE public.generated_events AS
            SELECT gen_random_uuid() AS id, c.id AS call_id, c.login,
                   c.started_at + floor(random() * 600)::integer * interval '1 second' AS at,
                   (ARRAY['step_entered', 'step_entered', 'step_entered', 'final_action', 'cooldown_started',
                          'cooldown_ended', 'line_said'])[1 + floor(random() * 7)::integer] AS kind,
                   (ARRAY['help_offer', 'boundary', 'final_warning', 'countdown', 'hang_up', 'call_security',
                          'resolution', 'other'])[1 + floor(random() * 8)::integer] AS step_id,
                   (ARRAY['event:calmed', 'event:next', 'hang_up', 'call_security', 'skipped', 'finished',
                          'none'])[1 + floor(random() * 7)::integer] AS detail,
                   random() AS arrival
            FROM public.generated_calls c CROSS JOIN LATERAL generate_series(1, c.events) k;
        GRANT SELECT ON public.generated_calls, public.generated_events TO PUBLIC;)"));
    server.superuserSql(QStringLiteral(R"(
        DO $push$
        DECLARE
            desk text;
            part integer;
        BEGIN
            FOREACH desk IN ARRAY ARRAY['anna', 'bob'] LOOP
                EXECUTE format('SET SESSION AUTHORIZATION %I', desk);
                PERFORM steadyline.push_changes((
                    SELECT jsonb_agg(jsonb_build_object('kind', 'call', 'id', id, 'data', jsonb_build_object(
                        'started_at', started_at, 'ended_at', started_at + interval '20 minutes', 'outcome', outcome,
                        'playbook_id', 'aggressive-caller-en', 'playbook_revision', 3, 'training', training)))
                    FROM public.generated_calls WHERE login = desk));
                FOR part IN 0..9 LOOP
                    PERFORM steadyline.push_changes((
                        SELECT jsonb_agg(jsonb_build_object('kind', 'timeline', 'id', id, 'data', jsonb_build_object(
                            'call_id', call_id, 'at', at, 'kind', kind, 'step_id', step_id, 'detail', detail))
                            ORDER BY arrival)
                        FROM public.generated_events WHERE login = desk AND floor(arrival * 10) = part));
                END LOOP;
                RESET SESSION AUTHORIZATION;
            END LOOP;
        END
        $push$;)"));

    // Varied enough to mean something: calmed at every step, ended at 3½, cool-downs taken and
    // skipped, rehearsals.
    CHECK(server.superuserSql(
              QStringLiteral("SELECT count(*) > 300, count(DISTINCT least(furthest, 3)) FILTER (WHERE calmed_at IS NOT "
                             "NULL) = 3, count(*) FILTER (WHERE ended_at_end) > 30, sum(cool_downs) > 30, "
                             "count(*) FILTER (WHERE training) > 5 FROM (%1) v")
                  .arg(kTimelinePerCall)) == QStringLiteral("t|t|t|t|t"));
    // Every call's summary equals what its timeline says (a call without an event the summary
    // reads has no row, which reads as "nothing reached").
    const QString differences = QStringLiteral(R"(
        SELECT count(*) FILTER (WHERE v.calmed_at IS DISTINCT FROM s.calmed_at) || ' ' ||
               count(*) FILTER (WHERE v.furthest IS DISTINCT FROM s.furthest_step) || ' ' ||
               count(*) FILTER (WHERE v.method_start IS DISTINCT FROM coalesce(s.help_offered_at, v.started_at)) || ' ' ||
               count(*) FILTER (WHERE v.ended_at_end IS DISTINCT FROM coalesce(s.ended_at_end, false)) || ' ' ||
               count(*) FILTER (WHERE v.cool_downs IS DISTINCT FROM coalesce(s.cool_downs_taken, 0)) || ' ' ||
               count(*) FILTER (WHERE s.call_id IS NOT NULL AND (s.login, s.started_at, s.training)
                                      IS DISTINCT FROM (v.login, v.started_at, v.training))
        FROM (%1) v LEFT JOIN steadyline.call_summary s ON s.call_id = v.id)");
    CHECK(server.superuserSql(differences.arg(kTimelinePerCall)) == QStringLiteral("0 0 0 0 0 0"));

    // The functions the lead calls answer as version 8's did on the same rows.
    const QString span = QStringLiteral("'2026-09-01T00:00:00Z', '2026-12-01T00:00:00Z'");
    const QString escalationsBefore = QStringLiteral(R"(
        WITH classified AS (
            SELECT CASE WHEN ended_at_end THEN 'ended_3_5'
                        WHEN calmed_at IS NOT NULL THEN 'calmed_' || least(furthest, 3)
                        ELSE 'not_calmed' END AS reached,
                   CASE WHEN NOT ended_at_end AND calmed_at IS NOT NULL
                        THEN extract(epoch FROM calmed_at - method_start)::double precision END AS seconds
            FROM (%1) v WHERE NOT training AND (furthest IS NOT NULL OR ended_at_end))
        SELECT string_agg(concat_ws(' ', reached, calls, median, round(mean::numeric, 6)), ', ' ORDER BY reached)
        FROM (SELECT reached, count(*) AS calls, percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) AS median,
                     avg(seconds) AS mean FROM classified GROUP BY reached) g)")
                                          .arg(kTimelinePerCall);
    const QString escalationsNow =
        QStringLiteral("SELECT string_agg(concat_ws(' ', reached, calls, median_seconds_to_calm, "
                       "round(mean_seconds_to_calm::numeric, 6)), ', ' ORDER BY reached) FROM "
                       "steadyline.dashboard_escalations('north', "
                       "%1)")
            .arg(span);
    const QString expectedEscalations = server.superuserSql(escalationsBefore);
    CHECK(expectedEscalations.count(QStringLiteral(", ")) == 4);
    CHECK(server.ok(QStringLiteral("lena"), escalationsNow) == expectedEscalations);

    const QString incidentsBefore = QStringLiteral(R"(
        SELECT string_agg(concat_ws(' ', month, team, outcome, incidents, cool_downs), ', ' ORDER BY month, team, outcome)
        FROM (SELECT date_trunc('month', c.started_at AT TIME ZONE 'Europe/Warsaw')::date AS month, c.team,
                     coalesce(c.outcome, 'open') AS outcome, count(*) AS incidents,
                     sum((SELECT count(*) FROM steadyline.timeline_events t
                          WHERE t.call_id = c.id AND t.kind = 'cooldown_started'
                            AND NOT EXISTS (SELECT 1 FROM steadyline.timeline_events e
                                            WHERE e.call_id = c.id AND e.kind = 'cooldown_ended'
                                              AND e.detail = 'skipped'))) AS cool_downs
              FROM steadyline.calls c
              WHERE c.started_at >= '2026-09-01T00:00:00Z' AND c.started_at < '2026-12-01T00:00:00Z' AND NOT c.training
                AND ((c.method_end AND c.outcome IN ('ended_by_consultant', 'escalated')) OR c.abusive_tags)
              GROUP BY 1, 2, 3) r)");
    const QString expectedIncidents = server.superuserSql(incidentsBefore);
    CHECK(expectedIncidents.count(QStringLiteral("north")) >= 4);
    CHECK(
        server.ok(QStringLiteral("ada"),
                  QStringLiteral("SELECT string_agg(concat_ws(' ', month, team, outcome, incidents, cool_downs), ', ' "
                                 "ORDER BY month, team, outcome) FROM steadyline.incident_report(%1, "
                                 "'Europe/Warsaw')")
                      .arg(span)) == expectedIncidents);

    const QString perConsultantExpected = server.superuserSql(QStringLiteral(R"(
        SELECT string_agg(line, ', ' ORDER BY login) FROM (
            SELECT c.login, concat_ws(' ', c.login, count(*), coalesce(sum(v.cool_downs), 0), count(v.calmed_at)) AS line
            FROM steadyline.calls c LEFT JOIN (%1) v ON v.id = c.id
            WHERE c.team = 'north' AND NOT c.training
              AND c.started_at >= '2026-09-01T00:00:00Z' AND c.started_at < '2026-12-01T00:00:00Z'
            GROUP BY c.login) p)")
                                                                  .arg(kTimelinePerCall));
    CHECK(server.ok(QStringLiteral("lena"),
                    QStringLiteral("SELECT string_agg(concat_ws(' ', login, calls, cool_downs, calmed), ', ' ORDER BY "
                                   "login) FROM steadyline.dashboard_consultants('north', %1) WHERE calls > 0")
                        .arg(span)) == perConsultantExpected);

    // Made again from the whole timeline at once (the migration's backfill), the same rows.
    server.superuserSql(QStringLiteral("CREATE TABLE public.kept_summaries AS SELECT * FROM steadyline.call_summary"));
    CHECK(server.superuserSql(QStringLiteral("SELECT steadyline.rebuild_call_summaries() = count(*) FROM "
                                             "public.kept_summaries")) == QStringLiteral("t"));
    CHECK(server.superuserSql(QStringLiteral(
              "SELECT count(*) FROM ((TABLE public.kept_summaries EXCEPT TABLE steadyline.call_summary) UNION ALL "
              "(TABLE steadyline.call_summary EXCEPT TABLE public.kept_summaries)) d")) == QStringLiteral("0"));
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
    const DashboardPeriod period = twoWeeks();
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
    const DashboardPeriod period = twoWeeks();
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

TEST_CASE("a server older than the dashboard needs says which schema it needs and what the admin runs")
{
    Statistics server;
    // A server whose admin has not run `server init` since an older Steadyline: the dashboard's
    // newest function is not there yet (as on a server of schema 10).
    server.superuserSql(QStringLiteral("DROP FUNCTION steadyline.dashboard_incidents(text, timestamptz, timestamptz, "
                                       "text, text)"));
    QString error;
    steadyline::server::ServerConnection connection;
    REQUIRE(connection.open(server.address(QStringLiteral("lena")), &error));
    const DashboardQueries queries(connection.database());
    const DashboardPeriod period = twoWeeks();
    CHECK_FALSE(queries.figures(QStringLiteral("north"), period, &error));
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("schema %1").arg(steadyline::server::kDashboardSchema)));
    CHECK(error.contains(QStringLiteral("steadyline server init")));
    CHECK_FALSE(error.contains(QStringLiteral("schema 8 ")));
}
