-- Version 1 of the team server's schema: the roles, the shared tables with row-level security,
-- and the narrow door of functions through which desks and admins reach them.
--
-- Runs in one transaction as a superuser (SchemaMigrator), so a failure leaves nothing behind.
-- Roles belong to the whole cluster, hence "if not exists": a second Steadyline database in the
-- same cluster shares them.

DO $roles$
BEGIN
    -- Owns the schema, the tables and the SECURITY DEFINER functions. It cannot log in, so no
    -- desk ever connects as the tables' owner. CREATEROLE: add_member creates desk logins.
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'steadyline_owner') THEN
        CREATE ROLE steadyline_owner NOLOGIN CREATEROLE;
    END IF;
    -- Group roles; each desk login is a member of exactly one.
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'steadyline_agent') THEN
        CREATE ROLE steadyline_agent NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'steadyline_lead') THEN
        CREATE ROLE steadyline_lead NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'steadyline_admin') THEN
        CREATE ROLE steadyline_admin NOLOGIN;
    END IF;
END
$roles$;

CREATE SCHEMA steadyline AUTHORIZATION steadyline_owner;
REVOKE ALL ON SCHEMA steadyline FROM PUBLIC;
GRANT USAGE ON SCHEMA steadyline TO steadyline_agent, steadyline_lead, steadyline_admin;

SET LOCAL ROLE steadyline_owner;

CREATE TABLE steadyline.schema_version (
    version integer PRIMARY KEY,
    description text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
);

-- Team policy lives with the team: whether note text leaves the desk (otherwise only a note's
-- time and tags do) and how long the server keeps the team's rows.
CREATE TABLE steadyline.teams (
    name text PRIMARY KEY CHECK (name ~ '^[[:alnum:]][[:alnum:] ._-]{0,62}$'),
    note_text_leaves_desk boolean NOT NULL DEFAULT false,
    retention_days integer NOT NULL DEFAULT 365 CHECK (retention_days BETWEEN 1 AND 3650),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE steadyline.members (
    login name PRIMARY KEY,
    team text NOT NULL REFERENCES steadyline.teams(name) ON UPDATE CASCADE,
    role text NOT NULL CHECK (role IN ('agent', 'lead', 'admin')),
    created_at timestamptz NOT NULL DEFAULT now()
);

-- One sequence numbers every stored change of every shared table: a desk pulls "since N".
-- push_changes serialises writers (an advisory lock held to commit), so numbers become visible
-- in order and a pull never skips a row committed late with a smaller number.
CREATE SEQUENCE steadyline.change_seq;

-- Shared rows carry the desk's own UUIDs (pushes are idempotent), the login that made them and
-- the team it belonged to then.
CREATE TABLE steadyline.calls (
    id uuid PRIMARY KEY,
    login name NOT NULL,
    team text NOT NULL REFERENCES steadyline.teams(name) ON UPDATE CASCADE,
    started_at timestamptz NOT NULL,
    ended_at timestamptz,
    channel text NOT NULL DEFAULT '',
    outcome text,
    playbook_id text NOT NULL,
    playbook_revision integer NOT NULL,
    training boolean NOT NULL DEFAULT false,
    seq bigint NOT NULL DEFAULT nextval('steadyline.change_seq'),
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX calls_by_seq ON steadyline.calls(seq);
CREATE INDEX calls_by_team_start ON steadyline.calls(team, started_at);

CREATE TABLE steadyline.timeline_events (
    id uuid PRIMARY KEY,
    call_id uuid NOT NULL REFERENCES steadyline.calls(id) ON DELETE CASCADE,
    login name NOT NULL,
    team text NOT NULL REFERENCES steadyline.teams(name) ON UPDATE CASCADE,
    at timestamptz NOT NULL,
    kind text NOT NULL,
    step_id text NOT NULL DEFAULT '',
    detail text NOT NULL DEFAULT '',
    seq bigint NOT NULL DEFAULT nextval('steadyline.change_seq'),
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX timeline_by_seq ON steadyline.timeline_events(seq);
CREATE INDEX timeline_by_call ON steadyline.timeline_events(call_id);

-- text is NULL when the team's policy keeps note text on the desk.
CREATE TABLE steadyline.notes (
    id uuid PRIMARY KEY,
    call_id uuid NOT NULL REFERENCES steadyline.calls(id) ON DELETE CASCADE,
    login name NOT NULL,
    team text NOT NULL REFERENCES steadyline.teams(name) ON UPDATE CASCADE,
    at timestamptz NOT NULL,
    text text,
    tags jsonb NOT NULL DEFAULT '[]',
    seq bigint NOT NULL DEFAULT nextval('steadyline.change_seq'),
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notes_by_seq ON steadyline.notes(seq);
CREATE INDEX notes_by_call ON steadyline.notes(call_id);

CREATE TABLE steadyline.promises (
    id uuid PRIMARY KEY,
    call_id uuid NOT NULL REFERENCES steadyline.calls(id) ON DELETE CASCADE,
    login name NOT NULL,
    team text NOT NULL REFERENCES steadyline.teams(name) ON UPDATE CASCADE,
    at timestamptz NOT NULL,
    text text NOT NULL,
    due_at timestamptz,
    seq bigint NOT NULL DEFAULT nextval('steadyline.change_seq'),
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX promises_by_seq ON steadyline.promises(seq);

-- A promise's status is the latest of its changes (by the desk's time, then the server's number).
CREATE TABLE steadyline.promise_status_changes (
    id uuid PRIMARY KEY,
    promise_id uuid NOT NULL REFERENCES steadyline.promises(id) ON DELETE CASCADE,
    login name NOT NULL,
    team text NOT NULL REFERENCES steadyline.teams(name) ON UPDATE CASCADE,
    at timestamptz NOT NULL,
    status text NOT NULL CHECK (status IN ('open', 'kept', 'cancelled')),
    seq bigint NOT NULL DEFAULT nextval('steadyline.change_seq'),
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX promise_status_by_seq ON steadyline.promise_status_changes(seq);
CREATE INDEX promise_status_by_promise ON steadyline.promise_status_changes(promise_id);

CREATE TABLE steadyline.training_attempts (
    id uuid PRIMARY KEY,
    login name NOT NULL,
    team text NOT NULL REFERENCES steadyline.teams(name) ON UPDATE CASCADE,
    at timestamptz NOT NULL,
    scenario_id text NOT NULL,
    score integer NOT NULL,
    max_score integer NOT NULL,
    seq bigint NOT NULL DEFAULT nextval('steadyline.change_seq'),
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX training_by_seq ON steadyline.training_attempts(seq);

-- Who is asking: always session_user, the login the desk connected with. Inside a SECURITY
-- DEFINER function current_user is the owner, but session_user stays the desk's login, and SET
-- ROLE cannot change it.
CREATE FUNCTION steadyline.member_role() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT role FROM steadyline.members WHERE login = session_user $$;

CREATE FUNCTION steadyline.member_team() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT team FROM steadyline.members WHERE login = session_user $$;

-- The second wall: an agent reads their own rows, a lead their team's, an admin everything;
-- a login that is no longer a member reads nothing.
CREATE FUNCTION steadyline.may_read(row_login name, row_team text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
        SELECT EXISTS (
            SELECT 1 FROM steadyline.members m
            WHERE m.login = session_user
              AND (row_login = session_user OR m.role = 'admin' OR (m.role = 'lead' AND m.team = row_team)))
    $$;

-- A desk writes only rows of its own login, in its own team.
CREATE FUNCTION steadyline.may_write(row_login name, row_team text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
        SELECT row_login = session_user AND EXISTS (
            SELECT 1 FROM steadyline.members m WHERE m.login = session_user AND m.team = row_team)
    $$;

-- Row-level security on every shared table, forced so that it holds for the owner's functions
-- too (only a superuser bypasses it: the admin's psql as postgres).
DO $rls$
DECLARE
    shared text;
BEGIN
    FOREACH shared IN ARRAY ARRAY['calls', 'timeline_events', 'notes', 'promises', 'training_attempts'] LOOP
        EXECUTE format('ALTER TABLE steadyline.%I ENABLE ROW LEVEL SECURITY', shared);
        EXECUTE format('ALTER TABLE steadyline.%I FORCE ROW LEVEL SECURITY', shared);
        EXECUTE format('CREATE POLICY shared_read ON steadyline.%I FOR SELECT USING (steadyline.may_read(login, team))', shared);
        EXECUTE format('CREATE POLICY own_insert ON steadyline.%I FOR INSERT WITH CHECK (steadyline.may_write(login, team))', shared);
        EXECUTE format('CREATE POLICY own_update ON steadyline.%I FOR UPDATE USING (login = session_user) WITH CHECK (steadyline.may_write(login, team))', shared);
        EXECUTE format('CREATE POLICY admin_delete ON steadyline.%I FOR DELETE USING (steadyline.member_role() = ''admin'')', shared);
    END LOOP;
END
$rls$;

-- A status change is written by the promise's own login, or by a lead of the promise's team (who
-- takes over a colleague's promises), or by an admin; it is never changed afterwards.
ALTER TABLE steadyline.promise_status_changes ENABLE ROW LEVEL SECURITY;
ALTER TABLE steadyline.promise_status_changes FORCE ROW LEVEL SECURITY;
CREATE POLICY shared_read ON steadyline.promise_status_changes FOR SELECT
    USING (steadyline.may_read(login, team));
CREATE POLICY promise_holder_insert ON steadyline.promise_status_changes FOR INSERT
    WITH CHECK (login = session_user AND EXISTS (
        SELECT 1 FROM steadyline.promises p
        WHERE p.id = promise_id AND p.team = promise_status_changes.team
          AND (p.login = session_user OR steadyline.member_role() = 'admin'
               OR (steadyline.member_role() = 'lead' AND steadyline.member_team() = p.team))));
CREATE POLICY admin_delete ON steadyline.promise_status_changes FOR DELETE
    USING (steadyline.member_role() = 'admin');

-- Members and teams are read only through the functions below; an admin's are the same.
ALTER TABLE steadyline.members ENABLE ROW LEVEL SECURITY;
ALTER TABLE steadyline.teams ENABLE ROW LEVEL SECURITY;

-- Who the server takes the caller for, and the schema it runs.
CREATE FUNCTION steadyline.server_info()
    RETURNS TABLE (schema_version integer, login name, role text, team text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
        SELECT (SELECT max(version) FROM steadyline.schema_version), session_user,
               steadyline.member_role(), steadyline.member_team()
    $$;

-- The desk's way in: an array of changes, each {"kind", "id", "data"}. All are stored or none
-- (one transaction). A change already stored (the same UUID, e.g. a push repeated after a lost
-- answer) is skipped; a call or promise pushed again with new values updates the row. A change
-- that names another login's row fails the whole push. Returns how many changes were stored.
CREATE FUNCTION steadyline.push_changes(changes jsonb) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    my_team text := steadyline.member_team();
    share_text boolean;
    change jsonb;
    kind text;
    change_id uuid;
    d jsonb;
    promise_team text;
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
                                               playbook_id, playbook_revision, training)
            VALUES (change_id, session_user, my_team, (d->>'started_at')::timestamptz,
                    (d->>'ended_at')::timestamptz, coalesce(d->>'channel', ''), d->>'outcome',
                    d->>'playbook_id', (d->>'playbook_revision')::integer,
                    coalesce((d->>'training')::boolean, false))
            ON CONFLICT (id) DO UPDATE
                SET ended_at = excluded.ended_at, outcome = excluded.outcome,
                    seq = nextval('steadyline.change_seq'), received_at = now()
                WHERE c.login = session_user
                  AND (c.ended_at IS DISTINCT FROM excluded.ended_at OR c.outcome IS DISTINCT FROM excluded.outcome);
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

-- Every change this login may read with a number above `since`, oldest first, at most `max_rows`.
CREATE FUNCTION steadyline.pull_changes(since bigint, max_rows integer DEFAULT 1000)
    RETURNS TABLE (seq bigint, kind text, id uuid, login name, team text, data jsonb)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
        SELECT * FROM (
            SELECT c.seq, 'call'::text, c.id, c.login, c.team,
                   to_jsonb(c) - ARRAY['seq', 'id', 'login', 'team', 'received_at']
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
        ) AS changes
        ORDER BY 1
        LIMIT least(greatest(max_rows, 1), 5000)
    $$;

-- Administration: for members of steadyline_admin (and the cluster's superuser).
CREATE FUNCTION steadyline.add_team(team_name text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM steadyline.teams WHERE name = team_name) THEN
        RAISE EXCEPTION 'the team "%" exists already', team_name USING ERRCODE = 'duplicate_object';
    END IF;
    INSERT INTO steadyline.teams (name) VALUES (team_name);
END
$$;

-- Creates the login in the group of its role, in a team. It takes the password's SCRAM-SHA-256
-- verifier, made by the admin's program (scramVerifier), never the password itself: the password
-- then appears in no statement, no log and no network packet.
CREATE FUNCTION steadyline.add_member(member_login text, password_verifier text, member_role text, team_name text)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF member_login !~ '^[a-z_][a-z0-9_.-]{0,62}$' THEN
        RAISE EXCEPTION 'the login "%" is not allowed: use lower-case letters, digits, ".", "-" and "_", starting with a letter', member_login
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF member_role NOT IN ('agent', 'lead', 'admin') THEN
        RAISE EXCEPTION 'the role must be agent, lead or admin, not "%"', member_role USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF password_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'add_member takes a SCRAM-SHA-256 verifier, not a password' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM steadyline.teams WHERE name = team_name) THEN
        RAISE EXCEPTION 'there is no team "%"', team_name
            USING ERRCODE = 'undefined_object', HINT = 'add it first: steadyline server add-team';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = member_login) THEN
        RAISE EXCEPTION 'a PostgreSQL role "%" exists already', member_login USING ERRCODE = 'duplicate_object';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', member_login, password_verifier,
                   'steadyline_' || member_role);
    INSERT INTO steadyline.members (login, team, role) VALUES (member_login, team_name, member_role);
END
$$;

-- Changes what is given (NULL keeps the value) and returns the team's policy.
CREATE FUNCTION steadyline.team_policy(team_name text, note_text boolean DEFAULT NULL, keep_days integer DEFAULT NULL)
    RETURNS TABLE (team text, note_text_leaves_desk boolean, retention_days integer)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM steadyline.teams t WHERE t.name = team_name) THEN
        RAISE EXCEPTION 'there is no team "%"', team_name USING ERRCODE = 'undefined_object';
    END IF;
    UPDATE steadyline.teams t
       SET note_text_leaves_desk = coalesce(note_text, t.note_text_leaves_desk),
           retention_days = coalesce(keep_days, t.retention_days)
     WHERE t.name = team_name;
    RETURN QUERY SELECT t.name, t.note_text_leaves_desk, t.retention_days FROM steadyline.teams t WHERE t.name = team_name;
END
$$;

-- Retention: deletes what is older than its team keeps (a call's timeline, notes and promises go
-- with it; a call with a promise still open stays). For a daily job run by an admin; returns
-- how many calls and training attempts were deleted.
CREATE FUNCTION steadyline.apply_retention() RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    calls_deleted integer;
    attempts_deleted integer;
BEGIN
    DELETE FROM steadyline.calls c USING steadyline.teams t
     WHERE t.name = c.team AND c.started_at < now() - make_interval(days => t.retention_days)
       AND NOT EXISTS (
           SELECT 1 FROM steadyline.promises p
           WHERE p.call_id = c.id
             AND coalesce((SELECT s.status FROM steadyline.promise_status_changes s WHERE s.promise_id = p.id
                           ORDER BY s.at DESC, s.seq DESC LIMIT 1), 'open') = 'open');
    GET DIAGNOSTICS calls_deleted = ROW_COUNT;
    DELETE FROM steadyline.training_attempts a USING steadyline.teams t
     WHERE t.name = a.team AND a.at < now() - make_interval(days => t.retention_days);
    GET DIAGNOSTICS attempts_deleted = ROW_COUNT;
    RETURN calls_deleted + attempts_deleted;
END
$$;

REVOKE ALL ON ALL TABLES IN SCHEMA steadyline FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA steadyline FROM PUBLIC;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA steadyline FROM PUBLIC;
GRANT EXECUTE ON FUNCTION steadyline.server_info(), steadyline.push_changes(jsonb),
                          steadyline.pull_changes(bigint, integer)
    TO steadyline_agent, steadyline_lead, steadyline_admin;
GRANT EXECUTE ON FUNCTION steadyline.add_team(text), steadyline.add_member(text, text, text, text),
                          steadyline.team_policy(text, boolean, integer), steadyline.apply_retention()
    TO steadyline_admin;
