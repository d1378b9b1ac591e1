#include "outboxpush.h"

#include "synclog.h"

#include <QDateTime>

namespace steadyline::sync {

namespace {

// Sends the changes of a refused batch one at a time: each is taken or set aside as refused.
// false (with `error`) on the first failure that is not a refusal of the change.
bool pushOneByOne(TeamStore &store, TeamExchange &server, const std::vector<OutboxChange> &batch, bool shareNoteText,
                  PushOutcome *outcome, QString *error)
{
    for (const OutboxChange &change : batch) {
        QString refusal;
        bool refusedForGood = false;
        if (server.push({change}, shareNoteText, &refusal, &refusedForGood)) {
            if (!store.removePushed(change.seq, QDateTime::currentDateTime(), error))
                return false;
            ++outcome->pushed;
            continue;
        }
        if (!refusedForGood) {
            *error = refusal;
            return false;
        }
        if (!store.refuse(change, refusal, QDateTime::currentDateTime(), error))
            return false;
        // The change's content stays out of the log (it may be a customer's); its kind says enough.
        syncLog()->warn("the team server refused a change of kind {} for good; it is kept on the desk as refused",
                        change.kind.toStdString());
        ++outcome->refused;
        outcome->refusal = refusal;
    }
    return true;
}

} // namespace

bool pushOutbox(TeamStore &store, TeamExchange &server, bool shareNoteText, int batchSize, PushOutcome *outcome,
                QString *error)
{
    for (;;) {
        const std::vector<OutboxChange> batch = store.nextBatch(batchSize, error);
        if (!error->isEmpty())
            return false;
        if (batch.empty())
            return true;
        bool refusedForGood = false;
        if (const auto stored = server.push(batch, shareNoteText, error, &refusedForGood)) {
            if (!store.removePushed(batch.back().seq, QDateTime::currentDateTime(), error))
                return false;
            outcome->pushed += int(batch.size());
            syncLog()->info("pushed {} changes ({} new on the server)", batch.size(), *stored);
            continue;
        }
        if (!refusedForGood)
            return false;
        // Is it the changes, or this login? A login the server no longer takes pushes from sets
        // nothing aside: its changes wait for the admin.
        QString probeError;
        if (!server.push({}, shareNoteText, &probeError))
            return false;
        error->clear();
        if (!pushOneByOne(store, server, batch, shareNoteText, outcome, error))
            return false;
    }
}

} // namespace steadyline::sync
