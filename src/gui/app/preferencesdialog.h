#pragma once

#include <QDialog>

#include <memory>

class QLineEdit;

namespace Ui {
class PreferencesDialog;
}

namespace steadyline {
class Settings;
namespace journal {
class Journal;
}
namespace sync {
class TeamControl;
}
} // namespace steadyline

namespace steadyline::gui {

// Everything a consultant can set, on six pages: about you (name, grammatical gender,
// interface language), calls (default channel, the manager's and security's numbers, the
// countdown's sound, how long calls are kept), playbook folders, global shortcuts, the
// softphone (baresip, the loopback listener), and the team server (TeamPage: joining and leaving
// take effect at once). The rest is saved only on Save.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // `journal` and `team` (the running link to the team server) feed the Team page; without a
    // journal the page says why it cannot join.
    PreferencesDialog(Settings &settings, QWidget *parent = nullptr, journal::Journal *journal = nullptr,
                      sync::TeamControl *team = nullptr);
    ~PreferencesDialog() override;

    void save();

    // The interface languages offered, as stored ("" follows the system) and as shown.
    [[nodiscard]] static QList<std::pair<QString, QString>> interfaceLanguages();

private:
    void chooseFolder(QLineEdit *edit, const QString &title);
    void restoreDefaultKeys();
    void updateShortcutState();
    void setUpSoftphonePage();
    void updateSoftphoneState();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    Settings &m_settings;
    int m_shortcutBackend = 0; // GlobalShortcuts::Backend, asked once
};

} // namespace steadyline::gui
