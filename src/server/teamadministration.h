#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace steadyline::server {

struct TeamPolicy
{
    QString team;
    bool noteTextLeavesDesk = false; // false: only a note's time and tags reach the server
    int retentionDays = 365;
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
    [[nodiscard]] std::optional<TeamPolicy> policy(const QString &team, std::optional<bool> noteTextLeavesDesk,
                                                   std::optional<int> retentionDays, QString *error);

private:
    QSqlDatabase m_database;
};

} // namespace steadyline::server
