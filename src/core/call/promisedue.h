#pragma once

#include <QDateTime>

namespace steadyline {

// When a promise made now falls due, `days` working days ahead (0 today, 1 tomorrow, …;
// negative: no due time, an invalid QDateTime). Promises fall due at the end of the working day
// (17:00), so the reminder comes while there is time to act; one due today after 17:00 falls due
// in an hour instead of in the past.
[[nodiscard]] QDateTime promiseDueIn(int days, const QDateTime &now);

inline constexpr int kPromiseDueHour = 17;

// Where an open promise stands at `now`, as the consultant's and the lead's promise lists show
// it: past its due time, due before `now`'s day ends, due on a later day, or without a due time.
// The journal's overdue() and dueToday() draw the same lines.
enum class PromiseDueGroup { Overdue, DueToday, Upcoming, NoDueTime };
[[nodiscard]] PromiseDueGroup promiseDueGroup(const QDateTime &due, const QDateTime &now);

// The start of the day after `now`'s, in `now`'s time zone or offset: where "due today" ends.
[[nodiscard]] QDateTime startOfNextDay(const QDateTime &now);

} // namespace steadyline
