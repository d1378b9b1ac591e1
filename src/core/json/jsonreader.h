#pragma once

#include "common/diagnostictext.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace steadyline::json {

// 1-based line and column; the column counts Unicode code points, as text editors do.
struct SourcePosition
{
    int line = 0;
    int column = 0;

    [[nodiscard]] bool isValid() const { return line > 0; }
    friend bool operator==(const SourcePosition &, const SourcePosition &) = default;
};

struct ReadOptions
{
    // Deeper nesting is refused instead of recursing: a hostile file must not exhaust the stack.
    int maxDepth = 128;
};

struct ReadResult;
[[nodiscard]] ReadResult readJson(std::string_view utf8, const ReadOptions &options);

// Where every value (and every object key) of a parsed document starts, by JSON Pointer
// (RFC 6901). nlohmann/json 3.11 keeps no positions, and a team lead needs the line and column
// of a semantic mistake, not only of a syntax error. A valid file needs no position at all, so
// the index is built on the first question, by reading the text once more.
class PositionIndex
{
public:
    PositionIndex() = default;
    PositionIndex(std::shared_ptr<const std::string> text, ReadOptions options);

    // `offset` is the value's byte offset in the text.
    void recordValue(const std::string &pointer, SourcePosition position, std::size_t offset);
    void recordKey(const std::string &pointer, SourcePosition position);

    // The position of the value at `pointer`, or of its nearest recorded ancestor.
    [[nodiscard]] SourcePosition valuePosition(std::string_view pointer) const;
    // The position of the character `utf16Offset` (as QString counts) inside the string value
    // at `pointer`, escapes and all; falls back to valuePosition.
    [[nodiscard]] SourcePosition positionInString(std::string_view pointer, std::ptrdiff_t utf16Offset) const;
    // The position of the key that names the member at `pointer`; falls back to valuePosition.
    [[nodiscard]] SourcePosition keyPosition(std::string_view pointer) const;
    [[nodiscard]] bool isBuilt() const { return m_built; }

private:
    friend ReadResult readJson(std::string_view utf8, const ReadOptions &options);
    struct ValueEntry
    {
        SourcePosition position;
        std::size_t offset = 0;
    };
    void ensureBuilt() const;

    std::shared_ptr<const std::string> m_text;
    ReadOptions m_options;
    mutable bool m_built = true; // an index without text is complete as recorded
    mutable std::unordered_map<std::string, ValueEntry> m_values;
    mutable std::unordered_map<std::string, SourcePosition> m_keys;
};

enum class ReadErrorKind { NotUtf8, Syntax, TooDeep };

struct ReadError
{
    ReadErrorKind kind = ReadErrorKind::Syntax;
    SourcePosition position;
    std::string message; // UTF-8, in English: says what was expected
    DiagnosticText text; // the same message, to be said in any language
};

// A key that appeared twice in one object: the first value is kept, the second reported.
// The first one's position is `positions.keyPosition(pointer)`.
struct DuplicateKey
{
    std::string pointer;
    SourcePosition position;
};

struct Document
{
    nlohmann::json root;
    PositionIndex positions;
    std::vector<DuplicateKey> duplicateKeys;
};

struct ReadResult
{
    std::optional<Document> document;
    std::optional<ReadError> error;
};

// Parses strict JSON (RFC 8259) from UTF-8 text; a leading UTF-8 byte order mark is accepted.
[[nodiscard]] inline ReadResult readJson(std::string_view utf8)
{
    return readJson(utf8, ReadOptions{});
}

// Appends one escaped reference token to a JSON Pointer.
[[nodiscard]] std::string appendPointer(std::string_view pointer, std::string_view token);
[[nodiscard]] std::string appendPointer(std::string_view pointer, std::size_t index);

} // namespace steadyline::json
