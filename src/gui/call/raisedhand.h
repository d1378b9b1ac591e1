#pragma once

#include <QObject>
#include <QString>

class QAction;
class QBoxLayout;
class QGridLayout;
class QLayout;
class QLabel;
class QPushButton;
class QWidget;

namespace steadyline {
class CallRecorder;
class CallSession;
} // namespace steadyline

namespace steadyline::gui {

// A raised hand (issue #18): one key during a live call asks the team lead for help with the
// current step, shown on the card until the consultant lowers it or the call ends, with the lead's
// answer ("Anna: on my way") when it comes. Each change is a timeline event on the call, which is
// how it reaches the lead (the journal's outbox). A rehearsal never raises one.
class RaisedHand : public QObject
{
    Q_OBJECT

public:
    // The banner goes on the call page (`callLayout`) just above the step's header, made the first
    // time there is something to show; the button goes below the card's own (`actionGrid`);
    // `action` is the window's action, its key shown on the button.
    RaisedHand(QWidget &callPage, QBoxLayout &callLayout, const QLayout &stepHeader, QGridLayout &actionGrid,
               QAction &action, QObject *parent = nullptr);

    // A new call (`recorder` may be null: no journal); a rehearsal cannot raise the hand.
    void attach(CallSession *call, CallRecorder *recorder, bool rehearsal);
    void detach();

    // The key: raises the hand, or lowers it when it is up. False when there is no live call.
    bool toggle();
    // Raises it unless it is up already (the team's rule at the final warning); false if it cannot.
    bool raise();
    [[nodiscard]] bool isRaised() const { return m_raised; }
    // The team's rule: the hand goes up by itself when a live call reaches the final warning
    // (step 3, the step whose next leads into the timed countdown).
    void setRaiseAtFinalWarning(bool raise);
    // The call entered a step: applies the team's rule, once each time the step is entered.
    void followStep();
    // The lead's answer, under the hand's line; kept until the call ends.
    void showAnswer(const QString &text, const QString &lead);
    [[nodiscard]] QString bannerText() const;
    void retranslate();

signals:
    void raised();

private:
    // The call ends with the hand up: taken down first, on the timeline before the call's end.
    void lowerAtCallEnd();
    void lower(const QString &reason);
    void update();
    void showBanner(const QString &text);

    QWidget &m_callPage;
    QBoxLayout &m_callLayout;
    const QLayout &m_stepHeader;
    QLabel *m_banner = nullptr; // made at its first use: most calls never raise a hand
    QPushButton *m_button;
    QAction &m_action;
    CallSession *m_call = nullptr;
    CallRecorder *m_recorder = nullptr;
    bool m_rehearsal = false;
    bool m_raised = false;
    bool m_raiseAtFinalWarning = false;
    std::size_t m_autoRaisedAt = 0; // the call's history length when the rule last raised the hand
    QString m_answer;               // "Anna: on my way", empty until one came
};

} // namespace steadyline::gui
