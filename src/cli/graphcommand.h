#pragma once

#include <QStringList>

#include <cstdio>

namespace steadyline::cli {

// `steadyline graph FILE [--format dot|mermaid] [--locale L]`: prints a playbook's steps and
// transitions as Graphviz DOT or a Mermaid state diagram. Returns the process exit code.
int runGraph(const QStringList &arguments, std::FILE *out, std::FILE *err);

} // namespace steadyline::cli
