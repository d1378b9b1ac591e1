#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace steadyline::gui {

// Reads the simulated caller's lines aloud when the system has a voice for the language (Qt
// TextToSpeech); otherwise it says so and stays silent. Built without the module, it is silent.
// Of the engines installed, the first with a voice for the language is used: speech-dispatcher
// (espeak-ng has Polish, Czech and Russian voices) before the others (flite speaks English only).
// A line with a recording (a scenario's `audio`) is played instead (Qt Multimedia), for teams that
// record real voices; a recording that cannot be played falls back to the synthetic voice.
class CallerVoice : public QObject
{
    Q_OBJECT

public:
    explicit CallerVoice(QObject *parent = nullptr);
    ~CallerVoice() override;

    // Chooses an engine and a voice for `language` ("pl", "en", …); false when there is none.
    bool setLanguage(const QString &language);
    [[nodiscard]] bool available() const { return m_available; }
    // The engine and the voice chosen ("speechd", "Polish"); empty when none.
    [[nodiscard]] QString engineName() const { return m_engineName; }
    [[nodiscard]] QString voiceName() const { return m_voiceName; }
    void say(const QString &text);
    enum class Reading { Silent, Recording, Synthesis };
    // Reads a caller line: its recording when it has one, else the synthetic voice if there is one.
    Reading speak(const QString &text, const QString &recording);
    // The recording last handed to the player (empty when none).
    [[nodiscard]] QUrl recordingSource() const;
    void stop();

    // Whether this build can play recordings (Qt Multimedia).
    [[nodiscard]] static bool builtWithRecordings();

    // Whether this build has Qt TextToSpeech, and the engines (plugins) installed.
    [[nodiscard]] static bool builtWithSpeech();
    [[nodiscard]] static QStringList installedEngines();
    // The engines to try, in order: speech-dispatcher first, then the others as installed.
    [[nodiscard]] static QStringList engineOrder(const QStringList &installed);
    // Of a language's voices, the one to use: espeak-ng lists each language's plain voice
    // ("Polish") beside dozens of variants ("Polish+Annie", "Polish+klatt"); the plain one reads
    // best. -1 for no voices.
    [[nodiscard]] static int preferredVoice(const QStringList &voiceNames);

private:
    struct Engine;
    std::unique_ptr<Engine> m_engine;
    bool m_available = false;
    QString m_engineName;
    QString m_voiceName;
};

} // namespace steadyline::gui
