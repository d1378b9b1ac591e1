#include "teamexchange.h"

#include "journal/redaction.h"
#include "schemamigrator.h"
#include "serverconnection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace steadyline::sync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("steadyline::sync", text);
}

QString unreachableAdvice()
{
    return tr("The server cannot be reached. Check the address and the network; the desk keeps working offline and "
              "sends its changes later.");
}

// libpq's reasons are precise but terse; each kind gets a sentence that says what to do.
QString connectionAdvice(server::ConnectionProblem problem)
{
    using server::ConnectionProblem;
    switch (problem) {
    case ConnectionProblem::DriverMissing:
        return tr("Qt's PostgreSQL driver (QPSQL) is missing: install the package libqt6sql6-psql.");
    case ConnectionProblem::WrongLogin:
        return tr("The login or its password is wrong, or the login does not exist on the server. Check them with "
                  "your team's admin and join again.");
    case ConnectionProblem::NoDatabase:
        return tr("The server has no such database. Check the address with your team's admin.");
    case ConnectionProblem::Certificate:
        return tr("The server's certificate could not be verified. Check the CA file (sslrootcert) and that the host "
                  "name in the address is the one in the certificate.");
    case ConnectionProblem::NotAllowedFromHere:
        return tr("The server does not accept this login from this computer. Ask your team's admin.");
    case ConnectionProblem::Unreachable:
    case ConnectionProblem::Other: break;
    }
    return unreachableAdvice();
}

QString statementProblem(const QSqlQuery &query)
{
    return tr("The team server refused: %1").arg(server::serverErrorText(query.lastError()));
}

} // namespace

int newestServerSchema()
{
    return server::latestSchemaVersion();
}

bool openServerConnection(const server::ServerAddress &address, const QString &connectionName, QString *error,
                          bool *unreachable)
{
    // Short waits: a desk offline is normal, a desk waiting minutes for a dead server is not.
    const QStringList options{
        QStringLiteral("connect_timeout=5"),  QStringLiteral("keepalives=1"),
        QStringLiteral("keepalives_idle=10"), QStringLiteral("keepalives_interval=5"),
        QStringLiteral("keepalives_count=3"), QStringLiteral("application_name='steadyline desk'")};
    QString reason;
    server::ConnectionProblem problem = server::ConnectionProblem::Other;
    if (server::openPostgresConnection(address, connectionName, options, &reason, &problem))
        return true;
    if (unreachable) {
        *unreachable = problem == server::ConnectionProblem::Unreachable || problem == server::ConnectionProblem::Other;
    }
    if (problem == server::ConnectionProblem::DriverMissing) {
        *error = connectionAdvice(problem);
        return false;
    }
    *error = tr("Cannot connect to the team server %1. %2").arg(address.displayText(), connectionAdvice(problem));
    return false;
}

QString normalisedCaseReference(const QString &caseReference)
{
    QString normalised;
    for (const QChar c : caseReference.normalized(QString::NormalizationForm_KC))
        if (!c.isSpace())
            normalised += c;
    return normalised.toUpper();
}

QString callerKey(const QString &caseReference, const QByteArray &secret)
{
    const QString reference = normalisedCaseReference(caseReference);
    if (reference.isEmpty() || secret.isEmpty())
        return {};
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(reference.toUtf8(), secret, QCryptographicHash::Sha256).toHex());
}

QByteArray changesForServer(const std::vector<OutboxChange> &changes, bool shareNoteText,
                            const QByteArray &callerKeySecret)
{
    QJsonArray array;
    for (const OutboxChange &change : changes) {
        QJsonObject data = change.data;
        if (change.kind == QStringLiteral("call")) {
            const QString key = callerKey(data.take(QStringLiteral("case_reference")).toString(), callerKeySecret);
            if (!key.isEmpty())
                data.insert(QStringLiteral("caller_key"), key);
        } else if (change.kind == QStringLiteral("note")) {
            const QString text = data.value(QStringLiteral("text")).toString();
            if (shareNoteText)
                data.insert(QStringLiteral("text"), journal::redact(text));
            else
                data.remove(QStringLiteral("text"));
        }
        array.append(QJsonObject{
            {QStringLiteral("kind"), change.kind}, {QStringLiteral("id"), change.id}, {QStringLiteral("data"), data}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

TeamExchange::TeamExchange(QSqlDatabase server)
    : m_server(std::move(server))
{}

std::optional<ServerIdentity> TeamExchange::identify(QString *error)
{
    QSqlQuery q(m_server);
    // The catalog answers any login, even one without rights on the schema.
    if (!q.exec(
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON "
                           "n.oid = p.pronamespace WHERE n.nspname = 'steadyline' AND p.proname = 'server_info')")) ||
        !q.next()) {
        *error = statementProblem(q);
        return std::nullopt;
    }
    if (!q.value(0).toBool()) {
        *error = tr("The database %1 is not a Steadyline team server (it may belong to another application). Check "
                    "the address with your team's admin.")
                     .arg(m_server.databaseName());
        return std::nullopt;
    }
    const QString notMember = tr("The login %1 is not a member of any team on this server. Ask your team's admin to "
                                 "add it (steadyline server add-user).")
                                  .arg(m_server.userName());
    if (!q.exec(QStringLiteral("SELECT schema_version, login, role, team FROM steadyline.server_info()")) ||
        !q.next()) {
        *error = server::sqlState(q.lastError()) == QStringLiteral("42501") ? notMember : statementProblem(q);
        return std::nullopt;
    }
    ServerIdentity identity;
    identity.schemaVersion = q.value(0).toInt();
    identity.login = q.value(1).toString();
    identity.role = q.value(2).toString();
    identity.team = q.value(3).toString();
    if (identity.schemaVersion > newestServerSchema()) {
        *error = tr("The team server is newer (schema %1) than this Steadyline knows (%2). Update Steadyline on "
                    "this desk; until then it keeps working offline and keeps its changes.")
                     .arg(identity.schemaVersion)
                     .arg(newestServerSchema());
        return std::nullopt;
    }
    if (identity.schemaVersion < kMinimumServerSchema) {
        *error = tr("The team server is older (schema %1) than this Steadyline needs (%2). Ask your team's admin to "
                    "run: steadyline server init")
                     .arg(identity.schemaVersion)
                     .arg(kMinimumServerSchema);
        return std::nullopt;
    }
    if (identity.team.isEmpty()) {
        *error = notMember;
        return std::nullopt;
    }
    const auto policy = deskPolicy(error);
    if (!policy)
        return std::nullopt;
    identity.noteTextLeavesDesk = policy->noteTextLeavesDesk;
    identity.policy = *policy;
    return identity;
}

std::optional<DeskPolicy> TeamExchange::deskPolicy(QString *error)
{
    QSqlQuery q(m_server);
    if (!q.exec(QStringLiteral("SELECT note_text_leaves_desk, cool_down_seconds, raise_hand_at_final_warning, "
                               "caller_key_secret FROM steadyline.desk_policy()")) ||
        !q.next()) {
        *error = statementProblem(q);
        return std::nullopt;
    }
    DeskPolicy policy;
    policy.noteTextLeavesDesk = q.value(0).toBool();
    policy.coolDownSeconds = q.value(1).toInt();
    policy.raiseHandAtFinalWarning = q.value(2).toBool();
    policy.callerKeySecret = QByteArray::fromHex(q.value(3).toString().toLatin1());
    m_callerKeySecret = policy.callerKeySecret;
    return policy;
}

std::optional<QByteArray> TeamExchange::callerKeySecret(QString *error)
{
    if (!m_callerKeySecret && !deskPolicy(error))
        return std::nullopt;
    if (m_callerKeySecret->isEmpty()) {
        *error = tr("The team server gave no key for caller references; ask your team's admin to run: steadyline "
                    "server init");
        return std::nullopt;
    }
    return m_callerKeySecret;
}

namespace {

// SQLSTATE classes of a refusal that says no to the change itself: data exceptions, integrity
// constraints, rights and the checks of row-level security, and the server's own checks (RAISE).
bool refusesTheChange(const QString &sqlState)
{
    static const QStringList kClasses{QStringLiteral("22"), QStringLiteral("23"), QStringLiteral("42"),
                                      QStringLiteral("44"), QStringLiteral("P0")};
    return kClasses.contains(sqlState.left(2));
}

} // namespace

bool TeamExchange::pushFailed(const QSqlQuery &query, QString *error)
{
    *error = statementProblem(query);
    m_pushFailureState = server::sqlState(query.lastError());
    return false;
}

std::optional<int> TeamExchange::push(const std::vector<OutboxChange> &changes, bool shareNoteText, QString *error,
                                      bool *refusedForGood)
{
    m_pushFailureState.clear();
    const auto stored = pushInOrder(changes, shareNoteText, error);
    if (refusedForGood)
        *refusedForGood = !stored && refusesTheChange(m_pushFailureState) && heartbeat();
    return stored;
}

std::optional<int> TeamExchange::pushInOrder(const std::vector<OutboxChange> &changes, bool shareNoteText,
                                             QString *error)
{
    const auto isRequest = [](const OutboxChange &change) {
        return change.kind == QStringLiteral("promise_holder") || change.kind == QStringLiteral("audit");
    };
    if (std::none_of(changes.begin(), changes.end(), isRequest))
        return pushChanges(changes, shareNoteText, error);
    // In order: a run of ordinary changes in one push_changes, each request by its function, all in
    // one transaction, so that the batch leaves the outbox whole or not at all.
    if (!m_server.transaction()) {
        *error = tr("The team server refused: %1").arg(server::serverErrorText(m_server.lastError()));
        return std::nullopt;
    }
    int stored = 0;
    std::vector<OutboxChange> run;
    const auto flush = [&]() -> bool {
        if (run.empty())
            return true;
        const auto count = pushChanges(run, shareNoteText, error);
        run.clear();
        if (!count)
            return false;
        stored += *count;
        return true;
    };
    for (const OutboxChange &change : changes) {
        bool sent = true;
        if (!isRequest(change)) {
            run.push_back(change);
            continue;
        }
        sent = flush();
        if (sent && change.kind == QStringLiteral("audit"))
            sent = recordAudit(change.data.value(QStringLiteral("action")).toString(),
                               change.data.value(QStringLiteral("detail")).toObject(), error);
        else if (sent)
            sent = sendHolderChange(change, error);
        if (!sent) {
            m_server.rollback();
            return std::nullopt;
        }
        ++stored;
    }
    if (!flush() || !m_server.commit()) {
        if (error->isEmpty())
            *error = tr("The team server refused: %1").arg(server::serverErrorText(m_server.lastError()));
        m_server.rollback();
        return std::nullopt;
    }
    return stored;
}

std::optional<int> TeamExchange::pushChanges(const std::vector<OutboxChange> &changes, bool shareNoteText,
                                             QString *error)
{
    // The secret is needed only for a call with a case reference; without it such a change
    // does not leave (its reference would be lost from the team's count).
    QByteArray secret;
    const bool withReference = std::any_of(changes.begin(), changes.end(), [](const OutboxChange &change) {
        return change.kind == QStringLiteral("call") &&
               !change.data.value(QStringLiteral("case_reference")).toString().trimmed().isEmpty();
    });
    if (withReference) {
        const auto key = callerKeySecret(error);
        if (!key)
            return std::nullopt;
        secret = *key;
    }
    QSqlQuery q(m_server);
    if (!q.prepare(QStringLiteral("SELECT steadyline.push_changes(CAST(? AS jsonb))"))) {
        pushFailed(q, error);
        return std::nullopt;
    }
    q.addBindValue(QString::fromUtf8(changesForServer(changes, shareNoteText, secret)));
    if (!q.exec() || !q.next()) {
        pushFailed(q, error);
        return std::nullopt;
    }
    return q.value(0).toInt();
}

bool TeamExchange::sendHolderChange(const OutboxChange &change, QString *error)
{
    const QJsonObject &d = change.data;
    const QString action = d.value(QStringLiteral("action")).toString();
    QSqlQuery q(m_server);
    bool prepared = false;
    if (action == QStringLiteral("reassign")) {
        prepared = q.prepare(QStringLiteral("SELECT steadyline.reassign_promise(CAST(? AS uuid), CAST(? AS uuid), "
                                            "CAST(? AS name), CAST(? AS timestamptz))"));
        q.addBindValue(change.id);
        q.addBindValue(d.value(QStringLiteral("promise_id")).toString());
        q.addBindValue(d.value(QStringLiteral("to")).toString());
    } else if (action == QStringLiteral("hand_back")) {
        prepared = q.prepare(QStringLiteral(
            "SELECT steadyline.hand_back_promise(CAST(? AS uuid), CAST(? AS uuid), CAST(? AS timestamptz))"));
        q.addBindValue(change.id);
        q.addBindValue(d.value(QStringLiteral("promise_id")).toString());
    } else if (action == QStringLiteral("reassign_all")) {
        prepared = q.prepare(QStringLiteral("SELECT steadyline.reassign_all_promises(CAST(? AS uuid), CAST(? AS name), "
                                            "CAST(? AS name), CAST(? AS timestamptz))"));
        q.addBindValue(change.id);
        q.addBindValue(d.value(QStringLiteral("from")).toString());
        q.addBindValue(d.value(QStringLiteral("to")).toString());
    } else {
        *error = tr("The desk queued a request the team server does not know: %1").arg(action);
        return false;
    }
    if (!prepared) {
        return pushFailed(q, error);
    }
    q.addBindValue(d.value(QStringLiteral("at")).toString());
    if (!q.exec() || !q.next()) {
        return pushFailed(q, error);
    }
    // A refusal is no failure of the push: the server recorded it, and the asker's desk pulls it.
    return true;
}

bool TeamExchange::recordAudit(const QString &action, const QJsonObject &detail, QString *error)
{
    QSqlQuery q(m_server);
    if (!q.prepare(QStringLiteral("SELECT steadyline.record_audit(?, CAST(? AS jsonb))"))) {
        return pushFailed(q, error);
    }
    q.addBindValue(action);
    q.addBindValue(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        return pushFailed(q, error);
    }
    return true;
}

std::optional<QStringList> TeamExchange::teamMembers(QString *error)
{
    QSqlQuery q(m_server);
    if (!q.exec(QStringLiteral("SELECT login FROM steadyline.team_members()"))) {
        *error = statementProblem(q);
        return std::nullopt;
    }
    QStringList logins;
    while (q.next())
        logins << q.value(0).toString();
    return logins;
}

std::optional<std::vector<TeamChange>> TeamExchange::pull(qint64 since, int maxRows, QString *error)
{
    QSqlQuery q(m_server);
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT seq, kind, id, login, team, data::text FROM steadyline.pull_changes(?, ?)"))) {
        *error = statementProblem(q);
        return std::nullopt;
    }
    q.addBindValue(since);
    q.addBindValue(maxRows);
    if (!q.exec()) {
        *error = statementProblem(q);
        return std::nullopt;
    }
    std::vector<TeamChange> changes;
    while (q.next())
        changes.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                           q.value(4).toString(), QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object()});
    return changes;
}

std::optional<int> TeamExchange::callerIncidents(const QString &caseReference, int days, QString *error)
{
    const auto secret = callerKeySecret(error);
    if (!secret)
        return std::nullopt;
    const QString key = callerKey(caseReference, *secret);
    if (key.isEmpty())
        return 0;
    QSqlQuery q(m_server);
    if (!q.prepare(QStringLiteral("SELECT steadyline.caller_incidents(?, ?)"))) {
        *error = statementProblem(q);
        return std::nullopt;
    }
    q.addBindValue(key);
    q.addBindValue(days);
    if (!q.exec() || !q.next()) {
        *error = statementProblem(q);
        return std::nullopt;
    }
    return q.value(0).toInt();
}

std::optional<PlaybookPublication> TeamExchange::publishPlaybook(const QString &team, const QByteArray &json,
                                                                 const QString &note, QString *error)
{
    QSqlQuery q(m_server);
    if (!q.prepare(
            QStringLiteral("SELECT p.playbook_id, p.revision, p.sha256 FROM steadyline.publish_playbook(?, ?, ?) p"))) {
        *error = statementProblem(q);
        return std::nullopt;
    }
    q.addBindValue(team);
    q.addBindValue(QString::fromUtf8(json));
    q.addBindValue(note);
    if (!q.exec() || !q.next()) {
        *error = statementProblem(q);
        return std::nullopt;
    }
    PlaybookPublication publication;
    publication.playbookId = q.value(0).toString();
    publication.revision = q.value(1).toInt();
    publication.sha256 = q.value(2).toString();
    publication.publishedBy = m_server.userName();
    publication.publishedAt = QDateTime::currentDateTimeUtc();
    publication.note = note;
    publication.active = true;
    return publication;
}

bool TeamExchange::rollBackPlaybook(const QString &team, const QString &playbookId, int revision, QString *error)
{
    QSqlQuery q(m_server);
    if (!q.prepare(QStringLiteral("SELECT steadyline.roll_back_playbook(?, ?, ?)"))) {
        *error = statementProblem(q);
        return false;
    }
    q.addBindValue(team);
    q.addBindValue(playbookId);
    q.addBindValue(revision);
    if (!q.exec()) {
        *error = statementProblem(q);
        return false;
    }
    return true;
}

std::optional<std::vector<TeamChange>> TeamExchange::pullPublishedPlaybooks(qint64 since, QString *error)
{
    QSqlQuery q(m_server);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT seq, id, playbook_id, revision, sha256, note, published_by, published_at, "
                                  "active, body FROM steadyline.published_playbook_changes(?)"))) {
        *error = statementProblem(q);
        return std::nullopt;
    }
    q.addBindValue(since);
    if (!q.exec()) {
        *error = statementProblem(q);
        return std::nullopt;
    }
    std::vector<TeamChange> changes;
    while (q.next()) {
        QJsonObject data{{QStringLiteral("playbook_id"), q.value(2).toString()},
                         {QStringLiteral("revision"), q.value(3).toInt()},
                         {QStringLiteral("sha256"), q.value(4).toString()},
                         {QStringLiteral("note"), q.value(5).toString()},
                         {QStringLiteral("published_at"), q.value(7).toDateTime().toUTC().toString(Qt::ISODate)},
                         {QStringLiteral("active"), q.value(8).toBool()}};
        if (!q.value(9).isNull())
            data.insert(QStringLiteral("body"), q.value(9).toString());
        changes.push_back({q.value(0).toLongLong(), QString::fromLatin1(kPublishedPlaybookKind), q.value(1).toString(),
                           q.value(6).toString(), QString(), data});
    }
    return changes;
}

bool TeamExchange::heartbeat()
{
    QSqlQuery q(m_server);
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

std::optional<std::vector<TrainingAssignment>> TeamExchange::teamTrainingAssignments(const QString &team,
                                                                                     QString *error)
{
    QSqlQuery q(m_server);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT id, assignee, scenario_id, scenario_title, assigned_by, assigned_at, "
                                  "due_on::text, note, done_at, attempts, best_percent, last_percent "
                                  "FROM steadyline.team_training_assignments(?)"))) {
        *error = statementProblem(q);
        return std::nullopt;
    }
    q.addBindValue(team);
    if (!q.exec()) {
        *error = statementProblem(q);
        return std::nullopt;
    }
    std::vector<TrainingAssignment> assignments;
    while (q.next()) {
        TrainingAssignment assignment;
        assignment.id = q.value(0).toString();
        assignment.assignee = q.value(1).toString();
        assignment.scenarioId = q.value(2).toString();
        assignment.scenarioTitle = q.value(3).toString();
        assignment.assignedBy = q.value(4).toString();
        assignment.assignedAt = q.value(5).toDateTime();
        assignment.dueOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        assignment.note = q.value(7).toString();
        assignment.doneAt = q.value(8).isNull() ? QDateTime() : q.value(8).toDateTime();
        assignment.attempts = q.value(9).toInt();
        if (!q.value(10).isNull())
            assignment.bestPercent = q.value(10).toInt();
        if (!q.value(11).isNull())
            assignment.lastPercent = q.value(11).toInt();
        assignments.push_back(assignment);
    }
    return assignments;
}

} // namespace steadyline::sync
