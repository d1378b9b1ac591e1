#include "teamadministration.h"

#include "scramverifier.h"
#include "serverconnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace steadyline::server {

TeamAdministration::TeamAdministration(QSqlDatabase database)
    : m_database(std::move(database))
{}

bool TeamAdministration::addTeam(const QString &team, QString *error)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT steadyline.add_team(?)"));
    query.addBindValue(team);
    if (!query.exec()) {
        *error = serverErrorText(query.lastError());
        return false;
    }
    return true;
}

bool TeamAdministration::addMember(const QString &login, const QString &password, const QString &role,
                                   const QString &team, QString *error)
{
    // Only the verifier goes to the server (QPSQL writes bound values into the statement's text,
    // which a server may log).
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT steadyline.add_member(?, ?, ?, ?)"));
    query.addBindValue(login);
    query.addBindValue(scramVerifier(password));
    query.addBindValue(role);
    query.addBindValue(team);
    if (!query.exec()) {
        *error = serverErrorText(query.lastError());
        return false;
    }
    return true;
}

std::optional<TeamPolicy> TeamAdministration::policy(const QString &team, std::optional<bool> noteTextLeavesDesk,
                                                     std::optional<int> retentionDays, QString *error)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT team, note_text_leaves_desk, retention_days "
                                 "FROM steadyline.team_policy(?, ?::boolean, ?::integer)"));
    query.addBindValue(team);
    query.addBindValue(noteTextLeavesDesk ? QVariant(*noteTextLeavesDesk) : QVariant());
    query.addBindValue(retentionDays ? QVariant(*retentionDays) : QVariant());
    if (!query.exec() || !query.next()) {
        *error = serverErrorText(query.lastError());
        return std::nullopt;
    }
    return TeamPolicy{query.value(0).toString(), query.value(1).toBool(), query.value(2).toInt()};
}

} // namespace steadyline::server
