#include "callervoice.h"

#include "voicebackend.h"

#include <spdlog/spdlog.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QMetaObject>
#include <QPluginLoader>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <mutex>
#include <utility>
#include <vector>

namespace steadyline::gui {

namespace {

// speech-dispatcher starts in a second or two and lists its voices in under one; ten seconds
// without an answer means it hangs (on a machine without sound it can stop answering for good).
constexpr std::chrono::milliseconds kVoiceLookupTimeout{10000};
// Closing a rehearsal or the application waits this long for the speech thread at most, counted
// from the start of the call it is in: one stuck for longer already gets only a last glance.
constexpr std::chrono::milliseconds kShutdownWait{2000};
constexpr std::chrono::milliseconds kLastGlance{50};

// Speech threads let go while stuck in speech-dispatcher. Kept, never deleted: a QThread destroyed
// while its thread runs aborts the program, and the thread never returns to its event loop (it
// parks, see SpeechWorker::parkIfAbandoned). Reachable, so the leak checker does not report them.
void keepAbandoned(QThread *thread)
{
    static std::mutex mutex;
    static auto *abandoned = new std::vector<QThread *>; // never destroyed either
    const std::lock_guard lock(mutex);
    abandoned->push_back(thread);
}

// The voice plugin's folder: $STEADYLINE_PLUGIN_DIR when set (the build tree's tests), else
// lib/steadyline beside the folder of the app's binary (/usr/bin → /usr/lib/steadyline).
QString voicePluginFolder()
{
    const QString chosen = qEnvironmentVariable("STEADYLINE_PLUGIN_DIR");
    if (!chosen.isEmpty())
        return chosen;
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../lib/steadyline"));
}

// The voice plugin, loaded at the first rehearsal that needs it; null when it is not installed.
VoiceBackend *voiceBackend()
{
    static VoiceBackend *const backend = []() -> VoiceBackend * {
        // Never unloaded: a speech thread let go may still be inside the plugin's code.
        static QPluginLoader loader;
        loader.setFileName(QDir(voicePluginFolder()).filePath(QStringLiteral("steadyline_voice")));
        auto *found = qobject_cast<VoiceBackend *>(loader.instance());
        if (found)
            spdlog::info("The rehearsal caller's voice is loaded from {}", loader.fileName().toStdString());
        else
            spdlog::info("The rehearsal caller's lines are shown only: the voice plugin cannot be loaded ({})",
                         loader.errorString().toStdString());
        return found;
    }();
    return backend;
}

} // namespace

// Carries the speech thread's answers to the window's thread. The speech engine holds it for as
// long as it may answer, which can be longer than the CallerVoice that made it lives (a thread let
// go); the connection to the voice ends with the voice.
class SpeechAnswers : public QObject
{
    Q_OBJECT

signals:
    void languageChosen(quint64 request, const QString &language, const QString &engine, const QString &voice);
};

struct CallerVoice::Engine
{
    // Made at the first language: a window that never rehearses loads no plugin, starts no thread
    // and no daemon.
    QThread *thread = nullptr;
    SpeechEngine *speech = nullptr;  // lives on `thread`; deleted there when it ends
    QObject *speechObject = nullptr; // speech->object(): what queued calls are posted to
    std::shared_ptr<SpeechRequests> requests = std::make_shared<SpeechRequests>();
    quint64 languageRequest = 0;
    bool saidSinceStop = false;
    QTimer lookupTimer;
    std::unique_ptr<RecordingPlayer> player; // made at the first recording
    QString fallbackText;                    // said instead when the recording cannot be played
};

CallerVoice::CallerVoice(QObject *parent)
    : QObject(parent)
    , m_engine(std::make_unique<Engine>())
{
    m_engine->lookupTimer.setSingleShot(true);
    m_engine->lookupTimer.setInterval(kVoiceLookupTimeout);
    connect(&m_engine->lookupTimer, &QTimer::timeout, this, &CallerVoice::giveUpLookup);
}

CallerVoice::~CallerVoice()
{
    QThread *thread = m_engine->thread;
    if (!thread)
        return;
    // Whatever is still queued is skipped; the engine is let go on its own thread.
    m_engine->requests->closing = true;
    QMetaObject::invokeMethod(
        m_engine->speechObject, [speech = m_engine->speech] { speech->shutDown(); }, Qt::QueuedConnection);
    const auto wait = std::max(kShutdownWait - std::chrono::milliseconds(m_engine->requests->busyForMs()), kLastGlance);
    if (thread->wait(QDeadlineTimer(wait))) {
        delete thread;
        return;
    }
    // Stuck in a call to speech-dispatcher that may never return. Waiting longer would freeze the
    // window (or the application's exit); killing the thread is not possible safely. So it is let
    // go: it parks as soon as the call returns, and the process's end takes it with it.
    m_engine->requests->abandoned = true;
    keepAbandoned(thread);
    spdlog::warn("The speech engine has not answered for {} ms: the rehearsal caller's voice is left behind "
                 "(its thread stays blocked until the application ends)",
                 m_engine->requests->busyForMs());
}

std::chrono::milliseconds CallerVoice::voiceLookupTimeout()
{
    return kVoiceLookupTimeout;
}

std::chrono::milliseconds CallerVoice::shutdownWait()
{
    return kShutdownWait;
}

bool CallerVoice::builtWithRecordings()
{
    const VoiceBackend *backend = voiceBackend();
    return backend && backend->hasRecordings();
}

CallerVoice::Reading CallerVoice::speak(const QString &text, const QString &recording)
{
    if (!recording.isEmpty() && startPlayer()) {
        stop();
        m_engine->fallbackText = text;
        m_engine->player->play(recording);
        return Reading::Recording;
    }
    if ((!m_available && !m_choosing) || text.isEmpty())
        return Reading::Silent;
    say(text);
    return Reading::Synthesis;
}

QUrl CallerVoice::recordingSource() const
{
    return m_engine->player ? m_engine->player->source() : QUrl();
}

bool CallerVoice::builtWithSpeech()
{
    const VoiceBackend *backend = voiceBackend();
    return backend && backend->hasSpeech();
}

QStringList CallerVoice::installedEngines()
{
    const VoiceBackend *backend = voiceBackend();
    return backend ? backend->installedEngines() : QStringList();
}

QStringList CallerVoice::engineOrder(const QStringList &installed)
{
    return speechEngineOrder(installed);
}

int CallerVoice::preferredVoice(const QStringList &voiceNames)
{
    return preferredSpeechVoice(voiceNames);
}

void CallerVoice::setLanguage(const QString &language)
{
    m_available = false;
    m_engineName.clear();
    m_voiceName.clear();
    stop();
    if (!startSpeechThread()) {
        emit voiceChosen(false);
        return;
    }
    m_engine->requests->latestLanguage = ++m_engine->languageRequest;
    m_choosing = true;
    m_engine->lookupTimer.start();
    QMetaObject::invokeMethod(
        m_engine->speechObject,
        [speech = m_engine->speech, language, request = m_engine->languageRequest] {
            speech->chooseLanguage(language, request);
        },
        Qt::QueuedConnection);
}

void CallerVoice::takeVoice(quint64 request, const QString &language, const QString &engine, const QString &voice)
{
    // An answer to a language asked for before the last one.
    if (request != m_engine->languageRequest)
        return;
    m_engine->lookupTimer.stop();
    if (!m_choosing && !voice.isEmpty())
        spdlog::info("The voice for {} was found after all", language.toStdString());
    m_choosing = false;
    m_engineName = engine;
    m_voiceName = voice;
    m_available = !voice.isEmpty();
    emit voiceChosen(m_available);
}

void CallerVoice::giveUpLookup()
{
    if (!m_choosing)
        return;
    spdlog::warn("The speech engine did not answer within {} ms: the rehearsal caller's lines are shown only",
                 kVoiceLookupTimeout.count());
    m_choosing = false;
    // The lines given while it was chosen are dropped: read when a slow engine answers at last,
    // they would come in a burst, out of their moment.
    ++m_engine->requests->lineGeneration;
    stopSpeaking();
    emit voiceChosen(false);
}

bool CallerVoice::startSpeechThread()
{
    if (m_engine->thread)
        return true;
    VoiceBackend *backend = voiceBackend();
    if (!backend || !backend->hasSpeech())
        return false;
    // Deleted on the window's thread, whichever thread lets go of it last.
    const std::shared_ptr<SpeechAnswers> answers(new SpeechAnswers, [](SpeechAnswers *done) { done->deleteLater(); });
    connect(answers.get(), &SpeechAnswers::languageChosen, this, &CallerVoice::takeVoice);
    SpeechEngine *speech =
        backend->makeSpeechEngine(m_engine->requests, [answers](quint64 request, const QString &language,
                                                                const QString &engine, const QString &voice) {
            emit answers->languageChosen(request, language, engine, voice);
        });
    if (!speech)
        return false;
    m_engine->speech = speech;
    m_engine->speechObject = speech->object();
    m_engine->thread = new QThread; // no parent: it may have to outlive this object (see the destructor)
    m_engine->thread->setObjectName(QStringLiteral("caller voice"));
    m_engine->speechObject->moveToThread(m_engine->thread);
    connect(m_engine->thread, &QThread::finished, m_engine->speechObject, &QObject::deleteLater);
    m_engine->thread->start();
    return true;
}

bool CallerVoice::startPlayer()
{
    if (m_engine->player)
        return true;
    VoiceBackend *backend = voiceBackend();
    if (!backend || !backend->hasRecordings())
        return false;
    m_engine->player = backend->makeRecordingPlayer([this](const QString &problem) {
        spdlog::warn("A recording of the rehearsal caller cannot be played ({}); the line is read by the synthetic "
                     "voice",
                     problem.toStdString());
        say(std::exchange(m_engine->fallbackText, QString()));
    });
    return m_engine->player != nullptr;
}

void CallerVoice::say(const QString &text)
{
    if (!m_engine->speech || (!m_available && !m_choosing) || text.isEmpty())
        return;
    m_engine->saidSinceStop = true;
    QMetaObject::invokeMethod(
        m_engine->speechObject,
        [speech = m_engine->speech, text, generation = m_engine->requests->lineGeneration.load()] {
            speech->say(text, generation);
        },
        Qt::QueuedConnection);
}

void CallerVoice::stopSpeaking()
{
    // Cancelling is a round trip to the daemon: only when something was said since the last stop.
    if (m_engine->speech && std::exchange(m_engine->saidSinceStop, false))
        QMetaObject::invokeMethod(
            m_engine->speechObject, [speech = m_engine->speech] { speech->stop(); }, Qt::QueuedConnection);
}

void CallerVoice::stop()
{
    // Lines still queued are dropped at once; what is being read is cancelled on the speech thread.
    ++m_engine->requests->lineGeneration;
    stopSpeaking();
    if (m_engine->player) {
        m_engine->fallbackText.clear();
        m_engine->player->stop();
    }
}

} // namespace steadyline::gui

#include "callervoice.moc"
