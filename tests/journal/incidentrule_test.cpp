// The incident rule (issue #18) and this desk's count of a caller's incidents.
#include "call/callsession.h"
#include "call/incidentrule.h"
#include "journaltest.h"

using namespace steadyline;
using namespace steadyline::journal;
using namespace steadyline::test;
using namespace std::chrono_literals;

TEST_CASE("An incident: ended by the consultant at the final warning or at step 3½, or tagged insult or threat — "
          "never a rehearsal, never a calmed call ended with F10",
          "[incident]")
{
    const std::vector<QStringList> none;
    CHECK(isIncident(CallOutcome::EndedByConsultant, true, none, false));
    CHECK(isIncident(CallOutcome::Escalated, true, none, false));
    // The same outcome away from the method's end: a calmed caller, the call ended with F10.
    CHECK_FALSE(isIncident(CallOutcome::EndedByConsultant, false, none, false));
    CHECK_FALSE(isIncident(CallOutcome::Escalated, false, none, false));
    for (const CallOutcome calm :
         {CallOutcome::Resolved, CallOutcome::CallerHungUp, CallOutcome::Interrupted, CallOutcome::HandedOver}) {
        INFO(static_cast<int>(calm));
        CHECK_FALSE(isIncident(calm, false, none, false));
        CHECK_FALSE(isIncident(calm, true, none, false)); // the caller hung up during the countdown
        CHECK(isIncident(calm, false, {{QStringLiteral("moment")}, {QStringLiteral("insult")}}, false));
        CHECK(isIncident(calm, false, {{QStringLiteral("asked_for_manager"), QStringLiteral("threat")}}, false));
        CHECK_FALSE(isIncident(calm, false, {{QStringLiteral("moment"), QStringLiteral("asked_for_manager")}}, false));
    }
    CHECK_FALSE(isIncident(std::nullopt, true, none, false)); // still open
    CHECK(isIncident(std::nullopt, false, {{QStringLiteral("threat")}}, false));
    // A rehearsal is never one, whatever happened in it.
    CHECK_FALSE(isIncident(CallOutcome::EndedByConsultant, true, {{QStringLiteral("insult")}}, true));

    CallSummary summary;
    summary.outcome = CallOutcome::EndedByConsultant;
    CHECK_FALSE(isIncident(summary, false));
    summary.endedAtMethodEnd = true;
    CHECK(isIncident(summary, false));
    CHECK_FALSE(isIncident(summary, true));
    summary.endedAtMethodEnd = false;
    summary.notes.push_back({QDateTime::currentDateTime(), QStringLiteral("Insult"), {QStringLiteral("insult")}});
    CHECK(isIncident(summary, false));

    const auto event = [](const QString &kind, const QString &step, const QString &detail = {}) {
        TimelineEvent entry;
        entry.kind = kind;
        entry.stepId = step;
        entry.detail = detail;
        return entry;
    };
    const TimelineEvent boundary = event(kTimelineStepEntered, QStringLiteral("boundary"));
    const TimelineEvent warning = event(kTimelineStepEntered, QStringLiteral("final_warning"));
    const TimelineEvent countdown =
        event(kTimelineCountdownStarted, QStringLiteral("final_warning"), QStringLiteral("7000"));
    const TimelineEvent calmed = event(kTimelineStepEntered, QStringLiteral("solve"));
    const TimelineEvent hangUpStep = event(kTimelineStepEntered, QStringLiteral("hang_up"));
    const TimelineEvent hangUp = event(kTimelineFinalAction, QStringLiteral("hang_up"), QStringLiteral("hang_up"));
    const TimelineEvent security =
        event(kTimelineFinalAction, QStringLiteral("security"), QStringLiteral("call_security"));
    const TimelineEvent handOver =
        event(kTimelineFinalAction, QStringLiteral("colleague"), QStringLiteral("hand_over"));
    CHECK_FALSE(endedAtMethodEnd({}));
    CHECK_FALSE(endedAtMethodEnd({boundary}));
    CHECK(endedAtMethodEnd({boundary, warning, countdown}));                     // F10 during the final warning
    CHECK(endedAtMethodEnd({boundary, warning, countdown, hangUpStep, hangUp})); // step 3½
    CHECK(endedAtMethodEnd({boundary, event(kTimelineStepEntered, QStringLiteral("security")), security}));
    CHECK_FALSE(endedAtMethodEnd({boundary, warning, countdown, calmed})); // calmed during the countdown
    CHECK_FALSE(endedAtMethodEnd({event(kTimelineStepEntered, QStringLiteral("colleague")), handOver}));

    CallRecord record;
    record.outcome = CallOutcome::Escalated;
    CHECK(isIncident(record, {boundary, warning, countdown}, {}));
    CHECK_FALSE(isIncident(record, {boundary, warning, countdown, calmed}, {}));
    record.training = true;
    CHECK_FALSE(isIncident(record, {boundary, warning, countdown}, {}));
}

TEST_CASE("The desk's count of a caller's incidents since a date", "[incident][journal]")
{
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC));
    auto journal = openJournal(dir.path(), clock);
    const QString reference = QStringLiteral("ZG-2026/0042");
    // Every call here that ends by the consultant or by security reached the final warning, unless
    // `calmed`: then the caller calmed down at step 2 and the consultant ended it with F10.
    const auto call = [&](const QString &caseReference, CallOutcome outcome, const QStringList &tags = {},
                          bool training = false, bool calmed = false) {
        CallStart start = sampleStart(caseReference);
        start.training = training;
        const qint64 id = journal->beginCall(start).id;
        REQUIRE(id > 0);
        REQUIRE(journal->addTimelineEvent(id, kTimelineStepEntered, QStringLiteral("boundary"), {}).ok);
        if (!calmed) {
            REQUIRE(journal->addTimelineEvent(id, kTimelineStepEntered, QStringLiteral("final_warning"), {}).ok);
            REQUIRE(journal
                        ->addTimelineEvent(id, kTimelineCountdownStarted, QStringLiteral("final_warning"),
                                           QStringLiteral("7000"))
                        .ok);
        }
        if (!tags.isEmpty())
            REQUIRE(journal->addNote(id, QStringLiteral("tagged"), tags).ok);
        REQUIRE(journal->endCall(id, outcome).ok);
        clock.advance(24h);
        return id;
    };
    call(reference, CallOutcome::EndedByConsultant); // 1 November: before the window asked about
    const QDateTime since = clock.wallNow();
    call(reference, CallOutcome::Escalated);
    call(reference, CallOutcome::Resolved, {QStringLiteral("insult")});
    call(reference, CallOutcome::Resolved, {QStringLiteral("moment")});    // not an incident
    call(reference, CallOutcome::EndedByConsultant, {}, false, true);      // calmed, ended with F10
    call(reference, CallOutcome::EndedByConsultant, {}, true);             // a rehearsal
    call(QStringLiteral("ZG-2026/00421"), CallOutcome::EndedByConsultant); // another caller
    call(QStringLiteral("Other caller mentions ZG-2026/0042"), CallOutcome::Escalated);
    const qint64 open = journal->beginCall(sampleStart(reference)).id;
    REQUIRE(journal->addNote(open, QStringLiteral("threat"), {QStringLiteral("threat")}).ok);

    auto counted = countCallerIncidents(*journal, reference, since);
    INFO(counted.error.toStdString());
    REQUIRE(counted.ok());
    CHECK(counted.value == 3); // escalated, insult, and the open call's threat
    CHECK(countCallerIncidents(*journal, QStringLiteral("  ZG-2026/0042 "), since).value == 3);
    CHECK(countCallerIncidents(*journal, reference, since, open).value == 2);
    CHECK(countCallerIncidents(*journal, reference, {}, open).value == 3);
    CHECK(countCallerIncidents(*journal, reference, clock.wallNow().addDays(1)).value == 0);
    CHECK(countCallerIncidents(*journal, QString(), since).value == 0);
    CHECK(countCallerIncidents(*journal, QStringLiteral("unknown"), since).value == 0);
}
