// Journal benchmarks: a note committed durably (synchronous=FULL, one fsync per commit) and
// full-text search over 100,000 calls with 1,000,000 timeline events (1,000 calls with --quick).
// The data set is built once per run in a temporary folder; its file system is printed, because
// a durable commit costs what the disk's flush costs. Prints a Markdown table of median and
// spread over repeated runs, next to the target.
#include "benchsupport.h"
#include "journal/journal.h"
#include "journal/timestamp.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <random>
#include <vector>

using namespace steadyline;
using namespace steadyline::journal;
using namespace steadyline::bench;

namespace {

// Words for generated notes: syllables with Polish letters, so the tokenizer's folding is
// exercised as it is on real notes.
QStringList vocabulary(int size)
{
    const QStringList syllables{
        QStringLiteral("ka"), QStringLiteral("zo"), QStringLiteral("wie"), QStringLiteral("rzy"), QStringLiteral("ść"),
        QStringLiteral("łą"), QStringLiteral("mo"), QStringLiteral("pi"),  QStringLiteral("gę"),  QStringLiteral("no"),
        QStringLiteral("dź"), QStringLiteral("ta"), QStringLiteral("ró"),  QStringLiteral("sze"), QStringLiteral("ku"),
        QStringLiteral("le"), QStringLiteral("ża"), QStringLiteral("bi"),  QStringLiteral("cho"), QStringLiteral("ń"),
        QStringLiteral("wy"), QStringLiteral("fa"), QStringLiteral("ję"),  QStringLiteral("ło"),
    };
    QStringList words;
    const auto n = static_cast<int>(syllables.size());
    for (int i = 0; words.size() < size; ++i)
        words << syllables[i % n] + syllables[(i / n) % n] + syllables[(i / n / n) % n] + QStringLiteral("k");
    return words;
}

struct DataSet
{
    int calls = 0;
    int timelineEvents = 0;
    int notes = 0;
    double buildSeconds = 0;
};

// Fills the journal at `file` (already created by Journal::open) through a second connection, in
// one transaction: the triggers keep the search index as they do for single writes.
bool build(const QString &file, int calls, DataSet *out)
{
    QElapsedTimer timer;
    timer.start();
    const QString name = QStringLiteral("bench-journal-build");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        if (!db.open())
            return false;
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA synchronous = OFF"));
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        q.exec(QStringLiteral("BEGIN"));
        QSqlQuery call(db);
        QSqlQuery event(db);
        QSqlQuery note(db);
        QSqlQuery promise(db);
        call.prepare(QStringLiteral(
            "INSERT INTO calls (started, started_ms, ended, channel, address, case_reference, playbook_id, "
            "playbook_revision, playbook_sha256, locale, outcome) VALUES (?, ?, ?, 'phone', 'formal_female', ?, "
            "'aggressive-caller-pl', 3, 'abc', 'pl', ?)"));
        event.prepare(
            QStringLiteral("INSERT INTO timeline (call_id, at, kind, step_id, detail) VALUES (?, ?, ?, ?, '')"));
        note.prepare(QStringLiteral("INSERT INTO notes (call_id, at, text, tags) VALUES (?, ?, ?, ?)"));
        promise.prepare(QStringLiteral(
            "INSERT INTO promises (call_id, at, text, case_reference, due, due_ms) VALUES (?, ?, ?, ?, ?, ?)"));
        const QStringList words = vocabulary(5000);
        const QStringList kinds{kTimelineStepEntered, kTimelineLineSaid, kTimelineCountdownStarted,
                                kTimelineCountdownExpired, kTimelineFinalAction};
        const QStringList outcomes{QStringLiteral("resolved"), QStringLiteral("ended_by_consultant"),
                                   QStringLiteral("escalated"), QStringLiteral("caller_hung_up")};
        std::mt19937 random(20261123);
        std::uniform_int_distribution<int> pick(0, static_cast<int>(words.size()) - 1);
        const QDateTime first(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
        for (int c = 1; c <= calls && ok; ++c) {
            const QDateTime started = first.addSecs(static_cast<qint64>(c) * 300);
            const QString at = isoTimestamp(started);
            const QString reference = QStringLiteral("ZG-%1/%2").arg(2026).arg(c, 6, 10, QLatin1Char('0'));
            call.addBindValue(at);
            call.addBindValue(started.toMSecsSinceEpoch());
            call.addBindValue(isoTimestamp(started.addSecs(240)));
            call.addBindValue(reference);
            call.addBindValue(outcomes[c % outcomes.size()]);
            ok = ok && call.exec();
            const qint64 callId = call.lastInsertId().toLongLong();
            for (int e = 0; e < 10; ++e) {
                event.addBindValue(callId);
                event.addBindValue(isoTimestamp(started.addSecs(e * 20)));
                event.addBindValue(kinds[e % kinds.size()]);
                event.addBindValue(QStringLiteral("step_%1").arg(e));
                ok = ok && event.exec();
                ++out->timelineEvents;
            }
            for (int n = 0; n < 2; ++n) {
                QStringList text;
                for (int w = 0; w < 12; ++w)
                    text << words[pick(random)];
                if (n == 0 && c % 10 == 0)
                    text << QStringLiteral("klient"); // a common word: one call in ten
                if (n == 0 && c % 2000 == 1000)
                    text << QStringLiteral("zażółć"); // a rare word: one call in 2,000
                note.addBindValue(callId);
                note.addBindValue(isoTimestamp(started.addSecs(60 + n * 30)));
                note.addBindValue(text.join(QLatin1Char(' ')));
                note.addBindValue(n == 0 ? QStringLiteral("[\"insult\"]") : QStringLiteral("[]"));
                ok = ok && note.exec();
                ++out->notes;
            }
            if (c % 5 == 0) {
                const QDateTime due = started.addDays(2);
                promise.addBindValue(callId);
                promise.addBindValue(isoTimestamp(started.addSecs(120)));
                promise.addBindValue(QStringLiteral("Oddzwonię z decyzją w sprawie %1").arg(words[pick(random)]));
                promise.addBindValue(reference);
                promise.addBindValue(isoTimestamp(due));
                promise.addBindValue(due.toMSecsSinceEpoch());
                ok = ok && promise.exec();
            }
            ++out->calls;
        }
        if (!ok)
            std::fprintf(stderr, "building the data set failed\n");
        ok = ok && q.exec(QStringLiteral("COMMIT"));
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        q.exec(QStringLiteral("ANALYZE"));
    }
    QSqlDatabase::removeDatabase(name);
    out->buildSeconds = static_cast<double>(timer.elapsed()) / 1000.0;
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn); // the journal's info lines would break the table
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int repetitions = quick ? 3 : 21;
    const int calls = quick ? 1000 : 100000;

    // --data-dir DIR keeps the data set there and reuses it on the next run (building the full
    // one takes a minute); by default it lives in a temporary folder removed at the end.
    QTemporaryDir temporary;
    QString folder = temporary.path();
    if (const qsizetype at = app.arguments().indexOf(QStringLiteral("--data-dir")); at > 0) {
        folder = app.arguments().value(at + 1);
    } else if (!temporary.isValid()) {
        std::fprintf(stderr, "no temporary folder\n");
        return 1;
    }
    const QString file = QDir(folder).filePath(kJournalFileName);
    const bool reuse = folder != temporary.path() && QFileInfo::exists(file);
    QDir().mkpath(folder);
    const QStorageInfo storage(folder);
    std::printf("Machine: %s, %s, %d logical cores; %s build; %d repetitions (median, min – max)\n",
                qPrintable(QSysInfo::prettyProductName()), qPrintable(QSysInfo::currentCpuArchitecture()),
                QThread::idealThreadCount(),
#ifdef NDEBUG
                "optimised",
#else
                "debug (figures are not representative)",
#endif
                repetitions);
    std::printf("Journal in %s (%s on %s)\n", qPrintable(folder), storage.fileSystemType().constData(),
                storage.device().constData());

    QString error;
    DataSet data;
    if (reuse) {
        data.calls = calls;
        data.timelineEvents = calls * 10;
        data.notes = calls * 2;
        std::printf("Reusing the data set in %s (built by an earlier run with the same size)\n", qPrintable(folder));
    } else {
        {
            auto created = Journal::open(folder, &error);
            if (!created) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
        }
        if (!build(file, calls, &data))
            return 1;
    }
    const qint64 bytes = QFileInfo(file).size();
    std::printf("Data set: %d calls, %d timeline events, %d notes; %.1f MB; built in %.1f s\n\n", data.calls,
                data.timelineEvents, data.notes, static_cast<double>(bytes) / 1e6, data.buildSeconds);
    std::printf("| benchmark | median | spread | target | |\n|---|---|---|---|---|\n");

    QElapsedTimer opening;
    opening.start();
    auto journal = Journal::open(folder, &error);
    const double openMs = static_cast<double>(opening.nsecsElapsed()) / 1e6;
    if (!journal) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    int failures = 0;

    const WriteResult call = journal->beginCall(CallStart{});
    failures += call.ok ? 0 : 1;
    int noteNumber = 0;
    const Figure note = measure(quick ? 5 : 201, [&] {
        const WriteResult written =
            journal->addNote(call.id, QStringLiteral("Rozmówca grozi skargą, notatka %1: gęślą jaźń").arg(++noteNumber),
                             {QStringLiteral("threat")});
        failures += written.ok ? 0 : 1;
    });
    row("a note committed durably (synchronous=FULL, search index updated)", note, "ms", "< 5 ms", note.median < 5);

    const QByteArray scale = QStringLiteral("%1 calls, %2 timeline events")
                                 .arg(QLocale(QLocale::English).toString(data.calls),
                                      QLocale(QLocale::English).toString(data.timelineEvents))
                                 .toUtf8();
    struct Search
    {
        const char *label;
        QString text;
        int expectedAtLeast;
    };
    const std::vector<Search> searches{
        {"a rare word with diacritics (\"zażółć\", 1 call in 2,000)", QStringLiteral("zażółć"), 1},
        {"a common word (\"klient\", 1 call in 10), newest 500", QStringLiteral("klient"), 100},
        {"a case reference (\"ZG-2026/000420\")", QStringLiteral("ZG-2026/000420"), 1},
        {"two words, both required (\"klient insult\")", QStringLiteral("klient insult"), 100},
    };
    for (const Search &s : searches) {
        CallQuery query;
        query.text = s.text;
        std::size_t found = 0;
        const Figure figure = measure(repetitions * 2, [&] {
            const auto result = journal->calls(query);
            failures += result.ok() ? 0 : 1;
            found = result.value.size();
        });
        const int expected = quick ? std::min(s.expectedAtLeast, 1) : s.expectedAtLeast;
        failures += static_cast<int>(found) >= expected ? 0 : 1;
        const QByteArray label = QStringLiteral("search, %1: %2 → %3 found")
                                     .arg(QString::fromUtf8(scale), QString::fromUtf8(s.label))
                                     .arg(found)
                                     .toUtf8();
        row(label.constData(), figure, "ms", "< 20 ms", figure.median < 20);
    }
    std::printf("\nOpening this journal (quick_check of %.1f MB, once at start): %.0f ms\n",
                static_cast<double>(bytes) / 1e6, openMs);

    if (failures) {
        std::fprintf(stderr, "%d journal operations failed or found too little\n", failures);
        return 1;
    }
    return 0;
}
