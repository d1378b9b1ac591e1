#include "diagnostic.h"

#include <algorithm>

namespace steadyline {

QString severityName(Severity severity)
{
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

QString Diagnostic::toString() const
{
    return QStringLiteral("%1:%2:%3: %4 %5: %6")
        .arg(file)
        .arg(line)
        .arg(column)
        .arg(severityName(severity), code, message);
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &d) { return d.severity == Severity::Error; });
}

} // namespace steadyline
