#pragma once

#include <QString>
#include <QStringList>

namespace steadyline::journal {

class Journal;

// Writes that could not be saved when the app had to end (a full disk or a read-only folder at
// logout) are kept in a recovery file, readable by the user alone, outside the journal's folder
// ($XDG_STATE_HOME/Steadyline, else a private folder in /dev/shm), and written back at the next
// start (review H2).
struct RecoveryReport
{
    int files = 0;  // recovery files read
    int writes = 0; // writes restored from them
    QStringList problems;
};

// Saves `journal`'s waiting writes; the file's path, or empty with `error` set.
QString saveRecoveryFile(const Journal &journal, QString *error);
// Writes back every recovery file of this journal, oldest first; a file is removed once its
// writes are in (or waiting again in memory, to be kept anew at the next quit).
RecoveryReport restoreRecoveryFiles(Journal &journal);
// Where recovery files are looked for, in order.
[[nodiscard]] QStringList recoveryFolders();

} // namespace steadyline::journal
