// Journal's reads: calls (with the search), timelines, notes, promises, drafts, a caller's
// history and training attempts. They see what is committed: writes still waiting in memory are
// not seen until written, and a provisional id finds nothing until then.
#include "call/promisedue.h"
#include "journal/journal_p.h"
#include "journal/journallog.h"
#include "journal/sqliteerror.h"
#include "journal/timestamp.h"
#include "journal/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace steadyline::journal {

namespace {

const QString kCallColumns = QStringLiteral("id, started, ended, channel, address, case_reference, playbook_id, "
                                            "playbook_revision, playbook_sha256, locale, outcome, training");
const QString kPromiseColumns =
    QStringLiteral("p.id, p.call_id, p.at, p.text, p.case_reference, p.due, p.status, p.kept_at");

CallRecord callFrom(const QSqlQuery &q)
{
    CallRecord call;
    call.id = q.value(0).toLongLong();
    call.started = parseTimestamp(q.value(1).toString());
    call.ended = parseTimestamp(q.value(2).toString());
    call.channel = channelFromName(q.value(3).toString()).value_or(Channel::Phone);
    call.address = formOfAddressFromName(q.value(4).toString()).value_or(FormOfAddress::FormalMale);
    call.caseReference = q.value(5).toString();
    call.playbookId = q.value(6).toString();
    call.revision = q.value(7).toInt();
    call.sha256 = q.value(8).toString();
    call.locale = q.value(9).toString();
    if (!q.value(10).isNull())
        call.outcome = callOutcomeFromName(q.value(10).toString());
    call.training = q.value(11).toInt() != 0;
    return call;
}

Promise promiseFrom(const QSqlQuery &q)
{
    Promise promise;
    promise.id = q.value(0).toLongLong();
    promise.callId = q.value(1).toLongLong();
    promise.at = parseTimestamp(q.value(2).toString());
    promise.text = q.value(3).toString();
    promise.caseReference = q.value(4).toString();
    promise.due = parseTimestamp(q.value(5).toString());
    promise.status = promiseStatusFromName(q.value(6).toString()).value_or(PromiseStatus::Open);
    promise.keptAt = parseTimestamp(q.value(7).toString());
    return promise;
}

QStringList tagsFromJson(const QString &text)
{
    QStringList tags;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const auto &value : array)
        tags << value.toString();
    return tags;
}

// The words of a search, each kept if it has a letter or digit.
QStringList searchWords(const QString &text)
{
    QStringList words;
    for (const QString &word : text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            words << word;
    }
    return words;
}

// One word as an FTS5 query: a quoted string (so no word is read as syntax) matched as a prefix.
QString ftsTerm(QString word)
{
    word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + word + QStringLiteral("\"*");
}

QString likeTerm(QString word)
{
    word.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    word.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    word.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + word + QLatin1Char('%');
}

template<typename T> Result<T> readFailure(const QSqlQuery &q)
{
    journalLog()->warn("a read failed (SQLite code {})", sqliteCode(q.lastError()));
    Result<T> result;
    result.error = QCoreApplication::translate("steadyline::journal", "The journal could not be read.") +
                   QLatin1Char(' ') + sqliteErrorText(q.lastError());
    return result;
}

Result<std::vector<CallRecord>> selectCalls(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!runStatement(q, sql, values))
        return readFailure<std::vector<CallRecord>>(q);
    Result<std::vector<CallRecord>> result;
    while (q.next())
        result.value.push_back(callFrom(q));
    return result;
}

Result<std::vector<Promise>> selectPromises(const QSqlDatabase &db, const WriteQueue &writes, const PromiseQuery &query)
{
    QString sql =
        QStringLiteral("SELECT %1 FROM promises p JOIN calls c ON c.id = p.call_id WHERE 1 = 1").arg(kPromiseColumns);
    QVariantList values;
    if (query.status) {
        sql += QStringLiteral(" AND p.status = ?");
        values << promiseStatusName(*query.status);
    }
    if (query.dueBefore.isValid()) {
        sql += QStringLiteral(" AND p.due_ms < ?");
        values << query.dueBefore.toMSecsSinceEpoch();
    }
    if (query.dueAfter.isValid()) {
        sql += QStringLiteral(" AND p.due_ms >= ?");
        values << query.dueAfter.toMSecsSinceEpoch();
    }
    if (query.callId) {
        const auto callId = writes.resolve(*query.callId);
        if (!callId)
            return {};
        sql += QStringLiteral(" AND p.call_id = ?");
        values << *callId;
    } else if (!query.includeTraining) {
        sql += QStringLiteral(" AND c.training = 0");
    }
    sql += QStringLiteral(" ORDER BY p.due_ms IS NULL, p.due_ms, p.id");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!runStatement(q, sql, values))
        return readFailure<std::vector<Promise>>(q);
    Result<std::vector<Promise>> result;
    while (q.next())
        result.value.push_back(promiseFrom(q));
    return result;
}

} // namespace

Result<std::optional<CallRecord>> Journal::call(qint64 callId) const
{
    Result<std::optional<CallRecord>> result;
    const auto id = d->resolve(callId);
    if (!id)
        return result;
    Result<std::vector<CallRecord>> found =
        selectCalls(d->db, QStringLiteral("SELECT %1 FROM calls WHERE id = ?").arg(kCallColumns), {*id});
    result.error = found.error;
    if (!found.value.empty())
        result.value = std::move(found.value.front());
    return result;
}

Result<std::vector<CallRecord>> Journal::calls(const CallQuery &query) const
{
    QString sql = QStringLiteral("SELECT %1 FROM calls WHERE 1 = 1").arg(kCallColumns);
    QVariantList values;
    if (query.since.isValid()) {
        sql += QStringLiteral(" AND started_ms >= ?");
        values << query.since.toMSecsSinceEpoch();
    }
    if (query.until.isValid()) {
        sql += QStringLiteral(" AND started_ms < ?");
        values << query.until.toMSecsSinceEpoch();
    }
    if (query.outcome) {
        sql += QStringLiteral(" AND outcome = ?");
        values << callOutcomeName(*query.outcome);
    }
    if (!query.includeTraining)
        sql += QStringLiteral(" AND training = 0");
    const QStringList words = searchWords(query.text);
    if (!words.isEmpty()) {
        // One document per call (see schema.cpp): every word must occur somewhere in the call.
        if (d->fullTextSearch) {
            QStringList terms;
            for (const QString &word : words)
                terms << ftsTerm(word);
            sql += QStringLiteral(" AND id IN (SELECT rowid FROM search WHERE search MATCH ?)");
            values << terms.join(QLatin1Char(' '));
        } else {
            QStringList conditions;
            for (const QString &word : words) {
                conditions << QStringLiteral("body LIKE ? ESCAPE '\\'");
                values << likeTerm(word);
            }
            sql += QStringLiteral(" AND id IN (SELECT id FROM search WHERE %1)")
                       .arg(conditions.join(QStringLiteral(" AND ")));
        }
    }
    // Ids are given in the order calls begin (queued writes keep their order), so id order is
    // start order; unlike started_ms it lets SQLite stop after `limit` matches without sorting.
    sql += QStringLiteral(" ORDER BY id DESC");
    if (query.limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        values << query.limit;
    }
    return selectCalls(d->db, sql, values);
}

Result<std::vector<CallRecord>> Journal::unfinishedCalls() const
{
    return selectCalls(d->db,
                       QStringLiteral("SELECT %1 FROM calls WHERE outcome IS NULL ORDER BY id").arg(kCallColumns), {});
}

Result<std::vector<TimelineEvent>> Journal::timeline(qint64 callId) const
{
    Result<std::vector<TimelineEvent>> result;
    const auto id = d->resolve(callId);
    if (!id)
        return result;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    if (!runStatement(q,
                      QStringLiteral("SELECT id, call_id, at, kind, step_id, detail FROM timeline WHERE call_id = ? "
                                     "ORDER BY id"),
                      {*id}))
        return readFailure<std::vector<TimelineEvent>>(q);
    while (q.next()) {
        result.value.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), parseTimestamp(q.value(2).toString()),
                                q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    }
    return result;
}

Result<std::vector<Note>> Journal::notes(qint64 callId) const
{
    Result<std::vector<Note>> result;
    const auto id = d->resolve(callId);
    if (!id)
        return result;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    if (!runStatement(q, QStringLiteral("SELECT id, call_id, at, text, tags FROM notes WHERE call_id = ? ORDER BY id"),
                      {*id}))
        return readFailure<std::vector<Note>>(q);
    while (q.next()) {
        result.value.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), parseTimestamp(q.value(2).toString()),
                                q.value(3).toString(), tagsFromJson(q.value(4).toString())});
    }
    return result;
}

Result<std::vector<Promise>> Journal::promises(const PromiseQuery &query) const
{
    return selectPromises(d->db, d->writes, query);
}

QDateTime Journal::now() const
{
    return d->now();
}

Result<std::vector<Promise>> Journal::dueToday() const
{
    const QDateTime now = d->now();
    PromiseQuery query;
    query.status = PromiseStatus::Open;
    query.dueAfter = now;
    query.dueBefore = startOfNextDay(now); // as promiseDueGroup() draws the line
    return selectPromises(d->db, d->writes, query);
}

Result<std::vector<Promise>> Journal::overdue() const
{
    PromiseQuery query;
    query.status = PromiseStatus::Open;
    query.dueBefore = d->now();
    return selectPromises(d->db, d->writes, query);
}

Result<std::optional<Draft>> Journal::draft(qint64 callId) const
{
    Result<std::optional<Draft>> result;
    const auto id = d->resolve(callId);
    if (!id)
        return result;
    QSqlQuery q(d->db);
    if (!runStatement(q, QStringLiteral("SELECT text, updated_at FROM drafts WHERE call_id = ?"), {*id}))
        return readFailure<std::optional<Draft>>(q);
    if (q.next())
        result.value = Draft{q.value(0).toString(), parseTimestamp(q.value(1).toString())};
    return result;
}

Result<CallerHistory> Journal::callerHistory(const QString &caseReference) const
{
    Result<CallerHistory> result;
    if (caseReference.trimmed().isEmpty())
        return result;
    QSqlQuery q(d->db);
    if (!runStatement(
            q, QStringLiteral("SELECT COUNT(*), MAX(started_ms) FROM calls WHERE case_reference = ? AND training = 0"),
            {caseReference.trimmed()}))
        return readFailure<CallerHistory>(q);
    if (q.next()) {
        result.value.calls = q.value(0).toInt();
        if (!q.value(1).isNull())
            result.value.lastCall = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    }
    if (!runStatement(q,
                      QStringLiteral("SELECT COUNT(*) FROM promises p JOIN calls c ON c.id = p.call_id"
                                     " WHERE p.case_reference = ? AND p.status = 'open' AND c.training = 0"),
                      {caseReference.trimmed()}))
        return readFailure<CallerHistory>(q);
    if (q.next())
        result.value.openPromises = q.value(0).toInt();
    return result;
}

Result<std::vector<TrainingAttempt>> Journal::trainingAttempts(const QString &scenarioId) const
{
    QString sql = QStringLiteral("SELECT id, call_id, scenario_id, scenario_revision, scenario_title, language, "
                                 "finished_at, score, max_score, percent, passed, mistakes FROM training_attempts");
    QVariantList values;
    if (!scenarioId.isEmpty()) {
        sql += QStringLiteral(" WHERE scenario_id = ?");
        values << scenarioId;
    }
    sql += QStringLiteral(" ORDER BY finished_ms, id");
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    if (!runStatement(q, sql, values))
        return readFailure<std::vector<TrainingAttempt>>(q);
    Result<std::vector<TrainingAttempt>> result;
    while (q.next()) {
        TrainingAttempt attempt;
        attempt.id = q.value(0).toLongLong();
        attempt.callId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
        attempt.scenarioId = q.value(2).toString();
        attempt.scenarioRevision = q.value(3).toInt();
        attempt.scenarioTitle = q.value(4).toString();
        attempt.language = q.value(5).toString();
        attempt.finishedAt = parseTimestamp(q.value(6).toString());
        attempt.score = q.value(7).toInt();
        attempt.max = q.value(8).toInt();
        attempt.percent = q.value(9).toInt();
        attempt.passed = q.value(10).toInt() != 0;
        attempt.mistakesJson = q.value(11).toString();
        result.value.push_back(std::move(attempt));
    }
    return result;
}

} // namespace steadyline::journal
