#include "json/jsonreader.h"

#include "catch_qt.h"

#include <string>

using steadyline::json::ReadErrorKind;
using steadyline::json::readJson;
using steadyline::json::SourcePosition;

TEST_CASE("JSON reader records where every value and key starts", "[json]")
{
    const auto result = readJson("{\n  \"a\": [1, {\"b\": \"x\"}],\n  \"żółw\": true\n}");
    REQUIRE(result.document);
    const auto &positions = result.document->positions;
    CHECK(positions.valuePosition("") == SourcePosition{1, 1});
    CHECK(positions.keyPosition("/a") == SourcePosition{2, 3});
    CHECK(positions.valuePosition("/a") == SourcePosition{2, 8});
    CHECK(positions.valuePosition("/a/0") == SourcePosition{2, 9});
    CHECK(positions.valuePosition("/a/1/b") == SourcePosition{2, 18});
    // Columns count code points: "żółw" is four characters, not seven bytes.
    CHECK(positions.valuePosition("/żółw") == SourcePosition{3, 11});
    // An unknown pointer falls back to its nearest ancestor.
    CHECK(positions.valuePosition("/a/1/zzz") == SourcePosition{2, 12});
    CHECK(result.document->root["a"][1]["b"] == "x");
}

TEST_CASE("JSON reader reports syntax errors with line and column", "[json]")
{
    SECTION("missing comma")
    {
        const auto result = readJson("{\n  \"a\": 1\n  \"b\": 2\n}");
        REQUIRE(result.error);
        CHECK(result.error->kind == ReadErrorKind::Syntax);
        CHECK(result.error->position == SourcePosition{3, 3});
        CHECK_THAT(result.error->message, Catch::Contains("comma missing"));
    }
    SECTION("trailing comma")
    {
        const auto result = readJson("[1, 2,\n]");
        REQUIRE(result.error);
        CHECK(result.error->position == SourcePosition{1, 6}); // at the comma to delete
    }
    SECTION("truncated file")
    {
        const auto result = readJson("{\"a\": [1, 2");
        REQUIRE(result.error);
        CHECK_THAT(result.error->message, Catch::Contains("end of the file"));
    }
    SECTION("single quotes")
    {
        const auto result = readJson("{'a': 1}");
        REQUIRE(result.error);
        CHECK(result.error->position == SourcePosition{1, 2});
    }
    SECTION("text after the document")
    {
        const auto result = readJson("{} {}");
        REQUIRE(result.error);
        CHECK(result.error->position == SourcePosition{1, 4});
    }
}

TEST_CASE("JSON reader rejects invalid UTF-8 and names the place", "[json]")
{
    const auto result = readJson("{\n \"a\": \"\xC5\x82\xFF\"\n}");
    REQUIRE(result.error);
    CHECK(result.error->kind == ReadErrorKind::NotUtf8);
    CHECK(result.error->position == SourcePosition{2, 9});
    CHECK_FALSE(readJson("\"\xED\xA0\x80\"").document); // a UTF-16 surrogate
    CHECK_FALSE(readJson("\"\xC0\xAF\"").document);     // overlong '/'
    CHECK(readJson("\xEF\xBB\xBF{\"a\": 1}").document); // a byte order mark is fine
}

TEST_CASE("JSON reader refuses deep nesting instead of overflowing the stack", "[json]")
{
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    const auto result = readJson(deep);
    REQUIRE(result.error);
    CHECK(result.error->kind == ReadErrorKind::TooDeep);
    const std::string fine = std::string(100, '[') + std::string(100, ']');
    CHECK(readJson(fine).document);
}

TEST_CASE("JSON reader decodes escapes and numbers exactly", "[json]")
{
    const auto result =
        readJson(R"({"s": "a\"b\\n\u00f3\ud83d\ude00", "i": -42, "d": 2.5e3, "big": 123456789012345678901})");
    REQUIRE(result.document);
    const auto &root = result.document->root;
    CHECK(root["s"] == "a\"b\\n\xC3\xB3\xF0\x9F\x98\x80");
    CHECK(root["i"].is_number_integer());
    CHECK(root["i"] == -42);
    CHECK(root["d"] == 2500.0);
    CHECK(root["big"].is_number_float());
    CHECK_FALSE(readJson("01").document);
    CHECK_FALSE(readJson("1.").document);
    CHECK_FALSE(readJson("\"\\ud800\"").document); // lone surrogate escape
    CHECK_FALSE(readJson("\"tab\there\"").document);
}

TEST_CASE("JSON reader keeps the first of duplicate keys and reports the second", "[json]")
{
    const auto result = readJson("{\"a\": 1,\n \"a\": {\"x\": 2}}");
    REQUIRE(result.document);
    REQUIRE(result.document->duplicateKeys.size() == 1);
    CHECK(result.document->duplicateKeys[0].position == SourcePosition{2, 2});
    CHECK(result.document->positions.keyPosition(result.document->duplicateKeys[0].pointer) == SourcePosition{1, 2});
    CHECK(result.document->root["a"] == 1);
    // The ignored duplicate's inner positions do not shadow anything.
    CHECK(result.document->positions.valuePosition("/a") == SourcePosition{1, 7});
}

TEST_CASE("Positions inside a string count escapes and characters outside the BMP", "[json]")
{
    // The string starts at column 7; inside it: a, \n (2 columns), an emoji (2 UTF-16 units), \u00f3, then X.
    const auto result = readJson("{\"s\": \"a\\n\xF0\x9F\x98\x80\\u00f3X\"}");
    REQUIRE(result.document);
    const auto &positions = result.document->positions;
    CHECK(positions.positionInString("/s", 0) == SourcePosition{1, 8});  // a
    CHECK(positions.positionInString("/s", 1) == SourcePosition{1, 9});  // \n
    CHECK(positions.positionInString("/s", 2) == SourcePosition{1, 11}); // the emoji
    CHECK(positions.positionInString("/s", 4) == SourcePosition{1, 12}); // \u00f3
    CHECK(positions.positionInString("/s", 5) == SourcePosition{1, 18}); // X
    // A pointer below a plain string (a per-locale lookup) still finds the string.
    CHECK(positions.positionInString("/s/pl", 5) == SourcePosition{1, 18});
}
