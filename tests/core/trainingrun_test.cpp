// The rehearsal runner: the simulated caller follows the trainee's choices, and the score counts
// the option points and the method's rules.
#include "testscenarios.h"

#include "training/trainingrun.h"

#include <QDir>
#include <QTemporaryDir>

using namespace steadyline;
using namespace steadyline::test;
using std::chrono::milliseconds;

namespace {

struct Rehearsal
{
    explicit Rehearsal(const ScenarioLoadResult &loaded, Gender trainee = Gender::Female)
        : session(loaded.playbook, TrainingRun::setupFor(*loaded.scenario, *loaded.playbook, trainee), clock)
        , run(loaded.scenario, session)
    {
        run.start();
    }

    void choose(std::initializer_list<const char *> options)
    {
        for (const char *option : options) {
            INFO("option " << option);
            REQUIRE(run.choose(QString::fromLatin1(option)) == TrainingRun::Choice::Chosen);
        }
    }
    void wait(int ms)
    {
        for (int left = ms; left > 0; left -= 100) {
            clock.advance(milliseconds(std::min(left, 100)));
            run.poll();
        }
    }
    QStringList mistakeCodes() const
    {
        QStringList codes;
        for (const TrainingMistake &m : run.result().mistakes)
            codes << m.code;
        return codes;
    }

    ManualClock clock;
    CallSession session;
    TrainingRun run;
};

ScenarioLoadResult requireLoaded(const ScenarioLoadResult &result)
{
    for (const Diagnostic &d : result.diagnostics)
        UNSCOPED_INFO(d.toString().toStdString());
    REQUIRE(result.ok());
    return result;
}

ScenarioLoadResult testScenario()
{
    return requireLoaded(ScenarioLoader::loadFile(kTestScenario, builtInPlaybooks()));
}

} // namespace

TEST_CASE("The best path through the test scenario earns its points and passes", "[training]")
{
    Rehearsal r(testScenario());
    CHECK(r.run.currentTurn()->id == u"insult");
    CHECK(r.run.session().step().stepId == u"help_offer");
    r.choose({"no_change", "note", "no_change", "no_change"});
    CHECK(r.run.session().step().stepId == u"countdown");
    CHECK(r.run.session().countdownRunning());
    r.wait(6900);
    CHECK_FALSE(r.run.isFinished()); // the default wait is 7 s
    r.wait(200);
    REQUIRE(r.run.isFinished());
    const TrainingResult result = r.run.result();
    CHECK(result.score == 7);
    CHECK(result.max == 8);
    CHECK(result.percent == 88);
    CHECK(result.passed);
    CHECK(result.mistakes.empty());
    CHECK(result.ending == u"hung_up_in_time");
    CHECK(r.run.session().step().stepId == u"hang_up");
    CHECK(r.run.session().ended());
    CHECK(r.run.session().notes().size() == 1);
    REQUIRE(result.path.size() == 6);
    CHECK(result.path[4].turn == u"countdown");
    CHECK(result.path[4].option.isEmpty());
    CHECK(result.path[5].ending == u"hung_up_in_time");
    CHECK(r.run.transcript().front().text == u"You people are useless idiots!");
}

TEST_CASE("An option not offered at this turn changes nothing", "[training]")
{
    Rehearsal r(testScenario());
    CHECK(r.run.choose(QStringLiteral("calmed")) == TrainingRun::Choice::NotOffered);
    CHECK(r.run.currentTurn()->id == u"insult");
    CHECK(r.run.session().step().stepId == u"help_offer");
    CHECK(r.run.result().path.empty());
    CHECK(r.run.optionFiring(QStringLiteral("no_change"))->id == u"no_change");
    CHECK(r.run.optionFiring(QStringLiteral("calmed")) == nullptr);
    CHECK(r.run.optionDoing(OptionAction::EndCall)->id == u"hang_up_now");
    CHECK(r.run.sayOptions().size() == 1);
}

TEST_CASE("Hanging up before the final warning is a critical mistake", "[training]")
{
    Rehearsal r(testScenario());
    r.choose({"hang_up_now"});
    REQUIRE(r.run.isFinished());
    const TrainingResult result = r.run.result();
    CHECK_FALSE(result.passed);
    CHECK(r.mistakeCodes() == QStringList{QStringLiteral("option-penalty"),
                                          QStringLiteral("ended-before-final-warning"),
                                          QStringLiteral("note-not-taken")});
    CHECK(result.mistakes[1].critical);
    CHECK(result.mistakes[1].turn == u"insult");
    CHECK(result.score == 0);
}

TEST_CASE("The 3½ wait is judged against the playbook's bounds", "[training]")
{
    SECTION("acting after 2 s is too short")
    {
        Rehearsal r(testScenario());
        r.choose({"no_change", "note", "no_change", "no_change"});
        r.wait(2000);
        r.choose({"act_now"});
        CHECK(r.mistakeCodes() == QStringList{QStringLiteral("countdown-too-short")});
        CHECK(r.run.result().score == 7 - kMethodMistakePenalty);
        CHECK(r.run.session().step().stepId == u"hang_up");
    }
    SECTION("acting after 6 s is within bounds")
    {
        Rehearsal r(testScenario());
        r.choose({"no_change", "note", "no_change", "no_change"});
        r.wait(6000);
        r.choose({"act_now"});
        CHECK(r.mistakeCodes().isEmpty());
        CHECK(r.run.result().passed);
    }
    SECTION("stopping the countdown and waiting 12 s is too long")
    {
        const auto loaded = requireLoaded(loadChanged([](nlohmann::json &d) {
            d["turns"][5]["options"].push_back({{"id", "stop"},
                                                {"stopCountdown", true},
                                                {"points", 0},
                                                {"feedback", "Stopped."},
                                                {"next", "stopped"}});
            d["turns"].push_back(
                {{"id", "stopped"},
                 {"step", "countdown"},
                 {"caller", {{"tone", "silent"}, {"line", ""}}},
                 {"options",
                  {{{"id", "act_now"}, {"endCall", true}, {"points", 0}, {"feedback", "Acted."}, {"next", "hung_up"}}}},
                 {"onTimer", "hung_up_in_time"}});
        }));
        Rehearsal r(loaded);
        r.choose({"no_change", "note", "no_change", "no_change"});
        r.wait(1000);
        r.choose({"stop"});
        r.wait(11000);
        CHECK_FALSE(r.run.isFinished()); // a stopped countdown does not run out
        r.choose({"act_now"});
        CHECK(r.mistakeCodes() == QStringList{QStringLiteral("countdown-too-long")});
    }
}

TEST_CASE("Escalating while the caller calms down is a critical mistake", "[training]")
{
    Rehearsal r(testScenario());
    r.choose({"no_change", "no_change", "no_change", "calmed"});
    CHECK(r.run.session().step().stepId == u"resolution");
    CHECK(r.run.currentTurn()->callerCalming());
    r.choose({"back_to_boundary"});
    CHECK(r.run.session().step().stepId == u"boundary");
    r.choose({"end"});
    const TrainingResult result = r.run.result();
    CHECK(r.mistakeCodes().contains(QStringLiteral("escalated-while-calming")));
    CHECK_FALSE(result.passed);
    for (const TrainingMistake &m : result.mistakes) {
        if (m.code == u"escalated-while-calming") {
            CHECK(m.turn == u"resolution");
            CHECK(m.critical);
            CHECK_FALSE(m.advice.isEmpty());
        }
    }
}

TEST_CASE("Sorry works once, promises are recorded, the real problem is addressed", "[training]")
{
    // The calmed branch of the test scenario, grown into a complaint.
    const auto loaded = requireLoaded(loadChanged([](nlohmann::json &d) {
        d["expect"] = {{"problemAddressed", true}};
        auto &resolution = d["turns"][6];
        resolution["options"] = nlohmann::json::array({{{"id", "sorry"},
                                                        {"say", "I am sorry."},
                                                        {"apology", true},
                                                        {"points", 1},
                                                        {"feedback", "f"},
                                                        {"next", "resolution_2"}}});
        d["turns"].push_back({{"id", "resolution_2"},
                              {"step", "resolution"},
                              {"caller", {{"tone", "calm"}, {"line", "And?"}}},
                              {"options",
                               {{{"id", "sorry_again"},
                                 {"say", "Really, so sorry."},
                                 {"apology", true},
                                 {"points", 0},
                                 {"feedback", "Once is enough."},
                                 {"next", "resolution_3"}},
                                {{"id", "ask"},
                                 {"say", "What upset you most?"},
                                 {"addressesProblem", true},
                                 {"points", 2},
                                 {"feedback", "Good."},
                                 {"next", "resolution_3"}}}}});
        d["turns"].push_back({{"id", "resolution_3"},
                              {"step", "resolution"},
                              {"caller", {{"tone", "calm"}, {"line", "OK."}}},
                              {"options",
                               {{{"id", "promise_said"},
                                 {"say", "I will call you back tomorrow."},
                                 {"promiseMade", true},
                                 {"points", 1},
                                 {"feedback", "f"},
                                 {"next", "resolution_4"}},
                                {{"id", "record"},
                                 {"promise", "Call back tomorrow at 10."},
                                 {"points", 2},
                                 {"feedback", "Recorded."},
                                 {"next", "resolution_4"}}}}});
        d["turns"].push_back(
            {{"id", "resolution_4"},
             {"step", "resolution"},
             {"caller", {{"tone", "calm"}, {"line", "Bye."}}},
             {"options", {{{"id", "bye"}, {"endCall", true}, {"points", 0}, {"feedback", "f"}, {"next", "solved"}}}}});
        d["endings"].push_back({{"id", "solved"}, {"outcome", "resolved"}, {"text", "Solved."}});
    }));
    SECTION("the good way")
    {
        Rehearsal r(loaded);
        r.choose({"no_change", "no_change", "no_change", "calmed", "sorry", "ask", "record", "bye"});
        CHECK(r.mistakeCodes().isEmpty());
        CHECK(r.run.session().promises().size() == 1);
        CHECK(r.run.session().promises().front().text == u"Call back tomorrow at 10.");
    }
    SECTION("a second apology, an unrecorded promise, the problem never asked about")
    {
        Rehearsal r(loaded);
        r.choose({"no_change", "no_change", "no_change", "calmed", "sorry", "sorry_again", "promise_said", "bye"});
        CHECK(r.mistakeCodes() == QStringList{QStringLiteral("apologised-twice"),
                                              QStringLiteral("promise-not-recorded"),
                                              QStringLiteral("problem-not-addressed")});
        const TrainingResult result = r.run.result();
        CHECK(result.mistakes[0].turn == u"resolution_2");
        CHECK(result.mistakes[1].turn == u"resolution_3"); // where the promise was said
        // Three slips: 9 points, less 9 for the slips but at most half of the points.
        CHECK(result.score == 9 - 4);
    }
}

TEST_CASE("Skipping a step of the track is a critical mistake", "[training]")
{
    // A playbook that lets the consultant jump from step 1 straight to step 3.
    const QByteArray playbookJson = R"({
  "schemaVersion": 1, "id": "jumpy", "revision": 2, "baseLocale": "en",
  "title": {"en": "Jumpy"}, "initialStep": "one",
  "events": [{"id": "no_change", "label": {"en": "No change"}}, {"id": "jump", "label": {"en": "Jump"}}],
  "steps": [
    {"id": "one", "label": "1", "title": {"en": "One"}, "on": [{"event": "no_change", "to": "two"}, {"event": "jump", "to": "three"}]},
    {"id": "two", "label": "2", "title": {"en": "Two"}, "on": [{"event": "no_change", "to": "three"}]},
    {"id": "three", "label": "3", "title": {"en": "Three"}, "on": [{"event": "no_change", "to": "wait"}]},
    {"id": "wait", "label": "3½", "title": {"en": "Wait"}, "final": true}
  ]
})";
    const QByteArray scenarioJson = R"({
  "kind": "scenario", "schemaVersion": 1, "id": "jump", "revision": 1, "language": "en", "title": "Jump",
  "difficulty": "beginner", "briefing": "B", "goals": ["g"], "playbook": {"id": "jumpy", "minRevision": 2},
  "call": {"channel": "in_person", "address": "formal_female"}, "start": "a", "passMark": 50,
  "turns": [
    {"id": "a", "step": "one", "caller": {"tone": "aggressive", "line": "{address:Sir|Madam} is angry."},
     "options": [
       {"id": "jump", "event": "jump", "points": 5, "feedback": "f", "next": "c"},
       {"id": "step", "event": "no_change", "points": 1, "feedback": "f", "next": "b"}]},
    {"id": "b", "step": "two", "caller": {"tone": "aggressive", "line": "No."},
     "options": [{"id": "step", "event": "no_change", "points": 1, "feedback": "f", "next": "c"}]},
    {"id": "c", "step": "three", "caller": {"tone": "aggressive", "line": "Bye."},
     "options": [{"id": "end", "endCall": true, "points": 0, "feedback": "f", "next": "over"}]}
  ],
  "endings": [{"id": "over", "outcome": "ended_by_consultant", "text": "Over."}]
})";
    PlaybookSet playbooks;
    playbooks.add(PlaybookLoader::loadData(playbookJson, QStringLiteral("jumpy.json")).playbook);
    REQUIRE_FALSE(playbooks.isEmpty());
    const auto loaded = requireLoaded(ScenarioLoader::loadData(scenarioJson, QStringLiteral("jump.json"), playbooks));
    Rehearsal r(loaded);
    CHECK(r.run.transcript().front().text == u"Madam is angry."); // rendered for this caller
    r.choose({"jump", "end"});
    const TrainingResult result = r.run.result();
    CHECK(r.mistakeCodes() == QStringList{QStringLiteral("step-skipped")});
    CHECK(result.score == 0); // a critical mistake scores nothing
    CHECK(result.max == 5);
    CHECK_FALSE(result.passed); // 40 % and a critical mistake
    Rehearsal fine(loaded);
    fine.choose({"step", "step", "end"});
    CHECK(fine.mistakeCodes().isEmpty());
    CHECK(fine.run.result().percent == 40);
    CHECK_FALSE(fine.run.result().passed);
}

TEST_CASE("Track positions are read from step labels", "[training]")
{
    CHECK(trackPosition(QStringLiteral("1")) == 1.0);
    CHECK(trackPosition(QStringLiteral("3½")) == 3.5);
    CHECK(trackPosition(QStringLiteral("3.5")) == 3.5);
    CHECK_FALSE(trackPosition(QStringLiteral("A")).has_value());
    CHECK_FALSE(trackPosition(QStringLiteral("✓")).has_value());
    CHECK_FALSE(trackPosition(QStringLiteral("4")).has_value());
}

TEST_CASE("Letting the countdown end the call on a caller who calmed down is a critical mistake", "[training]")
{
    // The caller calms down during the 3½ wait; the trainee lets the countdown hang up anyway.
    const auto loaded = requireLoaded(loadChanged([](nlohmann::json &d) {
        d["turns"][5]["caller"] = {{"tone", "calming"},
                                   {"line", "All right, all right. I am sorry. Can we start again?"}};
    }));
    Rehearsal r(loaded);
    r.choose({"no_change", "note", "no_change", "no_change"});
    r.wait(7100);
    REQUIRE(r.run.isFinished());
    const TrainingResult result = r.run.result();
    CHECK(r.mistakeCodes() == QStringList{QStringLiteral("countdown-ended-calm-caller")});
    REQUIRE_FALSE(result.mistakes.empty());
    CHECK(result.mistakes.front().critical);
    CHECK(result.mistakes.front().turn == u"countdown");
    CHECK_FALSE(result.passed);
    CHECK(result.score == 0);

    Rehearsal stopped(loaded); // F6 during the wait: no mistake
    stopped.choose({"no_change", "note", "no_change", "no_change", "calmed"});
    CHECK_FALSE(stopped.mistakeCodes().contains(QStringLiteral("countdown-ended-calm-caller")));
}

TEST_CASE("Slips take at most half of the points — a critical mistake takes all", "[training]")
{
    CHECK(scoreAfterMistakes(13, 0, false) == 13);
    CHECK(scoreAfterMistakes(8, 1, false) == 8 - kMethodMistakePenalty);
    CHECK(scoreAfterMistakes(13, 4, false) == 7); // a near miss, clearly above a failed call
    CHECK(scoreAfterMistakes(13, 4, false) > scoreAfterMistakes(13, 0, true));
    CHECK(scoreAfterMistakes(13, 0, true) == 0);
    CHECK(scoreAfterMistakes(-2, 0, false) == 0);
}

TEST_CASE("A caller line with a recording carries its file in the transcript, the others none", "[training]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    nlohmann::json document = testScenarioJson();
    document["turns"][0]["caller"]["audio"] = "insult.wav";
    const QString path = dir.filePath(QStringLiteral("recorded.json"));
    for (const auto &[name, bytes] : {std::pair{QStringLiteral("recorded.json"), document.dump(2)},
                                      std::pair{QStringLiteral("insult.wav"), std::string("RIFF")}}) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes.data(), static_cast<qint64>(bytes.size()));
    }
    Rehearsal r(requireLoaded(ScenarioLoader::loadFile(path, builtInPlaybooks())));
    REQUIRE(r.run.transcript().size() == 1);
    CHECK(r.run.transcript().front().audio == QDir(dir.path()).absoluteFilePath(QStringLiteral("insult.wav")));
    r.choose({"no_change"});
    const TranscriptLine &later = r.run.transcript().back();
    CHECK(later.speaker == TranscriptLine::Speaker::Caller);
    CHECK(later.audio.isEmpty());
}
