#include "scenariosummary.h"

#include "training/scenariochecker.h"
#include "training/scenarioloader.h"

namespace steadyline::gui {

QString ScenarioSummary::html(const ScenarioLoadResult &loaded, bool valid)
{
    QString html = QStringLiteral("<p>%1</p>")
                       .arg(tr("Scenarios are rehearsed from the Training window. Here you edit the file: it is "
                               "checked against the playbook it trains as you type.")
                                .toHtmlEscaped());
    const Scenario *scenario = loaded.scenario.get();
    if (!scenario) {
        return html + QStringLiteral("<p><i>%1</i></p>")
                          .arg(tr("Fix the errors to see the scenario's title, playbook, turns and maximum score.")
                                   .toHtmlEscaped());
    }
    const Playbook *playbook = loaded.playbook.get();
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    html += QStringLiteral("<h3>%1</h3><table>").arg(scenario->title.toHtmlEscaped());
    html += row(tr("Playbook"),
                tr("%1 — %2 (revision %3, needs %4 or later)")
                    .arg(scenario->playbookId, playbook->title.resolve(scenario->language, playbook->baseLocale))
                    .arg(playbook->revision)
                    .arg(scenario->playbookMinRevision));
    html += row(tr("Language"), scenario->language);
    html += row(tr("Difficulty"), difficultyName(scenario->difficulty));
    html += row(tr("Turns"), QString::number(scenario->turns.size()));
    html += row(tr("Endings"), QString::number(scenario->endings.size()));
    html += row(tr("Maximum score"), tr("%n point(s)", nullptr, ScenarioChecker::maximumScore(*scenario)));
    html += row(tr("Pass mark"), tr("%1 %").arg(scenario->passMark));
    html += QStringLiteral("</table>");
    if (!valid)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("The text has errors: this is the last valid version.").toHtmlEscaped());
    return html;
}

} // namespace steadyline::gui
