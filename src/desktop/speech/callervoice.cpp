#include "callervoice.h"

#include <spdlog/spdlog.h>

#include <optional>
#include <utility>

#ifdef STEADYLINE_HAS_MULTIMEDIA
#include <QAudioOutput>
#include <QMediaPlayer>
#endif
#ifdef STEADYLINE_HAS_TEXT_TO_SPEECH
#include <QLocale>
#include <QTextToSpeech>
#include <QVoice>
#endif

namespace steadyline::gui {

namespace {

const QString kSpeechDispatcher = QStringLiteral("speechd");

} // namespace

struct CallerVoice::Engine
{
#ifdef STEADYLINE_HAS_TEXT_TO_SPEECH
    std::unique_ptr<QTextToSpeech> speech;
    QString name;
#endif
#ifdef STEADYLINE_HAS_MULTIMEDIA
    QMediaPlayer *player = nullptr; // made at the first recording
    QString fallbackText;           // said instead when the recording cannot be played
#endif
};

CallerVoice::CallerVoice(QObject *parent)
    : QObject(parent)
    , m_engine(std::make_unique<Engine>())
{}

CallerVoice::~CallerVoice() = default;

bool CallerVoice::builtWithRecordings()
{
#ifdef STEADYLINE_HAS_MULTIMEDIA
    return true;
#else
    return false;
#endif
}

CallerVoice::Reading CallerVoice::speak(const QString &text, const QString &recording)
{
#ifdef STEADYLINE_HAS_MULTIMEDIA
    if (!recording.isEmpty()) {
        stop();
        if (!m_engine->player) {
            m_engine->player = new QMediaPlayer(this);
            m_engine->player->setAudioOutput(new QAudioOutput(m_engine->player));
            connect(m_engine->player, &QMediaPlayer::errorOccurred, this,
                    [this](QMediaPlayer::Error, const QString &problem) {
                        spdlog::warn("A recording of the rehearsal caller cannot be played ({}); the line is read "
                                     "by the synthetic voice",
                                     problem.toStdString());
                        say(std::exchange(m_engine->fallbackText, QString()));
                    });
        }
        m_engine->fallbackText = text;
        m_engine->player->setSource(QUrl::fromLocalFile(recording));
        m_engine->player->play();
        return Reading::Recording;
    }
#else
    Q_UNUSED(recording)
#endif
    if (!m_available || text.isEmpty())
        return Reading::Silent;
    say(text);
    return Reading::Synthesis;
}

QUrl CallerVoice::recordingSource() const
{
#ifdef STEADYLINE_HAS_MULTIMEDIA
    if (m_engine->player)
        return m_engine->player->source();
#endif
    return {};
}

bool CallerVoice::builtWithSpeech()
{
#ifdef STEADYLINE_HAS_TEXT_TO_SPEECH
    return true;
#else
    return false;
#endif
}

QStringList CallerVoice::installedEngines()
{
#ifdef STEADYLINE_HAS_TEXT_TO_SPEECH
    return QTextToSpeech::availableEngines();
#else
    return {};
#endif
}

QStringList CallerVoice::engineOrder(const QStringList &installed)
{
    QStringList order;
    if (installed.contains(kSpeechDispatcher))
        order << kSpeechDispatcher;
    for (const QString &engine : installed) {
        if (!order.contains(engine))
            order << engine;
    }
    return order;
}

int CallerVoice::preferredVoice(const QStringList &voiceNames)
{
    for (int i = 0; i < voiceNames.size(); ++i) {
        if (!voiceNames.at(i).contains(QLatin1Char('+')))
            return i;
    }
    return voiceNames.isEmpty() ? -1 : 0;
}

bool CallerVoice::setLanguage(const QString &language)
{
    m_available = false;
    m_engineName.clear();
    m_voiceName.clear();
#ifdef STEADYLINE_HAS_TEXT_TO_SPEECH
    stop();
    const QLocale::Language wanted = QLocale(language).language();
    if (wanted == QLocale::C || wanted == QLocale::AnyLanguage)
        return false;
    // The language's own country first (pl_PL, not a regional variant), then any other.
    const QLocale home(wanted);
    for (const QString &engineName : engineOrder(QTextToSpeech::availableEngines())) {
        if (!m_engine->speech || m_engine->name != engineName) {
            m_engine->speech = std::make_unique<QTextToSpeech>(engineName);
            m_engine->name = engineName;
        }
        QTextToSpeech &speech = *m_engine->speech;
        if (speech.state() == QTextToSpeech::Error)
            continue;
        std::optional<QLocale> chosen;
        for (const QLocale &locale : speech.availableLocales()) {
            if (locale.language() != wanted)
                continue;
            if (!chosen || (locale.territory() == home.territory() && chosen->territory() != home.territory()))
                chosen = locale;
        }
        if (!chosen)
            continue;
        speech.setLocale(*chosen);
        const QList<QVoice> voices = speech.availableVoices();
        QStringList names;
        for (const QVoice &voice : voices)
            names << voice.name();
        const int voice = preferredVoice(names);
        if (voice < 0)
            continue;
        speech.setVoice(voices.at(voice));
        m_engineName = engineName;
        m_voiceName = names.at(voice);
        m_available = true;
        spdlog::info("The rehearsal caller speaks {} with the voice '{}' of the engine '{}'", language.toStdString(),
                     m_voiceName.toStdString(), m_engineName.toStdString());
        return true;
    }
    spdlog::info("No voice for {}: the rehearsal caller's lines are shown only", language.toStdString());
#else
    Q_UNUSED(language)
#endif
    return m_available;
}

void CallerVoice::say(const QString &text)
{
#ifdef STEADYLINE_HAS_TEXT_TO_SPEECH
    if (m_available && !text.isEmpty())
        m_engine->speech->say(text);
#else
    Q_UNUSED(text)
#endif
}

void CallerVoice::stop()
{
#ifdef STEADYLINE_HAS_TEXT_TO_SPEECH
    if (m_engine->speech)
        m_engine->speech->stop();
#endif
#ifdef STEADYLINE_HAS_MULTIMEDIA
    if (m_engine->player) {
        m_engine->fallbackText.clear();
        m_engine->player->stop();
    }
#endif
}

} // namespace steadyline::gui
