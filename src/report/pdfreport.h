#pragma once

#include "journal/export.h"

#include <QByteArray>
#include <QString>

namespace steadyline::report {

// The call report (the Markdown of journal::callReportMarkdown) laid out as an A4 PDF for a team
// lead or HR: DejaVu Sans (Latin with Polish and Czech letters, Cyrillic), 2 cm margins, page
// numbers. Needs a QGuiApplication (an offscreen one will do); without one returns an empty array
// with words for the user in `error`.
[[nodiscard]] QByteArray callReportPdf(const journal::CallReport &report, QString *error);

} // namespace steadyline::report
