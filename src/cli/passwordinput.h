#pragma once

#include <QString>

#include <cstdio>
#include <optional>

namespace steadyline::cli {

// One password from standard input: the first line of a pipe (`... | steadyline server add-user`),
// or typed at a terminal after `prompt` on `err`, without echo. nullopt when input ended first.
[[nodiscard]] std::optional<QString> readPassword(const QString &prompt, std::FILE *err);

} // namespace steadyline::cli
