#pragma once

#include "teamexchange.h"
#include "teamstore.h"

#include <QString>

namespace steadyline::sync {

// What one pushOutbox() did.
struct PushOutcome
{
    int pushed = 0;  // changes the server took
    int refused = 0; // changes the server refused for good, set aside (TeamStore::refuse)
    QString refusal; // the last refusal's reason
};

// Sends the outbox in order, in batches, to the server, the same for the sync worker and
// `steadyline team sync`. A change the server refuses for good (TeamExchange::push) leaves the
// queue, kept as refused with the server's reason, so that the changes after it do not wait
// forever; everything else that fails (the network, the server away, a serialization failure, a
// login that lost its rights) stops the push with `error` set, and the changes wait in their
// order for the next try. true when nothing failed so (the outbox may have been empty).
//
// A batch goes in one transaction on the server, so a refused batch is sent again one change at
// a time to find the change refused; first an empty push checks that the server takes this
// login's pushes at all, so that a login without the right to push sets nothing aside.
bool pushOutbox(TeamStore &store, TeamExchange &server, bool shareNoteText, int batchSize, PushOutcome *outcome,
                QString *error);

} // namespace steadyline::sync
