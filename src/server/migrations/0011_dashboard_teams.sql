-- Version 11: the team picker of the lead's dashboard (issue #18 §6). An admin sees every team;
-- a lead only their own (no picker). Two new functions, nothing of an earlier version changed:
--
-- 1. dashboard_teams(): the teams whose dashboard the login may open, with the login's own team
--    marked: every team for an admin, the own team for a lead; refused to an agent.
-- 2. team_incident_report(team, since, until, time zone): the incident report (version 8's
--    incident_report) of one team, for the dashboard's export of the team on the screen. A lead
--    naming another team is refused (insufficient_privilege), whether that team exists or not.
--
-- The dashboard's figures already take the team (dashboard_incidents, _escalations, _promises,
-- _training: another team's rows are invisible to a lead through row-level security, so a lead
-- gets zeros; dashboard_consultants refuses any team but the asker's own).

SET LOCAL ROLE steadyline_owner;

CREATE FUNCTION steadyline.dashboard_teams()
    RETURNS TABLE (team text, own boolean)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF steadyline.member_role() = 'admin' THEN
        RETURN QUERY SELECT t.name, t.name = steadyline.member_team() FROM steadyline.teams t ORDER BY t.name;
    ELSIF steadyline.member_role() = 'lead' THEN
        RETURN QUERY SELECT steadyline.member_team(), true;
    ELSE
        RAISE EXCEPTION 'only a lead or an admin opens the dashboard' USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;

CREATE FUNCTION steadyline.team_incident_report(team_name text, since timestamptz, until timestamptz,
                                                time_zone text DEFAULT 'UTC')
    RETURNS TABLE (month date, team text, outcome text, incidents bigint, cool_downs bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF NOT (steadyline.member_role() = 'admin'
            OR (steadyline.member_role() = 'lead' AND steadyline.member_team() = team_name)) THEN
        RAISE EXCEPTION 'only a lead of the team % or an admin reads its incident report', team_name
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY SELECT r.month, r.team, r.outcome, r.incidents, r.cool_downs
                 FROM steadyline.incident_report(since, until, time_zone) r
                 WHERE r.team = team_name;
END
$$;

REVOKE EXECUTE ON FUNCTION steadyline.dashboard_teams(),
                           steadyline.team_incident_report(text, timestamptz, timestamptz, text)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION steadyline.dashboard_teams(),
                          steadyline.team_incident_report(text, timestamptz, timestamptz, text)
    TO steadyline_lead, steadyline_admin;
