#pragma once

namespace steadyline::gui {

// The process is asked to end (logout, shutdown: SIGTERM). Windows then close without the
// questions a person at the keyboard would get, keeping what is unsaved for the next start
// (a call to continue, an editor's draft to restore): nobody is there to answer, and a question
// would hold up the logout until the session manager kills the app.
void setSessionEnding(bool ending);
[[nodiscard]] bool sessionEnding();

} // namespace steadyline::gui
