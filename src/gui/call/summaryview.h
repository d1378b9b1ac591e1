#pragma once

#include "call/callsession.h"

#include <QCoreApplication>
#include <QString>

namespace steadyline {
class TrainingRun;
struct TrainingResult;
} // namespace steadyline

namespace steadyline::gui {

// The summary page's text, as HTML in which every text from a playbook, a scenario or the
// consultant is escaped: what happened in a call (times, outcome, the steps, promises, notes) or
// how a rehearsal went (score, mistakes with what to do instead, the transcript).
class SummaryView
{
    Q_DECLARE_TR_FUNCTIONS(steadyline::gui::SummaryView)

public:
    [[nodiscard]] static QString callHtml(const CallSession &call);
    [[nodiscard]] static QString rehearsalHtml(const TrainingRun &run, const TrainingResult &result);
    // The outcome in the words the summary and the status bar use ("the caller hung up").
    [[nodiscard]] static QString outcomeText(CallOutcome outcome);
    // The status bar's line after a rehearsal.
    [[nodiscard]] static QString rehearsalStatus(const TrainingResult &result);
};

} // namespace steadyline::gui
