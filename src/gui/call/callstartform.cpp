#include "callstartform.h"

#include "playbook/messagetemplate.h"
#include "settings/settings.h"
#include "ui_assistwindow.h"

#include <QLocale>

namespace steadyline::gui {

QString addressDisplayName(FormOfAddress address, const QString &locale)
{
    const QString language = locale.section(QLatin1Char('-'), 0, 0);
    const auto pick = [address](const QString &male, const QString &female, const QString &plural) {
        switch (address) {
        case FormOfAddress::FormalMale: return male;
        case FormOfAddress::FormalFemale: return female;
        case FormOfAddress::FormalPlural: return plural;
        }
        return male;
    };
    if (language == u"pl")
        return pick(QStringLiteral("Pan"), QStringLiteral("Pani"), QStringLiteral("Państwo"));
    if (language == u"cs")
        return pick(QStringLiteral("pan"), QStringLiteral("paní"), QStringLiteral("vy (množné číslo)"));
    if (language == u"ru")
        return pick(QStringLiteral("господин (на «вы»)"), QStringLiteral("госпожа (на «вы»)"),
                    QStringLiteral("без обращения по полу (на «вы»)"));
    return pick(CallStartForm::tr("Sir (Mr)"), CallStartForm::tr("Madam (Ms)"),
                CallStartForm::tr("You (a couple, or gender unknown)"));
}

QString addressChoiceText(FormOfAddress address, const Playbook &playbook)
{
    const QString name = addressDisplayName(address, playbook.baseLocale);
    if (address != FormOfAddress::FormalPlural || everyAddressHasPluralForm(playbook))
        return name;
    return CallStartForm::tr("%1 (some lines show both forms)").arg(name);
}

CallStartForm::CallStartForm(Ui::AssistWindow &ui, Settings &settings, PlaybookCatalog &catalog, QObject *parent)
    : QObject(parent)
    , m_ui(ui)
    , m_settings(settings)
    , m_catalog(catalog)
{
    m_ui.channelCombo->addItem(tr("Phone"), channelName(Channel::Phone));
    m_ui.channelCombo->addItem(tr("In person"), channelName(Channel::InPerson));
    m_ui.channelCombo->setCurrentIndex(m_settings.lastChannel() == Channel::Phone ? 0 : 1);
    m_source = new QLabel(m_ui.startPage);
    m_source->setObjectName(QStringLiteral("playbookSource"));
    m_source->setWordWrap(true);
    m_source->setTextFormat(Qt::PlainText);
    m_ui.startLayout->insertWidget(m_ui.startLayout->indexOf(m_ui.startButton), m_source);
    connect(m_ui.playbookCombo, &QComboBox::currentIndexChanged, this, &CallStartForm::updateAddressChoices);
    retranslate();
}

void CallStartForm::reload()
{
    const QString chosen = selectedId();
    const QString remembered = chosen.isEmpty() ? m_settings.string(Settings::Key::LastPlaybook) : chosen;
    const QSignalBlocker blocker(m_ui.playbookCombo);
    m_ui.playbookCombo->clear();
    for (const CatalogEntry &entry : m_catalog.entries()) {
        const Playbook &playbook = entry.active->playbook();
        // The language first: a narrow window cuts the end of the title, not the language.
        const QString title = playbook.title.resolve(playbook.baseLocale, playbook.baseLocale);
        m_ui.playbookCombo->addItem(QStringLiteral("%1 · %2").arg(playbook.baseLocale, title), playbook.id);
        m_ui.playbookCombo->setItemData(m_ui.playbookCombo->count() - 1, title, Qt::ToolTipRole);
    }
    // The last choice, else the 3.5-step playbook in the user's language, else the first.
    int index = m_ui.playbookCombo->findData(remembered);
    if (index < 0)
        index = m_ui.playbookCombo->findData(QStringLiteral("aggressive-caller-") + QLocale().name().left(2));
    if (index < 0)
        index = m_ui.playbookCombo->findData(QStringLiteral("aggressive-caller-en"));
    m_ui.playbookCombo->setCurrentIndex(std::max(0, index));
    updateAddressChoices();
}

QString CallStartForm::selectedId() const
{
    return m_ui.playbookCombo->currentData().toString();
}

PlaybookSnapshot CallStartForm::selected() const
{
    return m_catalog.active(selectedId());
}

void CallStartForm::showSource()
{
    const CatalogEntry *entry = m_catalog.entry(selectedId());
    m_source->setVisible(entry != nullptr);
    if (!entry)
        return;
    const CatalogPlaybook &inUse = *entry->active;
    if (inUse.publication) {
        // Who published the version in use, when, and why (the lead's note).
        m_source->setText(tr("In use: %1").arg(inUse.sourceLabel()));
        m_source->setToolTip(inUse.publication->note.isEmpty()
                                 ? entry->why
                                 : tr("%1\nThe lead's note: %2").arg(entry->why, inUse.publication->note));
        return;
    }
    m_source->setText(tr("Revision %1 · %2").arg(inUse.playbook().revision).arg(playbookSourceLabel(inUse.source)));
    m_source->setToolTip(entry->why);
}

void CallStartForm::updateAddressChoices()
{
    showSource();
    const PlaybookSnapshot chosen = selected();
    if (!chosen)
        return;
    const int previous = m_ui.addressCombo->currentIndex();
    m_ui.addressCombo->clear();
    for (const FormOfAddress address : kFormsOfAddress)
        m_ui.addressCombo->addItem(addressChoiceText(address, chosen->playbook()), formOfAddressName(address));
    m_ui.addressCombo->setCurrentIndex(
        previous >= 0 ? previous
                      : std::max(0, m_ui.addressCombo->findData(formOfAddressName(m_settings.lastAddress()))));
}

CallSetup CallStartForm::takeSetup(const Playbook &playbook)
{
    CallSetup setup;
    setup.channel = channelFromName(m_ui.channelCombo->currentData().toString()).value_or(Channel::Phone);
    setup.locale = playbook.baseLocale;
    setup.render.address =
        formOfAddressFromName(m_ui.addressCombo->currentData().toString()).value_or(FormOfAddress::FormalMale);
    setup.render.agentGender = m_settings.consultantGender();
    setup.render.agentName = m_settings.string(Settings::Key::ConsultantName);
    setup.render.caseReference = m_ui.caseEdit->text().trimmed();
    m_settings.setValue(Settings::Key::LastPlaybook, playbook.id);
    m_settings.setValue(Settings::Key::LastChannel, channelName(setup.channel));
    m_settings.setValue(Settings::Key::LastAddress, formOfAddressName(setup.render.address));
    return setup;
}

void CallStartForm::chooseChannel(Channel channel)
{
    m_ui.channelCombo->setCurrentIndex(std::max(0, m_ui.channelCombo->findData(channelName(channel))));
}

void CallStartForm::setCallerReference(const QString &reference)
{
    m_ui.caseEdit->setText(reference);
}

void CallStartForm::clearCallerReference()
{
    m_ui.caseEdit->clear();
}

bool CallStartForm::choosePlaybook(const QString &playbookId)
{
    const int index = m_ui.playbookCombo->findData(playbookId);
    if (index < 0)
        return false;
    m_ui.playbookCombo->setCurrentIndex(index);
    return true;
}

void CallStartForm::retranslate()
{
    m_ui.channelCombo->setItemText(m_ui.channelCombo->findData(channelName(Channel::Phone)), tr("Phone"));
    m_ui.channelCombo->setItemText(m_ui.channelCombo->findData(channelName(Channel::InPerson)), tr("In person"));
    m_source->setAccessibleDescription(tr("Where the playbook comes from"));
    updateAddressChoices(); // the addresses are in the playbook's language, "Sir (Mr)" in the interface's
}

} // namespace steadyline::gui
