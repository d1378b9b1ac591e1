// Scenario files: the parser and the checker report every mistake with its position, and check
// every option against the playbook it trains.
#include "testscenarios.h"

#include <QDir>
#include <QTemporaryDir>

using namespace steadyline;
using namespace steadyline::test;

TEST_CASE("The test scenario loads with its playbook and no diagnostics", "[scenario]")
{
    const ScenarioLoadResult result = ScenarioLoader::loadFile(kTestScenario, builtInPlaybooks());
    CHECK(codes(result).isEmpty());
    REQUIRE(result.ok());
    CHECK(result.playbook->id == u"aggressive-caller-en");
    CHECK(result.scenario->turns.size() == 8);
    CHECK(result.scenario->expect.countdown);
    CHECK(ScenarioChecker::maximumScore(*result.scenario) == 8);
}

TEST_CASE("Scenario mistakes are reported at their line and column", "[scenario]")
{
    const QByteArray text = R"({
  "kind": "scenario", "schemaVersion": 1, "id": "t", "revision": 1, "language": "en",
  "title": "T", "difficulty": "hard", "briefing": "B", "goals": ["g"],
  "playbook": {"id": "aggressive-caller-en"},
  "call": {"channel": "phone", "address": "formal_male"},
  "start": "a", "passMark": 70,
  "turns": [
    {"id": "a", "step": "help_ofer", "caller": {"tone": "shoutin", "line": "Hey!"},
     "options": [
       {"id": "x", "say": "Hello", "endCall": true, "points": 1, "feedback": "f", "next": "end"},
       {"id": "y", "event": "no_chang", "points": 1, "feedback": "f", "next": "end", "colour": "red"}
     ]}
  ],
  "endings": [{"id": "end", "outcome": "resolved", "text": "Done."}]
})";
    const ScenarioLoadResult result = ScenarioLoader::loadData(text, QStringLiteral("t.json"), builtInPlaybooks());
    CHECK_FALSE(result.ok());
    const Diagnostic *difficulty = find(result, QStringLiteral("invalid-value"));
    REQUIRE(difficulty);
    CHECK(difficulty->line == 3);
    CHECK(difficulty->column == 31);
    CHECK(difficulty->message.contains(QStringLiteral("beginner, intermediate, advanced")));
    const Diagnostic *step = find(result, QStringLiteral("unknown-step"));
    REQUIRE(step);
    CHECK(step->line == 8);
    CHECK(step->column == 25);
    CHECK(step->message.contains(QStringLiteral("Did you mean 'help_offer'?")));
    const Diagnostic *action = find(result, QStringLiteral("option-action"));
    REQUIRE(action);
    CHECK(action->line == 10);
    CHECK(action->message.contains(QStringLiteral("say and endCall")));
    const Diagnostic *event = find(result, QStringLiteral("unknown-event"));
    REQUIRE(event);
    CHECK(event->line == 11);
    CHECK(event->message.contains(QStringLiteral("Did you mean 'no_change'?")));
    const Diagnostic *unknown = find(result, QStringLiteral("unknown-field"));
    REQUIRE(unknown);
    CHECK(unknown->line == 11);
    CHECK(unknown->message.contains(QStringLiteral("'colour'")));
    CHECK(codes(result).contains(QStringLiteral("invalid-value"))); // the tone "shoutin"
}

TEST_CASE("Every option must agree with where the playbook goes", "[scenario]")
{
    SECTION("an event leading elsewhere than the next turn's step")
    {
        const auto result = loadChanged([](nlohmann::json &d) { d["turns"][0]["options"][1]["next"] = "final"; });
        const Diagnostic *mismatch = find(result, QStringLiteral("step-mismatch"));
        REQUIRE(mismatch);
        CHECK(mismatch->message.contains(QStringLiteral("'boundary'")));
        CHECK(mismatch->message.contains(QStringLiteral("'final_warning'")));
        CHECK_FALSE(result.ok());
    }
    SECTION("a line said leaves the playbook where it is")
    {
        const auto result = loadChanged([](nlohmann::json &d) { d["turns"][0]["options"][0]["next"] = "boundary"; });
        CHECK(find(result, QStringLiteral("step-mismatch")));
    }
    SECTION("an event that leads nowhere from this step")
    {
        const auto result = loadChanged([](nlohmann::json &d) { d["turns"][0]["options"][1]["event"] = "next"; });
        const Diagnostic *d = find(result, QStringLiteral("event-not-applicable"));
        REQUIRE(d);
        CHECK(d->message.contains(QStringLiteral("From there: no_change, calmed")));
    }
    SECTION("the countdown's zero leads to the hang-up step, not to a step-1 turn")
    {
        const auto result = loadChanged([](nlohmann::json &d) { d["turns"][5]["onTimer"] = "insult"; });
        CHECK(find(result, QStringLiteral("step-mismatch")));
    }
    SECTION("a countdown step without onTimer")
    {
        const auto result = loadChanged([](nlohmann::json &d) { d["turns"][5].erase("onTimer"); });
        CHECK(find(result, QStringLiteral("missing-on-timer")));
    }
    SECTION("onTimer where there is no countdown is a warning")
    {
        const auto result = loadChanged([](nlohmann::json &d) { d["turns"][0]["onTimer"] = "hung_up"; });
        const Diagnostic *d = find(result, QStringLiteral("on-timer-without-timer"));
        REQUIRE(d);
        CHECK(d->severity == Severity::Warning);
        CHECK(result.ok());
    }
}

TEST_CASE("Scenario graph mistakes: targets, ids, cycles, endings, points", "[scenario]")
{
    CHECK(find(loadChanged([](nlohmann::json &d) { d["turns"][0]["options"][1]["next"] = "boundry"; }),
               QStringLiteral("unknown-target"))
              ->message.contains(QStringLiteral("Did you mean 'boundary'?")));
    CHECK(find(loadChanged([](nlohmann::json &d) { d["start"] = "nowhere"; }), QStringLiteral("unknown-target")));
    CHECK(find(loadChanged([](nlohmann::json &d) { d["turns"][1]["id"] = "insult"; }), QStringLiteral("duplicate-id")));
    CHECK(
        find(loadChanged([](nlohmann::json &d) { d["endings"][0]["id"] = "final"; }), QStringLiteral("duplicate-id")));
    CHECK(find(loadChanged([](nlohmann::json &d) { d["turns"][1]["options"][0]["next"] = "insult"; }),
               QStringLiteral("step-mismatch"))); // and not a silent loop
    CHECK(find(loadChanged([](nlohmann::json &d) { d["turns"][0]["options"][2]["next"] = "boundary"; }),
               QStringLiteral("end-call-needs-ending")));
    CHECK(find(loadChanged([](nlohmann::json &d) {
                   for (auto &turn : d["turns"])
                       for (auto &option : turn["options"])
                           option["points"] = 0;
               }),
               QStringLiteral("no-points")));
    const auto unreachable = loadChanged([](nlohmann::json &d) { d["turns"][0]["options"].erase(0); });
    const Diagnostic *d = find(unreachable, QStringLiteral("unreachable"));
    REQUIRE(d);
    CHECK(d->message.contains(QStringLiteral("'insult_again'")));
    CHECK(unreachable.ok());
}

TEST_CASE("A scenario whose turns loop back is refused", "[scenario]")
{
    // boundary → boundary_noted → (say) → boundary: same step, so only the cycle check can catch it.
    const auto result = loadChanged([](nlohmann::json &d) {
        d["turns"][3]["options"].push_back(
            {{"id", "again"}, {"say", "Please."}, {"points", 1}, {"feedback", "f"}, {"next", "boundary"}});
    });
    CHECK(find(result, QStringLiteral("scenario-cycle")));
    CHECK_FALSE(result.ok());
}

TEST_CASE("The playbook a scenario names must be found and recent enough", "[scenario]")
{
    const auto missing = loadChanged([](nlohmann::json &d) { d["playbook"]["id"] = "aggressive-caller-eng"; });
    REQUIRE(find(missing, QStringLiteral("unknown-playbook")));
    CHECK(find(missing, QStringLiteral("unknown-playbook"))
              ->message.contains(QStringLiteral("Did you mean 'aggressive-caller-en'?")));
    CHECK(find(loadChanged([](nlohmann::json &d) { d["playbook"]["minRevision"] = 7; }),
               QStringLiteral("playbook-too-old")));
    const auto otherLanguage = loadChanged([](nlohmann::json &d) { d["language"] = "cs"; });
    CHECK(find(otherLanguage, QStringLiteral("language-mismatch")));
    CHECK(otherLanguage.ok());
}

TEST_CASE("A newer scenario format or a playbook handed in as a scenario is refused plainly", "[scenario]")
{
    CHECK(find(loadChanged([](nlohmann::json &d) { d["schemaVersion"] = 2; }),
               QStringLiteral("unsupported-schema-version")));
    CHECK(find(loadChanged([](nlohmann::json &d) { d["kind"] = "playbook"; }), QStringLiteral("invalid-value")));
    CHECK(ScenarioLoader::looksLikeScenario(QByteArray(R"({"kind": "scenario"})")));
    CHECK_FALSE(ScenarioLoader::looksLikeScenario(QByteArray(R"({"id": "kind"})")));
    CHECK_FALSE(ScenarioLoader::looksLikeScenario(QByteArray(R"({"kind": "scenario")")));
}

TEST_CASE("Scenario ids follow the documented rules the schema checks (#16)", "[scenario]")
{
    const auto withIds = [](const char *scenarioId, const char *turnId) {
        const std::string text = std::string(R"({
  "kind": "scenario", "schemaVersion": 1, "id": ")") +
                                 scenarioId +
                                 R"(", "revision": 1, "language": "en",
  "title": "T", "difficulty": "beginner", "briefing": "B", "goals": ["g"],
  "playbook": {"id": "aggressive-caller-en"},
  "call": {"channel": "phone", "address": "formal_male"},
  "start": ")" + turnId + R"(", "passMark": 70,
  "turns": [
    {"id": ")" + turnId + R"(", "step": "help_offer", "caller": {"tone": "shouting", "line": "Hey!"},
     "options": [{"id": "x", "say": "Hello", "points": 1, "feedback": "f", "next": "end"}]}
  ],
  "endings": [{"id": "end", "outcome": "resolved", "text": "Done."}]
})";
        return ScenarioLoader::loadData(QByteArray::fromStdString(text), QStringLiteral("t.json"), builtInPlaybooks());
    };
    CHECK(withIds("odhad-vyuctovani-cs", "first_turn").ok());
    const ScenarioLoadResult underscore = withIds("odhad_vyuctovani_cs", "first_turn");
    const Diagnostic *id = find(underscore, QStringLiteral("invalid-value"));
    REQUIRE(id);
    CHECK(id->line == 2);
    CHECK(id->message.contains(QStringLiteral("lower-case letters, digits and '-'")));
    CHECK(find(withIds("t", "first.turn"), QStringLiteral("invalid-value")));
}

TEST_CASE("Two options of a turn firing the same event: the second cannot be chosen in the window (#16)", "[scenario]")
{
    const auto result = loadChanged([](nlohmann::json &d) {
        nlohmann::json copy = d["turns"][2]["options"][0];
        copy["id"] = "no_change_quietly";
        d["turns"][2]["options"].push_back(copy);
    });
    const Diagnostic *same = find(result, QStringLiteral("same-event-options"));
    REQUIRE(same);
    CHECK(same->severity == Severity::Warning);
    CHECK(same->message.contains(QStringLiteral("options 'no_change' and 'no_change_quietly' of turn 'boundary' both "
                                                "fire the event 'no_change'")));
    CHECK(result.ok()); // `steadyline train` can still play either

    const ScenarioLoadResult clean = ScenarioLoader::loadFile(kTestScenario, builtInPlaybooks());
    CHECK_FALSE(find(clean, QStringLiteral("same-event-options")));
}

TEST_CASE("A scenario may address a couple in the plural, and a text without the plural form is warned (#15)",
          "[scenario]")
{
    const auto scenario = [](const char *playbookId, const char *say) {
        const std::string text = std::string(R"({
  "kind": "scenario", "schemaVersion": 1, "id": "para-pl", "revision": 1, "language": "pl",
  "title": "T", "difficulty": "beginner", "briefing": "B", "goals": ["g"],
  "playbook": {"id": ")") + playbookId +
                                 R"("},
  "call": {"channel": "phone", "address": "formal_plural"},
  "start": "a", "passMark": 70,
  "turns": [
    {"id": "a", "step": "help_offer", "caller": {"tone": "shouting", "line": "Halo!"},
     "options": [{"id": "x", "say": ")" +
                                 say +
                                 R"(", "points": 1, "feedback": "f", "next": "end"}]}
  ],
  "endings": [{"id": "end", "outcome": "resolved", "text": "Koniec."}]
})";
        return ScenarioLoader::loadData(QByteArray::fromStdString(text), QStringLiteral("t.json"), builtInPlaybooks());
    };
    const ScenarioLoadResult plural =
        scenario("aggressive-caller-pl", "Jestem tu po to, aby {address:Panu|Pani|Państwu} pomóc.");
    INFO(codes(plural).join(QLatin1Char(' ')).toStdString());
    REQUIRE(plural.ok());
    CHECK(codes(plural).isEmpty());
    CHECK(plural.scenario->address == FormOfAddress::FormalPlural);

    const ScenarioLoadResult twoForms =
        scenario("aggressive-caller-pl", "Jestem tu po to, aby {address:Panu|Pani} pomóc.");
    const Diagnostic *missing = find(twoForms, QStringLiteral("address-plural-missing"));
    REQUIRE(missing);
    CHECK(missing->severity == Severity::Warning);
    CHECK(missing->line == 9);
}

TEST_CASE("A caller line's recording must be a file beside the scenario, named relative to it", "[scenario]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    nlohmann::json document = testScenarioJson();
    document["turns"][0]["caller"]["audio"] = "audio/insult.wav";
    const QString path = dir.filePath(QStringLiteral("recorded.json"));
    const QByteArray text = QByteArray::fromStdString(document.dump(2));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    // Where the member is in the file: its line, and the column of its value.
    const QList<QByteArray> lines = text.split('\n');
    int line = 0;
    int column = 0;
    for (int i = 0; i < lines.size(); ++i) {
        if (const int at = static_cast<int>(lines[i].indexOf("\"audio\"")); at >= 0) {
            line = i + 1;
            column = static_cast<int>(lines[i].indexOf("\"audio/insult.wav\"")) + 1;
        }
    }
    REQUIRE(line > 0);

    const ScenarioLoadResult missing = ScenarioLoader::loadFile(path, builtInPlaybooks());
    CHECK_FALSE(missing.ok());
    const Diagnostic *notFound = find(missing, QStringLiteral("missing-audio"));
    REQUIRE(notFound);
    CHECK(notFound->line == line);
    CHECK(notFound->column == column);
    CHECK(notFound->message.contains(QStringLiteral("'audio/insult.wav'")));
    CHECK(notFound->message.contains(QStringLiteral("'insult'")));
    CHECK(notFound->message.contains(QDir::toNativeSeparators(dir.filePath(QStringLiteral("audio/insult.wav")))));

    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("audio")));
    {
        QFile recording(dir.filePath(QStringLiteral("audio/insult.wav")));
        REQUIRE(recording.open(QIODevice::WriteOnly));
        recording.write("RIFF");
    }
    const ScenarioLoadResult found = ScenarioLoader::loadFile(path, builtInPlaybooks());
    CHECK(codes(found).isEmpty());
    REQUIRE(found.ok());
    const Scenario &scenario = *found.scenario;
    CHECK(scenario.callerAudioPath(scenario.turns[0]) ==
          QDir(dir.path()).absoluteFilePath(QStringLiteral("audio/insult.wav")));
    CHECK(scenario.callerAudioPath(scenario.turns[1]).isEmpty());

    // Not from a file (a new text in the editor): not looked for, but an absolute path is refused.
    CHECK(ScenarioLoader::loadData(text, QStringLiteral("s.json"), builtInPlaybooks()).ok());
    const auto absolute = loadChanged([](nlohmann::json &d) { d["turns"][0]["caller"]["audio"] = "/srv/insult.wav"; });
    const Diagnostic *relative = find(absolute, QStringLiteral("invalid-value"));
    REQUIRE(relative);
    CHECK(relative->message.contains(QStringLiteral("relative to the scenario's folder")));
}
