// The incident rule (issue #18) and this desk's count of a caller's incidents.
#include "call/callsession.h"
#include "call/incidentrule.h"
#include "journaltest.h"

using namespace steadyline;
using namespace steadyline::journal;
using namespace steadyline::test;
using namespace std::chrono_literals;

TEST_CASE("An incident: ended at step 3½ or escalated, or tagged insult or threat — never a rehearsal", "[incident]")
{
    const std::vector<QStringList> none;
    CHECK(isIncident(CallOutcome::EndedByConsultant, none, false));
    CHECK(isIncident(CallOutcome::Escalated, none, false));
    for (const CallOutcome calm :
         {CallOutcome::Resolved, CallOutcome::CallerHungUp, CallOutcome::Interrupted, CallOutcome::HandedOver}) {
        INFO(static_cast<int>(calm));
        CHECK_FALSE(isIncident(calm, none, false));
        CHECK(isIncident(calm, {{QStringLiteral("moment")}, {QStringLiteral("insult")}}, false));
        CHECK(isIncident(calm, {{QStringLiteral("asked_for_manager"), QStringLiteral("threat")}}, false));
        CHECK_FALSE(isIncident(calm, {{QStringLiteral("moment"), QStringLiteral("asked_for_manager")}}, false));
    }
    CHECK_FALSE(isIncident(std::nullopt, none, false)); // still open
    CHECK(isIncident(std::nullopt, {{QStringLiteral("threat")}}, false));
    // A rehearsal is never one, whatever happened in it.
    CHECK_FALSE(isIncident(CallOutcome::EndedByConsultant, {{QStringLiteral("insult")}}, true));

    CallSummary summary;
    summary.outcome = CallOutcome::Resolved;
    CHECK_FALSE(isIncident(summary, false));
    summary.notes.push_back({QDateTime::currentDateTime(), QStringLiteral("Insult"), {QStringLiteral("insult")}});
    CHECK(isIncident(summary, false));
    CHECK_FALSE(isIncident(summary, true));

    CallRecord record;
    record.outcome = CallOutcome::Escalated;
    CHECK(isIncident(record, {}));
    record.training = true;
    CHECK_FALSE(isIncident(record, {}));
}

TEST_CASE("The desk's count of a caller's incidents since a date", "[incident][journal]")
{
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC));
    auto journal = openJournal(dir.path(), clock);
    const QString reference = QStringLiteral("ZG-2026/0042");
    const auto call = [&](const QString &caseReference, CallOutcome outcome, const QStringList &tags = {},
                          bool training = false) {
        CallStart start = sampleStart(caseReference);
        start.training = training;
        const qint64 id = journal->beginCall(start).id;
        REQUIRE(id > 0);
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
