#include "preferencesdialog.h"

#include "settings/settings.h"
#include "ui_preferencesdialog.h"

#include <QDialogButtonBox>

namespace steadyline::gui {

PreferencesDialog::PreferencesDialog(Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    // Shown with an example, since "gender" alone does not say what it changes.
    m_ui->genderCombo->addItem(tr("female (będę zmuszona)"), genderName(Gender::Female));
    m_ui->genderCombo->addItem(tr("male (będę zmuszony)"), genderName(Gender::Male));
    m_ui->genderCombo->setCurrentIndex(m_settings.consultantGender() == Gender::Female ? 0 : 1);
    m_ui->nameEdit->setText(m_settings.string(Settings::Key::ConsultantName));
    m_ui->managerEdit->setText(m_settings.string(Settings::Key::ManagerNumber));
    m_ui->securityEdit->setText(m_settings.string(Settings::Key::SecurityNumber));
    m_ui->soundCheck->setChecked(m_settings.flag(Settings::Key::CountdownSound));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::save()
{
    m_settings.setValue(Settings::Key::ConsultantGender, m_ui->genderCombo->currentData());
    m_settings.setValue(Settings::Key::ConsultantName, m_ui->nameEdit->text().trimmed());
    m_settings.setValue(Settings::Key::ManagerNumber, m_ui->managerEdit->text().trimmed());
    m_settings.setValue(Settings::Key::SecurityNumber, m_ui->securityEdit->text().trimmed());
    m_settings.setValue(Settings::Key::CountdownSound, m_ui->soundCheck->isChecked());
    m_settings.sync();
}

} // namespace steadyline::gui
