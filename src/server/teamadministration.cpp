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

std::optional<TeamPolicy> TeamAdministration::policy(const QString &team, const PolicyChange &change, QString *error)
{
    const auto valueOrNull = [](const auto &value) { return value ? QVariant(*value) : QVariant(); };
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT team, note_text_leaves_desk, retention_days, cool_down_seconds, "
                                 "raise_hand_at_final_warning "
                                 "FROM steadyline.team_policy(?, ?::boolean, ?::integer, ?::integer, ?::boolean)"));
    query.addBindValue(team);
    query.addBindValue(valueOrNull(change.noteTextLeavesDesk));
    query.addBindValue(valueOrNull(change.retentionDays));
    query.addBindValue(valueOrNull(change.coolDownSeconds));
    query.addBindValue(valueOrNull(change.raiseHandAtFinalWarning));
    if (!query.exec() || !query.next()) {
        *error = serverErrorText(query.lastError());
        return std::nullopt;
    }
    return TeamPolicy{query.value(0).toString(), query.value(1).toBool(), query.value(2).toInt(),
                      query.value(3).toInt(), query.value(4).toBool()};
}

std::optional<std::vector<AuditEntry>> TeamAdministration::auditLog(const QDateTime &since, QString *error)
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), login, "
                                 "coalesce(team, ''), action, detail::text "
                                 "FROM steadyline.audit_entries(?::timestamptz)"));
    query.addBindValue(since.toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        *error = sqlState(query.lastError()) == QStringLiteral("42501")
                     ? QStringLiteral("only an admin login (or the cluster's superuser) reads the audit log.")
                     : serverErrorText(query.lastError());
        return std::nullopt;
    }
    std::vector<AuditEntry> entries;
    while (query.next())
        entries.push_back({QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs),
                           query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                           query.value(4).toString()});
    return entries;
}

} // namespace steadyline::server
