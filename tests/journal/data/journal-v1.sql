-- Schema version 1 as it was released, with a little data. Frozen: when the schema changes,
-- this file stays as it is and the migration test proves version 1 still becomes the current
-- version with its data intact. Data checks: tests/journal/journal_open_test.cpp.
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
WHEN EXISTS (SELECT 1 FROM promises WHERE call_id = old.id AND status = 'open')
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
PRAGMA user_version = 1;

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
