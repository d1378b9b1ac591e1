#include "rehearsalpanel.h"

#include "settings/settings.h"
#include "speech/callervoice.h"
#include "ui_rehearsalpanel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidgetItem>
#include <QPushButton>

#include <algorithm>

namespace steadyline::gui {

namespace {

constexpr int kMaxSayOptions = 4;

// A button whose text wraps: a line to say is a whole sentence, and the window is narrow.
class WrappingButton : public QPushButton
{
public:
    explicit WrappingButton(QWidget *parent)
        : QPushButton(parent)
        , m_label(new QLabel(this))
    {
        m_label->setWordWrap(true);
        m_label->setTextFormat(Qt::PlainText);
        m_label->setAttribute(Qt::WA_TransparentForMouseEvents);
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(kMargin, kMargin / 2, kMargin, kMargin / 2);
        layout->addWidget(m_label);
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
    }
    void setWrappedText(const QString &text)
    {
        m_label->setText(text);
        updateGeometry();
    }
    [[nodiscard]] QString wrappedText() const { return m_label->text(); }
    [[nodiscard]] QSize sizeHint() const override { return {QPushButton::sizeHint().width(), heightForWidth(width())}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {kMargin * 6, heightForWidth(width())}; }
    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override
    {
        return m_label->heightForWidth(std::max(width - 2 * kMargin, kMargin)) + kMargin;
    }

private:
    static constexpr int kMargin = 8;
    QLabel *m_label;
};

QString toneText(CallerTone tone)
{
    switch (tone) {
    case CallerTone::Shouting: return RehearsalPanel::tr("shouting");
    case CallerTone::Aggressive: return RehearsalPanel::tr("aggressive");
    case CallerTone::Insulting: return RehearsalPanel::tr("insulting");
    case CallerTone::Threatening: return RehearsalPanel::tr("threatening");
    case CallerTone::Sarcastic: return RehearsalPanel::tr("sarcastic");
    case CallerTone::Upset: return RehearsalPanel::tr("upset");
    case CallerTone::Venting: return RehearsalPanel::tr("venting");
    case CallerTone::Calming: return RehearsalPanel::tr("calming down");
    case CallerTone::Calm: return RehearsalPanel::tr("calm");
    case CallerTone::Silent: return RehearsalPanel::tr("silent");
    }
    return {};
}

} // namespace

RehearsalPanel::RehearsalPanel(Settings &settings, QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::RehearsalPanel>())
    , m_settings(settings)
    , m_voice(new CallerVoice(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("rehearsalPanel"));
    for (int i = 0; i < kMaxSayOptions; ++i) {
        auto *button = new WrappingButton(m_ui->sayButtons);
        button->setObjectName(QStringLiteral("sayButton_%1").arg(i + 1));
        button->setFocusPolicy(Qt::NoFocus); // the keys go to the window, as in a live call
        m_ui->sayButtonsLayout->addWidget(button);
        m_sayButtons.push_back(button);
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)));
        action->setShortcutContext(Qt::WindowShortcut);
        m_sayActions.push_back(action);
        const auto choose = [this, i] {
            if (m_run && static_cast<std::size_t>(i) < m_sayOptionIds.size())
                emit sayChosen(m_sayOptionIds[static_cast<std::size_t>(i)]);
        };
        connect(action, &QAction::triggered, this, choose);
        connect(button, &QPushButton::clicked, this, choose);
    }
    m_ui->speakCheck->setChecked(m_settings.flag(Settings::Key::SpeakCallerLines));
    connect(m_ui->speakCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_settings.setValue(Settings::Key::SpeakCallerLines, on);
        if (!on)
            m_voice->stop();
    });
    // The voice is chosen on its own thread: the check box follows when the answer comes.
    connect(m_voice, &CallerVoice::voiceChosen, this, &RehearsalPanel::showVoiceAvailability);
}

RehearsalPanel::~RehearsalPanel() = default;

void RehearsalPanel::attach(TrainingRun &run)
{
    detach();
    m_run = &run;
    m_shownLines = 0;
    m_ui->transcript->clear();
    m_ui->feedbackLabel->clear();
    const Scenario &scenario = run.scenario();
    m_ui->scenarioTitle->setText(tr("Rehearsal: %1").arg(scenario.title));
    // Recorded lines play without a synthetic voice; the others are then shown only.
    m_hasRecordings = CallerVoice::builtWithRecordings() &&
                      std::any_of(scenario.turns.begin(), scenario.turns.end(),
                                  [](const ScenarioTurn &turn) { return !turn.callerAudio.isEmpty(); });
    m_voice->setLanguage(scenario.language);
    showVoiceAvailability();
    connect(&run, &TrainingRun::turnChanged, this, &RehearsalPanel::showTurn);
    connect(&run, &TrainingRun::optionChosen, this, &RehearsalPanel::addFeedback);
    showTurn();
}

void RehearsalPanel::showVoiceAvailability()
{
    // While the voice is being chosen the lines are handed to it: it reads them once it is found.
    const bool voice = m_voice->available() || m_voice->choosingVoice() || m_hasRecordings;
    m_ui->speakCheck->setEnabled(voice);
    m_ui->speakCheck->setToolTip(voice ? QString()
                                       : tr("This system has no voice for the scenario's language; the caller's "
                                            "lines are shown only."));
}

void RehearsalPanel::detach()
{
    if (m_run)
        disconnect(m_run, nullptr, this, nullptr);
    m_run = nullptr;
    // Alt+1…4 are the quick tags again once the rehearsal is over.
    m_sayOptionIds.clear();
    for (QAction *action : m_sayActions)
        action->setEnabled(false);
    m_voice->stop();
}

void RehearsalPanel::appendTranscript(std::size_t from)
{
    const auto &lines = m_run->transcript();
    for (std::size_t i = from; i < lines.size(); ++i) {
        const TranscriptLine &line = lines[i];
        QString text;
        switch (line.speaker) {
        case TranscriptLine::Speaker::Caller:
            text = tr("Caller (%1): %2").arg(toneText(line.tone), line.text);
            if (m_ui->speakCheck->isChecked() && m_ui->speakCheck->isEnabled())
                m_voice->speak(line.text, line.audio);
            break;
        case TranscriptLine::Speaker::Trainee: text = tr("You: %1").arg(line.text); break;
        case TranscriptLine::Speaker::Note: text = tr("Note: %1").arg(line.text); break;
        case TranscriptLine::Speaker::Promise: text = tr("Promise: %1").arg(line.text); break;
        case TranscriptLine::Speaker::System: text = line.text; break;
        }
        auto *item = new QListWidgetItem(text, m_ui->transcript);
        if (line.speaker == TranscriptLine::Speaker::Caller) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
    }
    m_ui->transcript->scrollToBottom();
}

void RehearsalPanel::showTurn()
{
    if (!m_run)
        return;
    appendTranscript(m_shownLines);
    m_shownLines = m_run->transcript().size();
    m_sayOptionIds.clear();
    const auto says = m_run->sayOptions();
    for (std::size_t i = 0; i < m_sayButtons.size(); ++i) {
        QPushButton *button = m_sayButtons[i];
        const bool shown = i < says.size() && !m_run->isFinished();
        button->setVisible(shown);
        m_sayActions[i]->setEnabled(shown);
        if (!shown)
            continue;
        const QString line = m_run->render(says[i]->text);
        m_sayOptionIds.push_back(says[i]->id);
        const QString shortcut = m_sayActions[i]->shortcut().toString(QKeySequence::NativeText);
        static_cast<WrappingButton *>(button)->setWrappedText(QStringLiteral("%1   [%2]").arg(line, shortcut));
        button->setAccessibleName(line);
        button->setToolTip(line);
    }
    m_ui->sayHeading->setVisible(!m_sayOptionIds.empty());
}

void RehearsalPanel::addFeedback(const QString &optionId, int points, const QString &feedback)
{
    Q_UNUSED(optionId)
    // What the trainee just said comes first, then the feedback on it, then the caller's answer.
    if (m_run) {
        appendTranscript(m_shownLines);
        m_shownLines = m_run->transcript().size();
    }
    // The sign is written out, so the feedback does not depend on colour.
    const QString score = points > 0 ? tr("+%1").arg(points) : points < 0 ? tr("−%1").arg(-points) : tr("±0");
    const QString text = tr("%1 points: %2").arg(score, feedback);
    m_ui->feedbackLabel->setText(text);
    auto *item = new QListWidgetItem(QStringLiteral("   ") + text, m_ui->transcript);
    QFont font = item->font();
    font.setItalic(true);
    item->setFont(font);
    m_ui->transcript->scrollToBottom();
}

void RehearsalPanel::showNotOffered(const QString &what)
{
    m_ui->feedbackLabel->setText(tr("%1 is not an option at this point of the rehearsal.").arg(what));
}

} // namespace steadyline::gui
