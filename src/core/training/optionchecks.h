#pragma once

#include "common/diagnosticsink.h"
#include "scenario.h"

namespace steadyline {

// Two options of one turn that fire the same event: in the rehearsal window the trainee presses
// the playbook's button for the event, which always plays the first of them, so the second can
// never be chosen there (review §4.11). A warning: `steadyline train` can still name either.
void checkSameEventOptions(const Scenario &scenario, DiagnosticSink &sink);

} // namespace steadyline
