#pragma once

#include <spdlog/spdlog.h>

#include <memory>

namespace steadyline {

// The logger of one module ("journal", "softphone", …): the app's, where the app registered it
// with its sinks (the log file), else a copy of the default one. Looked up once per module.
inline std::shared_ptr<spdlog::logger> namedLogger(const char *name)
{
    auto existing = spdlog::get(name);
    return existing ? existing : spdlog::default_logger()->clone(name);
}

} // namespace steadyline
