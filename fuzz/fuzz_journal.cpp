// Feeds arbitrary bytes to the journal as its database file (a disk error, a bad copy, a file
// from a backup, or a damaged journal a user hands over): opening never crashes; a file that
// cannot be read is moved aside, never deleted, and a new journal started; whatever opens can be
// read (calls, the text being typed, notes, promises, search) and written, as the app does at
// start: unfinished calls are marked interrupted and their drafts read back.
#include "fuzzsupport.h"
#include "journal/journal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace {

using namespace steadyline;
using namespace steadyline::journal;
using fuzz::require;

void readAndWrite(Journal &journal)
{
    const auto unfinished = journal.unfinishedCalls();
    for (const CallRecord &call : unfinished.value) {
        (void)journal.draft(call.id);
        (void)journal.notes(call.id);
        (void)journal.timeline(call.id);
        (void)journal.markInterrupted(call.id);
    }
    CallQuery all;
    all.includeTraining = true;
    const auto calls = journal.calls(all);
    int looked = 0;
    for (const CallRecord &call : calls.value) {
        if (++looked > 20)
            break;
        (void)journal.call(call.id);
        (void)journal.notes(call.id);
        (void)journal.timeline(call.id);
        (void)journal.draft(call.id);
    }
    PromiseQuery promises;
    promises.includeTraining = true;
    (void)journal.promises(promises);
    (void)journal.overdue();
    (void)journal.dueToday();
    CallQuery search;
    search.text = QStringLiteral("klient zażółć");
    (void)journal.calls(search);
    (void)journal.deleteCallsOlderThan(90);

    // A new call with a draft, a note and a promise, read back when the file took them. A write
    // the file refused says why; one queued for a retry (the journal keeps it in memory) is not
    // in the file yet, so only a write that reached the file is expected back.
    const WriteResult call = journal.beginCall(CallStart{});
    const WriteResult save = journal.saveDraft(call.id, QStringLiteral("Pisane w chwili awarii"));
    (void)journal.addNote(call.id, QStringLiteral("Klient grozi"), {QStringLiteral("threat")});
    (void)journal.addPromise(call.id, QStringLiteral("Oddzwonię"), QStringLiteral("ZG-1"), {});
    require(call.ok || !call.error.isEmpty(), "a call the journal could not begin says why");
    require(save.ok || !save.error.isEmpty(), "a draft the journal could not save says why");
    const auto draft = journal.draft(call.id);
    if (call.ok && !call.queued && save.ok && !save.queued && draft.ok())
        require(draft.value && draft.value->text == QStringLiteral("Pisane w chwili awarii"),
                "a draft written is read back");
    (void)journal.endCall(call.id, CallOutcome::Resolved);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureQuietCoreApplication();
    QTemporaryDir dir(fuzz::scratchRoot() + QStringLiteral("/steadyline-fuzz-journal-XXXXXX"));
    if (!dir.isValid())
        return 0;
    const QString file = QDir(dir.path()).filePath(kJournalFileName);
    {
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return 0;
        out.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    }
    ManualClock clock;
    OpenOptions options;
    options.dataDir = dir.path();
    options.clock = &clock;
    options.busyTimeoutMs = 0;
    QString error;
    auto journal = Journal::open(options, &error);
    require(journal != nullptr || !error.isEmpty(), "a journal that does not open says why");
    if (journal) {
        // Damaged bytes are kept: either the file is in use, or it was moved aside.
        if (!journal->movedAsidePath().isEmpty()) {
            require(QFileInfo(journal->movedAsidePath()).size() == static_cast<qint64>(size),
                    "a damaged journal is moved aside whole, not deleted");
            require(!journal->recoveryMessage().isEmpty(), "the user is told a damaged journal was moved aside");
        }
        readAndWrite(*journal);
    } else {
        require(QFile::exists(file), "a journal that does not open is left where it was");
    }
    return 0;
}
