#include "callrecorder.h"

namespace steadyline {

CallSetup setupToContinue(const journal::CallRecord &interrupted, const Playbook &playbook)
{
    CallSetup setup;
    setup.channel = interrupted.channel;
    setup.locale = interrupted.locale.isEmpty() ? playbook.baseLocale : interrupted.locale;
    setup.render.address = interrupted.address;
    setup.render.caseReference = interrupted.caseReference;
    return setup;
}

journal::CallStart callStartFor(const LoadResult &playbook, const CallSetup &setup, bool training)
{
    journal::CallStart start;
    start.channel = setup.channel;
    start.address = setup.render.address;
    start.caseReference = setup.render.caseReference;
    start.playbookId = playbook.playbook->id;
    start.revision = playbook.playbook->revision;
    start.sha256 = QString::fromLatin1(playbook.sha256().toHex());
    start.locale = setup.locale;
    start.training = training;
    return start;
}

CallRecorder::CallRecorder(journal::Journal &journal, CallSession &call, const journal::CallStart &start,
                           QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_call(call)
    , m_caseReference(start.caseReference)
{
    const journal::WriteResult begun = m_journal.beginCall(start);
    check(begun);
    if (!begun.ok && !begun.queued)
        return;
    m_callId = begun.id;
    follow();
}

CallRecorder::CallRecorder(journal::Journal &journal, CallSession &call, const journal::CallRecord &interrupted,
                           QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_call(call)
    , m_caseReference(interrupted.caseReference)
{
    const journal::WriteResult resumed = m_journal.resumeCall(interrupted.id);
    check(resumed);
    if (!resumed.ok && !resumed.queued)
        return;
    m_callId = interrupted.id;
    follow();
}

void CallRecorder::follow()
{
    connect(&m_call, &CallSession::stepChanged, this, &CallRecorder::recordNewTransitions);
    connect(&m_call, &CallSession::countdownAdjusted, this, [this](int durationMs) {
        check(m_journal.addTimelineEvent(m_callId, journal::kTimelineCountdownAdjusted, m_call.step().stepId,
                                         QString::number(durationMs)));
    });
    connect(&m_call, &CallSession::countdownStopped, this, [this] {
        check(m_journal.addTimelineEvent(m_callId, journal::kTimelineCountdownCancelled, m_call.step().stepId));
    });
    connect(&m_call, &CallSession::noteAdded, this, [this] {
        for (; m_notesRecorded < m_call.notes().size(); ++m_notesRecorded) {
            const CallNote &note = m_call.notes()[m_notesRecorded];
            const journal::WriteResult written = m_journal.addNote(m_callId, note.text, note.tags);
            m_noteIds.push_back(written.id);
            check(written);
            check(m_journal.clearDraft(m_callId));
        }
    });
    connect(&m_call, &CallSession::promiseRecorded, this, [this] {
        for (; m_promisesRecorded < m_call.promises().size(); ++m_promisesRecorded) {
            const CallPromise &promise = m_call.promises()[m_promisesRecorded];
            const journal::WriteResult written =
                m_journal.addPromise(m_callId, promise.text, m_caseReference, promise.due);
            m_promiseIds.push_back(written.id);
            check(written);
            check(m_journal.clearDraft(m_callId));
        }
    });
    connect(&m_call, &CallSession::callEnded, this, [this] {
        check(m_journal.endCall(m_callId, m_call.summary().outcome));
        check(m_journal.clearDraft(m_callId));
    });
    // The session may already have entered its first step.
    recordNewTransitions();
}

bool CallRecorder::noteSaved(std::size_t index) const
{
    return index < m_noteIds.size() && m_journal.resolveId(m_noteIds[index]) > 0;
}

bool CallRecorder::promiseSaved(std::size_t index) const
{
    return index < m_promiseIds.size() && m_journal.resolveId(m_promiseIds[index]) > 0;
}

void CallRecorder::saveDraft(const QString &text)
{
    if (!recording() || m_call.ended())
        return;
    check(text.trimmed().isEmpty() ? m_journal.clearDraft(m_callId) : m_journal.saveDraft(m_callId, text));
}

void CallRecorder::addTimelineEvent(const QString &kind, const QString &stepId, const QString &detail)
{
    if (recording())
        check(m_journal.addTimelineEvent(m_callId, kind, stepId, detail));
}

void CallRecorder::recordNewTransitions()
{
    const std::vector<TransitionRecord> &history = m_call.engine().history();
    const Playbook &playbook = m_call.engine().playbook();
    for (; m_transitionsRecorded < history.size(); ++m_transitionsRecorded) {
        const TransitionRecord &record = history[m_transitionsRecorded];
        if (record.cause == TransitionCause::TimerExpired)
            check(m_journal.addTimelineEvent(m_callId, journal::kTimelineCountdownExpired, record.fromStep, {},
                                             record.wallTime));
        // Leaving a step by an event means its line was said (undo means it was a slip).
        if (record.cause == TransitionCause::Event && !m_lastLine.isEmpty())
            check(m_journal.addTimelineEvent(m_callId, journal::kTimelineLineSaid, record.fromStep, m_lastLine,
                                             record.wallTime));
        const QString detail = record.event.isEmpty()
                                   ? transitionCauseName(record.cause)
                                   : transitionCauseName(record.cause) + QLatin1Char(':') + record.event;
        check(m_journal.addTimelineEvent(m_callId, journal::kTimelineStepEntered, record.toStep, detail,
                                         record.wallTime));
        const Step *step = playbook.findStep(record.toStep);
        if (step && step->timer && record.toStep == m_call.step().stepId && m_transitionsRecorded + 1 == history.size())
            check(m_journal.addTimelineEvent(m_callId, journal::kTimelineCountdownStarted, record.toStep,
                                             QString::number(m_call.countdownDurationMs()), record.wallTime));
        if (step && step->isFinal) {
            // The explicit final action (hang_up, call_security, hand_over, end): a notification in
            // the same step is not what the consultant was told to do.
            for (const Action &action : step->actions) {
                if (action.type == ActionType::EndCall)
                    check(m_journal.addTimelineEvent(m_callId, journal::kTimelineFinalAction, record.toStep,
                                                     finalActionName(action.finalAction), record.wallTime));
            }
        }
    }
    m_lastLine = m_call.currentLine();
}

void CallRecorder::check(const journal::WriteResult &result)
{
    if (!result.ok && !result.queued)
        emit problem(tr("Could not save to the journal: %1").arg(result.error));
    else if (result.queued)
        emit problem(tr("The journal cannot be written right now (%1); notes are kept in memory and saved as "
                        "soon as it works again.")
                         .arg(result.error));
    else if (!result.warning.isEmpty())
        emit problem(result.warning);
}

} // namespace steadyline
