-- Version 4: team features for leads (issue #18).
--
-- 1. Team policy: the length of the cool-down after an abusive call (seconds, 0: none), whether a
--    call raises the hand by itself at the final warning, and a random secret per team that desks
--    use to turn a caller's case reference into a caller key (HMAC-SHA256): the server counts a
--    caller's incidents without ever holding the reference itself.
-- 2. A lead's answer to a raised hand (kind hand_answer): written only by a lead or admin of the
--    call's team, read by the call's owner and the team's leads and admins.
-- 3. One incident rule everywhere (the desk's src/core/call/incidentrule.cpp says the same): a
--    call that is not a training call and ended at step 3½ (ended_by_consultant or escalated), or
--    has a note tagged insult or threat. calls.abusive_tags is kept by a trigger on notes, so the
--    rule is read from the call's row (and one partial index) without looking at its notes.
-- 4. caller_incidents(): how many incidents the caller's team had with a caller key, a count and
--    nothing else, across the whole team (an agent reads only their own calls, so it runs as a
--    role that bypasses row-level security, which nobody can log in as).
-- 5. An audit log only admins read: what members record (record_audit) and what the server
--    records itself (a hand answered).

DO $roles$
BEGIN
    -- Owns caller_incidents() only: reads the team's calls past row-level security to count them.
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'steadyline_incident_counter') THEN
        CREATE ROLE steadyline_incident_counter NOLOGIN BYPASSRLS;
    END IF;
END
$roles$;

SET LOCAL ROLE steadyline_owner;

-- Team policy. The secret: 244 random bits from two gen_random_uuid() (PostgreSQL's strong random
-- source), made for every existing team too (a volatile default is evaluated per row).
ALTER TABLE steadyline.teams
    ADD COLUMN cool_down_seconds integer NOT NULL DEFAULT 180 CHECK (cool_down_seconds BETWEEN 0 AND 3600),
    ADD COLUMN raise_hand_at_final_warning boolean NOT NULL DEFAULT false,
    ADD COLUMN caller_key_secret text NOT NULL
        DEFAULT replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');

-- Caller keys: lower-case hex HMAC-SHA256 of the normalised case reference; NULL without one.
ALTER TABLE steadyline.calls
    ADD COLUMN caller_key text CHECK (caller_key ~ '^[0-9a-f]{64}$'),
    ADD COLUMN abusive_tags boolean NOT NULL DEFAULT false;
CREATE INDEX calls_by_caller ON steadyline.calls(team, caller_key, started_at) WHERE caller_key IS NOT NULL;

-- The incident rule's index, replacing version 3's (outcome only).
DROP INDEX steadyline.calls_incidents;
CREATE INDEX calls_incidents ON steadyline.calls(team, started_at)
    WHERE NOT training AND (outcome IN ('ended_by_consultant', 'escalated') OR abusive_tags);

-- Calls already on the server whose notes carry the tags; as the superuser, past row-level security.
RESET ROLE;
UPDATE steadyline.calls c SET abusive_tags = true
WHERE EXISTS (SELECT 1 FROM steadyline.notes n WHERE n.call_id = c.id AND n.tags ?| ARRAY['insult', 'threat']);
SET LOCAL ROLE steadyline_owner;

-- A note tagged insult or threat makes its call an incident. The note's author is the call's
-- owner (push_changes checks it), so the update passes the calls' own row-level security.
CREATE FUNCTION steadyline.mark_abusive_call() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF NEW.tags ?| ARRAY['insult', 'threat'] THEN
        UPDATE steadyline.calls SET abusive_tags = true WHERE id = NEW.call_id AND NOT abusive_tags;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER mark_abusive_call AFTER INSERT ON steadyline.notes
    FOR EACH ROW EXECUTE FUNCTION steadyline.mark_abusive_call();

-- A lead's answer to a raised hand. call_login is the call's owner, who reads it.
CREATE TABLE steadyline.hand_answers (
    id uuid PRIMARY KEY,
    call_id uuid NOT NULL REFERENCES steadyline.calls(id) ON DELETE CASCADE,
    call_login name NOT NULL,
    login name NOT NULL,
    team text NOT NULL REFERENCES steadyline.teams(name) ON UPDATE CASCADE,
    at timestamptz NOT NULL,
    text text NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
    seq bigint NOT NULL DEFAULT nextval('steadyline.change_seq'),
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hand_answers_by_seq ON steadyline.hand_answers(seq);
CREATE INDEX hand_answers_by_call ON steadyline.hand_answers(call_id);
ALTER TABLE steadyline.hand_answers ENABLE ROW LEVEL SECURITY;
ALTER TABLE steadyline.hand_answers FORCE ROW LEVEL SECURITY;
CREATE POLICY shared_read ON steadyline.hand_answers FOR SELECT USING (
    (SELECT steadyline.member_role()) = 'admin'
    OR ((SELECT steadyline.member_role()) IS NOT NULL AND (login = session_user OR call_login = session_user))
    OR ((SELECT steadyline.member_role()) = 'lead' AND team = (SELECT steadyline.member_team())));
-- The second wall: a lead or admin of the call's team, in their own name.
CREATE POLICY lead_insert ON steadyline.hand_answers FOR INSERT WITH CHECK (
    login = session_user
    AND steadyline.member_role() IN ('lead', 'admin')
    AND team = steadyline.member_team()
    AND EXISTS (SELECT 1 FROM steadyline.calls c
                WHERE c.id = call_id AND c.team = hand_answers.team AND c.login = hand_answers.call_login));
CREATE POLICY admin_delete ON steadyline.hand_answers FOR DELETE USING (steadyline.member_role() = 'admin');

-- The audit log: appended by the functions below, read by admins (and the cluster's superuser).
CREATE TABLE steadyline.audit_log (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    login name NOT NULL,
    team text,
    action text NOT NULL,
    detail jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_by_time ON steadyline.audit_log(at);
ALTER TABLE steadyline.audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE steadyline.audit_log FORCE ROW LEVEL SECURITY;
CREATE POLICY admin_read ON steadyline.audit_log FOR SELECT USING (
    (SELECT steadyline.member_role()) = 'admin'
    OR (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = session_user));
CREATE POLICY own_insert ON steadyline.audit_log FOR INSERT WITH CHECK (login = session_user);
-- No update or delete policy: an entry, once written, stays.

-- Writes one entry in the member's name. The actions are those issue #18 audits; the detail is a
-- JSON object (ids, a file name; never a caller's data), at most 4 kB.
CREATE FUNCTION steadyline.record_audit(action text, detail jsonb DEFAULT '{}') RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    my_team text := steadyline.member_team();
BEGIN
    IF my_team IS NULL THEN
        RAISE EXCEPTION 'the login % is not a member of a team on this server', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF record_audit.action IS NULL OR record_audit.action NOT IN (
           'call_opened', 'export', 'playbook_published', 'playbook_rolled_back', 'promise_reassigned',
           'promise_taken') THEN
        RAISE EXCEPTION 'not an action the audit log records: %', record_audit.action
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'call_opened, export, playbook_published, playbook_rolled_back, promise_reassigned, promise_taken';
    END IF;
    IF jsonb_typeof(coalesce(record_audit.detail, '{}')) IS DISTINCT FROM 'object'
       OR length(record_audit.detail::text) > 4096 THEN
        RAISE EXCEPTION 'the detail of an audit entry is a JSON object of at most 4 kB'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO steadyline.audit_log (login, team, action, detail)
    VALUES (session_user, my_team, record_audit.action, coalesce(record_audit.detail, '{}'));
END
$$;

-- The log since a time, oldest first, for an admin (steadyline server audit).
CREATE FUNCTION steadyline.audit_entries(since timestamptz)
    RETURNS TABLE (at timestamptz, login name, team text, action text, detail jsonb)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF steadyline.member_role() IS DISTINCT FROM 'admin'
       AND NOT (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = session_user) THEN
        RAISE EXCEPTION 'only an admin reads the audit log' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY SELECT a.at, a.login, a.team, a.action, a.detail
                 FROM steadyline.audit_log a WHERE a.at >= audit_entries.since ORDER BY a.at, a.id;
END
$$;

-- A desk reads its own team's policy, the caller-key secret included (members only: the team is
-- the caller's own).
DROP FUNCTION steadyline.desk_policy();
CREATE FUNCTION steadyline.desk_policy()
    RETURNS TABLE (team text, note_text_leaves_desk boolean, cool_down_seconds integer,
                   raise_hand_at_final_warning boolean, caller_key_secret text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
        SELECT t.name, t.note_text_leaves_desk, t.cool_down_seconds, t.raise_hand_at_final_warning,
               t.caller_key_secret
        FROM steadyline.teams t WHERE t.name = steadyline.member_team()
    $$;

-- The admin's policy: changes what is given (NULL keeps the value) and returns the policy.
DROP FUNCTION steadyline.team_policy(text, boolean, integer);
CREATE FUNCTION steadyline.team_policy(team_name text, note_text boolean DEFAULT NULL, keep_days integer DEFAULT NULL,
                                       cool_down integer DEFAULT NULL, raise_hand boolean DEFAULT NULL)
    RETURNS TABLE (team text, note_text_leaves_desk boolean, retention_days integer, cool_down_seconds integer,
                   raise_hand_at_final_warning boolean)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM steadyline.teams t WHERE t.name = team_name) THEN
        RAISE EXCEPTION 'there is no team "%"', team_name USING ERRCODE = 'undefined_object';
    END IF;
    IF cool_down IS NOT NULL AND cool_down NOT BETWEEN 0 AND 3600 THEN
        RAISE EXCEPTION 'the cool-down is 0 (none) to 3600 seconds, not %', cool_down
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE steadyline.teams t
       SET note_text_leaves_desk = coalesce(note_text, t.note_text_leaves_desk),
           retention_days = coalesce(keep_days, t.retention_days),
           cool_down_seconds = coalesce(cool_down, t.cool_down_seconds),
           raise_hand_at_final_warning = coalesce(raise_hand, t.raise_hand_at_final_warning)
     WHERE t.name = team_name;
    RETURN QUERY SELECT t.name, t.note_text_leaves_desk, t.retention_days, t.cool_down_seconds,
                        t.raise_hand_at_final_warning
                 FROM steadyline.teams t WHERE t.name = team_name;
END
$$;

-- push_changes as in version 1, and: a call carries its caller key; a hand_answer is stored for
-- a lead or admin of the call's team only, and recorded in the audit log.
CREATE OR REPLACE FUNCTION steadyline.push_changes(changes jsonb) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    my_team text := steadyline.member_team();
    my_role text := steadyline.member_role();
    share_text boolean;
    change jsonb;
    kind text;
    change_id uuid;
    d jsonb;
    promise_team text;
    call_team text;
    call_owner name;
    row_login name;
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
    -- Writers in turn: change numbers become visible in the order they were taken.
    PERFORM pg_advisory_xact_lock(hashtext('steadyline.change_seq'));
    SELECT note_text_leaves_desk INTO share_text FROM steadyline.teams WHERE name = my_team;

    FOR change IN SELECT value FROM jsonb_array_elements(changes) LOOP
        kind := change->>'kind';
        change_id := (change->>'id')::uuid;
        d := coalesce(change->'data', '{}'::jsonb);
        IF change_id IS NULL THEN
            RAISE EXCEPTION 'a change without an id' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        -- A timeline event, note or promise belongs to a call of the same login (the foreign key
        -- alone would accept anyone's call: it does not see row-level security).
        IF kind IN ('timeline', 'note', 'promise') AND NOT EXISTS (
               SELECT 1 FROM steadyline.calls c WHERE c.id = (d->>'call_id')::uuid AND c.login = session_user) THEN
            RAISE EXCEPTION 'no call % of this login', d->>'call_id' USING ERRCODE = 'insufficient_privilege';
        END IF;
        CASE kind
        WHEN 'call' THEN
            INSERT INTO steadyline.calls AS c (id, login, team, started_at, ended_at, channel, outcome,
                                               playbook_id, playbook_revision, training, caller_key)
            VALUES (change_id, session_user, my_team, (d->>'started_at')::timestamptz,
                    (d->>'ended_at')::timestamptz, coalesce(d->>'channel', ''), d->>'outcome',
                    d->>'playbook_id', (d->>'playbook_revision')::integer,
                    coalesce((d->>'training')::boolean, false), nullif(d->>'caller_key', ''))
            ON CONFLICT (id) DO UPDATE
                SET ended_at = excluded.ended_at, outcome = excluded.outcome, caller_key = excluded.caller_key,
                    seq = nextval('steadyline.change_seq'), received_at = now()
                WHERE c.login = session_user
                  AND (c.ended_at IS DISTINCT FROM excluded.ended_at OR c.outcome IS DISTINCT FROM excluded.outcome
                       OR c.caller_key IS DISTINCT FROM excluded.caller_key);
            GET DIAGNOSTICS n = ROW_COUNT;
            IF n = 0 THEN
                SELECT c.login INTO row_login FROM steadyline.calls c WHERE c.id = change_id;
            END IF;
        WHEN 'timeline' THEN
            INSERT INTO steadyline.timeline_events (id, call_id, login, team, at, kind, step_id, detail)
            VALUES (change_id, (d->>'call_id')::uuid, session_user, my_team, (d->>'at')::timestamptz,
                    d->>'kind', coalesce(d->>'step_id', ''), coalesce(d->>'detail', ''))
            ON CONFLICT (id) DO NOTHING;
            GET DIAGNOSTICS n = ROW_COUNT;
            IF n = 0 THEN
                SELECT t.login INTO row_login FROM steadyline.timeline_events t WHERE t.id = change_id;
            END IF;
        WHEN 'note' THEN
            INSERT INTO steadyline.notes (id, call_id, login, team, at, text, tags)
            VALUES (change_id, (d->>'call_id')::uuid, session_user, my_team, (d->>'at')::timestamptz,
                    CASE WHEN share_text THEN d->>'text' END, coalesce(d->'tags', '[]'::jsonb))
            ON CONFLICT (id) DO NOTHING;
            GET DIAGNOSTICS n = ROW_COUNT;
            IF n = 0 THEN
                SELECT t.login INTO row_login FROM steadyline.notes t WHERE t.id = change_id;
            END IF;
        WHEN 'promise' THEN
            INSERT INTO steadyline.promises AS p (id, call_id, login, team, at, text, due_at)
            VALUES (change_id, (d->>'call_id')::uuid, session_user, my_team, (d->>'at')::timestamptz,
                    d->>'text', (d->>'due_at')::timestamptz)
            ON CONFLICT (id) DO UPDATE
                SET text = excluded.text, due_at = excluded.due_at,
                    seq = nextval('steadyline.change_seq'), received_at = now()
                WHERE p.login = session_user
                  AND (p.text IS DISTINCT FROM excluded.text OR p.due_at IS DISTINCT FROM excluded.due_at);
            GET DIAGNOSTICS n = ROW_COUNT;
            IF n = 0 THEN
                SELECT t.login INTO row_login FROM steadyline.promises t WHERE t.id = change_id;
            END IF;
        WHEN 'promise_status' THEN
            SELECT p.team INTO promise_team FROM steadyline.promises p WHERE p.id = (d->>'promise_id')::uuid;
            IF promise_team IS NULL THEN
                RAISE EXCEPTION 'no promise % that this login may change', d->>'promise_id'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            INSERT INTO steadyline.promise_status_changes (id, promise_id, login, team, at, status)
            VALUES (change_id, (d->>'promise_id')::uuid, session_user, promise_team, (d->>'at')::timestamptz,
                    d->>'status')
            ON CONFLICT (id) DO NOTHING;
            GET DIAGNOSTICS n = ROW_COUNT;
            IF n = 0 THEN
                SELECT t.login INTO row_login FROM steadyline.promise_status_changes t WHERE t.id = change_id;
            END IF;
        WHEN 'training_attempt' THEN
            INSERT INTO steadyline.training_attempts (id, login, team, at, scenario_id, score, max_score)
            VALUES (change_id, session_user, my_team, (d->>'at')::timestamptz, d->>'scenario_id',
                    (d->>'score')::integer, (d->>'max_score')::integer)
            ON CONFLICT (id) DO NOTHING;
            GET DIAGNOSTICS n = ROW_COUNT;
            IF n = 0 THEN
                SELECT t.login INTO row_login FROM steadyline.training_attempts t WHERE t.id = change_id;
            END IF;
        WHEN 'hand_answer' THEN
            -- A lead sees the team's calls, an admin every call; an agent at most their own, and
            -- is refused below either way.
            SELECT c.team, c.login INTO call_team, call_owner FROM steadyline.calls c WHERE c.id = (d->>'call_id')::uuid;
            IF my_role NOT IN ('lead', 'admin') OR call_team IS DISTINCT FROM my_team THEN
                RAISE EXCEPTION 'only a lead or admin of the call''s team answers a raised hand (call %)', d->>'call_id'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            INSERT INTO steadyline.hand_answers (id, call_id, call_login, login, team, at, text)
            VALUES (change_id, (d->>'call_id')::uuid, call_owner, session_user, call_team, (d->>'at')::timestamptz,
                    d->>'text')
            ON CONFLICT (id) DO NOTHING;
            GET DIAGNOSTICS n = ROW_COUNT;
            IF n = 0 THEN
                SELECT t.login INTO row_login FROM steadyline.hand_answers t WHERE t.id = change_id;
            ELSE
                INSERT INTO steadyline.audit_log (login, team, action, detail)
                VALUES (session_user, my_team, 'hand_answered',
                        jsonb_build_object('call_id', d->>'call_id', 'consultant', call_owner));
            END IF;
        ELSE
            RAISE EXCEPTION 'unknown kind of change: %', kind USING ERRCODE = 'invalid_parameter_value';
        END CASE;
        -- Nothing stored: the same change again (fine), or someone else's row (not fine; it may
        -- even be invisible to this login, then row_login is NULL).
        IF n = 0 AND row_login IS DISTINCT FROM session_user THEN
            RAISE EXCEPTION 'the change % belongs to another login', change_id
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        stored := stored + n;
        row_login := NULL;
    END LOOP;
    IF stored > 0 THEN
        -- Only a doorbell: it says nothing about what changed, and listeners pull.
        PERFORM pg_notify('steadyline_changes', '');
    END IF;
    RETURN stored;
END
$$;

-- pull_changes as in version 1, with hand answers; a call's caller key and incident flag stay
-- on the server (caller_incidents() answers what a desk needs of them).
CREATE OR REPLACE FUNCTION steadyline.pull_changes(since bigint, max_rows integer DEFAULT 1000)
    RETURNS TABLE (seq bigint, kind text, id uuid, login name, team text, data jsonb)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
        SELECT * FROM (
            SELECT c.seq, 'call'::text, c.id, c.login, c.team,
                   to_jsonb(c) - ARRAY['seq', 'id', 'login', 'team', 'received_at', 'caller_key', 'abusive_tags']
            FROM steadyline.calls c WHERE c.seq > since
            UNION ALL
            SELECT t.seq, 'timeline', t.id, t.login, t.team,
                   to_jsonb(t) - ARRAY['seq', 'id', 'login', 'team', 'received_at']
            FROM steadyline.timeline_events t WHERE t.seq > since
            UNION ALL
            SELECT n.seq, 'note', n.id, n.login, n.team,
                   to_jsonb(n) - ARRAY['seq', 'id', 'login', 'team', 'received_at']
            FROM steadyline.notes n WHERE n.seq > since
            UNION ALL
            SELECT p.seq, 'promise', p.id, p.login, p.team,
                   to_jsonb(p) - ARRAY['seq', 'id', 'login', 'team', 'received_at']
            FROM steadyline.promises p WHERE p.seq > since
            UNION ALL
            SELECT s.seq, 'promise_status', s.id, s.login, s.team,
                   to_jsonb(s) - ARRAY['seq', 'id', 'login', 'team', 'received_at']
            FROM steadyline.promise_status_changes s WHERE s.seq > since
            UNION ALL
            SELECT a.seq, 'training_attempt', a.id, a.login, a.team,
                   to_jsonb(a) - ARRAY['seq', 'id', 'login', 'team', 'received_at']
            FROM steadyline.training_attempts a WHERE a.seq > since
            UNION ALL
            SELECT h.seq, 'hand_answer', h.id, h.login, h.team,
                   to_jsonb(h) - ARRAY['seq', 'id', 'login', 'team', 'received_at', 'call_login']
            FROM steadyline.hand_answers h WHERE h.seq > since
        ) AS changes
        ORDER BY 1
        LIMIT least(greatest(max_rows, 1), 5000)
    $$;

-- Incidents that started in [since, until), newest first: the one rule.
CREATE OR REPLACE FUNCTION steadyline.team_incidents(team_name text, since timestamptz, until timestamptz)
    RETURNS TABLE (id uuid, login name, started_at timestamptz, ended_at timestamptz, outcome text,
                   playbook_id text, playbook_revision integer)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
        SELECT c.id, c.login, c.started_at, c.ended_at, c.outcome, c.playbook_id, c.playbook_revision
        FROM steadyline.calls c
        WHERE c.team = team_name AND c.started_at >= since AND c.started_at < until
          AND NOT c.training AND (c.outcome IN ('ended_by_consultant', 'escalated') OR c.abusive_tags)
        ORDER BY c.started_at DESC
    $$;

-- How many incidents the caller's team had in the last `days` days with this caller key: a count
-- across the whole team (the consultant may not read a colleague's call, but should know that
-- this caller abused one), no rows.
CREATE FUNCTION steadyline.caller_incidents(caller_key text, days integer) RETURNS integer
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    my_team text;
    found integer;
BEGIN
    SELECT m.team INTO my_team FROM steadyline.members m WHERE m.login = session_user;
    IF my_team IS NULL THEN
        RAISE EXCEPTION 'the login % is not a member of a team on this server', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF caller_incidents.caller_key IS NULL OR caller_incidents.caller_key !~ '^[0-9a-f]{64}$' THEN
        RAISE EXCEPTION 'a caller key is 64 lower-case hex digits' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF days IS NULL OR days NOT BETWEEN 1 AND 3650 THEN
        RAISE EXCEPTION 'days must be 1 to 3650, not %', days USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT count(*) INTO found FROM steadyline.calls c
    WHERE c.team = my_team AND c.caller_key = caller_incidents.caller_key
      AND c.started_at >= now() - make_interval(days => days)
      AND NOT c.training AND (c.outcome IN ('ended_by_consultant', 'escalated') OR c.abusive_tags);
    RETURN found;
END
$$;

REVOKE ALL ON steadyline.hand_answers, steadyline.audit_log FROM PUBLIC;
REVOKE ALL ON SEQUENCE steadyline.audit_log_id_seq FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION steadyline.mark_abusive_call(), steadyline.record_audit(text, jsonb),
                           steadyline.audit_entries(timestamptz), steadyline.desk_policy(),
                           steadyline.team_policy(text, boolean, integer, integer, boolean),
                           steadyline.caller_incidents(text, integer)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION steadyline.desk_policy(), steadyline.record_audit(text, jsonb),
                          steadyline.caller_incidents(text, integer)
    TO steadyline_agent, steadyline_lead, steadyline_admin;
GRANT EXECUTE ON FUNCTION steadyline.audit_entries(timestamptz),
                          steadyline.team_policy(text, boolean, integer, integer, boolean)
    TO steadyline_admin;

-- caller_incidents() belongs to the counter, which reads just what the count needs.
RESET ROLE;
GRANT USAGE ON SCHEMA steadyline TO steadyline_incident_counter;
GRANT SELECT ON steadyline.calls, steadyline.members TO steadyline_incident_counter;
ALTER FUNCTION steadyline.caller_incidents(text, integer) OWNER TO steadyline_incident_counter;
SET LOCAL ROLE steadyline_owner;
