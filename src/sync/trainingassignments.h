#pragma once

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace steadyline::sync {

// A scenario a lead assigned to one consultant with a due date (issue #18 §7), and how it stands.
struct TrainingAssignment
{
    QString id; // the server's row (made on the lead's desk)
    QString assignee;
    QString assignedBy;
    QDateTime assignedAt; // attempts at or after it count
    QString scenarioId;
    QString scenarioTitle;
    QDate dueOn;
    QString note;
    bool withdrawn = false;
    bool waiting = false; // queued on this desk, not yet taken by the server
    // Of the assignee's attempts of the scenario at or after assignedAt:
    int attempts = 0;
    QDateTime doneAt; // the first; invalid while none
    std::optional<int> bestPercent;
    std::optional<int> lastPercent;

    [[nodiscard]] bool done() const { return doneAt.isValid(); }
    [[nodiscard]] bool overdue(const QDate &today) const { return !done() && dueOn.isValid() && today > dueOn; }
};

// One finished rehearsal as far as an assignment cares.
struct AttemptScore
{
    QString login;
    QString scenarioId;
    QDateTime at;
    int percent = 0;
};

// The percentage a desk shows for a score (rounded half away from zero, 0 to 100), as the server's
// team_training_assignments() and the rehearsal's report compute it.
[[nodiscard]] int attemptPercent(int score, int maxScore);

// Fills each assignment's attempts, done time and scores from `attempts` (any order).
void applyAttempts(std::vector<TrainingAssignment> &assignments, const std::vector<AttemptScore> &attempts);

// The journal's side of training assignments: what the sync worker pulled into team_rows (kind
// training_assignment), what this desk queued in its outbox and has not pushed yet, and the
// attempts that decide whether one is done. Blocking, on the local SQLite file only.
class TrainingAssignments
{
public:
    explicit TrainingAssignments(QSqlDatabase journal);

    // A lead assigning `scenarioId` to `assignee`: queued like the desk's own changes (the server
    // accepts it from a lead of the assignee's team or an admin). The note has at most
    // kLongestNote characters. Returns the assignment's id, empty with `error`.
    [[nodiscard]] QString queueAssignment(const QString &assignee, const QString &scenarioId,
                                          const QString &scenarioTitle, const QDate &dueOn, const QString &note,
                                          const QDateTime &at, QString *error);
    // A lead withdrawing an assignment (pulled or still queued).
    bool queueWithdrawal(const QString &assignmentId, const QDateTime &at, QString *error);

    // The consultant's own assignments not withdrawn, due first; done from this desk's own
    // rehearsals (also those not pushed yet) and those of the same login pulled from the server.
    [[nodiscard]] std::vector<TrainingAssignment> forConsultant(const QString &login, QString *error) const;
    // The team's assignments not withdrawn (a lead's desk), newest first, with those queued here
    // (waiting = true); done from the team's attempts pulled from the server.
    [[nodiscard]] std::vector<TrainingAssignment> forTeam(QString *error) const;

    static constexpr int kLongestNote = 500;  // as the server's check
    static constexpr int kLongestTitle = 300; // longer titles are cut

private:
    [[nodiscard]] std::vector<TrainingAssignment> assignments(QString *error) const;
    [[nodiscard]] std::vector<AttemptScore> pulledAttempts(const QString &login, QString *error) const;
    [[nodiscard]] std::vector<AttemptScore> ownAttempts(const QString &login, QString *error) const;

    QSqlDatabase m_db;
};

} // namespace steadyline::sync
