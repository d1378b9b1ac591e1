#pragma once

#include "commandtable.h"

namespace steadyline::cli {

// `steadyline team join|status|sync`: a desk and the team server (docs/team-server.md).
int runTeam(const Invocation &invocation);

} // namespace steadyline::cli
