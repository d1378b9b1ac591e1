#pragma once

#include "common/namedlogger.h"

namespace steadyline::sync {

// The sync worker's log, in English: counts, sequence numbers and states, never a note, a
// promise's text or a password.
inline const std::shared_ptr<spdlog::logger> &syncLog()
{
    static const auto instance = namedLogger("sync");
    return instance;
}

} // namespace steadyline::sync
