#pragma once

#include "journal/journal.h"
#include "playbook/playbook.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace steadyline::sync {

// One call of the team as the lead's desk knows it from the team's rows.
struct BoardCall
{
    QString uuid;
    QString login;
    QString channel;
    QString playbookId;
    QDateTime startedAt;
    QDateTime endedAt; // invalid while the call goes on
    std::optional<CallOutcome> outcome;
    QString stepId; // the step the consultant is on (or ended on)
    QDateTime stepSince;
    QStringList tags;         // the quick tags of its notes ("insult", "threat", …)
    bool atMethodEnd = false; // the server's calls.method_end: it ended at the final warning or at 3½
    bool incident = false;
};

// A consultant asking for help during a call (timeline `hand_raised`), with the lead's answer.
struct BoardHand
{
    QString callUuid;
    QString login;
    QString stepId;
    QString stepTitle; // as the consultant saw it
    QDateTime raisedAt;
    QString answer; // empty until a lead answered
    QString answeredBy;
};

// A consultant in a cool-down after an abusive call.
struct BoardCoolDown
{
    QString callUuid;
    QString login;
    QDateTime startedAt;
    QDateTime endsAt;
};

// What the lead's window shows: who is in a call and where, raised hands, cool-downs and the
// recent incidents, newest first.
struct TeamBoard
{
    std::vector<BoardCall> liveCalls;
    std::vector<BoardHand> raisedHands; // still up: not lowered, not answered, call not ended
    std::vector<BoardHand> answeredHands;
    std::vector<BoardCoolDown> coolDowns;
    std::vector<BoardCall> incidents;
};

// Reads the lead's board from the team's rows that the sync worker pulled into the journal
// (team_rows). Only the recent rows are read (calls of the last days, timeline of the last
// hours), so the board stays quick on a lead's desk with months of team history. Training calls
// are left out: a rehearsal is nobody's incident. Blocking, but on the local SQLite file only.
class TeamBoardReader
{
public:
    explicit TeamBoardReader(QSqlDatabase journal);

    // `incidentDays`: how far back incidents are listed. Calls open longer than a shift are taken
    // as lost (a desk that crashed and never came back) and not shown as live.
    [[nodiscard]] std::optional<TeamBoard> read(const QDateTime &now, int incidentDays, QString *error) const;
    // One call's timeline, oldest first (ids stay 0: the rows are the server's).
    [[nodiscard]] std::vector<journal::TimelineEvent> timeline(const QString &callUuid, QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace steadyline::sync
