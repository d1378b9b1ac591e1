#pragma once

#include <QString>

namespace steadyline::app {

// Where the window's log goes: a size-capped, rotating file in the app's local data folder
// (~/.local/share/Steadyline/steadyline/logs/steadyline.log on Linux).
[[nodiscard]] QString logFilePath();

// Sends every module's logger (journal, playbook, ui, app) to the rotating log file; `verbose`
// lowers the level to debug and mirrors the lines on stderr. Only ids, counts, codes and file
// names are ever logged: never a note, a name, a case reference or a line said in a call.
// Returns false (and logs to stderr only) when the log folder cannot be created.
bool setUpWindowLogging(bool verbose);

} // namespace steadyline::app
