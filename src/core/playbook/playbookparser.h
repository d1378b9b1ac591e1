#pragma once

#include "common/diagnosticsink.h"
#include "playbook.h"

#include <nlohmann/json.hpp>

namespace steadyline {

// Turns a parsed JSON document into a Playbook, reporting every missing, mistyped or unknown
// member with its position. It decodes as much as it can, so one run reports every mistake.
// Cross-references (targets, reachability, timers, text) are the PlaybookChecker's job.
class PlaybookParser
{
public:
    explicit PlaybookParser(DiagnosticSink &sink);

    // Returns false when the file cannot be understood at all (not an object, or a schema
    // version newer than this build); the playbook is then not checked any further.
    bool parse(const nlohmann::json &root, Playbook &playbook);

private:
    DiagnosticSink &m_sink;
};

} // namespace steadyline
