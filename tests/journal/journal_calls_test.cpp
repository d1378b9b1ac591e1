// Calls, notes, promises and drafts through the journal's API: round trip, search, due dates,
// retention, unfinished calls.
#include "journaltest.h"

#include <QFileInfo>
#include <QTimeZone>

using namespace steadyline;
using namespace steadyline::journal;
using namespace steadyline::test;
using namespace std::chrono_literals;

namespace {

const QTimeZone kWarsawWinter(3600);

std::vector<qint64> idsOf(const std::vector<CallRecord> &calls)
{
    std::vector<qint64> ids;
    for (const CallRecord &call : calls)
        ids.push_back(call.id);
    return ids;
}

std::vector<qint64> idsOf(const std::vector<Promise> &promises)
{
    std::vector<qint64> ids;
    for (const Promise &promise : promises)
        ids.push_back(promise.id);
    return ids;
}

std::vector<qint64> search(const Journal &journal, const QString &text)
{
    CallQuery query;
    query.text = text;
    const auto found = journal.calls(query);
    INFO(found.error.toStdString());
    REQUIRE(found.ok());
    return idsOf(found.value);
}

} // namespace

TEST_CASE("A call round trip: start, timeline, notes with tags, a promise kept, a draft, the end", "[journal][calls]")
{
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 15, 2, 123), kWarsawWinter));
    auto journal = openJournal(dir.path(), clock);
    CallStart start = sampleStart();
    start.channel = Channel::InPerson;
    const WriteResult begun = journal->beginCall(start);
    REQUIRE(begun.ok);
    CHECK_FALSE(begun.queued);
    CHECK(begun.error.isEmpty());
    const qint64 callId = begun.id;
    CHECK(callId > 0);

    clock.advance(1500ms);
    REQUIRE(journal->addTimelineEvent(callId, kTimelineStepEntered, QStringLiteral("calm_down")).ok);
    const QDateTime said(QDate(2026, 11, 23), QTime(9, 15, 5, 7), kWarsawWinter);
    REQUIRE(journal
                ->addTimelineEvent(callId, kTimelineLineSaid, QStringLiteral("calm_down"),
                                   QStringLiteral("Jestem tu po to, aby Pani pomóc."), said)
                .ok);
    clock.advance(10s);
    const WriteResult note = journal->addNote(callId, QStringLiteral("Klient krzyczy, obraża konsultanta"),
                                              {QStringLiteral("insult"), QStringLiteral("asked for manager")});
    REQUIRE(note.ok);
    const QDateTime due(QDate(2026, 11, 25), QTime(12, 0), kWarsawWinter);
    const WriteResult promise =
        journal->addPromise(callId, QStringLiteral("Oddzwonię z decyzją"), QStringLiteral("ZG-2026/0042"), due);
    REQUIRE(promise.ok);
    REQUIRE(journal->saveDraft(callId, QStringLiteral("Klient prosi")).ok);
    clock.advance(1s);
    REQUIRE(journal->saveDraft(callId, QStringLiteral("Klient prosi o kontakt")).ok);
    const auto draft = journal->draft(callId);
    REQUIRE(draft.ok());
    REQUIRE(draft.value.has_value());
    CHECK(draft.value->text == QStringLiteral("Klient prosi o kontakt"));
    CHECK(draft.value->updatedAt == clock.wallNow());
    REQUIRE(journal->clearDraft(callId).ok);
    CHECK_FALSE(journal->draft(callId).value.has_value());
    clock.advance(2min);
    REQUIRE(journal->endCall(callId, CallOutcome::Escalated).ok);

    const auto call = journal->call(callId);
    REQUIRE(call.ok());
    REQUIRE(call.value.has_value());
    const CallRecord &record = *call.value;
    CHECK(record.id == callId);
    CHECK(record.started == QDateTime(QDate(2026, 11, 23), QTime(9, 15, 2, 123), kWarsawWinter));
    CHECK(record.started.offsetFromUtc() == 3600);
    CHECK(record.ended == clock.wallNow());
    CHECK(record.channel == Channel::InPerson);
    CHECK(record.address == FormOfAddress::FormalFemale);
    CHECK(record.caseReference == start.caseReference);
    CHECK(record.playbookId == start.playbookId);
    CHECK(record.revision == 3);
    CHECK(record.sha256 == start.sha256);
    CHECK(record.locale == QStringLiteral("pl"));
    CHECK(record.outcome == CallOutcome::Escalated);
    CHECK_FALSE(record.training);

    const auto timeline = journal->timeline(callId).value;
    REQUIRE(timeline.size() == 2);
    CHECK(timeline[0].kind == kTimelineStepEntered);
    CHECK(timeline[0].stepId == QStringLiteral("calm_down"));
    CHECK(timeline[0].at == QDateTime(QDate(2026, 11, 23), QTime(9, 15, 3, 623), kWarsawWinter));
    CHECK(timeline[1].kind == kTimelineLineSaid);
    CHECK(timeline[1].at == said);
    CHECK(timeline[1].detail == QStringLiteral("Jestem tu po to, aby Pani pomóc."));

    const auto notes = journal->notes(callId).value;
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].id == note.id);
    CHECK(notes[0].callId == callId);
    CHECK(notes[0].text == QStringLiteral("Klient krzyczy, obraża konsultanta"));
    CHECK(notes[0].tags == QStringList{QStringLiteral("insult"), QStringLiteral("asked for manager")});
    CHECK(notes[0].at == QDateTime(QDate(2026, 11, 23), QTime(9, 15, 13, 623), kWarsawWinter));

    PromiseQuery ofCall;
    ofCall.callId = callId;
    auto promises = journal->promises(ofCall).value;
    REQUIRE(promises.size() == 1);
    CHECK(promises[0].id == promise.id);
    CHECK(promises[0].text == QStringLiteral("Oddzwonię z decyzją"));
    CHECK(promises[0].caseReference == QStringLiteral("ZG-2026/0042"));
    CHECK(promises[0].due == due);
    CHECK(promises[0].status == PromiseStatus::Open);
    CHECK_FALSE(promises[0].keptAt.isValid());
    clock.advance(24h);
    REQUIRE(journal->setPromiseStatus(promise.id, PromiseStatus::Kept).ok);
    promises = journal->promises(ofCall).value;
    REQUIRE(promises.size() == 1);
    CHECK(promises[0].status == PromiseStatus::Kept);
    CHECK(promises[0].keptAt == clock.wallNow());

    // An ended call cannot be ended again.
    const WriteResult again = journal->endCall(callId, CallOutcome::Resolved);
    CHECK_FALSE(again.ok);
    CHECK_FALSE(again.queued);
    CHECK(again.error.contains(QStringLiteral("already ended")));
}

TEST_CASE("Full-text search finds words with Polish diacritics in notes, tags, promises and case references",
          "[journal][search]")
{
    QTemporaryDir dir;
    ManualClock clock;
    auto journal = openJournal(dir.path(), clock);
    const qint64 first = journal->beginCall(sampleStart(QStringLiteral("ZG-2026/0042"))).id;
    REQUIRE(journal->addNote(first, QStringLiteral("Klient krzyczał: zażółć gęślą jaźń!")).ok);
    clock.advance(1h);
    const qint64 second = journal->beginCall(sampleStart(QStringLiteral("KR-7/2026"))).id;
    REQUIRE(journal->addNote(second, QStringLiteral("Spokojna rozmowa"), {QStringLiteral("threat")}).ok);
    REQUIRE(journal->addPromise(second, QStringLiteral("Wyślę korektę faktury"), {}, {}).ok);
    clock.advance(1h);
    const qint64 third = journal->beginCall(sampleStart(QString())).id;
    REQUIRE(journal->addNote(third, QStringLiteral("Клиент угрожал жалобой")).ok);

    CHECK(search(*journal, QStringLiteral("zażółć")) == std::vector<qint64>{first});
    CHECK(search(*journal, QStringLiteral("ZAŻÓŁĆ")) == std::vector<qint64>{first});      // case folded
    CHECK(search(*journal, QStringLiteral("gęśl")) == std::vector<qint64>{first});        // a prefix
    CHECK(search(*journal, QStringLiteral("jazn")) == std::vector<qint64>{first});        // without diacritics
    CHECK(search(*journal, QStringLiteral("zażółć jaźń")) == std::vector<qint64>{first}); // every word
    CHECK(search(*journal, QStringLiteral("zażółć faktury")).empty());
    CHECK(search(*journal, QStringLiteral("faktury")) == std::vector<qint64>{second});   // a promise
    CHECK(search(*journal, QStringLiteral("threat")) == std::vector<qint64>{second});    // a tag
    CHECK(search(*journal, QStringLiteral("KR-7/2026")) == std::vector<qint64>{second}); // a case reference
    CHECK(search(*journal, QStringLiteral("0042")) == std::vector<qint64>{first});
    CHECK(search(*journal, QStringLiteral("угрожал")) == std::vector<qint64>{third});
    CHECK(search(*journal, QStringLiteral("nieistniejące")).empty());
    // FTS syntax typed by a user is searched for, not obeyed (and never an error).
    CHECK(search(*journal, QStringLiteral("\"zażółć* (jaźń) -gęślą\"")) == std::vector<qint64>{first});
    CHECK(search(*journal, QStringLiteral("*")).size() == 3); // nothing to search for: every call
}

TEST_CASE("Search without FTS5 (the LIKE fallback) finds notes, promises and case references", "[journal][search]")
{
    QTemporaryDir dir;
    ManualClock clock;
    OpenOptions options;
    options.dataDir = dir.path();
    options.clock = &clock;
    options.allowFullTextSearch = false;
    QString error;
    auto journal = Journal::open(options, &error);
    REQUIRE(journal);
    CHECK_FALSE(journal->fullTextSearch());
    const qint64 first = journal->beginCall(sampleStart(QStringLiteral("ZG-2026/0042"))).id;
    REQUIRE(journal->addNote(first, QStringLiteral("Klient krzyczał: zażółć gęślą jaźń!")).ok);
    const qint64 second = journal->beginCall(sampleStart(QStringLiteral("KR-7/2026"))).id;
    REQUIRE(journal->addPromise(second, QStringLiteral("Wyślę 100% korekty"), {}, {}).ok);
    CHECK(search(*journal, QStringLiteral("zażółć")) == std::vector<qint64>{first});
    CHECK(search(*journal, QStringLiteral("KR-7")) == std::vector<qint64>{second});
    CHECK(search(*journal, QStringLiteral("100%")) == std::vector<qint64>{second});
    CHECK(search(*journal, QStringLiteral("1_0")).empty()); // LIKE wildcards are taken literally
}

TEST_CASE("Calls are listed newest first and filtered by date, outcome and training", "[journal][calls]")
{
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC));
    auto journal = openJournal(dir.path(), clock);
    const qint64 march = journal->beginCall(sampleStart()).id;
    REQUIRE(journal->endCall(march, CallOutcome::Resolved).ok);
    clock.setWall(QDateTime(QDate(2026, 4, 1), QTime(10, 0), Qt::UTC));
    const qint64 april = journal->beginCall(sampleStart()).id;
    REQUIRE(journal->endCall(april, CallOutcome::CallerHungUp).ok);
    CallStart practice = sampleStart();
    practice.training = true;
    const qint64 training = journal->beginCall(practice).id;
    clock.setWall(QDateTime(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC));
    const qint64 may = journal->beginCall(sampleStart()).id;

    CHECK(idsOf(journal->calls().value) == std::vector<qint64>{may, april, march});
    CallQuery query;
    query.includeTraining = true;
    CHECK(idsOf(journal->calls(query).value) == std::vector<qint64>{may, training, april, march});
    CHECK(journal->call(training).value->training);
    query = {};
    query.since = QDateTime(QDate(2026, 4, 1), QTime(10, 0), Qt::UTC);
    query.until = QDateTime(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC);
    CHECK(idsOf(journal->calls(query).value) == std::vector<qint64>{april});
    // Bounds in another offset mean the same instants.
    query.since = QDateTime(QDate(2026, 4, 1), QTime(12, 0), QTimeZone(2 * 3600));
    CHECK(idsOf(journal->calls(query).value) == std::vector<qint64>{april});
    query = {};
    query.outcome = CallOutcome::Resolved;
    CHECK(idsOf(journal->calls(query).value) == std::vector<qint64>{march});
    query = {};
    query.limit = 2;
    CHECK(idsOf(journal->calls(query).value) == std::vector<qint64>{may, april});
    CHECK(idsOf(journal->unfinishedCalls().value) == std::vector<qint64>{training, may});
}

TEST_CASE("Promises: overdue, due today, upcoming, and kept or cancelled", "[journal][promises]")
{
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(12, 0), kWarsawWinter));
    auto journal = openJournal(dir.path(), clock);
    const qint64 call = journal->beginCall(sampleStart()).id;
    const auto at = [](int day, int hour) { return QDateTime(QDate(2026, 11, day), QTime(hour, 0), kWarsawWinter); };
    const qint64 yesterday = journal->addPromise(call, QStringLiteral("a"), {}, at(22, 16)).id;
    const qint64 thisMorning = journal->addPromise(call, QStringLiteral("b"), {}, at(23, 9)).id;
    const qint64 thisEvening = journal->addPromise(call, QStringLiteral("c"), {}, at(23, 18)).id;
    const qint64 lateTonight = journal->addPromise(call, QStringLiteral("d"), {}, at(23, 23)).id;
    const qint64 tomorrow = journal->addPromise(call, QStringLiteral("e"), {}, at(24, 0)).id;
    const qint64 undated = journal->addPromise(call, QStringLiteral("f"), {}, {}).id;
    const qint64 cancelled = journal->addPromise(call, QStringLiteral("g"), {}, at(23, 15)).id;
    REQUIRE(journal->setPromiseStatus(cancelled, PromiseStatus::Cancelled).ok);

    CHECK(idsOf(journal->overdue().value) == std::vector<qint64>{yesterday, thisMorning});
    CHECK(idsOf(journal->dueToday().value) == std::vector<qint64>{thisEvening, lateTonight});
    PromiseQuery upcoming;
    upcoming.status = PromiseStatus::Open;
    upcoming.dueAfter = at(24, 0);
    CHECK(idsOf(journal->promises(upcoming).value) == std::vector<qint64>{tomorrow});
    PromiseQuery open;
    open.status = PromiseStatus::Open;
    CHECK(idsOf(journal->promises(open).value) ==
          std::vector<qint64>{yesterday, thisMorning, thisEvening, lateTonight, tomorrow, undated});
    PromiseQuery gone;
    gone.status = PromiseStatus::Cancelled;
    const auto cancelledOnes = journal->promises(gone).value;
    REQUIRE(cancelledOnes.size() == 1);
    CHECK_FALSE(cancelledOnes[0].keptAt.isValid());

    REQUIRE(journal->setPromiseStatus(thisMorning, PromiseStatus::Kept).ok);
    CHECK(idsOf(journal->overdue().value) == std::vector<qint64>{yesterday});
    const WriteResult missing = journal->setPromiseStatus(9999, PromiseStatus::Kept);
    CHECK_FALSE(missing.ok);
    CHECK_FALSE(missing.queued);
    CHECK(journal->pendingWrites() == 0);

    // Promises made in training calls are not real ones.
    CallStart practice = sampleStart();
    practice.training = true;
    const qint64 training = journal->beginCall(practice).id;
    REQUIRE(journal->addPromise(training, QStringLiteral("ćwiczenie"), {}, at(23, 20)).ok);
    CHECK(idsOf(journal->dueToday().value) == std::vector<qint64>{thisEvening, lateTonight});
}

TEST_CASE("Retention deletes old calls with their notes but never a call with an open promise", "[journal][retention]")
{
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC));
    auto journal = openJournal(dir.path(), clock);
    const qint64 oldWithOpenPromise = journal->beginCall(sampleStart()).id;
    REQUIRE(journal->addNote(oldWithOpenPromise, QStringLiteral("zachowaj mnie")).ok);
    REQUIRE(journal->addPromise(oldWithOpenPromise, QStringLiteral("oddzwonić"), {}, {}).ok);
    const qint64 oldWithKeptPromise = journal->beginCall(sampleStart()).id;
    const qint64 kept = journal->addPromise(oldWithKeptPromise, QStringLiteral("wysłać pismo"), {}, {}).id;
    REQUIRE(journal->setPromiseStatus(kept, PromiseStatus::Kept).ok);
    const qint64 oldPlain = journal->beginCall(sampleStart()).id;
    REQUIRE(journal->addNote(oldPlain, QStringLiteral("usuń mnie")).ok);
    REQUIRE(journal->addTimelineEvent(oldPlain, kTimelineStepEntered, QStringLiteral("calm_down")).ok);
    REQUIRE(journal->saveDraft(oldPlain, QStringLiteral("szkic")).ok);
    clock.setWall(QDateTime(QDate(2026, 3, 25), QTime(10, 0), Qt::UTC));
    const qint64 recent = journal->beginCall(sampleStart()).id;

    clock.setWall(QDateTime(QDate(2026, 4, 15), QTime(10, 0), Qt::UTC)); // 104 days after the old ones
    const auto deleted = journal->deleteCallsOlderThan(90);
    INFO(deleted.error.toStdString());
    REQUIRE(deleted.ok());
    CHECK(deleted.value == 2);
    CallQuery all;
    all.includeTraining = true;
    CHECK(idsOf(journal->calls(all).value) == std::vector<qint64>{recent, oldWithOpenPromise});
    CHECK(journal->notes(oldWithOpenPromise).value.size() == 1);
    CHECK(journal->notes(oldPlain).value.empty());
    CHECK(journal->timeline(oldPlain).value.empty());
    CHECK_FALSE(journal->draft(oldPlain).value.has_value());
    // The cascade reaches the search index too.
    CHECK(search(*journal, QStringLiteral("usuń")).empty());
    CHECK(search(*journal, QStringLiteral("pismo")).empty());
    CHECK(search(*journal, QStringLiteral("zachowaj")) == std::vector<qint64>{oldWithOpenPromise});
    RawDb raw(journalFile(dir));
    CHECK(raw.value(QStringLiteral("SELECT count(*) FROM promises")) == QStringLiteral("1"));
    CHECK(raw.value(QStringLiteral("SELECT count(*) FROM search")) == QStringLiteral("2"));
    raw.exec(QStringLiteral("INSERT INTO search(search) VALUES ('integrity-check')"));
    // The database itself refuses to drop an open promise with its call.
    QSqlQuery q(raw.db());
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM calls WHERE id = %1").arg(oldWithOpenPromise)));

    CHECK_FALSE(journal->deleteCallsOlderThan(0).ok());
    // Once kept, the promise no longer holds its call.
    PromiseQuery ofCall;
    ofCall.callId = oldWithOpenPromise;
    REQUIRE(journal->setPromiseStatus(journal->promises(ofCall).value.at(0).id, PromiseStatus::Kept).ok);
    CHECK(journal->deleteCallsOlderThan(90).value == 1);
}

TEST_CASE("An unfinished call is found at the next start, marked interrupted with its draft kept, and can go on",
          "[journal][calls]")
{
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), kWarsawWinter));
    qint64 callId = 0;
    {
        auto journal = openJournal(dir.path(), clock);
        callId = journal->beginCall(sampleStart()).id;
        const qint64 finished = journal->beginCall(sampleStart()).id;
        REQUIRE(journal->endCall(finished, CallOutcome::Resolved).ok);
        clock.advance(30s);
        REQUIRE(journal->addNote(callId, QStringLiteral("Klient podniósł głos")).ok);
        clock.advance(5s);
        REQUIRE(journal->saveDraft(callId, QStringLiteral("Obiecałem, że")).ok);
    } // the app dies here; the call never ended
    const QDateTime lastActivity = clock.wallNow();
    clock.advance(1h);

    auto journal = openJournal(dir.path(), clock);
    const auto unfinished = journal->unfinishedCalls();
    REQUIRE(unfinished.ok());
    CHECK(idsOf(unfinished.value) == std::vector<qint64>{callId});
    REQUIRE(journal->markInterrupted(callId).ok);
    CHECK(journal->unfinishedCalls().value.empty());
    const CallRecord call = *journal->call(callId).value;
    CHECK(call.outcome == CallOutcome::Interrupted);
    CHECK(call.ended == lastActivity);
    REQUIRE(journal->draft(callId).value.has_value());
    CHECK(journal->draft(callId).value->text == QStringLiteral("Obiecałem, że"));
    const auto timeline = journal->timeline(callId).value;
    REQUIRE_FALSE(timeline.empty());
    CHECK(timeline.back().kind == kTimelineInterrupted);
    CHECK(timeline.back().at == clock.wallNow());
    CHECK_FALSE(journal->markInterrupted(callId).ok); // only once

    // The consultant chooses to continue it, then ends it.
    REQUIRE(journal->resumeCall(callId).ok);
    CHECK(journal->timeline(callId).value.back().kind == kTimelineResumed);
    CHECK(idsOf(journal->unfinishedCalls().value) == std::vector<qint64>{callId});
    REQUIRE(journal->endCall(callId, CallOutcome::Resolved).ok);
    CHECK(journal->call(callId).value->outcome == CallOutcome::Resolved);
    CHECK_FALSE(journal->resumeCall(callId).ok); // only an interrupted call goes on
}

TEST_CASE("Writes for a call that is not in the journal, or empty notes, are refused and not queued",
          "[journal][calls]")
{
    QTemporaryDir dir;
    ManualClock clock;
    auto journal = openJournal(dir.path(), clock);
    const WriteResult orphan = journal->addNote(4242, QStringLiteral("nikt"));
    CHECK_FALSE(orphan.ok);
    CHECK_FALSE(orphan.queued);
    CHECK_FALSE(orphan.error.isEmpty());
    const WriteResult end = journal->endCall(4242, CallOutcome::Resolved);
    CHECK_FALSE(end.ok);
    CHECK(end.error.contains(QStringLiteral("not in the journal")));
    const qint64 call = journal->beginCall(sampleStart()).id;
    CHECK_FALSE(journal->addNote(call, QStringLiteral("   ")).ok);
    CHECK_FALSE(journal->addPromise(call, QString(), {}, {}).ok);
    CHECK_FALSE(journal->addTimelineEvent(call, QString()).ok);
    CHECK(journal->pendingWrites() == 0);
    CHECK(journal->notes(call).value.empty());
}

TEST_CASE("The search index follows edits and deletes made in the database, and stays consistent", "[journal][search]")
{
    QTemporaryDir dir;
    ManualClock clock;
    auto journal = openJournal(dir.path(), clock);
    const qint64 call = journal->beginCall(sampleStart(QStringLiteral("AB-1"))).id;
    const qint64 note = journal->addNote(call, QStringLiteral("pierwotny tekst")).id;
    REQUIRE(journal->addNote(call, QStringLiteral("druga notatka")).ok);
    const qint64 promise = journal->addPromise(call, QStringLiteral("oddzwonić jutro"), QStringLiteral("CD-2"), {}).id;
    CHECK(search(*journal, QStringLiteral("pierwotny druga oddzwonić CD-2 AB-1")) == std::vector<qint64>{call});
    {
        RawDb raw(journalFile(dir));
        raw.exec(QStringLiteral("UPDATE notes SET text = 'poprawiony tekst' WHERE id = %1").arg(note));
        raw.exec(QStringLiteral("DELETE FROM promises WHERE id = %1").arg(promise));
        raw.exec(QStringLiteral("UPDATE calls SET case_reference = 'EF-3' WHERE id = %1").arg(call));
        raw.exec(QStringLiteral("INSERT INTO search(search) VALUES ('integrity-check')"));
    }
    CHECK(search(*journal, QStringLiteral("pierwotny")).empty());
    CHECK(search(*journal, QStringLiteral("poprawiony")) == std::vector<qint64>{call});
    CHECK(search(*journal, QStringLiteral("druga")) == std::vector<qint64>{call});
    CHECK(search(*journal, QStringLiteral("oddzwonić")).empty());
    CHECK(search(*journal, QStringLiteral("AB-1")).empty());
    CHECK(search(*journal, QStringLiteral("EF-3")) == std::vector<qint64>{call});
}

TEST_CASE("Automatic retention at start never trusts a clock that jumped ahead (review M7)", "[journal][retention]")
{
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC));
    auto journal = openJournal(dir.path(), clock);
    std::vector<qint64> calls;
    for (int day = 0; day < 85; ++day) {
        clock.setWall(QDateTime(QDate(2026, 1, 1).addDays(day), QTime(10, 0), Qt::UTC));
        calls.push_back(journal->beginCall(sampleStart()).id);
        REQUIRE(journal->endCall(calls.back(), CallOutcome::Resolved).ok);
    }
    // A wrong real-time clock or an NTP step puts this seat 200 days ahead.
    clock.setWall(clock.wallNow().addDays(200));
    const auto deleted = journal->deleteCallsAtStart(90);
    INFO(deleted.error.toStdString());
    REQUIRE(deleted.ok());
    CHECK(deleted.value == 0);
    CHECK(journal->calls().value.size() == 85);

    // Counted from the newest call, what is really older than 90 days still goes: a call
    // started 100 days before the newest one.
    clock.setWall(QDateTime(QDate(2026, 1, 1).addDays(-100), QTime(10, 0), Qt::UTC));
    const qint64 old = journal->beginCall(sampleStart()).id;
    REQUIRE(journal->endCall(old, CallOutcome::Resolved).ok);
    clock.setWall(QDateTime(QDate(2026, 3, 26), QTime(12, 0), Qt::UTC)); // the day after the newest
    CHECK(journal->deleteCallsAtStart(90).value == 1);
    CHECK(journal->calls().value.size() == 85);
    // The deleted call's pages are not left in the write-ahead log until some later checkpoint (L5).
    CHECK(QFileInfo(journalFile(dir) + QStringLiteral("-wal")).size() == 0);
}

TEST_CASE("A damaged journal moved aside is deleted by the same retention as the calls (review L5)",
          "[journal][retention][security]")
{
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC));
    auto journal = openJournal(dir.path(), clock);
    REQUIRE(journal->endCall(journal->beginCall(sampleStart()).id, CallOutcome::Resolved).ok);
    const QString old = journalFile(dir) + QStringLiteral(".corrupt-20260101T000000");
    const QString recent = journalFile(dir) + QStringLiteral(".corrupt-20260530T000000");
    for (const QString &path : {old, recent}) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("damaged");
    }
    QFile oldFile(old);
    REQUIRE(oldFile.open(QIODevice::ReadWrite));
    REQUIRE(oldFile.setFileTime(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC), QFileDevice::FileModificationTime));
    oldFile.close();
    QFile recentFile(recent);
    REQUIRE(recentFile.open(QIODevice::ReadWrite));
    REQUIRE(
        recentFile.setFileTime(QDateTime(QDate(2026, 5, 30), QTime(0, 0), Qt::UTC), QFileDevice::FileModificationTime));
    recentFile.close();
    REQUIRE(journal->deleteCallsAtStart(90).ok());
    CHECK_FALSE(QFileInfo::exists(old));
    CHECK(QFileInfo::exists(recent));
}
