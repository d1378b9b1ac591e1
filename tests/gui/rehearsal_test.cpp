// A rehearsal in the real assist window, played with the keys of a live call.
#include "../desktop/silentspeechdispatcher.h"
#include "assistharness.h"
#include "eventually.h"
#include "speech/callervoice.h"
#include "training/trainingwindow.h"

#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>

#include <chrono>
#include <iostream>

using namespace steadyline;
using steadyline::test::Harness;
using steadyline::test::typeText;

namespace {

const QString kScenario = QStringLiteral(STEADYLINE_SOURCE_DIR "/tests/data/training/escalation-en.json");

QStringList transcript(const Harness &h)
{
    QStringList lines;
    auto *list = h.find<QListWidget>("transcript");
    for (int i = 0; i < list->count(); ++i)
        lines << list->item(i)->text();
    return lines;
}

} // namespace

TEST_CASE("A rehearsal runs on the step card with the live keys and ends in a scored report", "[gui][training]")
{
    Harness h("phone", Harness::WithJournal::Yes);
    REQUIRE(h.window->startRehearsal(kScenario).isEmpty());
    REQUIRE(h.window->rehearsal());
    CHECK(h.visible("rehearsalPanel"));
    CHECK(h.text("stepBadge") == QStringLiteral("1"));
    CHECK(h.text("lineLabel") == QStringLiteral("I am here to help you. Please tell me what happened."));
    CHECK(transcript(h).first() == QStringLiteral("Caller (insulting): You people are useless idiots!"));
    CHECK(h.find<QPushButton>("sayButton_1")->accessibleName() == QStringLiteral("I am not an idiot, sir!"));
    CHECK(h.find<QPushButton>("sayButton_1")->isVisible());
    CHECK_FALSE(h.find<QPushButton>("sayButton_2")->isVisible());

    // F6 is not an option here: nothing moves, and the panel says so.
    h.press(Qt::Key_F6);
    CHECK(h.text("stepBadge") == QStringLiteral("1"));
    CHECK(h.text("feedbackLabel").contains(QStringLiteral("not an option")));
    // Alt+1 says the first line: arguing back costs points and the feedback says why.
    h.press(Qt::Key_1, Qt::AltModifier);
    CHECK(h.text("feedbackLabel").startsWith(QStringLiteral("−2 points: Arguing back")));
    CHECK(h.window->rehearsal()->currentTurn()->id == u"insult_again");
    // The transcript reads in order: the caller, what you said, the feedback, the caller's answer.
    const QStringList lines = transcript(h);
    REQUIRE(lines.size() == 4);
    CHECK(lines[1] == QStringLiteral("You: I am not an idiot, sir!"));
    CHECK(lines[2].trimmed().startsWith(QStringLiteral("−2 points:")));
    CHECK(lines[3] == QStringLiteral("Caller (shouting): Useless! Do you hear me?"));
    h.press(Qt::Key_F5);
    CHECK(h.text("stepBadge") == QStringLiteral("2"));
    // F8 and a typed note: the trainee's own words are the note.
    h.press(Qt::Key_F8);
    auto *note = h.find<QLineEdit>("noteEdit");
    CHECK(note->hasFocus());
    typeText(note, QStringLiteral("Obelga po wyznaczeniu granicy"));
    QTest::keyClick(note, Qt::Key_Return);
    REQUIRE(h.window->call()->notes().size() == 1);
    CHECK(h.window->call()->notes().front().text == u"Obelga po wyznaczeniu granicy");
    h.press(Qt::Key_F5);
    h.press(Qt::Key_F5);
    CHECK(h.text("stepBadge") == QStringLiteral("3½"));
    // The countdown runs in real time; the caller's cue comes when it reaches zero.
    QTest::qWait(7300);
    REQUIRE(h.window->rehearsal()->isFinished());
    const QString report = h.find<QTextBrowser>("summaryView")->toPlainText();
    CHECK(report.contains(QStringLiteral("Not passed: 4 of 8 points (50 %, pass mark 70 %)")));
    CHECK(report.contains(QStringLiteral("You said: \"I am not an idiot, sir!\"")));
    CHECK(report.contains(QStringLiteral("Caller: Useless! Do you hear me?")));

    // The rehearsal is in the journal as a training call, never among real calls.
    CHECK(h.journal->calls().value.empty());
    journal::CallQuery withTraining;
    withTraining.includeTraining = true;
    const auto calls = h.journal->calls(withTraining).value;
    REQUIRE(calls.size() == 1);
    CHECK(calls.front().training);

    // Enter goes on; the panel goes away and Alt+1 is the quick tag again in a live call.
    h.press(Qt::Key_Return);
    CHECK_FALSE(h.window->rehearsal());
    h.press(Qt::Key_Return);
    REQUIRE(h.window->call());
    CHECK_FALSE(h.visible("rehearsalPanel"));
    h.press(Qt::Key_1, Qt::AltModifier);
    CHECK(h.window->call()->notes().size() == 1);
}

TEST_CASE("Hanging up at step 1 of a rehearsal fails it with a critical mistake", "[gui][training]")
{
    Harness h("phone");
    REQUIRE(h.window->startRehearsal(kScenario).isEmpty());
    h.press(Qt::Key_F10);
    REQUIRE(h.window->rehearsal()->isFinished());
    const QString report = h.find<QTextBrowser>("summaryView")->toPlainText();
    CHECK(report.contains(QStringLiteral("Not passed")));
    CHECK(report.contains(QStringLiteral("Critical: You ended the call before giving the final warning (step 3).")));
    CHECK(report.contains(QStringLiteral("Take the steps in order")));
    // Where it happened: the caller's line, which the trainee saw, not the scenario's turn id.
    CHECK(report.contains(QStringLiteral("at turn 'You people are useless idiots!'")));
    CHECK_FALSE(report.contains(QStringLiteral("at turn 'insult'")));
}

TEST_CASE("A rehearsal cannot start during a call, nor from a broken scenario", "[gui][training]")
{
    Harness h("phone");
    h.press(Qt::Key_Return);
    REQUIRE(h.window->call());
    CHECK(h.window->startRehearsal(kScenario).contains(QStringLiteral("Finish the call")));
    CHECK_FALSE(h.window->rehearsal());
    h.press(Qt::Key_F10);
    h.press(Qt::Key_Return);
    CHECK(h.window->startRehearsal(QStringLiteral("/nonexistent/scenario.json"))
              .startsWith(QStringLiteral("The scenario cannot be rehearsed")));
}

TEST_CASE("From the Training window to a rehearsal and back to the stored attempt", "[gui][training]")
{
    Harness h("phone", Harness::WithJournal::Yes);
    h.press(Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    auto *training = h.window->findChild<gui::TrainingWindow *>(QStringLiteral("trainingWindow"));
    REQUIRE(training);
    CHECK(training->isVisible());
    const QString builtIn = QStringLiteral(":/scenarios/calms-after-help-en.json");
    REQUIRE(training->selectScenario(builtIn));
    training->activateWindow();
    QTest::mouseClick(training->findChild<QPushButton *>(QStringLiteral("rehearseButton")), Qt::LeftButton);
    REQUIRE(h.window->rehearsal());
    CHECK(h.window->rehearsal()->scenario().id == u"calms-after-help-en");
    // A rehearsal ended at once (F10) is still an attempt, stored for the progress view.
    h.press(Qt::Key_F10);
    if (!h.window->rehearsal()->isFinished())
        h.window->rehearsal()->choose(h.window->rehearsal()->currentTurn()->options.back().id);
    REQUIRE(h.window->rehearsal()->isFinished());
    const auto attempts = h.journal->trainingAttempts().value;
    REQUIRE(attempts.size() == 1);
    CHECK(attempts.front().scenarioId == u"calms-after-help-en");
    CHECK(attempts.front().callId != 0);
}

TEST_CASE("A rehearsal renders the consultant's name from the preferences, as a live call does", "[gui][training]")
{
    Harness h("phone");
    h.settings.setValue(Settings::Key::ConsultantName, QStringLiteral("Jana"));
    QFile source(kScenario);
    REQUIRE(source.open(QIODevice::ReadOnly));
    QByteArray scenario = source.readAll();
    REQUIRE(scenario.contains("\"say\": \"I am not an idiot, sir!\""));
    scenario.replace("\"say\": \"I am not an idiot, sir!\"", "\"say\": \"My name is {agentName}.\"");
    const QString path = h.dir.filePath(QStringLiteral("named.json"));
    QFile copy(path);
    REQUIRE(copy.open(QIODevice::WriteOnly));
    copy.write(scenario);
    copy.close();
    REQUIRE(h.window->startRehearsal(path).isEmpty());
    CHECK(h.find<QPushButton>("sayButton_1")->accessibleName() == QStringLiteral("My name is Jana."));
    h.press(Qt::Key_1, Qt::AltModifier);
    CHECK(transcript(h).contains(QStringLiteral("You: My name is Jana.")));
}

TEST_CASE("A speech-dispatcher that never answers neither freezes a rehearsal nor its closing", "[gui][training]")
{
    using namespace std::chrono_literals;
    // Without the voice built in (-DSTEADYLINE_CALLER_VOICE=OFF) nothing talks to speech-dispatcher.
    if (!gui::CallerVoice::builtWithSpeech() ||
        !gui::CallerVoice::installedEngines().contains(QStringLiteral("speechd"))) {
        std::cout << "STEADYLINE-SKIP: no Qt TextToSpeech with its speech-dispatcher plugin" << std::endl;
        return;
    }
    steadyline::test::SilentSpeechDispatcher silent;
    auto h = std::make_unique<Harness>("phone");
    h->settings.setValue(Settings::Key::SpeakCallerLines, true);
    steadyline::test::HangWatchdog watchdog(60s, "the window's thread, waiting for speech-dispatcher,");
    REQUIRE(h->window->startRehearsal(kScenario).isEmpty());
    // From here on: a speech hang blocks the loop for good (the watchdog ends it), while the
    // window's own work for a key stays far under the bound even on a loaded machine.
    steadyline::test::EventLoopWatch loop;
    QTest::qWait(200);
    // The caller answers each choice with a line to read aloud.
    h->press(Qt::Key_1, Qt::AltModifier);
    QTest::qWait(200);
    h->press(Qt::Key_F5);
    REQUIRE_EVENTUALLY(silent.connections() > 0);
    QTest::qWait(200);
    CHECK(transcript(*h).size() >= 4);
    CHECK(loop.longestPauseMs() < 1000);

    QElapsedTimer closing;
    closing.start();
    h.reset();
    CHECK(closing.elapsed() < 3000);
}
