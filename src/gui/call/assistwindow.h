#pragma once

#include "call/callrecorder.h"
#include "call/callsession.h"
#include "journal/recoveryfile.h"
#include "playbook/playbookcatalog.h"
#include "playbook/playbookloader.h"
#include "training/trainingrun.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>
#include <optional>

class QLabel;

namespace Ui {
class AssistWindow;
}

namespace steadyline {
class AppContext;
class Settings;
} // namespace steadyline

namespace steadyline::gui {

class TeamInCall;

// The window a consultant keeps beside the softphone: start a call, follow the step card with
// one key per action, see the countdown, record notes and promises, read the summary. It only
// presents a CallSession; the logic lives in the core.
class AssistWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The context's journal may be null (it could not be opened: its journalError() says why);
    // calls then work but are not saved, and the window says so.
    explicit AssistWindow(AppContext &context, QWidget *parent = nullptr);
    ~AssistWindow() override;

    [[nodiscard]] CallSession *call() const { return m_call.get(); }
    // Looks for promises that fell due since the last look (every 30 s; tests call it directly).
    void remindOfDuePromises();
    // The last promise reminder shown (for tests; the tray may not exist).
    [[nodiscard]] QString lastReminder() const;
    // Where the playbooks come from (built in, team and user folders), reloaded as files change.
    [[nodiscard]] PlaybookCatalog &catalog();

    // For the tray, a later start of the app and the global shortcuts, which act from outside.
    enum class RemoteCommand { NextStep, Calmed, ToggleCountdown, NewNote, RaiseHand };
    // The state in a line: "Step 2 · Set a boundary", "No call", …
    [[nodiscard]] QString statusText() const;
    // Shows, raises and activates the window (the window manager may only flash it).
    void bringToFront();
    // Starts a call with the start page's playbook on `channel` (with `callerReference`, e.g. the
    // number the softphone reported, when given); empty when started, else why not.
    // With `playbookId`, that playbook when it is available (else the start page's, and the status
    // bar says so).
    QString startCallFromOutside(Channel channel, const QString &callerReference = {}, const QString &playbookId = {});
    // Ends the call in progress as the softphone reported it (a rehearsal is never ended so);
    // false when there is no such call.
    bool endCallFromOutside(CallOutcome outcome);
    // The softphone rings (`ringing`) or stopped ringing: who it is, and what the journal knows
    // of that caller reference ("2 earlier calls, 1 open promise").
    void showIncomingCall(const QString &callerReference, bool ringing = true);
    // What the journal knows of a caller reference, in a line; empty when nothing.
    [[nodiscard]] QString callerHistoryText(const QString &callerReference) const;
    // The softphone's state, shown at the right of the status bar (empty: hidden).
    void setSoftphoneStatus(const QString &text);
    // Writes held back by a full disk or a read-only folder: tried again, the banner updated
    // (every kRetryWritesMs; tests call it directly).
    void retryWaitingWrites();
    static constexpr int kRetryWritesMs = 3000; // JournalNotices::kRetryWritesMs
    // Before the process ends on a signal (logout): saves the note being typed and every waiting
    // write; the call stays open and is offered to continue at the next start.
    void saveBeforeEnding();
    // Says at start what came back from a recovery file of the last run.
    void showRecovery(const journal::RecoveryReport &report);
    // Does what the command's key does in the window; false when it does not apply now.
    bool perform(RemoteCommand command);

    // Rehearses a training scenario in this window: the same step card and keys as a live call,
    // with the simulated caller's lines and the things to say (Alt+1…4). Empty when started,
    // otherwise why not (a call in progress, a scenario with errors).
    QString startRehearsal(const QString &scenarioPath);
    [[nodiscard]] TrainingRun *rehearsal() const;

    // --- the team's features at the desk (issue #18) ------------------------------------------
    // The raised hand, the caller's earlier incidents and the break after an abusive call.
    [[nodiscard]] TeamInCall &team() { return *m_team; }
    [[nodiscard]] const TeamInCall &team() const { return *m_team; }
    // The journal's id of the live call (0 between calls and in a rehearsal): a lead's answer
    // belongs to one call.
    [[nodiscard]] qint64 liveCallId() const;
    // Leads get View → Team board (Ctrl+Shift+B), View → Team promises (Ctrl+Shift+P) and View →
    // Assign training (Ctrl+Shift+A): teamBoardRequested(), teamPromisesRequested() and
    // trainingAssignmentsRequested() ask for them.
    void setTeamBoardAvailable(bool available);

signals:
    void statusChanged();
    // The call in progress ended, however it ended.
    void callEnded();
    // For the desktop's notification: a count, never a promise's words (they may show on the
    // lock screen).
    void promiseReminder(const QString &title, const QString &text);
    void preferencesSaved();
    // A rehearsal reached its ending (the Training window stores and shows the attempt).
    void rehearsalFinished(const steadyline::TrainingResult &result);
    void teamBoardRequested();
    void teamPromisesRequested();
    void trainingAssignmentsRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum Page { StartPage, CallPage, SummaryPage, BreakPage };

    void connectActions();
    void buildBanners();
    // The texts set in code, again in the language now installed (the form's own come from
    // retranslateUi). The i18n test compares the result with a window built in that language.
    void retranslate();
    void loadPlaybooks();
    void showJournalState(const QString &journalError);
    void startCall();
    void continueInterruptedCall();
    // Starts the call window for `setup`; with `resumed`, recording goes on in that journal call.
    void beginCall(const LoadResult &playbook, const CallSetup &setup, const journal::CallRecord *resumed,
                   bool training = false);
    void showRehearsalReport();
    void showStep();
    void showCountdown();
    void onCountdownExpired();
    void showSummary();
    void newCall();
    void endCall();
    // Ends the live call and shows the summary, or first the cool-down after an incident when
    // `offerCoolDown` (not while the window closes).
    void finishCall(std::optional<CallOutcome> outcome, bool offerCoolDown);
    void startCoolDown();
    // Drops the call (and its recorder, which the notes panel follows) for the next one.
    void dropCall();
    void setPage(Page page);
    void setAlwaysOnTop(bool onTop);
    void openPreferences();
    [[nodiscard]] QString finalPromptText() const;

    std::unique_ptr<Ui::AssistWindow> m_ui;
    Settings &m_settings;
    AppContext &m_context;
    journal::Journal *m_journal = nullptr;
    class CallActions *m_actions = nullptr;
    std::unique_ptr<class CallCommands> m_commands;
    class CallStartForm *m_startForm = nullptr;
    class WindowLauncher *m_windows = nullptr;
    class StepCard *m_card = nullptr;
    class NotesPanel *m_notes = nullptr;
    class RehearsalController *m_rehearsals = nullptr;
    class JournalNotices *m_journalNotices = nullptr;
    QLabel *m_playbookBanner = nullptr;           // a playbook file with errors or a folder out of reach
    class CallerBanner *m_callerBanner = nullptr; // who is ringing, and what the journal knows of them
    QLabel *m_waitingWritesBanner = nullptr;
    std::unique_ptr<CallSession> m_call;
    std::unique_ptr<CallRecorder> m_recorder;
    bool m_endingOnSignal = false;                    // saveBeforeEnding() ran: close without asking
    std::optional<journal::CallRecord> m_interrupted; // the call a crash cut short, offered to continue
    TeamInCall *m_team = nullptr;
};

} // namespace steadyline::gui
