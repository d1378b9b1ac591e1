#pragma once

#include <QDateTime>

namespace steadyline {

// When a promise made now falls due, `days` working days ahead (0 today, 1 tomorrow, …;
// negative: no due time, an invalid QDateTime). Promises fall due at the end of the working day
// (17:00), so the reminder comes while there is time to act; one due today after 17:00 falls due
// in an hour instead of in the past.
[[nodiscard]] QDateTime promiseDueIn(int days, const QDateTime &now);

inline constexpr int kPromiseDueHour = 17;

} // namespace steadyline
