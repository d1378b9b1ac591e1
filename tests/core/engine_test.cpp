#include "playbook/playbookengine.h"
#include "testplaybooks.h"

#include "catch_qt.h"

using namespace steadyline;
using namespace std::chrono_literals;

namespace {

// Three steps, a countdown that ends differently per channel, a global "calmed" transition,
// and text in two locales (Czech falls back to Polish where it is missing).
const char *const kPlaybook = R"({
  "schemaVersion": 1, "id": "engine-test", "revision": 3, "baseLocale": "pl", "locales": ["pl", "cs"],
  "title": {"pl": "Test", "cs": "Test"},
  "initialStep": "warn",
  "events": [{"id": "no_change", "label": {"pl": "Bez zmian", "cs": "Beze změny"}},
             {"id": "calmed", "label": {"pl": "Uspokoił się", "cs": "Uklidnil se"}}],
  "globalTransitions": [{"event": "calmed", "to": "resolution", "except": ["resolution"]}],
  "steps": [
    {"id": "warn", "label": "2", "title": {"pl": "Granica", "cs": "Hranice"},
     "say": [{"pl": "będę {agent:zmuszony|zmuszona} zakończyć", "cs": "budu {agent:nucen|nucena} ukončit"},
             {"pl": "aby {address:Panu|Pani} pomóc"}],
     "on": [{"event": "no_change", "to": "countdown"}]},
    {"id": "countdown", "label": "3½", "title": {"pl": "Odliczanie", "cs": "Odpočet"},
     "timer": {"minMs": 5000, "maxMs": 10000, "defaultMs": 7000,
               "onExpiry": [{"to": "hang_up", "when": {"channel": "phone"}},
                            {"to": "call_security", "when": {"channel": "in_person"}}]}},
    {"id": "hang_up", "label": "3½", "title": {"pl": "Rozłącz", "cs": "Zavěste"}, "final": true,
     "actions": [{"type": "end_call", "outcome": "ended_by_consultant"}]},
    {"id": "call_security", "label": "3½", "title": {"pl": "Ochrona", "cs": "Ostraha"}, "final": true,
     "actions": [{"type": "notify_supervisor", "reason": "security", "urgent": true},
                 {"type": "end_call", "outcome": "escalated"}]},
    {"id": "resolution", "label": "A", "title": {"pl": "Rozwiązanie", "cs": "Řešení"}, "final": true,
     "actions": [{"type": "request_promise", "prompt": {"pl": "Zapisz obietnicę", "cs": "Zapište slib"}}]}
  ]
})";

CallSetup setup(Channel channel, const char *locale = "pl")
{
    CallSetup s;
    s.channel = channel;
    s.locale = QString::fromLatin1(locale);
    s.render.address = FormOfAddress::FormalFemale;
    s.render.agentGender = Gender::Female;
    return s;
}

} // namespace

TEST_CASE("Engine starts at the initial step with rendered lines", "[engine]")
{
    ManualClock clock;
    PlaybookEngine engine(test::requirePlaybook(kPlaybook), setup(Channel::Phone), clock);
    const StepView &view = engine.start();
    CHECK(view.stepId == QStringLiteral("warn"));
    CHECK(view.label == QStringLiteral("2"));
    CHECK(view.position == 1);
    CHECK(view.stepCount == 5);
    REQUIRE(view.say.size() == 2);
    CHECK(view.say[0] == QStringLiteral("będę zmuszona zakończyć"));
    CHECK(view.say[1] == QStringLiteral("aby Pani pomóc"));
    CHECK_FALSE(view.timer);
    REQUIRE(engine.history().size() == 1);
    CHECK(engine.history()[0].cause == TransitionCause::Start);
    CHECK(engine.history()[0].wallTime == clock.wallNow());
}

TEST_CASE("Engine renders another locale and falls back to the base locale", "[engine]")
{
    ManualClock clock;
    PlaybookEngine engine(test::requirePlaybook(kPlaybook), setup(Channel::Phone, "cs"), clock);
    const StepView &view = engine.start();
    CHECK(view.title == QStringLiteral("Hranice"));
    CHECK(view.say[0] == QStringLiteral("budu nucena ukončit"));
    CHECK(view.say[1] == QStringLiteral("aby Pani pomóc")); // no Czech text: the Polish one
}

TEST_CASE("Countdown expiry leads to hang-up on the phone and to security in person", "[engine]")
{
    for (const auto &[channel, expected, outcome] :
         {std::tuple{Channel::Phone, "hang_up", CallOutcome::EndedByConsultant},
          std::tuple{Channel::InPerson, "call_security", CallOutcome::Escalated}}) {
        ManualClock clock;
        PlaybookEngine engine(test::requirePlaybook(kPlaybook), setup(channel), clock);
        engine.start();
        REQUIRE(engine.fire(QStringLiteral("no_change")) == FireResult::Moved);
        REQUIRE(engine.current().timer);
        CHECK(engine.timerRemaining() == 7000ms);
        clock.advance(6999ms);
        CHECK_FALSE(engine.poll());
        clock.advance(1ms);
        CHECK(engine.poll());
        CHECK(engine.current().stepId == QString::fromLatin1(expected));
        CHECK(engine.finished());
        CHECK(engine.current().actions.back().type == ActionType::EndCall);
        CHECK(engine.current().actions.back().outcome == outcome);
        CHECK(engine.history().back().cause == TransitionCause::TimerExpired);
        CHECK(engine.fire(QStringLiteral("calmed")) == FireResult::CallFinished);
    }
}

TEST_CASE("A change of the wall clock neither shortens nor stretches the countdown", "[engine]")
{
    ManualClock clock;
    PlaybookEngine engine(test::requirePlaybook(kPlaybook), setup(Channel::Phone), clock);
    engine.start();
    engine.fire(QStringLiteral("no_change"));
    clock.setWall(clock.wallNow().addSecs(3600)); // NTP or a user moves the clock an hour ahead
    CHECK_FALSE(engine.poll());
    CHECK(engine.timerRemaining() == 7000ms);
    clock.setWall(clock.wallNow().addSecs(-7200));
    clock.advance(7000ms);
    CHECK(engine.poll());
}

TEST_CASE("The countdown can be adjusted within the playbook's bounds", "[engine]")
{
    ManualClock clock;
    PlaybookEngine engine(test::requirePlaybook(kPlaybook), setup(Channel::Phone), clock);
    engine.start();
    engine.fire(QStringLiteral("no_change"));
    clock.advance(2000ms);
    CHECK(engine.adjustTimer(9000) == 9000);
    CHECK(engine.timerRemaining() == 7000ms); // counted from the start of the countdown
    CHECK(engine.adjustTimer(60000) == 10000);
    CHECK(engine.adjustTimer(100) == 5000);
    CHECK(engine.timerDurationMs() == 5000);
    clock.advance(3000ms);
    CHECK(engine.poll());
}

TEST_CASE("Leaving a step cancels its timer", "[engine]")
{
    ManualClock clock;
    PlaybookEngine engine(test::requirePlaybook(kPlaybook), setup(Channel::Phone), clock);
    engine.start();
    engine.fire(QStringLiteral("no_change"));
    REQUIRE(engine.fire(QStringLiteral("calmed")) == FireResult::Moved);
    CHECK(engine.current().stepId == QStringLiteral("resolution"));
    CHECK_FALSE(engine.timerRemaining());
    clock.advance(60s);
    CHECK_FALSE(engine.poll());
    CHECK(engine.current().stepId == QStringLiteral("resolution"));
}

TEST_CASE("Global transitions apply in every step but the excepted ones", "[engine]")
{
    ManualClock clock;
    PlaybookEngine engine(test::requirePlaybook(kPlaybook), setup(Channel::Phone), clock);
    engine.start();
    CHECK(engine.availableEvents() == QStringList{QStringLiteral("no_change"), QStringLiteral("calmed")});
    CHECK(engine.fire(QStringLiteral("calmed")) == FireResult::Moved);
    CHECK(engine.current().stepId == QStringLiteral("resolution"));
    CHECK(engine.current().actions.front().text == QStringLiteral("Zapisz obietnicę"));
    CHECK(engine.fire(QStringLiteral("shouting")) == FireResult::UnknownEvent);
}

TEST_CASE("Undo returns to the previous step and restarts its timer", "[engine]")
{
    ManualClock clock;
    PlaybookEngine engine(test::requirePlaybook(kPlaybook), setup(Channel::Phone), clock);
    engine.start();
    CHECK_FALSE(engine.canUndo());
    CHECK_FALSE(engine.undo());
    engine.fire(QStringLiteral("no_change"));
    clock.advance(7000ms);
    REQUIRE(engine.poll());
    REQUIRE(engine.current().stepId == QStringLiteral("hang_up"));
    // The consultant hit the key by mistake: back to the countdown, which starts afresh.
    REQUIRE(engine.undo());
    CHECK(engine.current().stepId == QStringLiteral("countdown"));
    CHECK(engine.timerRemaining() == 7000ms);
    CHECK(engine.history().back().cause == TransitionCause::Undo);
    CHECK(engine.history().back().fromStep == QStringLiteral("hang_up"));
    CHECK(engine.history().back().toStep == QStringLiteral("countdown"));
    REQUIRE(engine.undo());
    CHECK(engine.current().stepId == QStringLiteral("warn"));
    CHECK_FALSE(engine.timerRemaining());
    CHECK_FALSE(engine.canUndo());
}

TEST_CASE("Every transition is recorded with its cause, event and timestamps", "[engine]")
{
    ManualClock clock;
    PlaybookEngine engine(test::requirePlaybook(kPlaybook), setup(Channel::InPerson), clock);
    engine.start();
    clock.advance(1500ms);
    engine.fire(QStringLiteral("no_change"));
    clock.advance(7000ms);
    engine.poll();
    const auto &history = engine.history();
    REQUIRE(history.size() == 3);
    CHECK(history[1].cause == TransitionCause::Event);
    CHECK(history[1].event == QStringLiteral("no_change"));
    CHECK(history[1].fromStep == QStringLiteral("warn"));
    CHECK(history[1].toStep == QStringLiteral("countdown"));
    CHECK(history[1].monotonic - history[0].monotonic == 1500ms);
    CHECK(history[0].wallTime.msecsTo(history[2].wallTime) == 8500);
    CHECK(history[2].toStep == QStringLiteral("call_security"));
}

TEST_CASE("An expiry with no target for the channel stops the timer and stays", "[engine]")
{
    const char *const onlyPhone = R"({
      "schemaVersion": 1, "id": "only-phone", "revision": 1, "baseLocale": "en", "title": "t",
      "initialStep": "countdown", "events": [{"id": "calmed", "label": "Calmed"}],
      "steps": [
        {"id": "countdown", "label": "3½", "title": "Wait", "on": [{"event": "calmed", "to": "done"}],
         "timer": {"minMs": 5000, "maxMs": 10000, "defaultMs": 5000,
                   "onExpiry": [{"to": "done", "when": {"channel": "phone"}}]}},
        {"id": "done", "label": "4", "title": "Done", "final": true}]
    })";
    ManualClock clock;
    PlaybookEngine engine(test::requirePlaybook(onlyPhone), setup(Channel::InPerson), clock);
    engine.start();
    clock.advance(5000ms);
    CHECK_FALSE(engine.poll());
    CHECK(engine.current().stepId == QStringLiteral("countdown"));
    CHECK_FALSE(engine.timerRemaining());
}
