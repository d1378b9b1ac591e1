#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace steadyline::server {

struct TeamPolicy
{
    QString team;
    bool noteTextLeavesDesk = false; // false: only a note's time and tags reach the server
    int retentionDays = 365;
    int coolDownSeconds = 180;            // the break offered after an incident; 0: none
    bool raiseHandAtFinalWarning = false; // a call raises the hand by itself at the final warning
};

// What a change of policy gives; nullopt keeps the value.
struct PolicyChange
{
    std::optional<bool> noteTextLeavesDesk;
    std::optional<int> retentionDays;
    std::optional<int> coolDownSeconds;
    std::optional<bool> raiseHandAtFinalWarning;
};

// One line of the audit log.
struct AuditEntry
{
    QDateTime at;
    QString login;
    QString team;
    QString action; // call_opened, export, hand_answered, playbook_published, ...
    QString detail; // a JSON object as text
};

// The admin's tasks on the team server, each one call of the schema's admin functions (so an
// admin login may run them without owning the tables, and each is all or nothing). Errors are
// the server's own plain words ("there is no team ...").
class TeamAdministration
{
public:
    explicit TeamAdministration(QSqlDatabase database);

    bool addTeam(const QString &team, QString *error);
    // Creates the PostgreSQL login with a SCRAM password, in the group of its role, in `team`.
    // The password must have at least kMinimumPasswordLength characters.
    bool addMember(const QString &login, const QString &password, const QString &role, const QString &team,
                   QString *error);
    // Changes what is given and returns the policy as it then is.
    [[nodiscard]] std::optional<TeamPolicy> policy(const QString &team, const PolicyChange &change, QString *error);
    // The audit log since `since`, oldest first; only an admin (or the cluster's superuser) may.
    [[nodiscard]] std::optional<std::vector<AuditEntry>> auditLog(const QDateTime &since, QString *error);

private:
    QSqlDatabase m_database;
};

} // namespace steadyline::server
