-- Version 9: training assigned by the lead (issue #18 §7).
--
-- 1. training_assignments: one row per consultant and scenario a lead (or an admin) assigned, with
--    a due date and an optional note; a withdrawal marks the row (and gives it a new change
--    number), so desks that pulled it learn of it as of any other change.
-- 2. push_changes takes two more kinds: training_assignment and training_withdrawal. The lead's
--    desk queues them in its outbox like everything else, so assigning works offline.
-- 3. pull_changes also returns the assignments (kind training_assignment) a login may read: the
--    assignee their own, the team's leads the team's, admins all.
-- 4. team_member_logins(): the logins of the caller's team, for a lead choosing consultants.
-- 5. team_training_assignments(team): the team's assignments with whether each is done (an attempt
--    of the scenario by the assignee after the assignment time) and the best and last score, for
--    the lead's dashboard.
--
-- push_changes and pull_changes are wrapped, not rewritten: the versions before this one are
-- renamed and called from the new ones, so whatever earlier migrations put in them stays.

SET LOCAL ROLE steadyline_owner;

CREATE TABLE steadyline.training_assignments (
    id uuid PRIMARY KEY,
    login name NOT NULL, -- the consultant who is to rehearse it
    team text NOT NULL REFERENCES steadyline.teams(name) ON UPDATE CASCADE,
    assigned_by name NOT NULL,
    assigned_at timestamptz NOT NULL, -- the lead's desk time: attempts after it count
    scenario_id text NOT NULL CHECK (length(scenario_id) BETWEEN 1 AND 200),
    scenario_title text NOT NULL CHECK (length(scenario_title) <= 300),
    due_on date NOT NULL,
    note text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
    withdrawn_at timestamptz,
    withdrawn_by name,
    seq bigint NOT NULL DEFAULT nextval('steadyline.change_seq'),
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX training_assignments_by_seq ON steadyline.training_assignments(seq);
CREATE INDEX training_assignments_by_team ON steadyline.training_assignments(team, assigned_at);
-- Done-ness looks up a consultant's attempts of one scenario.
CREATE INDEX training_attempts_by_login_scenario ON steadyline.training_attempts(login, scenario_id, at);

ALTER TABLE steadyline.training_assignments ENABLE ROW LEVEL SECURITY;
ALTER TABLE steadyline.training_assignments FORCE ROW LEVEL SECURITY;
CREATE POLICY shared_read ON steadyline.training_assignments FOR SELECT USING (
    (SELECT steadyline.member_role()) = 'admin'
    OR (login = session_user AND (SELECT steadyline.member_role()) IS NOT NULL)
    OR ((SELECT steadyline.member_role()) = 'lead' AND team = (SELECT steadyline.member_team())));
-- The second wall: a lead of the consultant's team, or an admin, in their own name, to a member of
-- that team.
CREATE POLICY lead_insert ON steadyline.training_assignments FOR INSERT WITH CHECK (
    assigned_by = session_user
    AND (steadyline.member_role() = 'admin'
         OR (steadyline.member_role() = 'lead' AND team = steadyline.member_team()))
    AND EXISTS (SELECT 1 FROM steadyline.members m
                WHERE m.login = training_assignments.login AND m.team = training_assignments.team));
CREATE POLICY lead_withdraw ON steadyline.training_assignments FOR UPDATE
    USING (steadyline.member_role() = 'admin'
           OR (steadyline.member_role() = 'lead' AND team = steadyline.member_team()))
    WITH CHECK (withdrawn_by = session_user);
CREATE POLICY admin_delete ON steadyline.training_assignments FOR DELETE
    USING (steadyline.member_role() = 'admin');

-- The earlier versions, kept as the inner part of the new ones; nobody else calls them.
ALTER FUNCTION steadyline.push_changes(jsonb) RENAME TO push_changes_before_assignments;
ALTER FUNCTION steadyline.pull_changes(bigint, integer) RENAME TO pull_changes_before_assignments;
REVOKE EXECUTE ON FUNCTION steadyline.push_changes_before_assignments(jsonb),
                           steadyline.pull_changes_before_assignments(bigint, integer)
    FROM PUBLIC, steadyline_agent, steadyline_lead, steadyline_admin;

-- push_changes as before, with two kinds more:
--   training_assignment {login, scenario_id, scenario_title, due_on, note, at}: the change's id is
--     the assignment's; only a lead of the consultant's team or an admin.
--   training_withdrawal {assignment_id, at}: withdraws it (a second withdrawal changes nothing).
-- The other kinds go to the version before, in the same transaction.
CREATE FUNCTION steadyline.push_changes(changes jsonb) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    my_role text := steadyline.member_role();
    my_team text := steadyline.member_team();
    others jsonb := '[]'::jsonb;
    change jsonb;
    d jsonb;
    change_id uuid;
    assignee_team text;
    existing_by name;
    stored integer := 0;
    n integer;
BEGIN
    IF my_team IS NULL THEN
        RAISE EXCEPTION 'the login % is not a member of a team on this server', session_user
            USING ERRCODE = 'insufficient_privilege', HINT = 'ask the admin to run: steadyline server add-user';
    END IF;
    IF jsonb_typeof(changes) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'push_changes expects a JSON array of changes' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- The same lock as the version before takes (it is re-entrant): change numbers stay in order.
    PERFORM pg_advisory_xact_lock(hashtext('steadyline.change_seq'));

    FOR change IN SELECT value FROM jsonb_array_elements(changes) LOOP
        IF coalesce(change->>'kind', '') NOT IN ('training_assignment', 'training_withdrawal') THEN
            others := others || jsonb_build_array(change);
            CONTINUE;
        END IF;
        change_id := (change->>'id')::uuid;
        d := coalesce(change->'data', '{}'::jsonb);
        IF change_id IS NULL THEN
            RAISE EXCEPTION 'a change without an id' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF my_role NOT IN ('lead', 'admin') THEN
            RAISE EXCEPTION 'only a lead or an admin assigns or withdraws training'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF change->>'kind' = 'training_assignment' THEN
            SELECT m.team INTO assignee_team FROM steadyline.members m WHERE m.login = (d->>'login')::name;
            IF assignee_team IS NULL OR (my_role = 'lead' AND assignee_team <> my_team) THEN
                RAISE EXCEPTION 'the login % is not a consultant of this lead''s team', d->>'login'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            INSERT INTO steadyline.training_assignments (id, login, team, assigned_by, assigned_at, scenario_id,
                                                         scenario_title, due_on, note)
            VALUES (change_id, (d->>'login')::name, assignee_team, session_user, (d->>'at')::timestamptz,
                    d->>'scenario_id', coalesce(d->>'scenario_title', ''), (d->>'due_on')::date,
                    coalesce(d->>'note', ''))
            ON CONFLICT (id) DO NOTHING;
            GET DIAGNOSTICS n = ROW_COUNT;
            IF n = 0 THEN
                SELECT a.assigned_by INTO existing_by FROM steadyline.training_assignments a WHERE a.id = change_id;
                IF existing_by IS DISTINCT FROM session_user THEN
                    RAISE EXCEPTION 'the change % belongs to another login', change_id
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
            END IF;
        ELSE
            -- Row-level security lets a lead update only the team's assignments.
            UPDATE steadyline.training_assignments a
               SET withdrawn_at = (d->>'at')::timestamptz, withdrawn_by = session_user,
                   seq = nextval('steadyline.change_seq'), received_at = now()
             WHERE a.id = (d->>'assignment_id')::uuid AND a.withdrawn_at IS NULL;
            GET DIAGNOSTICS n = ROW_COUNT;
            IF n = 0 AND NOT EXISTS (
                   SELECT 1 FROM steadyline.training_assignments a
                   WHERE a.id = (d->>'assignment_id')::uuid
                     AND (my_role = 'admin' OR a.team = my_team)) THEN
                RAISE EXCEPTION 'no training assignment % that this login may withdraw', d->>'assignment_id'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        END IF;
        stored := stored + n;
        existing_by := NULL;
    END LOOP;
    IF jsonb_array_length(others) > 0 THEN
        stored := stored + steadyline.push_changes_before_assignments(others);
    END IF;
    IF stored > 0 THEN
        -- Only a doorbell (one per transaction however often it rings).
        PERFORM pg_notify('steadyline_changes', '');
    END IF;
    RETURN stored;
END
$$;

-- pull_changes as before, with the assignments this login may read.
CREATE FUNCTION steadyline.pull_changes(since bigint, max_rows integer DEFAULT 1000)
    RETURNS TABLE (seq bigint, kind text, id uuid, login name, team text, data jsonb)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
        SELECT * FROM (
            SELECT * FROM steadyline.pull_changes_before_assignments(since, max_rows)
            UNION ALL
            SELECT a.seq, 'training_assignment'::text, a.id, a.login, a.team,
                   to_jsonb(a) - ARRAY['seq', 'id', 'login', 'team', 'received_at']
            FROM steadyline.training_assignments a WHERE a.seq > since
        ) AS changes
        ORDER BY 1
        LIMIT least(greatest(max_rows, 1), 5000)
    $$;

-- The logins of the caller's team with their roles, for a lead (or an admin) choosing whom to
-- assign training; nothing else of the members.
CREATE FUNCTION steadyline.team_member_logins()
    RETURNS TABLE (login name, role text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF steadyline.member_role() IS DISTINCT FROM 'lead' AND steadyline.member_role() IS DISTINCT FROM 'admin' THEN
        RAISE EXCEPTION 'only a lead or an admin lists the team''s logins' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY SELECT m.login, m.role FROM steadyline.members m
                 WHERE m.team = steadyline.member_team() ORDER BY m.login;
END
$$;

-- The team's assignments not withdrawn, newest first, each with whether it is done: an attempt of
-- the scenario by the consultant at or after the assignment time; done_at is the first such
-- attempt, best and last percentages are of those attempts (NULL before one).
CREATE FUNCTION steadyline.team_training_assignments(team_name text)
    RETURNS TABLE (id uuid, assignee name, scenario_id text, scenario_title text, assigned_by name,
                   assigned_at timestamptz, due_on date, note text, done boolean, done_at timestamptz,
                   attempts integer, best_percent integer, last_percent integer)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF NOT (steadyline.member_role() = 'admin'
            OR (steadyline.member_role() = 'lead' AND steadyline.member_team() = team_name)) THEN
        RAISE EXCEPTION 'only a lead of the team % or an admin reads its training assignments', team_name
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY
        SELECT a.id, a.login, a.scenario_id, a.scenario_title, a.assigned_by, a.assigned_at, a.due_on, a.note,
               s.attempts > 0, s.first_at, s.attempts::integer, s.best, s.last
        FROM steadyline.training_assignments a
        CROSS JOIN LATERAL (
            SELECT count(t.id) AS attempts, min(t.at) AS first_at,
                   max(p.percent) AS best,
                   (array_agg(p.percent ORDER BY t.at DESC))[1] AS last
            FROM steadyline.training_attempts t
            CROSS JOIN LATERAL (
                SELECT CASE WHEN t.max_score > 0
                            THEN least(greatest(round(100.0 * t.score / t.max_score), 0), 100)::integer
                            ELSE 0 END AS percent) p
            WHERE t.login = a.login AND t.scenario_id = a.scenario_id AND t.at >= a.assigned_at) s
        WHERE a.team = team_name AND a.withdrawn_at IS NULL
        ORDER BY a.assigned_at DESC, a.login;
END
$$;

REVOKE ALL ON steadyline.training_assignments FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION steadyline.push_changes(jsonb), steadyline.pull_changes(bigint, integer),
                           steadyline.team_member_logins(), steadyline.team_training_assignments(text)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION steadyline.push_changes(jsonb), steadyline.pull_changes(bigint, integer)
    TO steadyline_agent, steadyline_lead, steadyline_admin;
GRANT EXECUTE ON FUNCTION steadyline.team_member_logins(), steadyline.team_training_assignments(text)
    TO steadyline_lead, steadyline_admin;
