#include "playbookpreview.h"

#include "call/callstartform.h"
#include "widgets/noticestyle.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace steadyline::gui {

namespace {

// The word in the replayed path that stands for "the timer ran out".
const QString kTimeout = QStringLiteral("@timeout");

QLabel *wrappingLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 4);
}

} // namespace

PlaybookPreview::PlaybookPreview(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *pickers = new QGridLayout;
    const auto combo = [this](const QString &name) {
        auto *box = new QComboBox(this);
        box->setObjectName(name);
        return box;
    };
    m_localeCombo = combo(QStringLiteral("previewLocale"));
    m_channelCombo = combo(QStringLiteral("previewChannel"));
    m_addressCombo = combo(QStringLiteral("previewAddress"));
    m_genderCombo = combo(QStringLiteral("previewGender"));
    // The texts are set by retranslate(), also when the interface language changes.
    m_channelCombo->addItem(QString(), channelName(Channel::Phone));
    m_channelCombo->addItem(QString(), channelName(Channel::InPerson));
    m_genderCombo->addItem(QString(), genderName(Gender::Female));
    m_genderCombo->addItem(QString(), genderName(Gender::Male));
    const auto labelled = [this](QComboBox *box) {
        auto *label = new QLabel(this);
        label->setBuddy(box);
        return label;
    };
    m_localeLabel = labelled(m_localeCombo);
    m_channelLabel = labelled(m_channelCombo);
    m_addressLabel = labelled(m_addressCombo);
    m_genderLabel = labelled(m_genderCombo);
    pickers->addWidget(m_localeLabel, 0, 0);
    pickers->addWidget(m_localeCombo, 0, 1);
    pickers->addWidget(m_channelLabel, 0, 2);
    pickers->addWidget(m_channelCombo, 0, 3);
    pickers->addWidget(m_addressLabel, 1, 0);
    pickers->addWidget(m_addressCombo, 1, 1);
    pickers->addWidget(m_genderLabel, 1, 2);
    pickers->addWidget(m_genderCombo, 1, 3);
    pickers->setColumnStretch(1, 1);
    pickers->setColumnStretch(3, 1);
    layout->addLayout(pickers);

    m_staleNote = wrappingLabel(this, QStringLiteral("previewStaleNote"));
    styleAsNotice(m_staleNote, NoticeKind::Attention);
    m_staleNote->setVisible(false);
    layout->addWidget(m_staleNote);

    // The card: the same parts, in the same order, as the live window's step card.
    m_card = new QFrame(this);
    m_card->setObjectName(QStringLiteral("previewCard"));
    m_card->setFrameShape(QFrame::StyledPanel);
    m_card->setStyleSheet(QStringLiteral("#previewCard { background: palette(base); }"));
    auto *card = new QVBoxLayout(m_card);
    auto *header = new QHBoxLayout;
    m_badge = new QLabel(m_card);
    m_badge->setObjectName(QStringLiteral("previewBadge"));
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setFrameShape(QFrame::Box);
    QFont badgeFont = m_badge->font();
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 1.8);
    badgeFont.setBold(true);
    m_badge->setFont(badgeFont);
    const QFontMetrics badgeMetrics(badgeFont);
    const int badgeSide = std::max(48, badgeMetrics.horizontalAdvance(QStringLiteral("3½")) + 14);
    m_badge->setFixedSize(badgeSide, std::max(48, badgeMetrics.height() + 10));
    header->addWidget(m_badge, 0, Qt::AlignTop);
    auto *headerText = new QVBoxLayout;
    m_title = wrappingLabel(m_card, QStringLiteral("previewTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_path = wrappingLabel(m_card, QStringLiteral("previewPath"));
    headerText->addWidget(m_title);
    headerText->addWidget(m_path);
    header->addLayout(headerText, 1);
    card->addLayout(header);
    m_line = wrappingLabel(m_card, QStringLiteral("previewLine"));
    QFont lineFont = m_line->font();
    lineFont.setPointSizeF(lineFont.pointSizeF() * 1.4);
    m_line->setFont(lineFont);
    card->addWidget(m_line);
    m_phrasings = wrappingLabel(m_card, QStringLiteral("previewPhrasings"));
    m_phrasings->setStyleSheet(QStringLiteral("QLabel { color: palette(placeholder-text); }"));
    card->addWidget(m_phrasings);
    m_timer = wrappingLabel(m_card, QStringLiteral("previewTimerInfo"));
    card->addWidget(m_timer);
    m_tips = wrappingLabel(m_card, QStringLiteral("previewTips"));
    card->addWidget(m_tips);
    m_actions = wrappingLabel(m_card, QStringLiteral("previewActions"));
    m_actions->setStyleSheet(QStringLiteral("QLabel { color: palette(placeholder-text); }"));
    card->addWidget(m_actions);
    card->addStretch(1);
    // The card scrolls rather than squeezing its text when the preview pane is short.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("previewScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_card);
    layout->addWidget(scroll, 1);

    m_eventArea = new QWidget(this);
    m_eventLayout = new QGridLayout(m_eventArea);
    m_eventLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_eventArea);
    auto *controls = new QHBoxLayout;
    m_undoButton = new QPushButton(this);
    m_undoButton->setObjectName(QStringLiteral("previewUndo"));
    m_restartButton = new QPushButton(this);
    m_restartButton->setObjectName(QStringLiteral("previewRestart"));
    controls->addWidget(m_undoButton);
    controls->addWidget(m_restartButton);
    controls->addStretch(1);
    layout->addLayout(controls);

    connect(m_undoButton, &QPushButton::clicked, this, &PlaybookPreview::undo);
    connect(m_restartButton, &QPushButton::clicked, this, &PlaybookPreview::restart);
    for (QComboBox *box : {m_channelCombo, m_addressCombo, m_genderCombo})
        connect(box, &QComboBox::currentIndexChanged, this, &PlaybookPreview::rebuildEngine);
    connect(m_localeCombo, &QComboBox::currentIndexChanged, this, &PlaybookPreview::onLocaleChanged);
    retranslate();
}

void PlaybookPreview::retranslate()
{
    m_channelCombo->setItemText(0, tr("Phone"));
    m_channelCombo->setItemText(1, tr("In person"));
    m_genderCombo->setItemText(0, tr("Consultant: woman"));
    m_genderCombo->setItemText(1, tr("Consultant: man"));
    m_localeLabel->setText(tr("&Language"));
    m_channelLabel->setText(tr("C&hannel"));
    m_addressLabel->setText(tr("Add&ress"));
    m_genderLabel->setText(tr("&Gender"));
    m_staleNote->setText(tr("The text has errors: this is the last valid version."));
    m_undoButton->setText(tr("Undo step"));
    m_restartButton->setText(tr("Start over"));
    fillAddresses();
    showStep();
}

void PlaybookPreview::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void PlaybookPreview::fillAddresses()
{
    // The form of address is named in the playbook's language ("Pan", "pan", "господин").
    const int address = std::max(0, m_addressCombo->currentIndex());
    const QSignalBlocker blocker(m_addressCombo);
    m_addressCombo->clear();
    for (const FormOfAddress form : kFormsOfAddress)
        m_addressCombo->addItem(tr("Caller: %1").arg(addressDisplayName(form, locale())), formOfAddressName(form));
    m_addressCombo->setCurrentIndex(address);
}

void PlaybookPreview::onLocaleChanged()
{
    fillAddresses(); // the form of address is named in the playbook's language ("Pan", "pan", "господин")
    rebuildEngine();
    emit localeChanged(locale());
}

PlaybookPreview::~PlaybookPreview() = default;

QString PlaybookPreview::locale() const
{
    return m_localeCombo->currentData().toString();
}

QString PlaybookPreview::currentStepId() const
{
    return m_engine && m_engine->started() ? m_engine->current().stepId : QString();
}

CallSetup PlaybookPreview::setup() const
{
    CallSetup result;
    result.channel = channelFromName(m_channelCombo->currentData().toString()).value_or(Channel::Phone);
    result.locale = locale();
    result.render.address =
        formOfAddressFromName(m_addressCombo->currentData().toString()).value_or(FormOfAddress::FormalMale);
    result.render.agentGender = genderFromName(m_genderCombo->currentData().toString()).value_or(Gender::Female);
    result.render.agentName = tr("Anna");
    result.render.caseReference = QStringLiteral("ZG-2026-0142");
    return result;
}

void PlaybookPreview::setPlaybook(std::shared_ptr<const Playbook> playbook)
{
    m_playbook = std::move(playbook);
    m_stale = false;
    m_staleNote->setVisible(false);
    fillLocales(); // rebuilds the engine
}

void PlaybookPreview::setStale(bool stale)
{
    m_stale = stale && m_playbook;
    m_staleNote->setVisible(m_stale);
}

void PlaybookPreview::fillLocales()
{
    const QString previous = locale();
    {
        const QSignalBlocker blocker(m_localeCombo);
        m_localeCombo->clear();
        if (m_playbook) {
            for (const QString &code : m_playbook->locales)
                m_localeCombo->addItem(code, code);
        }
        const int keep = m_localeCombo->findData(previous);
        const int base = m_playbook ? m_localeCombo->findData(m_playbook->baseLocale) : -1;
        m_localeCombo->setCurrentIndex(keep >= 0 ? keep : std::max(base, 0));
    }
    onLocaleChanged(); // also when the locale stayed: the engine is rebuilt on the new version
}

void PlaybookPreview::rebuildEngine()
{
    if (!m_playbook || m_localeCombo->count() == 0) {
        m_engine.reset();
        showStep();
        return;
    }
    m_engine = std::make_unique<PlaybookEngine>(m_playbook, setup());
    m_engine->start();
    // Replay the path as far as this version still allows it.
    for (qsizetype i = 0; i < m_inputs.size(); ++i) {
        const bool moved =
            m_inputs.at(i) == kTimeout ? m_engine->expireTimer() : m_engine->fire(m_inputs.at(i)) == FireResult::Moved;
        if (!moved) {
            m_inputs = m_inputs.mid(0, i);
            break;
        }
    }
    showStep();
}

bool PlaybookPreview::pressButton(int index)
{
    if (index < 0 || static_cast<std::size_t>(index) >= m_eventButtons.size())
        return false;
    m_eventButtons[static_cast<std::size_t>(index)]->click();
    return true;
}

void PlaybookPreview::fire(const QString &input)
{
    if (!m_engine)
        return;
    const bool moved = input == kTimeout ? m_engine->expireTimer() : m_engine->fire(input) == FireResult::Moved;
    if (moved)
        m_inputs << input;
    showStep();
}

void PlaybookPreview::undo()
{
    if (m_inputs.isEmpty())
        return;
    m_inputs.removeLast();
    rebuildEngine();
}

void PlaybookPreview::restart()
{
    m_inputs.clear();
    rebuildEngine();
}

void PlaybookPreview::showStep()
{
    // The button pressed may be one of these, still inside its clicked(): deleted later, and
    // taken out of the window now so nothing finds it any more.
    for (QPushButton *button : m_eventButtons) {
        button->hide();
        button->setParent(nullptr);
        button->deleteLater();
    }
    m_eventButtons.clear();
    m_undoButton->setEnabled(!m_inputs.isEmpty());
    m_restartButton->setEnabled(!m_inputs.isEmpty());
    if (!m_engine) {
        m_badge->clear();
        m_title->setText(tr("No valid version of this playbook yet."));
        for (QLabel *label : {m_path, m_line, m_phrasings, m_timer, m_tips, m_actions})
            label->clear();
        emit currentStepChanged(QString());
        return;
    }
    const StepView &step = m_engine->current();
    m_badge->setText(step.label);
    m_title->setText(step.title);
    // The path as the live window shows it: "1 → 2 → 3" (countdown and hang-up are both "3½").
    QStringList path;
    std::vector<QString> stack;
    for (const TransitionRecord &record : m_engine->history()) {
        const Step *entered = m_engine->playbook().findStep(record.toStep);
        stack.push_back(entered ? entered->label : record.toStep);
    }
    for (const QString &label : stack) {
        if (path.isEmpty() || path.last() != label)
            path << label;
    }
    m_path->setText(path.join(QStringLiteral(" → ")));
    m_line->setText(step.say.value(0));
    m_line->setVisible(!step.say.isEmpty());
    m_phrasings->setVisible(step.say.size() > 1);
    QStringList others;
    for (qsizetype i = 1; i < step.say.size(); ++i)
        others << QStringLiteral("%1. %2").arg(i + 1).arg(step.say.at(i));
    m_phrasings->setText(tr("Other phrasings (F7 in a call):") + QLatin1Char('\n') + others.join(QLatin1Char('\n')));
    m_timer->setVisible(step.timer.has_value());
    if (step.timer)
        m_timer->setText(
            tr("Countdown %1 s (%2–%3 s)")
                .arg(seconds(step.timer->defaultMs), seconds(step.timer->minMs), seconds(step.timer->maxMs)));
    m_tips->setVisible(!step.tips.isEmpty());
    m_tips->setText(QStringLiteral("• ") + step.tips.join(QStringLiteral("\n• ")));
    QStringList actions;
    for (const RenderedAction &action : step.actions) {
        QString text = actionTypeName(action.type);
        if (!action.eventCode.isEmpty())
            text += QStringLiteral(" ") + action.eventCode;
        if (!action.text.isEmpty())
            text += QStringLiteral(": ") + action.text;
        if (action.type == ActionType::EndCall)
            text += QStringLiteral(" ") + finalActionName(action.finalAction) + QStringLiteral(" → ") +
                    callOutcomeName(action.outcome);
        actions << text;
    }
    m_actions->setVisible(!actions.isEmpty() || step.isFinal);
    m_actions->setText((step.isFinal ? tr("Final step. ") : QString()) +
                       (actions.isEmpty() ? QString() : tr("On entering: %1").arg(actions.join(QStringLiteral("; ")))));

    // A button per event that leads somewhere from here, and one for the timer.
    for (const QString &event : m_engine->availableEvents()) {
        const EventDefinition *definition = m_engine->playbook().findEvent(event);
        auto *button = new QPushButton(definition ? m_engine->renderText(definition->label) : event, m_eventArea);
        button->setObjectName(QStringLiteral("previewEvent_") + event);
        button->setToolTip(tr("Fire the event \"%1\" (Ctrl+%2)").arg(event).arg(m_eventButtons.size() + 1));
        connect(button, &QPushButton::clicked, this, [this, event] { fire(event); });
        m_eventLayout->addWidget(button, static_cast<int>(m_eventButtons.size()) / 2,
                                 static_cast<int>(m_eventButtons.size()) % 2);
        m_eventButtons.push_back(button);
    }
    if (step.timer && !step.isFinal) {
        auto *button = new QPushButton(tr("Timer runs out"), m_eventArea);
        button->setObjectName(QStringLiteral("previewTimer"));
        button->setToolTip(tr("The countdown ends now (Ctrl+%1)").arg(m_eventButtons.size() + 1));
        connect(button, &QPushButton::clicked, this, [this] { fire(kTimeout); });
        m_eventLayout->addWidget(button, static_cast<int>(m_eventButtons.size()) / 2,
                                 static_cast<int>(m_eventButtons.size()) % 2);
        m_eventButtons.push_back(button);
    }
    emit currentStepChanged(step.stepId);
}

} // namespace steadyline::gui
