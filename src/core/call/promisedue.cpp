#include "promisedue.h"

#include <QTimeZone>

namespace steadyline {

QDateTime promiseDueIn(int days, const QDateTime &now)
{
    if (days < 0)
        return {};
    QDateTime due(now.date().addDays(days), QTime(kPromiseDueHour, 0));
    if (due <= now)
        due = now.addSecs(3600);
    return due;
}

QDateTime startOfNextDay(const QDateTime &now)
{
    const QDate tomorrow = now.date().addDays(1);
    if (now.timeSpec() == Qt::TimeZone)
        return tomorrow.startOfDay(now.timeZone());
    return tomorrow.startOfDay(now.timeSpec(), now.offsetFromUtc());
}

PromiseDueGroup promiseDueGroup(const QDateTime &due, const QDateTime &now)
{
    if (!due.isValid())
        return PromiseDueGroup::NoDueTime;
    if (due < now)
        return PromiseDueGroup::Overdue;
    return due < startOfNextDay(now) ? PromiseDueGroup::DueToday : PromiseDueGroup::Upcoming;
}

} // namespace steadyline
