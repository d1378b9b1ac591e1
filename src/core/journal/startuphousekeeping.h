#pragma once

#include "journal/journal.h"

#include <optional>
#include <vector>

namespace steadyline::journal {

// What the journal needs when the app starts, done in one place: old calls deleted as the user's
// retention says (calls with an open promise are kept), calls that a crash, a kill or a power cut
// left open marked as interrupted, the latest of them chosen to be offered again, and the promises
// that are overdue or due today. The window only shows the report.
struct StartupReport
{
    QString recoveryMessage; // the journal file was damaged and replaced, or empty
    int retentionDays = 0;
    Result<int> deleted;                      // how many old calls were deleted, or why none could be
    std::vector<CallRecord> interrupted;      // live calls marked interrupted now, oldest first
    std::optional<CallRecord> callToContinue; // the latest of them (rehearsals are never continued)
    std::vector<Promise> overdue;
    std::vector<Promise> dueToday;
};

// Runs the housekeeping on `journal`; `retentionDays` is the user's setting.
[[nodiscard]] StartupReport tidyAtStart(Journal &journal, int retentionDays);

} // namespace steadyline::journal
