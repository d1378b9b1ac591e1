#pragma once

#include "commandtable.h"

namespace steadyline::cli {

// `steadyline call-event started|answered|ended [--call-id ID] [--peer NUMBER] [--direction in|out]`:
// a softphone's call event, handed to the window running on the invocation's journal. For softphones that can run a
// program on a call event.
int runCallEvent(const Invocation &invocation);

} // namespace steadyline::cli
