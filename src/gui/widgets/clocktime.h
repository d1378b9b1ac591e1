#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace steadyline::gui {

// A moment of a call as the windows show it: the local wall-clock time to the second.
[[nodiscard]] inline QString clockTime(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
}

} // namespace steadyline::gui
