#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace steadyline::gui {

// Reads the simulated caller's lines aloud when the system has a voice for the language (Qt
// TextToSpeech); otherwise it says so and stays silent. Built without the module, it is silent.
class CallerVoice : public QObject
{
    Q_OBJECT

public:
    explicit CallerVoice(QObject *parent = nullptr);
    ~CallerVoice() override;

    // Chooses a voice for `language` ("pl", "en", …); false when there is none.
    bool setLanguage(const QString &language);
    [[nodiscard]] bool available() const { return m_available; }
    void say(const QString &text);
    void stop();

private:
    struct Engine;
    std::unique_ptr<Engine> m_engine;
    bool m_available = false;
};

} // namespace steadyline::gui
