#include "exportcommand.h"

#include "commandio.h"
#include "commandline.h"
#include "exportformat.h"
#include "journal/export.h"
#include "journal/journal.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <optional>
#include <tuple>

namespace steadyline::cli {

namespace {

// A bound of --since/--until: a day (YYYY-MM-DD, local time) or an ISO 8601 time, with or
// without a UTC offset (without one: local time). A day given to --until includes that day.
std::optional<QDateTime> parseBound(const QString &text, bool until)
{
    static const QRegularExpression day(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    if (day.match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return QDateTime(until ? date.addDays(1) : date, QTime(0, 0), Qt::LocalTime);
    }
    static const QRegularExpression time(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}([.,]\d{1,3})?)?(Z|[+-]\d{2}(:?\d{2})?)?$)"));
    if (!time.match(text).hasMatch())
        return std::nullopt;
    QString iso = text;
    iso[10] = QLatin1Char('T');
    const QDateTime parsed = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed;
}

// Only warnings, and on stderr: the journal's info lines would mix with the command's output.
void quietLogging()
{
    auto logger =
        std::make_shared<spdlog::logger>("steadyline", std::make_shared<spdlog::sinks::stderr_color_sink_st>());
    logger->set_level(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    for (const char *name : {"journal", "playbook"}) {
        if (auto existing = spdlog::get(name))
            existing->set_level(spdlog::level::warn);
    }
}

std::unique_ptr<journal::Journal> openJournalForExport(const QString &dataDir, std::FILE *err)
{
    const QString folder = journalFolder(dataDir);
    const QString file = QDir(folder).filePath(journal::kJournalFileName);
    // Exporting never creates a journal: a missing one is most likely the wrong folder.
    if (!QFileInfo::exists(file)) {
        writeLine(err, QStringLiteral("steadyline export: there is no journal in %1 (no %2). Nothing has been "
                                      "recorded there; name the right folder with --data-dir DIR.")
                           .arg(QDir::toNativeSeparators(folder), journal::kJournalFileName));
        return nullptr;
    }
    quietLogging();
    QString error;
    journal::OpenOptions options;
    options.dataDir = folder;
    options.onlyToRead = true; // an export never moves a damaged journal aside
    auto journal = journal::Journal::open(options, &error);
    if (!journal) {
        writeLine(err, QStringLiteral("steadyline export: %1").arg(error));
        return nullptr;
    }
    if (!journal->recoveryMessage().isEmpty())
        writeLine(err, QStringLiteral("steadyline export: %1").arg(journal->recoveryMessage()));
    return journal;
}

QString redactionLine(const journal::RedactionCounts &counts)
{
    // Every kind that was found, by its label: the parts add up to the total.
    QStringList parts;
    for (const journal::RedactedKind kind : journal::kRedactedKinds) {
        if (const int n = counts.of(kind); n > 0)
            parts << QStringLiteral("%1 %2").arg(n).arg(journal::redactionLabel(kind));
    }
    return QStringLiteral("; %1 item(s) of personal data masked%2")
        .arg(counts.total())
        .arg(parts.isEmpty() ? QString() : QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QLatin1Char(')'));
}

// What every export does once its options are read: open the journal, collect, write the file
// atomically, and say on standard error what was written (or why not).
template<typename Collect, typename Write, typename Summary>
int writeExport(const QString &dataDir, std::FILE *err, Collect collect, Write write, Summary summary)
{
    const auto journal = openJournalForExport(dataDir, err);
    if (!journal)
        return Failure;
    const auto collected = collect(*journal);
    if (!collected.ok()) {
        writeLine(err, QStringLiteral("steadyline export: the journal could not be read. %1").arg(collected.error));
        return Failure;
    }
    QString error;
    if (!write(collected.value, &error)) {
        writeLine(err, QStringLiteral("steadyline export: %1").arg(error));
        return Failure;
    }
    writeLine(err, summary(collected.value));
    return Success;
}

int runExportCalls(const QStringList &arguments, QString dataDir, std::FILE *out, std::FILE *err)
{
    const QString command = QStringLiteral("export calls");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a report of the recorded calls, oldest first: when, channel, form of address, case reference, "
        "outcome, the playbook revision used, the timeline with times, notes and promises. Training calls are "
        "never included. The file is written atomically and is readable by you alone.\n"
        "DATE is a day (YYYY-MM-DD, local time; --until includes that day) or an ISO 8601 time "
        "(2026-11-23T09:00, 2026-11-23T09:00:00+01:00).\n"
        "Exit status: 0 written, 1 the journal could not be read or the file not written, 2 wrong usage."));
    const QCommandLineOption since(QStringLiteral("since"), QStringLiteral("Calls started at or after DATE."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption until(QStringLiteral("until"),
                                   QStringLiteral("Calls started before DATE (a day: up "
                                                  "to its end)."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("md (Markdown, the default), json (schemaVersion 1) or pdf (A4)."),
                                    QStringLiteral("FORMAT"), QStringLiteral("md"));
    const QCommandLineOption redact(QStringLiteral("redact"),
                                    QStringLiteral("Mask card numbers, IBANs, PESEL numbers, e-mail addresses and "
                                                   "phone numbers in every text."));
    const QCommandLineOption output(QStringLiteral("out"), QStringLiteral("The file to write."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption data(kDataDirOption, QStringLiteral("The journal's folder."), QStringLiteral("DIR"));
    parser.addOptions({since, until, format, redact, output, data});
    int exitCode = Success;
    if (!parseCommand(parser, arguments, command, out, err, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usageError(err, QStringLiteral("unexpected argument '%1'.").arg(parser.positionalArguments().first()),
                          command);
    const auto reportFormat = report::callReportFormatNamed(parser.value(format));
    if (!reportFormat)
        return usageError(err, QStringLiteral("--format must be md, json or pdf, not '%1'.").arg(parser.value(format)),
                          command);
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return usageError(err, QStringLiteral("name the file to write with --out FILE."), command);
    journal::CallReportOptions options;
    options.redact = parser.isSet(redact);
    for (const auto &[option, isUntil, target] :
         {std::tuple{&since, false, &options.since}, std::tuple{&until, true, &options.until}}) {
        if (!parser.isSet(*option))
            continue;
        const auto bound = parseBound(parser.value(*option), isUntil);
        if (!bound)
            return usageError(err,
                              QStringLiteral("--%1 takes a day (YYYY-MM-DD) or an ISO 8601 time "
                                             "(YYYY-MM-DDTHH:MM[:SS][+HH:MM]), not '%2'.")
                                  .arg(option->names().first(), parser.value(*option)),
                              command);
        *target = *bound;
    }
    if (options.since.isValid() && options.until.isValid() && options.until <= options.since)
        return usageError(err, QStringLiteral("--until must come after --since."), command);
    if (parser.isSet(data))
        dataDir = parser.value(data);

    return writeExport(
        dataDir, err, [&](journal::Journal &journal) { return journal::collectCallReport(journal, options); },
        [&](const auto &report, QString *error) {
            return report::writeCallReport(parser.value(output), *reportFormat, report, error);
        },
        [&](const auto &report) {
            return QStringLiteral("%1 call(s) written to %2%3")
                .arg(report.calls.size())
                .arg(parser.value(output), options.redact ? redactionLine(report.redactions) : QString());
        });
}

int runExportPromises(const QStringList &arguments, QString dataDir, std::FILE *out, std::FILE *err)
{
    const QString command = QStringLiteral("export promises");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes the promises made during calls (training calls excluded), by due time: as CSV (RFC 4180, UTF-8, a "
        "header row) or as iCalendar (RFC 5545, one task with its due time per promise), to import into a "
        "calendar. The file is written atomically and is readable by you alone.\n"
        "Exit status: 0 written, 1 the journal could not be read or the file not written, 2 wrong usage."));
    const QCommandLineOption status(QStringLiteral("status"),
                                    QStringLiteral("open (the default: not yet kept or cancelled) or all."),
                                    QStringLiteral("STATUS"), QStringLiteral("open"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("csv or ics."), QStringLiteral("FORMAT"));
    const QCommandLineOption redact(QStringLiteral("redact"),
                                    QStringLiteral("Mask card numbers, IBANs, PESEL numbers, e-mail addresses and "
                                                   "phone numbers in the promises' text and case references."));
    const QCommandLineOption output(QStringLiteral("out"), QStringLiteral("The file to write."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption data(kDataDirOption, QStringLiteral("The journal's folder."), QStringLiteral("DIR"));
    parser.addOptions({status, format, redact, output, data});
    int exitCode = Success;
    if (!parseCommand(parser, arguments, command, out, err, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usageError(err, QStringLiteral("unexpected argument '%1'.").arg(parser.positionalArguments().first()),
                          command);
    const QString statusName = parser.value(status).toLower();
    if (statusName != u"open" && statusName != u"all")
        return usageError(err, QStringLiteral("--status must be open or all, not '%1'.").arg(parser.value(status)),
                          command);
    if (!parser.isSet(format))
        return usageError(err, QStringLiteral("choose the format with --format csv or --format ics."), command);
    const auto promiseFormat = report::promiseFormatNamed(parser.value(format));
    if (!promiseFormat)
        return usageError(err, QStringLiteral("--format must be csv or ics, not '%1'.").arg(parser.value(format)),
                          command);
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return usageError(err, QStringLiteral("name the file to write with --out FILE."), command);
    if (parser.isSet(data))
        dataDir = parser.value(data);

    journal::PromiseExportOptions options;
    options.openOnly = statusName == u"open";
    options.redact = parser.isSet(redact);
    return writeExport(
        dataDir, err, [&](journal::Journal &journal) { return journal::collectPromises(journal, options); },
        [&](const auto &promises, QString *error) {
            return report::writePromises(parser.value(output), *promiseFormat, promises, error);
        },
        [&](const auto &promises) {
            return QStringLiteral("%1 %2 promise(s) written to %3%4")
                .arg(promises.promises.size())
                .arg(options.openOnly ? QStringLiteral("open") : QStringLiteral("(all)"), parser.value(output),
                     options.redact ? redactionLine(promises.redactions) : QString());
        });
}

// The forms the command table lists for export, one a line.
QString exportHelp()
{
    QString help;
    for (const CommandUsage &usage : findCommand(QStringLiteral("export"))->usages) {
        help += (help.isEmpty() ? QStringLiteral("Usage: ") : QStringLiteral("       ")) +
                QStringLiteral("steadyline [--data-dir DIR] ") + usage.synopsis + QLatin1Char('\n');
    }
    return help +
           QStringLiteral("\nRun 'steadyline export calls --help' or 'steadyline export promises --help' for the "
                          "options.\n");
}

} // namespace

int runExport(const Invocation &invocation)
{
    const QStringList &arguments = invocation.arguments;
    const QString &dataDir = invocation.dataDir;
    std::FILE *out = invocation.out;
    std::FILE *err = invocation.err;
    const QString what = arguments.value(0);
    if (what == u"calls")
        return runExportCalls(arguments.mid(1), dataDir, out, err);
    if (what == u"promises")
        return runExportPromises(arguments.mid(1), dataDir, out, err);
    if (what == u"--help" || what == u"-h" || what == u"help") {
        write(out, exportHelp());
        return Success;
    }
    writeLine(err, what.isEmpty()
                       ? QStringLiteral("steadyline export: say what to export: calls or promises.")
                       : QStringLiteral("steadyline export: cannot export '%1'; choose calls or promises.").arg(what));
    write(err, exportHelp());
    return UsageError;
}

} // namespace steadyline::cli
