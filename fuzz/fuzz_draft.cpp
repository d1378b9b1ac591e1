// Feeds arbitrary bytes to the reader of the editor's autosaved drafts (a file in the user's data
// folder that a crash may have cut short, or anyone may have edited): it never crashes, and a
// draft it accepts is whole: written back and read again, it is the same draft.
#include "authoring/editordrafts.h"
#include "fuzzsupport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using steadyline::EditorDrafts;
    using steadyline::fuzz::require;
    steadyline::fuzz::ensureQuietCoreApplication();
    const QString file = QStringLiteral("/drafts/fuzz.draft.json");
    const auto draft = EditorDrafts::parse(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)), file);
    if (!draft)
        return 0;
    require(draft->savedAt.isValid(), "an accepted draft has the time it was saved");
    const auto again = EditorDrafts::parse(EditorDrafts::serialize(*draft), file);
    require(again.has_value(), "a draft written back is read again");
    require(again->origin == draft->origin, "the origin survives writing back");
    require(again->text == draft->text, "the text survives writing back");
    require(again->savedAt == draft->savedAt, "the time survives writing back");
    return 0;
}
