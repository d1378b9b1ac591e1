#include "timestamp.h"

#include <cstdlib>

namespace steadyline::journal {

QString isoTimestamp(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const int offsetSeconds = time.offsetFromUtc();
    // Qt writes "Z" for UTC and nothing for local time; the offset is spelt out here instead.
    const QDateTime shown = time.toOffsetFromUtc(offsetSeconds);
    const QDate date = shown.date();
    const QTime clock = shown.time();
    const int offsetMinutes = std::abs(offsetSeconds) / 60;
    return QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02d.%03d%c%02d:%02d", date.year(), date.month(), date.day(),
                             clock.hour(), clock.minute(), clock.second(), clock.msec(), offsetSeconds < 0 ? '-' : '+',
                             offsetMinutes / 60, offsetMinutes % 60);
}

QDateTime parseTimestamp(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace steadyline::journal
