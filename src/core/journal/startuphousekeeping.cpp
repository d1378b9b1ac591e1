#include "startuphousekeeping.h"

namespace steadyline::journal {

StartupReport tidyAtStart(Journal &journal, int retentionDays)
{
    StartupReport report;
    report.recoveryMessage = journal.recoveryMessage();
    report.retentionDays = retentionDays;
    report.deleted = journal.deleteCallsAtStart(retentionDays);
    const auto unfinished = journal.unfinishedCalls();
    for (const CallRecord &call : unfinished.value) {
        journal.markInterrupted(call.id);
        // A rehearsal cut short holds nothing of a customer's: it is closed, never continued.
        if (call.training)
            continue;
        report.interrupted.push_back(call);
        if (!report.callToContinue || call.started > report.callToContinue->started)
            report.callToContinue = call;
    }
    report.overdue = journal.overdue().value;
    report.dueToday = journal.dueToday().value;
    return report;
}

} // namespace steadyline::journal
