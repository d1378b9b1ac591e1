// The one atomic file writer: a full disk is noticed and changes nothing; who may read the file.
#include "catch_qt.h"
#include "common/privatefile.h"
#include "fulldisk.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace steadyline;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

mode_t modeOf(const QString &path)
{
    struct stat info = {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mode & 0777;
}

} // namespace

TEST_CASE("A write onto a full disk fails with a message and leaves the file as it was", "[file][faults]")
{
    const auto access = GENERATE(FileAccess::OwnerOnly, FileAccess::AsBefore);
    test::FullDisk disk;
    STEADYLINE_REQUIRE_FULL_DISK(disk);
    const QString path = disk.filePath(QStringLiteral("report.md"));
    QString error;
    REQUIRE(writeFileAtomically(path, "before\n", access, &error));
    REQUIRE(disk.fill());
    const QStringList listing = QDir(QFileInfo(path).path()).entryList(QDir::Files | QDir::Hidden);

    // Small enough to sit in QSaveFile's buffer: only the flush before commit() finds the disk full.
    CHECK_FALSE(writeFileAtomically(path, QByteArray(2000, 'x'), access, &error));
    CHECK(error.startsWith(QStringLiteral("Cannot write ") + path));
    CHECK(error.endsWith(QStringLiteral("Nothing was changed.")));
    CHECK(readAll(path) == "before\n");
    CHECK(QDir(QFileInfo(path).path()).entryList(QDir::Files | QDir::Hidden) == listing); // no temporary file left

    // A new file is not left behind half written either.
    const QString fresh = disk.filePath(QStringLiteral("new.md"));
    CHECK_FALSE(writeFileAtomically(fresh, QByteArray(2000, 'x'), access, &error));
    CHECK_FALSE(QFile::exists(fresh));
}

TEST_CASE("A document written as before keeps the mode of the file it replaces", "[file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString shared = dir.filePath(QStringLiteral("team-playbook.json"));
    QString error;
    REQUIRE(writeFileAtomically(shared, "{}\n", FileAccess::AsBefore, &error));
    REQUIRE(QFile::setPermissions(shared, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                              QFileDevice::ReadOther));
    REQUIRE(writeFileAtomically(shared, "{\"revision\": 2}\n", FileAccess::AsBefore, &error));
    CHECK(modeOf(shared) == 0644);
    CHECK(readAll(shared) == "{\"revision\": 2}\n");

    // The private writer makes the same file the user's alone.
    REQUIRE(writePrivateFile(shared, "{}\n", &error));
    CHECK(modeOf(shared) == 0600);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);
}
