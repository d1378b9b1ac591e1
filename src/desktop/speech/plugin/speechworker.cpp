#include "speechworker.h"

#include <spdlog/spdlog.h>

#include <QLocale>
#include <QTextToSpeech>
#include <QThread>
#include <QVoice>

#include <algorithm>
#include <chrono>
#include <optional>
#include <thread>

namespace steadyline::gui {

namespace {

// Marks the speech thread busy for the length of one request (see SpeechRequests::callStartedMs).
class CallInProgress
{
public:
    explicit CallInProgress(SpeechRequests &requests)
        : m_requests(requests)
    {
        m_requests.callStartedMs = SpeechRequests::nowMs();
    }
    ~CallInProgress() { m_requests.callStartedMs = 0; }
    CallInProgress(const CallInProgress &) = delete;
    CallInProgress &operator=(const CallInProgress &) = delete;

private:
    SpeechRequests &m_requests;
};

} // namespace

SpeechWorker::SpeechWorker(std::shared_ptr<SpeechRequests> requests, LanguageAnswer answer)
    : m_requests(std::move(requests))
    , m_answer(std::move(answer))
{}

SpeechWorker::~SpeechWorker() = default;

void SpeechWorker::parkIfAbandoned() const
{
    if (!abandoned())
        return;
    // No logging either: the logger may be gone. CallerVoice logged when it let this thread go.
    for (;;)
        std::this_thread::sleep_for(std::chrono::hours(24));
}

void SpeechWorker::chooseLanguage(const QString &language, quint64 request)
{
    if (m_requests->closing.load() || request != m_requests->latestLanguage.load())
        return;
    const CallInProgress busy(*m_requests);
    m_hasVoice = false;
    const auto answer = [&](const QString &engine, const QString &voice) {
        m_answer(request, language, engine, voice);
    };
    const QLocale::Language wanted = QLocale(language).language();
    if (wanted == QLocale::C || wanted == QLocale::AnyLanguage)
        return answer({}, {});
    // The language's own country first (pl_PL, not a regional variant), then any other.
    const QLocale home(wanted);
    for (const QString &engineName : speechEngineOrder(QTextToSpeech::availableEngines())) {
        if (!m_speech || m_engineName != engineName) {
            m_speech.reset();
            parkIfAbandoned();
            // Connects to the engine: for speech-dispatcher, starts the daemon if need be and
            // lists every voice of every module.
            m_speech = std::make_unique<QTextToSpeech>(engineName);
            parkIfAbandoned();
            m_engineName = engineName;
        }
        QTextToSpeech &speech = *m_speech;
        if (speech.state() == QTextToSpeech::Error) {
            spdlog::info("The speech engine '{}' cannot be used: {}", engineName.toStdString(),
                         speech.errorString().toStdString());
            continue;
        }
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
        parkIfAbandoned();
        const QList<QVoice> voices = speech.availableVoices();
        QStringList names;
        for (const QVoice &voice : voices)
            names << voice.name();
        const int voice = preferredSpeechVoice(names);
        if (voice < 0)
            continue;
        speech.setVoice(voices.at(voice));
        parkIfAbandoned();
        m_hasVoice = true;
        spdlog::info("The rehearsal caller speaks {} with the voice '{}' of the engine '{}'", language.toStdString(),
                     names.at(voice).toStdString(), engineName.toStdString());
        return answer(engineName, names.at(voice));
    }
    spdlog::info("No voice for {}: the rehearsal caller's lines are shown only", language.toStdString());
    answer({}, {});
}

void SpeechWorker::say(const QString &text, quint64 generation)
{
    if (m_requests->closing.load() || generation != m_requests->lineGeneration.load())
        return;
    if (!m_speech || !m_hasVoice || text.isEmpty())
        return;
    const CallInProgress busy(*m_requests);
    m_speech->say(text);
    m_saidSinceStop = true;
    parkIfAbandoned();
}

void SpeechWorker::stop()
{
    // Cancelling is a round trip too: only when something was said.
    if (m_requests->closing.load() || !m_speech || !m_saidSinceStop)
        return;
    m_saidSinceStop = false;
    const CallInProgress busy(*m_requests);
    m_speech->stop();
    parkIfAbandoned();
}

void SpeechWorker::shutDown()
{
    // Cancels what is being read and closes the connection (libspeechd joins its event thread).
    {
        const CallInProgress busy(*m_requests);
        m_speech.reset();
    }
    parkIfAbandoned();
    QThread::currentThread()->quit();
}

} // namespace steadyline::gui
