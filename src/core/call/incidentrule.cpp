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

bool isIncident(std::optional<CallOutcome> outcome, const std::vector<QStringList> &noteTags, bool training)
{
    if (training)
        return false;
    if (outcome == CallOutcome::EndedByConsultant || outcome == CallOutcome::Escalated)
        return true;
    return std::any_of(noteTags.begin(), noteTags.end(), carriesIncidentTag);
}

bool isIncident(const journal::CallRecord &call, const std::vector<journal::Note> &notes)
{
    std::vector<QStringList> tags;
    tags.reserve(notes.size());
    for (const journal::Note &note : notes)
        tags.push_back(note.tags);
    return isIncident(call.outcome, tags, call.training);
}

bool isIncident(const CallSummary &summary, bool training)
{
    std::vector<QStringList> tags;
    tags.reserve(summary.notes.size());
    for (const CallNote &note : summary.notes)
        tags.push_back(note.tags);
    return isIncident(summary.outcome, tags, training);
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
        if (!notes.ok()) {
            result.error = notes.error;
            return result;
        }
        if (isIncident(call, notes.value))
            ++result.value;
    }
    return result;
}

} // namespace steadyline
