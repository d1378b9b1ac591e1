#include "teamboard.h"

#include "call/incidentrule.h"
#include "journal/schema.h"
#include "journal/timestamp.h"
#include "journalrows.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace steadyline::sync {

namespace {

using journalrows::objectFrom;

// A call still open after this long was lost (a desk that crashed and never came back).
constexpr qint64 kLongestCallSecs = 12 * 3600;
// The longest cool-down a team's policy allows (the server's teams.cool_down_seconds).
constexpr qint64 kLongestCoolDownSecs = 3600;

// Runs `sql` with MOMENT standing for a row's moment as the index of journal schema 5 has it; a
// reader of the board words its failure as the board's own.
bool run(QSqlQuery &query, QString sql, const QVariantList &values, QString *error)
{
    if (journalrows::run(query, sql.replace(QLatin1String("MOMENT"), journal::teamRowMomentSql()), values, error))
        return true;
    *error = QCoreApplication::translate("steadyline::sync", "The team's calls could not be read from the journal: %1")
                 .arg(query.lastError().text());
    return false;
}

// The server writes times with an offset, the desk with Z: both parse, and SQLite's julianday()
// compares both (the queries below filter with it).
QDateTime timeOf(const QJsonObject &data, const char *key)
{
    const QString text = data.value(QLatin1String(key)).toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

struct TimelineRow
{
    QString login;
    QString callUuid;
    journal::TimelineEvent entry;
};

journal::TimelineEvent timelineEvent(const QJsonObject &data)
{
    journal::TimelineEvent event;
    event.at = timeOf(data, "at");
    event.kind = data.value(QStringLiteral("kind")).toString();
    event.stepId = data.value(QStringLiteral("step_id")).toString();
    event.detail = data.value(QStringLiteral("detail")).toString();
    return event;
}

} // namespace

TeamBoardReader::TeamBoardReader(QSqlDatabase journal)
    : m_db(std::move(journal))
{}

std::optional<TeamBoard> TeamBoardReader::read(const QDateTime &now, int incidentDays, QString *error) const
{
    const QDateTime shiftStart = now.addSecs(-kLongestCallSecs);
    const QDateTime since = std::min(shiftStart, now.addDays(-std::max(incidentDays, 0)));
    const QString sinceText = journal::isoTimestamp(since);

    // Calls of the period, with the quick tags of their notes.
    std::vector<BoardCall> calls;
    QHash<QString, std::size_t> callIndex;
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT uuid, login, data FROM team_rows WHERE kind = 'call' "
                            "AND MOMENT >= julianday(?)"),
             {sinceText}, error))
        return std::nullopt;
    while (q.next()) {
        const QJsonObject data = objectFrom(q.value(2).toString());
        if (data.value(QStringLiteral("training")).toBool())
            continue;
        BoardCall call;
        call.uuid = q.value(0).toString();
        call.login = q.value(1).toString();
        call.channel = data.value(QStringLiteral("channel")).toString();
        call.playbookId = data.value(QStringLiteral("playbook_id")).toString();
        call.startedAt = timeOf(data, "started_at");
        call.endedAt = timeOf(data, "ended_at");
        call.outcome = callOutcomeFromName(data.value(QStringLiteral("outcome")).toString());
        // The server applies the timeline's half of the incident rule (calls.method_end, kept as
        // the desk's endedAtMethodEnd() walks the timeline), so a board needs no old timelines.
        call.atMethodEnd = data.value(QStringLiteral("method_end")).toBool();
        callIndex.insert(call.uuid, calls.size());
        calls.push_back(std::move(call));
    }
    if (!run(q,
             QStringLiteral("SELECT json_extract(data, '$.call_id'), json_extract(data, '$.tags') FROM team_rows "
                            "WHERE kind = 'note' AND MOMENT >= julianday(?)"),
             {sinceText}, error))
        return std::nullopt;
    while (q.next()) {
        const auto found = callIndex.constFind(q.value(0).toString());
        if (found == callIndex.constEnd())
            continue;
        const QJsonArray tags = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array();
        for (const QJsonValue &tag : tags) {
            QStringList &callTags = calls[*found].tags;
            if (!callTags.contains(tag.toString()))
                callTags << tag.toString();
        }
    }

    // The timeline rows the board needs are those of the calls still going on (where each is, its
    // raised hand) and the cool-downs that may not be over: none older than the earliest live
    // call's start or the longest cool-down. Reading only those keeps a read short late in a
    // busy shift, when the team's rows of the last twelve hours are tens of thousands.
    QDateTime timelineSince = now.addSecs(-kLongestCoolDownSecs);
    for (const BoardCall &call : calls) {
        if (!call.endedAt.isValid() && call.startedAt >= shiftStart && call.startedAt < timelineSince)
            timelineSince = call.startedAt;
    }
    timelineSince = std::max(timelineSince, shiftStart);
    std::vector<TimelineRow> timeline;
    if (!run(q,
             QStringLiteral("SELECT login, data FROM team_rows WHERE kind = 'timeline' "
                            "AND json_extract(data, '$.kind') IN ('step_entered', 'hand_raised', 'hand_cancelled', "
                            "'cooldown_started', 'cooldown_ended') "
                            "AND MOMENT >= julianday(?) "
                            "ORDER BY MOMENT, seq"),
             {journal::isoTimestamp(timelineSince)}, error))
        return std::nullopt;
    while (q.next()) {
        const QJsonObject data = objectFrom(q.value(1).toString());
        timeline.push_back(
            {q.value(0).toString(), data.value(QStringLiteral("call_id")).toString(), timelineEvent(data)});
    }
    struct Answer
    {
        QDateTime at;
        QString text;
        QString lead;
    };
    QHash<QString, std::vector<Answer>> answers;
    if (!run(q,
             QStringLiteral("SELECT login, data FROM team_rows WHERE kind = 'hand_answer' "
                            "AND MOMENT >= julianday(?)"),
             {journal::isoTimestamp(timelineSince)}, error))
        return std::nullopt;
    while (q.next()) {
        const QJsonObject data = objectFrom(q.value(1).toString());
        answers[data.value(QStringLiteral("call_id")).toString()].push_back(
            {timeOf(data, "at"), data.value(QStringLiteral("text")).toString(), q.value(0).toString()});
    }

    TeamBoard board;
    QHash<QString, BoardHand> handOfCall; // the latest hand of each call
    QHash<QString, BoardCoolDown> coolDownOf;
    for (const TimelineRow &row : timeline) {
        const auto found = callIndex.constFind(row.callUuid);
        BoardCall *call = found == callIndex.constEnd() ? nullptr : &calls[*found];
        const QString &kind = row.entry.kind;
        if (kind == journal::kTimelineStepEntered && call) {
            call->stepId = row.entry.stepId;
            call->stepSince = row.entry.at;
        } else if (kind == journal::kTimelineHandRaised) {
            handOfCall.insert(row.callUuid,
                              {row.callUuid, row.login, row.entry.stepId, row.entry.detail, row.entry.at, {}, {}});
        } else if (kind == journal::kTimelineHandCancelled) {
            handOfCall.remove(row.callUuid);
        } else if (kind == journal::kTimelineCoolDownStarted) {
            coolDownOf.insert(row.login, {row.callUuid, row.login, row.entry.at,
                                          row.entry.at.addSecs(std::max(row.entry.detail.toInt(), 0))});
        } else if (kind == journal::kTimelineCoolDownEnded) {
            coolDownOf.remove(row.login);
        }
    }

    for (BoardCall &call : calls) {
        call.incident = isIncident(call.outcome, call.atMethodEnd, {call.tags}, false);
        if (!call.endedAt.isValid() && call.startedAt >= shiftStart)
            board.liveCalls.push_back(call);
        if (call.incident && call.endedAt.isValid())
            board.incidents.push_back(call);
    }
    for (BoardHand &hand : handOfCall) {
        const auto found = callIndex.constFind(hand.callUuid);
        if (found == callIndex.constEnd() || calls[*found].endedAt.isValid())
            continue; // the call ended: the hand went down with it
        for (const Answer &answer : answers.value(hand.callUuid)) {
            if (answer.at >= hand.raisedAt) {
                hand.answer = answer.text;
                hand.answeredBy = answer.lead;
            }
        }
        (hand.answer.isEmpty() && hand.answeredBy.isEmpty() ? board.raisedHands : board.answeredHands).push_back(hand);
    }
    for (const BoardCoolDown &coolDown : std::as_const(coolDownOf)) {
        if (coolDown.endsAt > now)
            board.coolDowns.push_back(coolDown);
    }

    const auto byStart = [](const BoardCall &a, const BoardCall &b) { return a.startedAt < b.startedAt; };
    std::sort(board.liveCalls.begin(), board.liveCalls.end(), byStart);
    std::sort(board.incidents.begin(), board.incidents.end(),
              [](const BoardCall &a, const BoardCall &b) { return a.endedAt > b.endedAt; });
    const auto byRaised = [](const BoardHand &a, const BoardHand &b) { return a.raisedAt < b.raisedAt; };
    std::sort(board.raisedHands.begin(), board.raisedHands.end(), byRaised);
    std::sort(board.answeredHands.begin(), board.answeredHands.end(), byRaised);
    std::sort(board.coolDowns.begin(), board.coolDowns.end(),
              [](const BoardCoolDown &a, const BoardCoolDown &b) { return a.endsAt < b.endsAt; });
    return board;
}

std::vector<journal::TimelineEvent> TeamBoardReader::timeline(const QString &callUuid, QString *error) const
{
    std::vector<journal::TimelineEvent> entries;
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT data FROM team_rows WHERE kind = 'timeline' "
                            "AND json_extract(data, '$.call_id') = ? "
                            "ORDER BY MOMENT, seq"),
             {callUuid}, error))
        return entries;
    while (q.next())
        entries.push_back(timelineEvent(objectFrom(q.value(0).toString())));
    return entries;
}

} // namespace steadyline::sync
