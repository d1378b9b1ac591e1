#pragma once

#include <QString>
#include <QStringList>

#include <cstdio>

namespace steadyline::cli {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// True when the arguments (program name excluded) ask for a command-line tool rather than the
// window, e.g. "validate", "simulate", "--help", "--version".
[[nodiscard]] bool isCommandLineInvocation(const QStringList &arguments);

// Runs the command-line tool; writes UTF-8 to `out` and `err`. Needs a QCoreApplication.
int run(const QStringList &arguments, std::FILE *out = stdout, std::FILE *err = stderr);

} // namespace steadyline::cli
