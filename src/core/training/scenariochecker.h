#pragma once

#include "common/diagnosticsink.h"
#include "scenario.h"

namespace steadyline {

// Checks a parsed scenario against itself (ids, targets, no cycles, points to earn) and against
// the playbook it trains: every step and event exists, and every option leads to the turn whose
// step is where the playbook really goes.
class ScenarioChecker
{
public:
    explicit ScenarioChecker(DiagnosticSink &sink);

    // `playbook` is null when it was not found (`unknown-playbook` is reported by the loader).
    void check(const Scenario &scenario, const Playbook *playbook);

    // The highest number of points along any path from the start to an ending; 0 if the turns
    // are broken (a cycle, a missing target).
    [[nodiscard]] static int maximumScore(const Scenario &scenario);

private:
    DiagnosticSink &m_sink;
};

} // namespace steadyline
