#pragma once

#include "softphone/baresipclient.h"
#include "softphone/callevent.h"
#include "softphone/calleventlistener.h"
#include "softphone/callfollower.h"

#include <QObject>
#include <QStringList>

namespace steadyline {
class Settings;
}

namespace steadyline::gui {

class AssistWindow;

// Makes the window's calls follow the softphone: events from baresip's ctrl_tcp, from the
// loopback listener and from `steadyline call-event` (through the single-instance channel) all
// come here, and CallFollower decides what each does to the window's call.
class SoftphoneFollower : public QObject
{
    Q_OBJECT

public:
    SoftphoneFollower(AssistWindow &window, Settings &settings, QObject *parent = nullptr);
    ~SoftphoneFollower() override;

    // Connects to baresip and listens on 127.0.0.1 as the settings say (again after the
    // preferences were saved); returns the problems, in words for the consultant.
    QStringList applySettings();
    // Does what the event asks; empty when done or nothing was needed, else why not.
    QString handle(const softphone::CallEvent &event);

    [[nodiscard]] desktop::BaresipClient &baresip() { return m_baresip; }
    [[nodiscard]] desktop::CallEventListener &listener() { return m_listener; }
    // One line for the status bar: "Softphone: baresip connected", …; empty when nothing is followed.
    [[nodiscard]] QString statusText() const;

signals:
    void statusChanged();

private:
    AssistWindow &m_window;
    Settings &m_settings;
    softphone::CallFollower m_follower;
    desktop::BaresipClient m_baresip;
    desktop::CallEventListener m_listener;
};

} // namespace steadyline::gui
