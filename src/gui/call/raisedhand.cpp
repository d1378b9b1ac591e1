#include "raisedhand.h"

#include "call/callrecorder.h"
#include "call/callsession.h"
#include "callactions.h"
#include "journal/journal.h"
#include "stepcard.h"
#include "widgets/noticestyle.h"

#include <QAction>
#include <QBoxLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace steadyline::gui {

RaisedHand::RaisedHand(QWidget &callPage, QBoxLayout &callLayout, const QLayout &stepHeader, QGridLayout &actionGrid,
                       QAction &action, QObject *parent)
    : QObject(parent)
    , m_callPage(callPage)
    , m_callLayout(callLayout)
    , m_stepHeader(stepHeader)
    , m_button(new QPushButton(&callPage))
    , m_action(action)
{
    m_button->setObjectName(QStringLiteral("handButton"));
    m_button->setCheckable(true);
    m_button->setFocusPolicy(Qt::NoFocus); // the key, not Tab and Space: nothing else moves focus here
    actionGrid.addWidget(m_button, actionGrid.rowCount(), 0, 1, 2);
    connect(m_button, &QPushButton::clicked, &m_action, &QAction::trigger);
    update();
}

void RaisedHand::attach(CallSession *call, CallRecorder *recorder, bool rehearsal)
{
    m_call = call;
    m_recorder = recorder;
    m_rehearsal = rehearsal;
    m_raised = false;
    m_autoRaisedAt = 0;
    m_answer.clear();
    if (m_call)
        connect(m_call, &CallSession::aboutToEnd, this, &RaisedHand::lowerAtCallEnd);
    update();
}

void RaisedHand::detach()
{
    if (m_call)
        disconnect(m_call, nullptr, this, nullptr);
    m_call = nullptr;
    m_recorder = nullptr;
    m_raised = false;
    m_answer.clear();
    update();
}

bool RaisedHand::toggle()
{
    if (m_raised) {
        lower(journal::kHandCancelledByConsultant);
        return true;
    }
    return raise();
}

bool RaisedHand::raise()
{
    if (!m_call || m_call->ended() || m_rehearsal)
        return false;
    if (m_raised)
        return true;
    m_raised = true;
    m_answer.clear(); // an answer to an earlier hand is not the answer to this one
    if (m_recorder)
        m_recorder->addTimelineEvent(journal::kTimelineHandRaised, m_call->step().stepId, m_call->step().title);
    update();
    emit raised();
    return true;
}

void RaisedHand::setRaiseAtFinalWarning(bool raise)
{
    m_raiseAtFinalWarning = raise;
    followStep();
}

void RaisedHand::followStep()
{
    if (!m_raiseAtFinalWarning || !m_call || m_call->ended() || m_rehearsal)
        return;
    // The final warning is the step whose forward key starts the timed countdown (step 3 of the
    // method); playbooks name their steps freely, so its label "3" is only the second sign.
    const bool finalWarning =
        m_call->primaryEventStartsCountdown() || StepCard::escalationLevel(m_call->step().label) == 3;
    const std::size_t entered = m_call->engine().history().size();
    // Once each time the step is entered: lowered by hand, it stays down.
    if (!finalWarning || entered == m_autoRaisedAt)
        return;
    m_autoRaisedAt = entered;
    raise();
}

void RaisedHand::lower(const QString &reason)
{
    if (!m_raised)
        return;
    m_raised = false;
    if (m_recorder && m_call)
        m_recorder->addTimelineEvent(journal::kTimelineHandCancelled, m_call->step().stepId, reason);
    update();
}

void RaisedHand::lowerAtCallEnd()
{
    lower(journal::kHandCancelledCallEnded);
}

void RaisedHand::showAnswer(const QString &text, const QString &lead)
{
    if (!m_call)
        return;
    const QString answer = text.simplified();
    m_answer = lead.trimmed().isEmpty() ? answer : tr("%1: %2").arg(lead.simplified(), answer);
    update();
}

QString RaisedHand::bannerText() const
{
    QStringList lines;
    if (m_raised)
        lines << tr("Hand raised — waiting for your lead");
    if (!m_answer.isEmpty())
        lines << m_answer;
    return lines.join(QLatin1Char('\n'));
}

void RaisedHand::update()
{
    showBanner(bannerText());
    const QString buttonText = m_raised ? tr("Lower hand") : CallActions::buttonText(CallActions::Id::RaiseHand);
    m_button->setText(withShortcut(buttonText, &m_action));
    m_button->setAccessibleName(buttonText);
    m_button->setChecked(m_raised);
    m_button->setEnabled(m_call && !m_rehearsal);
    m_button->setToolTip(m_rehearsal ? tr("Not in a rehearsal: a raised hand would call your team lead.")
                                     : tr("Asks your team lead for help with this step; the same key lowers it."));
}

void RaisedHand::retranslate()
{
    update();
}

void RaisedHand::showBanner(const QString &text)
{
    if (!m_banner) {
        if (text.isEmpty())
            return;
        m_banner = new QLabel(&m_callPage);
        m_banner->setObjectName(QStringLiteral("handBanner"));
        m_banner->setWordWrap(true);
        m_banner->setTextFormat(Qt::PlainText); // the lead's answer is shown as written, never as markup
        // Clear but calm: the attention tint, not the alarm red of the final prompt.
        styleAsNotice(m_banner, NoticeKind::Attention);
        QFont font = m_banner->font();
        font.setBold(true);
        m_banner->setFont(font);
        // Right above the step's header, whatever other banner came first.
        int headerIndex = 0;
        while (headerIndex < m_callLayout.count() && m_callLayout.itemAt(headerIndex)->layout() != &m_stepHeader)
            ++headerIndex;
        m_callLayout.insertWidget(headerIndex < m_callLayout.count() ? headerIndex : 0, m_banner);
    }
    m_banner->setText(text);
    m_banner->setAccessibleName(text);
    m_banner->setVisible(!text.isEmpty());
}

} // namespace steadyline::gui
