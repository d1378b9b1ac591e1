// Feeds arbitrary bytes to the settings reader as the user's configuration file (an INI file,
// as QSettings writes it on Linux; a user may edit it or copy one from a colleague): every
// setting reads to a value of its type or its default, and writing them back and reading again
// gives the same values.
#include "fuzzsupport.h"
#include "settings/settings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace {

using namespace steadyline;
using fuzz::require;

constexpr Settings::Key kFirstKey = Settings::Key::ConsultantName;
constexpr Settings::Key kLastKey = Settings::Key::SpeakCallerLines;

template<typename Visit> void forEachKey(Visit visit)
{
    for (int k = static_cast<int>(kFirstKey); k <= static_cast<int>(kLastKey); ++k)
        visit(static_cast<Settings::Key>(k));
}

void readEverything(const Settings &settings)
{
    forEachKey([&](Settings::Key key) {
        const QVariant value = settings.value(key);
        require(value.metaType() == Settings::defaultValue(key).metaType(), "every setting reads to its own type");
        (void)settings.string(key);
        (void)settings.flag(key);
    });
    (void)settings.consultantGender();
    (void)settings.lastChannel();
    (void)settings.lastAddress();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureQuietCoreApplication();
    static QTemporaryDir scratch(fuzz::scratchRoot() + QStringLiteral("/steadyline-fuzz-settings-XXXXXX"));
    // A new name for every input: QSettings caches files by name.
    static int counter = 0;
    const QString path = scratch.filePath(QStringLiteral("steadyline-%1.conf").arg(++counter));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    }
    {
        Settings settings(path);
        readEverything(settings);
        // What was read, written back (as the preferences dialog does) and read again, is the same.
        std::vector<QVariant> before;
        forEachKey([&](Settings::Key key) { before.push_back(settings.value(key)); });
        forEachKey([&](Settings::Key key) { settings.setValue(key, settings.value(key)); });
        settings.sync();
        Settings reread(path);
        readEverything(reread);
        std::size_t i = 0;
        forEachKey([&](Settings::Key key) {
            require(reread.value(key) == before[i++], "a setting written back reads the same");
        });
    }
    QFile::remove(path);
    return 0;
}
