#include "callervoice.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <mutex>
#include <utility>
#include <vector>

#ifdef STEADYLINE_HAS_MULTIMEDIA
#include <QAudioOutput>
#include <QMediaPlayer>
#endif
#ifdef STEADYLINE_HAS_TEXT_TO_SPEECH
#include "speechworker.h"

#include <QDeadlineTimer>
#include <QMetaObject>
#include <QTextToSpeech>
#include <QThread>
#include <QTimer>
#endif

namespace steadyline::gui {

namespace {

const QString kSpeechDispatcher = QStringLiteral("speechd");

// speech-dispatcher starts in a second or two and lists its voices in under one; ten seconds
// without an answer means it hangs (on a machine without sound it can stop answering for good).
constexpr std::chrono::milliseconds kVoiceLookupTimeout{10000};
// Closing a rehearsal or the application waits this long for the speech thread at most, counted
// from the start of the call it is in: one stuck for longer already gets only a last glance.
constexpr std::chrono::milliseconds kShutdownWait{2000};
constexpr std::chrono::milliseconds kLastGlance{50};

#ifdef STEADYLINE_HAS_TEXT_TO_SPEECH
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
#endif

} // namespace

struct CallerVoice::Engine
{
#ifdef STEADYLINE_HAS_TEXT_TO_SPEECH
    // Made at the first language: a window that never rehearses starts no thread and no daemon.
    QThread *thread = nullptr;
    SpeechWorker *worker = nullptr; // lives on `thread`; deleted there when it ends
    std::shared_ptr<SpeechRequests> requests = std::make_shared<SpeechRequests>();
    quint64 languageRequest = 0;
    bool saidSinceStop = false;
    QTimer lookupTimer;
#endif
#ifdef STEADYLINE_HAS_MULTIMEDIA
    QMediaPlayer *player = nullptr; // made at the first recording
    QString fallbackText;           // said instead when the recording cannot be played
#endif
};

CallerVoice::CallerVoice(QObject *parent)
    : QObject(parent)
    , m_engine(std::make_unique<Engine>())
{
#ifdef STEADYLINE_HAS_TEXT_TO_SPEECH
    m_engine->lookupTimer.setSingleShot(true);
    m_engine->lookupTimer.setInterval(kVoiceLookupTimeout);
    connect(&m_engine->lookupTimer, &QTimer::timeout, this, &CallerVoice::giveUpLookup);
#endif
}

CallerVoice::~CallerVoice()
{
#ifdef STEADYLINE_HAS_TEXT_TO_SPEECH
    QThread *thread = m_engine->thread;
    if (!thread)
        return;
    // Whatever is still queued is skipped; the engine is let go on its own thread.
    m_engine->requests->closing = true;
    QMetaObject::invokeMethod(m_engine->worker, &SpeechWorker::shutDown, Qt::QueuedConnection);
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
#endif
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
    if ((!m_available && !m_choosing) || text.isEmpty())
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

void CallerVoice::setLanguage(const QString &language)
{
    m_available = false;
    m_engineName.clear();
    m_voiceName.clear();
    stop();
#ifdef STEADYLINE_HAS_TEXT_TO_SPEECH
    startSpeechThread();
    m_engine->requests->latestLanguage = ++m_engine->languageRequest;
    m_choosing = true;
    m_engine->lookupTimer.start();
    QMetaObject::invokeMethod(
        m_engine->worker,
        [worker = m_engine->worker, language, request = m_engine->languageRequest] {
            worker->chooseLanguage(language, request);
        },
        Qt::QueuedConnection);
#else
    Q_UNUSED(language)
    emit voiceChosen(false);
#endif
}

void CallerVoice::takeVoice(quint64 request, const QString &language, const QString &engine, const QString &voice)
{
#ifdef STEADYLINE_HAS_TEXT_TO_SPEECH
    // An answer to a language asked for before the last one.
    if (request != m_engine->languageRequest)
        return;
    m_engine->lookupTimer.stop();
#else
    Q_UNUSED(request)
#endif
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
#ifdef STEADYLINE_HAS_TEXT_TO_SPEECH
    // The lines given while it was chosen are dropped: read when a slow engine answers at last,
    // they would come in a burst, out of their moment.
    ++m_engine->requests->lineGeneration;
    if (std::exchange(m_engine->saidSinceStop, false))
        QMetaObject::invokeMethod(m_engine->worker, &SpeechWorker::stop, Qt::QueuedConnection);
#endif
    emit voiceChosen(false);
}

void CallerVoice::startSpeechThread()
{
#ifdef STEADYLINE_HAS_TEXT_TO_SPEECH
    if (m_engine->thread)
        return;
    m_engine->thread = new QThread; // no parent: it may have to outlive this object (see the destructor)
    m_engine->thread->setObjectName(QStringLiteral("caller voice"));
    m_engine->worker = new SpeechWorker(m_engine->requests);
    m_engine->worker->moveToThread(m_engine->thread);
    connect(m_engine->thread, &QThread::finished, m_engine->worker, &QObject::deleteLater);
    connect(m_engine->worker, &SpeechWorker::languageChosen, this, &CallerVoice::takeVoice);
    m_engine->thread->start();
#endif
}

void CallerVoice::say(const QString &text)
{
#ifdef STEADYLINE_HAS_TEXT_TO_SPEECH
    if ((!m_available && !m_choosing) || text.isEmpty())
        return;
    m_engine->saidSinceStop = true;
    QMetaObject::invokeMethod(
        m_engine->worker,
        [worker = m_engine->worker, text, generation = m_engine->requests->lineGeneration.load()] {
            worker->say(text, generation);
        },
        Qt::QueuedConnection);
#else
    Q_UNUSED(text)
#endif
}

void CallerVoice::stop()
{
#ifdef STEADYLINE_HAS_TEXT_TO_SPEECH
    // Lines still queued are dropped at once; what is being read is cancelled on the speech thread.
    ++m_engine->requests->lineGeneration;
    if (std::exchange(m_engine->saidSinceStop, false))
        QMetaObject::invokeMethod(m_engine->worker, &SpeechWorker::stop, Qt::QueuedConnection);
#endif
#ifdef STEADYLINE_HAS_MULTIMEDIA
    if (m_engine->player) {
        m_engine->fallbackText.clear();
        m_engine->player->stop();
    }
#endif
}

} // namespace steadyline::gui
