#include "generatedplaybook.h"
#include "playbook/playbookchecker.h"
#include "testplaybooks.h"

#include "catch_qt.h"

using namespace steadyline;
using test::diagnosticsOf;
using test::findCode;

namespace {
const char *const kValid = R"({
  "schemaVersion": 1, "id": "valid", "revision": 1, "baseLocale": "pl", "locales": ["pl", "en"],
  "title": {"pl": "Tytuł", "en": "Title"},
  "initialStep": "a",
  "events": [{"id": "go", "label": {"pl": "Dalej", "en": "Next"}}],
  "steps": [
    {"id": "a", "label": "1", "title": {"pl": "A", "en": "A"}, "on": [{"event": "go", "to": "b"}]},
    {"id": "b", "label": "2", "title": {"pl": "B", "en": "B"}, "final": true}
  ]
})";
} // namespace

TEST_CASE("A valid playbook in two locales has no diagnostics", "[validator]")
{
    CHECK(diagnosticsOf(kValid).empty());
    const auto playbook = test::requirePlaybook(kValid);
    CHECK(playbook->locales == QStringList{QStringLiteral("pl"), QStringLiteral("en")});
    CHECK(playbook->steps.size() == 2);
}

TEST_CASE("A missing translation is a warning that names the locale; the playbook still loads", "[validator]")
{
    const char *const json = R"({
  "schemaVersion": 1, "id": "valid", "revision": 1, "baseLocale": "pl", "locales": ["pl", "cs"],
  "title": {"pl": "Tytuł", "cs": "Název"},
  "initialStep": "a", "events": [],
  "steps": [{"id": "a", "label": "1", "title": {"pl": "Krok"}, "final": true}]
})";
    const LoadResult result = PlaybookLoader::loadData(QByteArray(json), QStringLiteral("t.json"));
    CHECK(result.ok());
    const Diagnostic *d = findCode(result.diagnostics, "missing-translation");
    REQUIRE(d);
    CHECK(d->severity == Severity::Warning);
    CHECK(d->line == 5);
    CHECK(d->column == 48);
    CHECK(d->message.contains(QStringLiteral("cs")));
    CHECK(d->message.contains(QStringLiteral("steps.a.title")));
}

TEST_CASE("A misspelt member is reported at its name with a suggestion", "[validator]")
{
    const char *const json =
        "{\n  \"schemaVersion\": 1, \"id\": \"x\", \"revision\": 1, \"baseLocale\": \"en\", \"title\": \"t\",\n"
        "  \"initialStep\": \"a\", \"events\": [],\n"
        "  \"stpes\": []\n}";
    const Diagnostics diagnostics = diagnosticsOf(json);
    const Diagnostic *unknown = findCode(diagnostics, "unknown-field");
    REQUIRE(unknown);
    CHECK(unknown->line == 4);
    CHECK(unknown->column == 3);
    CHECK(unknown->message.contains(QStringLiteral("Did you mean 'steps'?")));
    CHECK(findCode(diagnostics, "missing-field")); // and "steps" itself is missing
}

TEST_CASE("One run reports every mistake, sorted by position, in the compiler format", "[validator]")
{
    const char *const json = R"({
  "schemaVersion": 1, "id": "Bad Id", "revision": 0, "baseLocale": "en", "title": "t",
  "initialStep": "start", "events": [{"id": "go", "label": "Go"}],
  "steps": [
    {"id": "a", "label": "1", "title": "A", "on": [{"event": "go", "to": "bb"}]},
    {"id": "b", "label": "2", "title": "B", "timer": {"minMs": 9000, "maxMs": 10000, "defaultMs": 7000,
      "onExpiry": [{"to": "a"}]}}
  ]
})";
    const Diagnostics diagnostics = diagnosticsOf(json);
    QStringList codes;
    for (const Diagnostic &d : diagnostics)
        codes << d.code;
    INFO(codes.join(QLatin1Char(' ')).toStdString());
    CHECK(codes.contains(QStringLiteral("invalid-value"))); // id and revision
    CHECK(codes.contains(QStringLiteral("unknown-initial-step")));
    CHECK(codes.contains(QStringLiteral("unknown-target")));
    CHECK(codes.contains(QStringLiteral("timer-bounds")));
    for (std::size_t i = 1; i < diagnostics.size(); ++i)
        CHECK(std::pair(diagnostics[i - 1].line, diagnostics[i - 1].column) <=
              std::pair(diagnostics[i].line, diagnostics[i].column));
    const Diagnostic *target = findCode(diagnostics, "unknown-target");
    REQUIRE(target);
    CHECK(target->toString() == QStringLiteral("test.json:5:74: error unknown-target: the transition leads to the step "
                                               "'bb', which does not exist. Did you mean 'b'?"));
}

TEST_CASE("A newer schema version is refused with one clear error", "[validator]")
{
    const Diagnostics diagnostics = diagnosticsOf(R"({"schemaVersion": 2, "id": "x", "whatever": true})");
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].code == QStringLiteral("unsupported-schema-version"));
    CHECK(diagnostics[0].message.contains(QStringLiteral("update Steadyline")));
}

TEST_CASE("A generated 10,000-step playbook loads and is fully checked", "[validator]")
{
    constexpr int kSteps = 10000;
    const std::string json = test::generateChainPlaybook(kSteps);
    const LoadResult result = PlaybookLoader::loadData(QByteArray::fromStdString(json), QStringLiteral("big.json"));
    CHECK(result.ok());
    CHECK(result.diagnostics.empty());
    REQUIRE(result.playbook);
    CHECK(result.playbook->steps.size() == kSteps);
    CHECK(result.playbook->stepIndex(QStringLiteral("s9999")) == 9999);
}

TEST_CASE("Files that are not playbooks at all get one clear error", "[validator]")
{
    CHECK(diagnosticsOf("")[0].code == QStringLiteral("json-syntax"));
    CHECK(diagnosticsOf("[1, 2]")[0].code == QStringLiteral("wrong-type"));
    CHECK(diagnosticsOf("\x89PNG\r\n\x1a\n")[0].code == QStringLiteral("not-utf8"));
    const LoadResult missing = PlaybookLoader::loadFile(QStringLiteral("/nonexistent/playbook.json"));
    REQUIRE(missing.diagnostics.size() == 1);
    CHECK(missing.diagnostics[0].code == QStringLiteral("file-unreadable"));
    CHECK(missing.diagnostics[0].file == QStringLiteral("/nonexistent/playbook.json"));
}

TEST_CASE("Global transitions for one event clash only where both apply", "[validator]")
{
    const char *const disjoint = R"({"schemaVersion": 1, "id": "g", "revision": 1, "baseLocale": "en", "title": "t",
 "initialStep": "a", "events": [{"id": "calmed", "label": "Calmed"}],
 "globalTransitions": [{"event": "calmed", "to": "b", "except": ["b", "c"]},
                       {"event": "calmed", "to": "c", "except": ["a", "c"]}],
 "steps": [{"id": "a", "label": "1", "title": "A"}, {"id": "b", "label": "2", "title": "B"},
           {"id": "c", "label": "3", "title": "C", "final": true}]})";
    CHECK_FALSE(findCode(diagnosticsOf(disjoint), "ambiguous-transition"));

    std::string clashing = disjoint;
    clashing.replace(clashing.find(R"(["a", "c"])"), 10, R"(["c"])");
    const Diagnostics diagnostics = diagnosticsOf(clashing.c_str());
    const Diagnostic *clash = findCode(diagnostics, "ambiguous-transition");
    REQUIRE(clash);
    CHECK(clash->message.contains(QStringLiteral("in step 'a'")));
}

TEST_CASE("A timer with a missing duration gets one error, not a cascade", "[validator]")
{
    const char *const json = R"({"schemaVersion": 1, "id": "t", "revision": 1, "baseLocale": "en", "title": "t",
 "initialStep": "a", "events": [],
 "steps": [{"id": "a", "label": "1", "title": "A",
            "timer": {"minMs": 5000, "maxMs": 10000, "onExpiry": [{"to": "b"}]}},
           {"id": "b", "label": "2", "title": "B", "final": true}]})";
    const Diagnostics diagnostics = diagnosticsOf(json);
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].code == QStringLiteral("missing-field"));
    CHECK(diagnostics[0].message.contains(QStringLiteral("defaultMs")));
}

TEST_CASE("Thousands of wrong step names are all reported, with suggestions for the first few", "[validator]")
{
    std::string json = R"({"schemaVersion": 1, "id": "many", "revision": 1, "baseLocale": "en", "title": "t",
 "initialStep": "a", "events": [{"id": "go", "label": "Go"}], "steps": [)";
    constexpr int kWrong = 3000;
    for (int i = 0; i < kWrong; ++i)
        json += "{\"id\": \"s" + std::to_string(i) +
                "\", \"label\": \"1\", \"title\": \"T\", \"on\": [{\"event\": \"go\", \"to\": \"x" + std::to_string(i) +
                "\"}]},";
    json += R"({"id": "a", "label": "1", "title": "A", "final": true}]})";
    int unknown = 0;
    int suggested = 0;
    for (const Diagnostic &d : diagnosticsOf(json.c_str())) {
        if (d.code == QStringLiteral("unknown-target")) {
            ++unknown;
            suggested += d.message.contains(QStringLiteral("Did you mean")) ? 1 : 0;
        }
    }
    CHECK(unknown == kWrong);
    CHECK(suggested > 0);
    CHECK(suggested <= 25);
}

TEST_CASE("Bidi overrides and control characters in a text are errors at their place; markup is a warning "
          "(review M3)",
          "[validator][security]")
{
    // "0.001 zł" that a right-to-left override shows as "100.0"; an escape sequence; markup.
    const char *const json = R"({
  "schemaVersion": 1, "id": "hostile", "revision": 1, "baseLocale": "pl",
  "title": "Tytuł",
  "initialStep": "a", "events": [],
  "steps": [{"id": "a", "label": "1", "title": "<b style='font-size:60px'>FAKE: HANG UP NOW</b>",
             "say": ["Opłata wynosi \u202E0.001 zł", "Krok\u001b]0;owned\u0007 dalej"], "final": true}]
})";
    const LoadResult result = PlaybookLoader::loadData(QByteArray(json), QStringLiteral("t.json"));
    CHECK_FALSE(result.ok());
    std::vector<const Diagnostic *> unsafe;
    for (const Diagnostic &d : result.diagnostics) {
        if (d.code == u"unsafe-character")
            unsafe.push_back(&d);
    }
    REQUIRE(unsafe.size() == 2);
    CHECK(unsafe[0]->severity == Severity::Error);
    CHECK(unsafe[0]->line == 6);
    CHECK(unsafe[0]->message.contains(QStringLiteral("U+202E")));
    CHECK(unsafe[1]->message.contains(QStringLiteral("U+001B")));
    const Diagnostic *markup = findCode(result.diagnostics, "markup-in-text");
    REQUIRE(markup);
    CHECK(markup->severity == Severity::Warning);
    CHECK(markup->line == 5);
    // The no-break space of Polish typography stays allowed.
    CHECK(diagnosticsOf(kValid).empty());
}

TEST_CASE("A diagnostic shows the control characters it quotes, never sends them raw (review L4)",
          "[validator][security]")
{
    const char *const json = "{\n  \"schemaVersion\": 1, \"id\": \"x\", \"revision\": 1, \"baseLocale\": \"en\", "
                             "\"title\": \"t\",\n  \"initialStep\": \"a\", \"events\": [],\n"
                             "  \"steps\": [], \"\\u001b]0;owned\\u0007\": 1\n}";
    const Diagnostics diagnostics = diagnosticsOf(json);
    const Diagnostic *unknown = findCode(diagnostics, "unknown-field");
    REQUIRE(unknown);
    const QString line = unknown->toString();
    CHECK_FALSE(line.contains(QChar(0x1B)));
    CHECK_FALSE(line.contains(QChar(0x07)));
    CHECK(line.contains(QStringLiteral("\\u{001B}]0;owned\\u{0007}")));
}

TEST_CASE("A text too long to read in a call and a playbook with too many steps are errors (review M4)",
          "[validator][security]")
{
    const QByteArray longLine = QByteArray(PlaybookChecker::kMaxTextLength + 1, 'a');
    const QByteArray json = R"({
  "schemaVersion": 1, "id": "huge", "revision": 1, "baseLocale": "en", "title": "t",
  "initialStep": "a", "events": [],
  "steps": [{"id": "a", "label": "1", "title": "Step", "say": [")" +
                            longLine + R"("], "final": true}]
})";
    const LoadResult result = PlaybookLoader::loadData(json, QStringLiteral("t.json"));
    CHECK_FALSE(result.ok());
    const Diagnostic *tooLong = findCode(result.diagnostics, "text-too-long");
    REQUIRE(tooLong);
    CHECK(tooLong->line == 4);
    CHECK(tooLong->message.contains(QString::number(PlaybookChecker::kMaxTextLength + 1)));

    const LoadResult big =
        PlaybookLoader::loadData(QByteArray::fromStdString(test::generateChainPlaybook(PlaybookChecker::kMaxSteps + 1)),
                                 QStringLiteral("b.json"));
    CHECK_FALSE(big.ok());
    CHECK(findCode(big.diagnostics, "too-many-steps"));
    CHECK(PlaybookLoader::loadData(QByteArray::fromStdString(test::generateChainPlaybook(PlaybookChecker::kMaxSteps)),
                                   QStringLiteral("c.json"))
              .ok());
}
