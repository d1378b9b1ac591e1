#pragma once

#include "common/diagnosticsink.h"
#include "playbook.h"

namespace steadyline {

// Checks that the app's standard keys find their events: F6 (the caller calmed down, also the
// tray item and the global shortcut) must work during every countdown, where it matters most.
void checkStandardKeys(const Playbook &playbook, DiagnosticSink &sink);

} // namespace steadyline
