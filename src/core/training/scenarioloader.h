#pragma once

#include "common/diagnostic.h"
#include "playbookset.h"
#include "scenario.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace steadyline {

struct ScenarioLoadResult
{
    std::shared_ptr<const Scenario> scenario; // set only when there are no errors
    std::shared_ptr<const Playbook> playbook; // the playbook it trains, when found
    Diagnostics diagnostics;

    [[nodiscard]] bool ok() const { return scenario != nullptr && playbook != nullptr; }
};

// Reads, parses and checks a scenario file against the playbook it names, found in `playbooks`.
// Never throws; every problem is a diagnostic with its position.
class ScenarioLoader
{
public:
    static constexpr qint64 kMaxFileBytes = 8 * 1024 * 1024;

    [[nodiscard]] static ScenarioLoadResult loadFile(const QString &path, const PlaybookSet &playbooks);
    // `folder`: the scenario file's folder, where the recordings it names must be; empty when the
    // text has no file yet (recordings are then not looked for).
    [[nodiscard]] static ScenarioLoadResult loadData(const QByteArray &data, const QString &displayName,
                                                     const PlaybookSet &playbooks, const QString &folder = {});

    // Whether these bytes are a scenario rather than a playbook (a quick look for "kind").
    [[nodiscard]] static bool looksLikeScenario(const QByteArray &data);
};

} // namespace steadyline
