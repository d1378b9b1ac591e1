-- Version 6: team promises (issue #18 §4). A promise has a holder: at first the consultant who made
-- it; a lead (or admin) of its team may hand it to another member of the team or take it, the
-- holder may hand it back to the lead's pool (no holder), and a lead may move every open promise
-- of a consultant away for the day to a colleague in one call.
--
-- 1. promise_holders: every change of holder, appended, with the desk's own UUID (a call repeated
--    after a lost answer changes nothing). A row also carries what the new holder needs to keep the
--    promise: the promise itself and its call's context (time, playbook, channel, outcome, notes as
--    the team's policy stored them: no text when note text stays on the desks). Case references
--    never leave the desk that recorded them (version 4 keeps caller keys only), so the context has
--    none. A request the server refuses is a row too (action 'refused', with the reason), so that
--    the lead's desk, offline when it asked, learns why; nothing else changes then.
-- 2. promise_current.holder, kept by the same functions: the current holder (NULL: handed back).
-- 3. The holder reads the promise, every later status change of it, and may write its status;
--    a holder who lost it reads nothing more of it (unless it is their own).
-- 4. The narrow door for desks: reassign_promise, hand_back_promise, reassign_all_promises and
--    team_members; each writes the audit log in its own transaction. Desks queue these requests in
--    their outbox and send them with their pushes (src/sync/teampromises.h).

DO $roles$
BEGIN
    -- Owns move_promise() only: after a hand-back the holder may no longer read the promise's row,
    -- which row-level security would refuse to write (a new row must stay readable). Nobody logs in
    -- as it; the functions that call it check who asks.
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'steadyline_promise_mover') THEN
        CREATE ROLE steadyline_promise_mover NOLOGIN BYPASSRLS;
    END IF;
END
$roles$;

SET LOCAL ROLE steadyline_owner;

ALTER TABLE steadyline.promise_current
    ADD COLUMN call_id uuid,
    ADD COLUMN holder name;
CREATE INDEX promise_current_by_holder ON steadyline.promise_current(holder) WHERE holder IS NOT NULL;

-- Filled as the superuser: the owner would see nothing through the rule.
RESET ROLE;
UPDATE steadyline.promise_current c SET holder = p.login, call_id = p.call_id
FROM steadyline.promises p WHERE p.id = c.promise_id;
SET LOCAL ROLE steadyline_owner;

CREATE OR REPLACE FUNCTION steadyline.promise_current_from_promise() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO steadyline.promise_current (promise_id, login, team, due_at, call_id, holder)
        VALUES (NEW.id, NEW.login, NEW.team, NEW.due_at, NEW.call_id, NEW.login);
    ELSIF NEW.due_at IS DISTINCT FROM OLD.due_at THEN
        UPDATE steadyline.promise_current SET due_at = NEW.due_at WHERE promise_id = NEW.id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TABLE steadyline.promise_holders (
    id uuid PRIMARY KEY,
    promise_id uuid REFERENCES steadyline.promises(id) ON DELETE CASCADE, -- NULL: a bulk request's summary or a refusal of an unknown promise
    login name NOT NULL,              -- who asked: the lead, or the holder handing back
    team text NOT NULL REFERENCES steadyline.teams(name) ON UPDATE CASCADE,
    at timestamptz NOT NULL,          -- the desk's time of the request
    action text NOT NULL CHECK (action IN ('reassigned', 'taken', 'handed_back', 'reassigned_all', 'refused')),
    holder name,                      -- the new holder (NULL: back in the lead's pool)
    previous name,                    -- the holder before
    owner name,                       -- the consultant who made the promise
    reason text,                      -- why the server refused
    context jsonb NOT NULL DEFAULT '{}',
    seq bigint NOT NULL DEFAULT nextval('steadyline.change_seq'),
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX promise_holders_by_seq ON steadyline.promise_holders(seq);
CREATE INDEX promise_holders_by_promise ON steadyline.promise_holders(promise_id);
ALTER TABLE steadyline.promise_holders ENABLE ROW LEVEL SECURITY;
ALTER TABLE steadyline.promise_holders FORCE ROW LEVEL SECURITY;
-- The one who asked, the new and the former holder, the promise's maker, the team's leads, admins.
CREATE POLICY shared_read ON steadyline.promise_holders FOR SELECT USING (
    (SELECT steadyline.member_role()) = 'admin'
    OR ((SELECT steadyline.member_role()) IS NOT NULL
        AND (login = session_user OR holder = session_user OR previous = session_user OR owner = session_user))
    OR ((SELECT steadyline.member_role()) = 'lead' AND team = (SELECT steadyline.member_team())));
-- Written only by the functions below, as the owner.
CREATE POLICY kept_by_functions_insert ON steadyline.promise_holders FOR INSERT WITH CHECK (true);
CREATE POLICY admin_delete ON steadyline.promise_holders FOR DELETE USING (steadyline.member_role() = 'admin');

-- The holder reads the promise (later changes of its text or due time reach them) ...
DROP POLICY shared_read ON steadyline.promises;
CREATE POLICY shared_read ON steadyline.promises FOR SELECT USING (
    (SELECT steadyline.member_role()) = 'admin'
    OR (login = session_user AND (SELECT steadyline.member_role()) IS NOT NULL)
    OR ((SELECT steadyline.member_role()) = 'lead' AND team = (SELECT steadyline.member_team()))
    OR ((SELECT steadyline.member_role()) IS NOT NULL AND EXISTS (
        SELECT 1 FROM steadyline.promise_current o WHERE o.promise_id = promises.id AND o.holder = session_user)));

-- ... its current state ...
DROP POLICY shared_read ON steadyline.promise_current;
CREATE POLICY shared_read ON steadyline.promise_current FOR SELECT USING (
    (SELECT steadyline.member_role()) = 'admin'
    OR ((SELECT steadyline.member_role()) IS NOT NULL AND (login = session_user OR holder = session_user))
    OR ((SELECT steadyline.member_role()) = 'lead' AND team = (SELECT steadyline.member_team())));
-- The functions below move the holder through version 3's update policy (the owner's only).

-- ... and every change of its status, and writes it (marks it kept).
DROP POLICY shared_read ON steadyline.promise_status_changes;
CREATE POLICY shared_read ON steadyline.promise_status_changes FOR SELECT USING (
    (SELECT steadyline.member_role()) = 'admin'
    OR ((SELECT steadyline.member_role()) IS NOT NULL
        AND (login = session_user
             OR EXISTS (SELECT 1 FROM steadyline.promise_current o
                        WHERE o.promise_id = promise_status_changes.promise_id
                          AND (o.login = session_user OR o.holder = session_user))))
    OR ((SELECT steadyline.member_role()) = 'lead' AND team = (SELECT steadyline.member_team())));
DROP POLICY promise_holder_insert ON steadyline.promise_status_changes;
CREATE POLICY promise_holder_insert ON steadyline.promise_status_changes FOR INSERT
    WITH CHECK (login = session_user AND EXISTS (
        SELECT 1 FROM steadyline.promises p JOIN steadyline.promise_current o ON o.promise_id = p.id
        WHERE p.id = promise_id AND p.team = promise_status_changes.team
          AND (p.login = session_user OR o.holder = session_user OR steadyline.member_role() = 'admin'
               OR (steadyline.member_role() = 'lead' AND steadyline.member_team() = p.team))));

-- What the new holder needs of a promise: the promise and its call (read by the caller of the
-- functions below, a lead or admin of the team, who may read them).
CREATE FUNCTION steadyline.promise_context(promise uuid) RETURNS jsonb
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
        SELECT jsonb_build_object(
                   'promise', jsonb_build_object('call_id', p.call_id, 'at', p.at, 'text', p.text, 'due_at', p.due_at),
                   'call', jsonb_build_object('started_at', c.started_at, 'ended_at', c.ended_at, 'channel', c.channel,
                                              'outcome', c.outcome, 'playbook_id', c.playbook_id,
                                              'playbook_revision', c.playbook_revision),
                   'notes', coalesce((SELECT jsonb_agg(jsonb_build_object('at', n.at, 'text', n.text, 'tags', n.tags)
                                                       ORDER BY n.at)
                                      FROM steadyline.notes n WHERE n.call_id = c.id), '[]'::jsonb))
        FROM steadyline.promises p JOIN steadyline.calls c ON c.id = p.call_id
        WHERE p.id = promise
    $$;

-- Moves one promise, once the checks passed; writes its row and the audit entry. Not for desks.
CREATE FUNCTION steadyline.move_promise(change_id uuid, promise uuid, new_holder name, action text,
                                        at timestamptz, bulk uuid DEFAULT NULL) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    held steadyline.promise_current%ROWTYPE;
BEGIN
    SELECT * INTO held FROM steadyline.promise_current WHERE promise_id = promise;
    INSERT INTO steadyline.promise_holders (id, promise_id, login, team, at, action, holder, previous, owner, context)
    VALUES (change_id, promise, session_user, held.team, move_promise.at, action, new_holder, held.holder,
            held.login, coalesce(steadyline.promise_context(promise), '{}'));
    UPDATE steadyline.promise_current SET holder = new_holder WHERE promise_id = promise;
    INSERT INTO steadyline.audit_log (login, team, action, detail)
    VALUES (session_user, held.team,
            CASE action WHEN 'taken' THEN 'promise_taken' WHEN 'handed_back' THEN 'promise_handed_back'
                        ELSE 'promise_reassigned' END,
            jsonb_strip_nulls(jsonb_build_object('promise_id', promise, 'from', held.holder, 'to', new_holder,
                                                 'owner', held.login, 'bulk', bulk)));
END
$$;

-- A refusal, recorded for the one who asked (their desk pulls it and says why). Returns the reason.
CREATE FUNCTION steadyline.refuse_promise_change(change_id uuid, promise uuid, at timestamptz, reason text)
    RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    INSERT INTO steadyline.promise_holders (id, promise_id, login, team, at, action, reason)
    VALUES (change_id,
            (SELECT o.promise_id FROM steadyline.promise_current o WHERE o.promise_id = promise),
            session_user, steadyline.member_team(), refuse_promise_change.at, 'refused', reason);
    RETURN reason;
END
$$;

-- The same request again (its UUID is stored): what it answered then.
CREATE FUNCTION steadyline.promise_change_done(change_id uuid) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT coalesce(h.reason, '') FROM steadyline.promise_holders h WHERE h.id = change_id $$;

-- A lead or admin of the promise's team gives an open promise to a member of the team (to
-- themselves: takes it). Returns '' when done, else the reason it was refused (also recorded).
CREATE FUNCTION steadyline.reassign_promise(change_id uuid, promise uuid, new_holder name, at timestamptz)
    RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    my_team text := steadyline.member_team();
    my_role text := steadyline.member_role();
    done text := steadyline.promise_change_done(change_id);
    held steadyline.promise_current%ROWTYPE;
BEGIN
    IF my_team IS NULL THEN
        RAISE EXCEPTION 'the login % is not a member of a team on this server', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF done IS NOT NULL THEN
        RETURN done;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('steadyline.change_seq'));
    SELECT * INTO held FROM steadyline.promise_current o WHERE o.promise_id = promise;
    IF my_role NOT IN ('lead', 'admin') OR held.promise_id IS NULL OR held.team IS DISTINCT FROM my_team THEN
        RETURN steadyline.refuse_promise_change(change_id, promise, at,
            'only a lead or admin of the promise''s team reassigns it');
    END IF;
    IF held.status <> 'open' THEN
        RETURN steadyline.refuse_promise_change(change_id, promise, at,
            format('the promise is no longer open (%s)', held.status));
    END IF;
    IF NOT EXISTS (SELECT 1 FROM steadyline.members m WHERE m.login = new_holder AND m.team = my_team) THEN
        RETURN steadyline.refuse_promise_change(change_id, promise, at,
            format('%s is not a member of the team %s', new_holder, my_team));
    END IF;
    IF held.holder IS NOT DISTINCT FROM new_holder THEN
        RETURN steadyline.refuse_promise_change(change_id, promise, at,
            format('%s holds the promise already', new_holder));
    END IF;
    PERFORM steadyline.move_promise(change_id, promise, new_holder,
                                    CASE WHEN new_holder = session_user THEN 'taken' ELSE 'reassigned' END, at);
    PERFORM pg_notify('steadyline_changes', '');
    RETURN '';
END
$$;

-- The holder of an open promise hands it back to the team's leads (no holder until one gives it on).
CREATE FUNCTION steadyline.hand_back_promise(change_id uuid, promise uuid, at timestamptz) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    my_team text := steadyline.member_team();
    done text := steadyline.promise_change_done(change_id);
    held steadyline.promise_current%ROWTYPE;
BEGIN
    IF my_team IS NULL THEN
        RAISE EXCEPTION 'the login % is not a member of a team on this server', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF done IS NOT NULL THEN
        RETURN done;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('steadyline.change_seq'));
    SELECT * INTO held FROM steadyline.promise_current o WHERE o.promise_id = promise;
    IF held.promise_id IS NULL OR held.holder IS DISTINCT FROM session_user THEN
        RETURN steadyline.refuse_promise_change(change_id, promise, at, 'only the promise''s holder hands it back');
    END IF;
    IF held.status <> 'open' THEN
        RETURN steadyline.refuse_promise_change(change_id, promise, at,
            format('the promise is no longer open (%s)', held.status));
    END IF;
    PERFORM steadyline.move_promise(change_id, promise, NULL, 'handed_back', at);
    PERFORM pg_notify('steadyline_changes', '');
    RETURN '';
END
$$;

-- Every open promise that `from_login` holds goes to `to_login` (a consultant away for the day), in
-- one transaction, each audited. Returns '' when done (also when there was nothing to move: the
-- summary row says how many), else the reason it was refused.
CREATE FUNCTION steadyline.reassign_all_promises(change_id uuid, from_login name, to_login name, at timestamptz)
    RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    my_team text := steadyline.member_team();
    my_role text := steadyline.member_role();
    done text := steadyline.promise_change_done(change_id);
    promise uuid;
    moved integer := 0;
BEGIN
    IF my_team IS NULL THEN
        RAISE EXCEPTION 'the login % is not a member of a team on this server', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF done IS NOT NULL THEN
        RETURN done;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('steadyline.change_seq'));
    IF my_role NOT IN ('lead', 'admin') THEN
        RETURN steadyline.refuse_promise_change(change_id, NULL, at, 'only a lead or admin reassigns the team''s promises');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM steadyline.members m WHERE m.login = to_login AND m.team = my_team) THEN
        RETURN steadyline.refuse_promise_change(change_id, NULL, at,
            format('%s is not a member of the team %s', to_login, my_team));
    END IF;
    IF from_login = to_login THEN
        RETURN steadyline.refuse_promise_change(change_id, NULL, at, 'the promises would go to the one who holds them');
    END IF;
    FOR promise IN SELECT o.promise_id FROM steadyline.promise_current o
                   WHERE o.team = my_team AND o.holder = from_login AND o.status = 'open'
                   ORDER BY o.due_at NULLS LAST, o.promise_id LOOP
        PERFORM steadyline.move_promise(md5(change_id::text || promise::text)::uuid, promise, to_login,
                                        CASE WHEN to_login = session_user THEN 'taken' ELSE 'reassigned' END, at,
                                        change_id);
        moved := moved + 1;
    END LOOP;
    INSERT INTO steadyline.promise_holders (id, login, team, at, action, holder, previous, context)
    VALUES (change_id, session_user, my_team, at, 'reassigned_all', to_login, from_login,
            jsonb_build_object('moved', moved));
    PERFORM pg_notify('steadyline_changes', '');
    RETURN '';
END
$$;

-- The team's members, for a lead's picker: logins and roles of the lead's own team.
CREATE FUNCTION steadyline.team_members() RETURNS TABLE (login name, role text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF coalesce(steadyline.member_role(), '') NOT IN ('lead', 'admin') THEN
        RAISE EXCEPTION 'only a lead or admin lists the team''s members' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY SELECT m.login, m.role FROM steadyline.members m
                 WHERE m.team = steadyline.member_team() ORDER BY m.login;
END
$$;

-- Members may also record a hand-back themselves (the functions above do it server side).
CREATE OR REPLACE FUNCTION steadyline.record_audit(action text, detail jsonb DEFAULT '{}') RETURNS void
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
           'promise_taken', 'promise_handed_back') THEN
        RAISE EXCEPTION 'not an action the audit log records: %', record_audit.action
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'call_opened, export, playbook_published, playbook_rolled_back, promise_reassigned, promise_taken, promise_handed_back';
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

-- pull_changes as in version 4, with the changes of a promise's holder.
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
            UNION ALL
            SELECT ph.seq, 'promise_holder', ph.id, ph.login, ph.team,
                   to_jsonb(ph) - ARRAY['seq', 'id', 'login', 'team', 'received_at']
            FROM steadyline.promise_holders ph WHERE ph.seq > since
        ) AS changes
        ORDER BY 1
        LIMIT least(greatest(max_rows, 1), 5000)
    $$;

-- Open promises for a lead's dashboard, as in version 3, with their holder (NULL: handed back).
CREATE FUNCTION steadyline.team_open_promises_held(team_name text, max_rows integer DEFAULT 100)
    RETURNS TABLE (id uuid, call_id uuid, login name, holder name, at timestamptz, due_at timestamptz, text text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
        SELECT p.id, p.call_id, p.login, o.holder, p.at, o.due_at, p.text
        FROM steadyline.promise_current o JOIN steadyline.promises p ON p.id = o.promise_id
        WHERE o.team = team_name AND o.status = 'open'
        ORDER BY o.due_at NULLS LAST, p.at
        LIMIT least(greatest(max_rows, 1), 1000)
    $$;

REVOKE ALL ON steadyline.promise_holders FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION steadyline.promise_context(uuid),
                           steadyline.move_promise(uuid, uuid, name, text, timestamptz, uuid),
                           steadyline.refuse_promise_change(uuid, uuid, timestamptz, text),
                           steadyline.promise_change_done(uuid),
                           steadyline.reassign_promise(uuid, uuid, name, timestamptz),
                           steadyline.hand_back_promise(uuid, uuid, timestamptz),
                           steadyline.reassign_all_promises(uuid, name, name, timestamptz),
                           steadyline.team_members(),
                           steadyline.team_open_promises_held(text, integer)
    FROM PUBLIC;
-- Every desk may call the three requests (the functions refuse who may not); leads list members.
GRANT EXECUTE ON FUNCTION steadyline.reassign_promise(uuid, uuid, name, timestamptz),
                          steadyline.hand_back_promise(uuid, uuid, timestamptz),
                          steadyline.reassign_all_promises(uuid, name, name, timestamptz)
    TO steadyline_agent, steadyline_lead, steadyline_admin;
GRANT EXECUTE ON FUNCTION steadyline.team_members(), steadyline.team_open_promises_held(text, integer)
    TO steadyline_lead, steadyline_admin;

-- move_promise() belongs to the mover, which holds just what a move writes.
RESET ROLE;
GRANT USAGE ON SCHEMA steadyline TO steadyline_promise_mover;
GRANT SELECT, UPDATE ON steadyline.promise_current TO steadyline_promise_mover;
GRANT INSERT ON steadyline.promise_holders, steadyline.audit_log TO steadyline_promise_mover;
GRANT USAGE ON SEQUENCE steadyline.change_seq, steadyline.audit_log_id_seq TO steadyline_promise_mover;
GRANT EXECUTE ON FUNCTION steadyline.promise_context(uuid) TO steadyline_promise_mover;
ALTER FUNCTION steadyline.move_promise(uuid, uuid, name, text, timestamptz, uuid) OWNER TO steadyline_promise_mover;
-- Called by the owner's functions above, nobody else.
GRANT EXECUTE ON FUNCTION steadyline.move_promise(uuid, uuid, name, text, timestamptz, uuid) TO steadyline_owner;
SET LOCAL ROLE steadyline_owner;
