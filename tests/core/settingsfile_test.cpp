// The settings file is read by Steadyline's own INI parser (settingsfile.h): a serialised QVariant
// is never decoded, whichever way it is spelled (found by fuzz_settings: QSettings' reader decodes
// "@Variant(…)" with QDataStream and allocated 36 GB on a damaged file), and a file QSettings
// wrote before reads the same.
#include "catch_qt.h"

#include "settings/settings.h"
#include "settings/settingsfile.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTime>

using namespace steadyline;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(content) == content.size());
    return path;
}

// Decoded by QSettings' own reader, this value is the time 01:02:03 (a QTime as QSettings writes
// it): the control shows each spelling really is one Qt decodes.
const QByteArray kSerialisedTime = QByteArrayLiteral("@Variant(\\0\\0\\0\\xf\\0\\x38\\xce\\xf8)");

QByteArray geometryLikeBytes()
{
    QByteArray bytes;
    for (int i = 0; i < 512; ++i)
        bytes += static_cast<char>((i * 37 + 11) % 256);
    bytes += QByteArrayLiteral("\0\x01"
                               "a0\\\"@)");
    return bytes;
}

} // namespace

TEST_CASE("A serialised value is never decoded, however the file spells it")
{
    const QByteArray name = kSerialisedTime;
    QByteArray escapedAt = kSerialisedTime;
    escapedAt.replace(0, 1, "\\x40");
    QByteArray split = kSerialisedTime;
    split.insert(4, "\\\n");
    const std::vector<std::pair<const char *, QByteArray>> spellings{
        {"plain", "[consultant]\nname=" + name + "\n"},
        {"quoted", "[consultant]\nname=\"" + name + "\"\n"},
        {"after a carriage return", "[consultant]\r\nx=1\rname=" + name + "\n"},
        {"with the @ escaped", "[consultant]\nname=" + escapedAt + "\n"},
        {"as a list element", "[consultant]\nname=a, " + name + "\n"},
        {"split over lines", "[consultant]\nname=" + split + "\n"},
    };
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    int index = 0;
    for (const auto &[label, content] : spellings) {
        INFO(label);
        const QString path = writeFile(dir, QStringLiteral("s%1.conf").arg(++index), content);
        // The control: QSettings' INI reader decodes it. A copy: QSettings keeps a parsed file
        // in a cache by its name, whichever format parsed it.
        const QString copy = writeFile(dir, QStringLiteral("control%1.ini").arg(index), content);
        const QVariant decoded = QSettings(copy, QSettings::IniFormat).value(QStringLiteral("consultant/name"));
        const QVariant time = decoded.metaType().id() == QMetaType::QVariantList ? decoded.toList().value(1) : decoded;
        const bool qtDecodes = time.metaType().id() == QMetaType::QTime && time.toTime() == QTime(1, 2, 3);
        CHECK(qtDecodes);
        Settings settings(path);
        CHECK_FALSE(settings.string(Settings::Key::ConsultantName).contains(QStringLiteral("01:02:03")));
    }
}

TEST_CASE("A settings file QSettings wrote reads the same, and writes back the same")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // Each reader gets its own copy: QSettings keeps a parsed file in a cache by its name.
    const QString path = dir.filePath(QStringLiteral("written-by-qt.ini"));
    const QString ours = dir.filePath(QStringLiteral("steadyline.conf"));
    const QString again = dir.filePath(QStringLiteral("again.conf"));
    const QString forQt = dir.filePath(QStringLiteral("for-qt.ini"));
    const QString name = QStringLiteral(" Zażółć, \"gęślą\" ; jaźń\\ \t Жанна ");
    const QString at = QStringLiteral("@home, 10% off = [x]");
    const QByteArray geometry = geometryLikeBytes();
    {
        QSettings qt(path, QSettings::IniFormat);
        qt.setValue(Settings::keyName(Settings::Key::ConsultantName), name);
        qt.setValue(Settings::keyName(Settings::Key::SecurityNumber), at);
        qt.setValue(Settings::keyName(Settings::Key::WindowGeometry), geometry);
        qt.setValue(Settings::keyName(Settings::Key::CountdownSound), false);
        qt.setValue(Settings::keyName(Settings::Key::RetentionDays), 30);
        qt.sync();
        REQUIRE(qt.status() == QSettings::NoError);
    }
    REQUIRE(QFile::copy(path, ours));
    {
        Settings settings(ours);
        CHECK(settings.string(Settings::Key::ConsultantName) == name);
        CHECK(settings.string(Settings::Key::SecurityNumber) == at);
        CHECK(settings.value(Settings::Key::WindowGeometry).toByteArray() == geometry);
        CHECK_FALSE(settings.flag(Settings::Key::CountdownSound));
        CHECK(settings.value(Settings::Key::RetentionDays).toInt() == 30);
        // Written back by Steadyline (every key is rewritten when one changes)...
        settings.setValue(Settings::Key::ManagerNumber, QStringLiteral("200"));
        settings.sync();
    }
    REQUIRE(QFile::copy(ours, again));
    REQUIRE(QFile::copy(ours, forQt));
    Settings reread(again);
    CHECK(reread.string(Settings::Key::ConsultantName) == name);
    CHECK(reread.string(Settings::Key::SecurityNumber) == at);
    CHECK(reread.value(Settings::Key::WindowGeometry).toByteArray() == geometry);
    CHECK_FALSE(reread.flag(Settings::Key::CountdownSound));
    CHECK(reread.value(Settings::Key::RetentionDays).toInt() == 30);
    CHECK(reread.string(Settings::Key::ManagerNumber) == u"200");
    // ...and QSettings still reads what Steadyline wrote (a user's tools, an older version).
    QSettings qt(forQt, QSettings::IniFormat);
    CHECK(qt.value(Settings::keyName(Settings::Key::ConsultantName)).toString() == name);
    CHECK(qt.value(Settings::keyName(Settings::Key::SecurityNumber)).toString() == at);
    CHECK(qt.value(Settings::keyName(Settings::Key::WindowGeometry)).toByteArray() == geometry);
}

TEST_CASE("The settings parser: comments, sections, the top level and a value of a type never stored")
{
    QByteArray text = "; a comment\n# another\n[General]\ntop=1\n[%47eneral]\nx=2\n[a]\nb\\c=\"q\" ; tail\n"
                      "d=@Rect(1 2 3 4)\ne=@@at\nf=  spaced  \n=novalue\nbroken line\n[unclosed\ng=3\n";
    QBuffer buffer(&text);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    QSettings::SettingsMap map;
    REQUIRE(settingsfile::read(buffer, map));
    CHECK(map.value(QStringLiteral("top")).toString() == u"1");
    CHECK(map.value(QStringLiteral("General/x")).toString() == u"2");
    CHECK(map.value(QStringLiteral("a/b/c")).toString() == u"q");
    CHECK_FALSE(map.contains(QStringLiteral("a/d")));
    CHECK(map.value(QStringLiteral("a/e")).toString() == u"@at");
    CHECK(map.value(QStringLiteral("a/f")).toString() == u"spaced");
    CHECK(map.value(QStringLiteral("unclosed/g")).toString() == u"3");
    CHECK(map.size() == 6);

    QByteArray written;
    QBuffer out(&written);
    REQUIRE(out.open(QIODevice::WriteOnly));
    REQUIRE(settingsfile::write(out, map));
    out.close();
    REQUIRE(out.open(QIODevice::ReadOnly));
    QSettings::SettingsMap again;
    REQUIRE(settingsfile::read(out, again));
    CHECK(again == map);
}
