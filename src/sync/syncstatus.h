#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace steadyline::sync {

// What a window shows of a desk's link to the team server (status bar, Preferences → Team).
struct SyncStatus
{
    bool joined = false; // the journal belongs to a team (steadyline team join)
    bool online = false; // connected to the server right now
    QString server;      // the server's address without a password, e.g. postgresql://anna@host/steadyline
    int waiting = 0;     // changes written on this desk and not yet on the server
    // Changes the server refused for good (a right, a check): no longer waiting, kept on the desk
    // with the reason (TeamStore::refusedChanges); refusedReason is the latest one's.
    int refused = 0;
    QString refusedReason;
    QDateTime lastPush; // when the server last took this desk's changes (invalid: never)
    QDateTime lastPull; // when this desk last read the team's changes (invalid: never)
    QString lastError;  // the last problem in plain, translated words; empty when all went well
    // The team's policy, kept in the journal so that it holds offline (server policy).
    int coolDownSeconds = 180;            // the break offered after an incident; 0: none
    bool raiseHandAtFinalWarning = false; // a call reaching the final warning raises the hand itself
    QString role; // agent, lead or admin, as the server said when last connected (empty: not yet)
    // The problem will not go away by waiting: a wrong password, a server too old or too new, a
    // login that is no member. The window shows a banner, not only the status bar.
    bool needsAction = false;

    friend bool operator==(const SyncStatus &, const SyncStatus &) = default;
};

} // namespace steadyline::sync

Q_DECLARE_METATYPE(steadyline::sync::SyncStatus)
