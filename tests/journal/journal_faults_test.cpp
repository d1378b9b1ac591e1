// When the journal cannot be written: entries wait in memory and are written in order later;
// and a writer killed with SIGKILL loses nothing it reported as committed.
//
// The failure is made by SQLite itself, not by a hook in the journal: `PRAGMA query_only` on
// the journal's own connection makes every write fail with SQLITE_READONLY (what a read-only
// file gives), and `PRAGMA max_page_count` makes a growing write fail with SQLITE_FULL (what a
// full disk gives). chmod cannot be used: the tests run as root in CI, and root ignores it.
#include "journaltest.h"

#include <QElapsedTimer>
#include <QProcess>

#include <set>

using namespace steadyline;
using namespace steadyline::journal;
using namespace steadyline::test;
using namespace std::chrono_literals;

namespace {

void setPragma(const Journal &journal, const QString &pragma)
{
    QSqlQuery q(QSqlDatabase::database(journal.connectionName(), false));
    INFO(pragma.toStdString());
    REQUIRE(q.exec(QStringLiteral("PRAGMA ") + pragma));
}

QStringList noteTexts(const Journal &journal, qint64 callId)
{
    QStringList texts;
    for (const Note &note : journal.notes(callId).value)
        texts << note.text;
    return texts;
}

} // namespace

TEST_CASE("When the journal cannot be written, entries wait in memory and are written in order later",
          "[journal][faults]")
{
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    auto journal = openJournal(dir.path(), clock);
    const qint64 call = journal->beginCall(sampleStart()).id;
    REQUIRE(journal->addNote(call, QStringLiteral("pierwsza")).ok);

    setPragma(*journal, QStringLiteral("query_only = ON")); // from now on every write fails
    clock.advance(1s);
    const QDateTime typedAt = clock.wallNow();
    const WriteResult second = journal->addNote(call, QStringLiteral("druga"), {QStringLiteral("threat")});
    CHECK_FALSE(second.ok);
    CHECK(second.queued);
    CHECK(second.id < 0); // provisional
    CHECK(second.error.contains(QStringLiteral("read-only")));
    CHECK(second.error.contains(QStringLiteral("kept in memory")));
    CHECK(journal->pendingWrites() == 1);
    clock.advance(1s);
    const WriteResult promise = journal->addPromise(call, QStringLiteral("oddzwonię"), {}, {});
    CHECK(promise.queued);
    REQUIRE(journal->setPromiseStatus(promise.id, PromiseStatus::Kept).queued); // refers to a waiting promise
    // Drafts saved while waiting replace each other: only the newest is kept.
    CHECK(journal->saveDraft(call, QStringLiteral("tr")).queued);
    CHECK(journal->saveDraft(call, QStringLiteral("trzecia")).queued);
    CHECK(journal->pendingWrites() == 4);
    // A whole call can start while writing fails; its notes follow it.
    const WriteResult newCall = journal->beginCall(sampleStart(QStringLiteral("NEW-1")));
    CHECK(newCall.queued);
    CHECK(journal->addNote(newCall.id, QStringLiteral("nowa rozmowa")).queued);
    CHECK(journal->endCall(newCall.id, CallOutcome::Resolved).queued);
    CHECK(journal->pendingWrites() == 7);
    CHECK(journal->resolveId(second.id) == 0);
    // Nothing reached the database, and an explicit retry fails the same way.
    CHECK(noteTexts(*journal, call) == QStringList{QStringLiteral("pierwsza")});
    const WriteResult retry = journal->flushPending();
    CHECK_FALSE(retry.ok);
    CHECK(retry.queued);
    CHECK(journal->pendingWrites() == 7);

    setPragma(*journal, QStringLiteral("query_only = OFF")); // the disk is back
    clock.advance(1min);
    const WriteResult fourth = journal->addNote(call, QStringLiteral("czwarta"));
    REQUIRE(fourth.ok); // the waiting writes went first
    CHECK(fourth.warning.isEmpty());
    CHECK(journal->pendingWrites() == 0);
    CHECK(noteTexts(*journal, call) ==
          QStringList{QStringLiteral("pierwsza"), QStringLiteral("druga"), QStringLiteral("czwarta")});
    const auto notes = journal->notes(call).value;
    CHECK(notes[1].at == typedAt); // stamped when typed, not when written
    CHECK(notes[1].tags == QStringList{QStringLiteral("threat")});
    CHECK(journal->resolveId(second.id) == notes[1].id);
    PromiseQuery ofCall;
    ofCall.callId = call;
    const auto promises = journal->promises(ofCall).value;
    REQUIRE(promises.size() == 1);
    CHECK(promises[0].status == PromiseStatus::Kept);
    CHECK(journal->draft(call).value->text == QStringLiteral("trzecia"));
    // Provisional ids keep working after they are written.
    const qint64 realCall = journal->resolveId(newCall.id);
    CHECK(realCall > call);
    CHECK(journal->call(newCall.id).value->id == realCall);
    CHECK(journal->call(newCall.id).value->outcome == CallOutcome::Resolved);
    CHECK(noteTexts(*journal, newCall.id) == QStringList{QStringLiteral("nowa rozmowa")});
}

TEST_CASE("An explicit flush writes what waits, and the journal flushes before it closes", "[journal][faults]")
{
    QTemporaryDir dir;
    ManualClock clock;
    qint64 call = 0;
    {
        auto journal = openJournal(dir.path(), clock);
        call = journal->beginCall(sampleStart()).id;
        setPragma(*journal, QStringLiteral("query_only = ON"));
        CHECK(journal->addNote(call, QStringLiteral("czeka")).queued);
        setPragma(*journal, QStringLiteral("query_only = OFF"));
        const WriteResult flushed = journal->flushPending();
        CHECK(flushed.ok);
        CHECK(flushed.error.isEmpty());
        CHECK(journal->pendingWrites() == 0);
        setPragma(*journal, QStringLiteral("query_only = ON"));
        CHECK(journal->addNote(call, QStringLiteral("przy zamknięciu")).queued);
        setPragma(*journal, QStringLiteral("query_only = OFF"));
    } // destroyed with one write waiting
    auto journal = openJournal(dir.path(), clock);
    CHECK(noteTexts(*journal, call) == QStringList{QStringLiteral("czeka"), QStringLiteral("przy zamknięciu")});
}

TEST_CASE("A full disk keeps the note in memory with a plain-words message", "[journal][faults]")
{
    QTemporaryDir dir;
    ManualClock clock;
    auto journal = openJournal(dir.path(), clock);
    const qint64 call = journal->beginCall(sampleStart()).id;
    const QString pages = RawDb(journalFile(dir)).value(QStringLiteral("PRAGMA page_count"));
    setPragma(*journal, QStringLiteral("max_page_count = %1").arg(pages)); // the disk has no more room
    const QString longNote = QStringLiteral("Klient dyktuje długą skargę. ").repeated(2000);
    const WriteResult note = journal->addNote(call, longNote);
    CHECK_FALSE(note.ok);
    CHECK(note.queued);
    CHECK(note.error.contains(QStringLiteral("disk is full")));
    CHECK(journal->pendingWrites() == 1);
    setPragma(*journal, QStringLiteral("max_page_count = 1073741823")); // space was freed
    REQUIRE(journal->flushPending().ok);
    CHECK(noteTexts(*journal, call) == QStringList{longNote});
}

TEST_CASE("A writer killed with SIGKILL mid-burst loses no committed note and leaves an intact database",
          "[journal][faults][slow]")
{
    QTemporaryDir dir;
    // Three writers in turn on the same journal, each killed while writing: the later ones also
    // prove that a journal left by a killed writer opens and takes more notes.
    std::vector<qint64> killedCalls;
    for (int round = 0; round < 3; ++round) {
        INFO("round " << round);
        QProcess writer;
        writer.start(QStringLiteral(STEADYLINE_JOURNAL_WRITER), {dir.path()});
        REQUIRE(writer.waitForStarted(10000));
        QByteArray output;
        // Let it commit a burst of notes, then kill it while it is writing the next ones.
        const int beforeKill = 40 + 15 * round;
        QElapsedTimer waited;
        waited.start();
        while (output.count('\n') < beforeKill + 1 && waited.elapsed() < 60000) {
            writer.waitForReadyRead(1000);
            output += writer.readAllStandardOutput();
            INFO(writer.readAllStandardError().toStdString());
            REQUIRE(writer.state() == QProcess::Running);
        }
        REQUIRE(output.count('\n') >= beforeKill + 1);
        writer.kill(); // SIGKILL on Unix
        REQUIRE(writer.waitForFinished(10000));
        CHECK(writer.exitStatus() == QProcess::CrashExit);
        output += writer.readAllStandardOutput(); // ids printed before the kill, still in the pipe

        const QList<QByteArray> lines = output.split('\n');
        REQUIRE(lines.front().startsWith("call "));
        const qint64 callId = lines.front().mid(5).toLongLong();
        killedCalls.push_back(callId);
        std::set<qint64> printed;
        // The last element is an unterminated (possibly partial) line or empty: not a committed id.
        for (qsizetype i = 1; i + 1 < lines.size(); ++i)
            printed.insert(lines[i].toLongLong());
        REQUIRE(printed.size() >= static_cast<std::size_t>(beforeKill));

        RawDb raw(journalFile(dir));
        CHECK(raw.column(QStringLiteral("PRAGMA integrity_check")) == QStringList{QStringLiteral("ok")});
        std::set<qint64> stored;
        for (const QString &id : raw.column(QStringLiteral("SELECT id FROM notes WHERE call_id = %1").arg(callId)))
            stored.insert(id.toLongLong());
        std::vector<qint64> lost;
        std::set_difference(printed.begin(), printed.end(), stored.begin(), stored.end(), std::back_inserter(lost));
        CHECK(lost.empty());
        // Nothing more is stored than what was printed, but for the one commit the kill came after.
        CHECK(stored.size() <= printed.size() + 1);
    }
    // The next start finds every killed call unfinished.
    ManualClock clock;
    auto journal = openJournal(dir.path(), clock);
    std::vector<qint64> unfinished;
    for (const CallRecord &call : journal->unfinishedCalls().value)
        unfinished.push_back(call.id);
    CHECK(unfinished == killedCalls);
}

TEST_CASE("Writes that could not be saved before the journal closed come back from a recovery file, rows "
          "created in them included (review H2)",
          "[journal][faults][security]")
{
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    QByteArray recovery;
    qint64 firstCall = 0;
    {
        auto journal = openJournal(dir.path(), clock);
        firstCall = journal->beginCall(sampleStart()).id;
        REQUIRE(firstCall > 0);
        setPragma(*journal, QStringLiteral("query_only = ON")); // a full disk, a read-only folder
        REQUIRE(journal->addNote(firstCall, QStringLiteral("na pełnym dysku"), {QStringLiteral("threat")}).queued);
        REQUIRE(journal->endCall(firstCall, CallOutcome::Resolved).queued);
        const WriteResult second = journal->beginCall(sampleStart());
        REQUIRE(second.queued);
        REQUIRE(second.id < 0);
        REQUIRE(journal->addNote(second.id, QStringLiteral("druga rozmowa")).queued);
        const WriteResult promise = journal->addPromise(second.id, QStringLiteral("oddzwonię jutro"),
                                                        QStringLiteral("ZG-7"), clock.wallNow().addDays(1));
        REQUIRE(promise.queued);
        REQUIRE(journal->setPromiseStatus(promise.id, PromiseStatus::Kept).queued);
        REQUIRE(journal->saveDraft(second.id, QStringLiteral("pisane przy wylogowaniu")).queued);
        recovery = journal->pendingWritesJson();
        REQUIRE(journal->pendingWrites() == 7);
    } // closed: the flush fails, the writes would be lost but for the recovery file
    auto journal = openJournal(dir.path(), clock);
    CHECK(noteTexts(*journal, firstCall).isEmpty());
    const auto restored = journal->restoreWrites(recovery);
    INFO(restored.error.toStdString());
    REQUIRE(restored.ok());
    CHECK(restored.value == 7);
    CHECK(noteTexts(*journal, firstCall) == QStringList{QStringLiteral("na pełnym dysku")});
    CHECK(journal->notes(firstCall).value.at(0).tags == QStringList{QStringLiteral("threat")});
    CHECK(journal->call(firstCall).value->outcome == CallOutcome::Resolved);
    const auto calls = journal->calls().value;
    REQUIRE(calls.size() == 2);
    const qint64 secondId = calls.front().id; // newest first
    CHECK(noteTexts(*journal, secondId) == QStringList{QStringLiteral("druga rozmowa")});
    PromiseQuery ofSecond;
    ofSecond.callId = secondId;
    const auto promises = journal->promises(ofSecond).value;
    REQUIRE(promises.size() == 1);
    CHECK(promises.front().text == QStringLiteral("oddzwonię jutro"));
    CHECK(promises.front().status == PromiseStatus::Kept);
    CHECK(journal->draft(secondId).value->text == QStringLiteral("pisane przy wylogowaniu"));
    // A damaged recovery file is refused with words, and changes nothing.
    CHECK_FALSE(journal->restoreWrites("{\"steadylineRecovery\": 1").ok());
    CHECK(journal->calls().value.size() == 2);
}
