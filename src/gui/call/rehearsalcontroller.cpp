#include "rehearsalcontroller.h"

#include "settings/settings.h"
#include "training/playbookset.h"
#include "training/rehearsalpanel.h"
#include "training/scenarioloader.h"
#include "ui_assistwindow.h"

#include <QMainWindow>

namespace steadyline::gui {

RehearsalController::RehearsalController(QMainWindow &window, Ui::AssistWindow &ui, Settings &settings)
    : QObject(&window)
    , m_window(window)
    , m_ui(ui)
    , m_settings(settings)
{}

RehearsalController::~RehearsalController() = default;

QString RehearsalController::prepare(const QString &path, Prepared &prepared) const
{
    const PlaybookSet playbooks =
        PlaybookSet::forScenario(path, {m_settings.string(Settings::Key::TeamPlaybookFolder),
                                        m_settings.string(Settings::Key::UserPlaybookFolder)});
    const ScenarioLoadResult loaded = ScenarioLoader::loadFile(path, playbooks);
    if (!loaded.ok()) {
        for (const Diagnostic &d : loaded.diagnostics) {
            if (d.severity == Severity::Error)
                return tr("The scenario cannot be rehearsed: %1").arg(d.toTranslatedString());
        }
        return tr("The scenario cannot be rehearsed.");
    }
    prepared.scenario = loaded.scenario;
    prepared.playbook = LoadResult{};
    prepared.playbook.playbook = loaded.playbook;
    prepared.setup = TrainingRun::setupFor(*loaded.scenario, *loaded.playbook, m_settings.consultantGender());
    // The consultant's name, as a live call has it ("Jmenuji se {agentName}.").
    prepared.setup.render.agentName = m_settings.string(Settings::Key::ConsultantName);
    return {};
}

void RehearsalController::begin(const Prepared &prepared, CallSession &call)
{
    m_run = std::make_unique<TrainingRun>(prepared.scenario, call);
    if (!m_panel) {
        m_panel = new RehearsalPanel(m_settings, m_ui.callPage);
        m_ui.callLayout->insertWidget(0, m_panel);
        for (QAction *action : m_panel->sayActions())
            m_window.addAction(action);
        connect(m_panel, &RehearsalPanel::sayChosen, this, [this](const QString &optionId) {
            if (m_run)
                m_run->choose(optionId);
        });
    }
    m_panel->setVisible(true);
    m_panel->attach(*m_run);
    connect(m_run.get(), &TrainingRun::finished, this, &RehearsalController::finished);
    m_run->start();
}

void RehearsalController::stop()
{
    if (m_panel) {
        m_panel->detach();
        m_panel->setVisible(false);
    }
    m_run.reset();
}

void RehearsalController::detachPanel()
{
    if (m_panel)
        m_panel->detach();
}

bool RehearsalController::rehearse(OptionAction action, const QString &event, const QString &typed, const QString &what)
{
    if (!m_run || m_run->isFinished())
        return false;
    const ScenarioOption *option =
        action == OptionAction::Event ? m_run->optionFiring(event) : m_run->optionDoing(action);
    if (!option) {
        m_panel->showNotOffered(what);
        return false;
    }
    m_run->choose(option->id, typed);
    return true;
}

} // namespace steadyline::gui
