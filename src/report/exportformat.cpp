#include "exportformat.h"

#include "common/privatefile.h"
#include "pdfreport.h"

#include <QFileInfo>

namespace steadyline::report {

namespace {

template<typename Format> struct FormatName
{
    const char *name; // also the file name's suffix
    Format format;
};

constexpr FormatName<CallReportFormat> kCallReportFormats[] = {
    {"md", CallReportFormat::Markdown},
    {"markdown", CallReportFormat::Markdown},
    {"json", CallReportFormat::Json},
    {"pdf", CallReportFormat::Pdf},
};

constexpr FormatName<PromiseFormat> kPromiseFormats[] = {
    {"csv", PromiseFormat::Csv},
    {"ics", PromiseFormat::ICalendar},
};

template<typename Format, std::size_t N>
std::optional<Format> formatNamed(const FormatName<Format> (&table)[N], const QString &name)
{
    for (const FormatName<Format> &entry : table) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.format;
    }
    return std::nullopt;
}

} // namespace

std::optional<CallReportFormat> callReportFormatNamed(const QString &name)
{
    return formatNamed(kCallReportFormats, name);
}

std::optional<PromiseFormat> promiseFormatNamed(const QString &name)
{
    return formatNamed(kPromiseFormats, name);
}

CallReportFormat callReportFormatOfFile(const QString &path)
{
    return callReportFormatNamed(QFileInfo(path).suffix()).value_or(CallReportFormat::Markdown);
}

PromiseFormat promiseFormatOfFile(const QString &path)
{
    return promiseFormatNamed(QFileInfo(path).suffix()).value_or(PromiseFormat::ICalendar);
}

bool writeCallReport(const QString &path, CallReportFormat format, const journal::CallReport &report, QString *error)
{
    QByteArray content;
    switch (format) {
    case CallReportFormat::Markdown: content = journal::callReportMarkdown(report); break;
    case CallReportFormat::Json: content = journal::callReportJson(report); break;
    case CallReportFormat::Pdf:
        content = callReportPdf(report, error);
        if (content.isEmpty())
            return false;
        break;
    }
    return writePrivateFile(path, content, error);
}

bool writePromises(const QString &path, PromiseFormat format, const journal::PromiseExport &promises, QString *error)
{
    const QByteArray content =
        format == PromiseFormat::Csv ? journal::promisesCsv(promises) : journal::promisesICalendar(promises);
    return writePrivateFile(path, content, error);
}

} // namespace steadyline::report
