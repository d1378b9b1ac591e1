#include "schema.h"

#include <QSqlQuery>

namespace steadyline::journal {

namespace {

// Version 1: calls, their timeline, notes, promises and the draft being typed, plus one search
// table over note text and tags, promise text and case references.
//
// Timestamps are ISO 8601 text with the offset (what people read); the two columns that are
// compared and sorted (a call's start, a promise's due time) also carry the instant in
// milliseconds since the epoch, because text with different offsets (summer and winter time)
// does not sort in time order.
//
// The search table holds one document per call, its rowid the call's id: the case reference,
// every note with its tags, every promise with its case reference. A search then yields call ids
// straight from the index (no lookup per hit), in id order, so "the newest 500 calls with this
// word" stops after 500; and words found in different notes of one call match together. The
// triggers below keep it in step with every insert, update and delete, including ON DELETE
// CASCADE.
QStringList schemaVersion1(const MigrationContext &context)
{
    QStringList sql{
        QStringLiteral(R"(CREATE TABLE calls (
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
))"),
        QStringLiteral("CREATE INDEX calls_by_start ON calls(started_ms)"),
        QStringLiteral("CREATE INDEX calls_unfinished ON calls(id) WHERE outcome IS NULL"),
        QStringLiteral(R"(CREATE TABLE timeline (
    id INTEGER PRIMARY KEY,
    call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    step_id TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT ''
))"),
        QStringLiteral("CREATE INDEX timeline_by_call ON timeline(call_id)"),
        QStringLiteral(R"(CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    text TEXT NOT NULL,
    tags TEXT NOT NULL DEFAULT '[]'
))"),
        QStringLiteral("CREATE INDEX notes_by_call ON notes(call_id)"),
        QStringLiteral(R"(CREATE TABLE promises (
    id INTEGER PRIMARY KEY,
    call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    text TEXT NOT NULL,
    case_reference TEXT NOT NULL DEFAULT '',
    due TEXT,
    due_ms INTEGER,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'kept', 'cancelled')),
    kept_at TEXT
))"),
        QStringLiteral("CREATE INDEX promises_by_call ON promises(call_id)"),
        QStringLiteral("CREATE INDEX promises_by_due ON promises(status, due_ms)"),
        QStringLiteral(R"(CREATE TABLE drafts (
    call_id INTEGER PRIMARY KEY REFERENCES calls(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    updated_at TEXT NOT NULL
))"),
        // Retention skips calls with an open promise; this guard makes any other delete of such
        // a call fail instead of silently dropping the promise with it.
        QStringLiteral(R"(CREATE TRIGGER calls_keep_open_promises BEFORE DELETE ON calls
WHEN EXISTS (SELECT 1 FROM promises WHERE call_id = old.id AND status = 'open')
BEGIN
    SELECT RAISE(ABORT, 'a call with an open promise cannot be deleted');
END)"),
    };
    sql << (context.fullTextSearch ? QStringLiteral("CREATE VIRTUAL TABLE search USING fts5(body, "
                                                    "tokenize = 'unicode61 remove_diacritics 2')")
                                   : QStringLiteral("CREATE TABLE search (id INTEGER PRIMARY KEY, body TEXT)"));
    // The whole searchable text of call X, built afresh (after an edit or a delete).
    const QString rebuild =
        QStringLiteral("(SELECT c.case_reference"
                       " || COALESCE((SELECT char(10) || group_concat(n.text || ' ' || n.tags, char(10))"
                       " FROM notes n WHERE n.call_id = c.id), '')"
                       " || COALESCE((SELECT char(10) || group_concat(p.text || ' ' || p.case_reference, char(10))"
                       " FROM promises p WHERE p.call_id = c.id), '')"
                       " FROM calls c WHERE c.id = %1)");
    sql << QStringLiteral(R"(CREATE TRIGGER calls_search_insert AFTER INSERT ON calls BEGIN
    INSERT INTO search(rowid, body) VALUES (new.id, new.case_reference);
END)")
        << QStringLiteral(R"(CREATE TRIGGER calls_search_update AFTER UPDATE OF case_reference ON calls BEGIN
    UPDATE search SET body = %1 WHERE rowid = new.id;
END)")
               .arg(rebuild.arg(QStringLiteral("new.id")))
        << QStringLiteral(R"(CREATE TRIGGER calls_search_delete AFTER DELETE ON calls BEGIN
    DELETE FROM search WHERE rowid = old.id;
END)")
        // A new note or promise is appended to its call's text; edits and deletes rebuild it.
        << QStringLiteral(R"(CREATE TRIGGER notes_search_insert AFTER INSERT ON notes BEGIN
    UPDATE search SET body = body || char(10) || new.text || ' ' || new.tags WHERE rowid = new.call_id;
END)")
        << QStringLiteral(R"(CREATE TRIGGER notes_search_update AFTER UPDATE OF text, tags ON notes BEGIN
    UPDATE search SET body = %1 WHERE rowid = new.call_id;
END)")
               .arg(rebuild.arg(QStringLiteral("new.call_id")))
        << QStringLiteral(R"(CREATE TRIGGER notes_search_delete AFTER DELETE ON notes BEGIN
    UPDATE search SET body = %1 WHERE rowid = old.call_id;
END)")
               .arg(rebuild.arg(QStringLiteral("old.call_id")))
        << QStringLiteral(R"(CREATE TRIGGER promises_search_insert AFTER INSERT ON promises BEGIN
    UPDATE search SET body = body || char(10) || new.text || ' ' || new.case_reference WHERE rowid = new.call_id;
END)")
        << QStringLiteral(
               R"(CREATE TRIGGER promises_search_update AFTER UPDATE OF text, case_reference ON promises BEGIN
    UPDATE search SET body = %1 WHERE rowid = new.call_id;
END)")
               .arg(rebuild.arg(QStringLiteral("new.call_id")))
        << QStringLiteral(R"(CREATE TRIGGER promises_search_delete AFTER DELETE ON promises BEGIN
    UPDATE search SET body = %1 WHERE rowid = old.call_id;
END)")
               .arg(rebuild.arg(QStringLiteral("old.call_id")));
    return sql;
}

// Version 2: training attempts, one row per finished rehearsal, for the trainee's progress view.
//
// An attempt keeps its own copy of what the progress view shows (scenario id, revision, title,
// language, score, mistakes), so it reads without its call. The rehearsal's call record (a call
// with training = 1) is optional: retention deletes old calls, training ones included, and a
// trainee's statistics must outlive them, so deleting the call only clears call_id (ON DELETE
// SET NULL) instead of taking the attempt with it. Mistakes hold scenario texts only, no caller
// data, so keeping attempts longer than calls keeps nothing personal.
//
// Rehearsals never mix with real calls: the trigger refuses an attempt that points at a call that
// is not a training call, so a real call can never be counted as, or with, a rehearsal.
//
// A promise recorded in a rehearsal was made to nobody, and no promise list shows it, so it can
// never be kept: the guard against deleting a call with an open promise now applies to real calls
// only, or retention would keep such a training call for ever.
QStringList schemaVersion2(const MigrationContext &)
{
    return {
        QStringLiteral("DROP TRIGGER calls_keep_open_promises"),
        QStringLiteral(R"(CREATE TRIGGER calls_keep_open_promises BEFORE DELETE ON calls
WHEN old.training = 0 AND EXISTS (SELECT 1 FROM promises WHERE call_id = old.id AND status = 'open')
BEGIN
    SELECT RAISE(ABORT, 'a call with an open promise cannot be deleted');
END)"),
        QStringLiteral(R"(CREATE TABLE training_attempts (
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
))"),
        QStringLiteral("CREATE INDEX training_attempts_by_scenario ON training_attempts(scenario_id, finished_ms)"),
        // ON DELETE SET NULL looks the attempts of a deleted call up by call_id.
        QStringLiteral("CREATE INDEX training_attempts_by_call ON training_attempts(call_id)"),
        QStringLiteral(R"(CREATE TRIGGER training_attempts_only_training_calls
BEFORE INSERT ON training_attempts
WHEN new.call_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM calls WHERE id = new.call_id AND training = 1)
BEGIN
    SELECT RAISE(ABORT, 'a training attempt belongs to a training call');
END)"),
    };
}

// A UUID (version 4) made on the desk, as SQL: the team server keeps the desk's own ids, so a
// change pushed twice is stored once.
QString uuidSql()
{
    return QStringLiteral("(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
                          "substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) "
                          "|| substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))");
}

// Version 3: the team server's outbox (issue #17).
//
// Triggers copy every change the team shares into `outbox`, in the transaction of the write that
// made it, so no write path can forget one and a crash never keeps one without the other. They
// fire only once the desk has joined a team (a row in team_sync): a desk that never joined grows
// no outbox. A call begun before joining stays on the desk, with everything written to it later
// (its notes would name a call the server never saw).
//
// Each change carries a UUID made here; shared_ids remembers the UUIDs of calls and promises,
// which later changes name. The outbox keeps the note text: the team's policy (text shared or
// only the metadata) is applied when the change leaves, since the admin may change it meanwhile.
// team_rows holds what the sync worker pulled of the team's rows, with the server's cursor in
// team_sync. promises.status_at is when the status was set, for the rule that decides between
// two desks setting the same promise's status (docs/team-server.md).
QStringList schemaVersion3(const MigrationContext &)
{
    const QString uuid = uuidSql();
    const QString joined = QStringLiteral("EXISTS (SELECT 1 FROM team_sync)");
    const QString callData = QStringLiteral(
        "json_object('started_at', new.started, 'ended_at', new.ended, 'channel', new.channel, "
        "'outcome', new.outcome, 'playbook_id', new.playbook_id, 'playbook_revision', "
        "new.playbook_revision, 'training', json(CASE new.training WHEN 1 THEN 'true' ELSE 'false' END))");
    return {
        QStringLiteral("ALTER TABLE promises ADD COLUMN status_at TEXT"),
        QStringLiteral(R"(CREATE TABLE team_sync (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    server TEXT NOT NULL,
    login TEXT NOT NULL,
    team TEXT NOT NULL,
    joined_at TEXT NOT NULL,
    cursor INTEGER NOT NULL DEFAULT 0,
    last_push TEXT,
    last_pull TEXT
))"),
        QStringLiteral(R"(CREATE TABLE shared_ids (
    kind TEXT NOT NULL CHECK (kind IN ('call', 'promise')),
    local_id INTEGER NOT NULL,
    uuid TEXT NOT NULL UNIQUE,
    PRIMARY KEY (kind, local_id)
))"),
        QStringLiteral(R"(CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid TEXT NOT NULL,
    kind TEXT NOT NULL,
    data TEXT NOT NULL
))"),
        QStringLiteral(R"(CREATE TABLE team_rows (
    uuid TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    login TEXT NOT NULL,
    team TEXT NOT NULL,
    data TEXT NOT NULL
))"),
        QStringLiteral("CREATE INDEX team_rows_by_kind ON team_rows(kind, seq)"),
        QStringLiteral(R"(CREATE TRIGGER calls_share_insert AFTER INSERT ON calls WHEN %1 BEGIN
    INSERT INTO shared_ids (kind, local_id, uuid) VALUES ('call', new.id, %2);
    INSERT INTO outbox (uuid, kind, data)
        SELECT uuid, 'call', %3 FROM shared_ids WHERE kind = 'call' AND local_id = new.id;
END)")
            .arg(joined, uuid, callData),
        QStringLiteral(R"(CREATE TRIGGER calls_share_update AFTER UPDATE OF ended, outcome ON calls
WHEN old.ended IS NOT new.ended OR old.outcome IS NOT new.outcome BEGIN
    INSERT INTO outbox (uuid, kind, data)
        SELECT uuid, 'call', %1 FROM shared_ids WHERE kind = 'call' AND local_id = new.id;
END)")
            .arg(callData),
        // SQLite may give a deleted row's id to a new one: the UUID goes with its row.
        QStringLiteral(R"(CREATE TRIGGER calls_share_delete AFTER DELETE ON calls BEGIN
    DELETE FROM shared_ids WHERE kind = 'call' AND local_id = old.id;
END)"),
        QStringLiteral(R"(CREATE TRIGGER timeline_share AFTER INSERT ON timeline BEGIN
    INSERT INTO outbox (uuid, kind, data)
        SELECT %1, 'timeline', json_object('call_id', uuid, 'at', new.at, 'kind', new.kind, 'step_id', new.step_id,
                                           'detail', new.detail)
        FROM shared_ids WHERE kind = 'call' AND local_id = new.call_id;
END)")
            .arg(uuid),
        QStringLiteral(R"(CREATE TRIGGER notes_share AFTER INSERT ON notes BEGIN
    INSERT INTO outbox (uuid, kind, data)
        SELECT %1, 'note', json_object('call_id', uuid, 'at', new.at, 'text', new.text,
                                       'tags', json(CASE WHEN json_valid(new.tags) THEN new.tags ELSE '[]' END))
        FROM shared_ids WHERE kind = 'call' AND local_id = new.call_id;
END)")
            .arg(uuid),
        QStringLiteral(R"(CREATE TRIGGER promises_share_insert AFTER INSERT ON promises
WHEN EXISTS (SELECT 1 FROM shared_ids WHERE kind = 'call' AND local_id = new.call_id) BEGIN
    INSERT INTO shared_ids (kind, local_id, uuid) VALUES ('promise', new.id, %1);
    INSERT INTO outbox (uuid, kind, data)
        SELECT p.uuid, 'promise', json_object('call_id', c.uuid, 'at', new.at, 'text', new.text, 'due_at', new.due)
        FROM shared_ids p, shared_ids c
        WHERE p.kind = 'promise' AND p.local_id = new.id AND c.kind = 'call' AND c.local_id = new.call_id;
END)")
            .arg(uuid),
        QStringLiteral(R"(CREATE TRIGGER promises_share_status AFTER UPDATE OF status ON promises
WHEN old.status IS NOT new.status BEGIN
    INSERT INTO outbox (uuid, kind, data)
        SELECT %1, 'promise_status', json_object('promise_id', uuid, 'status', new.status,
            'at', COALESCE(new.status_at, new.kept_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))
        FROM shared_ids WHERE kind = 'promise' AND local_id = new.id;
END)")
            .arg(uuid),
        QStringLiteral(R"(CREATE TRIGGER promises_share_delete AFTER DELETE ON promises BEGIN
    DELETE FROM shared_ids WHERE kind = 'promise' AND local_id = old.id;
END)"),
        QStringLiteral(R"(CREATE TRIGGER training_attempts_share AFTER INSERT ON training_attempts WHEN %1 BEGIN
    INSERT INTO outbox (uuid, kind, data)
        VALUES (%2, 'training_attempt', json_object('at', new.finished_at, 'scenario_id', new.scenario_id,
                                                    'score', new.score, 'max_score', new.max_score));
END)")
            .arg(joined, uuid),
    };
}

// Version 4: team features for leads (issue #18).
//
// A call's outbox data carries its case reference, so that the sync worker can turn it into the
// team's caller key (a keyed hash) as it leaves; the reference itself never goes to the server
// (sync::changesForServer). A reference entered during the call sends the call again. team_sync
// keeps the team's policy (the cool-down, raising the hand at the final warning, and the secret
// of the caller keys), so that the desk follows it offline too.
QStringList schemaVersion4(const MigrationContext &)
{
    const QString callData = QStringLiteral(
        "json_object('started_at', new.started, 'ended_at', new.ended, 'channel', new.channel, "
        "'outcome', new.outcome, 'playbook_id', new.playbook_id, 'playbook_revision', "
        "new.playbook_revision, 'training', json(CASE new.training WHEN 1 THEN 'true' ELSE 'false' END), "
        "'case_reference', new.case_reference)");
    return {
        QStringLiteral("ALTER TABLE team_sync ADD COLUMN cool_down_seconds INTEGER NOT NULL DEFAULT 180"),
        QStringLiteral("ALTER TABLE team_sync ADD COLUMN raise_hand_at_final_warning INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE team_sync ADD COLUMN caller_key_secret TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("DROP TRIGGER calls_share_insert"),
        QStringLiteral("DROP TRIGGER calls_share_update"),
        QStringLiteral(R"(CREATE TRIGGER calls_share_insert AFTER INSERT ON calls WHEN EXISTS (SELECT 1 FROM team_sync)
BEGIN
    INSERT INTO shared_ids (kind, local_id, uuid) VALUES ('call', new.id, %1);
    INSERT INTO outbox (uuid, kind, data)
        SELECT uuid, 'call', %2 FROM shared_ids WHERE kind = 'call' AND local_id = new.id;
END)")
            .arg(uuidSql(), callData),
        QStringLiteral(R"(CREATE TRIGGER calls_share_update AFTER UPDATE OF ended, outcome, case_reference ON calls
WHEN old.ended IS NOT new.ended OR old.outcome IS NOT new.outcome OR old.case_reference IS NOT new.case_reference
BEGIN
    INSERT INTO outbox (uuid, kind, data)
        SELECT uuid, 'call', %1 FROM shared_ids WHERE kind = 'call' AND local_id = new.id;
END)")
            .arg(callData),
    };
}

// Version 5: the lead's team board reads the team's rows of the last hours many times a minute
// (sync::TeamBoardReader). Without an index each read scans every row ever pulled: with 300 desks
// a board read took 60 ms after a minute. The moment of a row is its `at`, a call's its start.
QStringList schemaVersion5(const MigrationContext &)
{
    return {QStringLiteral("CREATE INDEX team_rows_by_moment ON team_rows(kind, %1)").arg(teamRowMomentSql())};
}

} // namespace

const std::vector<Migration> &migrations()
{
    // A later schema change is one more entry here ({2, "...", schemaVersion3}) and a fixture
    // of the version it starts from in tests/journal/data.
    static const std::vector<Migration> steps{
        {0, "create the journal: calls, timeline, notes, promises, drafts, search", &schemaVersion1},
        {1, "training attempts", &schemaVersion2},
        {2, "the team server's outbox, team rows and promise status times", &schemaVersion3},
        {3, "case references for caller keys, the team's policy on the desk", &schemaVersion4},
        {4, "an index on the team's rows by their moment, for the lead's board", &schemaVersion5},
    };
    return steps;
}

bool sqliteHasFts5(const QSqlDatabase &db)
{
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.steadyline_fts5_probe USING fts5(x)")))
        return false;
    probe.exec(QStringLiteral("DROP TABLE temp.steadyline_fts5_probe"));
    return true;
}

} // namespace steadyline::journal
