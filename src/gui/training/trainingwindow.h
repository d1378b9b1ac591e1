#pragma once

#include "journal/journal.h"
#include "training/scenariolibrary.h"
#include "trainingassignments.h"

#include <QMainWindow>

#include <memory>
#include <vector>

class QTreeWidget;
class QTreeWidgetItem;

namespace Ui {
class TrainingWindow;
}

namespace steadyline {
class PlaybookCatalog;
class Settings;
} // namespace steadyline

namespace steadyline::gui {

class AttemptModel;
class ScenarioFilterModel;
class ScenarioModel;
struct ScenarioStats;

// The training section: the scenario library (built-in scenarios and those in the team's and the
// user's playbook folders), filtered by language and difficulty, with the chosen scenario's
// briefing and goals and a Rehearse button; and the trainee's progress: the attempts stored in
// the journal, per scenario over time, with each attempt's mistakes and what to do instead.
// The rehearsal itself runs in the assist window: this window only asks for it.
// On a desk in a team, "Assigned to you" above the list shows the scenarios the lead assigned
// (due date, the lead's note, done or overdue); Enter on one rehearses it.
class TrainingWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `journal` may be null (it could not be opened): the library works, the progress view says
    // why it is empty.
    TrainingWindow(journal::Journal *journal, Settings &settings, QWidget *parent = nullptr);
    ~TrainingWindow() override;

    // Lists the scenarios the app's catalog finds, checked against the playbooks it uses, and
    // follows its reloads (a scenario saved into a folder appears). Without a catalog (null) the
    // window reads the folders from the settings itself. The catalog must outlive the window or
    // be unset first.
    void setCatalog(PlaybookCatalog *catalog);
    // Reads the scenarios again (the folders from the settings may have changed), keeping the
    // selection. F5 does this and refreshAttempts().
    void reloadLibrary();
    // Reads the attempts from the journal again; also done each time the window is shown.
    void refreshAttempts();
    // Reads the lead's assignments from the team's rows again (after a pull brought some); also
    // done by refreshAttempts().
    void refreshAssignments();
    [[nodiscard]] const std::vector<sync::TrainingAssignment> &assignments() const { return m_assignments; }
    // Shows the Progress tab with the newest attempt of `scenarioId` selected (e.g. after a
    // rehearsal); just the tab when the scenario has no attempt.
    void showProgress(const QString &scenarioId = {});

    // The path of the selected scenario (as in rehearsalRequested), empty when none.
    [[nodiscard]] QString selectedScenarioPath() const;
    // Selects the scenario at `path`, clearing the filters if they hide it; false if unknown.
    bool selectScenario(const QString &path);
    [[nodiscard]] const ScenarioLibrary &library() const { return m_library; }

signals:
    // The trainee wants to rehearse this scenario (a path from ScenarioLibrary: a file, or a
    // ":/scenarios/..." resource). Only emitted for a scenario that loads.
    void rehearsalRequested(const QString &scenarioPath);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createAssignedList();
    void rehearseAssignment(QTreeWidgetItem *item);
    void fillFilters();
    void showScenarios();
    void showScenarioDetails();
    void showAttempts();
    void showAttemptDetails();
    void requestRehearsal();
    void showProblems();
    [[nodiscard]] const ScenarioEntry *selectedEntry() const;
    [[nodiscard]] ScenarioStats statsFor(const QString &scenarioId) const;

    std::unique_ptr<Ui::TrainingWindow> m_ui;
    journal::Journal *m_journal;
    Settings &m_settings;
    PlaybookCatalog *m_catalog = nullptr;
    QMetaObject::Connection m_catalogChanged;
    ScenarioLibrary m_library;
    ScenarioModel *m_scenarios = nullptr;
    ScenarioFilterModel *m_shownScenarios = nullptr; // the language and difficulty chosen
    AttemptModel *m_attemptModel = nullptr;
    std::vector<journal::TrainingAttempt> m_attempts; // oldest first
    QString m_attemptsError;                          // why the attempts could not be read
    QWidget *m_assignedBox = nullptr;                 // hidden while nothing is assigned
    QTreeWidget *m_assignedList = nullptr;
    std::vector<sync::TrainingAssignment> m_assignments; // as the list shows them
};

} // namespace steadyline::gui
