#include "jsonreader.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace steadyline::json {

PositionIndex::PositionIndex(std::shared_ptr<const std::string> text, ReadOptions options)
    : m_text(std::move(text))
    , m_options(options)
    , m_built(false)
{}

void PositionIndex::recordValue(const std::string &pointer, SourcePosition position, std::size_t offset)
{
    m_values.emplace(pointer, ValueEntry{position, offset});
}

void PositionIndex::recordKey(const std::string &pointer, SourcePosition position)
{
    m_keys.emplace(pointer, position);
}

SourcePosition PositionIndex::valuePosition(std::string_view pointer) const
{
    ensureBuilt();
    std::string key(pointer);
    for (;;) {
        if (const auto it = m_values.find(key); it != m_values.end())
            return it->second.position;
        if (key.empty())
            return {};
        key.erase(key.rfind('/'));
    }
}

SourcePosition PositionIndex::keyPosition(std::string_view pointer) const
{
    ensureBuilt();
    if (const auto it = m_keys.find(std::string(pointer)); it != m_keys.end())
        return it->second;
    return valuePosition(pointer);
}

std::string appendPointer(std::string_view pointer, std::string_view token)
{
    std::string result(pointer);
    result.reserve(pointer.size() + token.size() + 1);
    result += '/';
    for (const char c : token) {
        if (c == '~')
            result += "~0";
        else if (c == '/')
            result += "~1";
        else
            result += c;
    }
    return result;
}

std::string appendPointer(std::string_view pointer, std::size_t index)
{
    std::string result(pointer);
    result += '/';
    result += std::to_string(index);
    return result;
}

namespace {

// Returns the length of the valid UTF-8 sequence starting at `s[i]`, or 0 if it is invalid
// (truncated, overlong, a surrogate, or beyond U+10FFFF).
std::size_t utf8SequenceLength(std::string_view s, std::size_t i)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char b0 = byte(i);
    if (b0 < 0x80)
        return 1;
    const auto continuation = [&](std::size_t k) { return k < s.size() && (byte(k) & 0xC0) == 0x80; };
    if (b0 >= 0xC2 && b0 <= 0xDF)
        return continuation(i + 1) ? 2 : 0;
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        if (!continuation(i + 1) || !continuation(i + 2))
            return 0;
        const unsigned char b1 = byte(i + 1);
        if (b0 == 0xE0 && b1 < 0xA0)
            return 0; // overlong
        if (b0 == 0xED && b1 >= 0xA0)
            return 0; // UTF-16 surrogate
        return 3;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        if (!continuation(i + 1) || !continuation(i + 2) || !continuation(i + 3))
            return 0;
        const unsigned char b1 = byte(i + 1);
        if (b0 == 0xF0 && b1 < 0x90)
            return 0; // overlong
        if (b0 == 0xF4 && b1 >= 0x90)
            return 0; // beyond U+10FFFF
        return 4;
    }
    return 0;
}

void appendUtf8(std::string &out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

class Parser
{
public:
    // With `index`, records every position and every duplicate key's pointer; without, only
    // notes that a duplicate exists (the fast path for the common valid file).
    Parser(std::string_view text, const ReadOptions &options, nlohmann::json &root,
           std::vector<DuplicateKey> *duplicates, PositionIndex *index)
        : m_text(text)
        , m_options(options)
        , m_root(root)
        , m_duplicates(duplicates)
        , m_index(index)
    {}

    [[nodiscard]] bool sawDuplicate() const { return m_sawDuplicate; }

    std::optional<ReadError> run()
    {
        if (auto error = checkUtf8())
            return error;
        skipWhitespace();
        std::string pointer;
        if (!parseValue(m_root, pointer, 0))
            return m_error;
        skipWhitespace();
        if (m_pos < m_text.size())
            return fail(DiagnosticText(QT_TRANSLATE_NOOP(
                "steadyline::Diagnostic",
                "unexpected text after the end of the document; a JSON file holds exactly one value")));
        return std::nullopt;
    }

private:
    std::optional<ReadError> checkUtf8()
    {
        std::size_t i = 0;
        int line = 1;
        int column = 1;
        while (i < m_text.size()) {
            const std::size_t length = utf8SequenceLength(m_text, i);
            if (length == 0) {
                return error(
                    ReadErrorKind::NotUtf8, {line, column},
                    DiagnosticText(QT_TRANSLATE_NOOP(
                                       "steadyline::Diagnostic",
                                       "the file is not valid UTF-8 (byte offset %1); save it as UTF-8 in your editor"))
                        .arg(static_cast<unsigned long long>(i)));
            }
            if (m_text[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
            i += length;
        }
        return std::nullopt;
    }

    SourcePosition here() const { return {m_line, m_column}; }

    // Advances one byte, keeping line and column (columns count code points, not bytes).
    void advance()
    {
        const auto c = static_cast<unsigned char>(m_text[m_pos]);
        if (c == '\n') {
            ++m_line;
            m_column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++m_column;
        }
        ++m_pos;
    }

    [[nodiscard]] bool atEnd() const { return m_pos >= m_text.size(); }
    [[nodiscard]] char peek() const { return m_text[m_pos]; }

    static ReadError error(ReadErrorKind kind, SourcePosition at, const DiagnosticText &text)
    {
        return ReadError{kind, at, text.english().toStdString(), text};
    }
    std::optional<ReadError> fail(const DiagnosticText &message, ReadErrorKind kind = ReadErrorKind::Syntax)
    {
        m_error = error(kind, here(), message);
        return m_error;
    }
    bool failed(const DiagnosticText &message, ReadErrorKind kind = ReadErrorKind::Syntax)
    {
        fail(message, kind);
        return false;
    }
    bool failedAt(SourcePosition at, const DiagnosticText &message)
    {
        m_error = error(ReadErrorKind::Syntax, at, message);
        return false;
    }

    void skipWhitespace()
    {
        while (!atEnd()) {
            const char c = peek();
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            advance();
        }
    }

    // The character at the current position, as text; empty at the end.
    QString currentCharacter() const
    {
        if (atEnd())
            return {};
        const std::size_t length = std::max<std::size_t>(1, utf8SequenceLength(m_text, m_pos));
        const std::string_view character = m_text.substr(m_pos, length);
        return QString::fromUtf8(character.data(), static_cast<qsizetype>(character.size()));
    }

    DiagnosticText describeHere() const
    {
        if (atEnd())
            return DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "the end of the file"));
        const char c = peek();
        if (static_cast<unsigned char>(c) < 0x20)
            return DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "a control character"));
        const std::size_t length = std::max<std::size_t>(1, utf8SequenceLength(m_text, m_pos));
        const std::string_view character = m_text.substr(m_pos, length);
        // Invisible look-alikes of a space, common in text pasted from a word processor.
        if (character == "\xC2\xA0")
            return DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                    "a no-break space (U+00A0); replace it with a normal space"));
        if (character == "\xE2\x80\x8B" || character == "\xEF\xBB\xBF")
            return DiagnosticText(
                QT_TRANSLATE_NOOP("steadyline::Diagnostic", "an invisible zero-width character; delete it"));
        if (character == "\xE2\x80\x9E" || character == "\xE2\x80\x9D" || character == "\xE2\x80\x9C")
            return DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                    "a typographic quote %1; JSON needs straight double quotes (\")"))
                .arg(quoted(character));
        if (character == "/")
            return DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "'/'; JSON does not allow comments"));
        return DiagnosticText::verbatim(quoted(character));
    }

    // After a string value, a letter or other text where ',' is due: the string was ended early by
    // a '"' meant as part of the text ("press "Calmed" and…", or „…" closed with the keyboard's
    // quote). The mistake is that quote, not a missing comma (review M10).
    [[nodiscard]] bool textGoesOn() const
    {
        if (atEnd())
            return false;
        const char c = peek();
        return std::string_view("\"{}[]:,").find(c) == std::string_view::npos && static_cast<unsigned char>(c) >= 0x20;
    }
    static DiagnosticText quoteInsideText()
    {
        return DiagnosticText(QT_TRANSLATE_NOOP(
            "steadyline::Diagnostic",
            "this '\"' ends the text, but the text goes on after it; if the quote belongs to the text, write "
            "it as \\\" or use typographic quotes such as „ “ or « »"));
    }

    static QString quoted(std::string_view character)
    {
        return QLatin1Char('\'') + QString::fromUtf8(character.data(), static_cast<qsizetype>(character.size())) +
               QLatin1Char('\'');
    }

    std::string childPointer(const std::string &pointer, std::string_view key) const
    {
        return m_index ? appendPointer(pointer, key) : std::string();
    }
    std::string childPointer(const std::string &pointer, std::size_t index) const
    {
        return m_index ? appendPointer(pointer, index) : std::string();
    }

    bool parseValue(nlohmann::json &out, const std::string &pointer, int depth)
    {
        if (m_index)
            m_index->recordValue(pointer, here(), m_pos);
        if (atEnd())
            return failed(DiagnosticText(
                QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                  "expected a value but found the end of the file; the file may be truncated")));
        switch (peek()) {
        case '{': return parseObject(out, pointer, depth + 1);
        case '[': return parseArray(out, pointer, depth + 1);
        case '"': {
            std::string s;
            if (!parseString(s))
                return false;
            out = std::move(s);
            return true;
        }
        case 't': return parseLiteral("true", out, true);
        case 'f': return parseLiteral("false", out, false);
        case 'n': return parseLiteral("null", out, nullptr);
        default:
            if (peek() == '-' || (peek() >= '0' && peek() <= '9'))
                return parseNumber(out);
            if (peek() == '\'')
                return failed(DiagnosticText(QT_TRANSLATE_NOOP(
                    "steadyline::Diagnostic", "strings must be in double quotes (\"), not single quotes")));
            return failed(
                DiagnosticText(
                    QT_TRANSLATE_NOOP(
                        "steadyline::Diagnostic",
                        "expected a value (an object, array, string, number, true, false or null) but found %1"))
                    .arg(describeHere()));
        }
    }

    bool parseLiteral(std::string_view word, nlohmann::json &out, nlohmann::json value)
    {
        if (m_text.substr(m_pos, word.size()) != word)
            return failed(
                DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                 "expected a value but found %1; text must be in double quotes"))
                    .arg(describeHere()));
        for (std::size_t i = 0; i < word.size(); ++i)
            advance();
        out = std::move(value);
        return true;
    }

    bool checkDepth(int depth)
    {
        if (depth > m_options.maxDepth)
            return failed(DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                           "the document is nested more than %1 levels deep"))
                              .arg(m_options.maxDepth),
                          ReadErrorKind::TooDeep);
        return true;
    }

    bool parseObject(nlohmann::json &out, const std::string &pointer, int depth)
    {
        if (!checkDepth(depth))
            return false;
        out = nlohmann::json::object();
        advance(); // '{'
        skipWhitespace();
        if (!atEnd() && peek() == '}') {
            advance();
            return true;
        }
        for (;;) {
            skipWhitespace();
            if (atEnd())
                return failed(DiagnosticText(QT_TRANSLATE_NOOP(
                    "steadyline::Diagnostic", "the object is not closed: expected '}' before the end of the file")));
            if (peek() == '}')
                return failedAt(m_lastComma, DiagnosticText(QT_TRANSLATE_NOOP(
                                                 "steadyline::Diagnostic",
                                                 "a comma must not follow the last member of an object; remove it")));
            if (peek() != '"')
                return failed(DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                               "expected a member name in double quotes but found %1"))
                                  .arg(describeHere()));
            const SourcePosition keyPosition = here();
            bool valueIsString = false;
            std::string key;
            if (!parseString(key))
                return false;
            skipWhitespace();
            if (atEnd() || peek() != ':')
                return failed(
                    DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                     "expected ':' after the member name \"%1\" but found %2"))
                        .arg(QString::fromStdString(key))
                        .arg(describeHere()));
            advance();
            skipWhitespace();
            const std::string child = childPointer(pointer, key);
            if (out.contains(key)) {
                m_sawDuplicate = true;
                if (m_duplicates)
                    m_duplicates->push_back({child, keyPosition});
                // The duplicate is parsed for syntax only; its positions must not shadow the kept value's.
                nlohmann::json ignored;
                PositionIndex *const kept = m_index;
                PositionIndex discarded;
                m_index = kept ? &discarded : nullptr;
                const bool ok = parseValue(ignored, child, depth);
                m_index = kept;
                if (!ok)
                    return false;
                valueIsString = ignored.is_string();
            } else {
                if (m_index)
                    m_index->recordKey(child, keyPosition);
                if (!parseValue(out[key], child, depth))
                    return false;
                valueIsString = out[key].is_string();
            }
            skipWhitespace();
            if (atEnd())
                return failed(DiagnosticText(
                    QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                      "the object is not closed: expected ',' or '}' before the end of the file")));
            if (peek() == ',') {
                m_lastComma = here();
                advance();
                continue;
            }
            if (peek() == '}') {
                advance();
                return true;
            }
            if (valueIsString && textGoesOn())
                return failedAt(m_lastStringEnd, quoteInsideText());
            return failed(DiagnosticText(
                              QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                "expected ',' or '}' after a member but found %1; is a comma missing?"))
                              .arg(describeHere()));
        }
    }

    bool parseArray(nlohmann::json &out, const std::string &pointer, int depth)
    {
        if (!checkDepth(depth))
            return false;
        out = nlohmann::json::array();
        advance(); // '['
        skipWhitespace();
        if (!atEnd() && peek() == ']') {
            advance();
            return true;
        }
        for (std::size_t index = 0;; ++index) {
            skipWhitespace();
            if (!atEnd() && peek() == ']')
                return failedAt(m_lastComma, DiagnosticText(QT_TRANSLATE_NOOP(
                                                 "steadyline::Diagnostic",
                                                 "a comma must not follow the last element of an array; remove it")));
            out.push_back(nullptr);
            if (!parseValue(out.back(), childPointer(pointer, index), depth))
                return false;
            skipWhitespace();
            if (atEnd())
                return failed(DiagnosticText(
                    QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                      "the array is not closed: expected ',' or ']' before the end of the file")));
            if (peek() == ',') {
                m_lastComma = here();
                advance();
                continue;
            }
            if (peek() == ']') {
                advance();
                return true;
            }
            if (out.back().is_string() && textGoesOn())
                return failedAt(m_lastStringEnd, quoteInsideText());
            return failed(
                DiagnosticText(
                    QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                      "expected ',' or ']' after an array element but found %1; is a comma missing?"))
                    .arg(describeHere()));
        }
    }

    bool parseHex4(std::uint32_t &value)
    {
        value = 0;
        for (int i = 0; i < 4; ++i) {
            if (atEnd())
                return failed(DiagnosticText(
                    QT_TRANSLATE_NOOP("steadyline::Diagnostic", "the \\u escape needs four hexadecimal digits")));
            const char c = peek();
            value <<= 4;
            if (c >= '0' && c <= '9')
                value |= static_cast<std::uint32_t>(c - '0');
            else if (c >= 'a' && c <= 'f')
                value |= static_cast<std::uint32_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                value |= static_cast<std::uint32_t>(c - 'A' + 10);
            else
                return failed(DiagnosticText(
                    QT_TRANSLATE_NOOP("steadyline::Diagnostic", "the \\u escape needs four hexadecimal digits")));
            advance();
        }
        return true;
    }

    bool parseString(std::string &out)
    {
        advance(); // opening quote
        for (;;) {
            if (atEnd())
                return failed(DiagnosticText(
                    QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                      "the string is not closed: a '\"' is missing before the end of the file")));
            const char c = peek();
            if (c == '"') {
                m_lastStringEnd = here();
                advance();
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20) {
                if (c == '\n' || c == '\r')
                    return failed(DiagnosticText(QT_TRANSLATE_NOOP(
                        "steadyline::Diagnostic", "the string is not closed before the end of the line; "
                                                  "write a line break inside a string as \\n")));
                return failed(DiagnosticText(
                    QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                      "a control character must be escaped inside a string (for a tab write \\t)")));
            }
            if (c != '\\') {
                // Copy a run of plain characters at once; columns count code points, not bytes.
                const std::size_t start = m_pos;
                while (m_pos < m_text.size()) {
                    const auto b = static_cast<unsigned char>(m_text[m_pos]);
                    if (b == '"' || b == '\\' || b < 0x20)
                        break;
                    if ((b & 0xC0) != 0x80)
                        ++m_column;
                    ++m_pos;
                }
                out.append(m_text.substr(start, m_pos - start));
                continue;
            }
            advance(); // backslash
            if (atEnd())
                return failed(DiagnosticText(
                    QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                      "the string is not closed: a '\"' is missing before the end of the file")));
            const char e = peek();
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                advance();
                std::uint32_t cp = 0;
                if (!parseHex4(cp))
                    return false;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    if (m_text.substr(m_pos, 2) != "\\u")
                        return failed(DiagnosticText(
                            QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                              "a \\u escape of a high surrogate must be followed by a low surrogate")));
                    advance();
                    advance();
                    std::uint32_t low = 0;
                    if (!parseHex4(low))
                        return false;
                    if (low < 0xDC00 || low > 0xDFFF)
                        return failed(DiagnosticText(
                            QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                              "a \\u escape of a high surrogate must be followed by a low surrogate")));
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    return failed(DiagnosticText(
                        QT_TRANSLATE_NOOP("steadyline::Diagnostic", "a \\u escape holds a lone low surrogate")));
                }
                appendUtf8(out, cp);
                continue; // parseHex4 already advanced past the digits
            }
            default:
                return failed(
                    DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "unknown escape sequence '\\%1'"))
                        .arg(currentCharacter()));
            }
            advance();
        }
    }

    bool parseNumber(nlohmann::json &out)
    {
        const std::size_t start = m_pos;
        bool isInteger = true;
        if (peek() == '-')
            advance();
        if (atEnd() || peek() < '0' || peek() > '9')
            return failed(
                DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "a number needs at least one digit")));
        if (peek() == '0') {
            const SourcePosition zero = here();
            advance();
            if (!atEnd() && peek() >= '0' && peek() <= '9')
                return failedAt(
                    zero, DiagnosticText(QT_TRANSLATE_NOOP(
                              "steadyline::Diagnostic", "numbers must not have leading zeros; write 7000, not 07000")));
        } else {
            while (!atEnd() && peek() >= '0' && peek() <= '9')
                advance();
        }
        if (!atEnd() && peek() == '.') {
            isInteger = false;
            advance();
            if (atEnd() || peek() < '0' || peek() > '9')
                return failed(DiagnosticText(
                    QT_TRANSLATE_NOOP("steadyline::Diagnostic", "a digit must follow the decimal point")));
            while (!atEnd() && peek() >= '0' && peek() <= '9')
                advance();
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            isInteger = false;
            advance();
            if (!atEnd() && (peek() == '+' || peek() == '-'))
                advance();
            if (atEnd() || peek() < '0' || peek() > '9')
                return failed(
                    DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "a digit must follow the exponent")));
            while (!atEnd() && peek() >= '0' && peek() <= '9')
                advance();
        }
        const std::string_view token = m_text.substr(start, m_pos - start);
        if (isInteger) {
            std::int64_t value = 0;
            const auto [ptr, ec] = std::from_chars(token.data(), token.data() + token.size(), value);
            if (ec == std::errc() && ptr == token.data() + token.size()) {
                out = value;
                return true;
            }
        }
        double value = 0;
        const auto [ptr, ec] = std::from_chars(token.data(), token.data() + token.size(), value);
        if (ec != std::errc() || !std::isfinite(value))
            return failed(DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "the number %1 is out of range"))
                              .arg(QString::fromStdString(std::string(token))));
        out = value;
        return true;
    }

    std::string_view m_text;
    const ReadOptions &m_options;
    nlohmann::json &m_root;
    std::vector<DuplicateKey> *m_duplicates;
    PositionIndex *m_index;
    bool m_sawDuplicate = false;
    SourcePosition m_lastComma;
    SourcePosition m_lastStringEnd; // the closing quote of the last string read
    std::size_t m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    std::optional<ReadError> m_error;
};

} // namespace

SourcePosition PositionIndex::positionInString(std::string_view pointer, std::ptrdiff_t utf16Offset) const
{
    ensureBuilt();
    // The string may be the pointer's ancestor: ".../say/0/pl" of a text written as a plain string.
    std::string key(pointer);
    auto it = m_values.find(key);
    while (it == m_values.end() && !key.empty()) {
        key.erase(key.rfind('/'));
        it = m_values.find(key);
    }
    if (!m_text || it == m_values.end() || it->second.offset >= m_text->size() || (*m_text)[it->second.offset] != '"')
        return valuePosition(pointer);
    const std::string_view text = *m_text;
    SourcePosition at = it->second.position;
    std::size_t i = it->second.offset + 1;
    ++at.column;
    std::ptrdiff_t units = 0;
    while (units < utf16Offset && i < text.size() && text[i] != '"') {
        if (text[i] == '\\') {
            // \uD83D\uDE00 is one character in two UTF-16 units; other escapes are one unit.
            const bool unicode = i + 1 < text.size() && text[i + 1] == 'u';
            const bool pair = unicode && i + 7 < text.size() && text[i + 6] == '\\' && text[i + 7] == 'u' &&
                              (text[i + 2] == 'd' || text[i + 2] == 'D') &&
                              std::string_view("89abAB").find(text[i + 3]) != std::string_view::npos;
            const std::size_t raw = pair ? 12 : unicode ? 6 : 2;
            units += pair ? 2 : 1;
            at.column += static_cast<int>(raw);
            i += raw;
            continue;
        }
        const std::size_t length = std::max<std::size_t>(1, utf8SequenceLength(text, i));
        units += length == 4 ? 2 : 1;
        ++at.column;
        i += length;
    }
    return at;
}

void PositionIndex::ensureBuilt() const
{
    if (m_built)
        return;
    m_built = true;
    nlohmann::json scratch;
    Parser parser(*m_text, m_options, scratch, nullptr, const_cast<PositionIndex *>(this));
    parser.run();
}

ReadResult readJson(std::string_view utf8, const ReadOptions &options)
{
    if (utf8.substr(0, 3) == "\xEF\xBB\xBF")
        utf8.remove_prefix(3);
    ReadResult result;
    Document document;
    Parser parser(utf8, options, document.root, nullptr, nullptr);
    if (auto error = parser.run()) {
        result.error = std::move(error);
        return result;
    }
    auto text = std::make_shared<const std::string>(utf8);
    if (parser.sawDuplicate()) {
        // Rare: read again, recording positions, to name every duplicate's place.
        document.positions = PositionIndex(text, options);
        document.positions.m_built = true;
        nlohmann::json again;
        Parser recorder(*text, options, again, &document.duplicateKeys, &document.positions);
        recorder.run();
    } else {
        document.positions = PositionIndex(std::move(text), options);
    }
    result.document = std::move(document);
    return result;
}

} // namespace steadyline::json
