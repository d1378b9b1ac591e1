-- Version 5: the incident rule counts the consultant's ending only at the method's end (#18).
--
-- A consultant who ends a calm call with F10 ends it "by the consultant" too; version 4 counted
-- every such call as abusive (the lead was told, a break was offered). Now an ending by the
-- consultant or by security is an incident only when the call stood at the method's end: its
-- last step began a countdown (the final warning) or is step 3½ (final action hang_up or
-- call_security). calls.method_end says so, kept by a trigger on the call's timeline as it
-- arrives (in the order the desk wrote it, as src/core/call/incidentrule.cpp walks it). Notes
-- tagged insult or threat still make any call an incident.

SET LOCAL ROLE steadyline_owner;

ALTER TABLE steadyline.calls ADD COLUMN method_end boolean NOT NULL DEFAULT false;

-- The calls already on the server: the last of their step, countdown and final-action events
-- decides; as the superuser, past row-level security.
RESET ROLE;
UPDATE steadyline.calls c SET method_end = true
WHERE (SELECT t.kind <> 'step_entered'
       FROM steadyline.timeline_events t
       WHERE t.call_id = c.id
         AND (t.kind IN ('step_entered', 'countdown_started')
              OR (t.kind = 'final_action' AND t.detail IN ('hang_up', 'call_security')))
       ORDER BY t.seq DESC
       LIMIT 1);
SET LOCAL ROLE steadyline_owner;

-- The call's owner pushes its timeline (push_changes checks it), so the update passes the calls'
-- own row-level security. An ended call's row is sent again (a new seq) when its flag changes, so
-- the leads' desks that pulled it learn the change.
CREATE FUNCTION steadyline.mark_method_end() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    at_end boolean;
BEGIN
    IF NEW.kind = 'step_entered' THEN
        at_end := false;
    ELSIF NEW.kind = 'countdown_started' OR (NEW.kind = 'final_action' AND NEW.detail IN ('hang_up', 'call_security')) THEN
        at_end := true;
    ELSE
        RETURN NULL;
    END IF;
    UPDATE steadyline.calls
    SET method_end = at_end,
        seq = CASE WHEN ended_at IS NULL THEN seq ELSE nextval('steadyline.change_seq') END
    WHERE id = NEW.call_id AND method_end IS DISTINCT FROM at_end;
    RETURN NULL;
END
$$;
CREATE TRIGGER mark_method_end AFTER INSERT ON steadyline.timeline_events
    FOR EACH ROW EXECUTE FUNCTION steadyline.mark_method_end();

-- The incident rule's index and its two readers, with the new condition (search for "incident
-- rule" to find every place it is written).
DROP INDEX steadyline.calls_incidents;
CREATE INDEX calls_incidents ON steadyline.calls(team, started_at)
    WHERE NOT training AND ((method_end AND outcome IN ('ended_by_consultant', 'escalated')) OR abusive_tags);

RESET ROLE;
CREATE OR REPLACE FUNCTION steadyline.team_incidents(team_name text, since timestamptz, until timestamptz)
    RETURNS TABLE (id uuid, login name, started_at timestamptz, ended_at timestamptz, outcome text,
                   playbook_id text, playbook_revision integer)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
        SELECT c.id, c.login, c.started_at, c.ended_at, c.outcome, c.playbook_id, c.playbook_revision
        FROM steadyline.calls c
        WHERE c.team = team_name AND c.started_at >= since AND c.started_at < until
          -- incident rule
          AND NOT c.training
          AND ((c.method_end AND c.outcome IN ('ended_by_consultant', 'escalated')) OR c.abusive_tags)
        ORDER BY c.started_at DESC
    $$;

CREATE OR REPLACE FUNCTION steadyline.caller_incidents(caller_key text, days integer) RETURNS integer
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
      -- incident rule
      AND NOT c.training
      AND ((c.method_end AND c.outcome IN ('ended_by_consultant', 'escalated')) OR c.abusive_tags);
    RETURN found;
END
$$;
SET LOCAL ROLE steadyline_owner;

REVOKE EXECUTE ON FUNCTION steadyline.mark_method_end() FROM PUBLIC;
