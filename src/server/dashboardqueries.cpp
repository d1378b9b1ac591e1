#include "dashboardqueries.h"

#include "serverconnection.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <array>

namespace steadyline::server {

namespace {

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<double> optionalDouble(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

bool exec(QSqlQuery &query, QString *error)
{
    // QPSQL prepares on the server: a function the server lacks fails the prepare, and executing
    // the statement anyway would report a syntax error instead of the cause.
    if (!query.lastError().isValid() && query.exec())
        return true;
    // A server not yet migrated to the dashboard's schema (the desks need less): say what to do.
    *error = sqlState(query.lastError()) == QStringLiteral("42883")
                 ? QCoreApplication::translate("steadyline::server::DashboardQueries",
                                               "the team server is too old for the dashboard's statistics (schema %1 "
                                               "is needed); ask the admin to run: steadyline server init")
                       .arg(kDashboardSchema)
                 : serverErrorText(query.lastError());
    return false;
}

bool readBuckets(QSqlDatabase database, const QString &team, const DashboardPeriod &period, const QString &unit,
                 std::vector<IncidentBucket> *buckets, QString *error)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT period_start::text, incidents, cool_downs FROM "
                                 "steadyline.dashboard_incidents(?, ?::timestamptz, ?::timestamptz, ?, ?)"));
    for (const QString &value : {team, timeText(period.since), timeText(period.until), period.timeZone, unit})
        query.addBindValue(value);
    if (!exec(query, error))
        return false;
    while (query.next())
        buckets->push_back({QDate::fromString(query.value(0).toString(), Qt::ISODate), query.value(1).toLongLong(),
                            query.value(2).toLongLong()});
    return true;
}

} // namespace

std::optional<EscalationReach> escalationReachFromName(const QString &name)
{
    static const std::array<std::pair<const char *, EscalationReach>, 5> names{{
        {"calmed_1", EscalationReach::CalmedAtStep1},
        {"calmed_2", EscalationReach::CalmedAtStep2},
        {"calmed_3", EscalationReach::CalmedAtStep3},
        {"ended_3_5", EscalationReach::EndedAtStep3Half},
        {"not_calmed", EscalationReach::NotCalmed},
    }};
    for (const auto &[text, reach] : names) {
        if (name == QLatin1String(text))
            return reach;
    }
    return std::nullopt;
}

DashboardQueries::DashboardQueries(QSqlDatabase database)
    : m_database(std::move(database))
{}

bool DashboardQueries::ownTeam(QString *team, QString *error) const
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT team FROM steadyline.desk_policy()"))) {
        *error = serverErrorText(query.lastError());
        return false;
    }
    if (!query.next()) {
        *error = QStringLiteral("this login is not a member of a team on the server.");
        return false;
    }
    *team = query.value(0).toString();
    return true;
}

std::optional<std::vector<DashboardTeam>> DashboardQueries::teams(QString *error) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT team, own FROM steadyline.dashboard_teams()"))) {
        if (sqlState(query.lastError()) != QStringLiteral("42883")) {
            *error = serverErrorText(query.lastError());
            return std::nullopt;
        }
        // A server before version 11: the own team, as before the picker.
        QString own;
        if (!ownTeam(&own, error))
            return std::nullopt;
        return std::vector<DashboardTeam>{{own, true}};
    }
    std::vector<DashboardTeam> teams;
    while (query.next())
        teams.push_back({query.value(0).toString(), query.value(1).toBool()});
    return teams;
}

std::optional<DashboardFigures> DashboardQueries::figures(const QString &team, const DashboardPeriod &period,
                                                          QString *error) const
{
    DashboardFigures figures;
    figures.team = team;
    figures.period = period;
    if (!readBuckets(m_database, team, period, QStringLiteral("day"), &figures.perDay, error) ||
        !readBuckets(m_database, team, period, QStringLiteral("week"), &figures.perWeek, error))
        return std::nullopt;

    const auto bindTeamAndPeriod = [&](QSqlQuery &query) {
        query.addBindValue(team);
        query.addBindValue(timeText(period.since));
        query.addBindValue(timeText(period.until));
    };

    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT reached, calls, median_seconds_to_calm, mean_seconds_to_calm FROM "
                                 "steadyline.dashboard_escalations(?, ?::timestamptz, ?::timestamptz)"));
    bindTeamAndPeriod(query);
    if (!exec(query, error))
        return std::nullopt;
    for (int reach = 0; reach <= static_cast<int>(EscalationReach::NotCalmed); ++reach)
        figures.escalations.push_back({static_cast<EscalationReach>(reach), 0, std::nullopt, std::nullopt});
    while (query.next()) {
        const auto reach = escalationReachFromName(query.value(0).toString());
        if (!reach)
            continue;
        EscalationFigure &figure = figures.escalations[static_cast<std::size_t>(*reach)];
        figure.calls = query.value(1).toLongLong();
        figure.medianSecondsToCalm = optionalDouble(query.value(2));
        figure.meanSecondsToCalm = optionalDouble(query.value(3));
    }

    query.prepare(QStringLiteral("SELECT kept_on_time, kept_late, cancelled, open_overdue, open_not_due FROM "
                                 "steadyline.dashboard_promises(?, ?::timestamptz, ?::timestamptz)"));
    bindTeamAndPeriod(query);
    if (!exec(query, error))
        return std::nullopt;
    if (query.next())
        figures.promises = {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                            query.value(3).toLongLong(), query.value(4).toLongLong()};

    query.prepare(QStringLiteral("SELECT scenario_id, attempts, mean_percent FROM "
                                 "steadyline.dashboard_training(?, ?::timestamptz, ?::timestamptz)"));
    bindTeamAndPeriod(query);
    if (!exec(query, error))
        return std::nullopt;
    while (query.next())
        figures.training.push_back(
            {query.value(0).toString(), query.value(1).toLongLong(), optionalDouble(query.value(2))});

    query.prepare(QStringLiteral("SELECT login, calls, incidents, calmed, cool_downs, promises_due, "
                                 "promises_kept_on_time, training_attempts, training_mean_percent FROM "
                                 "steadyline.dashboard_consultants(?, ?::timestamptz, ?::timestamptz)"));
    bindTeamAndPeriod(query);
    // Another team's (an admin looking at it): the aggregates only, as issue #18 asks.
    if (query.exec()) {
        while (query.next())
            figures.consultants.push_back(
                {query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                 query.value(3).toLongLong(), query.value(4).toLongLong(), query.value(5).toLongLong(),
                 query.value(6).toLongLong(), query.value(7).toLongLong(), optionalDouble(query.value(8))});
    } else if (sqlState(query.lastError()) != QStringLiteral("42501")) {
        *error = serverErrorText(query.lastError());
        return std::nullopt;
    }

    // Training assigned, per consultant: the own team's only, like the table per consultant.
    query.prepare(QStringLiteral("SELECT assignee, scenario_id, scenario_title, due_on::text, done, done_at, attempts, "
                                 "best_percent FROM steadyline.team_training_assignments(?)"));
    query.addBindValue(team);
    if (figures.consultants.empty()) {
        // Not the asker's own team (dashboard_consultants refused it): no one's assignments.
    } else if (query.exec()) {
        while (query.next())
            figures.assignments.push_back(
                {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                 QDate::fromString(query.value(3).toString(), Qt::ISODate), query.value(4).toBool(),
                 query.value(5).toDateTime(), query.value(6).toInt(),
                 query.value(7).isNull() ? std::nullopt : std::optional<int>(query.value(7).toInt())});
    } else if (sqlState(query.lastError()) != QStringLiteral("42501")) {
        *error = serverErrorText(query.lastError());
        return std::nullopt;
    }
    figures.fetchedAt = QDateTime::currentDateTimeUtc();
    return figures;
}

std::optional<std::vector<IncidentReportRow>>
DashboardQueries::incidentReport(const DashboardPeriod &period, QString *error, const QString &team) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (team.isEmpty()) {
        query.prepare(QStringLiteral("SELECT month::text, team, outcome, incidents, cool_downs FROM "
                                     "steadyline.incident_report(?::timestamptz, ?::timestamptz, ?)"));
    } else {
        query.prepare(QStringLiteral("SELECT month::text, team, outcome, incidents, cool_downs FROM "
                                     "steadyline.team_incident_report(?, ?::timestamptz, ?::timestamptz, ?)"));
        query.addBindValue(team);
    }
    query.addBindValue(timeText(period.since));
    query.addBindValue(timeText(period.until));
    query.addBindValue(period.timeZone);
    if (!exec(query, error))
        return std::nullopt;
    std::vector<IncidentReportRow> rows;
    while (query.next())
        rows.push_back({QDate::fromString(query.value(0).toString(), Qt::ISODate), query.value(1).toString(),
                        query.value(2).toString(), query.value(3).toLongLong(), query.value(4).toLongLong()});
    return rows;
}

bool DashboardQueries::recordExport(const QString &what, const QJsonObject &detail, QString *error) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT steadyline.record_export(?, ?::jsonb)"));
    query.addBindValue(what);
    query.addBindValue(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    return exec(query, error);
}

} // namespace steadyline::server
