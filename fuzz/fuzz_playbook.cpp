// Feeds arbitrary bytes to the playbook loader and validator, and walks every playbook that
// loads through the engine: nothing a user can hand us may crash, hang or leak.
#include "playbook/playbookengine.h"
#include "playbook/playbookloader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace steadyline;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const LoadResult result = PlaybookLoader::loadData(bytes, QStringLiteral("fuzz.json"));
    for (const Diagnostic &d : result.diagnostics)
        (void)d.toString();
    if (!result.ok())
        return 0;
    ManualClock clock;
    for (const Channel channel : {Channel::Phone, Channel::InPerson}) {
        CallSetup setup;
        setup.channel = channel;
        PlaybookEngine engine(result.playbook, setup, clock);
        engine.start();
        // A bounded walk: every declared event in turn, the timer, and undo.
        for (int round = 0; round < 4 && !engine.finished(); ++round) {
            for (const EventDefinition &event : result.playbook->events)
                engine.fire(event.id);
            engine.adjustTimer(static_cast<int>(size) * 37);
            engine.expireTimer();
            if (round % 2 == 1)
                engine.undo();
        }
    }
    return 0;
}
