// Training attempts in the journal: the round trip, building a row from a rehearsal's result,
// rehearsals kept out of real calls, promises and exports, retention, and writes that must wait.
#include "journal/export.h"
#include "journaltest.h"
#include "training/trainingattempt.h"

#include <QTimeZone>

using namespace steadyline;
using namespace steadyline::journal;
using namespace steadyline::test;
using namespace std::chrono_literals;

namespace {

const QTimeZone kWarsawWinter(3600);

journal::CallStart trainingStart()
{
    journal::CallStart start = sampleStart(QStringLiteral("TRENING-7"));
    start.training = true;
    return start;
}

TrainingAttempt sampleAttempt(qint64 callId, const QString &scenarioId, int percent, const QDateTime &finishedAt)
{
    TrainingAttempt attempt;
    attempt.callId = callId;
    attempt.scenarioId = scenarioId;
    attempt.scenarioRevision = 2;
    attempt.scenarioTitle = QStringLiteral("Klient, który się uspokaja — żółw");
    attempt.language = QStringLiteral("pl");
    attempt.finishedAt = finishedAt;
    attempt.score = percent / 10;
    attempt.max = 10;
    attempt.percent = percent;
    attempt.passed = percent >= 70;
    return attempt;
}

QStringList scenarioIdsAndPercents(const std::vector<TrainingAttempt> &attempts)
{
    QStringList texts;
    for (const TrainingAttempt &attempt : attempts)
        texts << QStringLiteral("%1 %2").arg(attempt.scenarioId).arg(attempt.percent);
    return texts;
}

void setPragma(const Journal &journal, const QString &pragma)
{
    QSqlQuery q(QSqlDatabase::database(journal.connectionName(), false));
    REQUIRE(q.exec(QStringLiteral("PRAGMA ") + pragma));
}

} // namespace

TEST_CASE("Training attempts round trip, oldest first, and filtered by scenario", "[journal][training]")
{
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(12, 0), kWarsawWinter));
    auto journal = openJournal(dir.path(), clock);
    CHECK(journal->trainingAttempts().value.empty());

    const qint64 call = journal->beginCall(trainingStart()).id;
    TrainingAttempt first = sampleAttempt(call, QStringLiteral("calms-after-help-pl"), 40,
                                          QDateTime(QDate(2026, 11, 20), QTime(9, 30), kWarsawWinter));
    first.mistakesJson = QStringLiteral(R"([{"turn":"opening","code":"step-skipped","critical":true,)"
                                        R"("message":"Pominięto krok 2.","advice":"Najpierw wyznacz granicę."}])");
    // Written later but finished earlier: the order is when they finished.
    const WriteResult later = journal->addTrainingAttempt(sampleAttempt(
        0, QStringLiteral("calms-after-help-pl"), 90, QDateTime(QDate(2026, 11, 22), QTime(16, 0), kWarsawWinter)));
    REQUIRE(later.ok);
    const WriteResult earlier = journal->addTrainingAttempt(first);
    REQUIRE(earlier.ok);
    CHECK(earlier.id > later.id);
    TrainingAttempt other = sampleAttempt(0, QStringLiteral("full-escalation-en"), 100, {});
    other.language = QStringLiteral("en");
    REQUIRE(journal->addTrainingAttempt(other).ok); // no time given: now

    const auto all = journal->trainingAttempts();
    REQUIRE(all.ok());
    CHECK(scenarioIdsAndPercents(all.value) == QStringList{QStringLiteral("calms-after-help-pl 40"),
                                                           QStringLiteral("calms-after-help-pl 90"),
                                                           QStringLiteral("full-escalation-en 100")});
    const TrainingAttempt &stored = all.value[0];
    CHECK(stored.id == earlier.id);
    CHECK(stored.callId == call);
    CHECK(stored.scenarioRevision == 2);
    CHECK(stored.scenarioTitle == QStringLiteral("Klient, który się uspokaja — żółw"));
    CHECK(stored.language == QStringLiteral("pl"));
    CHECK(stored.finishedAt == first.finishedAt);
    CHECK(stored.finishedAt.offsetFromUtc() == 3600); // shown as the trainee saw it
    CHECK(stored.score == 4);
    CHECK(stored.max == 10);
    CHECK_FALSE(stored.passed);
    CHECK(stored.mistakesJson == first.mistakesJson);
    CHECK(all.value[1].callId == 0);
    CHECK(all.value[1].passed);
    CHECK(all.value[1].mistakesJson == QStringLiteral("[]")); // none given: none made
    CHECK(all.value[2].finishedAt == clock.wallNow());

    CHECK(scenarioIdsAndPercents(journal->trainingAttempts(QStringLiteral("full-escalation-en")).value) ==
          QStringList{QStringLiteral("full-escalation-en 100")});
    CHECK(journal->trainingAttempts(QStringLiteral("no-such-scenario")).value.empty());
}

TEST_CASE("A rehearsal's result becomes an attempt row with its mistakes as JSON", "[journal][training]")
{
    Scenario scenario;
    scenario.id = QStringLiteral("sorry-once-cs");
    scenario.revision = 3;
    scenario.title = QStringLiteral("Omluva funguje jen jednou");
    scenario.language = QStringLiteral("cs");
    TrainingResult result;
    result.scenarioId = scenario.id;
    result.scenarioRevision = 3;
    result.finished = true;
    result.score = 5;
    result.max = 12;
    result.percent = 41;
    result.passed = false;
    result.mistakes.push_back({QStringLiteral("second-sorry"), QStringLiteral("apologised-twice"), false,
                               QStringLiteral("Druhá omluva za totéž: \"promiňte\" znovu."),
                               QStringLiteral("Omluvte se jednou a pak řešte problém.")});
    result.mistakes.push_back({QStringLiteral("hang-up"), QStringLiteral("ended-before-final-warning"), true,
                               QStringLiteral("Hovor ukončen před krokem 3."), QString()});
    const QDateTime finished(QDate(2026, 11, 23), QTime(10, 15), kWarsawWinter);

    const TrainingAttempt attempt = attemptFromResult(result, scenario, 42, finished);
    CHECK(attempt.id == 0);
    CHECK(attempt.callId == 42);
    CHECK(attempt.scenarioId == QStringLiteral("sorry-once-cs"));
    CHECK(attempt.scenarioRevision == 3);
    CHECK(attempt.scenarioTitle == QStringLiteral("Omluva funguje jen jednou"));
    CHECK(attempt.language == QStringLiteral("cs"));
    CHECK(attempt.finishedAt == finished);
    CHECK(attempt.score == 5);
    CHECK(attempt.max == 12);
    CHECK(attempt.percent == 41);
    CHECK_FALSE(attempt.passed);
    CHECK(attempt.mistakesJson ==
          QStringLiteral(R"([{"turn":"second-sorry","code":"apologised-twice","critical":false,)"
                         R"("message":"Druhá omluva za totéž: \"promiňte\" znovu.",)"
                         R"("advice":"Omluvte se jednou a pak řešte problém."},)"
                         R"({"turn":"hang-up","code":"ended-before-final-warning","critical":true,)"
                         R"("message":"Hovor ukončen před krokem 3.","advice":""}])"));

    // What is stored reads back as the same mistakes.
    const auto mistakes = mistakesFromJson(attempt.mistakesJson);
    REQUIRE(mistakes.has_value());
    REQUIRE(mistakes->size() == 2);
    CHECK((*mistakes)[0].message == result.mistakes[0].message);
    CHECK((*mistakes)[0].advice == result.mistakes[0].advice);
    CHECK_FALSE((*mistakes)[0].critical);
    CHECK((*mistakes)[1].critical);
    CHECK((*mistakes)[1].code == QStringLiteral("ended-before-final-warning"));
    CHECK(mistakesFromJson(QStringLiteral("[]"))->empty());
    CHECK_FALSE(mistakesFromJson(QStringLiteral("not json")).has_value());
    CHECK_FALSE(mistakesFromJson(QStringLiteral(R"({"turn":"x"})")).has_value());
    CHECK_FALSE(mistakesFromJson(QStringLiteral("[1, 2]")).has_value());

    QTemporaryDir dir;
    ManualClock clock;
    auto journal = openJournal(dir.path(), clock);
    const qint64 call = journal->beginCall(trainingStart()).id;
    REQUIRE(journal->addTrainingAttempt(attemptFromResult(result, scenario, call, finished)).ok);
    const auto stored = journal->trainingAttempts(QStringLiteral("sorry-once-cs")).value;
    REQUIRE(stored.size() == 1);
    CHECK(mistakesFromJson(stored[0].mistakesJson)->at(1).message == QStringLiteral("Hovor ukončen před krokem 3."));
}

TEST_CASE("A training call and its attempt never appear among real calls, promises or in the exports",
          "[journal][training]")
{
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(12, 0), kWarsawWinter));
    auto journal = openJournal(dir.path(), clock);
    const auto at = [](int day, int hour) { return QDateTime(QDate(2026, 11, day), QTime(hour, 0), kWarsawWinter); };

    const qint64 real = journal->beginCall(sampleStart(QStringLiteral("REAL-1"))).id;
    REQUIRE(journal->addNote(real, QStringLiteral("prawdziwa notatka")).ok);
    const qint64 realOverdue = journal->addPromise(real, QStringLiteral("oddzwonić"), {}, at(22, 9)).id;
    const qint64 realToday = journal->addPromise(real, QStringLiteral("wysłać pismo"), {}, at(23, 17)).id;
    REQUIRE(journal->endCall(real, CallOutcome::Resolved).ok);

    const qint64 rehearsal = journal->beginCall(trainingStart()).id;
    REQUIRE(journal->addNote(rehearsal, QStringLiteral("ćwiczebna notatka")).ok);
    const qint64 trainingOverdue = journal
                                       ->addPromise(rehearsal, QStringLiteral("ćwiczebna obietnica wczoraj"),
                                                    QStringLiteral("TRENING-7"), at(22, 10))
                                       .id;
    const qint64 trainingToday =
        journal->addPromise(rehearsal, QStringLiteral("ćwiczebna obietnica dziś"), {}, at(23, 18)).id;
    REQUIRE(journal->endCall(rehearsal, CallOutcome::EndedByConsultant).ok);
    REQUIRE(
        journal
            ->addTrainingAttempt(sampleAttempt(rehearsal, QStringLiteral("calms-after-help-pl"), 80, clock.wallNow()))
            .ok);

    const auto ids = [](const auto &rows) {
        std::vector<qint64> result;
        for (const auto &row : rows)
            result.push_back(row.id);
        return result;
    };
    // The rehearsal is in the journal (so the checks below can fail) …
    CallQuery withTraining;
    withTraining.includeTraining = true;
    CHECK(ids(journal->calls(withTraining).value) == std::vector<qint64>{rehearsal, real});
    PromiseQuery allPromises;
    allPromises.includeTraining = true;
    CHECK(journal->promises(allPromises).value.size() == 4);
    // … but not among the calls, the promises, what is due today or overdue.
    CHECK(ids(journal->calls().value) == std::vector<qint64>{real});
    CallQuery search;
    search.text = QStringLiteral("ćwiczebna");
    CHECK(journal->calls(search).value.empty());
    CHECK(ids(journal->promises().value) == std::vector<qint64>{realOverdue, realToday});
    CHECK(ids(journal->overdue().value) == std::vector<qint64>{realOverdue});
    CHECK(ids(journal->dueToday().value) == std::vector<qint64>{realToday});

    // The exports: the call report (Markdown and JSON) and the promises (CSV and iCalendar).
    const auto report = collectCallReport(*journal, {}, clock.wallNow());
    REQUIRE(report.ok());
    REQUIRE(report.value.calls.size() == 1);
    CHECK(report.value.calls[0].call.id == real);
    for (const QByteArray &text : {callReportMarkdown(report.value), callReportJson(report.value)}) {
        const QString content = QString::fromUtf8(text);
        CHECK(content.contains(QStringLiteral("REAL-1")));
        CHECK(content.contains(QStringLiteral("prawdziwa notatka")));
        CHECK_FALSE(content.contains(QStringLiteral("TRENING-7")));
        CHECK_FALSE(content.contains(QStringLiteral("ćwiczebna")));
        CHECK_FALSE(content.contains(QStringLiteral("calms-after-help-pl")));
    }
    const auto promises = collectPromises(*journal, {}, clock.wallNow());
    REQUIRE(promises.ok());
    CHECK(ids(promises.value.promises) == std::vector<qint64>{realOverdue, realToday});
    for (const QByteArray &text : {promisesCsv(promises.value), promisesICalendar(promises.value)}) {
        const QString content = QString::fromUtf8(text);
        CHECK(content.contains(QStringLiteral("oddzwonić")));
        CHECK_FALSE(content.contains(QStringLiteral("ćwiczebna")));
        CHECK_FALSE(content.contains(QStringLiteral("promise-%1-").arg(trainingOverdue)));
        CHECK_FALSE(content.contains(QStringLiteral("promise-%1-").arg(trainingToday)));
    }
    // The attempt is only in its own list.
    REQUIRE(journal->trainingAttempts().value.size() == 1);
    CHECK(journal->trainingAttempts().value[0].callId == rehearsal);
}

TEST_CASE("Retention deletes old training calls but keeps their attempts' statistics", "[journal][training]")
{
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC));
    auto journal = openJournal(dir.path(), clock);
    const qint64 oldRehearsal = journal->beginCall(trainingStart()).id;
    REQUIRE(journal->addNote(oldRehearsal, QStringLiteral("notatka z ćwiczenia")).ok);
    // A promise "made" in a rehearsal is never kept (no list shows it): it must not pin the call.
    REQUIRE(journal->addPromise(oldRehearsal, QStringLiteral("ćwiczebna obietnica"), {}, {}).ok);
    REQUIRE(journal->endCall(oldRehearsal, CallOutcome::Resolved).ok);
    REQUIRE(journal->addTrainingAttempt(sampleAttempt(oldRehearsal, QStringLiteral("calms-after-help-pl"), 60, {})).ok);
    const qint64 realWithOpenPromise = journal->beginCall(sampleStart()).id;
    REQUIRE(journal->addPromise(realWithOpenPromise, QStringLiteral("oddzwonić"), {}, {}).ok);
    clock.setWall(QDateTime(QDate(2026, 4, 10), QTime(10, 0), Qt::UTC));
    const qint64 recentRehearsal = journal->beginCall(trainingStart()).id;
    REQUIRE(
        journal->addTrainingAttempt(sampleAttempt(recentRehearsal, QStringLiteral("calms-after-help-pl"), 90, {})).ok);

    clock.setWall(QDateTime(QDate(2026, 4, 15), QTime(10, 0), Qt::UTC));
    const auto deleted = journal->deleteCallsOlderThan(90);
    INFO(deleted.error.toStdString());
    REQUIRE(deleted.ok());
    CHECK(deleted.value == 1);
    CHECK_FALSE(journal->call(oldRehearsal).value.has_value());
    CHECK(journal->call(realWithOpenPromise).value.has_value()); // real promises still hold their call
    CHECK(journal->notes(oldRehearsal).value.empty());

    const auto attempts = journal->trainingAttempts().value;
    REQUIRE(attempts.size() == 2);
    CHECK(attempts[0].callId == 0); // ON DELETE SET NULL: the call is gone, the score stays
    CHECK(attempts[0].percent == 60);
    CHECK(attempts[0].scenarioTitle == QStringLiteral("Klient, który się uspokaja — żółw"));
    CHECK(attempts[1].callId == recentRehearsal);
    RawDb raw(journalFile(dir));
    CHECK(raw.value(QStringLiteral("SELECT count(*) FROM promises")) == QStringLiteral("1"));
    // The database itself still refuses to drop a real call with an open promise.
    QSqlQuery q(raw.db());
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM calls WHERE id = %1").arg(realWithOpenPromise)));
}

TEST_CASE("An attempt for a real call, an unknown call, no scenario or a wrong percentage is refused, not queued",
          "[journal][training]")
{
    QTemporaryDir dir;
    ManualClock clock;
    auto journal = openJournal(dir.path(), clock);
    const qint64 real = journal->beginCall(sampleStart()).id;

    const WriteResult onRealCall =
        journal->addTrainingAttempt(sampleAttempt(real, QStringLiteral("calms-after-help-pl"), 50, {}));
    CHECK_FALSE(onRealCall.ok);
    CHECK_FALSE(onRealCall.queued);
    CHECK_FALSE(onRealCall.error.isEmpty());
    const WriteResult onMissingCall =
        journal->addTrainingAttempt(sampleAttempt(9999, QStringLiteral("calms-after-help-pl"), 50, {}));
    CHECK_FALSE(onMissingCall.ok);
    CHECK_FALSE(onMissingCall.queued);
    const WriteResult noScenario = journal->addTrainingAttempt(sampleAttempt(0, QStringLiteral("  "), 50, {}));
    CHECK_FALSE(noScenario.ok);
    CHECK(noScenario.error.contains(QStringLiteral("scenario")));
    const WriteResult tooMuch = journal->addTrainingAttempt(sampleAttempt(0, QStringLiteral("x"), 101, {}));
    CHECK_FALSE(tooMuch.ok);
    CHECK(tooMuch.error.contains(QStringLiteral("100")));
    CHECK_FALSE(journal->addTrainingAttempt(sampleAttempt(0, QStringLiteral("x"), -1, {})).ok);
    CHECK(journal->pendingWrites() == 0);
    CHECK(journal->trainingAttempts().value.empty());
}

TEST_CASE("While the journal cannot be written, a rehearsal's call and attempt wait and are written in order",
          "[journal][training][faults]")
{
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    auto journal = openJournal(dir.path(), clock);

    setPragma(*journal, QStringLiteral("query_only = ON")); // every write fails as on a read-only disk
    const WriteResult call = journal->beginCall(trainingStart());
    REQUIRE(call.queued);
    CHECK(call.id < 0);
    REQUIRE(journal->endCall(call.id, CallOutcome::Resolved).queued);
    clock.advance(2s);
    const QDateTime finished = clock.wallNow();
    const WriteResult attempt =
        journal->addTrainingAttempt(sampleAttempt(call.id, QStringLiteral("calms-after-help-pl"), 70, {}));
    CHECK_FALSE(attempt.ok);
    CHECK(attempt.queued);
    CHECK(attempt.id < 0);
    CHECK(attempt.error.contains(QStringLiteral("kept in memory")));
    CHECK(journal->pendingWrites() == 3);
    CHECK(journal->trainingAttempts().value.empty());

    setPragma(*journal, QStringLiteral("query_only = OFF"));
    clock.advance(1min);
    const WriteResult flushed = journal->flushPending();
    REQUIRE(flushed.ok);
    CHECK(flushed.warning.isEmpty());
    const auto attempts = journal->trainingAttempts().value;
    REQUIRE(attempts.size() == 1);
    CHECK(attempts[0].id == journal->resolveId(attempt.id));
    CHECK(attempts[0].callId == journal->resolveId(call.id)); // the provisional call id was mapped
    CHECK(attempts[0].finishedAt == finished);                // stamped when it finished, not when written
    CHECK(journal->call(attempts[0].callId).value->training);
}

TEST_CASE("A version-1 journal gains an empty attempts table and keeps its calls", "[journal][training][migration]")
{
    QTemporaryDir dir;
    {
        RawDb raw(journalFile(dir));
        runScript(raw, QStringLiteral(STEADYLINE_JOURNAL_FIXTURES_DIR "/journal-v1.sql"));
        REQUIRE(raw.value(QStringLiteral("PRAGMA user_version")) == QStringLiteral("1"));
    }
    ManualClock clock;
    auto journal = openJournal(dir.path(), clock);
    CHECK(RawDb(journalFile(dir)).value(QStringLiteral("PRAGMA user_version")).toInt() == kSchemaVersion);
    CHECK(journal->trainingAttempts().value.empty());
    CHECK(journal->calls().value.size() == 1);
    const qint64 rehearsal = journal->beginCall(trainingStart()).id;
    REQUIRE(journal->addTrainingAttempt(sampleAttempt(rehearsal, QStringLiteral("calms-after-help-pl"), 75, {})).ok);
    CHECK(journal->trainingAttempts().value.size() == 1);
    // The old call (id 1) is real: an attempt cannot claim it.
    CHECK_FALSE(journal->addTrainingAttempt(sampleAttempt(1, QStringLiteral("calms-after-help-pl"), 75, {})).ok);
}
