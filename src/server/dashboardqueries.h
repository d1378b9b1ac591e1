#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace steadyline::server {

// The time the figures cover, [since, until), and the time zone whose days and weeks count.
struct DashboardPeriod
{
    QDateTime since;
    QDateTime until;
    QString timeZone = QStringLiteral("UTC"); // an IANA name, e.g. "Europe/Warsaw"
};

// Abusive calls (incidents) and cool-downs taken in one day or week (starting on Monday).
struct IncidentBucket
{
    QDate start;
    qint64 incidents = 0;
    qint64 coolDowns = 0;
};

// How far the calls that used the method went.
enum class EscalationReach { CalmedAtStep1, CalmedAtStep2, CalmedAtStep3, EndedAtStep3Half, NotCalmed };

struct EscalationFigure
{
    EscalationReach reach = EscalationReach::NotCalmed;
    qint64 calls = 0;
    std::optional<double> medianSecondsToCalm; // none for calls not calmed
    std::optional<double> meanSecondsToCalm;
};

// Promises due in the period.
struct PromiseFigures
{
    qint64 keptOnTime = 0;
    qint64 keptLate = 0;
    qint64 cancelled = 0;
    qint64 openOverdue = 0;
    qint64 openNotDue = 0;
    [[nodiscard]] qint64 total() const { return keptOnTime + keptLate + cancelled + openOverdue + openNotDue; }
};

struct TrainingFigure
{
    QString scenarioId;
    qint64 attempts = 0;
    std::optional<double> meanPercent;
};

// One consultant of the lead's own team. The server lists them by login, never by a figure.
struct ConsultantFigures
{
    QString login;
    qint64 calls = 0;
    qint64 incidents = 0;
    qint64 calmed = 0;
    qint64 coolDowns = 0;
    qint64 promisesDue = 0;
    qint64 promisesKeptOnTime = 0;
    qint64 trainingAttempts = 0;
    std::optional<double> trainingMeanPercent;
};

// One training assignment of the lead's own team (migration 9's team_training_assignments): done
// is an attempt of the scenario by the consultant since it was assigned.
struct AssignmentFigure
{
    QString login;
    QString scenarioId;
    QString scenarioTitle;
    QDate dueOn;
    bool done = false;
    QDateTime doneAt;
    int attempts = 0;
    std::optional<int> bestPercent;
};

// A team whose dashboard the login may open (an admin: every team; a lead: their own).
struct DashboardTeam
{
    QString name;
    bool own = false;
};

// Everything the dashboard's statistics show for one team and period.
struct DashboardFigures
{
    QString team;
    DashboardPeriod period;
    std::vector<IncidentBucket> perDay;
    std::vector<IncidentBucket> perWeek;
    std::vector<EscalationFigure> escalations; // in the order of EscalationReach, every reach listed
    PromiseFigures promises;
    std::vector<TrainingFigure> training;       // by scenario id
    std::vector<ConsultantFigures> consultants; // by login; empty when not the asker's own team
    // The team's training assignments (not withdrawn, whatever the period); empty when not the
    // asker's own team (they are per consultant).
    std::vector<AssignmentFigure> assignments;
    std::vector<DashboardTeam> teams; // the teams the login may choose, by name
    QDateTime fetchedAt;
};

// One line of the incident report for health and safety: no consultant, no caller.
struct IncidentReportRow
{
    QDate month;
    QString team;
    QString outcome; // the server's name: ended_by_consultant, escalated, resolved, …, "open"
    qint64 incidents = 0;
    qint64 coolDowns = 0;
};

// The server schema the dashboard's questions need (11: dashboard_teams and the call summaries).
inline constexpr int kDashboardSchema = 11;

// The dashboard's questions to the team server (migration 8), each through the tables'
// row-level security: a lead gets their own team, an admin any team. Blocking: run it on the
// sync worker's thread or a task with a connection of its own, never on the GUI thread.
class DashboardQueries
{
public:
    explicit DashboardQueries(QSqlDatabase database);

    // The team of the login connected (every member may ask), into `team`.
    bool ownTeam(QString *team, QString *error) const;
    // The teams whose dashboard the login may open (migration 11; before it, the own team only).
    [[nodiscard]] std::optional<std::vector<DashboardTeam>> teams(QString *error) const;
    [[nodiscard]] std::optional<DashboardFigures> figures(const QString &team, const DashboardPeriod &period,
                                                          QString *error) const;
    // Incidents per month, team and outcome: of `team`, or with none every team the login may read.
    // A lead naming another team is refused by the server.
    [[nodiscard]] std::optional<std::vector<IncidentReportRow>>
    incidentReport(const DashboardPeriod &period, QString *error, const QString &team = {}) const;
    // Writes the export in the audit log: `what` is dashboard_chart, dashboard_table or
    // incident_report; `detail` names the period and the file (never its contents).
    bool recordExport(const QString &what, const QJsonObject &detail, QString *error) const;

private:
    QSqlDatabase m_database;
};

// "calmed_1", … as the server names a reach.
[[nodiscard]] std::optional<EscalationReach> escalationReachFromName(const QString &name);

} // namespace steadyline::server
