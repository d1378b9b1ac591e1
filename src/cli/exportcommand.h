#pragma once

#include "commandtable.h"

namespace steadyline::cli {

// `steadyline export calls|promises ...`: writes a report of the recorded calls (Markdown, JSON,
// PDF) or the promises (CSV, iCalendar) from the journal in the invocation's data folder, with
// report::writeCallReport and report::writePromises. Returns an ExitCode.
int runExport(const Invocation &invocation);

} // namespace steadyline::cli
