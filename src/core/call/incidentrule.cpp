#include "incidentrule.h"

#include "call/callsession.h"

#include <algorithm>

namespace steadyline {

namespace {

bool carriesIncidentTag(const QStringList &tags)
{
    return std::any_of(tags.begin(), tags.end(), [](const QString &tag) { return kIncidentTags.contains(tag); });
}

} // namespace

bool isIncident(std::optional<CallOutcome> outcome, bool atMethodEnd, const std::vector<QStringList> &noteTags,
                bool training)
{
    if (training)
        return false;
    if (atMethodEnd && (outcome == CallOutcome::EndedByConsultant || outcome == CallOutcome::Escalated))
        return true;
    return std::any_of(noteTags.begin(), noteTags.end(), carriesIncidentTag);
}

bool isIncident(const journal::CallRecord &call, const std::vector<journal::TimelineEvent> &timeline,
                const std::vector<journal::Note> &notes)
{
    std::vector<QStringList> tags;
    tags.reserve(notes.size());
    for (const journal::Note &note : notes)
        tags.push_back(note.tags);
    return isIncident(call.outcome, endedAtMethodEnd(timeline), tags, call.training);
}

bool endedAtMethodEnd(const std::vector<journal::TimelineEvent> &timeline)
{
    // The server's trigger (migration 0005) walks the events the same way, in the order pushed.
    static const QStringList abusiveEnds{finalActionName(FinalAction::HangUp),
                                         finalActionName(FinalAction::CallSecurity)};
    bool atEnd = false;
    for (const journal::TimelineEvent &event : timeline) {
        if (event.kind == journal::kTimelineStepEntered)
            atEnd = false;
        else if (event.kind == journal::kTimelineCountdownStarted)
            atEnd = true;
        else if (event.kind == journal::kTimelineFinalAction && abusiveEnds.contains(event.detail))
            atEnd = true;
    }
    return atEnd;
}

bool isIncident(const CallSummary &summary, bool training)
{
    std::vector<QStringList> tags;
    tags.reserve(summary.notes.size());
    for (const CallNote &note : summary.notes)
        tags.push_back(note.tags);
    return isIncident(summary.outcome, summary.endedAtMethodEnd, tags, training);
}

journal::Result<int> countCallerIncidents(const journal::Journal &journal, const QString &caseReference,
                                          const QDateTime &since, qint64 exceptCallId)
{
    journal::Result<int> result;
    const QString reference = caseReference.trimmed();
    if (reference.isEmpty())
        return result;
    journal::CallQuery query;
    query.since = since;
    query.limit = 0;
    // Matched exactly here, not by the full-text search (its words split a reference such as
    // "ZGL-2026/0042" and also find notes that merely mention it).
    const auto calls = journal.calls(query);
    if (!calls.ok()) {
        result.error = calls.error;
        return result;
    }
    for (const journal::CallRecord &call : calls.value) {
        if (call.caseReference.trimmed() != reference || call.id == exceptCallId || call.training)
            continue;
        const auto notes = journal.notes(call.id);
        const auto timeline = journal.timeline(call.id);
        if (!notes.ok() || !timeline.ok()) {
            result.error = notes.ok() ? timeline.error : notes.error;
            return result;
        }
        if (isIncident(call, timeline.value, notes.value))
            ++result.value;
    }
    return result;
}

} // namespace steadyline
