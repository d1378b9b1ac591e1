#pragma once

#include "journal/export.h"

#include <QString>

#include <optional>

namespace steadyline::report {

// The one place that turns "this report, as that format, into this file" into bytes on disk, for
// `steadyline export` and the history windows alike.
//
// It lives here rather than in the core because one format, PDF, needs Qt Gui, which the core must
// not link. A table in the core with the PDF writer plugged in at run time would need a global
// that every program has to remember to fill before its first export (else PDF is silently
// missing); everything that exports already links this library, which links only the core and
// Qt Gui (never widgets), so the table sits beside the one writer the core cannot hold. The text
// formats need no QGuiApplication; PDF needs one (an offscreen one will do).

enum class CallReportFormat { Markdown, Json, Pdf };
enum class PromiseFormat { Csv, ICalendar };

// The format a user named (`--format md`, any case): md or markdown, json, pdf; csv, ics.
[[nodiscard]] std::optional<CallReportFormat> callReportFormatNamed(const QString &name);
[[nodiscard]] std::optional<PromiseFormat> promiseFormatNamed(const QString &name);

// The format a file dialog's name asks for, by its suffix (any case): .json and .pdf, anything
// else Markdown; .csv, anything else iCalendar.
[[nodiscard]] CallReportFormat callReportFormatOfFile(const QString &path);
[[nodiscard]] PromiseFormat promiseFormatOfFile(const QString &path);

// Writes the report or the promises in `format` with writePrivateFile (atomically, readable by the
// user alone). Returns false with words for the user in `error`.
bool writeCallReport(const QString &path, CallReportFormat format, const journal::CallReport &report, QString *error);
bool writePromises(const QString &path, PromiseFormat format, const journal::PromiseExport &promises, QString *error);

} // namespace steadyline::report
