#pragma once

#include "playbook/playbook.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace steadyline {

// Every user setting, with its type and default, in one table (settings.cpp). Stored with
// QSettings in the user's configuration folder, in Steadyline's own INI reader (settingsfile.h).
class Settings
{
public:
    enum class Key {
        ConsultantName,
        ConsultantGender,
        SecurityNumber,
        ManagerNumber,
        CountdownSound,
        AlwaysOnTop,
        LastPlaybook,
        LastChannel,
        LastAddress,
        WindowGeometry,
        RetentionDays,      // calls older than this many days are deleted (never one with an open promise)
        TeamPlaybookFolder, // shared folder of the team's playbooks and scenarios (read-only for consultants)
        UserPlaybookFolder, // the user's own playbooks and scenarios
        InterfaceLanguage,  // "" follows the system locale; else "en", "pl", "cs", "ru"
        DefaultChannel,     // "phone" or "in_person": the channel of a new call when none was used yet
        GlobalShortcuts,    // whether the main actions are grabbed system-wide
        ShortcutNextStep,   // the global key of each main action (QKeySequence::PortableText; "" none)
        ShortcutCalmed,
        ShortcutCountdown, // start or stop the countdown
        ShortcutNewNote,
        ShortcutRaiseHand,       // raise or lower the hand (issue #18)
        SpeakCallerLines,        // training: read the simulated caller's lines aloud when a voice exists
        SoftphoneBaresip,        // follow baresip's calls through its ctrl_tcp interface
        SoftphoneBaresipAddress, // "host:port" of baresip's ctrl_tcp (loopback)
        SoftphoneListener,       // accept call events over HTTP on 127.0.0.1 (softphones, PBX action URLs)
        SoftphoneListenerPort,
        SoftphoneCallerReferenceFromNumber, // the caller's number becomes the call's caller reference
        SoftphonePlaybookRules,             // which playbook by number or queue (softphone/playbookrules.h)
        TeamServer, // the team server's URL without a password ("" : not joined); see steadyline team join
    };

    Settings();                                 // the user's settings
    explicit Settings(const QString &fileName); // e.g. a file in a test's temporary folder

    [[nodiscard]] QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    [[nodiscard]] static QString keyName(Key key);
    [[nodiscard]] static QVariant defaultValue(Key key);

    [[nodiscard]] Gender consultantGender() const;
    [[nodiscard]] Channel lastChannel() const;
    [[nodiscard]] FormOfAddress lastAddress() const;
    [[nodiscard]] QString string(Key key) const { return value(key).toString(); }
    [[nodiscard]] bool flag(Key key) const { return value(key).toBool(); }

    void sync();
    // The folder of the settings file (private files that belong beside it, e.g. the softphone
    // listener's token, live there).
    [[nodiscard]] QString folder() const;

private:
    std::unique_ptr<QSettings> m_store;
};

} // namespace steadyline
