// `steadyline i18n-status` and the `translatedFrom` records, through the real binary.
#include "catch_qt.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run steadyline(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(QStringLiteral(STEADYLINE_SOURCE_DIR));
    process.start(QStringLiteral(STEADYLINE_BINARY), arguments);
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Polish base, English translation: the title and both lines are translated, the step title is not.
const char *const kPlaybook = R"({
  "schemaVersion": 1,
  "id": "mini",
  "revision": 1,
  "baseLocale": "pl",
  "locales": ["pl", "en"],
  "title": { "pl": "Krótki", "en": "Short" },
  "initialStep": "only",
  "events": [],
  "steps": [
    {
      "id": "only",
      "label": "1",
      "title": "Krok",
      "say": [
        { "pl": "Jestem tu po to, aby pomóc.", "en": "I am here to help." },
        { "pl": "Proszę mówić.", "en": "Please go on." }
      ],
      "final": true,
      "actions": [{ "type": "end_call", "outcome": "resolved" }]
    }
  ]
}
)";

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(data) == data.size());
}

// The counts of one locale of the only file in a --json report.
QJsonObject localeCounts(const Run &run, const QString &locale)
{
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8());
    REQUIRE(document.isArray());
    REQUIRE(document.array().size() == 1);
    for (const QJsonValue &value : document.array().first().toObject().value(QStringLiteral("locales")).toArray()) {
        if (value.toObject().value(QStringLiteral("locale")).toString() == locale)
            return value.toObject();
    }
    FAIL("no such locale in the report");
    return {};
}

int count(const QJsonObject &counts, const char *what)
{
    return counts.value(QString::fromLatin1(what)).toInt(-1);
}

// Line and column (1-based) of the first `needle` on the line that contains `lineMarker`.
std::pair<int, int> positionOf(const QByteArray &file, const QString &lineMarker, const QString &needle)
{
    const QStringList lines = QString::fromUtf8(file).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].contains(lineMarker))
            return {static_cast<int>(i + 1), static_cast<int>(lines[i].indexOf(needle) + 1)};
    }
    return {0, 0};
}

} // namespace

TEST_CASE("i18n-status counts translated, missing and untracked texts per locale", "[cli][i18n]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("mini.json"));
    writeAll(file, kPlaybook);

    const Run table = steadyline({QStringLiteral("i18n-status"), file});
    INFO(table.err.toStdString());
    CHECK(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("mini, revision 1, base locale pl, 4 text(s)")));
    CHECK(table.out.contains(QStringLiteral("locale  translated  stale  missing  untracked")));
    CHECK(table.out.contains(QStringLiteral("  en               0      0        1          3\n")));

    const QJsonObject en =
        localeCounts(steadyline({QStringLiteral("i18n-status"), QStringLiteral("--json"), file}), QStringLiteral("en"));
    CHECK(count(en, "translated") == 0);
    CHECK(count(en, "stale") == 0);
    CHECK(count(en, "missing") == 1);
    CHECK(count(en, "untracked") == 3);
    CHECK(en.value(QStringLiteral("missingKeys")).toArray().first().toString() == QStringLiteral("steps.only.title"));

    const Run listed = steadyline({QStringLiteral("i18n-status"), QStringLiteral("--list"), file});
    CHECK(listed.out.contains(QStringLiteral("    missing: steps.only.title\n")));
    CHECK(listed.out.contains(QStringLiteral("    untracked: title, steps.only.say.0, steps.only.say.1\n")));
}

TEST_CASE("i18n-status --mark-current records the base texts, and a changed base text then shows as stale",
          "[cli][i18n]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("mini.json"));
    writeAll(file, kPlaybook);

    const Run marked =
        steadyline({QStringLiteral("i18n-status"), QStringLiteral("--mark-current"), QStringLiteral("en"), file});
    INFO(marked.err.toStdString());
    REQUIRE(marked.exitCode == 0);
    CHECK(marked.err.contains(QStringLiteral("\"en\" translations are recorded as current")));
    const QByteArray afterMark = readAll(file);
    // Everything the lead wrote stays as written; the records come last.
    const QByteArray original(kPlaybook);
    const qsizetype lastBrace = original.lastIndexOf('}');
    CHECK(afterMark.startsWith(original.left(original.lastIndexOf(']', lastBrace) + 1)));
    CHECK(afterMark.contains("\n  \"translatedFrom\": {\n    \"en\": {\n      \"title\": \""));
    CHECK(afterMark.endsWith("}\n"));

    const Run validated = steadyline({QStringLiteral("validate"), file});
    CHECK(validated.exitCode == 0);
    CHECK_FALSE(validated.out.contains(QStringLiteral("translation-record")));
    CHECK_FALSE(validated.out.contains(QStringLiteral("stale-translation")));

    QJsonObject en =
        localeCounts(steadyline({QStringLiteral("i18n-status"), QStringLiteral("--json"), file}), QStringLiteral("en"));
    CHECK(count(en, "translated") == 3);
    CHECK(count(en, "untracked") == 0);
    CHECK(count(en, "missing") == 1);
    CHECK(count(en, "stale") == 0);

    // The lead rewrites a Polish line: its English translation is now stale.
    QByteArray edited = afterMark;
    edited.replace(QByteArray("Proszę mówić."), QByteArray("Proszę spokojnie mówić."));
    writeAll(file, edited);
    en =
        localeCounts(steadyline({QStringLiteral("i18n-status"), QStringLiteral("--json"), file}), QStringLiteral("en"));
    CHECK(count(en, "translated") == 2);
    CHECK(count(en, "stale") == 1);
    CHECK(en.value(QStringLiteral("staleKeys")).toArray().first().toString() == QStringLiteral("steps.only.say.1"));
    const Run table = steadyline({QStringLiteral("i18n-status"), file});
    CHECK(table.out.contains(QStringLiteral("  en               2      1        1          0\n")));

    // validate points at the stale translation, as a warning.
    const Run warned = steadyline({QStringLiteral("validate"), file});
    CHECK(warned.exitCode == 0);
    const auto [line, column] = positionOf(edited, QStringLiteral("Please go on."), QStringLiteral("\"en\""));
    CHECK(warned.out.contains(QStringLiteral("%1:%2:%3: warning stale-translation: the \"en\" text of "
                                             "\"steps.only.say.1\" was translated from an earlier \"pl\" text")
                                  .arg(file)
                                  .arg(line)
                                  .arg(column)));

    // Checked and updated by the translator: marked current again.
    edited.replace(QByteArray("Please go on."), QByteArray("Please, calmly, go on."));
    writeAll(file, edited);
    REQUIRE(steadyline({QStringLiteral("i18n-status"), QStringLiteral("--mark-current"), QStringLiteral("en"), file})
                .exitCode == 0);
    en =
        localeCounts(steadyline({QStringLiteral("i18n-status"), QStringLiteral("--json"), file}), QStringLiteral("en"));
    CHECK(count(en, "translated") == 3);
    CHECK(count(en, "stale") == 0);
    CHECK(readAll(file).count("\"translatedFrom\"") == 1);
}

TEST_CASE("validate checks the translatedFrom records", "[cli][i18n][validate]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("records.json"));
    QByteArray data(kPlaybook);
    const qsizetype end = data.lastIndexOf('}');
    data.insert(end, QByteArray(",\n  \"translatedFrom\": { \"en\": { \"title\": \"not-a-fingerprint\", "
                                "\"steps.gone.title\": \"0123456789ab\" } }\n"));
    writeAll(file, data);
    const Run run = steadyline({QStringLiteral("validate"), file});
    INFO(run.out.toStdString());
    CHECK(run.exitCode == 1);
    const auto [line, column] = positionOf(data, QStringLiteral("not-a-fingerprint"), QStringLiteral("\"not-a"));
    CHECK(run.out.contains(
        QStringLiteral("%1:%2:%3: error invalid-value: the record of \"title\"").arg(file).arg(line).arg(column)));
    CHECK(run.out.contains(QStringLiteral("warning unknown-translation-record")));
    CHECK(run.out.contains(QStringLiteral("steps.gone.title")));
}

TEST_CASE("i18n-status exit codes: 1 for a broken file or a locale that is not translated, 2 for wrong usage",
          "[cli][i18n]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("mini.json"));
    writeAll(file, kPlaybook);
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    writeAll(broken, QByteArray("{ \"id\": "));

    const Run brokenRun = steadyline({QStringLiteral("i18n-status"), file, broken});
    CHECK(brokenRun.exitCode == 1);
    CHECK(brokenRun.err.contains(broken + QStringLiteral(":1:")));
    CHECK(brokenRun.out.contains(QStringLiteral("mini, revision 1"))); // the good file is still reported

    const QByteArray before = readAll(file);
    const Run baseLocale =
        steadyline({QStringLiteral("i18n-status"), QStringLiteral("--mark-current"), QStringLiteral("pl"), file});
    CHECK(baseLocale.exitCode == 1);
    CHECK(baseLocale.err.contains(QStringLiteral("\"pl\" is not a translated locale")));
    CHECK(readAll(file) == before);

    CHECK(steadyline({QStringLiteral("i18n-status")}).exitCode == 2);
    CHECK(steadyline({QStringLiteral("i18n-status"), QStringLiteral("--bogus"), file}).exitCode == 2);
    const Run help = steadyline({QStringLiteral("i18n-status"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--mark-current")));
}

TEST_CASE("i18n-status reads every shipped playbook", "[cli][i18n]")
{
    const Run run = steadyline({QStringLiteral("i18n-status"), QStringLiteral("playbooks/aggressive-caller-pl.json"),
                                QStringLiteral("playbooks/complaint-en.json")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("playbooks/aggressive-caller-pl.json — aggressive-caller-pl, revision")));
    CHECK(run.out.contains(QStringLiteral("complaint-en")));
}
