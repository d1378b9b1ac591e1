<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttemptModel</name>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineWording</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cool-down began (%n min)</source>
        <translation>
            <numerusform>Cool-down began (%n min)</numerusform>
            <numerusform>Cool-down began (%n min)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::Diagnostic</name>
    <message numerus="yes">
        <source>%n texts have a version in &quot;%1&quot; (the first is &quot;%2&quot;), but &quot;%1&quot; is not in &apos;locales&apos;; add &quot;%1&quot; to &apos;locales&apos; or remove those versions.</source>
        <translation>
            <numerusform>%n text has a version in &quot;%1&quot; (the first is &quot;%2&quot;), but &quot;%1&quot; is not in &apos;locales&apos;; add &quot;%1&quot; to &apos;locales&apos; or remove those versions.</numerusform>
            <numerusform>%n texts have a version in &quot;%1&quot; (the first is &quot;%2&quot;), but &quot;%1&quot; is not in &apos;locales&apos;; add &quot;%1&quot; to &apos;locales&apos; or remove those versions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::cli</name>
    <message numerus="yes">
        <source>%n changes have not reached the team server yet. Run steadyline team sync first, or leave with --discard-waiting to drop them (they stay in this desk&apos;s journal, but the team never gets them).</source>
        <translation>
            <numerusform>%n change has not reached the team server yet. Run steadyline team sync first, or leave with --discard-waiting to drop it (it stays in this desk&apos;s journal, but the team never gets it).</numerusform>
            <numerusform>%n changes have not reached the team server yet. Run steadyline team sync first, or leave with --discard-waiting to drop them (they stay in this desk&apos;s journal, but the team never gets them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left team &apos;%1&apos;; %n changes that had not been sent were discarded. Your own calls, notes and promises stay in this desk&apos;s journal.</source>
        <translation>
            <numerusform>Left team &apos;%1&apos;; %n change that had not been sent was discarded. Your own calls, notes and promises stay in this desk&apos;s journal.</numerusform>
            <numerusform>Left team &apos;%1&apos;; %n changes that had not been sent were discarded. Your own calls, notes and promises stay in this desk&apos;s journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes refused by the team server and kept on this desk, no longer waiting (steadyline team status lists them): %1</source>
        <translation>
            <numerusform>%n change refused by the team server and kept on this desk, no longer waiting (steadyline team status lists it): %1</numerusform>
            <numerusform>%n changes refused by the team server and kept on this desk, no longer waiting (steadyline team status lists them): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes refused by the server: %1</source>
        <translation>
            <numerusform>%n change refused by the server: %1</numerusform>
            <numerusform>%n changes refused by the server: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::gui::AssistWindow</name>
    <message numerus="yes">
        <source>%n entries could not be saved: the journal cannot be written. If you quit now, they are kept in a recovery file and written to the journal at the next start.</source>
        <translation>
            <numerusform>%n entry could not be saved: the journal cannot be written. If you quit now, it is kept in a recovery file and written to the journal at the next start.</numerusform>
            <numerusform>%n entries could not be saved: the journal cannot be written. If you quit now, they are kept in a recovery file and written to the journal at the next start.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::gui::CallerIncidentsBanner</name>
    <message numerus="yes">
        <source>%n abusive calls from this reference in the last %1 days</source>
        <translation>
            <numerusform>%n abusive call from this reference in the last %1 days</numerusform>
            <numerusform>%n abusive calls from this reference in the last %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n abusive calls from this reference in the last %1 days (this desk)</source>
        <translation>
            <numerusform>%n abusive call from this reference in the last %1 days (this desk)</numerusform>
            <numerusform>%n abusive calls from this reference in the last %1 days (this desk)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::gui::CoolDownPage</name>
    <message numerus="yes">
        <source>%n seconds left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::gui::CountdownWidget</name>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::gui::DiagnosticsPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::gui::HistoryWindow</name>
    <message numerus="yes">
        <source>%n entries could not be saved yet; they appear here once the journal can be written.</source>
        <translation>
            <numerusform>%n entry could not be saved yet; it appears here once the journal can be written.</numerusform>
            <numerusform>%n entries could not be saved yet; they appear here once the journal can be written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::gui::JournalNotices</name>
    <message numerus="yes">
        <source>%n entries are waiting to be saved: the journal cannot be written (a full disk or a read-only folder?). Steadyline keeps them and tries again every few seconds; do not switch the computer off.</source>
        <translation>
            <numerusform>%n entry is waiting to be saved: the journal cannot be written (a full disk or a read-only folder?). Steadyline keeps it and tries again every few seconds; do not switch the computer off.</numerusform>
            <numerusform>%n entries are waiting to be saved: the journal cannot be written (a full disk or a read-only folder?). Steadyline keeps them and tries again every few seconds; do not switch the computer off.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries that could not be saved when Steadyline last ended were written to the journal now.</source>
        <translation>
            <numerusform>%n entry that could not be saved when Steadyline last ended was written to the journal now.</numerusform>
            <numerusform>%n entries that could not be saved when Steadyline last ended were written to the journal now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) due now; the details are in Steadyline.</source>
        <translation>
            <numerusform>%n promise due now; the details are in Steadyline.</numerusform>
            <numerusform>%n promises due now; the details are in Steadyline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier call(s)</source>
        <translation>
            <numerusform>%n earlier call</numerusform>
            <numerusform>%n earlier calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open promise(s)</source>
        <translation>
            <numerusform>%n open promise</numerusform>
            <numerusform>%n open promises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::gui::LibraryWindow</name>
    <message numerus="yes">
        <source>%n playbook(s) loaded</source>
        <translation>
            <numerusform>%n playbook loaded</numerusform>
            <numerusform>%n playbooks loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::gui::PlaybookDiagram</name>
    <message numerus="yes">
        <source>This playbook has %n steps: too many to draw here.
For its flow run: steadyline graph FILE | dot -Tsvg -o flow.svg</source>
        <translation>
            <numerusform>This playbook has %n step: too many to draw here.
For its flow run: steadyline graph FILE | dot -Tsvg -o flow.svg</numerusform>
            <numerusform>This playbook has %n steps: too many to draw here.
For its flow run: steadyline graph FILE | dot -Tsvg -o flow.svg</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::gui::PromisesWindow</name>
    <message numerus="yes">
        <source>%n entries could not be saved yet; they appear here once the journal can be written.</source>
        <translation>
            <numerusform>%n entry could not be saved yet; it appears here once the journal can be written.</numerusform>
            <numerusform>%n entries could not be saved yet; they appear here once the journal can be written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::gui::ScenarioSummary</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::gui::StepCard</name>
    <message numerus="yes">
        <source>Hang up in %n s</source>
        <translation>
            <numerusform>Hang up in %n s</numerusform>
            <numerusform>Hang up in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Call the manager or security in %n s</source>
        <translation>
            <numerusform>Call the manager or security in %n s</numerusform>
            <numerusform>Call the manager or security in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::gui::TeamBoardWindow</name>
    <message numerus="yes">
        <source>Abusive calls, last %n days</source>
        <translation>
            <numerusform>Abusive calls, last day</numerusform>
            <numerusform>Abusive calls, last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in a call</source>
        <translation>
            <numerusform>%n in a call</numerusform>
            <numerusform>%n in a call</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n raised hands</source>
        <translation>
            <numerusform>%n raised hand</numerusform>
            <numerusform>%n raised hands</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in a cool-down</source>
        <translation>
            <numerusform>%n in a cool-down</numerusform>
            <numerusform>%n in a cool-down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n abusive calls today</source>
        <translation>
            <numerusform>%n abusive call today</numerusform>
            <numerusform>%n abusive calls today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::gui::TeamFeatures</name>
    <message numerus="yes">
        <source>%n promise(s) of a colleague handed to you by your lead; see Promises (Ctrl+P).</source>
        <translation>
            <numerusform>%n promise of a colleague handed to you by your lead; see Promises (Ctrl+P).</numerusform>
            <numerusform>%n promises of a colleague handed to you by your lead; see Promises (Ctrl+P).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::gui::TeamLink</name>
    <message numerus="yes">
        <source>Team: online · %n waiting</source>
        <translation>
            <numerusform>Team: online · %n waiting</numerusform>
            <numerusform>Team: online · %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team: offline · %n waiting</source>
        <translation>
            <numerusform>Team: offline · %n waiting</numerusform>
            <numerusform>Team: offline · %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes refused by the server: %1 They are kept on this desk and no longer wait.</source>
        <translation>
            <numerusform>%n change refused by the server: %1 It is kept on this desk and no longer waits.</numerusform>
            <numerusform>%n changes refused by the server: %1 They are kept on this desk and no longer wait.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::gui::TeamPage</name>
    <message numerus="yes">
        <source>%n changes have not reached the server yet. Leaving now discards them: they stay in your journal, but the team never gets them. To send them first, cancel and use Sync now while the team is online.</source>
        <translation>
            <numerusform>%n change has not reached the server yet. Leaving now discards it: it stays in your journal, but the team never gets it. To send it first, cancel and use Sync now while the team is online.</numerusform>
            <numerusform>%n changes have not reached the server yet. Leaving now discards them: they stay in your journal, but the team never gets them. To send them first, cancel and use Sync now while the team is online.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave and discard %n changes</source>
        <translation>
            <numerusform>Leave and discard %n change</numerusform>
            <numerusform>Leave and discard %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left team &apos;%1&apos;; %n changes not sent were discarded.</source>
        <translation>
            <numerusform>Left team &apos;%1&apos;; %n change not sent was discarded.</numerusform>
            <numerusform>Left team &apos;%1&apos;; %n changes not sent were discarded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Online; %n changes waiting to be sent.</source>
        <translation>
            <numerusform>Online; %n change waiting to be sent.</numerusform>
            <numerusform>Online; %n changes waiting to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline; %n changes waiting, kept on this desk until the server is back.</source>
        <translation>
            <numerusform>Offline; %n change waiting, kept on this desk until the server is back.</numerusform>
            <numerusform>Offline; %n changes waiting, kept on this desk until the server is back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes waiting to be sent.</source>
        <translation>
            <numerusform>%n change waiting to be sent.</numerusform>
            <numerusform>%n changes waiting to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes refused by the server: %1 They are kept on this desk and no longer wait.</source>
        <translation>
            <numerusform>%n change refused by the server: %1 It is kept on this desk and no longer waits.</numerusform>
            <numerusform>%n changes refused by the server: %1 They are kept on this desk and no longer wait.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::gui::TeamPromisesWindow</name>
    <message numerus="yes">
        <source>Give every open promise %1 holds (%n known here) to %2?</source>
        <translation>
            <numerusform>Give every open promise %1 holds (%n known here) to %2?</numerusform>
            <numerusform>Give every open promise %1 holds (%n known here) to %2?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::gui::TrainingAssignmentWindow</name>
    <message numerus="yes">
        <source>%n assignment(s) queued for the server.</source>
        <translation>
            <numerusform>%n assignment queued for the server.</numerusform>
            <numerusform>%n assignments queued for the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::gui::TrainingWindow</name>
    <message numerus="yes">
        <source>%n scenario(s).</source>
        <translation>
            <numerusform>%n scenario.</numerusform>
            <numerusform>%n scenarios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n scenario(s) shown.</source>
        <translation>
            <numerusform>%1 of %n scenario shown.</numerusform>
            <numerusform>%1 of %n scenarios shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You rehearsed it %n time(s); your best score is %1%2.</source>
        <translation>
            <numerusform>You rehearsed it once; your best score is %1%2.</numerusform>
            <numerusform>You rehearsed it %n times; your best score is %1%2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attempts: %1. Scenarios rehearsed: %n. Under each scenario, the oldest attempt comes first.</source>
        <translation>
            <numerusform>Attempts: %1. Scenarios rehearsed: %n. Under each scenario, the oldest attempt comes first.</numerusform>
            <numerusform>Attempts: %1. Scenarios rehearsed: %n. Under each scenario, the oldest attempt comes first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be saved yet; they appear here once the journal can be written.</source>
        <translation>
            <numerusform>%n entry could not be saved yet; it appears here once the journal can be written.</numerusform>
            <numerusform>%n entries could not be saved yet; they appear here once the journal can be written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::journal</name>
    <message numerus="yes">
        <source>%n entries are still waiting to be saved.</source>
        <translation>
            <numerusform>%n entry is still waiting to be saved.</numerusform>
            <numerusform>%n entries are still waiting to be saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steadyline::sync</name>
    <message numerus="yes">
        <source>%n changes have not reached the team server yet. Send them first (Sync now, or steadyline team sync), or leave and discard them: they stay in this desk&apos;s journal but the team never gets them.</source>
        <translation>
            <numerusform>%n change has not reached the team server yet. Send it first (Sync now, or steadyline team sync), or leave and discard it: it stays in this desk&apos;s journal but the team never gets it.</numerusform>
            <numerusform>%n changes have not reached the team server yet. Send them first (Sync now, or steadyline team sync), or leave and discard them: they stay in this desk&apos;s journal but the team never gets them.</numerusform>
        </translation>
    </message>
</context>
</TS>
