#include "csvfield.h"

namespace steadyline {

QString csvField(const QString &given)
{
    // A cell that starts like a formula would be run by Excel or LibreOffice (=HYPERLINK(…) can
    // send the sheet's data away); the caller dictates much of this text. OWASP's advice: a
    // leading apostrophe makes the spreadsheet show it as text.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    const QString value = !given.isEmpty() && formulaStarts.contains(given.front()) ? QLatin1Char('\'') + given : given;
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')) &&
        !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace steadyline
