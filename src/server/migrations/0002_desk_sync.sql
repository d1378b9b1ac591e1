-- Version 2: what desks need to sync (issue #17, the desk's side).
--
-- 1. desk_policy(): a desk reads its own team's note policy, so that note text that the team keeps
--    on the desks never leaves the desk at all (push_changes also drops it: two walls).
-- 2. The holder of a promise reads every status change of it, also a lead's who took it over or
--    cancelled it: otherwise the agent's desk would never learn it (an agent reads only rows of
--    their own login).
-- 3. idle_in_transaction_session_timeout for every desk login: push_changes holds an advisory lock
--    to commit, so a desk that opened a transaction and stopped (a hung program, a debugger) would
--    hold up every other desk's pushes. PostgreSQL ends such a session after 30 s. Role settings
--    are per login (a group role's settings are not inherited), hence one per member and one in
--    add_member for every login made from now on.

-- Role settings are changed as the superuser that runs the migration, not as the owner.
RESET ROLE;

DO $logins$
DECLARE
    member_login name;
BEGIN
    FOR member_login IN SELECT m.login FROM steadyline.members m LOOP
        IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = member_login) THEN
            EXECUTE format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L', member_login, '30s');
        END IF;
    END LOOP;
END
$logins$;

SET LOCAL ROLE steadyline_owner;

DROP POLICY shared_read ON steadyline.promise_status_changes;
CREATE POLICY shared_read ON steadyline.promise_status_changes FOR SELECT
    USING (steadyline.may_read(login, team) OR EXISTS (
        SELECT 1 FROM steadyline.promises p WHERE p.id = promise_id AND p.login = session_user));

CREATE FUNCTION steadyline.desk_policy()
    RETURNS TABLE (team text, note_text_leaves_desk boolean)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
        SELECT t.name, t.note_text_leaves_desk FROM steadyline.teams t WHERE t.name = steadyline.member_team()
    $$;

CREATE OR REPLACE FUNCTION steadyline.add_member(member_login text, password_verifier text, member_role text, team_name text)
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
    EXECUTE format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L', member_login, '30s');
    INSERT INTO steadyline.members (login, team, role) VALUES (member_login, team_name, member_role);
END
$$;

REVOKE EXECUTE ON FUNCTION steadyline.desk_policy() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION steadyline.desk_policy() TO steadyline_agent, steadyline_lead, steadyline_admin;
