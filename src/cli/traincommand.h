#pragma once

#include "commandtable.h"

namespace steadyline::cli {

// `steadyline train SCENARIO --answers ID,ID,...`: plays a training scenario without a display and
// prints the result as JSON. Returns an ExitCode.
int runTrain(const Invocation &invocation);

} // namespace steadyline::cli
