#pragma once

#include "training/scenariolibrary.h"
#include "trainingassignments.h"

#include <QMainWindow>
#include <QStringList>

#include <vector>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace steadyline {
class AppContext;
}

namespace steadyline::gui {

// A lead's window for training (issue #18 §7): assign scenarios of the library to consultants of
// the team with a due date and a note, see the team's assignments with whether each is done and
// the best and last score, and withdraw one. Assignments and withdrawals are queued in the
// journal's outbox like every change of the desk (changesQueued(): the app pushes at once), so
// this works offline; the list marks what still waits for the server. The consultants come from
// the server (setTeamLogins()); until it answers, the logins the desk has seen in the team's rows.
class TrainingAssignmentWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit TrainingAssignmentWindow(AppContext &context, QWidget *parent = nullptr);

    // The team's logins as the server lists them; this desk's own login is left out.
    void setTeamLogins(const QStringList &logins);
    // Reads the scenarios and the team's assignments again (after a pull, F5).
    void refresh();
    [[nodiscard]] const std::vector<sync::TrainingAssignment> &assignments() const { return m_assignments; }
    // Ticks the scenario with this id and the consultant with this login (for keyboard-less use:
    // tests, a link from another window); false if not listed.
    bool checkScenario(const QString &scenarioId);
    bool checkConsultant(const QString &login);

signals:
    // Something was queued for the server: push now.
    void changesQueued();
    // The window wants the team's logins (it was opened): ask the server.
    void teamLoginsWanted();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildWidgets();
    void fillScenarios();
    void fillConsultants();
    void showAssignments();
    void assign();
    void withdrawSelected();
    void updateButtons();
    [[nodiscard]] QString ownLogin() const;
    [[nodiscard]] QStringList checked(const QListWidget *list) const;

    AppContext &m_context;
    ScenarioLibrary m_library;
    QStringList m_serverLogins; // empty until the server answered
    std::vector<sync::TrainingAssignment> m_assignments;

    QListWidget *m_scenarios = nullptr;
    QListWidget *m_consultants = nullptr;
    QLabel *m_consultantsNote = nullptr;
    QDateEdit *m_due = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_assignButton = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_withdrawButton = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace steadyline::gui
