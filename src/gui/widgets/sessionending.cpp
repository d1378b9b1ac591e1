#include "sessionending.h"

namespace steadyline::gui {

namespace {
bool s_ending = false; // set once, from the GUI thread, when the termination signal arrives
}

void setSessionEnding(bool ending)
{
    s_ending = ending;
}

bool sessionEnding()
{
    return s_ending;
}

} // namespace steadyline::gui
