#include "promisedue.h"

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

} // namespace steadyline
