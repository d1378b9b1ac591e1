// Export benchmark: 1,000 calls (each with 10 timeline events, 3 notes and a promise) exported to
// Markdown the way `steadyline export calls` does it: read from the journal, format, write the
// file atomically (QSaveFile, fsync, rename). Also JSON, --redact, and the promises as CSV and
// iCalendar. The journal is built once in a temporary folder. Prints a Markdown table of median
// and spread over repeated runs, next to the target.
#include "common/privatefile.h"
#include "journal/export.h"
#include "journal/journal.h"
#include "journal/timestamp.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

using namespace steadyline;
using namespace steadyline::journal;
using BenchClock = std::chrono::steady_clock;

namespace {

struct Figure
{
    double median = 0;
    double min = 0;
    double max = 0;
};

// Runs `work` `repetitions` times after one warm-up run and returns milliseconds per run.
Figure measure(int repetitions, const std::function<void()> &work)
{
    std::vector<double> samples;
    work();
    for (int i = 0; i < repetitions; ++i) {
        const auto start = BenchClock::now();
        work();
        samples.push_back(std::chrono::duration<double, std::milli>(BenchClock::now() - start).count());
    }
    std::sort(samples.begin(), samples.end());
    return {samples[samples.size() / 2], samples.front(), samples.back()};
}

void row(const char *what, const Figure &f, const char *target, bool met)
{
    std::printf("| %s | %.1f ms | %.1f – %.1f | %s | %s |\n", what, f.median, f.min, f.max, target,
                met ? "met" : "**missed**");
}

// Fills the journal at `file` through a second connection, in one transaction (the API commits
// each write durably, which would take minutes for this many rows and is measured elsewhere).
bool build(const QString &file, int calls)
{
    const QString name = QStringLiteral("bench-export-build");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        if (!db.open())
            return false;
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA synchronous = OFF"));
        q.exec(QStringLiteral("BEGIN"));
        QSqlQuery call(db);
        QSqlQuery event(db);
        QSqlQuery note(db);
        QSqlQuery promise(db);
        call.prepare(QStringLiteral(
            "INSERT INTO calls (started, started_ms, ended, channel, address, case_reference, playbook_id, "
            "playbook_revision, playbook_sha256, locale, outcome) VALUES (?, ?, ?, ?, ?, ?, 'aggressive-caller-pl', "
            "3, '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', 'pl', ?)"));
        event.prepare(
            QStringLiteral("INSERT INTO timeline (call_id, at, kind, step_id, detail) VALUES (?, ?, ?, ?, ?)"));
        note.prepare(QStringLiteral("INSERT INTO notes (call_id, at, text, tags) VALUES (?, ?, ?, ?)"));
        promise.prepare(QStringLiteral("INSERT INTO promises (call_id, at, text, case_reference, due, due_ms, status) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        const QStringList kinds{kTimelineStepEntered, kTimelineLineSaid, kTimelineCountdownStarted,
                                kTimelineCountdownExpired, kTimelineFinalAction};
        const QStringList outcomes{QStringLiteral("resolved"), QStringLiteral("ended_by_consultant"),
                                   QStringLiteral("escalated"), QStringLiteral("caller_hung_up")};
        const QStringList notes{
            QStringLiteral("Klient krzyczy, obraża konsultanta, grozi skargą do prezesa; zażółć gęślą jaźń"),
            QStringLiteral("Prosi o kontakt pod numerem +48 601 234 567 lub mailowo jan.kowalski@example.pl, "
                           "zamówienie 12345678 z 2026-11-23, kwota 60 zł"),
            QStringLiteral("Podał kartę 4111 1111 1111 1111 i konto PL61 1090 1014 0000 0712 1981 2874; PESEL "
                           "44051401359. Poinformowano o nagrywaniu rozmowy."),
        };
        const QDateTime first(QDate(2026, 1, 5), QTime(8, 0), QTimeZone(3600));
        for (int c = 1; c <= calls && ok; ++c) {
            const QDateTime started = first.addSecs(static_cast<qint64>(c) * 900);
            const QString reference = QStringLiteral("ZG-2026/%1").arg(c, 5, 10, QLatin1Char('0'));
            call.addBindValue(isoTimestamp(started));
            call.addBindValue(started.toMSecsSinceEpoch());
            call.addBindValue(isoTimestamp(started.addSecs(300)));
            call.addBindValue(c % 3 ? QStringLiteral("phone") : QStringLiteral("in_person"));
            call.addBindValue(c % 2 ? QStringLiteral("formal_female") : QStringLiteral("formal_male"));
            call.addBindValue(reference);
            call.addBindValue(outcomes[c % outcomes.size()]);
            ok = ok && call.exec();
            const qint64 callId = call.lastInsertId().toLongLong();
            for (int e = 0; e < 10; ++e) {
                event.addBindValue(callId);
                event.addBindValue(isoTimestamp(started.addSecs(e * 25)));
                event.addBindValue(kinds[e % kinds.size()]);
                event.addBindValue(QStringLiteral("step_%1").arg(e));
                event.addBindValue(e % kinds.size() == 1 ? QStringLiteral("Rozumiem, że jest Pan zdenerwowany. "
                                                                          "Chcę Panu pomóc.")
                                                         : QStringLiteral(""));
                ok = ok && event.exec();
            }
            for (int n = 0; n < notes.size(); ++n) {
                note.addBindValue(callId);
                note.addBindValue(isoTimestamp(started.addSecs(60 + n * 40)));
                note.addBindValue(notes[n]);
                note.addBindValue(n == 0 ? QStringLiteral("[\"insult\"]") : QStringLiteral("[]"));
                ok = ok && note.exec();
            }
            const QDateTime due = started.addDays(2);
            promise.addBindValue(callId);
            promise.addBindValue(isoTimestamp(started.addSecs(200)));
            promise.addBindValue(QStringLiteral("Oddzwonię z decyzją w sprawie reklamacji, najpóźniej pojutrze"));
            promise.addBindValue(reference);
            promise.addBindValue(isoTimestamp(due));
            promise.addBindValue(due.toMSecsSinceEpoch());
            promise.addBindValue(c % 4 ? QStringLiteral("open") : QStringLiteral("kept"));
            ok = ok && promise.exec();
        }
        for (const QSqlQuery *query : {&call, &event, &note, &promise}) {
            if (query->lastError().isValid())
                std::fprintf(stderr, "%s\n", qPrintable(query->lastError().text()));
        }
        ok = ok && q.exec(QStringLiteral("COMMIT"));
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn); // the journal's info lines would break the table
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int repetitions = quick ? 3 : 21;
    const int calls = 1000;

    QTemporaryDir folder;
    if (!folder.isValid()) {
        std::fprintf(stderr, "no temporary folder\n");
        return 1;
    }
    const QStorageInfo storage(folder.path());
    std::printf("Machine: %s, %s, %d logical cores; %s build; %d repetitions (median, min – max)\n",
                qPrintable(QSysInfo::prettyProductName()), qPrintable(QSysInfo::currentCpuArchitecture()),
                QThread::idealThreadCount(),
#ifdef NDEBUG
                "optimised",
#else
                "debug (figures are not representative)",
#endif
                repetitions);
    std::printf("Journal and exports in %s (%s on %s)\n", qPrintable(folder.path()),
                storage.fileSystemType().constData(), storage.device().constData());

    QString error;
    {
        auto created = Journal::open(folder.path(), &error);
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    if (!build(QDir(folder.path()).filePath(kJournalFileName), calls)) {
        std::fprintf(stderr, "building the data set failed\n");
        return 1;
    }
    auto journal = Journal::open(folder.path(), &error);
    if (!journal) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    int failures = 0;
    qint64 bytes = 0;
    std::size_t exported = 0;
    const QString out = QDir(folder.path()).filePath(QStringLiteral("export.out"));
    auto exportCalls = [&](bool redact, bool json) {
        CallReportOptions options;
        options.redact = redact;
        const auto report = collectCallReport(*journal, options);
        failures += report.ok() ? 0 : 1;
        exported = report.value.calls.size();
        const QByteArray content = json ? callReportJson(report.value) : callReportMarkdown(report.value);
        bytes = content.size();
        failures += writePrivateFile(out, content, &error) ? 0 : 1;
    };
    auto exportPromises = [&](bool ics) {
        const auto promises = collectPromises(*journal, {});
        failures += promises.ok() ? 0 : 1;
        const QByteArray content = ics ? promisesICalendar(promises.value) : promisesCsv(promises.value);
        bytes = content.size();
        failures += writePrivateFile(out, content, &error) ? 0 : 1;
    };

    std::printf("Data set: %d calls, %d timeline events, %d notes, %d promises\n\n", calls, calls * 10, calls * 3,
                calls);
    std::printf("| benchmark | median | spread | target | |\n|---|---|---|---|---|\n");
    const Figure markdown = measure(repetitions, [&] { exportCalls(false, false); });
    const QByteArray markdownLabel =
        QStringLiteral("export of 1,000 calls to Markdown (read, format, write atomically; %1 kB)")
            .arg(bytes / 1024)
            .toUtf8();
    row(markdownLabel.constData(), markdown, "< 1 s", markdown.median < 1000);
    failures += exported == static_cast<std::size_t>(calls) ? 0 : 1;
    const Figure redacted = measure(repetitions, [&] { exportCalls(true, false); });
    const QByteArray redactedLabel =
        QStringLiteral("the same with --redact (5 kinds of personal data in every call's notes; %1 kB)")
            .arg(bytes / 1024)
            .toUtf8();
    row(redactedLabel.constData(), redacted, "< 1 s", redacted.median < 1000);
    const Figure json = measure(repetitions, [&] { exportCalls(false, true); });
    const QByteArray jsonLabel = QStringLiteral("export of 1,000 calls to JSON (%1 kB)").arg(bytes / 1024).toUtf8();
    row(jsonLabel.constData(), json, "< 1 s", json.median < 1000);
    const Figure csv = measure(repetitions, [&] { exportPromises(false); });
    row("1,000 promises to CSV", csv, "—", true);
    const Figure ics = measure(repetitions, [&] { exportPromises(true); });
    row("1,000 promises to iCalendar", ics, "—", true);

    if (failures) {
        std::fprintf(stderr, "%d export operations failed: %s\n", failures, qPrintable(error));
        return 1;
    }
    return 0;
}
