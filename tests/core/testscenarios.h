#pragma once

// The test scenario (tests/data/training/escalation-en.json) and ways to load changed copies of it.
#include "playbook/playbookloader.h"
#include "training/scenariochecker.h"
#include "training/scenarioloader.h"

#include "catch_qt.h"

#include <QFile>

#include <nlohmann/json.hpp>

#include <functional>

namespace steadyline::test {

inline const QString kTestScenario = QStringLiteral(STEADYLINE_SOURCE_DIR "/tests/data/training/escalation-en.json");

inline const PlaybookSet &builtInPlaybooks()
{
    static const PlaybookSet set = [] {
        PlaybookSet playbooks;
        playbooks.addBuiltIn();
        return playbooks;
    }();
    return set;
}

inline nlohmann::json testScenarioJson()
{
    QFile file(kTestScenario);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return nlohmann::json::parse(file.readAll().toStdString());
}

// The test scenario with one change, loaded the way the app loads it.
inline ScenarioLoadResult loadChanged(const std::function<void(nlohmann::json &)> &change)
{
    nlohmann::json document = testScenarioJson();
    change(document);
    return ScenarioLoader::loadData(QByteArray::fromStdString(document.dump(2)), QStringLiteral("s.json"),
                                    builtInPlaybooks());
}

inline const Diagnostic *find(const ScenarioLoadResult &result, const QString &code)
{
    for (const Diagnostic &d : result.diagnostics) {
        if (d.code == code)
            return &d;
    }
    return nullptr;
}

inline QStringList codes(const ScenarioLoadResult &result)
{
    QStringList list;
    for (const Diagnostic &d : result.diagnostics)
        list << d.code;
    return list;
}

} // namespace steadyline::test
