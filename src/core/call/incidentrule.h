#pragma once

#include "journal/journal.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace steadyline {

struct CallSummary; // call/callsession.h

// What makes a call an abusive-call incident (issue #18): the consultant ended it (hung up, or
// called security or a manager) at the method's end — during the countdown after the final
// warning or at step 3½ — or one of its notes carries the quick tag "insult" or "threat". A
// rehearsal never is one, nor a call ended with F10 after the caller calmed down. The team server applies the same rule
// in SQL (calls.method_end, docs/team-server.md), so the desk and the lead count the same calls.
[[nodiscard]] bool isIncident(std::optional<CallOutcome> outcome, bool atMethodEnd,
                              const std::vector<QStringList> &noteTags, bool training);
// The rule for a call as the journal holds it, with its timeline in the order it was written.
[[nodiscard]] bool isIncident(const journal::CallRecord &call, const std::vector<journal::TimelineEvent> &timeline,
                              const std::vector<journal::Note> &notes);
// The rule for a call that just ended in the window (`training`: a rehearsal).
[[nodiscard]] bool isIncident(const CallSummary &summary, bool training);

// Whether a call whose timeline this is (in the order written) stood at the method's end when it
// ended: its last step began a countdown (after the final warning) or is step 3½, a final action
// hang_up or call_security. Entering any other step afterwards (calmed down) undoes it.
[[nodiscard]] bool endedAtMethodEnd(const std::vector<journal::TimelineEvent> &timeline);

// The quick tags that make a call an incident on their own.
inline const QStringList kIncidentTags{QStringLiteral("insult"), QStringLiteral("threat")};

// This desk's own count of incidents with exactly this caller reference among the calls started
// at or after `since` (the offline answer to "has this caller abused the team before?"). An empty
// reference counts nothing; `exceptCallId` leaves out the call in progress.
[[nodiscard]] journal::Result<int> countCallerIncidents(const journal::Journal &journal, const QString &caseReference,
                                                        const QDateTime &since, qint64 exceptCallId = 0);

} // namespace steadyline
