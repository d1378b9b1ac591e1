#pragma once

#include "commandtable.h"

namespace steadyline::cli {

// `steadyline graph FILE [--format dot|mermaid] [--locale L]`: prints a playbook's steps and
// transitions as Graphviz DOT or a Mermaid state diagram. Returns the process exit code.
int runGraph(const Invocation &invocation);

} // namespace steadyline::cli
