#include "call/callsession.h"
#include "settings/settings.h"
#include "testplaybooks.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include "catch_qt.h"

using namespace steadyline;
using namespace std::chrono_literals;

namespace {

std::shared_ptr<const Playbook> polish()
{
    const LoadResult result = PlaybookLoader::loadFile(test::shippedPlaybookPath("aggressive-caller-pl.json"));
    REQUIRE(result.ok());
    return result.playbook;
}

CallSetup setup(Channel channel)
{
    CallSetup s;
    s.channel = channel;
    s.render.address = FormOfAddress::FormalFemale;
    s.render.agentGender = Gender::Female;
    return s;
}

} // namespace

TEST_CASE("A call session walks the 3.5 steps and prompts to hang up on the phone", "[call]")
{
    ManualClock clock;
    CallSession call(polish(), setup(Channel::Phone), clock);
    QSignalSpy stepChanged(&call, &CallSession::stepChanged);
    call.start();
    CHECK(call.currentLine() ==
          QStringLiteral("Jestem tu po to, aby Pani pomóc. Proszę mi opowiedzieć, co się wydarzyło."));
    CHECK(call.primaryEvent() == kEventNoChange);
    CHECK(call.canCalm());
    REQUIRE(call.fire(call.primaryEvent()));
    CHECK(call.currentLine().contains(QStringLiteral("zmuszona")));
    call.fire(call.primaryEvent());
    call.fire(call.primaryEvent());
    CHECK(call.step().stepId == QStringLiteral("countdown"));
    CHECK(call.countdownRunning());
    CHECK(call.primaryEvent().isEmpty()); // the countdown step moves on by itself
    QSignalSpy expired(&call, &CallSession::countdownExpired);
    clock.advance(6999ms);
    call.poll();
    CHECK(expired.isEmpty());
    clock.advance(1ms);
    call.poll();
    CHECK(expired.size() == 1);
    CHECK(call.step().stepId == QStringLiteral("hang_up"));
    CHECK(call.finalPrompt() == FinalPrompt::HangUp);
    CHECK(stepChanged.size() == 5);
    call.end();
    CHECK(call.summary().outcome == CallOutcome::EndedByConsultant);
    CHECK(call.summary().timeline.size() == 5);
}

TEST_CASE("In person the countdown ends in calling security", "[call]")
{
    ManualClock clock;
    CallSession call(polish(), setup(Channel::InPerson), clock);
    call.start();
    for (int i = 0; i < 3; ++i)
        call.fire(call.primaryEvent());
    REQUIRE(call.proceedNow());
    CHECK(call.step().stepId == QStringLiteral("call_security"));
    CHECK(call.finalPrompt() == FinalPrompt::CallSecurity);
    call.end();
    CHECK(call.summary().outcome == CallOutcome::Escalated);
}

TEST_CASE("The countdown can be stopped and adjusted within bounds", "[call]")
{
    ManualClock clock;
    CallSession call(polish(), setup(Channel::Phone), clock);
    call.start();
    for (int i = 0; i < 3; ++i)
        call.fire(call.primaryEvent());
    call.adjustCountdown(+2000);
    CHECK(call.countdownDurationMs() == 9000);
    call.adjustCountdown(+5000);
    CHECK(call.countdownDurationMs() == 10000);
    call.adjustCountdown(-9000);
    CHECK(call.countdownDurationMs() == 5000);
    call.stopCountdown();
    CHECK_FALSE(call.countdownRunning());
    clock.advance(60s);
    call.poll();
    CHECK(call.step().stepId == QStringLiteral("countdown"));
    // The consultant decides: act now.
    REQUIRE(call.proceedNow());
    CHECK(call.step().stepId == QStringLiteral("hang_up"));
}

TEST_CASE("Calming down leads to resolution, a promise is recorded and the call resolves", "[call]")
{
    ManualClock clock;
    CallSession call(polish(), setup(Channel::Phone), clock);
    call.start();
    call.fire(call.primaryEvent());
    REQUIRE(call.calm());
    CHECK(call.step().stepId == QStringLiteral("resolution"));
    CHECK(call.primaryEvent() == kEventNext);
    CHECK_FALSE(call.canCalm());
    CHECK(call.otherEvents() == QStringList{QStringLiteral("abuse_again"), QStringLiteral("needs_pause")});
    while (call.promisePrompt().isEmpty())
        REQUIRE(call.fire(call.primaryEvent()));
    CHECK(call.step().stepId == QStringLiteral("promise"));
    call.addPromise(QStringLiteral("Oddzwonię jutro do 12:00 z decyzją w sprawie reklamacji."));
    call.addNote(QStringLiteral("   "));
    call.addNote(QStringLiteral("Klient: zamówienie 4411."));
    call.fire(call.primaryEvent());
    CHECK(call.finalPrompt() == FinalPrompt::Finished);
    call.end();
    const CallSummary summary = call.summary();
    CHECK(summary.outcome == CallOutcome::Resolved);
    REQUIRE(summary.promises.size() == 1);
    REQUIRE(summary.notes.size() == 1);
    CHECK(summary.notes[0].text == QStringLiteral("Klient: zamówienie 4411."));
}

TEST_CASE("Phrasings cycle and reset on a new step — undo goes back", "[call]")
{
    ManualClock clock;
    CallSession call(polish(), setup(Channel::Phone), clock);
    call.start();
    const QStringList lines = call.step().say;
    REQUIRE(lines.size() == 2);
    call.nextPhrasing();
    CHECK(call.currentLine() == lines[1]);
    call.nextPhrasing();
    CHECK(call.currentLine() == lines[0]);
    call.nextPhrasing();
    call.fire(call.primaryEvent());
    CHECK(call.phrasingIndex() == 0);
    REQUIRE(call.undo());
    CHECK(call.step().stepId == QStringLiteral("help_offer"));
    call.end();
    CHECK_FALSE(call.undo());
    CHECK(call.summary().outcome == CallOutcome::EndedByConsultant);
}

TEST_CASE("Settings come from one table with defaults and survive bad values", "[settings]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        Settings settings(file);
        CHECK(settings.consultantGender() == Gender::Female);
        CHECK(settings.lastChannel() == Channel::Phone);
        CHECK(settings.flag(Settings::Key::CountdownSound));
        settings.setValue(Settings::Key::ConsultantGender, QStringLiteral("male"));
        settings.setValue(Settings::Key::LastChannel, QStringLiteral("fax"));
        settings.setValue(Settings::Key::SecurityNumber, QStringLiteral("wewn. 112"));
        settings.sync();
    }
    Settings reread(file);
    CHECK(reread.consultantGender() == Gender::Male);
    CHECK(reread.lastChannel() == Channel::Phone); // "fax" is not a channel
    CHECK(reread.string(Settings::Key::SecurityNumber) == QStringLiteral("wewn. 112"));
}
