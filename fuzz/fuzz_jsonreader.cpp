// Feeds arbitrary bytes to Steadyline's own JSON reader (every playbook and scenario passes
// through it) and checks it against nlohmann/json: whatever it accepts, nlohmann/json reads to
// the same value; every value it accepts has a position; every error it reports has one.
#include "fuzzsupport.h"
#include "json/jsonreader.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

using namespace steadyline;
using fuzz::require;

// Asks the position index about every value, key and string offset under `pointer`.
void askPositions(const nlohmann::json &value, const std::string &pointer, const json::PositionIndex &positions,
                  bool inObject)
{
    const json::SourcePosition at = positions.valuePosition(pointer);
    require(at.isValid() && at.column > 0, "every accepted value has a line and column");
    if (inObject)
        require(positions.keyPosition(pointer).isValid(), "every accepted key has a line and column");
    if (value.is_string()) {
        const auto length = static_cast<std::ptrdiff_t>(value.get_ref<const std::string &>().size());
        for (const std::ptrdiff_t offset : {std::ptrdiff_t{-1}, std::ptrdiff_t{0}, length / 2, length, length + 7})
            require(positions.positionInString(pointer, offset).isValid(), "a place inside a string has a position");
    } else if (value.is_object()) {
        for (const auto &[key, member] : value.items())
            askPositions(member, json::appendPointer(pointer, key), positions, true);
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i)
            askPositions(value[i], json::appendPointer(pointer, i), positions, false);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    // A shallow limit too, so the refusal of deep nesting is reached by small inputs.
    for (const int maxDepth : {128, 4}) {
        json::ReadOptions options;
        options.maxDepth = maxDepth;
        const json::ReadResult result = json::readJson(text, options);
        require(result.document.has_value() != result.error.has_value(), "a document or an error, never both");
        if (result.error) {
            require(result.error->position.isValid(), "every error has a line and column");
            require(!result.error->message.empty(), "every error says what was expected");
            continue;
        }
        const json::Document &document = *result.document;
        askPositions(document.root, std::string(), document.positions, false);
        for (const json::DuplicateKey &duplicate : document.duplicateKeys) {
            require(duplicate.position.isValid(), "a duplicate key has a position");
            (void)document.positions.keyPosition(duplicate.pointer);
        }
        // nlohmann/json keeps the last of duplicate keys, Steadyline the first: compare only
        // documents without them.
        if (document.duplicateKeys.empty()) {
            const nlohmann::json reference = nlohmann::json::parse(text, nullptr, false);
            require(!reference.is_discarded(), "what Steadyline accepts, nlohmann/json accepts");
            require(reference == document.root, "Steadyline reads the same value as nlohmann/json");
        }
    }
    return 0;
}
