-- Version 7: playbooks published to a team (issue #18 §5).
--
-- A lead (or admin) of a team publishes a playbook's JSON from the editor; every desk of the team
-- pulls the active revision of each playbook and uses it from its next call. A rollback makes an
-- earlier published revision the active one again. Both are written to the audit log in the same
-- transaction, so neither can happen unrecorded.
--
-- The published revision is the playbook's own "revision" member: the journal records it with
-- every call, and a new publication must raise it. The server checks size, JSON, id and revision;
-- the desk has validated the content before it sends it.
--
-- Desks pull what changed incrementally: every publication and every change of the active flag
-- takes a new number of change_seq, and published_playbook_changes(since) returns the team's rows
-- past a desk's own cursor (kept apart from pull_changes', so the two never skip each other).

SET LOCAL ROLE steadyline_owner;

CREATE TABLE steadyline.published_playbooks (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    team text NOT NULL REFERENCES steadyline.teams(name) ON UPDATE CASCADE ON DELETE CASCADE,
    playbook_id text NOT NULL CHECK (length(playbook_id) BETWEEN 1 AND 200),
    revision integer NOT NULL CHECK (revision >= 1),
    body text NOT NULL CHECK (octet_length(body) <= 2097152),
    sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    note text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
    published_by name NOT NULL,
    published_at timestamptz NOT NULL DEFAULT now(),
    active boolean NOT NULL DEFAULT false,
    seq bigint NOT NULL DEFAULT nextval('steadyline.change_seq'),
    UNIQUE (team, playbook_id, revision)
);
CREATE UNIQUE INDEX published_playbooks_one_active ON steadyline.published_playbooks(team, playbook_id) WHERE active;
CREATE INDEX published_playbooks_by_seq ON steadyline.published_playbooks(team, seq);

-- Only through the functions below; row-level security is the second wall: members read their own
-- team's publications, leads and admins of the team write them in their own name.
ALTER TABLE steadyline.published_playbooks ENABLE ROW LEVEL SECURITY;
ALTER TABLE steadyline.published_playbooks FORCE ROW LEVEL SECURITY;
CREATE POLICY team_read ON steadyline.published_playbooks FOR SELECT USING (
    team = (SELECT steadyline.member_team()));
CREATE POLICY lead_insert ON steadyline.published_playbooks FOR INSERT WITH CHECK (
    published_by = session_user
    AND steadyline.member_role() IN ('lead', 'admin')
    AND team = steadyline.member_team());
CREATE POLICY lead_update ON steadyline.published_playbooks FOR UPDATE
    USING (steadyline.member_role() IN ('lead', 'admin') AND team = steadyline.member_team())
    WITH CHECK (steadyline.member_role() IN ('lead', 'admin') AND team = steadyline.member_team());

-- Refuses anyone but a lead or admin of `team_name`.
CREATE FUNCTION steadyline.require_team_lead(team_name text) RETURNS void
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
BEGIN
    IF steadyline.member_role() IS DISTINCT FROM 'lead' AND steadyline.member_role() IS DISTINCT FROM 'admin'
       OR steadyline.member_team() IS DISTINCT FROM team_name THEN
        RAISE EXCEPTION 'only a lead or admin of the team "%" publishes its playbooks', team_name
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;

-- Publishes `body` (a playbook's JSON text) as the active revision of its playbook in the team.
CREATE FUNCTION steadyline.publish_playbook(team_name text, body text, note text DEFAULT '')
    RETURNS TABLE (playbook_id text, revision integer, sha256 text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    doc jsonb;
    new_id text;
    new_revision integer;
    newest integer;
    digest text;
BEGIN
    PERFORM steadyline.require_team_lead(team_name);
    IF body IS NULL OR octet_length(body) > 2097152 THEN
        RAISE EXCEPTION 'a published playbook is at most 2 MB' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF length(coalesce(note, '')) > 500 THEN
        RAISE EXCEPTION 'the note of a publication is at most 500 characters' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    BEGIN
        doc := body::jsonb;
    EXCEPTION WHEN invalid_text_representation THEN
        RAISE EXCEPTION 'the playbook is not JSON' USING ERRCODE = 'invalid_parameter_value';
    END;
    IF jsonb_typeof(doc) IS DISTINCT FROM 'object' OR jsonb_typeof(doc->'id') IS DISTINCT FROM 'string'
       OR jsonb_typeof(doc->'revision') IS DISTINCT FROM 'number' THEN
        RAISE EXCEPTION 'a playbook is a JSON object with a string "id" and a whole number "revision"'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    new_id := doc->>'id';
    IF (doc->>'revision') !~ '^[0-9]+$' OR length(doc->>'revision') > 9 OR (doc->>'revision')::integer < 1 THEN
        RAISE EXCEPTION 'the revision of a playbook is a whole number of at least 1, not %', doc->>'revision'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    new_revision := (doc->>'revision')::integer;
    -- Writers in turn, as push_changes: change numbers become visible in the order they were taken.
    PERFORM pg_advisory_xact_lock(hashtext('steadyline.change_seq'));
    SELECT max(p.revision) INTO newest FROM steadyline.published_playbooks p
     WHERE p.team = team_name AND p.playbook_id = new_id;
    IF newest IS NOT NULL AND new_revision <= newest THEN
        RAISE EXCEPTION 'revision % of "%" is not newer than revision %, published already', new_revision, new_id, newest
            USING ERRCODE = 'invalid_parameter_value', HINT = 'raise the playbook''s "revision" and publish again';
    END IF;
    digest := encode(pg_catalog.sha256(convert_to(body, 'UTF8')), 'hex');
    UPDATE steadyline.published_playbooks p SET active = false, seq = nextval('steadyline.change_seq')
     WHERE p.team = team_name AND p.playbook_id = new_id AND p.active;
    INSERT INTO steadyline.published_playbooks (team, playbook_id, revision, body, sha256, note, published_by, active)
    VALUES (team_name, new_id, new_revision, body, digest, coalesce(note, ''), session_user, true);
    PERFORM steadyline.record_audit('playbook_published',
                                    jsonb_build_object('playbook_id', new_id, 'revision', new_revision,
                                                       'sha256', digest, 'note', coalesce(note, '')));
    PERFORM pg_notify('steadyline_changes', '');
    RETURN QUERY SELECT new_id, new_revision, digest;
END
$$;

-- Makes an earlier published revision the active one again. Nothing changes (and nothing is
-- recorded) when it is active already.
CREATE FUNCTION steadyline.roll_back_playbook(team_name text, playbook text, to_revision integer) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    target steadyline.published_playbooks;
    was integer;
BEGIN
    PERFORM steadyline.require_team_lead(team_name);
    PERFORM pg_advisory_xact_lock(hashtext('steadyline.change_seq'));
    SELECT * INTO target FROM steadyline.published_playbooks p
     WHERE p.team = team_name AND p.playbook_id = playbook AND p.revision = to_revision;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'revision % of "%" was never published to the team "%"', to_revision, playbook, team_name
            USING ERRCODE = 'undefined_object';
    END IF;
    IF target.active THEN
        RETURN;
    END IF;
    UPDATE steadyline.published_playbooks p SET active = false, seq = nextval('steadyline.change_seq')
     WHERE p.team = team_name AND p.playbook_id = playbook AND p.active
    RETURNING p.revision INTO was;
    UPDATE steadyline.published_playbooks p SET active = true, seq = nextval('steadyline.change_seq')
     WHERE p.id = target.id;
    PERFORM steadyline.record_audit('playbook_rolled_back',
                                    jsonb_build_object('playbook_id', playbook, 'revision', to_revision,
                                                       'from_revision', was, 'sha256', target.sha256));
    PERFORM pg_notify('steadyline_changes', '');
END
$$;

-- The publications of the caller's own team changed since `since` (a desk's cursor), oldest
-- first: every revision with who, when and the note; the JSON text of the active ones only.
CREATE FUNCTION steadyline.published_playbook_changes(since bigint)
    RETURNS TABLE (seq bigint, id uuid, playbook_id text, revision integer, sha256 text, note text,
                   published_by name, published_at timestamptz, active boolean, body text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
        SELECT p.seq, p.id, p.playbook_id, p.revision, p.sha256, p.note, p.published_by, p.published_at,
               p.active, CASE WHEN p.active THEN p.body END
        FROM steadyline.published_playbooks p
        WHERE p.team = steadyline.member_team() AND p.seq > since
        ORDER BY p.seq
    $$;

REVOKE ALL ON steadyline.published_playbooks FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION steadyline.require_team_lead(text), steadyline.publish_playbook(text, text, text),
                           steadyline.roll_back_playbook(text, text, integer),
                           steadyline.published_playbook_changes(bigint)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION steadyline.published_playbook_changes(bigint)
    TO steadyline_agent, steadyline_lead, steadyline_admin;
-- Every member may call them, so that an agent hears the functions' own reason (only a lead or
-- admin of the team), not a bare "permission denied".
GRANT EXECUTE ON FUNCTION steadyline.publish_playbook(text, text, text),
                          steadyline.roll_back_playbook(text, text, integer)
    TO steadyline_agent, steadyline_lead, steadyline_admin;
