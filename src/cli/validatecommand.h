#pragma once

#include "commandtable.h"

namespace steadyline::cli {

// `steadyline validate [--json] FILE...`: checks playbook and scenario files and prints one
// diagnostic a line (or a JSON array). Returns an ExitCode.
int runValidate(const Invocation &invocation);

} // namespace steadyline::cli
