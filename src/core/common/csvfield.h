#pragma once

#include <QString>

namespace steadyline {

// One field of a CSV line (RFC 4180): quoted where it holds a comma, a quote or a line break, and
// a text that starts like a spreadsheet formula kept as text (see csvfield.cpp).
[[nodiscard]] QString csvField(const QString &given);

} // namespace steadyline
