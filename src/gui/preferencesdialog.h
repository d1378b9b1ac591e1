#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace steadyline {
class Settings;
}

namespace steadyline::gui {

// The consultant's own settings that the call window needs: how their lines are gendered, and
// whom to call when a face-to-face call ends in step 3½. Saved only on Save.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(Settings &settings, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void save();

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    Settings &m_settings;
};

} // namespace steadyline::gui
