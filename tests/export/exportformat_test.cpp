// The one export dispatch (report/exportformat.h): the format a user names or a file dialog's
// name asks for, and the bytes each writes. No display: the text formats need no QGuiApplication.
#include "catch_qt.h"
#include "exportfixture.h"
#include "exportformat.h"
#include "fulldisk.h"
#include "journal/export.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace steadyline;
using namespace steadyline::journal;
using namespace steadyline::report;
using namespace steadyline::test;

namespace {

struct FixtureJournal
{
    QTemporaryDir dir;
    std::unique_ptr<journal::Journal> journal;

    FixtureJournal()
    {
        REQUIRE(dir.isValid());
        buildExportFixture(dir.path());
        QString error;
        journal = journal::Journal::open(dir.path(), &error);
        INFO(error.toStdString());
        REQUIRE(journal);
    }
    CallReport report() const
    {
        const auto result = collectCallReport(*journal, {}, fixtureTime(30, 10, 0));
        REQUIRE(result.ok());
        return result.value;
    }
    PromiseExport promises() const
    {
        const auto result = collectPromises(*journal, {}, fixtureTime(30, 10, 0));
        REQUIRE(result.ok());
        return result.value;
    }
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("Export formats by the name a user gives and by a file's suffix", "[export][format]")
{
    CHECK(callReportFormatNamed(QStringLiteral("md")) == CallReportFormat::Markdown);
    CHECK(callReportFormatNamed(QStringLiteral("Markdown")) == CallReportFormat::Markdown);
    CHECK(callReportFormatNamed(QStringLiteral("JSON")) == CallReportFormat::Json);
    CHECK(callReportFormatNamed(QStringLiteral("pdf")) == CallReportFormat::Pdf);
    CHECK_FALSE(callReportFormatNamed(QStringLiteral("csv")).has_value());
    CHECK_FALSE(callReportFormatNamed(QString()).has_value());
    CHECK(promiseFormatNamed(QStringLiteral("csv")) == PromiseFormat::Csv);
    CHECK(promiseFormatNamed(QStringLiteral("ICS")) == PromiseFormat::ICalendar);
    CHECK_FALSE(promiseFormatNamed(QStringLiteral("md")).has_value());

    // As the history windows' file dialogs offer them; anything else is the default.
    CHECK(callReportFormatOfFile(QStringLiteral("/tmp/report.json")) == CallReportFormat::Json);
    CHECK(callReportFormatOfFile(QStringLiteral("/tmp/report.PDF")) == CallReportFormat::Pdf);
    CHECK(callReportFormatOfFile(QStringLiteral("/tmp/report.md")) == CallReportFormat::Markdown);
    CHECK(callReportFormatOfFile(QStringLiteral("/tmp/report")) == CallReportFormat::Markdown);
    CHECK(callReportFormatOfFile(QStringLiteral("/tmp/report.pdf.txt")) == CallReportFormat::Markdown);
    CHECK(promiseFormatOfFile(QStringLiteral("/tmp/promises.CSV")) == PromiseFormat::Csv);
    CHECK(promiseFormatOfFile(QStringLiteral("/tmp/promises.ics")) == PromiseFormat::ICalendar);
    CHECK(promiseFormatOfFile(QStringLiteral("/tmp/promises")) == PromiseFormat::ICalendar);
}

TEST_CASE("Each export format writes its exporter's bytes to a private file", "[export][format]")
{
    const FixtureJournal j;
    const CallReport calls = j.report();
    const PromiseExport promises = j.promises();
    QTemporaryDir out;
    QString error;
    const QString markdown = out.filePath(QStringLiteral("calls.md"));
    REQUIRE(writeCallReport(markdown, CallReportFormat::Markdown, calls, &error));
    CHECK(readAll(markdown) == callReportMarkdown(calls));
    CHECK(QFile::permissions(markdown) ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    const QString json = out.filePath(QStringLiteral("calls.json"));
    REQUIRE(writeCallReport(json, CallReportFormat::Json, calls, &error));
    CHECK(readAll(json) == callReportJson(calls));
    const QString csv = out.filePath(QStringLiteral("promises.csv"));
    REQUIRE(writePromises(csv, PromiseFormat::Csv, promises, &error));
    CHECK(readAll(csv) == promisesCsv(promises));
    const QString ics = out.filePath(QStringLiteral("promises.ics"));
    REQUIRE(writePromises(ics, PromiseFormat::ICalendar, promises, &error));
    CHECK(readAll(ics) == promisesICalendar(promises));

    // A PDF needs a QGuiApplication; without one it says so and writes nothing.
    const QString pdf = out.filePath(QStringLiteral("calls.pdf"));
    CHECK_FALSE(writeCallReport(pdf, CallReportFormat::Pdf, calls, &error));
    CHECK(error.contains(QStringLiteral("QGuiApplication")));
    CHECK_FALSE(QFile::exists(pdf));
}

TEST_CASE("An export onto a full disk fails with a message and leaves the earlier file as it was",
          "[export][format][faults]")
{
    FullDisk disk;
    STEADYLINE_REQUIRE_FULL_DISK(disk);
    const FixtureJournal j;
    const CallReport calls = j.report();
    const PromiseExport promises = j.promises();
    QString error;
    const QString report = disk.filePath(QStringLiteral("calls.md"));
    REQUIRE(writeCallReport(report, CallReportFormat::Markdown, calls, &error));
    const QByteArray before = readAll(report);
    REQUIRE(disk.fill());

    for (const CallReportFormat format : {CallReportFormat::Markdown, CallReportFormat::Json}) {
        CHECK_FALSE(writeCallReport(report, format, calls, &error));
        CHECK(error.startsWith(QStringLiteral("Cannot write ") + report));
        CHECK(readAll(report) == before);
    }
    for (const PromiseFormat format : {PromiseFormat::Csv, PromiseFormat::ICalendar}) {
        const QString path = disk.filePath(QStringLiteral("promises"));
        CHECK_FALSE(writePromises(path, format, promises, &error));
        CHECK(error.startsWith(QStringLiteral("Cannot write ") + path));
        CHECK_FALSE(QFile::exists(path));
    }
}
