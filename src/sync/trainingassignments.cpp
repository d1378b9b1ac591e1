#include "trainingassignments.h"

#include "journal/timestamp.h"
#include "journalrows.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>
#include <utility>

namespace steadyline::sync {

namespace {

using namespace journalrows;

QDateTime timeOf(const QJsonObject &data, const char *key)
{
    return QDateTime::fromString(data.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
}

QString field(const QJsonObject &data, const char *key)
{
    return data.value(QLatin1String(key)).toString();
}

} // namespace

int attemptPercent(int score, int maxScore)
{
    if (maxScore <= 0)
        return 0;
    return std::clamp(static_cast<int>(std::lround(100.0 * score / maxScore)), 0, 100);
}

void applyAttempts(std::vector<TrainingAssignment> &assignments, const std::vector<AttemptScore> &attempts)
{
    for (TrainingAssignment &assignment : assignments) {
        assignment.attempts = 0;
        assignment.doneAt = {};
        assignment.bestPercent.reset();
        assignment.lastPercent.reset();
        QDateTime lastAt;
        for (const AttemptScore &attempt : attempts) {
            if (attempt.login != assignment.assignee || attempt.scenarioId != assignment.scenarioId ||
                !attempt.at.isValid() || attempt.at < assignment.assignedAt)
                continue;
            ++assignment.attempts;
            if (!assignment.doneAt.isValid() || attempt.at < assignment.doneAt)
                assignment.doneAt = attempt.at;
            assignment.bestPercent = std::max(assignment.bestPercent.value_or(0), attempt.percent);
            if (!lastAt.isValid() || attempt.at >= lastAt) {
                lastAt = attempt.at;
                assignment.lastPercent = attempt.percent;
            }
        }
    }
}

TrainingAssignments::TrainingAssignments(QSqlDatabase journal)
    : m_db(std::move(journal))
{}

QString TrainingAssignments::queueAssignment(const QString &assignee, const QString &scenarioId,
                                             const QString &scenarioTitle, const QDate &dueOn, const QString &note,
                                             const QDateTime &at, QString *error)
{
    const QString trimmedNote = note.trimmed();
    if (assignee.trimmed().isEmpty() || scenarioId.trimmed().isEmpty() || !dueOn.isValid()) {
        *error = QCoreApplication::translate("steadyline::sync",
                                             "An assignment needs a consultant, a scenario and a due date.");
        return {};
    }
    if (trimmedNote.size() > kLongestNote) {
        *error =
            QCoreApplication::translate("steadyline::sync", "The note to the consultant has at most %1 characters.")
                .arg(kLongestNote);
        return {};
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject data{{QStringLiteral("login"), assignee.trimmed()},
                           {QStringLiteral("scenario_id"), scenarioId.trimmed()},
                           {QStringLiteral("scenario_title"), scenarioTitle.trimmed().left(kLongestTitle)},
                           {QStringLiteral("due_on"), dueOn.toString(Qt::ISODate)},
                           {QStringLiteral("note"), trimmedNote},
                           {QStringLiteral("at"), journal::isoTimestamp(at)}};
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("INSERT INTO outbox (uuid, kind, data) VALUES (?, 'training_assignment', ?)"),
             {id, textOf(data)}, error))
        return {};
    return id;
}

bool TrainingAssignments::queueWithdrawal(const QString &assignmentId, const QDateTime &at, QString *error)
{
    if (QUuid::fromString(assignmentId).isNull()) {
        *error = QCoreApplication::translate("steadyline::sync", "There is no such training assignment to withdraw.");
        return false;
    }
    const QJsonObject data{{QStringLiteral("assignment_id"), assignmentId},
                           {QStringLiteral("at"), journal::isoTimestamp(at)}};
    QSqlQuery q(m_db);
    return run(q, QStringLiteral("INSERT INTO outbox (uuid, kind, data) VALUES (?, 'training_withdrawal', ?)"),
               {QUuid::createUuid().toString(QUuid::WithoutBraces), textOf(data)}, error);
}

std::vector<TrainingAssignment> TrainingAssignments::assignments(QString *error) const
{
    std::vector<TrainingAssignment> found;
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT uuid, login, data FROM team_rows WHERE kind = 'training_assignment'"), {},
             error))
        return found;
    while (q.next()) {
        const QJsonObject data = objectFrom(q.value(2).toString());
        TrainingAssignment assignment;
        assignment.id = q.value(0).toString();
        assignment.assignee = q.value(1).toString();
        assignment.assignedBy = field(data, "assigned_by");
        assignment.assignedAt = timeOf(data, "assigned_at");
        assignment.scenarioId = field(data, "scenario_id");
        assignment.scenarioTitle = field(data, "scenario_title");
        assignment.dueOn = QDate::fromString(field(data, "due_on"), Qt::ISODate);
        assignment.note = field(data, "note");
        assignment.withdrawn = !data.value(QStringLiteral("withdrawn_at")).isNull() &&
                               !data.value(QStringLiteral("withdrawn_at")).isUndefined();
        found.push_back(assignment);
    }
    // What this desk queued and the team's rows do not hold yet (a lead working offline, or the
    // pull that brings the server's row still to come): the pulled row, once there, counts.
    if (!run(q,
             QStringLiteral("SELECT uuid, kind, data FROM outbox WHERE kind IN ('training_assignment', "
                            "'training_withdrawal') ORDER BY seq"),
             {}, error))
        return found;
    while (q.next()) {
        const QJsonObject data = objectFrom(q.value(2).toString());
        if (q.value(1).toString() == u"training_withdrawal") {
            const QString withdrawn = field(data, "assignment_id");
            for (TrainingAssignment &assignment : found) {
                if (assignment.id == withdrawn)
                    assignment.withdrawn = true;
            }
            continue;
        }
        const QString id = q.value(0).toString();
        if (std::any_of(found.begin(), found.end(),
                        [&id](const TrainingAssignment &pulled) { return pulled.id == id; }))
            continue;
        TrainingAssignment assignment;
        assignment.id = id;
        assignment.assignee = field(data, "login");
        assignment.assignedAt = timeOf(data, "at");
        assignment.scenarioId = field(data, "scenario_id");
        assignment.scenarioTitle = field(data, "scenario_title");
        assignment.dueOn = QDate::fromString(field(data, "due_on"), Qt::ISODate);
        assignment.note = field(data, "note");
        assignment.waiting = true; // until the pull brings the server's row

        found.push_back(assignment);
    }
    found.erase(std::remove_if(found.begin(), found.end(),
                               [](const TrainingAssignment &assignment) { return assignment.withdrawn; }),
                found.end());
    return found;
}

std::vector<AttemptScore> TrainingAssignments::pulledAttempts(const QString &login, QString *error) const
{
    std::vector<AttemptScore> attempts;
    QSqlQuery q(m_db);
    const QString sql = QStringLiteral("SELECT login, data FROM team_rows WHERE kind = 'training_attempt'");
    if (!run(q, login.isEmpty() ? sql : sql + QStringLiteral(" AND login = ?"),
             login.isEmpty() ? QVariantList{} : QVariantList{login}, error))
        return attempts;
    while (q.next()) {
        const QJsonObject data = objectFrom(q.value(1).toString());
        attempts.push_back({q.value(0).toString(), field(data, "scenario_id"), timeOf(data, "at"),
                            attemptPercent(data.value(QStringLiteral("score")).toInt(),
                                           data.value(QStringLiteral("max_score")).toInt())});
    }
    return attempts;
}

std::vector<AttemptScore> TrainingAssignments::ownAttempts(const QString &login, QString *error) const
{
    std::vector<AttemptScore> attempts;
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT scenario_id, finished_ms, percent FROM training_attempts"), {}, error))
        return attempts;
    while (q.next())
        attempts.push_back({login, q.value(0).toString(),
                            QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), QTimeZone::utc()),
                            q.value(2).toInt()});
    return attempts;
}

std::vector<TrainingAssignment> TrainingAssignments::forConsultant(const QString &login, QString *error) const
{
    std::vector<TrainingAssignment> mine;
    if (login.isEmpty())
        return mine;
    for (TrainingAssignment &assignment : assignments(error)) {
        if (assignment.assignee == login)
            mine.push_back(std::move(assignment));
    }
    // This desk's own rehearsals, and those of the same login on another desk; one that came back
    // from the server is the same finished time and scenario, counted once.
    std::vector<AttemptScore> attempts = ownAttempts(login, error);
    std::set<std::pair<QString, qint64>> seen;
    for (const AttemptScore &attempt : attempts)
        seen.insert({attempt.scenarioId, attempt.at.toMSecsSinceEpoch()});
    for (const AttemptScore &attempt : pulledAttempts(login, error)) {
        if (seen.insert({attempt.scenarioId, attempt.at.toMSecsSinceEpoch()}).second)
            attempts.push_back(attempt);
    }
    applyAttempts(mine, attempts);
    std::sort(mine.begin(), mine.end(), [](const TrainingAssignment &a, const TrainingAssignment &b) {
        if (a.done() != b.done())
            return !a.done(); // what is still to do first
        return std::tie(a.dueOn, a.scenarioTitle) < std::tie(b.dueOn, b.scenarioTitle);
    });
    return mine;
}

std::vector<TrainingAssignment> TrainingAssignments::forTeam(QString *error) const
{
    std::vector<TrainingAssignment> team = assignments(error);
    applyAttempts(team, pulledAttempts({}, error));
    std::sort(team.begin(), team.end(), [](const TrainingAssignment &a, const TrainingAssignment &b) {
        return std::tie(b.assignedAt, a.assignee) < std::tie(a.assignedAt, b.assignee);
    });
    return team;
}

} // namespace steadyline::sync
