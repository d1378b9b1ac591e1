#include "generatedplaybook.h"
#include "playbook/actionsuggestion.h"
#include "playbook/playbookchecker.h"
#include "playbook/unrenderedform.h"
#include "testplaybooks.h"

#include "catch_qt.h"

#include <cstring>

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

TEST_CASE("A missing translation is a warning that names the locale — the playbook still loads", "[validator]")
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

TEST_CASE("A pause may last two minutes — the 3½ wait keeps its 5–10 s (#15)", "[validator]")
{
    // Seed 004: a pause or a hold of 90–120 s when the consultant boils; seed 000: the 3½ step
    // comes after about 5–10 s.
    const auto playbook = [](const char *label, int minMs, int maxMs) {
        return QString::fromUtf8(R"({"schemaVersion": 1, "id": "t", "revision": 1, "baseLocale": "en", "title": "t",
 "initialStep": "a", "events": [{"id": "calmed", "label": "Calmed", "role": "calmed"}],
 "steps": [{"id": "a", "label": "%1", "title": "Wait", "on": [{"event": "calmed", "to": "b"}],
            "timer": {"minMs": %2, "maxMs": %3, "defaultMs": %2, "onExpiry": [{"to": "b"}]}},
           {"id": "b", "label": "✓", "title": "B", "final": true}]})")
            .arg(QString::fromUtf8(label))
            .arg(minMs)
            .arg(maxMs);
    };
    const auto check = [](const QString &text) { return diagnosticsOf(text.toUtf8().constData()); };
    CHECK(check(playbook("‖", 90000, 120000)).empty());
    CHECK(check(playbook("3½", 5000, 10000)).empty());
    CHECK(check(playbook("‖", 1000, 300000)).empty());

    for (const auto &[label, minMs, maxMs, key] :
         {std::tuple{"3½", 5000, 90000, "maxMs"}, std::tuple{"3.5", 3000, 10000, "minMs"}}) {
        INFO(label << " " << minMs << "–" << maxMs);
        const QString text = playbook(label, minMs, maxMs);
        const Diagnostics diagnostics = check(text);
        REQUIRE(diagnostics.size() == 1);
        CHECK(diagnostics[0].code == QStringLiteral("method-wait-range"));
        CHECK(diagnostics[0].severity == Severity::Error);
        CHECK(diagnostics[0].message.contains(QStringLiteral("5–10 s")));
        // At the value that breaks the rule: the timer's line, the column after "key": .
        const QString timerLine = text.split(QLatin1Char('\n')).at(3);
        CHECK(diagnostics[0].line == 4);
        CHECK(diagnostics[0].column == timerLine.indexOf(QStringLiteral("\"%1\": ").arg(QLatin1String(key))) +
                                           static_cast<int>(std::strlen(key)) + 5);
    }

    const Diagnostics tooLong = check(playbook("‖", 1000, 300001));
    REQUIRE(tooLong.size() == 1);
    CHECK(tooLong[0].code == QStringLiteral("timer-range"));
    CHECK(tooLong[0].message.contains(QStringLiteral("1 s to 5 min")));
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

TEST_CASE("Bidi overrides and control characters in a text are errors at their place — markup is a warning "
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

namespace {
Diagnostics diagnosticsOfBroken(const char *name)
{
    return PlaybookLoader::loadFile(QStringLiteral(STEADYLINE_TEST_DATA_DIR "/broken/") + QString::fromUtf8(name))
        .diagnostics;
}

QStringList codesOf(const Diagnostics &diagnostics)
{
    QStringList codes;
    for (const Diagnostic &d : diagnostics)
        codes << d.code;
    return codes;
}
} // namespace

TEST_CASE("A step left only by global transitions is the dead end, not its followers unreachable (#16)", "[validator]")
{
    const Diagnostics diagnostics = diagnosticsOfBroken("dead-end-only-globals.json");
    INFO(codesOf(diagnostics).join(QLatin1Char(' ')).toStdString());
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].code == QStringLiteral("dead-end-step"));
    CHECK(diagnostics[0].message.contains(QStringLiteral("'boundary'")));
    CHECK(diagnostics[0].message.contains(QStringLiteral("only global transitions ('calmed')")));
}

TEST_CASE("A step that ends the call must be final — its ways on after the call are named (#16)", "[validator]")
{
    const Diagnostics diagnostics = diagnosticsOfBroken("end-call-not-final.json");
    INFO(codesOf(diagnostics).join(QLatin1Char(' ')).toStdString());
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].code == QStringLiteral("end-call-not-final"));
    CHECK(diagnostics[0].severity == Severity::Error);
    CHECK(diagnostics[0].message.contains(QStringLiteral("'hang_up'")));
    CHECK(diagnostics[0].message.contains(QStringLiteral("'calmed'")));
    CHECK(diagnostics[0].message.contains(QStringLiteral("\"final\": true")));
}

TEST_CASE("A duplicated step id comes first, names the id it cut off and its consequences point back (#16)",
          "[validator]")
{
    const Diagnostics diagnostics = diagnosticsOfBroken("duplicate-step-id-renamed.json");
    INFO(codesOf(diagnostics).join(QLatin1Char(' ')).toStdString());
    REQUIRE(diagnostics.size() == 2);
    CHECK(diagnostics[0].code == QStringLiteral("duplicate-step-id"));
    CHECK(diagnostics[0].line == 54);
    CHECK(diagnostics[0].message.contains(QStringLiteral("(first at line 47)")));
    CHECK(diagnostics[0].message.contains(QStringLiteral("was this step meant to be 'call_security'?")));
    CHECK(diagnostics[1].code == QStringLiteral("unknown-target"));
    CHECK(diagnostics[1].line < diagnostics[0].line); // the consequence sits earlier in the file
    CHECK(diagnostics[1].message.contains(QStringLiteral("follows from the duplicate step id 'hang_up' at line 54")));
}

TEST_CASE("An invalid step id comes first and the targets it cut off point back to it (#16)", "[validator]")
{
    const Diagnostics diagnostics = diagnosticsOfBroken("invalid-step-id.json");
    INFO(codesOf(diagnostics).join(QLatin1Char(' ')).toStdString());
    REQUIRE(diagnostics.size() == 2);
    CHECK(diagnostics[0].code == QStringLiteral("invalid-value"));
    CHECK(diagnostics[0].message.contains(QStringLiteral("Call-security")));
    CHECK(diagnostics[1].code == QStringLiteral("unknown-target"));
    CHECK(diagnostics[1].message.contains(
        QStringLiteral("the step at line 54, whose id \"Call-security\" is not a valid id; write it as "
                       "'call_security' there")));
}

TEST_CASE("An unknown channel in a guard is the one error — the guard does not clash as if unguarded (#16)",
          "[validator]")
{
    const Diagnostics diagnostics = diagnosticsOfBroken("unknown-guard-channel.json");
    INFO(codesOf(diagnostics).join(QLatin1Char(' ')).toStdString());
    REQUIRE_FALSE(diagnostics.empty());
    CHECK(diagnostics[0].code == QStringLiteral("unknown-guard"));
    CHECK_FALSE(findCode(diagnostics, "ambiguous-transition"));
}

TEST_CASE("A straight quote inside a text is named at the quote with how to write it, not as a missing comma (#16)",
          "[validator]")
{
    for (const char *name :
         {"json-syntax-straight-quote-in-text.json", "json-syntax-typographic-quote-closed-ascii.json"}) {
        INFO(name);
        const Diagnostics diagnostics = diagnosticsOfBroken(name);
        REQUIRE(diagnostics.size() == 1);
        CHECK(diagnostics[0].code == QStringLiteral("json-syntax"));
        CHECK(diagnostics[0].message.contains(QStringLiteral("write it as \\\" or use typographic quotes")));
        CHECK_FALSE(diagnostics[0].message.contains(QStringLiteral("comma")));
    }
    // A real missing comma after a string keeps its own advice.
    const Diagnostics comma = diagnosticsOf("{\"a\": \"x\"\n \"b\": 1}");
    REQUIRE(comma.size() == 1);
    CHECK(comma[0].message.contains(QStringLiteral("is a comma missing?")));
}

TEST_CASE("A base text keyed \"cz\" is one error with a suggestion, not a contradictory warning (#16)", "[validator]")
{
    const Diagnostics diagnostics = diagnosticsOfBroken("missing-base-text-cz.json");
    const Diagnostic *missingBase = findCode(diagnostics, "missing-base-text");
    REQUIRE(missingBase);
    CHECK(missingBase->severity == Severity::Error);
    CHECK(missingBase->message.contains(QStringLiteral("Did you mean 'cs'?")));
    for (const Diagnostic &d : diagnostics) {
        INFO(d.toString().toStdString());
        CHECK_FALSE(d.message.contains(QStringLiteral("\"cz\" is not in 'locales'")));
        CHECK_FALSE((d.code == QStringLiteral("missing-translation") && d.line == missingBase->line));
    }

    // Without a near miss: the error names the language consultants would see instead.
    const char *const json = R"({"schemaVersion": 1, "id": "t", "revision": 1, "baseLocale": "cs", "locales": ["en"],
 "title": {"cs": "Název", "en": "Title"}, "initialStep": "a", "events": [],
 "steps": [{"id": "a", "label": "1", "title": {"en": "Only English"}, "final": true}]})";
    const Diagnostics english = diagnosticsOf(json);
    REQUIRE(english.size() == 1);
    CHECK(english[0].code == QStringLiteral("missing-base-text"));
    CHECK(english[0].message.contains(QStringLiteral("(en)")));
}

TEST_CASE("A locale left out of 'locales' is one summary warning, not one per text (#16)", "[validator]")
{
    const char *const json = R"({"schemaVersion": 1, "id": "t", "revision": 1, "baseLocale": "pl",
 "title": {"pl": "Tytuł", "en": "Title"}, "initialStep": "a",
 "events": [{"id": "go", "label": {"pl": "Dalej", "en": "Next"}}],
 "steps": [{"id": "a", "label": "1", "title": {"pl": "A", "en": "A"}, "on": [{"event": "go", "to": "b"}]},
           {"id": "b", "label": "2", "title": {"pl": "B", "en": "B"}, "final": true}]})";
    const Diagnostics diagnostics = diagnosticsOf(json);
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].code == QStringLiteral("undeclared-locale"));
    CHECK(diagnostics[0].severity == Severity::Warning);
    CHECK(diagnostics[0].line == 2);
    CHECK(diagnostics[0].message.contains(QStringLiteral("4 texts have a version in \"en\"")));
    CHECK(diagnostics[0].message.contains(QStringLiteral("add \"en\" to 'locales'")));
}

TEST_CASE("An unknown action suggests the closest by spelling, shared word or purpose (#16)", "[validator]")
{
    CHECK(closestActionType(QStringLiteral("notify_manager")) == QStringLiteral("notify_supervisor"));
    CHECK(closestActionType(QStringLiteral("end_cal")) == QStringLiteral("end_call"));
    CHECK(closestActionType(QStringLiteral("hang_up")) == QStringLiteral("end_call"));
    CHECK(closestActionType(QStringLiteral("call_security")) == QStringLiteral("notify_supervisor"));
    CHECK(closestActionType(QStringLiteral("promise")) == QStringLiteral("request_promise"));
    CHECK(closestActionType(QStringLiteral("xyzzy")).isEmpty());

    const Diagnostics diagnostics = diagnosticsOfBroken("unknown-action.json");
    const Diagnostic *unknown = findCode(diagnostics, "unknown-action");
    REQUIRE(unknown);
    CHECK(unknown->message.contains(QStringLiteral("\"hang_up\". Did you mean 'end_call'?")));
}

TEST_CASE("A timer whose default lies outside its range is reported at defaultMs (#16)", "[validator]")
{
    const Diagnostics diagnostics = diagnosticsOfBroken("timer-bounds.json");
    const Diagnostic *bounds = findCode(diagnostics, "timer-bounds");
    REQUIRE(bounds);
    CHECK(bounds->line == 39);
    CHECK(bounds->column == 22);
}

TEST_CASE("Slashes that are meant are not unrendered forms — forms in titles are, with examples in the text's "
          "language (#16)",
          "[validator]")
{
    for (const char *meant : {"Je to 250 Kč/měsíc.", "Spotřeba 250 kWh/měsíc.", "Viz www.energie.cz/samoodecet.",
                              "Návod: energie.cz/samoodecet", "https://example.com/a/b", "Linka 24/7.",
                              "Cena v Kč/měsíc je stejná.", "Linka funguje nonstop{/}vždy."}) {
        INFO(meant);
        CHECK(findUnrenderedForm(QString::fromUtf8(meant)).offset < 0);
    }
    const UnrenderedForm form = findUnrenderedForm(QStringLiteral("Zákazník se uklidnil — vyslechněte ho/ji"));
    CHECK(form.text == QStringLiteral("ho/ji"));
    CHECK(findUnrenderedForm(QStringLiteral("Dziękuję Panu/Pani.")).text == QStringLiteral("Panu/Pani"));

    const Diagnostics diagnostics = diagnosticsOfBroken("unrendered-form-title.json");
    const Diagnostic *title = findCode(diagnostics, "unrendered-form");
    REQUIRE(title);
    CHECK(title->message.contains(QStringLiteral("\"go/ją\", which would show on the card as written")));
    CHECK(title->message.contains(QStringLiteral("{address:Panu|Pani}")));
    CHECK(title->message.contains(QStringLiteral("write {/} for a slash you mean")));

    const char *const czech = R"({"schemaVersion": 1, "id": "t", "revision": 1, "baseLocale": "cs", "title": "Test",
 "initialStep": "a", "events": [],
 "steps": [{"id": "a", "label": "1", "title": "Poslouchejte", "say": ["Vyslechnu ho/ji."], "final": true}]})";
    const Diagnostic *spoken = findCode(diagnosticsOf(czech), "unrendered-form");
    REQUIRE(spoken);
    CHECK(spoken->message.contains(QStringLiteral("use {address:ho|ji} or {agent:nucen|nucena}")));
    CHECK_FALSE(spoken->message.contains(QStringLiteral("zmuszony")));
}

TEST_CASE("A playbook that offers the plural form of address is warned where a line lacks it (#15)", "[validator]")
{
    const char *const mixed = R"({"schemaVersion": 1, "id": "t", "revision": 1, "baseLocale": "pl", "title": "Test",
 "initialStep": "a", "events": [],
 "steps": [{"id": "a", "label": "1", "title": "Pomóż", "say": ["Pomogę {address:Panu|Pani|Państwu}.", "Dziękuję {address:Panu|Pani}."],
            "tips": ["{address:Pan|Pani} mówi głośno?"], "final": true}]})";
    const Diagnostics diagnostics = diagnosticsOf(mixed);
    int missing = 0;
    for (const Diagnostic &d : diagnostics) {
        if (d.code != QStringLiteral("address-plural-missing"))
            continue;
        ++missing;
        CHECK(d.severity == Severity::Warning);
        CHECK(d.message.contains(QStringLiteral("{address:Panu|Pani|Państwu}")));
    }
    CHECK(missing == 2); // the second say and the tip

    // Two forms everywhere is a playbook that does not offer the third: no warning.
    const char *const twoForms = R"({"schemaVersion": 1, "id": "t", "revision": 1, "baseLocale": "pl", "title": "Test",
 "initialStep": "a", "events": [],
 "steps": [{"id": "a", "label": "1", "title": "Pomóż", "say": ["Dziękuję {address:Panu|Pani}."], "final": true}]})";
    CHECK(findCode(diagnosticsOf(twoForms), "address-plural-missing") == nullptr);
    const char *const threeForms =
        R"({"schemaVersion": 1, "id": "t", "revision": 1, "baseLocale": "pl", "title": "Test",
 "initialStep": "a", "events": [],
 "steps": [{"id": "a", "label": "1", "title": "Pomóż", "say": ["Dziękuję {address:Panu|Pani|Państwu}."], "final": true}]})";
    CHECK(diagnosticsOf(threeForms).empty());
}
