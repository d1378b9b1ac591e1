#pragma once

// Between CallerVoice and the voice plugin (libsteadyline_voice.so), which alone links Qt Text to
// Speech and Qt Multimedia with PulseAudio and its codecs: fourteen libraries that cost every
// desk 2 to 4 ms and 3 MB at start, though only rehearsals use them. The plugin is loaded at the
// first rehearsal. Header only: the app and the plugin share it, and neither links the other.
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

namespace steadyline::gui {

// What the window's thread and the speech thread both read: the window says what is still wanted,
// the speech thread skips what is not. Atomics, because neither side ever waits for the other.
struct SpeechRequests
{
    // The newest language asked for: an older lookup still queued is skipped.
    std::atomic<quint64> latestLanguage{0};
    // Raised by stop() and by a new language: lines queued before it are not read.
    std::atomic<quint64> lineGeneration{0};
    // The voice is being destroyed: nothing queued is done any more, except shutting down.
    std::atomic<bool> closing{false};
    // The window stopped waiting for this thread, which was stuck in a call to speech-dispatcher;
    // once that call returns, the thread touches nothing again (see SpeechWorker::parkIfAbandoned).
    std::atomic<bool> abandoned{false};
    // When the speech thread's current call began (steady clock, ms); 0 while it waits for work.
    // A call that has already taken the whole shutdown wait is stuck: closing does not wait again.
    std::atomic<qint64> callStartedMs{0};

    [[nodiscard]] static qint64 nowMs()
    {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
    }
    // How long the speech thread has been in its current call; 0 when it is idle.
    [[nodiscard]] qint64 busyForMs() const
    {
        const qint64 started = callStartedMs.load();
        return started == 0 ? 0 : std::max<qint64>(nowMs() - started, 1);
    }
};

// The engines to try, in order: speech-dispatcher (espeak-ng has Polish, Czech and Russian voices)
// first, then the others as installed (flite speaks English only).
[[nodiscard]] inline QStringList speechEngineOrder(const QStringList &installed)
{
    const QString speechDispatcher = QStringLiteral("speechd");
    QStringList order;
    if (installed.contains(speechDispatcher))
        order << speechDispatcher;
    for (const QString &engine : installed) {
        if (!order.contains(engine))
            order << engine;
    }
    return order;
}

// Of a language's voices, the one to use: espeak-ng lists each language's plain voice ("Polish")
// beside dozens of variants ("Polish+Annie", "Polish+klatt"); the plain one reads best. -1 for none.
[[nodiscard]] inline int preferredSpeechVoice(const QStringList &voiceNames)
{
    for (int i = 0; i < voiceNames.size(); ++i) {
        if (!voiceNames.at(i).contains(QLatin1Char('+')))
            return i;
    }
    return voiceNames.isEmpty() ? -1 : 0;
}

// The answer to a language lookup: the engine and the voice, empty when there is none. Called on
// the speech thread.
using LanguageAnswer =
    std::function<void(quint64 request, const QString &language, const QString &engine, const QString &voice)>;

// The synthetic voice. Made on the window's thread, then moved (its QObject) to the speech thread,
// where every call is made and where it is deleted.
class SpeechEngine
{
public:
    virtual ~SpeechEngine() = default;
    // Chooses an engine and a voice for `language` ("pl", "en", …) and answers.
    virtual void chooseLanguage(const QString &language, quint64 request) = 0;
    // Reads `text` with the chosen voice, unless stop() or another language came after it.
    virtual void say(const QString &text, quint64 generation) = 0;
    virtual void stop() = 0;
    // Lets go of the engine (and its connection to speech-dispatcher), then ends the thread.
    virtual void shutDown() = 0;
    // The object to move to the speech thread and to deleteLater() there.
    [[nodiscard]] virtual QObject *object() = 0;
};

// A scenario's recorded caller lines, played on the window's thread.
class RecordingPlayer
{
public:
    virtual ~RecordingPlayer() = default;
    virtual void play(const QString &path) = 0;
    virtual void stop() = 0;
    // The recording last handed to the player.
    [[nodiscard]] virtual QUrl source() const = 0;
};

// The plugin's root object.
class VoiceBackend
{
public:
    virtual ~VoiceBackend() = default;
    // Whether the plugin was built with Qt Text to Speech, and the engines (its plugins) installed.
    [[nodiscard]] virtual bool hasSpeech() const = 0;
    [[nodiscard]] virtual QStringList installedEngines() const = 0;
    // Whether it was built with Qt Multimedia.
    [[nodiscard]] virtual bool hasRecordings() const = 0;
    // Null without speech.
    [[nodiscard]] virtual SpeechEngine *makeSpeechEngine(std::shared_ptr<SpeechRequests> requests,
                                                         LanguageAnswer answer) = 0;
    // Null without recordings. `failed` is called (on the window's thread) when a recording cannot
    // be played.
    [[nodiscard]] virtual std::unique_ptr<RecordingPlayer>
    makeRecordingPlayer(std::function<void(const QString &problem)> failed) = 0;
};

} // namespace steadyline::gui

#define STEADYLINE_VOICE_BACKEND_IID "app.steadyline.VoiceBackend/1"
Q_DECLARE_INTERFACE(steadyline::gui::VoiceBackend, STEADYLINE_VOICE_BACKEND_IID)
