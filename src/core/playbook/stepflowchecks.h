#pragma once

#include "common/diagnosticsink.h"
#include "playbook.h"

namespace steadyline {

// Checks of how a call moves through the method that the structural checks of PlaybookChecker
// do not see: a step that ends the call must end the playbook too.

// A step whose actions end the call (`end_call`) but that is not final: the consultant would be
// offered its transitions, and the global ones, after the call has ended (review §4.1).
void checkEndCallSteps(const Playbook &playbook, DiagnosticSink &sink);

// Whether `step` ends the call on entry.
[[nodiscard]] bool endsCall(const Step &step);

// Whether a diagnostic with `code` has been reported, so a check can leave out the consequences
// of a root cause already named.
[[nodiscard]] bool hasReported(DiagnosticSink &sink, const QString &code);

} // namespace steadyline
