#pragma once

#include "commandtable.h"

namespace steadyline::cli {

// `steadyline i18n-status [--json] [--list] [--mark-current LOCALE] FILE...`: per locale, how
// many texts are translated, stale (the base text changed since) or missing. Returns an ExitCode.
int runI18nStatus(const Invocation &invocation);

} // namespace steadyline::cli
