#include "preferencesdialog.h"

#include "settings/settings.h"
#include "shortcuts/globalshortcuts.h"
#include "softphone/listenertoken.h"
#include "softphone/playbookrules.h"
#include "teamcontrol.h"
#include "teampage.h"
#include "ui_preferencesdialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QKeySequenceEdit>
#include <QLocale>
#include <QPlainTextEdit>

namespace steadyline::gui {

namespace {

// Calls are kept at least a day and at most ten years (as in the history window).
constexpr int kMinRetentionDays = 1;
constexpr int kMaxRetentionDays = 3650;

// A global shortcut is one combination; the edit would otherwise wait for up to four.
QKeySequence firstCombination(const QKeySequence &keys)
{
    return keys.isEmpty() ? QKeySequence() : QKeySequence(keys[0]);
}

// The global shortcut edits and the setting each one stores.
std::vector<std::pair<QKeySequenceEdit *, Settings::Key>> keyEdits(const Ui::PreferencesDialog &ui)
{
    return {{ui.nextStepKeyEdit, Settings::Key::ShortcutNextStep},
            {ui.calmedKeyEdit, Settings::Key::ShortcutCalmed},
            {ui.countdownKeyEdit, Settings::Key::ShortcutCountdown},
            {ui.noteKeyEdit, Settings::Key::ShortcutNewNote},
            {ui.handKeyEdit, Settings::Key::ShortcutRaiseHand}};
}

} // namespace

QList<std::pair<QString, QString>> PreferencesDialog::interfaceLanguages()
{
    // Each language by its own name, so that a user who cannot read the current one finds theirs.
    const QString system = QLocale::system().nativeLanguageName();
    return {{QString(), system.isEmpty() ? tr("As the system") : tr("As the system (%1)").arg(system)},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("pl"), QStringLiteral("Polski")},
            {QStringLiteral("cs"), QStringLiteral("Čeština")},
            {QStringLiteral("ru"), QStringLiteral("Русский")}};
}

PreferencesDialog::PreferencesDialog(Settings &settings, QWidget *parent, journal::Journal *journal,
                                     sync::TeamControl *team)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    // Shown with an example, since "gender" alone does not say what it changes.
    m_ui->genderCombo->addItem(
        tr("female",
           "the consultant's grammatical gender; translations may add an example, e.g. Polish “będę zmuszona”"),
        genderName(Gender::Female));
    m_ui->genderCombo->addItem(
        tr("male", "the consultant's grammatical gender; translations may add an example, e.g. Polish “będę zmuszony”"),
        genderName(Gender::Male));
    m_ui->genderCombo->setCurrentIndex(m_settings.consultantGender() == Gender::Female ? 0 : 1);
    m_ui->nameEdit->setText(m_settings.string(Settings::Key::ConsultantName));
    for (const auto &[code, name] : interfaceLanguages())
        m_ui->languageCombo->addItem(name, code);
    m_ui->languageCombo->setCurrentIndex(
        std::max(0, m_ui->languageCombo->findData(m_settings.string(Settings::Key::InterfaceLanguage))));

    m_ui->channelCombo->addItem(tr("Phone"), channelName(Channel::Phone));
    m_ui->channelCombo->addItem(tr("In person"), channelName(Channel::InPerson));
    m_ui->channelCombo->setCurrentIndex(
        std::max(0, m_ui->channelCombo->findData(m_settings.string(Settings::Key::DefaultChannel))));
    m_ui->managerEdit->setText(m_settings.string(Settings::Key::ManagerNumber));
    m_ui->securityEdit->setText(m_settings.string(Settings::Key::SecurityNumber));
    m_ui->soundCheck->setChecked(m_settings.flag(Settings::Key::CountdownSound));
    m_ui->retentionSpin->setRange(kMinRetentionDays, kMaxRetentionDays);
    m_ui->retentionSpin->setSuffix(tr(" days"));
    m_ui->retentionSpin->setValue(
        std::clamp(m_settings.value(Settings::Key::RetentionDays).toInt(), kMinRetentionDays, kMaxRetentionDays));

    m_ui->teamFolderEdit->setText(m_settings.string(Settings::Key::TeamPlaybookFolder));
    m_ui->userFolderEdit->setText(m_settings.string(Settings::Key::UserPlaybookFolder));
    connect(m_ui->teamFolderButton, &QPushButton::clicked, this,
            [this] { chooseFolder(m_ui->teamFolderEdit, tr("The team's playbook folder")); });
    connect(m_ui->userFolderButton, &QPushButton::clicked, this,
            [this] { chooseFolder(m_ui->userFolderEdit, tr("Your own playbook folder")); });

    m_shortcutBackend = static_cast<int>(GlobalShortcuts::availableBackend());
    m_ui->globalCheck->setChecked(m_settings.flag(Settings::Key::GlobalShortcuts));
    for (const auto &[edit, key] : keyEdits(*m_ui)) {
        edit->setKeySequence(QKeySequence::fromString(m_settings.string(key), QKeySequence::PortableText));
        // One combination is enough: stop listening after it, rather than waiting a second.
        connect(edit, &QKeySequenceEdit::keySequenceChanged, this, [edit](const QKeySequence &keys) {
            if (keys.count() > 1)
                edit->setKeySequence(firstCombination(keys));
        });
        connect(edit, &QKeySequenceEdit::keySequenceChanged, this, &PreferencesDialog::updateShortcutState);
    }
    connect(m_ui->globalCheck, &QCheckBox::toggled, this, &PreferencesDialog::updateShortcutState);
    connect(m_ui->defaultKeysButton, &QPushButton::clicked, this, &PreferencesDialog::restoreDefaultKeys);
    updateShortcutState();
    setUpSoftphonePage();
    auto *teamPage = new TeamPage(m_settings, journal, team, m_ui->tabs);
    teamPage->setObjectName(QStringLiteral("teamPage"));
    m_ui->tabs->addTab(teamPage, tr("T&eam"));
    // The banner of a team link in trouble sends the consultant here: open where the fix is.
    if (team && team->status().needsAction)
        m_ui->tabs->setCurrentWidget(teamPage);

    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::setUpSoftphonePage()
{
    m_ui->baresipCheck->setChecked(m_settings.flag(Settings::Key::SoftphoneBaresip));
    m_ui->baresipAddressEdit->setText(m_settings.string(Settings::Key::SoftphoneBaresipAddress));
    m_ui->listenerCheck->setChecked(m_settings.flag(Settings::Key::SoftphoneListener));
    m_ui->listenerPortSpin->setValue(m_settings.value(Settings::Key::SoftphoneListenerPort).toInt());
    m_ui->numberAsReferenceCheck->setChecked(m_settings.flag(Settings::Key::SoftphoneCallerReferenceFromNumber));
    connect(m_ui->baresipCheck, &QCheckBox::toggled, this, &PreferencesDialog::updateSoftphoneState);
    connect(m_ui->listenerCheck, &QCheckBox::toggled, this, &PreferencesDialog::updateSoftphoneState);
    connect(m_ui->listenerPortSpin, &QSpinBox::valueChanged, this, &PreferencesDialog::updateSoftphoneState);
    m_ui->playbookRulesEdit->setPlainText(m_settings.string(Settings::Key::SoftphonePlaybookRules));
    connect(m_ui->playbookRulesEdit, &QPlainTextEdit::textChanged, this, &PreferencesDialog::updateSoftphoneState);
    connect(m_ui->copyUrlButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->listenerUrlEdit->text()); });
    updateSoftphoneState();
}

void PreferencesDialog::updateSoftphoneState()
{
    m_ui->baresipAddressEdit->setEnabled(m_ui->baresipCheck->isChecked());
    // The rules are checked as they are typed: a line that is not a rule is named at once.
    const QStringList ruleProblems = softphone::parsePlaybookRules(m_ui->playbookRulesEdit->toPlainText()).problems;
    m_ui->playbookRulesNote->setText(
        ruleProblems.isEmpty()
            ? tr("One rule a line, the first that matches wins: a number pattern (* any digits) or queue:NAME, "
                 "then = and the playbook's id. Without a match, the start page's playbook.")
            : ruleProblems.join(QLatin1Char('\n')));
    const bool listening = m_ui->listenerCheck->isChecked();
    m_ui->listenerPortSpin->setEnabled(listening);
    m_ui->listenerUrlEdit->setEnabled(listening);
    m_ui->copyUrlButton->setEnabled(listening);
    if (!listening) {
        m_ui->listenerUrlEdit->clear();
        return;
    }
    // The token is made once, kept beside the settings (readable by you alone), and shown here
    // so that it can be pasted into the softphone's or the telephone system's settings.
    QString error;
    const QString token = softphone::loadOrCreateListenerToken(m_settings.folder(), &error);
    m_ui->listenerUrlEdit->setText(
        token.isEmpty() ? error
                        : softphone::listenerUrl(static_cast<quint16>(m_ui->listenerPortSpin->value()), token) +
                              QStringLiteral("&event=answered&call_id=ID&peer=NUMBER"));
    m_ui->listenerUrlEdit->setCursorPosition(0); // the start (http://127.0.0.1:…) is what a reader checks
}

void PreferencesDialog::chooseFolder(QLineEdit *edit, const QString &title)
{
    const QString folder = QFileDialog::getExistingDirectory(this, title, edit->text());
    if (!folder.isEmpty())
        edit->setText(folder);
}

void PreferencesDialog::restoreDefaultKeys()
{
    for (const auto &[edit, key] : keyEdits(*m_ui))
        edit->setKeySequence(
            QKeySequence::fromString(Settings::defaultValue(key).toString(), QKeySequence::PortableText));
}

void PreferencesDialog::updateShortcutState()
{
    // The keys can be set even where this session cannot grab them: the same user may log in to
    // an X11 or a Wayland session next time. The note says what works here.
    const auto backend = static_cast<GlobalShortcuts::Backend>(m_shortcutBackend);
    const bool on = m_ui->globalCheck->isChecked();
    for (const auto &[edit, key] : keyEdits(*m_ui))
        edit->setEnabled(on);
    m_ui->defaultKeysButton->setEnabled(on);
    // Two actions on one key would make one of them unreachable: say so before saving.
    QStringList seen;
    QString clash;
    for (const auto &[edit, key] : keyEdits(*m_ui)) {
        const QString keys = edit->keySequence().toString(QKeySequence::NativeText);
        if (!keys.isEmpty() && seen.contains(keys))
            clash = tr("%1 is given to two actions; only one of them would work.").arg(keys);
        else if (!keys.isEmpty() && !GlobalShortcuts::isSafeGlobalKey(edit->keySequence()))
            clash = tr("%1 alone would be taken from every application all day; add Ctrl, Alt or Meta, or use a "
                       "function key.")
                        .arg(keys);
        seen << keys;
    }
    m_ui->shortcutsNote->setText(clash.isEmpty() ? GlobalShortcuts::explanation(backend) : clash);
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(clash.isEmpty() || !on);
}

void PreferencesDialog::save()
{
    m_settings.setValue(Settings::Key::ConsultantGender, m_ui->genderCombo->currentData());
    m_settings.setValue(Settings::Key::ConsultantName, m_ui->nameEdit->text().trimmed());
    m_settings.setValue(Settings::Key::InterfaceLanguage, m_ui->languageCombo->currentData().toString());
    m_settings.setValue(Settings::Key::DefaultChannel, m_ui->channelCombo->currentData());
    m_settings.setValue(Settings::Key::ManagerNumber, m_ui->managerEdit->text().trimmed());
    m_settings.setValue(Settings::Key::SecurityNumber, m_ui->securityEdit->text().trimmed());
    m_settings.setValue(Settings::Key::CountdownSound, m_ui->soundCheck->isChecked());
    m_settings.setValue(Settings::Key::RetentionDays, m_ui->retentionSpin->value());
    m_settings.setValue(Settings::Key::TeamPlaybookFolder, m_ui->teamFolderEdit->text().trimmed());
    m_settings.setValue(Settings::Key::UserPlaybookFolder, m_ui->userFolderEdit->text().trimmed());
    m_settings.setValue(Settings::Key::GlobalShortcuts, m_ui->globalCheck->isChecked());
    for (const auto &[edit, key] : keyEdits(*m_ui))
        m_settings.setValue(key, firstCombination(edit->keySequence()).toString(QKeySequence::PortableText));
    m_settings.setValue(Settings::Key::SoftphoneBaresip, m_ui->baresipCheck->isChecked());
    m_settings.setValue(Settings::Key::SoftphoneBaresipAddress, m_ui->baresipAddressEdit->text().trimmed());
    m_settings.setValue(Settings::Key::SoftphoneListener, m_ui->listenerCheck->isChecked());
    m_settings.setValue(Settings::Key::SoftphoneListenerPort, m_ui->listenerPortSpin->value());
    m_settings.setValue(Settings::Key::SoftphoneCallerReferenceFromNumber, m_ui->numberAsReferenceCheck->isChecked());
    m_settings.setValue(Settings::Key::SoftphonePlaybookRules, m_ui->playbookRulesEdit->toPlainText().trimmed());
    m_settings.sync();
}

} // namespace steadyline::gui
