#pragma once

#include "common/namedlogger.h"

namespace steadyline::journal {

// The journal's log, in English. Only ids, counts and SQLite result codes are logged: never a
// note, a name or a case reference.
inline const std::shared_ptr<spdlog::logger> &journalLog()
{
    static const auto instance = namedLogger("journal");
    return instance;
}

} // namespace steadyline::journal
