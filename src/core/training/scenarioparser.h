#pragma once

#include "common/diagnosticsink.h"
#include "scenario.h"

#include <nlohmann/json.hpp>

namespace steadyline {

// Turns a parsed JSON document into a Scenario, reporting every missing, mistyped or unknown
// member with its position, as the playbook parser does. References to the playbook and between
// turns are the ScenarioChecker's job.
class ScenarioParser
{
public:
    explicit ScenarioParser(DiagnosticSink &sink);

    // False when the document is not a scenario this build can read (not an object, not a
    // scenario, or a newer format); nothing further is checked then.
    bool parse(const nlohmann::json &root, Scenario &scenario);

    // Whether a parsed document says it is a scenario (`"kind": "scenario"`).
    [[nodiscard]] static bool isScenarioDocument(const nlohmann::json &root);

private:
    DiagnosticSink &m_sink;
};

} // namespace steadyline
