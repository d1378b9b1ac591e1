#pragma once

#include "playbook/playbookloader.h"
#include "training/trainingrun.h"

#include <QObject>

#include <memory>

class QMainWindow;

namespace Ui {
class AssistWindow;
}

namespace steadyline {
class Settings;
}

namespace steadyline::gui {

class RehearsalPanel;

// What differs when the call window rehearses a training scenario: the scenario and its playbook
// are found and loaded, the rehearsal panel joins the call page, and the keys go to the scenario
// (the turn's option for that action is chosen, or the panel says it is not an option now).
class RehearsalController : public QObject
{
    Q_OBJECT

public:
    RehearsalController(QMainWindow &window, Ui::AssistWindow &ui, Settings &settings);
    ~RehearsalController() override;

    // A scenario ready to rehearse: its playbook and the call's setup.
    struct Prepared
    {
        std::shared_ptr<const Scenario> scenario;
        LoadResult playbook;
        CallSetup setup;
    };
    // Loads the scenario at `path` with the playbooks it may use; empty when it can be
    // rehearsed (then `prepared` holds it), otherwise why not.
    [[nodiscard]] QString prepare(const QString &path, Prepared &prepared) const;
    // Starts rehearsing `prepared` on `call`, which the window has just begun.
    void begin(const Prepared &prepared, CallSession &call);
    // The rehearsal ends without a score (stopped, or the window goes on to a live call).
    void stop();
    // The panel stops following the run (it ended; its report is shown).
    void detachPanel();

    [[nodiscard]] bool active() const { return m_run != nullptr; }
    [[nodiscard]] TrainingRun *run() const { return m_run.get(); }

    // A key pressed in the rehearsal: the option that does `action` (or fires `event`) is chosen
    // with `typed` text; else the panel says "`what`" is not an option now. True when chosen.
    bool rehearse(OptionAction action, const QString &event, const QString &typed, const QString &what);

signals:
    // The scenario reached its ending; run() still holds it for the report.
    void finished();

private:
    QMainWindow &m_window;
    Ui::AssistWindow &m_ui;
    Settings &m_settings;
    std::unique_ptr<TrainingRun> m_run;
    RehearsalPanel *m_panel = nullptr; // made at the first rehearsal
};

} // namespace steadyline::gui
