// Opening the journal: permissions, pragmas, schema versions and migrations, damaged, locked
// and unusable files.
#include "journal/permissions.h"
#include "journal/timestamp.h"
#include "journaltest.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTimeZone>

#include <sys/stat.h>
#include <unistd.h>

using namespace steadyline;
using namespace steadyline::journal;
using namespace steadyline::test;

namespace {

// Sets the process umask for a scope.
class ScopedUmask
{
public:
    explicit ScopedUmask(mode_t mask)
        : m_previous(::umask(mask))
    {}
    ~ScopedUmask() { ::umask(m_previous); }
    ScopedUmask(const ScopedUmask &) = delete;
    ScopedUmask &operator=(const ScopedUmask &) = delete;

private:
    mode_t m_previous;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(data) == data.size());
}

// Checks the data that tests/journal/data/journal-v1.sql holds, through the current API.
void checkVersion1Data(const Journal &journal)
{
    const auto call = journal.call(1);
    REQUIRE(call.ok());
    REQUIRE(call.value.has_value());
    CHECK(call.value->caseReference == QStringLiteral("ZG-2025/0042"));
    CHECK(call.value->started == QDateTime(QDate(2025, 10, 6), QTime(12, 2, 11, 250), Qt::UTC));
    CHECK(call.value->outcome == CallOutcome::Escalated);
    CHECK(call.value->address == FormOfAddress::FormalFemale);
    CHECK(journal.timeline(1).value.size() == 2);
    const auto notes = journal.notes(1).value;
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].tags == QStringList{QStringLiteral("threat")});
    CallQuery query;
    query.text = QStringLiteral("groził");
    CHECK(journal.calls(query).value.size() == 1);
    PromiseQuery open;
    open.status = PromiseStatus::Open;
    CHECK(journal.promises(open).value.size() == 1);
    REQUIRE(journal.draft(1).value.has_value());
    CHECK(journal.draft(1).value->text == QStringLiteral("Klient prosi o"));
}

// Checks the training attempts that tests/journal/data/journal-v2.sql adds.
void checkVersion2Data(const Journal &journal)
{
    const auto attempts = journal.trainingAttempts(QStringLiteral("full-escalation-pl"));
    REQUIRE(attempts.ok());
    REQUIRE(attempts.value.size() == 2);
    CHECK(attempts.value[0].callId == 2);
    CHECK(attempts.value[0].scenarioTitle == QStringLiteral("Pełna eskalacja: rozłączenie"));
    CHECK(attempts.value[0].percent == 60);
    CHECK_FALSE(attempts.value[0].passed);
    CHECK(attempts.value[0].mistakesJson.contains(QStringLiteral("countdown-too-short")));
    CHECK(attempts.value[0].finishedAt == QDateTime(QDate(2025, 10, 7), QTime(7, 4), Qt::UTC));
    CHECK(attempts.value[1].callId == 0);
    CHECK(attempts.value[1].passed);
    CHECK(journal.call(2).value->training);
    CHECK(journal.calls().value.size() == 1); // the training call stays out of the history
}

// Checks what tests/journal/data/journal-v3.sql adds (a desk in a team, a change waiting), and
// that a call's changes from then on carry its case reference (version 4) for the caller key.
void checkVersion3Data(Journal &journal, const QString &file)
{
    RawDb raw(file);
    CHECK(raw.value(QStringLiteral("SELECT login || '/' || team || '/' || cursor FROM team_sync")) ==
          QStringLiteral("anna/Claims/7"));
    CHECK(raw.value(QStringLiteral("SELECT count(*) FROM outbox")).toInt() == 1);
    CHECK(raw.value(QStringLiteral("SELECT count(*) FROM team_rows")).toInt() == 1);
    CallStart start = sampleStart();
    start.caseReference = QStringLiteral("ZG-2026/0100");
    const WriteResult call = journal.beginCall(start);
    REQUIRE(call.ok);
    CHECK(raw.value(QStringLiteral("SELECT json_extract(data, '$.case_reference') FROM outbox WHERE kind = 'call' "
                                   "ORDER BY seq DESC LIMIT 1")) == QStringLiteral("ZG-2026/0100"));
}

// Checks the team's policy that tests/journal/data/journal-v4.sql keeps; a version 3 journal
// starts with the defaults (180 s cool-down, no automatic hand, no secret yet).
void checkTeamPolicy(const QString &file, int version)
{
    RawDb raw(file);
    const QString policy =
        raw.value(QStringLiteral("SELECT cool_down_seconds || '/' || raise_hand_at_final_warning || '/' || "
                                 "length(caller_key_secret) FROM team_sync"));
    CHECK(policy == (version >= 4 ? QStringLiteral("300/1/64") : QStringLiteral("180/0/0")));
}

} // namespace

TEST_CASE("Opening creates a 0700 folder and a 0600 database, -wal and -shm included, whatever the umask",
          "[journal][open]")
{
    QTemporaryDir root;
    REQUIRE(root.isValid());
    const QString dir = QDir(root.path()).filePath(QStringLiteral("deep/steadyline"));
    const ScopedUmask permissive(0); // without care, every file would be created 0666/0777
    ManualClock clock;
    auto journal = openJournal(dir, clock);
    REQUIRE(journal->beginCall(sampleStart()).ok); // the -wal file now holds a commit
    const QString file = QDir(dir).filePath(kJournalFileName);
    CHECK(journal->filePath() == file);
    CHECK(modeOf(dir) == 0700);
    CHECK(modeOf(file) == 0600);
    REQUIRE(QFileInfo::exists(file + QStringLiteral("-wal")));
    CHECK(modeOf(file + QStringLiteral("-wal")) == 0600);
    CHECK(modeOf(file + QStringLiteral("-shm")) == 0600);
}

TEST_CASE("Private-file scopes that overlap, as two threads opening journals make them, restore the umask",
          "[journal][open]")
{
    // Two journals opened at once (a sync worker's and the window's) once left the umask at 077
    // for good when the first scope ended before the second: files meant for other users (a
    // test's PostgreSQL cluster) then were not readable by them.
    const ScopedUmask shared(022);
    auto first = std::make_unique<PrivateUmask>();
    auto second = std::make_unique<PrivateUmask>();
    first.reset();
    const mode_t whileSecondIsOpen = ::umask(077);
    ::umask(whileSecondIsOpen);
    CHECK(whileSecondIsOpen == 077);
    second.reset();
    const mode_t afterBoth = ::umask(022);
    CHECK(afterBoth == 022);
}

TEST_CASE("Opening tightens a folder and a database file that others could read", "[journal][open]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    REQUIRE(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
    writeFile(journalFile(dir), {});
    REQUIRE(::chmod(QFile::encodeName(journalFile(dir)).constData(), 0644) == 0);
    ManualClock clock;
    auto journal = openJournal(dir.path(), clock);
    CHECK(modeOf(dir.path()) == 0700);
    CHECK(modeOf(journalFile(dir)) == 0600);
}

TEST_CASE("A journal folder or file of another user, or a link in its place, is refused with the reason "
          "(review H3)",
          "[journal][open][security]")
{
    QString error;
    // A symbolic link at the journal's name (to a file the user could be tricked into writing).
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        writeFile(dir.filePath(QStringLiteral("elsewhere.sqlite")), {});
        REQUIRE(QFile::link(dir.filePath(QStringLiteral("elsewhere.sqlite")), journalFile(dir)));
        CHECK_FALSE(journal::Journal::open(dir.path(), &error));
        CHECK(error.contains(QStringLiteral("symbolic link")));
    }
    if (::geteuid() != 0) {
        WARN("not root: the other user's folder and file are not made (chown needs root)");
        return;
    }
    // "auditor" made the folder first, open to all, and an empty journal in it open to all.
    {
        QTemporaryDir root;
        REQUIRE(root.isValid());
        const QString shared = root.filePath(QStringLiteral("shared"));
        REQUIRE(QDir().mkpath(shared));
        REQUIRE(::chmod(QFile::encodeName(shared).constData(), 0777) == 0);
        REQUIRE(::chown(QFile::encodeName(shared).constData(), 65534, 65534) == 0);
        CHECK_FALSE(journal::Journal::open(shared, &error));
        CHECK(error.contains(QStringLiteral("belongs to another user")));
        CHECK_FALSE(QFileInfo::exists(QDir(shared).filePath(kJournalFileName)));
    }
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        writeFile(journalFile(dir), {});
        REQUIRE(::chmod(QFile::encodeName(journalFile(dir)).constData(), 0666) == 0);
        REQUIRE(::chown(QFile::encodeName(journalFile(dir)).constData(), 65534, 65534) == 0);
        CHECK_FALSE(journal::Journal::open(dir.path(), &error));
        CHECK(error.contains(QStringLiteral("belongs to another user")));
        CHECK(QFileInfo(journalFile(dir)).size() == 0); // nothing written into it
    }
}

TEST_CASE("The journal uses WAL, foreign keys, synchronous=FULL, FTS5 and the current schema version",
          "[journal][open]")
{
    QTemporaryDir dir;
    ManualClock clock;
    auto journal = openJournal(dir.path(), clock);
    CHECK(journal->fullTextSearch()); // Debian 12's SQLite has FTS5
    CHECK(journal->recoveryMessage().isEmpty());
    const QSqlDatabase db = QSqlDatabase::database(journal->connectionName(), false);
    REQUIRE(db.isOpen());
    const auto pragma = [&](const QString &name) {
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA ") + name));
        REQUIRE(q.next());
        return q.value(0).toString();
    };
    CHECK(pragma(QStringLiteral("journal_mode")) == QStringLiteral("wal"));
    CHECK(pragma(QStringLiteral("foreign_keys")) == QStringLiteral("1"));
    CHECK(pragma(QStringLiteral("synchronous")) == QStringLiteral("2")); // FULL
    CHECK(pragma(QStringLiteral("user_version")) == QString::number(kSchemaVersion));
    CHECK(pragma(QStringLiteral("busy_timeout")).toInt() > 0);
    CHECK(static_cast<int>(migrations().size()) == kSchemaVersion);
    for (std::size_t i = 0; i < migrations().size(); ++i)
        CHECK(migrations()[i].fromVersion == static_cast<int>(i));
}

TEST_CASE("Each Journal has its own connection, removed when it is destroyed", "[journal][open]")
{
    QTemporaryDir a;
    QTemporaryDir b;
    ManualClock clock;
    auto first = openJournal(a.path(), clock);
    auto second = openJournal(b.path(), clock);
    const QString name = first->connectionName();
    CHECK(name != second->connectionName());
    CHECK(QSqlDatabase::contains(name));
    first.reset();
    CHECK_FALSE(QSqlDatabase::contains(name));
    CHECK(second->beginCall(sampleStart()).ok);
}

TEST_CASE("A version-0 file (an empty database) is migrated to the current schema", "[journal][migration]")
{
    QTemporaryDir dir;
    {
        RawDb raw(journalFile(dir));
        raw.exec(QStringLiteral("PRAGMA user_version = 0"));
        CHECK(raw.column(QStringLiteral("SELECT name FROM sqlite_schema")).isEmpty());
    }
    ManualClock clock;
    auto journal = openJournal(dir.path(), clock);
    RawDb raw(journalFile(dir));
    CHECK(raw.value(QStringLiteral("PRAGMA user_version")).toInt() == kSchemaVersion);
    const QStringList tables = raw.column(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"));
    for (const char *table : {"calls", "timeline", "notes", "promises", "drafts", "search", "training_attempts"})
        CHECK(tables.contains(QString::fromLatin1(table)));
    const WriteResult call = journal->beginCall(sampleStart());
    REQUIRE(call.ok);
    CHECK(journal->addNote(call.id, QStringLiteral("pierwsza notatka")).ok);
}

TEST_CASE("A zero-byte journal file (a crash right after creating it) is migrated", "[journal][migration]")
{
    QTemporaryDir dir;
    writeFile(journalFile(dir), {});
    ManualClock clock;
    auto journal = openJournal(dir.path(), clock);
    CHECK(journal->recoveryMessage().isEmpty());
    CHECK(journal->beginCall(sampleStart()).ok);
}

TEST_CASE("Every schema version's fixture, 0 to the current one, opens migrated with its data kept",
          "[journal][migration]")
{
    QDirIterator it(QStringLiteral(STEADYLINE_JOURNAL_FIXTURES_DIR), {QStringLiteral("journal-v*.sql")}, QDir::Files);
    QList<int> versions;
    while (it.hasNext()) {
        const QString fixture = it.next();
        const auto match = QRegularExpression(QStringLiteral("journal-v(\\d+)\\.sql$")).match(fixture);
        REQUIRE(match.hasMatch());
        const int version = match.captured(1).toInt();
        versions << version;
        INFO("fixture " << fixture.toStdString());
        QTemporaryDir dir;
        {
            RawDb raw(journalFile(dir));
            runScript(raw, fixture);
            CHECK(raw.value(QStringLiteral("PRAGMA user_version")).toInt() == version);
        }
        ManualClock clock;
        auto journal = openJournal(dir.path(), clock);
        CHECK(RawDb(journalFile(dir)).value(QStringLiteral("PRAGMA user_version")).toInt() == kSchemaVersion);
        if (version >= 1)
            checkVersion1Data(*journal);
        if (version >= 2)
            checkVersion2Data(*journal);
        else
            CHECK(journal->trainingAttempts().value.empty());
        if (version >= 3) {
            checkTeamPolicy(journalFile(dir), version);
            checkVersion3Data(*journal, journalFile(dir));
        }
        CHECK(journal->beginCall(sampleStart()).ok);
    }
    // One fixture per version up to the current one: a new schema version needs its fixture.
    std::sort(versions.begin(), versions.end());
    QList<int> expected;
    for (int v = 0; v <= kSchemaVersion; ++v)
        expected << v;
    CHECK(versions == expected);
}

TEST_CASE("A journal from a newer Steadyline is refused with a clear message and left untouched",
          "[journal][migration]")
{
    QTemporaryDir dir;
    {
        RawDb raw(journalFile(dir));
        raw.exec(QStringLiteral("CREATE TABLE future (x)"));
        raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion + 1));
    }
    QString error;
    ManualClock clock;
    CHECK_FALSE(Journal::open(dir.path(), &error, clock));
    CHECK(error.contains(QStringLiteral("newer version of Steadyline")));
    CHECK(QFileInfo::exists(journalFile(dir)));
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.corrupt-*")}).isEmpty());
    CHECK(RawDb(journalFile(dir)).value(QStringLiteral("PRAGMA user_version")).toInt() == kSchemaVersion + 1);
}

TEST_CASE("A file of garbage is moved aside with its -wal, never deleted, and a new journal is started",
          "[journal][faults]")
{
    QTemporaryDir dir;
    const QByteArray garbage = QByteArray("this is not a database, just garbage ").repeated(300);
    writeFile(journalFile(dir), garbage);
    writeFile(journalFile(dir) + QStringLiteral("-wal"), QByteArray("stale log"));
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 15, 2, 123), Qt::UTC));
    QString error;
    auto journal = Journal::open(dir.path(), &error, clock);
    INFO(error.toStdString());
    REQUIRE(journal);
    CHECK(error.isEmpty());
    const QString aside = journalFile(dir) + QStringLiteral(".corrupt-20261123-091502-123");
    CHECK(journal->movedAsidePath() == aside);
    CHECK(journal->recoveryMessage().contains(aside));
    CHECK(journal->recoveryMessage().contains(QStringLiteral("damaged")));
    CHECK(readAll(aside) == garbage);
    CHECK(readAll(aside + QStringLiteral("-wal")) == QByteArray("stale log"));
    CHECK(modeOf(journalFile(dir)) == 0600);
    const WriteResult call = journal->beginCall(sampleStart());
    REQUIRE(call.ok);
    CHECK(call.id == 1);
    CHECK(journal->calls().value.size() == 1);
}

TEST_CASE("A journal with damaged pages fails quick_check and is moved aside", "[journal][faults]")
{
    QTemporaryDir dir;
    ManualClock clock;
    {
        auto journal = openJournal(dir.path(), clock);
        const qint64 call = journal->beginCall(sampleStart()).id;
        for (int i = 0; i < 200; ++i)
            REQUIRE(journal->addNote(call, QStringLiteral("notatka %1 ").arg(i).repeated(20)).ok);
    } // closing the last connection checkpoints the log into the file
    REQUIRE_FALSE(QFileInfo::exists(journalFile(dir) + QStringLiteral("-wal")));
    QByteArray bytes = readAll(journalFile(dir));
    REQUIRE(bytes.size() > 16 * 4096);
    // Keep the header and first page; scribble over the b-tree pages after it.
    for (qsizetype i = 4096; i < bytes.size(); i += 7)
        bytes[i] = static_cast<char>(0xA5);
    writeFile(journalFile(dir), bytes);
    QString error;
    auto journal = Journal::open(dir.path(), &error, clock);
    INFO(error.toStdString());
    REQUIRE(journal);
    CHECK_FALSE(journal->recoveryMessage().isEmpty());
    CHECK(readAll(journal->movedAsidePath()) == bytes);
    CHECK(journal->calls().value.empty());
}

TEST_CASE("A locked journal gives a plain-words error and no journal", "[journal][faults]")
{
    QTemporaryDir dir;
    ManualClock clock;
    openJournal(dir.path(), clock).reset();
    RawDb other(journalFile(dir));
    other.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    other.exec(QStringLiteral("BEGIN IMMEDIATE")); // another program holds the write lock
    OpenOptions options;
    options.dataDir = dir.path();
    options.clock = &clock;
    options.busyTimeoutMs = 100;
    QString error;
    CHECK_FALSE(Journal::open(options, &error));
    CHECK(error.contains(QStringLiteral("in use by another program")));
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.corrupt-*")}).isEmpty()); // locked is not damaged
    other.exec(QStringLiteral("ROLLBACK"));
    CHECK(Journal::open(options, &error));
}

TEST_CASE("A data folder that is a file, or no folder at all, gives a plain-words error", "[journal][faults]")
{
    QTemporaryDir dir;
    const QString notAFolder = QDir(dir.path()).filePath(QStringLiteral("data"));
    writeFile(notAFolder, "x");
    QString error;
    CHECK_FALSE(Journal::open(notAFolder, &error));
    CHECK(error.contains(QStringLiteral("is a file, not a folder")));
    CHECK_FALSE(Journal::open(QString(), &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("Timestamps are ISO 8601 with milliseconds and the UTC offset written out", "[journal][time]")
{
    CHECK(isoTimestamp(QDateTime(QDate(2026, 11, 23), QTime(9, 15, 2, 123), QTimeZone(3600))) ==
          QStringLiteral("2026-11-23T09:15:02.123+01:00"));
    CHECK(isoTimestamp(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC)) ==
          QStringLiteral("2026-01-05T09:00:00.000+00:00"));
    CHECK(isoTimestamp(QDateTime(QDate(2026, 7, 1), QTime(23, 59, 59, 999), QTimeZone(-5 * 3600 - 1800))) ==
          QStringLiteral("2026-07-01T23:59:59.999-05:30"));
    const QDateTime local = QDateTime::currentDateTime();
    const QString text = isoTimestamp(local);
    CHECK(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d\\d:\\d\\d$"))
              .match(text)
              .hasMatch());
    CHECK(parseTimestamp(text).toMSecsSinceEpoch() == local.toMSecsSinceEpoch());
    CHECK_FALSE(parseTimestamp(QString()).isValid());

    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 15, 2, 123), QTimeZone(3600)));
    auto journal = openJournal(dir.path(), clock);
    const qint64 call = journal->beginCall(sampleStart()).id;
    CHECK(RawDb(journalFile(dir)).value(QStringLiteral("SELECT started FROM calls WHERE id = %1").arg(call)) ==
          QStringLiteral("2026-11-23T09:15:02.123+01:00"));
}
