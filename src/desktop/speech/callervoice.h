#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <memory>

namespace steadyline::gui {

// Reads the simulated caller's lines aloud when the system has a voice for the language (Qt
// TextToSpeech); otherwise it says so and stays silent. Built without the module, it is silent.
// Of the engines installed, the first with a voice for the language is used: speech-dispatcher
// (espeak-ng has Polish, Czech and Russian voices) before the others (flite speaks English only).
// A line with a recording (a scenario's `audio`) is played instead (Qt Multimedia), for teams that
// record real voices; a recording that cannot be played falls back to the synthetic voice.
//
// Both live in the voice plugin (voicebackend.h), loaded at the first rehearsal that needs it: the
// libraries they pull in would cost every desk start-up time and memory. Without the plugin the
// lines are shown only.
//
// The synthetic voice runs on a thread of its own (SpeechWorker): every call to speech-dispatcher
// is a blocking round trip, and a daemon on a machine without sound can stop answering for good.
// Nothing here ever waits for it: requests are queued to that thread and the answers come back
// as signals; destroying a CallerVoice waits for the thread a bounded time only.
class CallerVoice : public QObject
{
    Q_OBJECT

public:
    explicit CallerVoice(QObject *parent = nullptr);
    // Waits for the speech thread at most shutdownWait() from the start of the call it is in; one
    // stuck in speech-dispatcher is let go (logged) rather than freezing the window or the exit.
    ~CallerVoice() override;

    // Looks for an engine and a voice for `language` ("pl", "en", …) on the speech thread; the
    // answer comes with voiceChosen(). Meanwhile choosingVoice() is true, and lines given to say()
    // are read once the voice is found. An engine that does not answer within voiceLookupTimeout()
    // counts as no voice (a later answer still counts).
    void setLanguage(const QString &language);
    [[nodiscard]] bool choosingVoice() const { return m_choosing; }
    [[nodiscard]] bool available() const { return m_available; }
    // The engine and the voice chosen ("speechd", "Polish"); empty when none.
    [[nodiscard]] QString engineName() const { return m_engineName; }
    [[nodiscard]] QString voiceName() const { return m_voiceName; }
    // Hands `text` to the synthetic voice, which reads it after the lines before it (and once it
    // is found, while it is being chosen); nothing when there is no voice.
    void say(const QString &text);
    enum class Reading { Silent, Recording, Synthesis };
    // Reads a caller line: its recording when it has one, else the synthetic voice if there is one
    // (or may be: Synthesis while the voice is being chosen, too).
    Reading speak(const QString &text, const QString &recording);
    // The recording last handed to the player (empty when none).
    [[nodiscard]] QUrl recordingSource() const;
    // Drops the lines not read yet, cancels the one being read and stops a recording.
    void stop();

    [[nodiscard]] static std::chrono::milliseconds voiceLookupTimeout();
    [[nodiscard]] static std::chrono::milliseconds shutdownWait();

    // Whether recordings can be played (the voice plugin, built with Qt Multimedia); loads the plugin.
    [[nodiscard]] static bool builtWithRecordings();

    // Whether the voice plugin, built with Qt TextToSpeech, is installed, and the engines (Qt's
    // plugins) it finds; both load the plugin.
    [[nodiscard]] static bool builtWithSpeech();
    [[nodiscard]] static QStringList installedEngines();
    // The engines to try, in order: speech-dispatcher first, then the others as installed.
    [[nodiscard]] static QStringList engineOrder(const QStringList &installed);
    // Of a language's voices, the one to use: espeak-ng lists each language's plain voice
    // ("Polish") beside dozens of variants ("Polish+Annie", "Polish+klatt"); the plain one reads
    // best. -1 for no voices.
    [[nodiscard]] static int preferredVoice(const QStringList &voiceNames);

signals:
    // The answer to setLanguage(): available() and the names now say what was found.
    void voiceChosen(bool available);

private:
    // False when there is no synthetic voice (no plugin, or one without Qt TextToSpeech).
    bool startSpeechThread();
    // False when recordings cannot be played.
    bool startPlayer();
    void stopSpeaking();
    void takeVoice(quint64 request, const QString &language, const QString &engine, const QString &voice);
    void giveUpLookup();

    struct Engine;
    std::unique_ptr<Engine> m_engine;
    bool m_choosing = false;
    bool m_available = false;
    QString m_engineName;
    QString m_voiceName;
};

} // namespace steadyline::gui
