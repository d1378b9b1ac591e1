#include "settings.h"
#include "settingsfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <array>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace steadyline {

namespace {

struct Entry
{
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

// The one place that lists every setting.
const std::array<Entry, 29> &table()
{
    static const std::array<Entry, 29> entries{{
        {Settings::Key::ConsultantName, "consultant/name", QString()},
        {Settings::Key::ConsultantGender, "consultant/gender", QStringLiteral("female")},
        {Settings::Key::SecurityNumber, "escalation/securityNumber", QString()},
        {Settings::Key::ManagerNumber, "escalation/managerNumber", QString()},
        {Settings::Key::CountdownSound, "countdown/sound", true},
        {Settings::Key::AlwaysOnTop, "window/alwaysOnTop", false},
        {Settings::Key::LastPlaybook, "call/lastPlaybook", QString()},
        {Settings::Key::LastChannel, "call/lastChannel", QStringLiteral("phone")},
        {Settings::Key::LastAddress, "call/lastAddress", QStringLiteral("formal_male")},
        {Settings::Key::WindowGeometry, "window/geometry", QByteArray()},
        {Settings::Key::RetentionDays, "journal/retentionDays", 90},
        {Settings::Key::TeamPlaybookFolder, "playbooks/teamFolder", QString()},
        {Settings::Key::UserPlaybookFolder, "playbooks/userFolder", QString()},
        {Settings::Key::InterfaceLanguage, "interface/language", QString()},
        {Settings::Key::DefaultChannel, "call/defaultChannel", QStringLiteral("phone")},
        {Settings::Key::GlobalShortcuts, "shortcuts/global", true},
        // Ctrl+Shift and the window's own key: easy to remember, unused by softphones we know.
        {Settings::Key::ShortcutNextStep, "shortcuts/nextStep", QStringLiteral("Ctrl+Shift+F5")},
        {Settings::Key::ShortcutCalmed, "shortcuts/calmed", QStringLiteral("Ctrl+Shift+F6")},
        {Settings::Key::ShortcutCountdown, "shortcuts/countdown", QStringLiteral("Ctrl+Shift+F7")},
        {Settings::Key::ShortcutNewNote, "shortcuts/newNote", QStringLiteral("Ctrl+Shift+F8")},
        {Settings::Key::ShortcutRaiseHand, "shortcuts/raiseHand", QStringLiteral("Ctrl+Shift+F12")},
        {Settings::Key::SpeakCallerLines, "training/speakCallerLines", true},
        // Following the softphone is off until the consultant (or an admin's settings file) turns
        // it on: nothing listens or connects by default.
        {Settings::Key::SoftphoneBaresip, "softphone/baresip", false},
        {Settings::Key::SoftphoneBaresipAddress, "softphone/baresipAddress", QStringLiteral("127.0.0.1:4444")},
        {Settings::Key::SoftphoneListener, "softphone/listener", false},
        {Settings::Key::SoftphoneListenerPort, "softphone/listenerPort", 17345},
        {Settings::Key::SoftphoneCallerReferenceFromNumber, "softphone/callerReferenceFromNumber", true},
        {Settings::Key::SoftphonePlaybookRules, "softphone/playbookRules", QString()},
        // The password is never here: libpq's password file holds it (src/sync/pgpassfile.h).
        {Settings::Key::TeamServer, "team/server", QString()},
    }};
    return entries;
}

const Entry &entry(Settings::Key key)
{
    for (const Entry &e : table()) {
        if (e.key == key)
            return e;
    }
    Q_UNREACHABLE();
}

// The settings hold the consultant's name, the manager's and security's numbers (shown in the
// final prompt) and the team folder (whose playbooks are loaded): readable and writable by the
// user alone, whatever the umask. QSettings writes through QSaveFile, which keeps the mode of the
// file it replaces, so making the file once with 0600 is enough.
void makePrivate(const QString &fileName)
{
    if (fileName.isEmpty())
        return;
    const QByteArray folder = QFile::encodeName(QFileInfo(fileName).absolutePath());
    QDir().mkpath(QFile::decodeName(folder));
    struct stat info = {};
    if (::lstat(folder.constData(), &info) == 0 && S_ISDIR(info.st_mode) && info.st_uid == ::geteuid() &&
        (info.st_mode & 077) != 0)
        ::chmod(folder.constData(), 0700);
    const QByteArray file = QFile::encodeName(fileName);
    const int fd = ::open(file.constData(), O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return; // read-only or not ours: QSettings reports what it cannot do
    if (::fstat(fd, &info) == 0 && info.st_uid == ::geteuid() && (info.st_mode & 077) != 0)
        ::fchmod(fd, 0600);
    ::close(fd);
}

} // namespace

Settings::Settings()
    : m_store(std::make_unique<QSettings>(settingsfile::format(), QSettings::UserScope,
                                          QCoreApplication::organizationName(), QCoreApplication::applicationName()))
{
    makePrivate(m_store->fileName());
}

Settings::Settings(const QString &fileName)
    : m_store(std::make_unique<QSettings>(fileName, settingsfile::format()))
{
    makePrivate(fileName);
}

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(entry(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    const Entry &e = entry(key);
    QVariant stored = m_store->value(QString::fromLatin1(e.name), e.defaultValue);
    // A hand-edited file may hold anything: fall back to the default rather than misbehave.
    if (!stored.canConvert(e.defaultValue.metaType()))
        return e.defaultValue;
    stored.convert(e.defaultValue.metaType());
    return stored;
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_store->setValue(keyName(key), value);
}

Gender Settings::consultantGender() const
{
    return genderFromName(string(Key::ConsultantGender)).value_or(Gender::Female);
}

Channel Settings::lastChannel() const
{
    return channelFromName(string(Key::LastChannel)).value_or(Channel::Phone);
}

FormOfAddress Settings::lastAddress() const
{
    return formOfAddressFromName(string(Key::LastAddress)).value_or(FormOfAddress::FormalMale);
}

void Settings::sync()
{
    m_store->sync();
}

QString Settings::folder() const
{
    return QFileInfo(m_store->fileName()).absolutePath();
}

} // namespace steadyline
