#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QTextToSpeech;

namespace steadyline::gui {

// What the window's thread and the speech thread both read: the window says what is still wanted,
// the speech thread skips what is not. Atomics, because neither side ever waits for the other.
struct SpeechRequests
{
    // The newest setLanguage(): an older lookup still queued is skipped.
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

    [[nodiscard]] static qint64 nowMs();
    // How long the speech thread has been in its current call; 0 when it is idle.
    [[nodiscard]] qint64 busyForMs() const;
};

// Qt TextToSpeech on a thread of its own. With the speech-dispatcher engine every call (connecting,
// listing voices, choosing a language, saying, stopping) is a blocking round trip to the daemon,
// and a daemon without a sound device can stop answering for good; on this thread that blocks
// only the voice, never the window. Made, used and destroyed on the speech thread; the window
// talks to it with queued calls only and hears back through languageChosen().
class SpeechWorker : public QObject
{
    Q_OBJECT

public:
    explicit SpeechWorker(std::shared_ptr<SpeechRequests> requests);
    ~SpeechWorker() override;

    // Chooses an engine and a voice for `language` ("pl", "en", …): of the engines installed, in
    // CallerVoice::engineOrder(), the first with a voice for it. Answers with languageChosen().
    void chooseLanguage(const QString &language, quint64 request);
    // Reads `text` with the chosen voice, unless stop() or another language came after it.
    void say(const QString &text, quint64 generation);
    void stop();
    // Lets go of the engine (and its connection to speech-dispatcher), then ends the thread.
    void shutDown();

signals:
    // The answer to chooseLanguage(request): the engine and the voice, empty when there is none.
    void languageChosen(quint64 request, const QString &language, const QString &engine, const QString &voice);

private:
    // When the window has given up on this thread (CallerVoice's destructor waited long enough),
    // a call that finally returns must not go on: the application may be tearing down its
    // objects and statics by then. The thread sleeps until the process ends.
    void parkIfAbandoned() const;
    [[nodiscard]] bool abandoned() const { return m_requests->abandoned.load(); }

    std::shared_ptr<SpeechRequests> m_requests;
    std::unique_ptr<QTextToSpeech> m_speech;
    QString m_engineName;
    bool m_hasVoice = false;
    bool m_saidSinceStop = false;
};

} // namespace steadyline::gui
