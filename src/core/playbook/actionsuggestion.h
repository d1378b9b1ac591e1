#pragma once

#include <QString>

namespace steadyline {

// The action type a mistyped or invented `type` most likely means: by spelling ("end_cal"), by a
// shared word ("notify_manager" → notify_supervisor) or by what the author wants to happen
// ("hang_up" → end_call). Empty when nothing is close.
[[nodiscard]] QString closestActionType(const QString &written);

} // namespace steadyline
