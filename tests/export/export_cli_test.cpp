// `steadyline export` run as a team lead's script would: the real binary, no display, a journal
// in a temporary folder named with --data-dir (or found through XDG_DATA_HOME).
#include "commandline.h"
#include "exportfixture.h"

#include "catch_qt.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace steadyline::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

struct CliFixture
{
    QTemporaryDir home; // XDG_DATA_HOME of the child: never the user's real data
    QTemporaryDir data;
    QTemporaryDir out;
    ExportFixture ids;

    CliFixture()
    {
        REQUIRE(home.isValid());
        REQUIRE(data.isValid());
        REQUIRE(out.isValid());
        ids = buildExportFixture(data.path());
    }

    Run run(const QStringList &arguments, const QString &xdgDataHome = {}) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // The command-line tools must not need a display.
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), xdgDataHome.isEmpty() ? home.path() : xdgDataHome);
        environment.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Warsaw")); // "YYYY-MM-DD" is local
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(STEADYLINE_BINARY), arguments);
        REQUIRE(process.waitForFinished(30000));
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    [[nodiscard]] QString outPath(const char *name) const { return out.filePath(QString::fromLatin1(name)); }
};

QString readText(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

int modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 07777);
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

std::vector<qint64> callIds(const QJsonObject &report)
{
    std::vector<qint64> ids;
    for (const auto &call : report.value(QStringLiteral("calls")).toArray())
        ids.push_back(call.toObject().value(QStringLiteral("id")).toInteger());
    return ids;
}

} // namespace

TEST_CASE("export calls writes a private Markdown report of the journal named by --data-dir", "[export][cli]")
{
    CliFixture f;
    const QString md = f.outPath("report.md");
    const Run run = f.run({QStringLiteral("--data-dir"), f.data.path(), QStringLiteral("export"),
                           QStringLiteral("calls"), QStringLiteral("--out"), md});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QStringLiteral("3 call(s) written to ") + md));
    CHECK(modeOf(md) == 0600);
    const QString text = readText(md);
    CHECK(text.startsWith(QStringLiteral("# Steadyline call report")));
    CHECK(text.contains(kPolishNote));
    CHECK(text.contains(QStringLiteral("Zákazník vyhrožoval, že přijde znovu")));
    CHECK(text.contains(QStringLiteral("Клиент угрожал жалобой в суд")));
    CHECK_FALSE(text.contains(kTrainingMarker));
    CHECK(text.contains(QStringLiteral("- **Started:** 2026-11-23 09:15:02 +01:00")));
}

TEST_CASE("export calls --format json with a period, and --data-dir after the command works too", "[export][cli]")
{
    CliFixture f;
    const QString json = f.outPath("report.json");
    // A day given to --until includes that day; the training call on the 24th stays out.
    Run run = f.run({QStringLiteral("export"), QStringLiteral("calls"), QStringLiteral("--data-dir"), f.data.path(),
                     QStringLiteral("--since"), QStringLiteral("2026-11-24"), QStringLiteral("--until"),
                     QStringLiteral("2026-11-24"), QStringLiteral("--format"), QStringLiteral("json"),
                     QStringLiteral("--out"), json});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QJsonObject report = readJson(json);
    CHECK(report.value(QStringLiteral("schemaVersion")).toInt() == 1);
    CHECK(callIds(report) == std::vector<qint64>{f.ids.czechCall});
    CHECK(report.value(QStringLiteral("period")).toObject().value(QStringLiteral("since")).toString() ==
          QStringLiteral("2026-11-24T00:00:00.000+01:00"));
    CHECK(report.value(QStringLiteral("period")).toObject().value(QStringLiteral("until")).toString() ==
          QStringLiteral("2026-11-25T00:00:00.000+01:00"));

    // Full ISO 8601 times, with and without an offset.
    run = f.run({QStringLiteral("--data-dir=") + f.data.path(), QStringLiteral("export"), QStringLiteral("calls"),
                 QStringLiteral("--since"), QStringLiteral("2026-11-23T09:15:03"), QStringLiteral("--format"),
                 QStringLiteral("json"), QStringLiteral("--out"), json});
    REQUIRE(run.exitCode == 0);
    CHECK(callIds(readJson(json)) == std::vector<qint64>{f.ids.czechCall, f.ids.russianCall});
    run = f.run({QStringLiteral("--data-dir"), f.data.path(), QStringLiteral("export"), QStringLiteral("calls"),
                 QStringLiteral("--until"), QStringLiteral("2026-11-23T08:15:03Z"), QStringLiteral("--format"),
                 QStringLiteral("json"), QStringLiteral("--out"), json});
    REQUIRE(run.exitCode == 0);
    CHECK(callIds(readJson(json)) == std::vector<qint64>{f.ids.polishCall});
    run = f.run({QStringLiteral("--data-dir"), f.data.path(), QStringLiteral("export"), QStringLiteral("calls"),
                 QStringLiteral("--since"), QStringLiteral("2026-11-25T18:30:00.000+01:00"), QStringLiteral("--format"),
                 QStringLiteral("json"), QStringLiteral("--out"), json});
    REQUIRE(run.exitCode == 0);
    CHECK(callIds(readJson(json)) == std::vector<qint64>{f.ids.russianCall});
}

TEST_CASE("export calls --redact masks personal data in the file", "[export][cli][redact]")
{
    CliFixture f;
    const QString md = f.outPath("redacted.md");
    const Run run = f.run({QStringLiteral("--data-dir"), f.data.path(), QStringLiteral("export"),
                           QStringLiteral("calls"), QStringLiteral("--redact"), QStringLiteral("--out"), md});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.contains(QStringLiteral("8 item(s) of personal data masked")));
    const QString text = readText(md);
    for (const char *secret :
         {"601 234 567", "jan.kowalski@example.pl", "4111 1111 1111 1111", "PL61 1090", "44051401359", "CZ65"}) {
        INFO(secret);
        CHECK_FALSE(text.contains(QString::fromUtf8(secret)));
    }
    CHECK(text.contains(QStringLiteral("zamówienie 12345678 z 2026-11-23 o 12:00, 60 zł")));
}

TEST_CASE("Without --data-dir the journal is looked for in the user's data folder", "[export][cli]")
{
    CliFixture f;
    QTemporaryDir xdg;
    // QStandardPaths' AppDataLocation for organisation "Steadyline", application "steadyline".
    const QString folder = xdg.filePath(QStringLiteral("Steadyline/steadyline"));
    REQUIRE(QDir().mkpath(folder));
    const ExportFixture ids = buildExportFixture(folder);
    const QString md = f.outPath("default.md");
    Run run = f.run({QStringLiteral("export"), QStringLiteral("calls"), QStringLiteral("--out"), md}, xdg.path());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(readText(md).contains(QStringLiteral("## Call %1 ·").arg(ids.russianCall)));

    // An empty data folder: a clear error, and no journal is created by exporting.
    QTemporaryDir empty;
    run = f.run({QStringLiteral("export"), QStringLiteral("calls"), QStringLiteral("--out"), md}, empty.path());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("there is no journal in ") + empty.path() +
                           QStringLiteral("/Steadyline/steadyline")));
    CHECK_FALSE(QFileInfo::exists(empty.filePath(QStringLiteral("Steadyline"))));
    const QString missing = f.data.filePath(QStringLiteral("nowhere"));
    run = f.run({QStringLiteral("--data-dir"), missing, QStringLiteral("export"), QStringLiteral("promises"),
                 QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), md});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("--data-dir DIR")));
    CHECK_FALSE(QFileInfo::exists(missing));
}

TEST_CASE("export promises writes CSV and iCalendar, open by default or all", "[export][cli][promises]")
{
    CliFixture f;
    const QString csv = f.outPath("promises.csv");
    Run run = f.run({QStringLiteral("--data-dir"), f.data.path(), QStringLiteral("export"), QStringLiteral("promises"),
                     QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.contains(QStringLiteral("3 open promise(s) written to ")));
    CHECK(modeOf(csv) == 0600);
    QString text = readText(csv);
    CHECK(text.startsWith(QStringLiteral("id,created,due,status,kept_at,case_reference,text,call_id\r\n")));
    CHECK(text.count(QStringLiteral(",open,")) == 3);
    CHECK_FALSE(text.contains(QStringLiteral(",kept,")));

    run = f.run({QStringLiteral("--data-dir"), f.data.path(), QStringLiteral("export"), QStringLiteral("promises"),
                 QStringLiteral("--status"), QStringLiteral("all"), QStringLiteral("--format"), QStringLiteral("csv"),
                 QStringLiteral("--out"), csv});
    REQUIRE(run.exitCode == 0);
    text = readText(csv);
    CHECK(text.contains(QStringLiteral(",kept,")));
    CHECK(text.contains(QStringLiteral(",cancelled,")));
    CHECK(text.contains(kPromiseRussianText));
    CHECK_FALSE(text.contains(kTrainingMarker));

    const QString ics = f.outPath("promises.ics");
    run = f.run({QStringLiteral("--data-dir"), f.data.path(), QStringLiteral("export"), QStringLiteral("promises"),
                 QStringLiteral("--status"), QStringLiteral("all"), QStringLiteral("--format"), QStringLiteral("ics"),
                 QStringLiteral("--redact"), QStringLiteral("--out"), ics});
    REQUIRE(run.exitCode == 0);
    CHECK(modeOf(ics) == 0600);
    text = readText(ics);
    CHECK(text.startsWith(QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")));
    CHECK(text.count(QStringLiteral("BEGIN:VTODO")) == 5);
    CHECK(text.contains(QStringLiteral("DUE:20261125T110000Z")));
    CHECK(text.contains(QStringLiteral("Wyślę potwierdzenie na [e-mail]")));
    CHECK_FALSE(text.contains(QStringLiteral("jan.kowalski@example.pl")));
}

TEST_CASE("An export replaces an existing file atomically and makes it private", "[export][cli][file]")
{
    CliFixture f;
    const QString csv = f.outPath("shared.csv");
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("old content\n");
    }
    REQUIRE(::chmod(QFile::encodeName(csv).constData(), 0644) == 0);
    const Run run =
        f.run({QStringLiteral("--data-dir"), f.data.path(), QStringLiteral("export"), QStringLiteral("promises"),
               QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv});
    REQUIRE(run.exitCode == 0);
    CHECK(modeOf(csv) == 0600);
    CHECK(readText(csv).startsWith(QStringLiteral("id,created")));
    CHECK(QDir(f.out.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("shared.csv")});
}

TEST_CASE("export calls --format pdf needs no display and replaces a file privately", "[export][cli][pdf]")
{
    // What the PDF says is read back with pdftotext by check_exports.py.
    CliFixture f;
    const QString pdf = f.outPath("report.pdf");
    {
        QFile file(pdf);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("old content\n");
    }
    REQUIRE(::chmod(QFile::encodeName(pdf).constData(), 0644) == 0);
    for (const QStringList &format : {QStringList{QStringLiteral("--format"), QStringLiteral("pdf")},
                                      QStringList{QStringLiteral("--format=PDF")}}) {
        INFO(format.join(QLatin1Char(' ')).toStdString());
        const Run run = f.run(QStringList{QStringLiteral("--data-dir"), f.data.path(), QStringLiteral("export"),
                                          QStringLiteral("calls"), QStringLiteral("--out"), pdf} +
                              format);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.err.contains(QStringLiteral("3 call(s) written to ") + pdf));
        CHECK(modeOf(pdf) == 0600);
        QFile file(pdf);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        CHECK(bytes.startsWith("%PDF-"));
        CHECK(bytes.trimmed().endsWith("%%EOF"));
        CHECK(QDir(f.out.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("report.pdf")});
    }
}

TEST_CASE("An unwritable --out is a clear error with exit status 1", "[export][cli][errors]")
{
    CliFixture f;
    const QString blocker = f.outPath("a-file");
    {
        QFile file(blocker);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    for (const QString &target :
         {blocker + QStringLiteral("/report.md"), f.outPath("no/such/folder/report.md"), f.out.path()}) {
        INFO(target.toStdString());
        const Run run = f.run({QStringLiteral("--data-dir"), f.data.path(), QStringLiteral("export"),
                               QStringLiteral("calls"), QStringLiteral("--out"), target});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.startsWith(QStringLiteral("steadyline export: Cannot write ") + target));
    }
}

TEST_CASE("Wrong usage of export exits with 2 and says what is wrong", "[export][cli][errors]")
{
    CliFixture f;
    const QString out = f.outPath("x");
    const QString dir = f.data.path();
    struct Case
    {
        QStringList arguments;
        QString message;
    };
    const std::vector<Case> cases{
        {{QStringLiteral("export")}, QStringLiteral("say what to export")},
        {{QStringLiteral("export"), QStringLiteral("notes")}, QStringLiteral("cannot export 'notes'")},
        {{QStringLiteral("export"), QStringLiteral("calls")}, QStringLiteral("--out FILE")},
        {{QStringLiteral("export"), QStringLiteral("calls"), QStringLiteral("--format"), QStringLiteral("docx"),
          QStringLiteral("--out"), out},
         QStringLiteral("--format must be md, json or pdf")},
        {{QStringLiteral("export"), QStringLiteral("calls"), QStringLiteral("--since"), QStringLiteral("23.11.2026"),
          QStringLiteral("--out"), out},
         QStringLiteral("--since takes a day")},
        {{QStringLiteral("export"), QStringLiteral("calls"), QStringLiteral("--until"), QStringLiteral("2026-02-30"),
          QStringLiteral("--out"), out},
         QStringLiteral("--until takes a day")},
        {{QStringLiteral("export"), QStringLiteral("calls"), QStringLiteral("--since"), QStringLiteral("2026-11-25"),
          QStringLiteral("--until"), QStringLiteral("2026-11-23"), QStringLiteral("--out"), out},
         QStringLiteral("--until must come after --since")},
        {{QStringLiteral("export"), QStringLiteral("calls"), QStringLiteral("extra"), QStringLiteral("--out"), out},
         QStringLiteral("unexpected argument 'extra'")},
        {{QStringLiteral("export"), QStringLiteral("promises"), QStringLiteral("--out"), out},
         QStringLiteral("--format csv or --format ics")},
        {{QStringLiteral("export"), QStringLiteral("promises"), QStringLiteral("--format"), QStringLiteral("md"),
          QStringLiteral("--out"), out},
         QStringLiteral("--format must be csv or ics")},
        {{QStringLiteral("export"), QStringLiteral("promises"), QStringLiteral("--status"), QStringLiteral("kept"),
          QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out},
         QStringLiteral("--status must be open or all")},
        {{QStringLiteral("export"), QStringLiteral("calls"), QStringLiteral("--bogus")},
         QStringLiteral("Unknown option 'bogus'")},
    };
    for (const Case &c : cases) {
        QStringList arguments{QStringLiteral("--data-dir"), dir};
        arguments << c.arguments;
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const Run run = f.run(arguments);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(c.message));
        CHECK_FALSE(QFileInfo::exists(out));
    }
    const Run missingDir = f.run({QStringLiteral("--data-dir")});
    CHECK(missingDir.exitCode == 2);
    CHECK(missingDir.err.contains(QStringLiteral("--data-dir needs a folder")));
}

TEST_CASE("export --help and each export's --help describe the options", "[export][cli]")
{
    CliFixture f;
    Run run = f.run({QStringLiteral("help")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("export calls [--since DATE]")));
    CHECK(run.out.contains(QStringLiteral("--data-dir DIR")));
    run = f.run({QStringLiteral("export"), QStringLiteral("calls"), QStringLiteral("--help")});
    CHECK(run.exitCode == 0);
    for (const char *option : {"--since", "--until", "--format", "--redact", "--out", "--data-dir"})
        CHECK(run.out.contains(QString::fromLatin1(option)));
    run = f.run({QStringLiteral("export"), QStringLiteral("promises"), QStringLiteral("--help")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("--status")));
}

TEST_CASE("A lone --data-dir starts the window, with a command it is the command line", "[export][cli]")
{
    using steadyline::cli::isCommandLineInvocation;
    CHECK_FALSE(isCommandLineInvocation({QStringLiteral("--data-dir"), QStringLiteral("/tmp/x")}));
    CHECK_FALSE(isCommandLineInvocation({QStringLiteral("--data-dir=/tmp/x")}));
    CHECK(isCommandLineInvocation({QStringLiteral("--data-dir"), QStringLiteral("/tmp/x"), QStringLiteral("export")}));
    CHECK(isCommandLineInvocation({QStringLiteral("--data-dir=/tmp/x"), QStringLiteral("validate")}));
    CHECK(isCommandLineInvocation({QStringLiteral("export"), QStringLiteral("calls")}));
    CHECK_FALSE(isCommandLineInvocation({}));
}

TEST_CASE("export on a damaged journal fails and leaves the journal where it is (review M10)",
          "[export][cli][errors][security]")
{
    CliFixture f;
    const QString file = QDir(f.data.path()).filePath(QStringLiteral("journal.sqlite"));
    // Damage a b-tree page in the middle of the file, as a failing disk would.
    {
        QFile journal(file);
        REQUIRE(journal.open(QIODevice::ReadWrite));
        REQUIRE(journal.size() > 3 * 4096);
        REQUIRE(journal.seek(2 * 4096));
        REQUIRE(journal.write(QByteArray(4096, '\x5a')) == 4096);
    }
    const QByteArray damaged = [&] {
        QFile journal(file);
        REQUIRE(journal.open(QIODevice::ReadOnly));
        return journal.readAll();
    }();
    const Run run = f.run({QStringLiteral("--data-dir"), f.data.path(), QStringLiteral("export"),
                           QStringLiteral("calls"), QStringLiteral("--out"), f.outPath("report.md")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("damaged")));
    CHECK_FALSE(QFileInfo::exists(f.outPath("report.md")));
    // Nothing moved aside, nothing new made: the damaged file is as it was, for the window to recover.
    CHECK(QDir(f.data.path()).entryList({QStringLiteral("journal.sqlite.corrupt-*")}, QDir::Files).isEmpty());
    QFile after(file);
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() == damaged);
}
