#pragma once

#include <QByteArray>
#include <QString>

class QTextDocument;

namespace steadyline::report {

// What Steadyline's PDFs share (the call report, the incident report): their font and their page.

// DejaVu Sans 10 pt (Latin with Polish and Czech letters, Cyrillic) as `document`'s default font.
void useReportFont(QTextDocument &document);

// `document` laid out as an A4 portrait PDF titled `title`; empty when no PDF came out. Needs a
// QGuiApplication.
[[nodiscard]] QByteArray printA4Pdf(QTextDocument &document, const QString &title);

} // namespace steadyline::report
