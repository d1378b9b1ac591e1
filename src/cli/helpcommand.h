#pragma once

#include "commandtable.h"

#include <QString>

namespace steadyline::cli {

// The general help: the window's options, then every command of the command table.
[[nodiscard]] QString generalHelp();

// `steadyline help` (also --help, -h) and `steadyline --version`. Return an ExitCode.
int runHelp(const Invocation &invocation);
int runVersion(const Invocation &invocation);

} // namespace steadyline::cli
