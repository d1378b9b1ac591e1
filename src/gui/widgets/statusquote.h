#pragma once

#include <QString>

namespace steadyline::gui {

// A promise's (or any user's) text in quotation marks, on one line and cut to about 60
// characters, so that a status line naming it ("Marked kept: “…”") stays one line.
[[nodiscard]] QString quotedForStatus(const QString &text);

} // namespace steadyline::gui
