// Feeds arbitrary bytes to the scenario loader and checker (against the built-in playbooks, as
// `steadyline train` and the training window use them), and plays every scenario that loads
// through a rehearsal: the options chosen are picked by the input's own bytes, with the countdown
// left to run out now and then. Nothing a trainer can hand us may crash, hang or leak.
#include "common/clock.h"
#include "fuzzsupport.h"
#include "training/playbookset.h"
#include "training/scenarioloader.h"
#include "training/trainingrun.h"

#include <chrono>
#include <cstddef>
#include <cstdint>

namespace {

using namespace steadyline;
using fuzz::require;

const PlaybookSet &builtInPlaybooks()
{
    static const PlaybookSet playbooks = [] {
        PlaybookSet set;
        set.addBuiltIn();
        return set;
    }();
    return playbooks;
}

void rehearse(const ScenarioLoadResult &loaded, const std::uint8_t *data, std::size_t size)
{
    ManualClock clock;
    for (const Gender trainee : {Gender::Female, Gender::Male}) {
        CallSession session(loaded.playbook, TrainingRun::setupFor(*loaded.scenario, *loaded.playbook, trainee), clock);
        TrainingRun run(loaded.scenario, session);
        run.start();
        // A bounded walk: at most 64 choices, each picked by the next byte of the input.
        for (std::size_t i = 0; i < 64 && !run.isFinished(); ++i) {
            const ScenarioTurn *turn = run.currentTurn();
            require(turn != nullptr, "a rehearsal that has not finished is at a turn");
            const std::uint8_t pick = size > 0 ? data[i % size] : 0;
            if (turn->options.empty() || pick % 5 == 4) {
                clock.advance(std::chrono::seconds(31)); // longer than any countdown step
                run.poll();
                continue;
            }
            const ScenarioOption &option = turn->options[pick % turn->options.size()];
            (void)run.choose(option.id, pick % 3 == 0 ? QStringLiteral("typed ✓ %1").arg(pick) : QString());
            for (const auto *say : run.sayOptions())
                (void)run.render(say->text);
        }
        const TrainingResult result = run.result();
        require(result.finished == run.isFinished(), "the result says whether the rehearsal ended");
        if (result.finished)
            require(!result.ending.isEmpty(), "a finished rehearsal names its ending");
        (void)run.transcript();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureQuietCoreApplication();
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)ScenarioLoader::looksLikeScenario(bytes);
    const ScenarioLoadResult loaded = ScenarioLoader::loadData(bytes, QStringLiteral("fuzz.json"), builtInPlaybooks());
    for (const Diagnostic &d : loaded.diagnostics)
        (void)d.toString();
    if (loaded.ok())
        rehearse(loaded, data, size);
    return 0;
}
