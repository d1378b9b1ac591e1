#include "assistwindow.h"

#include "app/appcontext.h"
#include "app/windowlauncher.h"
#include "authoring/librarywindow.h"
#include "call/promisedue.h"
#include "callactions.h"
#include "callcommands.h"
#include "callerbanner.h"
#include "callstartform.h"
#include "history/historywindow.h"
#include "journalnotices.h"
#include "notespanel.h"
#include "rehearsalcontroller.h"
#include "settings/settings.h"
#include "stepcard.h"
#include "summaryview.h"
#include "teamincall.h"
#include "training/trainingattempt.h"
#include "ui_assistwindow.h"
#include "widgets/accessibility.h"
#include "widgets/clocktime.h"
#include "widgets/confirmation.h"
#include "widgets/layoutpause.h"
#include "widgets/noticestyle.h"
#include "widgets/windowattention.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QLocale>
#include <QPushButton>

namespace steadyline::gui {

AssistWindow::AssistWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::AssistWindow>())
    , m_settings(context.settings())
    , m_context(context)
    , m_journal(context.journal())
{
    m_ui->setupUi(this);
    makeStatusMessagesReadable(statusBar());
    m_actions = new CallActions(*this, m_journal != nullptr);
    m_card = new StepCard(*m_ui, *m_actions, this);
    m_notes = new NotesPanel(*m_ui, this);
    m_rehearsals = new RehearsalController(*this, *m_ui, m_settings);
    m_commands = std::make_unique<CallCommands>(m_call, *m_rehearsals, *m_notes);
    connect(m_notes, &NotesPanel::submitted, this, [this] { m_commands->commitNote(); });
    connect(m_rehearsals, &RehearsalController::finished, this, &AssistWindow::showRehearsalReport);
    m_team =
        new TeamInCall(*m_ui, BreakPage, *(*m_actions)[CallActions::Id::RaiseHand], m_journal, *statusBar(), *this);
    connect(m_team, &TeamInCall::breakFinished, this, [this](const QString &reason) {
        // A new call takes the window over itself; otherwise the call's summary is next.
        if (reason != journal::kCoolDownNewCall && m_call)
            setPage(SummaryPage);
    });

    QFont headingFont = m_ui->startHeading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_ui->startHeading->setFont(headingFont);

    connect(m_ui->caseEdit, &QLineEdit::returnPressed, this, &AssistWindow::startCall);

    buildBanners();
    m_journalNotices = new JournalNotices(m_journal, *statusBar(), *m_ui->journalNotice, m_waitingWritesBanner, this);
    connect(m_journalNotices, &JournalNotices::promiseReminder, this, &AssistWindow::promiseReminder);
    connect(m_journalNotices, &JournalNotices::promiseDue, this, [this] { QApplication::alert(this); });
    // The "[not saved yet]" marks follow the waiting writes.
    connect(m_journalNotices, &JournalNotices::writesRetried, m_notes, &NotesPanel::refresh);
    m_startForm = new CallStartForm(*m_ui, m_settings, catalog(), this);
    m_windows = new WindowLauncher(*this, m_context);
    connect(&m_context, &AppContext::settingsChanged, this, &AssistWindow::preferencesSaved);
    connect(m_windows, &WindowLauncher::rehearsalRequested, this, [this](const QString &path) {
        if (const QString refusal = startRehearsal(path); !refusal.isEmpty())
            m_windows->showTrainingMessage(refusal);
        else
            bringToFront();
    });
    connectActions();
    connect(&catalog(), &PlaybookCatalog::changed, this, &AssistWindow::loadPlaybooks);
    connect(&catalog(), &PlaybookCatalog::fileRejected, this,
            [this] { showCatalogProblems(m_playbookBanner, catalog()); });
    retranslate();
    loadPlaybooks();
    showJournalState(m_context.journalError());
    setPage(StartPage);

    if (!restoreGeometry(m_settings.value(Settings::Key::WindowGeometry).toByteArray()))
        resize(420, 640);
    setAlwaysOnTop(m_settings.flag(Settings::Key::AlwaysOnTop));
}

AssistWindow::~AssistWindow()
{
    // The notes panel and the rehearsal follow the call: they let go before it goes.
    m_notes->detach();
    m_rehearsals->stop();
}

PlaybookCatalog &AssistWindow::catalog()
{
    return m_context.catalog();
}

QString AssistWindow::lastReminder() const
{
    return m_journalNotices->lastReminder();
}

TrainingRun *AssistWindow::rehearsal() const
{
    return m_rehearsals->run();
}

void AssistWindow::buildBanners()
{
    // The playbook banner sits above every page: a broken file on disk is news during a call too,
    // but it never stops one (the call keeps the version it started with).
    m_playbookBanner = insertBanner(*m_ui->centralWidget, *m_ui->centralLayout, QStringLiteral("playbookBanner"));
    // Who rings and what the journal knows of them: at the top, where the eye is, not in the
    // status bar (which a narrow window cuts short).
    m_callerBanner = new CallerBanner(*m_ui->centralWidget, *m_ui->centralLayout, *statusBar(), this);
    if (m_journal) {
        m_waitingWritesBanner =
            insertBanner(*m_ui->centralWidget, *m_ui->centralLayout, QStringLiteral("waitingWritesBanner"));
        m_waitingWritesBanner->setFrameShape(QFrame::StyledPanel);
        m_waitingWritesBanner->setMargin(4);
    }
}

void AssistWindow::connectActions()
{
    using Id = CallActions::Id;
    const CallActions &actions = *m_actions;
    const auto on = [this, &actions](Id id, auto slot) { connect(actions[id], &QAction::triggered, this, slot); };
    on(Id::StartCall, &AssistWindow::startCall);
    m_commands->connectKeys(actions);
    on(Id::EndCall, &AssistWindow::endCall);
    on(Id::RaiseHand, [this] {
        if (m_team->toggleRaisedHand())
            emit statusChanged(); // the tray's "Raise hand" / "Lower hand"
    });
    on(Id::NextCall, &AssistWindow::newCall);
    on(Id::ContinueInterrupted, &AssistWindow::continueInterruptedCall);
    connect(actions[Id::AlwaysOnTop], &QAction::triggered, this, [this](bool onTop) {
        setAlwaysOnTop(onTop);
        m_settings.setValue(Settings::Key::AlwaysOnTop, onTop);
    });
    on(Id::Preferences, &AssistWindow::openPreferences);
    on(Id::Quit, &QWidget::close);
    connect(actions[Id::Library], &QAction::triggered, m_windows, &WindowLauncher::openLibrary);
    on(Id::Editor, [this] { m_windows->openEditor(m_startForm->selectedId()); });
    connect(actions[Id::Training], &QAction::triggered, m_windows, &WindowLauncher::openTraining);

    // The journal's windows: only when it is open.
    if (m_journal) {
        connect(actions[Id::History], &QAction::triggered, m_windows, &WindowLauncher::openHistory);
        connect(actions[Id::Promises], &QAction::triggered, m_windows, &WindowLauncher::openPromises);
        connect(actions[Id::TeamBoard], &QAction::triggered, this, &AssistWindow::teamBoardRequested);
        actions[Id::TeamBoard]->setVisible(false);
        connect(actions[Id::TeamPromises], &QAction::triggered, this, &AssistWindow::teamPromisesRequested);
        actions[Id::TeamPromises]->setVisible(false);
        connect(actions[Id::AssignTraining], &QAction::triggered, this, &AssistWindow::trainingAssignmentsRequested);
        actions[Id::AssignTraining]->setVisible(false);
    }
    actions.addToMenus(*m_ui->menuCall, *m_ui->menuView);
}

qint64 AssistWindow::liveCallId() const
{
    return m_recorder && !m_rehearsals->active() ? m_recorder->callId() : 0;
}

void AssistWindow::setTeamBoardAvailable(bool available)
{
    if (QAction *board = (*m_actions)[CallActions::Id::TeamBoard])
        board->setVisible(available);
    if (QAction *promises = (*m_actions)[CallActions::Id::TeamPromises])
        promises->setVisible(available);
    if (QAction *assign = (*m_actions)[CallActions::Id::AssignTraining])
        assign->setVisible(available);
}

void AssistWindow::openPreferences()
{
    // Saved preferences reach every window through the context (settingsChanged).
    m_windows->openPreferences();
}

void AssistWindow::retryWaitingWrites()
{
    m_journalNotices->retryWaitingWrites();
}

void AssistWindow::showRecovery(const journal::RecoveryReport &report)
{
    m_journalNotices->showRecovery(report);
}

void AssistWindow::saveBeforeEnding()
{
    // The process is asked to end (logout, shutdown): the call stays open, to be continued at
    // the next start, and what is on screen is saved now.
    m_endingOnSignal = true;
    if (m_recorder && m_notes->hasText())
        m_recorder->saveDraft(m_notes->typed());
    m_team->endBreak(journal::kCoolDownSkipped); // the line typed for the lead is kept
    if (m_journal)
        m_journal->flushPending();
    m_settings.setValue(Settings::Key::WindowGeometry, saveGeometry());
    m_settings.sync();
}

void AssistWindow::showJournalState(const QString &journalError)
{
    // Retention, as the user set it (shown and changed in the history window).
    m_interrupted = m_journalNotices->showStartState(journalError, HistoryWindow::retentionDays(m_settings));
}

void AssistWindow::remindOfDuePromises()
{
    m_journalNotices->remindOfDuePromises();
}

void AssistWindow::loadPlaybooks()
{
    m_startForm->reload();
    showCatalogProblems(m_playbookBanner, catalog());
}

void AssistWindow::startCall()
{
    const PlaybookSnapshot selected = m_startForm->selected();
    if (m_call || !selected || m_ui->pages->currentIndex() != StartPage)
        return;
    const CallSetup setup = m_startForm->takeSetup(selected->playbook());
    m_interrupted.reset(); // a new call leaves the interrupted one closed
    beginCall(selected->load, setup, nullptr);
}

void AssistWindow::continueInterruptedCall()
{
    if (m_call || !m_interrupted || !m_journal || m_ui->pages->currentIndex() != StartPage)
        return;
    const journal::CallRecord interrupted = *m_interrupted;
    const PlaybookSnapshot playbook = catalog().active(interrupted.playbookId);
    if (!playbook) {
        statusBar()->showMessage(
            tr("The playbook of the interrupted call (%1) is not available.").arg(interrupted.playbookId), 15000);
        return;
    }
    CallSetup setup = setupToContinue(interrupted, playbook->playbook());
    setup.render.agentGender = m_settings.consultantGender();
    setup.render.agentName = m_settings.string(Settings::Key::ConsultantName);
    const QString draft = m_journal->draft(interrupted.id).value.value_or(journal::Draft{}).text;
    m_interrupted.reset();
    beginCall(playbook->load, setup, &interrupted);
    // What was being typed when the app died is back in the note field.
    m_notes->setTyped(draft);
    statusBar()->showMessage(tr("Continuing the call started at %1; the playbook starts again at step 1.")
                                 .arg(QLocale().toString(interrupted.started.toLocalTime(), QLocale::ShortFormat)),
                             15000);
}

void AssistWindow::beginCall(const LoadResult &playbook, const CallSetup &setup, const journal::CallRecord *resumed,
                             bool training)
{
    m_call = std::make_unique<CallSession>(playbook.playbook, setup);
    if (m_journal) {
        m_recorder = resumed
                         ? std::make_unique<CallRecorder>(*m_journal, *m_call, *resumed)
                         : std::make_unique<CallRecorder>(*m_journal, *m_call, callStartFor(playbook, setup, training));
        connect(m_recorder.get(), &CallRecorder::problem, this,
                [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    }
    connect(m_call.get(), &CallSession::callEnded, this, &AssistWindow::callEnded);
    m_callerBanner->hide(); // the softphone's start shows it again with this caller's history
    connect(m_call.get(), &CallSession::stepChanged, this, &AssistWindow::showStep);
    connect(m_call.get(), &CallSession::countdownTick, this, &AssistWindow::showCountdown);
    connect(m_call.get(), &CallSession::countdownExpired, this, &AssistWindow::onCountdownExpired);
    connect(m_call.get(), &CallSession::noteAdded, m_notes, &NotesPanel::refresh);
    connect(m_call.get(), &CallSession::promiseRecorded, m_notes, &NotesPanel::refresh);
    m_notes->attach(m_call.get(), m_recorder.get());
    m_team->attach(m_call.get(), m_recorder.get(), training);
    m_ui->tipsToggle->setChecked(false);
    setPage(CallPage);
    m_call->start();
    statusBar()->showMessage(tr("Call started at %1").arg(clockTime(m_call->summary().started)));
    m_team->callerReferenceGiven(setup.render.caseReference.trimmed());
}

void AssistWindow::showStep()
{
    if (!m_call)
        return;
    // The card, the notes' promise mode and the hand button change together: one layout pass.
    const LayoutPause pause({m_ui->callLayout, m_ui->otherEventsLayout});
    m_card->show(*m_call, m_rehearsals->active(), finalPromptText());
    if (!m_call->promisePrompt().isEmpty())
        m_notes->setPromiseMode(true);
    m_team->followStep();
    emit statusChanged();
}

void AssistWindow::showCountdown()
{
    if (m_call)
        m_card->showCountdown(*m_call);
}

QString AssistWindow::finalPromptText() const
{
    QStringList numbers;
    for (const Settings::Key key : {Settings::Key::ManagerNumber, Settings::Key::SecurityNumber}) {
        if (const QString number = m_settings.string(key); !number.isEmpty())
            numbers << number;
    }
    return StepCard::finalInstruction(m_call ? m_call->finalPrompt() : FinalPrompt::None, numbers);
}

void AssistWindow::onCountdownExpired()
{
    // Unmistakable even when the softphone has the focus: raise, flash, and (optionally) sound.
    demandAttention(*this, m_settings.flag(Settings::Key::CountdownSound));
}

void AssistWindow::endCall()
{
    if (!m_call || m_call->ended())
        return;
    if (m_rehearsals->active()) {
        m_rehearsals->rehearse(OptionAction::EndCall, {}, {}, tr("Ending the call"));
        return;
    }
    finishCall(std::nullopt, true);
}

void AssistWindow::finishCall(std::optional<CallOutcome> outcome, bool offerCoolDown)
{
    // Text still in the note field is kept, not dropped.
    if (m_notes->hasText())
        m_commands->commitNote();
    if (outcome)
        m_call->end(*outcome);
    else
        m_call->end();
    showSummary();
    if (offerCoolDown)
        startCoolDown();
}

void AssistWindow::startCoolDown()
{
    if (!m_team->breakDue())
        return;
    m_team->startBreak(); // the page is made at the first break of the day
    setPage(BreakPage);
}

void AssistWindow::showSummary()
{
    m_ui->summaryView->setHtml(SummaryView::callHtml(*m_call));
    setPage(SummaryPage);
    statusBar()->showMessage(tr("Call ended: %1").arg(SummaryView::outcomeText(m_call->summary().outcome)));
}

void AssistWindow::newCall()
{
    m_team->endBreak(journal::kCoolDownSkipped); // Ctrl+N on the break: the consultant ends it
    if (m_rehearsals->active() && m_call && !m_call->ended()) {
        if (!Confirmation::ask(this, tr("Stop this rehearsal?"),
                               tr("The rehearsal has not reached its end; it will not be scored."),
                               tr("Stop rehearsal")))
            return;
        m_rehearsals->detachPanel();
        m_call->end(CallOutcome::Interrupted);
    }
    m_rehearsals->stop();
    if (m_call && !m_call->ended()) {
        if (!Confirmation::ask(this, tr("End this call?"), tr("A call is in progress. End it and start a new one?"),
                               tr("End call")))
            return;
        endCall();
    }
    dropCall();
    m_startForm->clearCallerReference();
    setPage(StartPage);
}

void AssistWindow::dropCall()
{
    m_notes->detach();
    m_team->detach();
    m_recorder.reset();
    m_call.reset();
}

void AssistWindow::setPage(Page page)
{
    m_ui->pages->setCurrentIndex(page);
    m_actions->setPage(page == StartPage   ? CallActions::Page::Start
                       : page == CallPage  ? CallActions::Page::Call
                       : page == BreakPage ? CallActions::Page::CoolDown
                                           : CallActions::Page::Summary,
                       m_rehearsals->active(), m_interrupted.has_value());
    if (page == SummaryPage)
        m_ui->nextCallButton->setText(tr("Next call   [Enter]"));
    if (page == StartPage)
        m_ui->playbookCombo->setFocus();
    else if (page == SummaryPage)
        m_ui->nextCallButton->setFocus();
    else if (page == CallPage)
        m_ui->primaryButton->setFocus();
    // The break page puts the focus on its line for the lead itself.
    emit statusChanged();
}

QString AssistWindow::statusText() const
{
    switch (static_cast<Page>(m_ui->pages->currentIndex())) {
    case StartPage: return tr("No call");
    case SummaryPage: return tr("Call ended");
    case BreakPage: return tr("A short break after the call");
    case CallPage: break;
    }
    if (!m_call)
        return tr("No call");
    const StepView &step = m_call->step();
    return tr("Step %1 · %2").arg(step.label, step.title);
}

void AssistWindow::bringToFront()
{
    gui::bringToFront(*this);
}

QString AssistWindow::startCallFromOutside(Channel channel, const QString &callerReference, const QString &playbookId)
{
    bringToFront();
    if (m_call && !m_call->ended())
        return tr("A call is already in progress in Steadyline.");
    // A call from the softphone is never held up by the break: it ends it.
    m_team->endBreak(journal::kCoolDownNewCall);
    if (m_ui->pages->currentIndex() == SummaryPage || m_ui->pages->currentIndex() == BreakPage)
        newCall();
    m_startForm->chooseChannel(channel);
    if (!callerReference.isEmpty())
        m_startForm->setCallerReference(callerReference);
    const bool playbookMissing = !playbookId.isEmpty() && !m_startForm->choosePlaybook(playbookId);
    const QString history = callerHistoryText(callerReference);
    startCall();
    if (!m_call)
        return tr("Steadyline has no playbook to start a call with.");
    if (!history.isEmpty()) {
        m_callerBanner->showStarted(clockTime(m_call->summary().started), callerReference, history);
    }
    if (playbookMissing)
        statusBar()->showMessage(
            tr("The playbook \"%1\" that the softphone rules choose is not available; the start page's is used.")
                .arg(playbookId),
            15000);
    return {};
}

bool AssistWindow::endCallFromOutside(CallOutcome outcome)
{
    if (!m_call || m_call->ended() || m_rehearsals->active())
        return false;
    finishCall(outcome, true);
    return true;
}

QString AssistWindow::callerHistoryText(const QString &callerReference) const
{
    return m_journalNotices->callerHistoryText(callerReference);
}

void AssistWindow::showIncomingCall(const QString &callerReference, bool ringing)
{
    if (ringing)
        m_callerBanner->showRinging(callerReference, callerHistoryText(callerReference));
    else
        m_callerBanner->hide();
}

void AssistWindow::setSoftphoneStatus(const QString &text)
{
    m_callerBanner->setSoftphoneStatus(text);
}

bool AssistWindow::perform(RemoteCommand command)
{
    using Id = CallActions::Id;
    switch (command) {
    case RemoteCommand::NextStep: return m_actions->triggerIfEnabled(Id::NextStep);
    case RemoteCommand::Calmed: return m_actions->triggerIfEnabled(Id::Calmed);
    case RemoteCommand::RaiseHand:
        return m_actions->triggerIfEnabled(Id::RaiseHand); // the lead sees it; no focus taken
    case RemoteCommand::NewNote:
        if (!(*m_actions)[Id::Note]->isEnabled())
            return false;
        bringToFront(); // typing needs the window's focus
        return m_actions->triggerIfEnabled(Id::Note);
    case RemoteCommand::ToggleCountdown:
        if (!m_call || m_call->reachedFinalStep())
            return false;
        if (m_call->countdownRunning())
            return m_actions->triggerIfEnabled(Id::StopCountdown);
        // Start it: take the step's forward action if that leads into the timed step (3 → 3½).
        return m_call->primaryEventStartsCountdown() && m_actions->triggerIfEnabled(Id::NextStep);
    }
    return false;
}

void AssistWindow::setAlwaysOnTop(bool onTop)
{
    (*m_actions)[CallActions::Id::AlwaysOnTop]->setChecked(onTop);
    setStaysOnTop(*this, onTop);
}

void AssistWindow::closeEvent(QCloseEvent *event)
{
    if (m_endingOnSignal) {
        // Logout or shutdown: nobody is there to answer a question, and the call stays open to
        // be continued at the next start (saveBeforeEnding() kept what was on screen).
        event->accept();
        return;
    }
    if (m_journal && m_journal->pendingWrites() > 0 && !m_journal->flushPending().ok &&
        !Confirmation::ask(this, tr("Quit with entries not saved?"),
                           tr("%n entries could not be saved: the journal cannot be written. If you quit now, they "
                              "are kept in a recovery file and written to the journal at the next start.",
                              nullptr, m_journal->pendingWrites()),
                           tr("Quit"))) {
        event->ignore();
        return;
    }
    if (m_call && !m_call->ended() &&
        !Confirmation::ask(this, tr("Close during a call?"),
                           tr("A call is in progress. Its notes are not saved yet. End the call and close?"),
                           tr("End call and close"))) {
        event->ignore();
        return;
    }
    if (m_call && !m_call->ended()) {
        if (m_rehearsals->active())
            endCall();
        else
            finishCall(std::nullopt, false); // no break offered to a window that is closing
    }
    m_team->endBreak(journal::kCoolDownSkipped);
    m_settings.setValue(Settings::Key::WindowGeometry, saveGeometry());
    m_settings.sync();
    event->accept();
}

void AssistWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && m_actions) {
        m_ui->retranslateUi(this);
        retranslate();
    }
}

void AssistWindow::retranslate()
{
    m_actions->retranslate();
    m_card->retranslate();
    m_ui->tipsToggle->setText(tr("&Tips"));
    m_ui->startHint->setText(tr("During a call: F5 next step, F6 calmed down, F7 other phrasing, Shift+F5 undo, "
                                "F8 note, F9 promise, Esc stop the countdown, F10 end the call, F12 raise your "
                                "hand for your lead."));
    m_team->retranslate();
    m_callerBanner->retranslate();
    m_playbookBanner->setAccessibleDescription(tr("Playbook problems"));
    if (!m_startForm)
        return; // the first call, from the constructor: nothing is shown yet
    // The banner's sentences and the validator's messages in it, in the new language.
    catalog().retranslate();
    showCatalogProblems(m_playbookBanner, catalog());
    m_startForm->retranslate();
    m_notes->retranslate();
    if (m_call && !m_call->ended())
        showStep();
    else if (m_call && m_ui->pages->currentIndex() == SummaryPage)
        showSummary();
    emit statusChanged(); // the tray's tool tip
}

QString AssistWindow::startRehearsal(const QString &scenarioPath)
{
    if (m_call && !m_call->ended())
        return tr("Finish the call in progress before a rehearsal.");
    RehearsalController::Prepared prepared;
    if (const QString refusal = m_rehearsals->prepare(scenarioPath, prepared); !refusal.isEmpty())
        return refusal;
    m_rehearsals->stop(); // it refers to the call
    dropCall();
    beginCall(prepared.playbook, prepared.setup, nullptr, true);
    m_rehearsals->begin(prepared, *m_call);
    setPage(CallPage);
    statusBar()->showMessage(tr("Rehearsal started: %1").arg(prepared.scenario->title));
    return {};
}

void AssistWindow::showRehearsalReport()
{
    const TrainingRun *run = m_rehearsals->run();
    if (!run)
        return;
    const TrainingResult result = run->result();
    if (m_journal) {
        const journal::WriteResult stored = storeAttempt(
            *m_journal, result, run->scenario(), m_recorder ? m_recorder->callId() : 0, QDateTime::currentDateTime());
        if (!stored.ok && !stored.error.isEmpty())
            statusBar()->showMessage(stored.error, 15000);
    }
    m_windows->trainingAttemptsChanged();
    emit rehearsalFinished(result);
    m_ui->summaryView->setHtml(SummaryView::rehearsalHtml(*run, result));
    m_rehearsals->detachPanel();
    setPage(SummaryPage);
    statusBar()->showMessage(SummaryView::rehearsalStatus(result));
}

} // namespace steadyline::gui
