-- Schema version 5 as it was released: version 4 (journal-v4.sql, with its data) plus the index
-- of the team's rows by their moment that the lead's board reads by (issue #18). Frozen: when the
-- schema changes, this file stays as it is and the migration test proves version 5 still becomes
-- the current version with its data intact.
CREATE TABLE calls (
    id INTEGER PRIMARY KEY,
    started TEXT NOT NULL,
    started_ms INTEGER NOT NULL,
    ended TEXT,
    channel TEXT NOT NULL,
    address TEXT NOT NULL,
    case_reference TEXT NOT NULL DEFAULT '',
    playbook_id TEXT NOT NULL,
    playbook_revision INTEGER NOT NULL,
    playbook_sha256 TEXT NOT NULL,
    locale TEXT NOT NULL,
    outcome TEXT,
    training INTEGER NOT NULL DEFAULT 0 CHECK (training IN (0, 1))
);
CREATE INDEX calls_by_start ON calls(started_ms);
CREATE INDEX calls_unfinished ON calls(id) WHERE outcome IS NULL;
CREATE TABLE timeline (
    id INTEGER PRIMARY KEY,
    call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    step_id TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX timeline_by_call ON timeline(call_id);
CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    text TEXT NOT NULL,
    tags TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX notes_by_call ON notes(call_id);
CREATE TABLE promises (
    id INTEGER PRIMARY KEY,
    call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    text TEXT NOT NULL,
    case_reference TEXT NOT NULL DEFAULT '',
    due TEXT,
    due_ms INTEGER,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'kept', 'cancelled')),
    kept_at TEXT
);
CREATE INDEX promises_by_call ON promises(call_id);
CREATE INDEX promises_by_due ON promises(status, due_ms);
CREATE TABLE drafts (
    call_id INTEGER PRIMARY KEY REFERENCES calls(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TRIGGER calls_keep_open_promises BEFORE DELETE ON calls
WHEN old.training = 0 AND EXISTS (SELECT 1 FROM promises WHERE call_id = old.id AND status = 'open')
BEGIN
    SELECT RAISE(ABORT, 'a call with an open promise cannot be deleted');
END;
CREATE VIRTUAL TABLE search USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER calls_search_insert AFTER INSERT ON calls BEGIN
    INSERT INTO search(rowid, body) VALUES (new.id, new.case_reference);
END;
CREATE TRIGGER calls_search_update AFTER UPDATE OF case_reference ON calls BEGIN
    UPDATE search SET body = (SELECT c.case_reference || COALESCE((SELECT char(10) || group_concat(n.text || ' ' || n.tags, char(10)) FROM notes n WHERE n.call_id = c.id), '') || COALESCE((SELECT char(10) || group_concat(p.text || ' ' || p.case_reference, char(10)) FROM promises p WHERE p.call_id = c.id), '') FROM calls c WHERE c.id = new.id) WHERE rowid = new.id;
END;
CREATE TRIGGER calls_search_delete AFTER DELETE ON calls BEGIN
    DELETE FROM search WHERE rowid = old.id;
END;
CREATE TRIGGER notes_search_insert AFTER INSERT ON notes BEGIN
    UPDATE search SET body = body || char(10) || new.text || ' ' || new.tags WHERE rowid = new.call_id;
END;
CREATE TRIGGER notes_search_update AFTER UPDATE OF text, tags ON notes BEGIN
    UPDATE search SET body = (SELECT c.case_reference || COALESCE((SELECT char(10) || group_concat(n.text || ' ' || n.tags, char(10)) FROM notes n WHERE n.call_id = c.id), '') || COALESCE((SELECT char(10) || group_concat(p.text || ' ' || p.case_reference, char(10)) FROM promises p WHERE p.call_id = c.id), '') FROM calls c WHERE c.id = new.call_id) WHERE rowid = new.call_id;
END;
CREATE TRIGGER notes_search_delete AFTER DELETE ON notes BEGIN
    UPDATE search SET body = (SELECT c.case_reference || COALESCE((SELECT char(10) || group_concat(n.text || ' ' || n.tags, char(10)) FROM notes n WHERE n.call_id = c.id), '') || COALESCE((SELECT char(10) || group_concat(p.text || ' ' || p.case_reference, char(10)) FROM promises p WHERE p.call_id = c.id), '') FROM calls c WHERE c.id = old.call_id) WHERE rowid = old.call_id;
END;
CREATE TRIGGER promises_search_insert AFTER INSERT ON promises BEGIN
    UPDATE search SET body = body || char(10) || new.text || ' ' || new.case_reference WHERE rowid = new.call_id;
END;
CREATE TRIGGER promises_search_update AFTER UPDATE OF text, case_reference ON promises BEGIN
    UPDATE search SET body = (SELECT c.case_reference || COALESCE((SELECT char(10) || group_concat(n.text || ' ' || n.tags, char(10)) FROM notes n WHERE n.call_id = c.id), '') || COALESCE((SELECT char(10) || group_concat(p.text || ' ' || p.case_reference, char(10)) FROM promises p WHERE p.call_id = c.id), '') FROM calls c WHERE c.id = new.call_id) WHERE rowid = new.call_id;
END;
CREATE TRIGGER promises_search_delete AFTER DELETE ON promises BEGIN
    UPDATE search SET body = (SELECT c.case_reference || COALESCE((SELECT char(10) || group_concat(n.text || ' ' || n.tags, char(10)) FROM notes n WHERE n.call_id = c.id), '') || COALESCE((SELECT char(10) || group_concat(p.text || ' ' || p.case_reference, char(10)) FROM promises p WHERE p.call_id = c.id), '') FROM calls c WHERE c.id = old.call_id) WHERE rowid = old.call_id;
END;
CREATE TABLE training_attempts (
    id INTEGER PRIMARY KEY,
    call_id INTEGER REFERENCES calls(id) ON DELETE SET NULL,
    scenario_id TEXT NOT NULL,
    scenario_revision INTEGER NOT NULL,
    scenario_title TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    finished_at TEXT NOT NULL,
    finished_ms INTEGER NOT NULL,
    score INTEGER NOT NULL,
    max_score INTEGER NOT NULL,
    percent INTEGER NOT NULL CHECK (percent BETWEEN 0 AND 100),
    passed INTEGER NOT NULL CHECK (passed IN (0, 1)),
    mistakes TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX training_attempts_by_scenario ON training_attempts(scenario_id, finished_ms);
CREATE INDEX training_attempts_by_call ON training_attempts(call_id);
CREATE TRIGGER training_attempts_only_training_calls
BEFORE INSERT ON training_attempts
WHEN new.call_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM calls WHERE id = new.call_id AND training = 1)
BEGIN
    SELECT RAISE(ABORT, 'a training attempt belongs to a training call');
END;


INSERT INTO calls (id, started, started_ms, ended, channel, address, case_reference, playbook_id,
                   playbook_revision, playbook_sha256, locale, outcome, training)
VALUES (1, '2025-10-06T14:02:11.250+02:00', 1759752131250, '2025-10-06T14:09:40.000+02:00', 'phone',
        'formal_female', 'ZG-2025/0042', 'aggressive-caller-pl', 2,
        '2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae', 'pl', 'escalated', 0);
INSERT INTO timeline (call_id, at, kind, step_id, detail)
VALUES (1, '2025-10-06T14:02:11.250+02:00', 'step_entered', 'calm_down', '');
INSERT INTO timeline (call_id, at, kind, step_id, detail)
VALUES (1, '2025-10-06T14:08:55.500+02:00', 'final_action', 'call_security', 'security called');
INSERT INTO notes (call_id, at, text, tags)
VALUES (1, '2025-10-06T14:03:00.000+02:00', 'Klient groził zgłoszeniem; zażółć gęślą jaźń', '["threat"]');
INSERT INTO promises (call_id, at, text, case_reference, due, due_ms, status)
VALUES (1, '2025-10-06T14:05:00.000+02:00', 'Oddzwonić z decyzją reklamacyjną', 'ZG-2025/0042',
        '2025-10-08T10:00:00.000+02:00', 1759910400000, 'open');
INSERT INTO drafts (call_id, text, updated_at) VALUES (1, 'Klient prosi o', '2025-10-06T14:09:39.000+02:00');

INSERT INTO calls (id, started, started_ms, ended, channel, address, case_reference, playbook_id,
                   playbook_revision, playbook_sha256, locale, outcome, training)
VALUES (2, '2025-10-07T09:00:00.000+02:00', 1759820400000, '2025-10-07T09:04:00.000+02:00', 'phone',
        'formal_male', '', 'aggressive-caller-pl', 2,
        '2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae', 'pl', 'ended_by_consultant', 1);
INSERT INTO training_attempts (id, call_id, scenario_id, scenario_revision, scenario_title, language, finished_at,
                               finished_ms, score, max_score, percent, passed, mistakes)
VALUES (1, 2, 'full-escalation-pl', 1, 'Pełna eskalacja: rozłączenie', 'pl', '2025-10-07T09:04:00.000+02:00',
        1759820640000, 6, 10, 60, 0,
        '[{"turn":"final","code":"countdown-too-short","critical":false,"message":"Za wcześnie.","advice":"Odczekaj."}]');
INSERT INTO training_attempts (id, call_id, scenario_id, scenario_revision, scenario_title, language, finished_at,
                               finished_ms, score, max_score, percent, passed, mistakes)
VALUES (2, NULL, 'full-escalation-pl', 1, 'Pełna eskalacja: rozłączenie', 'pl', '2025-10-08T09:10:00.000+02:00',
        1759907400000, 10, 10, 100, 1, '[]');

ALTER TABLE promises ADD COLUMN status_at TEXT;
CREATE TABLE team_sync (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    server TEXT NOT NULL,
    login TEXT NOT NULL,
    team TEXT NOT NULL,
    joined_at TEXT NOT NULL,
    cursor INTEGER NOT NULL DEFAULT 0,
    last_push TEXT,
    last_pull TEXT,
    cool_down_seconds INTEGER NOT NULL DEFAULT 180,
    raise_hand_at_final_warning INTEGER NOT NULL DEFAULT 0,
    caller_key_secret TEXT NOT NULL DEFAULT ''
);
CREATE TABLE shared_ids (
    kind TEXT NOT NULL CHECK (kind IN ('call', 'promise')),
    local_id INTEGER NOT NULL,
    uuid TEXT NOT NULL UNIQUE,
    PRIMARY KEY (kind, local_id)
);
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid TEXT NOT NULL,
    kind TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE TABLE team_rows (
    uuid TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    login TEXT NOT NULL,
    team TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX team_rows_by_kind ON team_rows(kind, seq);
CREATE TRIGGER calls_share_insert AFTER INSERT ON calls WHEN EXISTS (SELECT 1 FROM team_sync)
BEGIN
    INSERT INTO shared_ids (kind, local_id, uuid) VALUES ('call', new.id, (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))));
    INSERT INTO outbox (uuid, kind, data)
        SELECT uuid, 'call', json_object('started_at', new.started, 'ended_at', new.ended, 'channel', new.channel, 'outcome', new.outcome, 'playbook_id', new.playbook_id, 'playbook_revision', new.playbook_revision, 'training', json(CASE new.training WHEN 1 THEN 'true' ELSE 'false' END), 'case_reference', new.case_reference) FROM shared_ids WHERE kind = 'call' AND local_id = new.id;
END;
CREATE TRIGGER calls_share_update AFTER UPDATE OF ended, outcome, case_reference ON calls
WHEN old.ended IS NOT new.ended OR old.outcome IS NOT new.outcome OR old.case_reference IS NOT new.case_reference
BEGIN
    INSERT INTO outbox (uuid, kind, data)
        SELECT uuid, 'call', json_object('started_at', new.started, 'ended_at', new.ended, 'channel', new.channel, 'outcome', new.outcome, 'playbook_id', new.playbook_id, 'playbook_revision', new.playbook_revision, 'training', json(CASE new.training WHEN 1 THEN 'true' ELSE 'false' END), 'case_reference', new.case_reference) FROM shared_ids WHERE kind = 'call' AND local_id = new.id;
END;
CREATE TRIGGER calls_share_delete AFTER DELETE ON calls BEGIN
    DELETE FROM shared_ids WHERE kind = 'call' AND local_id = old.id;
END;
CREATE TRIGGER timeline_share AFTER INSERT ON timeline BEGIN
    INSERT INTO outbox (uuid, kind, data)
        SELECT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))), 'timeline', json_object('call_id', uuid, 'at', new.at, 'kind', new.kind, 'step_id', new.step_id,
                                           'detail', new.detail)
        FROM shared_ids WHERE kind = 'call' AND local_id = new.call_id;
END;
CREATE TRIGGER notes_share AFTER INSERT ON notes BEGIN
    INSERT INTO outbox (uuid, kind, data)
        SELECT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))), 'note', json_object('call_id', uuid, 'at', new.at, 'text', new.text,
                                       'tags', json(CASE WHEN json_valid(new.tags) THEN new.tags ELSE '[]' END))
        FROM shared_ids WHERE kind = 'call' AND local_id = new.call_id;
END;
CREATE TRIGGER promises_share_insert AFTER INSERT ON promises
WHEN EXISTS (SELECT 1 FROM shared_ids WHERE kind = 'call' AND local_id = new.call_id) BEGIN
    INSERT INTO shared_ids (kind, local_id, uuid) VALUES ('promise', new.id, (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))));
    INSERT INTO outbox (uuid, kind, data)
        SELECT p.uuid, 'promise', json_object('call_id', c.uuid, 'at', new.at, 'text', new.text, 'due_at', new.due)
        FROM shared_ids p, shared_ids c
        WHERE p.kind = 'promise' AND p.local_id = new.id AND c.kind = 'call' AND c.local_id = new.call_id;
END;
CREATE TRIGGER promises_share_status AFTER UPDATE OF status ON promises
WHEN old.status IS NOT new.status BEGIN
    INSERT INTO outbox (uuid, kind, data)
        SELECT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))), 'promise_status', json_object('promise_id', uuid, 'status', new.status,
            'at', COALESCE(new.status_at, new.kept_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))
        FROM shared_ids WHERE kind = 'promise' AND local_id = new.id;
END;
CREATE TRIGGER promises_share_delete AFTER DELETE ON promises BEGIN
    DELETE FROM shared_ids WHERE kind = 'promise' AND local_id = old.id;
END;
CREATE TRIGGER training_attempts_share AFTER INSERT ON training_attempts WHEN EXISTS (SELECT 1 FROM team_sync) BEGIN
    INSERT INTO outbox (uuid, kind, data)
        VALUES ((lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))), 'training_attempt', json_object('at', new.finished_at, 'scenario_id', new.scenario_id,
                                                    'score', new.score, 'max_score', new.max_score));
END;

INSERT INTO team_sync (id, server, login, team, joined_at, cursor, last_push, last_pull, cool_down_seconds,
                       raise_hand_at_final_warning, caller_key_secret)
VALUES (1, 'postgresql://anna@team.example.org/steadyline?sslmode=verify-full', 'anna', 'Claims',
        '2025-10-08T08:00:00.000+02:00', 7, '2025-10-08T08:05:00.000+02:00', '2025-10-08T08:05:00.000+02:00', 300, 1,
        '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08');
INSERT INTO shared_ids (kind, local_id, uuid) VALUES ('call', 2, '0b6c3c52-6f43-4a53-9b0e-3f1f4a0b8e11');
INSERT INTO outbox (uuid, kind, data)
VALUES ('0b6c3c52-6f43-4a53-9b0e-3f1f4a0b8e11', 'call', '{"started_at":"2025-10-07T09:00:00.000+02:00","ended_at":"2025-10-07T09:04:00.000+02:00","channel":"phone","outcome":"ended_by_consultant","playbook_id":"aggressive-caller-pl","playbook_revision":2,"training":true,"case_reference":""}');
INSERT INTO team_rows (uuid, seq, kind, login, team, data)
VALUES ('5d0a9a53-8c50-4a8e-b1a8-6d8c0a2f3b22', 7, 'training_attempt', 'anna', 'Claims',
        '{"at":"2025-10-07T09:04:00+02:00","scenario_id":"full-escalation-pl","score":6,"max_score":10}');
-- Version 5: an index on the team's rows by their moment (the lead's board).
CREATE INDEX team_rows_by_moment ON team_rows(kind, julianday(coalesce(json_extract(data, '$.at'), json_extract(data, '$.started_at'))));
PRAGMA user_version = 5;
