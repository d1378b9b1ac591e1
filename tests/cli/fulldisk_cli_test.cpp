// Commands that rewrite a file the user named, onto a disk with no room left: they must say so,
// exit 1 and leave the file as it was. Through the real binary.
#include "catch_qt.h"
#include "fulldisk.h"

#include <QFile>
#include <QProcess>

using steadyline::test::FullDisk;

namespace {

struct Run
{
    int exitCode = -1;
    QString err;
};

Run runSteadyline(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(STEADYLINE_BINARY), arguments);
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

// Polish base, English translation, no record yet of what the translation was made from.
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
      "say": [{ "pl": "Jestem tu po to, aby pomóc.", "en": "I am here to help." }],
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

} // namespace

TEST_CASE("i18n-status --mark-current onto a full disk fails with a message and leaves the file as it was",
          "[cli][i18n][faults]")
{
    FullDisk disk;
    STEADYLINE_REQUIRE_FULL_DISK(disk);
    const QString file = disk.filePath(QStringLiteral("mini.json"));
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        REQUIRE(out.write(QByteArray(kPlaybook)) == QByteArray(kPlaybook).size());
    }
    const QByteArray before = readAll(file);
    REQUIRE(disk.fill());

    // The rewritten playbook is small enough to sit in QSaveFile's buffer until commit().
    const Run marked =
        runSteadyline({QStringLiteral("i18n-status"), QStringLiteral("--mark-current"), QStringLiteral("en"), file});
    INFO(marked.err.toStdString());
    CHECK(marked.exitCode == 1);
    CHECK(marked.err.contains(QStringLiteral("steadyline i18n-status: Cannot write ") + file));
    CHECK(readAll(file) == before);
}
