#pragma once

#include "commandtable.h"

namespace steadyline::cli {

// `steadyline server init|add-team|add-user|policy ... --db URL`: the admin's setup of the team
// server (docs/team-server.md). Exit status: 0 done, 1 refused or failed (nothing written half),
// 2 wrong usage.
int runServer(const Invocation &invocation);

} // namespace steadyline::cli
