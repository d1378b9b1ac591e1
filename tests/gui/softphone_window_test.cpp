// The window following the softphone: a call answered in the softphone starts here with the
// caller's number, its end stops even a running countdown, and what the journal knows of the
// number is shown when it rings.
#include "assistharness.h"
#include "call/countdownwidget.h"
#include "eventually.h"
#include "softphonefollower.h"

#include <QLineEdit>
#include <QStatusBar>
#include <QTextBrowser>

using namespace steadyline;
using namespace steadyline::test;
using softphone::CallDirection;
using softphone::CallEvent;
using softphone::CallEventKind;

namespace {

CallEvent event(CallEventKind kind, const char *callId, const char *peer = "")
{
    return CallEvent{kind, QString::fromLatin1(callId), QString::fromLatin1(peer), CallDirection::Incoming, {}};
}

std::optional<CallOutcome> lastOutcome(journal::Journal &journal)
{
    REQUIRE(journal.flushPending().ok);
    const auto calls = journal.calls();
    REQUIRE(calls.ok());
    REQUIRE_FALSE(calls.value.empty());
    return calls.value.front().outcome; // newest first
}

} // namespace

TEST_CASE("The softphone's end of the call stops the countdown and ends the call as hung up by the caller",
          "[gui][softphone]")
{
    Harness h("phone", Harness::WithJournal::Yes);
    gui::SoftphoneFollower follower(*h.window, h.settings);
    CHECK(follower.handle(event(CallEventKind::Answered, "c1", "601 234 567")).isEmpty());
    REQUIRE(h.window->call());
    CHECK(h.find<QLineEdit>("caseEdit")->text() == QStringLiteral("601234567"));
    for (int i = 0; i < 3; ++i)
        h.press(Qt::Key_F5);
    REQUIRE(h.stepId() == QStringLiteral("countdown"));
    auto *countdown = h.find<gui::CountdownWidget>("countdown");
    REQUIRE(countdown->isVisible());
    REQUIRE(h.window->call()->countdownRunning());

    // Another call's end (a second line) does nothing; this call's end ends it.
    CHECK(follower.handle(event(CallEventKind::Ended, "other")).isEmpty());
    CHECK(h.window->call()->countdownRunning());
    CHECK(follower.handle(event(CallEventKind::Ended, "c1")).isEmpty());
    CHECK(h.window->call()->ended());
    CHECK_FALSE(h.window->call()->countdownRunning());
    CHECK_FALSE(countdown->isVisible());
    CHECK(h.find<QTextBrowser>("summaryView")->isVisible());
    CHECK(lastOutcome(*h.journal) == CallOutcome::CallerHungUp);
    // The countdown never fires after the call ended.
    QTest::qWait(200);
    CHECK_FALSE(h.visible("finalPrompt"));
}

TEST_CASE("A call the consultant started by hand is not ended by the softphone", "[gui][softphone]")
{
    Harness h("phone", Harness::WithJournal::Yes);
    gui::SoftphoneFollower follower(*h.window, h.settings);
    h.press(Qt::Key_Return);
    REQUIRE(h.window->call());
    CHECK(follower.handle(event(CallEventKind::Ended, "c1")).isEmpty());
    CHECK(follower.handle(event(CallEventKind::Ended, "")).isEmpty());
    CHECK_FALSE(h.window->call()->ended());
    // And an answered call while it runs is refused, with the reason.
    CHECK(follower.handle(event(CallEventKind::Answered, "c2", "700")) ==
          QStringLiteral("A call is already in progress in Steadyline."));
}

TEST_CASE("After the consultant ended the softphone's call, its late end leaves the next call alone",
          "[gui][softphone]")
{
    Harness h("phone", Harness::WithJournal::Yes);
    gui::SoftphoneFollower follower(*h.window, h.settings);
    REQUIRE(follower.handle(event(CallEventKind::Answered, "c1", "601")).isEmpty());
    gui::Confirmation::setNextAnswer(true);
    h.press(Qt::Key_F10); // the consultant ends it
    REQUIRE(h.window->call()->ended());
    h.press(Qt::Key_N, Qt::ControlModifier); // the next call, by hand
    h.press(Qt::Key_Return);
    REQUIRE(h.window->call());
    REQUIRE_FALSE(h.window->call()->ended());
    CHECK(follower.handle(event(CallEventKind::Ended, "c1")).isEmpty());
    CHECK_FALSE(h.window->call()->ended());
}

TEST_CASE("The number's earlier calls and open promises show when it rings and when the call starts",
          "[gui][softphone]")
{
    Harness h("phone", Harness::WithJournal::Yes);
    for (int i = 0; i < 2; ++i) {
        journal::CallStart start;
        start.caseReference = QStringLiteral("+48601234567");
        start.playbookId = QStringLiteral("aggressive-caller-pl");
        start.locale = QStringLiteral("pl");
        const auto call = h.journal->beginCall(start);
        REQUIRE(call.ok);
        if (i == 0)
            REQUIRE(h.journal
                        ->addPromise(call.id, QStringLiteral("Oddzwonić"), start.caseReference,
                                     QDateTime::currentDateTimeUtc().addDays(1))
                        .ok);
        REQUIRE(h.journal->endCall(call.id, CallOutcome::Resolved).ok);
    }
    REQUIRE(h.journal->flushPending().ok);
    gui::SoftphoneFollower follower(*h.window, h.settings);
    follower.handle(event(CallEventKind::Started, "c9", "sip:+48601234567@pbx"));
    auto *banner = h.find<QLabel>("callerBanner");
    CHECK(banner->isVisible());
    const QString ringing = banner->text();
    CHECK(ringing.contains(QStringLiteral("+48601234567")));
    // (Tests run without the English plural forms: "2 earlier call(s)" here.)
    CHECK(ringing.contains(QStringLiteral("2 earlier call")));
    CHECK(ringing.contains(QStringLiteral("1 open promise")));
    CHECK_FALSE(h.window->call());
    // Answered without the number: the ringing one is used.
    REQUIRE(follower.handle(event(CallEventKind::Answered, "c9")).isEmpty());
    CHECK(h.find<QLineEdit>("caseEdit")->text() == QStringLiteral("+48601234567"));
    CHECK(banner->isVisible()); // through the call: the caller's context
    const QString started = banner->text();
    CHECK(started.contains(QStringLiteral("+48601234567: 2 earlier call")));
    CHECK(started.contains(QStringLiteral("1 open promise")));
}

TEST_CASE("The caller's number is not used when the consultant turned that off", "[gui][softphone]")
{
    Harness h("phone", Harness::WithJournal::Yes);
    h.settings.setValue(Settings::Key::SoftphoneCallerReferenceFromNumber, false);
    gui::SoftphoneFollower follower(*h.window, h.settings);
    REQUIRE(follower.handle(event(CallEventKind::Answered, "c1", "601")).isEmpty());
    REQUIRE(h.window->call());
    CHECK(h.find<QLineEdit>("caseEdit")->text().isEmpty());
    CHECK_FALSE(h.visible("callerBanner"));
}

TEST_CASE("A rehearsal is never started over or ended by the phone", "[gui][softphone]")
{
    Harness h("phone", Harness::WithJournal::Yes);
    gui::SoftphoneFollower follower(*h.window, h.settings);
    REQUIRE(
        h.window->startRehearsal(QStringLiteral(STEADYLINE_PLAYBOOKS_DIR "/scenarios/hang-up-after-countdown-cs.json"))
            .isEmpty());
    REQUIRE(h.window->rehearsal());
    CHECK_FALSE(follower.handle(event(CallEventKind::Answered, "c1", "601")).isEmpty());
    CHECK(follower.handle(event(CallEventKind::Ended, "c1")).isEmpty());
    CHECK_FALSE(h.window->call()->ended());
}

TEST_CASE("The preferences' playbook rules choose the playbook of a softphone call", "[gui][softphone]")
{
    Harness h("phone", Harness::WithJournal::Yes);
    h.settings.setValue(Settings::Key::SoftphonePlaybookRules,
                        QStringLiteral("+420* = complaint-cs\nqueue:vip = no-such-playbook"));
    gui::SoftphoneFollower follower(*h.window, h.settings);
    REQUIRE(follower.handle(event(CallEventKind::Answered, "c1", "+420601234567")).isEmpty());
    REQUIRE(h.window->call());
    CHECK(h.window->call()->summary().playbookId == QStringLiteral("complaint-cs"));
    REQUIRE(follower.handle(event(CallEventKind::Ended, "c1")).isEmpty());

    // A rule naming a playbook that is not there: the start page's, and the consultant is told.
    h.press(Qt::Key_N, Qt::ControlModifier);
    CallEvent vip = event(CallEventKind::Answered, "c2", "+48601234567");
    vip.queue = QStringLiteral("vip");
    REQUIRE(follower.handle(vip).isEmpty());
    REQUIRE(h.window->call());
    CHECK(h.window->call()->summary().playbookId == QStringLiteral("complaint-cs"));
    CHECK(h.window->statusBar()->currentMessage().contains(QStringLiteral("no-such-playbook")));
}
