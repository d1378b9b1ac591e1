#include "stepcard.h"

#include "call/callsession.h"
#include "callactions.h"
#include "ui_assistwindow.h"
#include "widgets/themecolours.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>

#include <algorithm>

namespace steadyline::gui {

namespace {

// Polish and Czech typography keep a one-letter word with the next one ("w przeciwnym"), and a
// phone number must not break at its spaces.
QString withNonBreakingSpaces(const QString &text, const QString &locale)
{
    QString result = text;
    const QString language = locale.section(QLatin1Char('-'), 0, 0);
    if (language == u"pl" || language == u"cs") {
        static const QRegularExpression oneLetterWord(QStringLiteral("(^|\\s)(\\w) "),
                                                      QRegularExpression::UseUnicodePropertiesOption);
        result.replace(oneLetterWord, QStringLiteral("\\1\\2\u00A0"));
    }
    return result;
}

} // namespace

void bindButton(QPushButton *button, QAction *action, const QString &text)
{
    button->setText(withShortcut(text, action));
    button->setAccessibleName(text);
    button->setToolTip(action->toolTip());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
}

StepCard::StepCard(Ui::AssistWindow &ui, CallActions &actions, QObject *parent)
    : QObject(parent)
    , m_ui(ui)
    , m_actions(actions)
{
    // A playbook's texts (a team share's too) are shown as written: a title holding HTML must
    // never draw a fake "HANG UP NOW" or load a local file as an image (review M3).
    for (QLabel *label : std::initializer_list<QLabel *>{m_ui.stepBadge, m_ui.stepTitle, m_ui.stepPath, m_ui.lineLabel,
                                                         m_ui.phrasingLabel, m_ui.finalPrompt})
        label->setTextFormat(Qt::PlainText);
    QFont lineFont = m_ui.lineLabel->font();
    lineFont.setPointSizeF(lineFont.pointSizeF() * 1.6);
    m_ui.lineLabel->setFont(lineFont);
    QFont badgeFont = m_ui.stepBadge->font();
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 2.2);
    badgeFont.setBold(true);
    m_ui.stepBadge->setFont(badgeFont);
    m_ui.stepBadge->setFrameShape(QFrame::Box);
    m_ui.stepBadge->setAutoFillBackground(true);
    const QFontMetrics badgeMetrics(badgeFont);
    const int badgeSide = std::max(56, badgeMetrics.horizontalAdvance(QStringLiteral("3½")) + 16);
    m_ui.stepBadge->setFixedSize(badgeSide, std::max(56, badgeMetrics.height() + 12));
    QFont titleFont = m_ui.stepTitle->font();
    titleFont.setBold(true);
    m_ui.stepTitle->setFont(titleFont);
    QFont promptFont = m_ui.finalPrompt->font();
    promptFont.setPointSizeF(promptFont.pointSizeF() * 1.8);
    promptFont.setBold(true);
    m_ui.finalPrompt->setFont(promptFont);
    // The final prompt is the loudest thing in the window: its colours say how the call ends
    // (finalPromptPalette), and a thick frame that needs no colour says "act".
    m_ui.finalPrompt->setAutoFillBackground(true);
    m_ui.finalPrompt->setFrameShape(QFrame::Box);
    m_ui.finalPrompt->setLineWidth(3);
    m_ui.finalPrompt->setMargin(10);
    bindButtons();
    m_ui.tipsLabel->setVisible(false);
    connect(m_ui.tipsToggle, &QToolButton::toggled, this, [this](bool open) {
        m_ui.tipsLabel->setVisible(open);
        m_ui.tipsToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
}

std::vector<std::pair<QPushButton *, CallActions::Id>> StepCard::buttons() const
{
    using Id = CallActions::Id;
    const std::pair<QPushButton *, Id> buttons[] = {
        {m_ui.startButton, Id::StartCall},       {m_ui.calmButton, Id::Calmed},
        {m_ui.undoButton, Id::UndoStep},         {m_ui.endButton, Id::EndCall},
        {m_ui.promiseButton, Id::Promise},       {m_ui.nextCallButton, Id::NextCall},
        {m_ui.tagInsultButton, Id::TagInsult},   {m_ui.tagThreatButton, Id::TagThreat},
        {m_ui.tagManagerButton, Id::TagManager}, {m_ui.tagMomentButton, Id::TagMoment}};
    return {std::begin(buttons), std::end(buttons)};
}

void StepCard::bindButtons()
{
    using Id = CallActions::Id;
    for (const auto &[button, id] : buttons()) {
        if (button == m_ui.startButton) { // its name comes from the form, and it has no tool tip
            connect(button, &QPushButton::clicked, m_actions[id], &QAction::trigger);
            continue;
        }
        bindButton(button, m_actions[id], CallActions::buttonText(id));
        if (const QString tag = CallActions::quickTag(id); !tag.isEmpty())
            button->setObjectName(QStringLiteral("tagButton_") + tag);
    }
    connect(m_ui.primaryButton, &QPushButton::clicked, m_actions[Id::NextStep], &QAction::trigger);
}

void StepCard::retranslate()
{
    // Buttons show their action's short text and key; the quick tags say what they note.
    for (const auto &[button, id] : buttons()) {
        QAction *action = m_actions[id];
        button->setText(withShortcut(CallActions::buttonText(id), action));
        if (button == m_ui.startButton)
            continue; // its name comes from the form, and it has no tool tip
        button->setAccessibleName(CallActions::buttonText(id));
        button->setToolTip(CallActions::quickTag(id).isEmpty() ? action->toolTip()
                                                               : tr("Note \"%1\" with the time").arg(action->text()));
    }
    m_ui.undoButton->setToolTip(tr("Undo the last step (a slipped key)"));
}

QPalette StepCard::finalPromptPalette(FinalPrompt prompt) const
{
    QPalette palette = m_ui.finalPrompt->palette();
    switch (prompt) {
    case FinalPrompt::HangUp:
    case FinalPrompt::EndConversation:
    case FinalPrompt::CallSecurity:
        // Ending on abuse: alarm red, white text, whatever the theme.
        palette.setColor(QPalette::Window, QColor(0xb7, 0x1c, 0x1c));
        palette.setColor(QPalette::WindowText, Qt::white);
        break;
    case FinalPrompt::HandOver:
    case FinalPrompt::Finished:
    case FinalPrompt::None: {
        // A friendly hand-over or a solved call is no alarm: a green tint of the theme's base.
        const QPalette theme = QApplication::palette(m_ui.finalPrompt);
        palette.setColor(QPalette::Window, mixedColour(theme.color(QPalette::Base), QColor(0x2e, 0x7d, 0x32), 0.18));
        palette.setColor(QPalette::WindowText, theme.color(QPalette::Text));
        break;
    }
    }
    return palette;
}

QString StepCard::finalInstruction(FinalPrompt prompt, const QStringList &numbers)
{
    switch (prompt) {
    // The box above already shows the step's title ("Hang up"); this line says how, not the verb again.
    case FinalPrompt::HangUp: return tr("Now, without another word: the end has been announced");
    case FinalPrompt::EndConversation: return tr("End the conversation now");
    case FinalPrompt::HandOver: return tr("Hand the call over to your colleague now");
    case FinalPrompt::CallSecurity: {
        // A phone number must not break at its spaces.
        QString joined = numbers.join(QStringLiteral(", "));
        joined.replace(QLatin1Char(' '), QChar(0x00A0));
        return numbers.isEmpty() ? tr("Call the manager or security now")
                                 : tr("Call the manager or security now: %1").arg(joined);
    }
    case FinalPrompt::Finished: return tr("The call can end now");
    case FinalPrompt::None: break;
    }
    return {};
}

int StepCard::escalationLevel(const QString &label)
{
    if (label == u"1")
        return 1;
    if (label == u"2")
        return 2;
    if (label == u"3")
        return 3;
    if (label == u"3½" || label == u"3.5")
        return 4;
    return 0;
}

void StepCard::styleBadge(int level)
{
    // Colour: the palette's own highlight for step 1 and for steps outside the method, warmer
    // at 2 and 3, red at 3½. Not by colour alone: the frame grows heavier with each step.
    QPalette palette = m_ui.stepBadge->parentWidget()->palette();
    switch (level) {
    case 2: palette.setColor(QPalette::Window, QColor(0xf9, 0xa8, 0x25)); break;
    case 3: palette.setColor(QPalette::Window, QColor(0xef, 0x6c, 0x00)); break;
    case 4: palette.setColor(QPalette::Window, QColor(0xb7, 0x1c, 0x1c)); break;
    default: palette.setColor(QPalette::Window, palette.color(QPalette::Highlight)); break;
    }
    const QColor background = palette.color(QPalette::Window);
    palette.setColor(QPalette::WindowText, background.lightnessF() > 0.6 ? Qt::black : Qt::white);
    m_ui.stepBadge->setPalette(palette);
    m_ui.stepBadge->setLineWidth(std::max(1, level));
    m_ui.stepBadge->setProperty("escalationLevel", level);
}

void StepCard::show(const CallSession &call, bool rehearsal, const QString &finalInstruction)
{
    const StepView &step = call.step();
    m_ui.stepBadge->setText(step.label);
    m_ui.stepBadge->setAccessibleName(tr("Step %1").arg(step.label));
    styleBadge(escalationLevel(step.label));
    m_ui.stepTitle->setText(step.title);
    // A final step's title is the large box's first line; shown twice it only repeats the order.
    m_ui.stepTitle->setVisible(!call.reachedFinalStep());
    // The path so far, as the method names the steps: "1 → 2 → 3".
    m_ui.stepPath->setText(call.methodPath().join(QStringLiteral(" → ")));

    const QString locale = call.engine().setup().locale;
    m_ui.lineLabel->setText(withNonBreakingSpaces(call.currentLine(), locale));
    m_ui.lineLabel->setVisible(!call.currentLine().isEmpty());
    const qsizetype phrasings = step.say.size();
    QAction *phrasing = m_actions[CallActions::Id::OtherPhrasing];
    m_ui.phrasingLabel->setVisible(phrasings > 1);
    m_ui.phrasingLabel->setText(tr("Phrasing %1 of %2 — %3 for another")
                                    .arg(call.phrasingIndex() + 1)
                                    .arg(phrasings)
                                    .arg(phrasing->shortcut().toString(QKeySequence::NativeText)));
    m_ui.tipsLabel->setText(step.tips.isEmpty() ? QString()
                                                : QStringLiteral("• ") + step.tips.join(QStringLiteral("\n• ")));
    m_ui.tipsToggle->setVisible(!step.tips.isEmpty());

    const bool final = call.reachedFinalStep();
    m_ui.finalPrompt->setVisible(final);
    if (final)
        m_ui.finalPrompt->setPalette(finalPromptPalette(call.finalPrompt()));
    // The playbook's own words, large, and the app's instruction under them.
    m_ui.finalPrompt->setText(final ? step.title + QLatin1Char('\n') + finalInstruction : QString());
    showCountdown(call);

    // The primary key: next step, act now in the countdown, or finish in a final step.
    // In a final step F5 does nothing: a habitual double press must not hide the final prompt.
    QString primaryText;
    if (final)
        primaryText.clear();
    else if (step.timer)
        primaryText = tr("Act now");
    else if (const QString event = call.primaryEvent(); !event.isEmpty())
        primaryText = call.eventLabel(event);
    QAction *primary = m_actions[CallActions::Id::NextStep];
    m_ui.primaryButton->setVisible(!primaryText.isEmpty());
    m_ui.primaryButton->setText(withShortcut(primaryText, primary));
    m_ui.primaryButton->setAccessibleName(primaryText);
    primary->setEnabled(!primaryText.isEmpty());

    QAction *calm = m_actions[CallActions::Id::Calmed];
    m_ui.calmButton->setVisible(call.canCalm());
    calm->setEnabled(call.canCalm());
    if (call.canCalm()) {
        const QString label = call.eventLabel(call.calmEvent());
        m_ui.calmButton->setText(withShortcut(label, calm));
        m_ui.calmButton->setAccessibleName(label);
    }
    // Short labels: two buttons share a row down to a 320 px wide window.
    const QString endText = final ? tr("Finish call") : tr("End call");
    m_ui.endButton->setText(withShortcut(endText, m_actions[CallActions::Id::EndCall]));
    m_ui.endButton->setAccessibleName(endText);
    // A rehearsal is scored as played: no taking back.
    m_actions[CallActions::Id::UndoStep]->setEnabled(call.canUndo() && !rehearsal);
    m_ui.undoButton->setEnabled(call.canUndo() && !rehearsal);
    phrasing->setEnabled(phrasings > 1);
    showEventButtons(call);
}

void StepCard::showEventButtons(const CallSession &call)
{
    // The buttons are kept and relabelled, never made anew at each key press: a new button is
    // polished, laid out and shaped again, which made up most of a key press's cost.
    const QStringList others = call.otherEvents();
    const std::vector<QAction *> &actions = m_actions.eventActions();
    const std::size_t shown = std::min(static_cast<std::size_t>(others.size()), actions.size());
    if (m_eventButtons.size() < shown)
        addEventButtons(shown);
    for (std::size_t i = 0; i < m_eventButtons.size(); ++i) {
        QPushButton *button = m_eventButtons[i];
        if (i < shown) {
            const QString &event = others.at(static_cast<qsizetype>(i));
            button->setObjectName(QStringLiteral("eventButton_") + event);
            const QString label = call.eventLabel(event);
            button->setText(withShortcut(label, actions[i]));
            button->setAccessibleName(label);
            button->setToolTip(actions[i]->toolTip());
        } else {
            button->setObjectName(QString()); // a hidden button stands for no event
        }
        button->setVisible(i < shown);
    }
}

void StepCard::addEventButtons(std::size_t count)
{
    const std::vector<QAction *> &actions = m_actions.eventActions();
    while (m_eventButtons.size() < count) {
        auto *button = new QPushButton(m_ui.otherEvents);
        connect(button, &QPushButton::clicked, actions[m_eventButtons.size()], &QAction::trigger);
        m_ui.otherEventsLayout->addWidget(button);
        m_eventButtons.push_back(button);
    }
    // Tab goes down the card as it is drawn: the other events sit between "calmed down" and undo.
    // A hidden button is passed over.
    QWidget *previous = m_ui.calmButton;
    for (QPushButton *button : m_eventButtons) {
        QWidget::setTabOrder(previous, button);
        previous = button;
    }
    QWidget::setTabOrder(previous, m_ui.undoButton);
}

void StepCard::showCountdown(const CallSession &call)
{
    const bool timed = call.step().timer.has_value() && !call.reachedFinalStep();
    m_ui.countdown->setVisible(timed);
    for (const CallActions::Id id :
         {CallActions::Id::StopCountdown, CallActions::Id::CountdownLonger, CallActions::Id::CountdownShorter})
        m_actions[id]->setEnabled(call.countdownRunning());
    if (!timed)
        return;
    const auto remaining = call.countdownRemaining();
    const auto left = remaining ? remaining : call.stoppedWith();
    const int remainingMs = left ? static_cast<int>(left->count()) : call.countdownDurationMs();
    m_ui.countdown->setRemaining(remainingMs, call.countdownDurationMs(), remaining.has_value());
    const bool phone = call.engine().setup().channel == Channel::Phone;
    const int seconds = m_ui.countdown->secondsShown();
    m_ui.countdown->setCaption(
        remaining ? (phone ? tr("Hang up in %n s", nullptr, seconds)
                           : tr("Call the manager or security in %n s", nullptr, seconds)) +
                        QLatin1Char('\n') + tr("Esc stops · Ctrl+↑/↓ ±1 s · F6 calmed")
                  : tr("Stopped") + QLatin1Char('\n') +
                        (phone ? tr("F5 hang up now · F6 calmed") : tr("F5 call security now · F6 calmed")));
}

} // namespace steadyline::gui
