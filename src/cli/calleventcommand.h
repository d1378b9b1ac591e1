#pragma once

#include <QString>
#include <QStringList>

#include <cstdio>

namespace steadyline::cli {

// `steadyline call-event started|answered|ended [--call-id ID] [--peer NUMBER] [--direction in|out]`:
// a softphone's call event, handed to the window running on the journal in `dataDir` (empty: the
// default one). For softphones that can run a program on a call event.
int runCallEvent(const QStringList &arguments, const QString &dataDir, std::FILE *out, std::FILE *err);

} // namespace steadyline::cli
