// Issue #18 at the consultant's desk: a raised hand, the cool-down after an abusive call, and the
// caller's earlier incidents, in the real assist window driven by keys.
#include "app/trayicon.h"
#include "assistharness.h"
#include "call/assistwindow.h"
#include "call/teamincall.h"
#include "eventually.h"
#include "journal/journal.h"

#include <QBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTranslator>

using namespace steadyline;
using steadyline::gui::AssistWindow;
using steadyline::test::Harness;
using steadyline::test::typeText;

namespace {

const QString kScenario = QStringLiteral(STEADYLINE_SOURCE_DIR "/tests/data/training/escalation-en.json");

// The call's timeline as "kind step detail" lines, in order, leaving out what every call writes.
QStringList handAndBreakEvents(const journal::Journal &journal, qint64 callId)
{
    QStringList events;
    const auto timeline = journal.timeline(callId);
    REQUIRE(timeline.ok());
    for (const journal::TimelineEvent &event : timeline.value) {
        if (event.kind.startsWith(QStringLiteral("hand_")) || event.kind.startsWith(QStringLiteral("cooldown_")))
            events << QStringLiteral("%1 %2 %3").arg(event.kind, event.stepId, event.detail).trimmed();
    }
    return events;
}

qint64 callIdOf(const Harness &h, int index = 0)
{
    const auto calls = h.journal->calls();
    REQUIRE(calls.ok());
    REQUIRE(static_cast<int>(calls.value.size()) > index);
    return calls.value[static_cast<std::size_t>(index)].id; // newest first
}

QAction *trayAction(QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

// The app's English translation, for its plural forms ("1 abusive call"), while it lives; the
// other tests run without it and read the source texts.
class EnglishPlurals
{
public:
    EnglishPlurals()
    {
        REQUIRE(m_translator.load(QStringLiteral(":/i18n/steadyline_en.qm")));
        QCoreApplication::installTranslator(&m_translator);
    }
    ~EnglishPlurals() { QCoreApplication::removeTranslator(&m_translator); }
    EnglishPlurals(const EnglishPlurals &) = delete;
    EnglishPlurals &operator=(const EnglishPlurals &) = delete;

private:
    QTranslator m_translator;
};

// An abusive call ended from the softphone: the insult tag makes it an incident.
void endAbusiveCall(Harness &h)
{
    if (h.window->team().coolDownSeconds() == 0)
        h.window->team().setCoolDownSeconds(180); // the team's default (the harness turns it off)
    h.press(Qt::Key_Return);
    h.press(Qt::Key_1, Qt::AltModifier); // insult
    REQUIRE(h.window->endCallFromOutside(CallOutcome::CallerHungUp));
}

} // namespace

TEST_CASE("F12 raises the hand with the current step — F12 again lowers it", "[gui][team][hand]")
{
    Harness h("phone", Harness::WithJournal::Yes);
    QSignalSpy raised(&h.window->team(), &gui::TeamInCall::handRaised);
    auto *button = h.find<QPushButton>("handButton");
    h.press(Qt::Key_F12); // no call: nothing happens
    CHECK(raised.isEmpty());
    h.press(Qt::Key_Return);
    CHECK(button->text() == QStringLiteral("Raise hand  [F12]"));
    CHECK(button->isEnabled());
    CHECK_FALSE(h.shown("handBanner"));
    h.press(Qt::Key_F5); // step 2
    h.press(Qt::Key_F12);
    CHECK(h.window->team().isHandRaised());
    CHECK(raised.size() == 1);
    CHECK(h.visible("handBanner"));
    CHECK(h.text("handBanner") == QStringLiteral("Hand raised — waiting for your lead"));
    CHECK(button->text() == QStringLiteral("Lower hand  [F12]"));
    CHECK(button->isChecked());
    h.press(Qt::Key_F12);
    CHECK_FALSE(h.window->team().isHandRaised());
    CHECK_FALSE(h.visible("handBanner"));
    CHECK(raised.size() == 1);
    // The button is the same key.
    button->click();
    CHECK(h.window->team().isHandRaised());
    CHECK(raised.size() == 2);

    const QString stepTitle = h.window->call()->step().title;
    CHECK(handAndBreakEvents(*h.journal, callIdOf(h)) ==
          QStringList{QStringLiteral("hand_raised boundary ") + stepTitle,
                      QStringLiteral("hand_cancelled boundary by_consultant"),
                      QStringLiteral("hand_raised boundary ") + stepTitle});
}

TEST_CASE("Ending the call takes the hand down first — the tray raises and lowers it too", "[gui][team][hand]")
{
    Harness h("phone", Harness::WithJournal::Yes);
    gui::TrayIcon tray(*h.window);
    QAction *raise = trayAction(tray.menu(), QStringLiteral("Raise hand"));
    REQUIRE(raise);
    CHECK_FALSE(raise->isEnabled()); // no call
    h.press(Qt::Key_Return);
    CHECK(raise->isEnabled());
    raise->trigger();
    CHECK(h.window->team().isHandRaised());
    CHECK(raise->text() == QStringLiteral("Lower hand"));
    raise->trigger();
    CHECK_FALSE(h.window->team().isHandRaised());
    CHECK(raise->text() == QStringLiteral("Raise hand"));
    CHECK(h.window->team().toggleHand()); // the global shortcut's way
    CHECK(h.window->team().isHandRaised());
    h.press(Qt::Key_F10);
    CHECK_FALSE(h.window->team().isHandRaised());
    CHECK_FALSE(h.window->team().toggleHand()); // the call is over
    const QStringList events = handAndBreakEvents(*h.journal, callIdOf(h));
    REQUIRE(events.size() >= 4);
    CHECK(events[3] == QStringLiteral("hand_cancelled help_offer call_ended"));
}

TEST_CASE("The lead's answer shows under the raised hand, as plain text", "[gui][team][hand]")
{
    Harness h("phone", Harness::WithJournal::Yes);
    h.window->team().showHandAnswer(QStringLiteral("on my way"),
                                    QStringLiteral("Anna")); // no call: only the status bar
    CHECK(h.window->statusBar()->currentMessage().contains(QStringLiteral("Anna: on my way")));
    h.press(Qt::Key_Return);
    h.press(Qt::Key_F12);
    h.window->team().showHandAnswer(QStringLiteral("on my way <b>now</b>"), QStringLiteral("Anna"));
    CHECK(h.text("handBanner") == QStringLiteral("Hand raised — waiting for your lead\nAnna: on my way <b>now</b>"));
    CHECK(h.find<QLabel>("handBanner")->textFormat() == Qt::PlainText);
    // Lowered, the answer stays until the call ends; raised again, the old answer goes.
    h.press(Qt::Key_F12);
    CHECK(h.text("handBanner") == QStringLiteral("Anna: on my way <b>now</b>"));
    h.press(Qt::Key_F12);
    CHECK(h.text("handBanner") == QStringLiteral("Hand raised — waiting for your lead"));
}

TEST_CASE("The team's rule raises the hand at the final warning, once per time it is reached", "[gui][team][hand]")
{
    Harness h("phone", Harness::WithJournal::Yes);
    SECTION("without the rule nothing goes up by itself")
    {
        h.press(Qt::Key_Return);
        h.press(Qt::Key_F5);
        h.press(Qt::Key_F5);
        CHECK(h.stepId() == QStringLiteral("final_warning"));
        CHECK_FALSE(h.window->team().isHandRaised());
    }
    SECTION("with it")
    {
        h.window->team().setRaiseHandAtFinalWarning(true);
        QSignalSpy raised(&h.window->team(), &gui::TeamInCall::handRaised);
        h.press(Qt::Key_Return);
        h.press(Qt::Key_F5);
        CHECK_FALSE(h.window->team().isHandRaised()); // step 2 is not the final warning
        h.press(Qt::Key_F5);
        CHECK(h.stepId() == QStringLiteral("final_warning"));
        CHECK(h.window->team().isHandRaised());
        CHECK(raised.size() == 1);
        // Lowered by the consultant, it stays down on the same step (another phrasing redraws it).
        h.press(Qt::Key_F12);
        h.press(Qt::Key_F7);
        CHECK_FALSE(h.window->team().isHandRaised());
        // Back to step 2 and into the final warning again: up again.
        h.press(Qt::Key_F5, Qt::ShiftModifier);
        h.press(Qt::Key_F5);
        CHECK(h.stepId() == QStringLiteral("final_warning"));
        CHECK(h.window->team().isHandRaised());
        CHECK(handAndBreakEvents(*h.journal, callIdOf(h))
                  .first()
                  .startsWith(QStringLiteral("hand_raised final_warning ")));
    }
}

TEST_CASE("A rehearsal never raises the hand", "[gui][team][hand][training]")
{
    Harness h("phone", Harness::WithJournal::Yes);
    h.window->team().setRaiseHandAtFinalWarning(true);
    REQUIRE(h.window->startRehearsal(kScenario).isEmpty());
    auto *button = h.find<QPushButton>("handButton");
    CHECK_FALSE(button->isEnabled());
    CHECK(button->toolTip().contains(QStringLiteral("Not in a rehearsal")));
    h.press(Qt::Key_F12);
    CHECK_FALSE(h.window->team().isHandRaised());
    CHECK_FALSE(h.window->team().toggleHand());
}

TEST_CASE("The cool-down comes only after an incident — Skip (Esc) ends it and keeps the line", "[gui][team][cooldown]")
{
    Harness h("phone", Harness::WithJournal::Yes);
    // A call the caller ended without abuse: the summary, no break.
    h.press(Qt::Key_Return);
    REQUIRE(h.window->endCallFromOutside(CallOutcome::CallerHungUp));
    CHECK(h.find<QTextBrowser>("summaryView")->isVisible());
    CHECK_FALSE(h.window->team().inCoolDown());
    h.press(Qt::Key_N, Qt::ControlModifier);

    endAbusiveCall(h);
    REQUIRE(h.window->team().inCoolDown());
    CHECK(h.visible("coolDownPage"));
    CHECK(h.text("coolDownTimeLeft") == QStringLiteral("3:00 left"));
    CHECK(h.window->statusText() == QStringLiteral("A short break after the call"));
    auto *line = h.find<QLineEdit>("coolDownNote");
    CHECK(line->hasFocus());
    typeText(line, QStringLiteral("Klient wyzywał, groził skargą"));
    h.press(Qt::Key_Escape);
    CHECK_FALSE(h.window->team().inCoolDown());
    CHECK(h.find<QTextBrowser>("summaryView")->isVisible());

    const qint64 callId = callIdOf(h);
    CHECK(handAndBreakEvents(*h.journal, callId) ==
          QStringList{QStringLiteral("cooldown_started  180"), QStringLiteral("cooldown_ended  skipped")});
    const auto notes = h.journal->notes(callId).value;
    REQUIRE(notes.size() == 2);
    CHECK(notes[1].text == QStringLiteral("Klient wyzywał, groził skargą"));
    CHECK(notes[1].tags == QStringList{QStringLiteral("cooldown")});
    // The first call had no break.
    CHECK(handAndBreakEvents(*h.journal, callIdOf(h, 1)).isEmpty());
}

TEST_CASE("F10 on a calmed caller is no incident, F10 during the countdown after the final warning is one",
          "[gui][team][cooldown]")
{
    Harness h("phone", Harness::WithJournal::Yes);
    h.window->team().setCoolDownSeconds(180);
    // Step 2, the caller calms down (F6), the problem is settled: the consultant ends with F10.
    h.press(Qt::Key_Return);
    h.press(Qt::Key_F5);
    h.press(Qt::Key_F6);
    h.press(Qt::Key_F10);
    CHECK(h.find<QTextBrowser>("summaryView")->isVisible());
    CHECK_FALSE(h.window->team().inCoolDown());
    CHECK(handAndBreakEvents(*h.journal, callIdOf(h)).isEmpty());
    h.press(Qt::Key_N, Qt::ControlModifier);

    // The final warning given, the countdown running: the consultant hangs up before it ends.
    h.press(Qt::Key_Return);
    h.press(Qt::Key_F5);
    h.press(Qt::Key_F5);
    REQUIRE(h.stepId() == QStringLiteral("final_warning"));
    h.press(Qt::Key_F5);
    REQUIRE(h.stepId() == QStringLiteral("countdown"));
    h.press(Qt::Key_F10);
    CHECK(h.window->team().inCoolDown());
    CHECK(handAndBreakEvents(*h.journal, callIdOf(h)) == QStringList{QStringLiteral("cooldown_started  180")});
}

TEST_CASE("When the break's time is up: Back to work, and Enter on the line saves it and goes back",
          "[gui][team][cooldown]")
{
    Harness h("phone", Harness::WithJournal::Yes);
    h.window->team().setCoolDownSeconds(1);
    endAbusiveCall(h);
    REQUIRE(h.window->team().inCoolDown());
    CHECK(h.visible("coolDownSkip"));
    CHECK_FALSE(h.visible("coolDownBack"));
    auto *line = h.find<QLineEdit>("coolDownNote");
    typeText(line, QStringLiteral("First line"));
    QTest::keyClick(line, Qt::Key_Return); // saved at once, the break goes on
    CHECK(h.window->team().inCoolDown());
    CHECK(h.text("coolDownSaved") == QStringLiteral("Saved for your lead: First line"));
    REQUIRE_EVENTUALLY(h.visible("coolDownBack"));
    CHECK(h.text("coolDownTimeLeft") == QStringLiteral("Time is up"));
    CHECK_FALSE(h.visible("coolDownSkip"));
    CHECK(h.window->team().inCoolDown()); // it waits for the consultant
    typeText(line, QStringLiteral("Second line"));
    QTest::keyClick(line, Qt::Key_Return);
    CHECK_FALSE(h.window->team().inCoolDown());
    CHECK(h.find<QTextBrowser>("summaryView")->isVisible());
    const qint64 callId = callIdOf(h);
    CHECK(handAndBreakEvents(*h.journal, callId) ==
          QStringList{QStringLiteral("cooldown_started  1"), QStringLiteral("cooldown_ended  finished")});
    QStringList lines;
    for (const journal::Note &note : h.journal->notes(callId).value) {
        if (note.tags.contains(QStringLiteral("cooldown")))
            lines << note.text;
    }
    CHECK(lines == QStringList{QStringLiteral("First line"), QStringLiteral("Second line")});
}

TEST_CASE("A new call from the softphone ends the break and is never held up by it", "[gui][team][cooldown]")
{
    Harness h("phone", Harness::WithJournal::Yes);
    endAbusiveCall(h);
    REQUIRE(h.window->team().inCoolDown());
    typeText(h.find<QLineEdit>("coolDownNote"), QStringLiteral("half a sentence"));
    const qint64 incident = callIdOf(h);
    REQUIRE(h.window->startCallFromOutside(Channel::Phone, QStringLiteral("601234567")).isEmpty());
    CHECK_FALSE(h.window->team().inCoolDown());
    REQUIRE(h.window->call());
    CHECK_FALSE(h.window->call()->ended());
    CHECK(h.text("stepBadge") == QStringLiteral("1"));
    CHECK(handAndBreakEvents(*h.journal, incident) ==
          QStringList{QStringLiteral("cooldown_started  180"), QStringLiteral("cooldown_ended  new_call")});
    const auto notes = h.journal->notes(incident).value;
    REQUIRE_FALSE(notes.empty());
    CHECK(notes.back().text == QStringLiteral("half a sentence")); // not lost
    CHECK(notes.back().tags == QStringList{QStringLiteral("cooldown")});
}

TEST_CASE("No break when the team sets none, nor after a rehearsal", "[gui][team][cooldown]")
{
    Harness h("phone", Harness::WithJournal::Yes);
    h.window->team().setCoolDownSeconds(0);
    h.press(Qt::Key_Return);
    h.press(Qt::Key_1, Qt::AltModifier); // insult
    REQUIRE(h.window->endCallFromOutside(CallOutcome::CallerHungUp));
    CHECK_FALSE(h.window->team().inCoolDown());
    CHECK(h.find<QTextBrowser>("summaryView")->isVisible());
}

TEST_CASE("A caller with earlier incidents is flagged at the start of the call", "[gui][team][caller]")
{
    const EnglishPlurals english;
    Harness h("phone", Harness::WithJournal::Yes);
    const QString reference = QStringLiteral("ZG-2026/0042");
    // One escalated call with this caller a week ago on this desk, one calm one.
    journal::CallStart start;
    start.caseReference = reference;
    start.playbookId = QStringLiteral("aggressive-caller-pl");
    for (const CallOutcome outcome : {CallOutcome::Escalated, CallOutcome::Resolved}) {
        const qint64 id = h.journal->beginCall(start).id;
        REQUIRE(id > 0);
        // Both reached the final warning; only the escalated one ended there.
        REQUIRE(h.journal
                    ->addTimelineEvent(id, journal::kTimelineCountdownStarted, QStringLiteral("final_warning"),
                                       QStringLiteral("7000"))
                    .ok);
        if (outcome == CallOutcome::Resolved)
            REQUIRE(h.journal->addTimelineEvent(id, journal::kTimelineStepEntered, QStringLiteral("solve")).ok);
        REQUIRE(h.journal->endCall(id, outcome).ok);
    }
    QSignalSpy entered(&h.window->team(), &gui::TeamInCall::callerReferenceEntered);

    // Without a reference: nothing asked, nothing shown.
    h.press(Qt::Key_Return);
    CHECK(entered.isEmpty());
    CHECK_FALSE(h.shown("callerIncidentsBanner"));
    gui::Confirmation::setNextAnswer(true); // "end the call in progress?" — yes
    h.press(Qt::Key_N, Qt::ControlModifier);

    h.find<QLineEdit>("caseEdit")->setText(reference);
    h.press(Qt::Key_Return);
    REQUIRE(entered.size() == 1);
    CHECK(entered.front().front().toString() == reference);
    CHECK(h.visible("callerIncidentsBanner"));
    CHECK(h.text("callerIncidentsBanner") ==
          QStringLiteral("1 abusive call from this reference in the last 30 days (this desk)"));
    // The team's count replaces it when it comes.
    h.window->team().showCallerIncidents(2, 30);
    CHECK(h.text("callerIncidentsBanner") == QStringLiteral("2 abusive calls from this reference in the last 30 days"));
    // A team that has not heard of this desk's incident yet does not hide it.
    h.window->team().showCallerIncidents(0, 30);
    CHECK(h.text("callerIncidentsBanner") ==
          QStringLiteral("1 abusive call from this reference in the last 30 days (this desk)"));
    h.press(Qt::Key_F10);
    h.press(Qt::Key_N, Qt::ControlModifier);
    CHECK_FALSE(h.visible("callerIncidentsBanner"));
}

TEST_CASE("A caller without incidents shows no banner, whatever the team says later", "[gui][team][caller]")
{
    const EnglishPlurals english;
    Harness h("phone", Harness::WithJournal::Yes);
    h.find<QLineEdit>("caseEdit")->setText(QStringLiteral("new-caller"));
    h.press(Qt::Key_Return);
    CHECK_FALSE(h.shown("callerIncidentsBanner"));
    h.window->team().showCallerIncidents(0, 30);
    CHECK_FALSE(h.shown("callerIncidentsBanner"));
    h.window->team().showCallerIncidents(1, 30);
    CHECK(h.text("callerIncidentsBanner") == QStringLiteral("1 abusive call from this reference in the last 30 days"));
}

TEST_CASE("The team's banners and the break page are made at their first use — the caller's count above the hand",
          "[gui][team]")
{
    const EnglishPlurals english;
    Harness h("phone", Harness::WithJournal::Yes);
    // A desk that never needs them does not pay for them at start.
    for (const char *name : {"coolDownPage", "handBanner", "callerIncidentsBanner"})
        CHECK(h.window->findChild<QWidget *>(QString::fromLatin1(name)) == nullptr);

    // The hand first, the count second: the count still goes on top, the hand above the step.
    h.press(Qt::Key_Return);
    h.press(Qt::Key_F12);
    h.window->team().showCallerIncidents(3, 30);
    REQUIRE(h.visible("handBanner"));
    REQUIRE(h.visible("callerIncidentsBanner"));
    auto *callLayout = h.window->findChild<QBoxLayout *>(QStringLiteral("callLayout"));
    REQUIRE(callLayout);
    CHECK(callLayout->indexOf(h.find<QWidget>("callerIncidentsBanner")) == 0);
    CHECK(callLayout->indexOf(h.find<QWidget>("handBanner")) == 1);
    REQUIRE(callLayout->count() > 2);
    CHECK(callLayout->itemAt(2)->layout() == h.window->findChild<QLayout *>(QStringLiteral("stepHeader")));
    h.press(Qt::Key_F12);
    h.press(Qt::Key_F10);

    // The break page, made at the first break, is the window's break page.
    h.press(Qt::Key_N, Qt::ControlModifier);
    endAbusiveCall(h);
    REQUIRE(h.window->team().inCoolDown());
    CHECK(h.visible("coolDownPage"));
    CHECK(h.window->statusText() == QStringLiteral("A short break after the call"));
}
