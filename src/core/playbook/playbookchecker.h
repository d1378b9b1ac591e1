#pragma once

#include "common/diagnosticsink.h"
#include "playbook.h"

namespace steadyline {

// The checks that need the whole playbook: ids, targets, reachability, exits, timers, text.
class PlaybookChecker
{
public:
    explicit PlaybookChecker(DiagnosticSink &sink);
    void check(const Playbook &playbook);

    // The largest playbook and text accepted (the benchmark's 10,000-step playbook still loads).
    static constexpr std::size_t kMaxSteps = 10000;
    static constexpr qsizetype kMaxTextLength = 4000;

private:
    void checkIds(const Playbook &playbook);
    void checkTransitions(const Playbook &playbook);
    void checkTransition(const Playbook &playbook, const Transition &transition, bool checkEvent);
    void checkReachability(const Playbook &playbook);
    void checkExits(const Playbook &playbook);
    void checkTimer(const Step &step);
    void checkTexts(const Playbook &playbook);
    [[nodiscard]] DiagnosticText suggestStep(const Playbook &playbook, const QString &word);
    // Why a step id that is referred to may be missing: a duplicated or invalid step id reported
    // as the root cause. Empty when there is no such cause.
    [[nodiscard]] DiagnosticText rootCauseOfMissingStep(const Playbook &playbook, const QString &missingId) const;
    [[nodiscard]] DiagnosticText rootCauseOrSuggestion(const Playbook &playbook, const QString &missingId);

    DiagnosticSink &m_sink;
    int m_suggestionsLeft = 25;
    DiagnosticText m_duplicateStepNote; // " This probably follows from the duplicate step id …", once found
};

// Whether global transition `global` applies in `step`.
[[nodiscard]] bool appliesIn(const GlobalTransition &global, const Step &step);

} // namespace steadyline
