-- Version 3: what a lead's dashboard asks, fast on five years of a team of 300 (issue #17's
-- benchmark: 10 million calls): incidents this week, outcomes per day, open promises overdue first.
-- It uses nothing of version 2, so it applies the same with or without it.

SET LOCAL ROLE steadyline_owner;

-- Row-level security, the same rule as before (an agent reads their own rows, a lead their
-- team's, an admin everything, a former member nothing) written so that the reader's role and
-- team are looked up once per query (each "(SELECT …)" becomes an InitPlan) instead of once per
-- row through may_read(): on a month of a team's calls that is 160,000 function calls saved.
DO $rls$
DECLARE
    shared text;
BEGIN
    FOREACH shared IN ARRAY ARRAY['calls', 'timeline_events', 'notes', 'promises', 'training_attempts'] LOOP
        EXECUTE format('DROP POLICY shared_read ON steadyline.%I', shared);
        EXECUTE format($policy$
            CREATE POLICY shared_read ON steadyline.%I FOR SELECT USING (
                (SELECT steadyline.member_role()) = 'admin'
                OR (login = session_user AND (SELECT steadyline.member_role()) IS NOT NULL)
                OR ((SELECT steadyline.member_role()) = 'lead' AND team = (SELECT steadyline.member_team())))
            $policy$, shared);
    END LOOP;
END
$rls$;

-- A promise's status changes: the same, and (as version 2 added) the holder of the promise reads
-- every change of it, a lead's included, so her desk learns that it was taken over or cancelled.
DROP POLICY shared_read ON steadyline.promise_status_changes;
CREATE POLICY shared_read ON steadyline.promise_status_changes FOR SELECT USING (
    (SELECT steadyline.member_role()) = 'admin'
    OR ((SELECT steadyline.member_role()) IS NOT NULL
        AND (login = session_user
             OR EXISTS (SELECT 1 FROM steadyline.promises p WHERE p.id = promise_id AND p.login = session_user)))
    OR ((SELECT steadyline.member_role()) = 'lead' AND team = (SELECT steadyline.member_team())));

-- Incidents: calls the method took to its end (the consultant ended it, or called security),
-- training calls aside. The partial index holds only them.
CREATE INDEX calls_incidents ON steadyline.calls(team, started_at)
    WHERE NOT training AND outcome IN ('ended_by_consultant', 'escalated');

-- Outcomes per day: the index holds every column the count and the row-level security read,
-- so a month of a team's calls is read from the index alone. It covers what
-- calls_by_team_start did.
CREATE INDEX calls_by_team_start_covering ON steadyline.calls(team, started_at)
    INCLUDE (outcome, training, login);
DROP INDEX steadyline.calls_by_team_start;

-- A promise's current status (the latest change by the desk's time, then the server's number;
-- "open" without one), kept by triggers so that the open ones are found without reading every
-- promise's history. Only the owner's triggers write it; readers see it through the same rule.
CREATE TABLE steadyline.promise_current (
    promise_id uuid PRIMARY KEY REFERENCES steadyline.promises(id) ON DELETE CASCADE,
    login name NOT NULL,
    team text NOT NULL,
    due_at timestamptz,
    status text NOT NULL DEFAULT 'open',
    status_at timestamptz NOT NULL DEFAULT '-infinity',
    status_seq bigint NOT NULL DEFAULT 0
);
CREATE INDEX promise_current_open_by_due ON steadyline.promise_current(team, due_at) WHERE status = 'open';
ALTER TABLE steadyline.promise_current ENABLE ROW LEVEL SECURITY;
ALTER TABLE steadyline.promise_current FORCE ROW LEVEL SECURITY;
CREATE POLICY shared_read ON steadyline.promise_current FOR SELECT USING (
    (SELECT steadyline.member_role()) = 'admin'
    OR (login = session_user AND (SELECT steadyline.member_role()) IS NOT NULL)
    OR ((SELECT steadyline.member_role()) = 'lead' AND team = (SELECT steadyline.member_team())));
-- No login holds a privilege on the table; only the triggers below (the owner's) write it.
CREATE POLICY kept_by_triggers_insert ON steadyline.promise_current FOR INSERT WITH CHECK (true);
CREATE POLICY kept_by_triggers_update ON steadyline.promise_current FOR UPDATE USING (true) WITH CHECK (true);

-- Filled from what is there as the superuser: the owner would see nothing through the rule.
RESET ROLE;
INSERT INTO steadyline.promise_current (promise_id, login, team, due_at)
SELECT p.id, p.login, p.team, p.due_at FROM steadyline.promises p;
UPDATE steadyline.promise_current c SET status = s.status, status_at = s.at, status_seq = s.seq
FROM (SELECT DISTINCT ON (promise_id) promise_id, status, at, seq
      FROM steadyline.promise_status_changes ORDER BY promise_id, at DESC, seq DESC) s
WHERE s.promise_id = c.promise_id;
SET LOCAL ROLE steadyline_owner;

CREATE FUNCTION steadyline.promise_current_from_promise() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO steadyline.promise_current (promise_id, login, team, due_at)
        VALUES (NEW.id, NEW.login, NEW.team, NEW.due_at);
    ELSIF NEW.due_at IS DISTINCT FROM OLD.due_at THEN
        UPDATE steadyline.promise_current SET due_at = NEW.due_at WHERE promise_id = NEW.id;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER promise_current_from_promise AFTER INSERT OR UPDATE OF due_at ON steadyline.promises
    FOR EACH ROW EXECUTE FUNCTION steadyline.promise_current_from_promise();

CREATE FUNCTION steadyline.promise_current_from_status() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    UPDATE steadyline.promise_current
       SET status = NEW.status, status_at = NEW.at, status_seq = NEW.seq
     WHERE promise_id = NEW.promise_id AND (status_at, status_seq) < (NEW.at, NEW.seq);
    RETURN NULL;
END
$$;
CREATE TRIGGER promise_current_from_status AFTER INSERT ON steadyline.promise_status_changes
    FOR EACH ROW EXECUTE FUNCTION steadyline.promise_current_from_status();

-- The dashboard's questions. Row-level security still decides what each caller sees (a lead
-- asking about another team gets nothing); the team is a parameter for admins.

-- Incidents that started in [since, until), newest first.
CREATE FUNCTION steadyline.team_incidents(team_name text, since timestamptz, until timestamptz)
    RETURNS TABLE (id uuid, login name, started_at timestamptz, ended_at timestamptz, outcome text,
                   playbook_id text, playbook_revision integer)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
        SELECT c.id, c.login, c.started_at, c.ended_at, c.outcome, c.playbook_id, c.playbook_revision
        FROM steadyline.calls c
        WHERE c.team = team_name AND c.started_at >= since AND c.started_at < until
          AND NOT c.training AND c.outcome IN ('ended_by_consultant', 'escalated')
        ORDER BY c.started_at DESC
    $$;

-- Calls per day (in `time_zone`, e.g. 'Europe/Warsaw') and outcome ('open' for a call not ended),
-- training calls aside. Planned at each call with its values (EXECUTE), so that the estimate
-- follows the period asked for. A month of a team of 300 is 150,000 calls read from the covering
-- index alone; the planner still guesses ~1% of them (row-level security's filter) and sorts to
-- group: 140–300 ms at 10 million calls on a loaded 2-core machine (docs/benchmarks.md).
CREATE FUNCTION steadyline.team_outcomes_per_day(team_name text, since timestamptz, until timestamptz,
                                                 time_zone text DEFAULT 'UTC')
    RETURNS TABLE (day date, outcome text, calls bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    RETURN QUERY EXECUTE $query$
        SELECT (c.started_at AT TIME ZONE $4)::date, coalesce(c.outcome, 'open'), count(*)
        FROM steadyline.calls c
        WHERE c.team = $1 AND c.started_at >= $2 AND c.started_at < $3 AND NOT c.training
        GROUP BY 1, 2
        ORDER BY 1, 2
    $query$ USING team_name, since, until, time_zone;
END
$$;

-- Open promises, those due first (overdue ones lead), those without a due time last.
CREATE FUNCTION steadyline.team_open_promises(team_name text, max_rows integer DEFAULT 100)
    RETURNS TABLE (id uuid, call_id uuid, login name, at timestamptz, due_at timestamptz, text text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
        SELECT p.id, p.call_id, p.login, p.at, o.due_at, p.text
        FROM steadyline.promise_current o JOIN steadyline.promises p ON p.id = o.promise_id
        WHERE o.team = team_name AND o.status = 'open'
        ORDER BY o.due_at NULLS LAST, p.at
        LIMIT least(greatest(max_rows, 1), 1000)
    $$;

REVOKE ALL ON steadyline.promise_current FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION steadyline.promise_current_from_promise(), steadyline.promise_current_from_status(),
                           steadyline.team_incidents(text, timestamptz, timestamptz),
                           steadyline.team_outcomes_per_day(text, timestamptz, timestamptz, text),
                           steadyline.team_open_promises(text, integer)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION steadyline.team_incidents(text, timestamptz, timestamptz),
                          steadyline.team_outcomes_per_day(text, timestamptz, timestamptz, text),
                          steadyline.team_open_promises(text, integer)
    TO steadyline_lead, steadyline_admin;
