// The settings file is the user's alone (review L2): it holds the consultant's name, the
// manager's and security's numbers shown in the final prompt, and the team folder.
#include "catch_qt.h"

#include "settings/settings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace steadyline;

namespace {

mode_t modeOf(const QString &path)
{
    struct stat info = {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mode & 0777;
}

// Runs with the given umask, then puts the old one back.
struct Umask
{
    explicit Umask(mode_t mask)
        : previous(::umask(mask))
    {}
    ~Umask() { ::umask(previous); }
    mode_t previous;
};

} // namespace

TEST_CASE("A new settings file and its folder are private even under umask 000")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("Steadyline"));
    const QString file = QDir(folder).filePath(QStringLiteral("steadyline.conf"));
    {
        Umask open(0);
        Settings settings(file);
        settings.setValue(Settings::Key::SecurityNumber, QStringLiteral("wewn. 112"));
        settings.sync();
    }
    CHECK(modeOf(file) == 0600);
    CHECK(modeOf(folder) == 0700);
}

TEST_CASE("A settings file readable by others is made private at start, and stays so after a write")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("steadyline.conf"));
    {
        QFile existing(file);
        REQUIRE(existing.open(QIODevice::WriteOnly));
        existing.write("[escalation]\nsecurityNumber=112\n");
    }
    REQUIRE(::chmod(QFile::encodeName(file).constData(), 0666) == 0);
    Umask open(0);
    Settings settings(file);
    CHECK(modeOf(file) == 0600);
    CHECK(settings.string(Settings::Key::SecurityNumber) == QStringLiteral("112"));
    settings.setValue(Settings::Key::ManagerNumber, QStringLiteral("200"));
    settings.sync();
    CHECK(modeOf(file) == 0600);
}
