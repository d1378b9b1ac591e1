#pragma once

#include <QObject>
#include <QString>

class QBoxLayout;
class QLabel;
class QStatusBar;

namespace steadyline::gui {

// What the softphone tells the consultant: who is ringing and what the journal knows of that
// caller, in a banner at the top of the window where the eye is (the status bar is cut short in
// a narrow window), kept through the call it started; and the softphone's state at the right of
// the status bar. A number from the phone is shown as text, never as markup.
class CallerBanner : public QObject
{
    Q_OBJECT

public:
    CallerBanner(QWidget &central, QBoxLayout &layout, QStatusBar &statusBar, QObject *parent = nullptr);

    // The phone rings: "Incoming call: +48 … · 2 earlier calls".
    void showRinging(const QString &callerReference, const QString &history);
    // The softphone started a call: when, with whom, and what the journal knows of them.
    void showStarted(const QString &time, const QString &callerReference, const QString &history);
    void hide();
    // Empty hides it.
    void setSoftphoneStatus(const QString &text);
    void retranslate();

private:
    QLabel *m_banner;
    QStatusBar &m_statusBar;
    QLabel *m_softphoneStatus = nullptr; // made when a softphone is followed
};

} // namespace steadyline::gui
