#pragma once

// The journal every export test reads: three real calls in Polish, Czech and Russian (one still
// open), a training call that must never be exported, and promises of each status. Shared by the
// unit tests, the CLI tests and export_fixture (which builds it for check_exports.py), so the
// Python checks and the C++ ones expect the same things.
#include "journal/journal.h"

#include <QTimeZone>

#include <stdexcept>

namespace steadyline::test {

// Every time in the fixture is Warsaw winter time.
inline const QTimeZone kFixtureZone(3600);

inline QDateTime fixtureTime(int day, int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute, second, ms), kFixtureZone);
}

struct ExportFixture
{
    qint64 polishCall = 0;   // 23 Nov 09:15, escalated; two promises (open, kept)
    qint64 czechCall = 0;    // 24 Nov 14:00, resolved; one promise (cancelled)
    qint64 trainingCall = 0; // 24 Nov 16:00, training: never exported
    qint64 russianCall = 0;  // 25 Nov 18:30, still open; two promises (open, one without a due time)
    qint64 promiseOpen = 0;
    qint64 promiseKept = 0;
    qint64 promiseCancelled = 0;
    qint64 promiseRussian = 0;
    qint64 promiseNoDue = 0;
    qint64 promiseTraining = 0;
};

// Texts the checks look for.
inline const QString kPolishNote = QStringLiteral("Klient krzyczy, obraża konsultanta; zażółć gęślą jaźń");
inline const QString kPersonalNote = QStringLiteral(
    "Oddzwonić na +48 601 234 567 albo 22 123 45 67, e-mail jan.kowalski@example.pl, karta 4111 1111 1111 1111, "
    "konto PL61 1090 1014 0000 0712 1981 2874, PESEL 44051401359; zamówienie 12345678 z 2026-11-23 o 12:00, 60 zł");
inline const QString kMarkdownNote = QStringLiteral("*Pilne* <b>uwaga</b>\n- nie wysyłać pisma\n1. najpierw telefon");
inline const QString kPromiseOpenText =
    QStringLiteral("Oddzwonię z decyzją, do 25 listopada; sprawdzę wniosek \\ skargę \"pilną\"");
inline const QString kPromiseKeptText = QStringLiteral("Wyślę potwierdzenie na jan.kowalski@example.pl");
inline const QString kPromiseCancelledText = QStringLiteral("Zavolám zpět zítra, řeknu výsledek");
inline const QString kPromiseRussianText =
    QStringLiteral("Перезвоню клиенту с ответом юридического отдела по жалобе и уточню сроки рассмотрения заявления");
inline const QString kPromiseNoDueText = QStringLiteral("Sprawdzić nagranie rozmowy\nz działem jakości");
inline const QString kTrainingMarker = QStringLiteral("TRAINING-ONLY");

inline void fixtureCheck(bool ok, const char *what)
{
    if (!ok)
        throw std::runtime_error(std::string("building the export fixture failed: ") + what);
}

// Builds the fixture in `dataDir` (which must hold no journal yet) and closes the journal.
inline ExportFixture buildExportFixture(const QString &dataDir)
{
    ExportFixture f;
    ManualClock clock(fixtureTime(23, 9, 15, 2, 123));
    QString error;
    auto journal = journal::Journal::open(dataDir, &error, clock);
    fixtureCheck(journal != nullptr, "open");
    auto ok = [](const journal::WriteResult &result, const char *what) {
        fixtureCheck(result.ok, what);
        return result.id;
    };
    using std::chrono::milliseconds;

    // 1. Polish, escalated.
    journal::CallStart start;
    start.channel = Channel::Phone;
    start.address = FormOfAddress::FormalFemale;
    start.caseReference = QStringLiteral("ZG-2026/0042");
    start.playbookId = QStringLiteral("aggressive-caller-pl");
    start.revision = 3;
    start.sha256 = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    start.locale = QStringLiteral("pl");
    f.polishCall = ok(journal->beginCall(start), "polish call");
    clock.advance(milliseconds(1500));
    ok(journal->addTimelineEvent(f.polishCall, journal::kTimelineStepEntered, QStringLiteral("calm_down")), "step");
    clock.advance(milliseconds(2000));
    ok(journal->addTimelineEvent(f.polishCall, journal::kTimelineLineSaid, QStringLiteral("calm_down"),
                                 QStringLiteral("Jestem tu po to, aby Pani pomóc.")),
       "line");
    clock.advance(milliseconds(5000));
    ok(journal->addTimelineEvent(f.polishCall, journal::kTimelineCountdownStarted, QStringLiteral("warning"),
                                 QStringLiteral("60 s")),
       "countdown");
    clock.advance(milliseconds(4000));
    ok(journal->addNote(f.polishCall, kPolishNote, {QStringLiteral("insult")}), "note");
    clock.advance(milliseconds(3000));
    ok(journal->addNote(f.polishCall, kPersonalNote), "personal note");
    clock.advance(milliseconds(3000));
    ok(journal->addNote(f.polishCall, kMarkdownNote, {QStringLiteral("asked for manager")}), "markdown note");
    clock.advance(milliseconds(20000));
    f.promiseOpen =
        ok(journal->addPromise(f.polishCall, kPromiseOpenText, QStringLiteral("ZG-2026/0042"), fixtureTime(25, 12, 0)),
           "open promise");
    clock.advance(milliseconds(1000));
    f.promiseKept =
        ok(journal->addPromise(f.polishCall, kPromiseKeptText, QStringLiteral("ZG-2026/0042"), fixtureTime(24, 10, 0)),
           "kept promise");
    clock.advance(milliseconds(200000));
    ok(journal->addTimelineEvent(f.polishCall, journal::kTimelineFinalAction, QStringLiteral("escalate"),
                                 QStringLiteral("notify_supervisor")),
       "final");
    ok(journal->endCall(f.polishCall, CallOutcome::Escalated), "end polish");
    // Kept the next morning.
    clock.setWall(fixtureTime(24, 9, 40));
    ok(journal->setPromiseStatus(f.promiseKept, journal::PromiseStatus::Kept), "keep");

    // 2. Czech, in person, resolved.
    clock.setWall(fixtureTime(24, 14, 0, 0, 500));
    start.channel = Channel::InPerson;
    start.address = FormOfAddress::FormalMale;
    start.caseReference = QStringLiteral("CZ-7781");
    start.playbookId = QStringLiteral("aggressive-caller-cs");
    start.revision = 2;
    start.sha256 = QStringLiteral("2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae");
    start.locale = QStringLiteral("cs");
    f.czechCall = ok(journal->beginCall(start), "czech call");
    clock.advance(milliseconds(30000));
    ok(journal->addNote(f.czechCall, QStringLiteral("Zákazník vyhrožoval, že přijde znovu; účet CZ65 0800 0000 1920 "
                                                    "0014 5399")),
       "czech note");
    f.promiseCancelled =
        ok(journal->addPromise(f.czechCall, kPromiseCancelledText, QStringLiteral("CZ-7781"), fixtureTime(25, 9, 0)),
           "cancelled promise");
    clock.advance(milliseconds(60000));
    ok(journal->setPromiseStatus(f.promiseCancelled, journal::PromiseStatus::Cancelled), "cancel");
    ok(journal->endCall(f.czechCall, CallOutcome::Resolved), "end czech");

    // 3. Training: must never appear.
    clock.setWall(fixtureTime(24, 16, 0));
    journal::CallStart training = start;
    training.training = true;
    training.caseReference = kTrainingMarker + QStringLiteral("-CASE");
    f.trainingCall = ok(journal->beginCall(training), "training call");
    ok(journal->addNote(f.trainingCall, kTrainingMarker + QStringLiteral(" note")), "training note");
    f.promiseTraining = ok(journal->addPromise(f.trainingCall, kTrainingMarker + QStringLiteral(" promise"),
                                               kTrainingMarker, fixtureTime(26, 9, 0)),
                           "training promise");
    clock.advance(milliseconds(60000));
    ok(journal->endCall(f.trainingCall, CallOutcome::Resolved), "end training");

    // 4. Russian, still open.
    clock.setWall(fixtureTime(25, 18, 30));
    start.channel = Channel::Phone;
    start.address = FormOfAddress::FormalMale;
    start.caseReference = QStringLiteral("RU-15");
    start.playbookId = QStringLiteral("aggressive-caller-ru");
    start.revision = 1;
    start.sha256 = QStringLiteral("fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9");
    start.locale = QStringLiteral("ru");
    f.russianCall = ok(journal->beginCall(start), "russian call");
    clock.advance(milliseconds(10000));
    ok(journal->addNote(f.russianCall, QStringLiteral("Клиент угрожал жалобой в суд")), "russian note");
    f.promiseRussian =
        ok(journal->addPromise(f.russianCall, kPromiseRussianText, QStringLiteral("RU-15"), fixtureTime(27, 16, 45)),
           "russian promise");
    f.promiseNoDue = ok(journal->addPromise(f.russianCall, kPromiseNoDueText, QString(), QDateTime()), "no due");
    return f;
}

} // namespace steadyline::test
