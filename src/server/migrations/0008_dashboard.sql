-- Version 8: the lead's dashboard statistics and the incident report for health and safety
-- (issue #18 §6 and §1), and the audit of their exports.
--
-- Every function is SECURITY DEFINER and reads through the tables' row-level security, which
-- looks at session_user: a lead sees their own team, an admin every team, and a lead asking about
-- another team gets zeros and empty lists, never an error that tells whether the team exists.
-- Agents are not granted them (their own figures are on their own desk).
--
-- The incident rule (version 5): a call that is not a rehearsal and the consultant ended at the
-- method's end (calls.method_end, ended_by_consultant or escalated) or carries the insult/threat tags. Marked "-- incident rule"
-- wherever it is written, so that one change of the rule finds every copy.
--
-- The 3.5 steps are known by the step ids of the method's playbooks: help_offer (1), boundary (2),
-- final_warning (3), countdown, hang_up and call_security (3½). A caller calmed is a step entered
-- by the event `calmed` (the timeline's detail "event:calmed").

SET LOCAL ROLE steadyline_owner;

-- The step of the method a step id is, 1 to 4 (4 for 3½); NULL for any other step.
CREATE FUNCTION steadyline.method_step_rank(step_id text) RETURNS integer
    LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp
    AS $$
        SELECT CASE step_id
                   WHEN 'help_offer' THEN 1
                   WHEN 'boundary' THEN 2
                   WHEN 'final_warning' THEN 3
                   WHEN 'countdown' THEN 4
                   WHEN 'hang_up' THEN 4
                   WHEN 'call_security' THEN 4
               END
    $$;

-- Abusive calls (incidents) and cool-downs taken per day, week (from Monday) or month in
-- `time_zone`, every period of [since, until) listed, empty ones with zeros (the chart's axis).
-- A cool-down counts with its incident's call; one skipped is not "taken".
CREATE FUNCTION steadyline.dashboard_incidents(team_name text, since timestamptz, until timestamptz,
                                               time_zone text DEFAULT 'UTC', period text DEFAULT 'day')
    RETURNS TABLE (period_start date, incidents bigint, cool_downs bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF period IS NULL OR period NOT IN ('day', 'week', 'month') THEN
        RAISE EXCEPTION 'the period is day, week or month, not %', period USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF until <= since OR until - since > interval '3700 days' THEN
        RAISE EXCEPTION 'the time span must be positive and at most ten years' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN QUERY EXECUTE $query$
        WITH incident AS (
            SELECT c.id, date_trunc($5, c.started_at AT TIME ZONE $4)::date AS bucket
            FROM steadyline.calls c
            WHERE c.team = $1 AND c.started_at >= $2 AND c.started_at < $3
              AND NOT c.training AND ((c.method_end AND c.outcome IN ('ended_by_consultant', 'escalated')) OR c.abusive_tags) -- incident rule
        ), counted AS (
            SELECT i.bucket, count(*) AS incidents,
                   sum((SELECT count(*) FROM steadyline.timeline_events t
                        WHERE t.call_id = i.id AND t.kind = 'cooldown_started'
                          AND NOT EXISTS (SELECT 1 FROM steadyline.timeline_events e
                                          WHERE e.call_id = i.id AND e.kind = 'cooldown_ended'
                                            AND e.detail = 'skipped'))) AS cool_downs
            FROM incident i GROUP BY i.bucket
        )
        SELECT b::date, coalesce(n.incidents, 0)::bigint, coalesce(n.cool_downs, 0)::bigint
        FROM generate_series(date_trunc($5, $2 AT TIME ZONE $4), ($3 - interval '1 microsecond') AT TIME ZONE $4,
                             ('1 ' || $5)::interval) AS b
        LEFT JOIN counted n ON n.bucket = b::date
        ORDER BY 1
    $query$ USING team_name, since, until, time_zone, period;
END
$$;

-- How far the calls that used the method went: calmed at step 1, 2 or 3, ended at 3½ (hang up or
-- security), or neither (the caller hung up, the call was handed over). Time to calm: from the
-- first "offer help" to the step the event `calmed` led to, median and mean in seconds.
CREATE FUNCTION steadyline.dashboard_escalations(team_name text, since timestamptz, until timestamptz)
    RETURNS TABLE (reached text, calls bigint, median_seconds_to_calm double precision,
                   mean_seconds_to_calm double precision)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
        WITH period_calls AS (
            SELECT c.id, c.started_at FROM steadyline.calls c
            WHERE c.team = team_name AND c.started_at >= since AND c.started_at < until AND NOT c.training
        ), calmed AS (
            SELECT t.call_id, min(t.at) AS calmed_at
            FROM period_calls c JOIN steadyline.timeline_events t ON t.call_id = c.id
            WHERE t.kind = 'step_entered' AND t.detail LIKE '%:calmed'
            GROUP BY t.call_id
        ), per_call AS (
            SELECT c.id, m.calmed_at,
                   max(steadyline.method_step_rank(t.step_id))
                       FILTER (WHERE t.kind = 'step_entered' AND (m.calmed_at IS NULL OR t.at <= m.calmed_at)) AS furthest,
                   coalesce(min(t.at) FILTER (WHERE t.kind = 'step_entered' AND t.step_id = 'help_offer'),
                            c.started_at) AS method_start,
                   bool_or(t.kind = 'final_action' AND t.detail IN ('hang_up', 'call_security')) AS ended_at_end
            FROM period_calls c
            JOIN steadyline.timeline_events t ON t.call_id = c.id
            LEFT JOIN calmed m ON m.call_id = c.id
            GROUP BY c.id, c.started_at, m.calmed_at
        ), classified AS (
            SELECT CASE WHEN ended_at_end THEN 'ended_3_5'
                        WHEN calmed_at IS NOT NULL THEN 'calmed_' || least(furthest, 3)
                        ELSE 'not_calmed' END AS reached,
                   CASE WHEN NOT ended_at_end AND calmed_at IS NOT NULL
                        THEN extract(epoch FROM calmed_at - method_start)::double precision END AS seconds
            FROM per_call WHERE furthest IS NOT NULL OR ended_at_end
        )
        SELECT reached, count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds), avg(seconds)
        FROM classified GROUP BY reached ORDER BY reached
    $$;

-- Promises due in [since, until): kept by the due time, kept later, cancelled, still open past
-- their due time, still open and not yet due.
CREATE FUNCTION steadyline.dashboard_promises(team_name text, since timestamptz, until timestamptz)
    RETURNS TABLE (kept_on_time bigint, kept_late bigint, cancelled bigint, open_overdue bigint, open_not_due bigint)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
        SELECT count(*) FILTER (WHERE o.status = 'kept' AND o.status_at <= o.due_at),
               count(*) FILTER (WHERE o.status = 'kept' AND o.status_at > o.due_at),
               count(*) FILTER (WHERE o.status = 'cancelled'),
               count(*) FILTER (WHERE o.status = 'open' AND o.due_at < now()),
               count(*) FILTER (WHERE o.status = 'open' AND o.due_at >= now())
        FROM steadyline.promise_current o
        WHERE o.team = team_name AND o.due_at >= since AND o.due_at < until
    $$;

-- Training scores per scenario: attempts and the mean score in percent of the scenario's maximum.
CREATE FUNCTION steadyline.dashboard_training(team_name text, since timestamptz, until timestamptz)
    RETURNS TABLE (scenario_id text, attempts bigint, mean_percent double precision)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
        SELECT a.scenario_id, count(*),
               avg(100.0 * a.score / nullif(a.max_score, 0))::double precision
        FROM steadyline.training_attempts a
        WHERE a.team = team_name AND a.at >= since AND a.at < until
        GROUP BY a.scenario_id ORDER BY a.scenario_id
    $$;

-- Per consultant, only for the asker's own team (a lead's, or an admin's own) and in the order of
-- the logins: figures to talk about with each person, not a ranking (issue #18: monitoring is what
-- call-centre workers complain of most). Every member of the team is listed, also with zeros.
CREATE FUNCTION steadyline.dashboard_consultants(team_name text, since timestamptz, until timestamptz)
    RETURNS TABLE (login name, calls bigint, incidents bigint, calmed bigint, cool_downs bigint,
                   promises_due bigint, promises_kept_on_time bigint, training_attempts bigint,
                   training_mean_percent double precision)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF steadyline.member_role() IS DISTINCT FROM 'lead' AND steadyline.member_role() IS DISTINCT FROM 'admin'
       OR steadyline.member_team() IS DISTINCT FROM team_name THEN
        RAISE EXCEPTION 'figures per consultant are only for a lead''s own team'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY
        WITH people AS (
            SELECT m.login FROM steadyline.members m WHERE m.team = team_name
        ), period_calls AS (
            SELECT c.id, c.login,
                   NOT c.training AND ((c.method_end AND c.outcome IN ('ended_by_consultant', 'escalated')) OR c.abusive_tags) AS incident -- incident rule
            FROM steadyline.calls c
            WHERE c.team = team_name AND c.started_at >= since AND c.started_at < until AND NOT c.training
        ), call_figures AS (
            SELECT c.login, count(*) AS calls, count(*) FILTER (WHERE c.incident) AS incidents,
                   count(*) FILTER (WHERE EXISTS (SELECT 1 FROM steadyline.timeline_events t
                                                  WHERE t.call_id = c.id AND t.kind = 'step_entered'
                                                    AND t.detail LIKE '%:calmed')) AS calmed,
                   sum((SELECT count(*) FROM steadyline.timeline_events t
                        WHERE t.call_id = c.id AND t.kind = 'cooldown_started'
                          AND NOT EXISTS (SELECT 1 FROM steadyline.timeline_events e
                                          WHERE e.call_id = c.id AND e.kind = 'cooldown_ended'
                                            AND e.detail = 'skipped'))) AS cool_downs
            FROM period_calls c GROUP BY c.login
        ), promise_figures AS (
            SELECT o.login, count(*) AS due,
                   count(*) FILTER (WHERE o.status = 'kept' AND o.status_at <= o.due_at) AS kept_on_time
            FROM steadyline.promise_current o
            WHERE o.team = team_name AND o.due_at >= since AND o.due_at < until
            GROUP BY o.login
        ), training_figures AS (
            SELECT a.login, count(*) AS attempts, avg(100.0 * a.score / nullif(a.max_score, 0)) AS mean_percent
            FROM steadyline.training_attempts a
            WHERE a.team = team_name AND a.at >= since AND a.at < until
            GROUP BY a.login
        )
        SELECT p.login, coalesce(c.calls, 0)::bigint, coalesce(c.incidents, 0)::bigint,
               coalesce(c.calmed, 0)::bigint, coalesce(c.cool_downs, 0)::bigint, coalesce(pr.due, 0)::bigint,
               coalesce(pr.kept_on_time, 0)::bigint, coalesce(tr.attempts, 0)::bigint,
               tr.mean_percent::double precision
        FROM people p
        LEFT JOIN call_figures c ON c.login = p.login
        LEFT JOIN promise_figures pr ON pr.login = p.login
        LEFT JOIN training_figures tr ON tr.login = p.login
        ORDER BY p.login;
END
$$;

-- The incident report for health and safety: incidents per month (in `time_zone`), team and
-- outcome ("open" for a call not ended), with the cool-downs taken after them. Counts only: no
-- consultant, no caller. A lead gets their team's rows, an admin every team's.
CREATE FUNCTION steadyline.incident_report(since timestamptz, until timestamptz, time_zone text DEFAULT 'UTC')
    RETURNS TABLE (month date, team text, outcome text, incidents bigint, cool_downs bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF until <= since OR until - since > interval '3700 days' THEN
        RAISE EXCEPTION 'the time span must be positive and at most ten years' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN QUERY EXECUTE $query$
        SELECT date_trunc('month', c.started_at AT TIME ZONE $3)::date, c.team, coalesce(c.outcome, 'open'),
               count(*),
               sum((SELECT count(*) FROM steadyline.timeline_events t
                    WHERE t.call_id = c.id AND t.kind = 'cooldown_started'
                      AND NOT EXISTS (SELECT 1 FROM steadyline.timeline_events e
                                      WHERE e.call_id = c.id AND e.kind = 'cooldown_ended'
                                        AND e.detail = 'skipped')))::bigint
        FROM steadyline.calls c
        WHERE c.started_at >= $1 AND c.started_at < $2
          AND NOT c.training AND ((c.method_end AND c.outcome IN ('ended_by_consultant', 'escalated')) OR c.abusive_tags) -- incident rule
        GROUP BY 1, 2, 3
        ORDER BY 1, 2, 3
    $query$ USING since, until, time_zone;
END
$$;

-- An export from the dashboard or the command line, in the audit log (issue #18 §8): what was
-- exported, the period and the file's name (never its contents).
CREATE FUNCTION steadyline.record_export(what text, detail jsonb DEFAULT '{}') RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF what IS NULL OR what NOT IN ('dashboard_chart', 'dashboard_table', 'incident_report') THEN
        RAISE EXCEPTION 'not an export the audit log knows: %', what
            USING ERRCODE = 'invalid_parameter_value', HINT = 'dashboard_chart, dashboard_table, incident_report';
    END IF;
    PERFORM steadyline.record_audit('export', jsonb_build_object('what', what) || coalesce(detail, '{}'));
END
$$;

REVOKE EXECUTE ON FUNCTION steadyline.method_step_rank(text),
                           steadyline.dashboard_incidents(text, timestamptz, timestamptz, text, text),
                           steadyline.dashboard_escalations(text, timestamptz, timestamptz),
                           steadyline.dashboard_promises(text, timestamptz, timestamptz),
                           steadyline.dashboard_training(text, timestamptz, timestamptz),
                           steadyline.dashboard_consultants(text, timestamptz, timestamptz),
                           steadyline.incident_report(timestamptz, timestamptz, text),
                           steadyline.record_export(text, jsonb)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION steadyline.method_step_rank(text),
                          steadyline.dashboard_incidents(text, timestamptz, timestamptz, text, text),
                          steadyline.dashboard_escalations(text, timestamptz, timestamptz),
                          steadyline.dashboard_promises(text, timestamptz, timestamptz),
                          steadyline.dashboard_training(text, timestamptz, timestamptz),
                          steadyline.dashboard_consultants(text, timestamptz, timestamptz),
                          steadyline.incident_report(timestamptz, timestamptz, text),
                          steadyline.record_export(text, jsonb)
    TO steadyline_lead, steadyline_admin;
