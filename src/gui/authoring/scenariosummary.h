#pragma once

#include <QCoreApplication>
#include <QString>

namespace steadyline {
struct ScenarioLoadResult;
}

namespace steadyline::gui {

// What the editor shows in place of the preview while the text is a training scenario: its
// title, the playbook it trains, language, difficulty, turns, endings, maximum score, pass mark.
class ScenarioSummary
{
    Q_DECLARE_TR_FUNCTIONS(steadyline::gui::ScenarioSummary)

public:
    // `scenario` is the last valid version (or none yet); `valid` says whether the text is.
    [[nodiscard]] static QString html(const ScenarioLoadResult &scenario, bool valid);
};

} // namespace steadyline::gui
