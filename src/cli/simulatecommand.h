#pragma once

#include "commandtable.h"

namespace steadyline::cli {

// `steadyline simulate PLAYBOOK [OPTIONS] EVENT...`: walks a call through a playbook and prints one
// JSON object per step entered. Returns an ExitCode.
int runSimulate(const Invocation &invocation);

} // namespace steadyline::cli
