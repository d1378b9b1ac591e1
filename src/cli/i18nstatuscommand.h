#pragma once

#include <QStringList>

#include <cstdio>

namespace steadyline::cli {

// `steadyline i18n-status [--json] [--list] [--mark-current LOCALE] FILE...`: per locale, how
// many texts are translated, stale (the base text changed since) or missing. Returns an ExitCode.
int runI18nStatus(const QStringList &arguments, std::FILE *out, std::FILE *err);

} // namespace steadyline::cli
