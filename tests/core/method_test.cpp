// What the consultant meets in the worst minute of the day, in every shipped playbook (#15):
// step 1 says the whole of the method's step 1, F5 and F6 find their events, and the last
// screen tells the consultant what the channel and the ending really need.
#include "call/callsession.h"
#include "testplaybooks.h"

#include "catch_qt.h"

using namespace steadyline;

namespace {

std::shared_ptr<const Playbook> shipped(const QString &name)
{
    const LoadResult result = PlaybookLoader::loadFile(test::shippedPlaybookPath(name.toUtf8().constData()));
    for (const Diagnostic &d : result.diagnostics)
        UNSCOPED_INFO(d.toString().toStdString());
    REQUIRE(result.ok());
    return result.playbook;
}

CallSetup setupFor(Channel channel)
{
    CallSetup s;
    s.channel = channel;
    s.render.address = FormOfAddress::FormalMale;
    s.render.agentGender = Gender::Female;
    return s;
}

const QStringList kLocales{QStringLiteral("pl"), QStringLiteral("en"), QStringLiteral("cs"), QStringLiteral("ru")};

void walkTo(CallSession &call, const QString &stepId, int presses)
{
    for (int i = 0; i < presses && call.step().stepId != stepId; ++i)
        REQUIRE(call.fire(call.primaryEvent()));
    REQUIRE(call.step().stepId == stepId);
}

} // namespace

TEST_CASE("Step 1 shows the offer of help and the question together", "[method]")
{
    // Seed 000: „Jestem tu po to, aby Panu pomóc.” and „Proszę mi opowiedzieć, co się wydarzyło.”
    // are said together; the first line on the card must hold both.
    const QHash<QString, QStringList> expected{
        {QStringLiteral("pl"), {QStringLiteral("aby Panu pomóc."), QStringLiteral("co się wydarzyło.")}},
        {QStringLiteral("en"), {QStringLiteral("I am here to help you."), QStringLiteral("what happened.")}},
        {QStringLiteral("cs"), {QStringLiteral("abych vám pomohla."), QStringLiteral("co se stalo.")}},
        {QStringLiteral("ru"), {QStringLiteral("чтобы вам помочь."), QStringLiteral("что произошло.")}},
    };
    for (const QString &locale : kLocales) {
        INFO(locale.toStdString());
        CallSession call(shipped(QStringLiteral("aggressive-caller-%1.json").arg(locale)), setupFor(Channel::Phone));
        call.start();
        for (const QString &part : expected[locale])
            CHECK(call.currentLine().contains(part));
        // Every phrasing of step 1 asks what happened, not only the one behind F7.
        for (int i = 0; i < call.step().say.size(); ++i) {
            CHECK(call.currentLine().contains(expected[locale].last()));
            call.nextPhrasing();
        }
    }
}

TEST_CASE("The apology step's first line apologises — taking the blame is the alternative", "[method]")
{
    const QHash<QString, QString> sorry{{QStringLiteral("pl"), QStringLiteral("Przepraszam")},
                                        {QStringLiteral("en"), QStringLiteral("sorry")},
                                        {QStringLiteral("cs"), QStringLiteral("omlouvám")},
                                        {QStringLiteral("ru"), QStringLiteral("извин")}};
    for (const QString &locale : kLocales) {
        INFO(locale.toStdString());
        CallSession call(shipped(QStringLiteral("aggressive-caller-%1.json").arg(locale)), setupFor(Channel::Phone));
        call.start();
        REQUIRE(call.calm());
        walkTo(call, QStringLiteral("apology"), 2);
        CHECK(call.step().say.size() == 2);
        for (const QString &line : call.step().say)
            CHECK(line.contains(sorry[locale], Qt::CaseInsensitive));
    }
}

TEST_CASE("F5 and F6 find their events in every shipped playbook", "[method]")
{
    for (const QString &locale : kLocales) {
        INFO(locale.toStdString());
        SECTION("aggressive caller " + locale.toStdString())
        {
            const auto playbook = shipped(QStringLiteral("aggressive-caller-%1.json").arg(locale));
            CHECK(playbook->eventsWithRole(EventRole::Calmed) == QStringList{QStringLiteral("calmed")});
            CallSession call(playbook, setupFor(Channel::Phone));
            call.start();
            walkTo(call, QStringLiteral("countdown"), 3);
            CHECK(call.canCalm());
            REQUIRE(call.calm());
            CHECK(call.step().stepId == QStringLiteral("resolution"));
        }
        SECTION("complaint " + locale.toStdString())
        {
            const auto playbook = shipped(QStringLiteral("complaint-%1.json").arg(locale));
            CHECK(playbook->eventsWithRole(EventRole::Calmed) == QStringList{QStringLiteral("calmed")});
            CallSession call(playbook, setupFor(Channel::Phone));
            call.start();
            walkTo(call, QStringLiteral("offer_solution"), 5);
            CHECK_FALSE(call.primaryEvent().isEmpty()); // the customer accepts: F5, not Ctrl+1
            REQUIRE(call.fire(QStringLiteral("abusive")));
            CHECK(call.step().stepId == QStringLiteral("boundary"));
            REQUIRE(call.calm());
            CHECK(call.step().stepId == QStringLiteral("listen"));
        }
    }
}

TEST_CASE("The complaint playbook's abusive branch follows the 3.5 steps and hangs up on the phone", "[method]")
{
    for (const QString &locale : kLocales) {
        INFO(locale.toStdString());
        for (const auto &[channel, prompt] : {std::pair{Channel::Phone, FinalPrompt::HangUp},
                                              std::pair{Channel::InPerson, FinalPrompt::CallSecurity}}) {
            ManualClock clock;
            CallSession call(shipped(QStringLiteral("complaint-%1.json").arg(locale)), setupFor(channel), clock);
            call.start();
            REQUIRE(call.fire(QStringLiteral("abusive")));
            CHECK(call.step().label == QStringLiteral("2"));
            REQUIRE(call.fire(call.primaryEvent()));
            CHECK(call.step().label == QStringLiteral("3"));
            CHECK(call.primaryEventStartsCountdown());
            REQUIRE(call.fire(call.primaryEvent()));
            CHECK(call.step().label == QStringLiteral("3½"));
            REQUIRE(call.step().timer);
            CHECK(call.step().timer->minMs == 5000);
            CHECK(call.step().timer->maxMs == 10000);
            CHECK(call.canCalm()); // the caller's last chance
            clock.advance(std::chrono::milliseconds(call.countdownDurationMs() + 1));
            call.poll();
            REQUIRE(call.reachedFinalStep());
            CHECK(call.finalPrompt() == prompt);
            call.end();
            CHECK(call.summary().outcome ==
                  (channel == Channel::Phone ? CallOutcome::EndedByConsultant : CallOutcome::Escalated));
        }
    }
}

TEST_CASE("A hand-over says hand over, is stored as handed over, and never says call security", "[method]")
{
    for (const QString &name : {QStringLiteral("complaint-%1.json"), QStringLiteral("aggressive-caller-%1.json")}) {
        for (const QString &locale : kLocales) {
            INFO(name.arg(locale).toStdString());
            CallSession call(shipped(name.arg(locale)), setupFor(Channel::Phone));
            call.start();
            REQUIRE(call.fire(QStringLiteral("needs_pause")));
            CHECK(call.step().stepId == QStringLiteral("take_pause"));
            REQUIRE(call.fire(QStringLiteral("hand_over")));
            REQUIRE(call.reachedFinalStep());
            CHECK(call.finalPrompt() == FinalPrompt::HandOver);
            call.end();
            CHECK(call.summary().outcome == CallOutcome::HandedOver);
        }
    }
}

TEST_CASE("Arranging a callback asks for the time before the call ends", "[method]")
{
    for (const QString &name : {QStringLiteral("complaint-%1.json"), QStringLiteral("aggressive-caller-%1.json")}) {
        for (const QString &locale : kLocales) {
            INFO(name.arg(locale).toStdString());
            CallSession call(shipped(name.arg(locale)), setupFor(Channel::Phone));
            call.start();
            REQUIRE(call.fire(QStringLiteral("needs_pause")));
            REQUIRE(call.fire(QStringLiteral("call_back")));
            CHECK_FALSE(call.reachedFinalStep()); // the time and number are agreed first
            CHECK_FALSE(call.promisePrompt().isEmpty());
            REQUIRE(call.fire(call.primaryEvent()));
            REQUIRE(call.reachedFinalStep());
            CHECK(call.finalPrompt() == FinalPrompt::Finished);
        }
    }
}

TEST_CASE("A customer who rejects the solution is worked with until both sides agree", "[method]")
{
    // Seed 003: work with the customer to find a solution that satisfies both sides; a rejected
    // offer is not the end of the call, nor a dead end with only "accepted" on offer.
    for (const QString &locale : kLocales) {
        INFO(locale.toStdString());
        CallSession call(shipped(QStringLiteral("complaint-%1.json").arg(locale)), setupFor(Channel::Phone));
        call.start();
        walkTo(call, QStringLiteral("offer_solution"), 5);
        REQUIRE(call.fire(QStringLiteral("rejected")));
        CHECK(call.step().stepId == QStringLiteral("work_together"));
        CHECK_FALSE(call.reachedFinalStep());
        CHECK(call.step().say.size() == 2);
        CHECK(call.currentLine().endsWith(QLatin1Char('?'))); // it asks what the customer needs
        // F5 takes the new proposal back to the offer, which asks for the promise again.
        REQUIRE(call.fire(call.primaryEvent()));
        CHECK(call.step().stepId == QStringLiteral("offer_solution"));
        CHECK_FALSE(call.promisePrompt().isEmpty());
        REQUIRE(call.fire(QStringLiteral("rejected")));
        // Nothing acceptable: letting the customer go is still open.
        REQUIRE(call.fire(QStringLiteral("let_go")));
        REQUIRE(call.reachedFinalStep());
        CHECK(call.finalPrompt() == FinalPrompt::Finished);
        call.end();
        CHECK(call.summary().outcome == CallOutcome::CallerHungUp);
    }
}

TEST_CASE("The final prompt comes from the end_call's final action, not from a notification", "[method]")
{
    const auto playbook = test::requirePlaybook(R"({
      "schemaVersion": 1, "id": "t", "revision": 1, "baseLocale": "en", "title": "T",
      "initialStep": "a",
      "events": [{ "id": "go", "label": "Go", "role": "next" }, { "id": "ok", "label": "OK", "role": "calmed" }],
      "steps": [
        { "id": "a", "label": "1", "title": "A", "on": [{ "event": "go", "to": "b" }, { "event": "ok", "to": "c" }] },
        { "id": "b", "label": "✓", "title": "B", "final": true, "actions": [
            { "type": "notify_supervisor", "reason": "handover" },
            { "type": "end_call", "finalAction": "hand_over" } ] },
        { "id": "c", "label": "✓", "title": "C", "final": true, "actions": [{ "type": "end_call", "finalAction": "end" }] }
      ]
    })");
    CallSession call(playbook, setupFor(Channel::Phone));
    call.start();
    CHECK(call.primaryEvent() == QStringLiteral("go"));
    CHECK(call.calmEvent() == QStringLiteral("ok"));
    REQUIRE(call.fire(call.primaryEvent()));
    CHECK(call.finalPrompt() == FinalPrompt::HandOver);
    call.end();
    CHECK(call.summary().outcome == CallOutcome::HandedOver);

    CallSession calm(playbook, setupFor(Channel::InPerson));
    calm.start();
    REQUIRE(calm.calm());
    CHECK(calm.finalPrompt() == FinalPrompt::Finished);
    calm.end();
    CHECK(calm.summary().outcome == CallOutcome::Resolved);
}

TEST_CASE("A countdown that F6 cannot stop is reported", "[method][validator]")
{
    const char *noRole = R"({
      "schemaVersion": 1, "id": "t", "revision": 1, "baseLocale": "en", "title": "T",
      "initialStep": "warn",
      "events": [{ "id": "go", "label": "Go" }, { "id": "calm", "label": "Calm" }],
      "steps": [
        { "id": "warn", "label": "3", "title": "Warn", "on": [{ "event": "go", "to": "wait" }, { "event": "calm", "to": "talk" }] },
        { "id": "wait", "label": "3½", "title": "Wait", "timer": { "minMs": 5000, "maxMs": 10000, "defaultMs": 7000,
          "onExpiry": [{ "to": "end" }] }, "on": [{ "event": "calm", "to": "talk" }] },
        { "id": "talk", "label": "A", "title": "Talk", "final": true, "actions": [{ "type": "end_call", "finalAction": "end" }] },
        { "id": "end", "label": "3½", "title": "End", "final": true, "actions": [{ "type": "end_call", "finalAction": "hang_up" }] }
      ]
    })";
    const Diagnostics missing = test::diagnosticsOf(noRole);
    const Diagnostic *d = test::findCode(missing, "no-calmed-event");
    REQUIRE(d);
    CHECK(d->severity == Severity::Warning);
    CHECK(d->message.contains(QStringLiteral("\"role\": \"calmed\"")));

    QByteArray withRole(noRole);
    withRole.replace(R"({ "id": "calm", "label": "Calm" })", R"({ "id": "calm", "label": "Calm", "role": "calmed" })");
    CHECK_FALSE(test::findCode(test::diagnosticsOf(withRole.constData()), "no-calmed-event"));
    CHECK_FALSE(test::findCode(test::diagnosticsOf(withRole.constData()), "calmed-event-unused"));

    QByteArray unused(withRole);
    unused.replace(R"("onExpiry": [{ "to": "end" }] }, "on": [{ "event": "calm", "to": "talk" }] },)",
                   R"("onExpiry": [{ "to": "end" }] } },)");
    const Diagnostics diagnostics = test::diagnosticsOf(unused.constData());
    for (const Diagnostic &each : diagnostics)
        UNSCOPED_INFO(each.toString().toStdString());
    CHECK(test::findCode(diagnostics, "calmed-event-unused"));

    QByteArray badRole(noRole);
    badRole.replace(R"({ "id": "calm", "label": "Calm" })", R"({ "id": "calm", "label": "Calm", "role": "calm" })");
    const Diagnostics bad = test::diagnosticsOf(badRole.constData());
    const Diagnostic *unknown = test::findCode(bad, "invalid-value");
    REQUIRE(unknown);
    CHECK(unknown->message.contains(QStringLiteral("calmed")));
}

TEST_CASE("One step says goodbye as the channel needs: Na slyšenou on the phone, Na shledanou in person",
          "[method][template]")
{
    for (const auto &[channel, goodbye, other] :
         {std::tuple{Channel::Phone, QStringLiteral("Na slyšenou."), QStringLiteral("Na shledanou")},
          std::tuple{Channel::InPerson, QStringLiteral("Na shledanou."), QStringLiteral("Na slyšenou")}}) {
        CallSession call(shipped(QStringLiteral("complaint-cs.json")), setupFor(channel));
        call.start();
        walkTo(call, QStringLiteral("offer_solution"), 5);
        REQUIRE(call.fire(QStringLiteral("accepted")));
        CHECK(call.currentLine().endsWith(goodbye));
        CHECK_FALSE(call.currentLine().contains(other));
        CHECK_FALSE(call.currentLine().contains(QLatin1Char('{')));
    }
    CallSession inPerson(shipped(QStringLiteral("aggressive-caller-en.json")), setupFor(Channel::InPerson));
    inPerson.start();
    REQUIRE(inPerson.calm());
    walkTo(inPerson, QStringLiteral("resolved"), 6);
    CHECK(inPerson.currentLine().contains(QStringLiteral("thank you for coming in")));
}
