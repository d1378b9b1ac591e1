-- Version 10: a summary of each call's timeline for the lead's dashboard (issue #18 §6, issue #17's
-- scale benchmark), and one list of a team's members instead of two.
--
-- 1. steadyline.call_summary: per call, how far the method went and the cool-downs after it, kept
--    by a trigger on timeline_events as the events arrive (as calls.method_end is, version 5), so
--    that "how far escalations went", the incident report and the other dashboard questions read
--    one row per call through an index instead of every timeline event of the period. A call has
--    a row once it has an event the summary counts (a step of the method, a calm, the final
--    action, a cool-down); its team, login, start and rehearsal flag are copied from the call
--    (they never change; a team's new name cascades) so that row-level security and the index
--    need no join. The desks never see it: pull_changes does not send it.
-- 2. The dashboard functions of version 8 read it, with the same answers as before.
-- 3. team_member_logins() (version 9) was the same as team_members() (version 6); the desk uses
--    team_members() for both the promise and the training pickers, so it is dropped.

SET LOCAL ROLE steadyline_owner;

CREATE TABLE steadyline.call_summary (
    call_id uuid PRIMARY KEY REFERENCES steadyline.calls(id) ON DELETE CASCADE,
    login name NOT NULL,
    team text NOT NULL REFERENCES steadyline.teams(name) ON UPDATE CASCADE,
    started_at timestamptz NOT NULL,
    training boolean NOT NULL,
    -- The highest step of the method entered (1 to 3, 4 for 3½; method_step_rank()) up to the
    -- calm, or in the whole call when it was not calmed; NULL when no step of the method was entered.
    furthest_step integer,
    -- The first "offer help" step entered: where the time to calm is counted from.
    help_offered_at timestamptz,
    -- The first step entered by the event `calmed` (the timeline's detail "event:calmed").
    calmed_at timestamptz,
    -- The final action was hang up or call security (step 3½).
    ended_at_end boolean NOT NULL DEFAULT false,
    cool_downs_started integer NOT NULL DEFAULT 0,
    cool_down_skipped boolean NOT NULL DEFAULT false,
    -- A skipped cool-down makes none of the call's cool-downs "taken" (the rule of version 8).
    cool_downs_taken integer GENERATED ALWAYS AS (CASE WHEN cool_down_skipped THEN 0 ELSE cool_downs_started END) STORED
);
-- The dashboard's questions about a team's period, read from the index alone (the row-level
-- security's login and team included).
CREATE INDEX call_summary_by_team_start ON steadyline.call_summary(team, started_at)
    INCLUDE (login, training, furthest_step, help_offered_at, calmed_at, ended_at_end, cool_downs_taken);
-- The incident report's cool-downs over every team the reader sees: few calls have one.
CREATE INDEX call_summary_cool_downs ON steadyline.call_summary(started_at) WHERE cool_downs_taken > 0;

ALTER TABLE steadyline.call_summary ENABLE ROW LEVEL SECURITY;
ALTER TABLE steadyline.call_summary FORCE ROW LEVEL SECURITY;
-- The rule of the calls (version 3): an agent reads their own, a lead their team's, an admin all.
CREATE POLICY shared_read ON steadyline.call_summary FOR SELECT USING (
    (SELECT steadyline.member_role()) = 'admin'
    OR (login = session_user AND (SELECT steadyline.member_role()) IS NOT NULL)
    OR ((SELECT steadyline.member_role()) = 'lead' AND team = (SELECT steadyline.member_team())));
-- Only the owner's trigger writes it (nobody else is granted the table).
CREATE POLICY kept_by_triggers_insert ON steadyline.call_summary FOR INSERT WITH CHECK (true);
CREATE POLICY kept_by_triggers_update ON steadyline.call_summary FOR UPDATE USING (true) WITH CHECK (true);
REVOKE ALL ON steadyline.call_summary FROM PUBLIC;

-- Each event changes its call's summary by itself, whatever order the events arrive in: a calm
-- earlier than the one known moves the calm back and the furthest step is counted again from
-- the call's timeline (rare: a call is calmed once); any other event only raises or adds. The
-- pushing desk owns the call and its timeline (push_changes checks it), so the reads and writes
-- pass row-level security.
CREATE FUNCTION steadyline.summarize_call_event() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    step_rank integer := CASE WHEN NEW.kind = 'step_entered' THEN steadyline.method_step_rank(NEW.step_id) END;
    calm boolean := NEW.kind = 'step_entered' AND NEW.detail LIKE '%:calmed';
    help_offer boolean := NEW.kind = 'step_entered' AND NEW.step_id = 'help_offer';
    at_end boolean := NEW.kind = 'final_action' AND NEW.detail IN ('hang_up', 'call_security');
    cool_down boolean := NEW.kind = 'cooldown_started';
    skipped boolean := NEW.kind = 'cooldown_ended' AND NEW.detail = 'skipped';
BEGIN
    IF step_rank IS NULL AND NOT (calm OR at_end OR cool_down OR skipped) THEN
        RETURN NULL;
    END IF;
    INSERT INTO steadyline.call_summary (call_id, login, team, started_at, training)
    SELECT c.id, c.login, c.team, c.started_at, c.training FROM steadyline.calls c WHERE c.id = NEW.call_id
    ON CONFLICT (call_id) DO NOTHING;
    -- Every expression reads the row as it was before this event.
    UPDATE steadyline.call_summary s
    SET calmed_at = CASE WHEN calm THEN least(s.calmed_at, NEW.at) ELSE s.calmed_at END,
        furthest_step = CASE
            WHEN calm AND (s.calmed_at IS NULL OR NEW.at < s.calmed_at) THEN
                (SELECT max(steadyline.method_step_rank(t.step_id)) FROM steadyline.timeline_events t
                 WHERE t.call_id = NEW.call_id AND t.kind = 'step_entered' AND t.at <= NEW.at)
            WHEN step_rank IS NOT NULL AND (s.calmed_at IS NULL OR NEW.at <= s.calmed_at) THEN
                greatest(s.furthest_step, step_rank)
            ELSE s.furthest_step END,
        help_offered_at = CASE WHEN help_offer THEN least(s.help_offered_at, NEW.at) ELSE s.help_offered_at END,
        ended_at_end = s.ended_at_end OR at_end,
        cool_downs_started = s.cool_downs_started + CASE WHEN cool_down THEN 1 ELSE 0 END,
        cool_down_skipped = s.cool_down_skipped OR skipped
    WHERE s.call_id = NEW.call_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER summarize_call_event AFTER INSERT ON steadyline.timeline_events
    FOR EACH ROW EXECUTE FUNCTION steadyline.summarize_call_event();
REVOKE EXECUTE ON FUNCTION steadyline.summarize_call_event() FROM PUBLIC;

-- The summaries of every call from its whole timeline, in two passes over the events instead of
-- one trigger call per event: the migration fills the table with it, and a data set loaded with
-- the triggers off (the scale benchmark's) can be summarised afterwards. The superuser's alone
-- (not a definer's function: row-level security would hide the calls).
RESET ROLE;
CREATE FUNCTION steadyline.rebuild_call_summaries() RETURNS bigint
    LANGUAGE sql SET search_path = pg_catalog, pg_temp
    AS $$
        DELETE FROM steadyline.call_summary;
        WITH counted AS MATERIALIZED (
            SELECT t.call_id,
                   min(t.at) FILTER (WHERE t.kind = 'step_entered' AND t.detail LIKE '%:calmed') AS calmed_at,
                   min(t.at) FILTER (WHERE t.kind = 'step_entered' AND t.step_id = 'help_offer') AS help_offered_at,
                   coalesce(bool_or(t.kind = 'final_action' AND t.detail IN ('hang_up', 'call_security')), false)
                       AS ended_at_end,
                   count(*) FILTER (WHERE t.kind = 'cooldown_started')::integer AS cool_downs_started,
                   coalesce(bool_or(t.kind = 'cooldown_ended' AND t.detail = 'skipped'), false) AS cool_down_skipped
            FROM steadyline.timeline_events t
            WHERE (t.kind = 'step_entered' AND (steadyline.method_step_rank(t.step_id) IS NOT NULL
                                                OR t.detail LIKE '%:calmed'))
               OR (t.kind = 'final_action' AND t.detail IN ('hang_up', 'call_security'))
               OR t.kind = 'cooldown_started' OR (t.kind = 'cooldown_ended' AND t.detail = 'skipped')
            GROUP BY t.call_id
        ), furthest AS (
            SELECT t.call_id, max(steadyline.method_step_rank(t.step_id)) AS furthest_step
            FROM steadyline.timeline_events t JOIN counted n ON n.call_id = t.call_id
            WHERE t.kind = 'step_entered' AND (n.calmed_at IS NULL OR t.at <= n.calmed_at)
            GROUP BY t.call_id
        ), inserted AS (
            INSERT INTO steadyline.call_summary (call_id, login, team, started_at, training, furthest_step,
                                                 help_offered_at, calmed_at, ended_at_end, cool_downs_started,
                                                 cool_down_skipped)
            SELECT c.id, c.login, c.team, c.started_at, c.training, f.furthest_step, n.help_offered_at, n.calmed_at,
                   n.ended_at_end, n.cool_downs_started, n.cool_down_skipped
            FROM counted n
            JOIN steadyline.calls c ON c.id = n.call_id
            LEFT JOIN furthest f ON f.call_id = n.call_id
            RETURNING 1
        )
        SELECT count(*) FROM inserted;
    $$;
REVOKE EXECUTE ON FUNCTION steadyline.rebuild_call_summaries() FROM PUBLIC;
SELECT steadyline.rebuild_call_summaries();
SET LOCAL ROLE steadyline_owner;

-- The incidents' month, team and outcome from the index alone (the incident rule unchanged).
DROP INDEX steadyline.calls_incidents;
CREATE INDEX calls_incidents ON steadyline.calls(team, started_at) INCLUDE (outcome, login)
    WHERE NOT training AND ((method_end AND outcome IN ('ended_by_consultant', 'escalated')) OR abusive_tags);

-- The dashboard functions of version 8 with the same answers, now from the summaries. Cool-downs
-- count only on incidents, which version 8's definition keeps: counted here from the few calls
-- with a cool-down taken, joined to their calls.
CREATE OR REPLACE FUNCTION steadyline.dashboard_incidents(team_name text, since timestamptz, until timestamptz,
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
        WITH counted AS (
            SELECT date_trunc($5, c.started_at AT TIME ZONE $4)::date AS bucket, count(*) AS incidents
            FROM steadyline.calls c
            WHERE c.team = $1 AND c.started_at >= $2 AND c.started_at < $3
              AND NOT c.training AND ((c.method_end AND c.outcome IN ('ended_by_consultant', 'escalated')) OR c.abusive_tags) -- incident rule
            GROUP BY 1
        ), rested AS (
            SELECT date_trunc($5, s.started_at AT TIME ZONE $4)::date AS bucket, sum(s.cool_downs_taken) AS cool_downs
            FROM steadyline.call_summary s JOIN steadyline.calls c ON c.id = s.call_id
            WHERE s.team = $1 AND s.started_at >= $2 AND s.started_at < $3 AND s.cool_downs_taken > 0
              AND NOT c.training AND ((c.method_end AND c.outcome IN ('ended_by_consultant', 'escalated')) OR c.abusive_tags) -- incident rule
            GROUP BY 1
        )
        SELECT b::date, coalesce(n.incidents, 0)::bigint, coalesce(r.cool_downs, 0)::bigint
        FROM generate_series(date_trunc($5, $2 AT TIME ZONE $4), ($3 - interval '1 microsecond') AT TIME ZONE $4,
                             ('1 ' || $5)::interval) AS b
        LEFT JOIN counted n ON n.bucket = b::date
        LEFT JOIN rested r ON r.bucket = b::date
        ORDER BY 1
    $query$ USING team_name, since, until, time_zone, period;
END
$$;

CREATE OR REPLACE FUNCTION steadyline.dashboard_escalations(team_name text, since timestamptz, until timestamptz)
    RETURNS TABLE (reached text, calls bigint, median_seconds_to_calm double precision,
                   mean_seconds_to_calm double precision)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
        WITH classified AS (
            SELECT CASE WHEN s.ended_at_end THEN 'ended_3_5'
                        WHEN s.calmed_at IS NOT NULL THEN 'calmed_' || least(s.furthest_step, 3)
                        ELSE 'not_calmed' END AS reached,
                   CASE WHEN NOT s.ended_at_end AND s.calmed_at IS NOT NULL
                        THEN extract(epoch FROM s.calmed_at - coalesce(s.help_offered_at, s.started_at))::double precision
                   END AS seconds
            FROM steadyline.call_summary s
            WHERE s.team = team_name AND s.started_at >= since AND s.started_at < until AND NOT s.training
              AND (s.furthest_step IS NOT NULL OR s.ended_at_end)
        )
        SELECT reached, count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds), avg(seconds)
        FROM classified GROUP BY reached ORDER BY reached
    $$;

CREATE OR REPLACE FUNCTION steadyline.dashboard_consultants(team_name text, since timestamptz, until timestamptz)
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
        ), call_figures AS (
            SELECT c.login, count(*) AS calls,
                   count(*) FILTER (WHERE (c.method_end AND c.outcome IN ('ended_by_consultant', 'escalated')) OR c.abusive_tags) AS incidents -- incident rule
            FROM steadyline.calls c
            WHERE c.team = team_name AND c.started_at >= since AND c.started_at < until AND NOT c.training
            GROUP BY c.login
        ), summary_figures AS (
            SELECT s.login, count(*) FILTER (WHERE s.calmed_at IS NOT NULL) AS calmed,
                   sum(s.cool_downs_taken) AS cool_downs
            FROM steadyline.call_summary s
            WHERE s.team = team_name AND s.started_at >= since AND s.started_at < until AND NOT s.training
            GROUP BY s.login
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
               coalesce(s.calmed, 0)::bigint, coalesce(s.cool_downs, 0)::bigint, coalesce(pr.due, 0)::bigint,
               coalesce(pr.kept_on_time, 0)::bigint, coalesce(tr.attempts, 0)::bigint,
               tr.mean_percent::double precision
        FROM people p
        LEFT JOIN call_figures c ON c.login = p.login
        LEFT JOIN summary_figures s ON s.login = p.login
        LEFT JOIN promise_figures pr ON pr.login = p.login
        LEFT JOIN training_figures tr ON tr.login = p.login
        ORDER BY p.login;
END
$$;

CREATE OR REPLACE FUNCTION steadyline.incident_report(since timestamptz, until timestamptz, time_zone text DEFAULT 'UTC')
    RETURNS TABLE (month date, team text, outcome text, incidents bigint, cool_downs bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF until <= since OR until - since > interval '3700 days' THEN
        RAISE EXCEPTION 'the time span must be positive and at most ten years' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN QUERY EXECUTE $query$
        WITH counted AS (
            SELECT date_trunc('month', c.started_at AT TIME ZONE $3)::date AS month, c.team,
                   coalesce(c.outcome, 'open') AS outcome, count(*) AS incidents
            FROM steadyline.calls c
            WHERE c.started_at >= $1 AND c.started_at < $2
              AND NOT c.training AND ((c.method_end AND c.outcome IN ('ended_by_consultant', 'escalated')) OR c.abusive_tags) -- incident rule
            GROUP BY 1, 2, 3
        ), rested AS (
            SELECT date_trunc('month', c.started_at AT TIME ZONE $3)::date AS month, c.team,
                   coalesce(c.outcome, 'open') AS outcome, sum(s.cool_downs_taken) AS cool_downs
            FROM steadyline.call_summary s JOIN steadyline.calls c ON c.id = s.call_id
            WHERE s.started_at >= $1 AND s.started_at < $2 AND s.cool_downs_taken > 0
              AND NOT c.training AND ((c.method_end AND c.outcome IN ('ended_by_consultant', 'escalated')) OR c.abusive_tags) -- incident rule
            GROUP BY 1, 2, 3
        )
        SELECT n.month, n.team, n.outcome, n.incidents::bigint, coalesce(r.cool_downs, 0)::bigint
        FROM counted n
        LEFT JOIN rested r ON r.month = n.month AND r.team = n.team AND r.outcome = n.outcome
        ORDER BY 1, 2, 3
    $query$ USING since, until, time_zone;
END
$$;

-- One list of the team's members (team_members(), version 6) for every picker.
DROP FUNCTION steadyline.team_member_logins();
