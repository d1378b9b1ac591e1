#pragma once

#include <QDateTime>
#include <QString>

namespace steadyline::journal {

// The journal's timestamps: ISO 8601 with milliseconds and the UTC offset always written out
// ("2026-11-23T09:15:02.123+01:00", never "Z" or no offset), so a record says both the local
// time the consultant saw and the exact instant.
[[nodiscard]] QString isoTimestamp(const QDateTime &time);
// The inverse; an invalid QDateTime for an empty or malformed string.
[[nodiscard]] QDateTime parseTimestamp(const QString &text);

} // namespace steadyline::journal
