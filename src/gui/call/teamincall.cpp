#include "teamincall.h"

#include "call/callrecorder.h"
#include "call/callsession.h"
#include "call/incidentrule.h"
#include "callerincidentsbanner.h"
#include "cooldownpage.h"
#include "raisedhand.h"
#include "ui_assistwindow.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QStackedWidget>
#include <QStatusBar>

#include <algorithm>

namespace steadyline::gui {

static_assert(TeamInCall::kCallerIncidentDays == CallerIncidentsBanner::kDeskDays);

TeamInCall::TeamInCall(Ui::AssistWindow &ui, int breakPageIndex, QAction &raiseHand, journal::Journal *journal,
                       QStatusBar &statusBar, QWidget &window)
    : QObject(&window)
    , m_pages(*ui.pages)
    , m_breakPageIndex(breakPageIndex)
    , m_raiseHand(raiseHand)
    , m_journal(journal)
    , m_statusBar(statusBar)
    , m_window(window)
    , m_hand(new RaisedHand(*ui.callPage, *ui.callLayout, *ui.stepHeader, *ui.actionGrid, raiseHand, this))
    , m_callerIncidents(new CallerIncidentsBanner(*ui.callPage, *ui.callLayout, this))
{
    connect(m_hand, &RaisedHand::raised, this, &TeamInCall::handRaised);
}

CoolDownPage &TeamInCall::coolDownPage()
{
    if (!m_coolDown) {
        m_coolDown = new CoolDownPage(&m_pages);
        const int placed = m_pages.insertWidget(m_breakPageIndex, m_coolDown);
        Q_ASSERT(placed == m_breakPageIndex); // the pages before it are the window's own
        connect(m_coolDown, &CoolDownPage::problem, this,
                [this](const QString &message) { m_statusBar.showMessage(message, 15000); });
        connect(m_coolDown, &CoolDownPage::finished, this, &TeamInCall::breakFinished);
    }
    return *m_coolDown;
}

void TeamInCall::attach(CallSession *call, CallRecorder *recorder, bool rehearsal)
{
    m_call = call;
    m_recorder = recorder;
    m_rehearsal = rehearsal;
    m_hand->attach(call, recorder, rehearsal);
}

void TeamInCall::callerReferenceGiven(const QString &caseReference)
{
    if (m_rehearsal || caseReference.isEmpty())
        return;
    if (m_journal) {
        const QDateTime since = QDateTime::currentDateTime().addDays(-kCallerIncidentDays);
        const journal::Result<int> counted =
            countCallerIncidents(*m_journal, caseReference, since, m_recorder ? m_recorder->callId() : 0);
        if (counted.ok()) // else the journal's own notices say it cannot be read; the team's count may come
            m_callerIncidents->showDeskCount(counted.value);
    }
    emit callerReferenceEntered(caseReference);
}

void TeamInCall::detach()
{
    m_hand->detach();
    m_callerIncidents->clear();
    m_call = nullptr;
    m_recorder = nullptr;
}

void TeamInCall::followStep()
{
    m_hand->followStep();
}

void TeamInCall::retranslate()
{
    m_hand->retranslate();
    if (m_coolDown)
        m_coolDown->retranslate();
    m_callerIncidents->retranslate();
}

bool TeamInCall::breakDue() const
{
    return m_coolDownSeconds > 0 && m_call && !m_rehearsal && isIncident(m_call->summary(), false);
}

void TeamInCall::startBreak()
{
    coolDownPage().start(m_journal, m_recorder ? m_recorder->callId() : 0, m_coolDownSeconds);
}

void TeamInCall::endBreak(const QString &reason)
{
    if (m_coolDown)
        m_coolDown->finish(reason);
}

bool TeamInCall::inCoolDown() const
{
    return m_coolDown && m_coolDown->running();
}

void TeamInCall::setCoolDownSeconds(int seconds)
{
    m_coolDownSeconds = std::max(0, seconds);
}

void TeamInCall::setRaiseHandAtFinalWarning(bool raise)
{
    m_hand->setRaiseAtFinalWarning(raise); // the tray hears of it at the next step
}

bool TeamInCall::isHandRaised() const
{
    return m_hand->isRaised();
}

bool TeamInCall::toggleRaisedHand()
{
    return m_hand->toggle();
}

bool TeamInCall::toggleHand()
{
    if (!m_raiseHand.isEnabled())
        return false;
    const bool wasRaised = isHandRaised();
    m_raiseHand.trigger();
    return wasRaised != isHandRaised();
}

void TeamInCall::showHandAnswer(const QString &text, const QString &lead)
{
    m_hand->showAnswer(text, lead);
    // Also where it is seen after the call (the banner goes with the call page).
    const QString answer =
        lead.trimmed().isEmpty() ? text.simplified() : tr("%1: %2").arg(lead.simplified(), text.simplified());
    m_statusBar.showMessage(tr("Your lead answered: %1").arg(answer), 30000);
    QApplication::alert(&m_window);
}

void TeamInCall::showCallerIncidents(int count, int days)
{
    if (!m_call || m_call->ended() || m_rehearsal)
        return; // an answer that came too late for its call
    m_callerIncidents->showTeamCount(count, days);
}

} // namespace steadyline::gui
