#pragma once

#include "speech/voicebackend.h"

#include <QObject>
#include <QString>

#include <memory>

class QTextToSpeech;

namespace steadyline::gui {

// Qt TextToSpeech on a thread of its own. With the speech-dispatcher engine every call (connecting,
// listing voices, choosing a language, saying, stopping) is a blocking round trip to the daemon,
// and a daemon without a sound device can stop answering for good; on this thread that blocks
// only the voice, never the window. Made, used and destroyed on the speech thread; the window
// talks to it with queued calls only and hears back through the LanguageAnswer it gave.
class SpeechWorker : public QObject, public SpeechEngine
{
    Q_OBJECT

public:
    SpeechWorker(std::shared_ptr<SpeechRequests> requests, LanguageAnswer answer);
    ~SpeechWorker() override;

    // Of the engines installed, in speechEngineOrder(), the first with a voice for `language`.
    void chooseLanguage(const QString &language, quint64 request) override;
    void say(const QString &text, quint64 generation) override;
    void stop() override;
    void shutDown() override;
    [[nodiscard]] QObject *object() override { return this; }

private:
    // When the window has given up on this thread (CallerVoice's destructor waited long enough),
    // a call that finally returns must not go on: the application may be tearing down its
    // objects and statics by then. The thread sleeps until the process ends.
    void parkIfAbandoned() const;
    [[nodiscard]] bool abandoned() const { return m_requests->abandoned.load(); }

    std::shared_ptr<SpeechRequests> m_requests;
    LanguageAnswer m_answer;
    std::unique_ptr<QTextToSpeech> m_speech;
    QString m_engineName;
    bool m_hasVoice = false;
    bool m_saidSinceStop = false;
};

} // namespace steadyline::gui
