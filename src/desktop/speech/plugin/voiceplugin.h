#pragma once

#include "speech/voicebackend.h"

#include <QObject>

namespace steadyline::gui {

// The root object of libsteadyline_voice.so: makes the synthetic voice and the recording player
// for CallerVoice, with whichever of Qt Text to Speech and Qt Multimedia the plugin was built with.
class VoicePlugin : public QObject, public VoiceBackend
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID STEADYLINE_VOICE_BACKEND_IID)
    Q_INTERFACES(steadyline::gui::VoiceBackend)

public:
    [[nodiscard]] bool hasSpeech() const override;
    [[nodiscard]] QStringList installedEngines() const override;
    [[nodiscard]] bool hasRecordings() const override;
    [[nodiscard]] SpeechEngine *makeSpeechEngine(std::shared_ptr<SpeechRequests> requests,
                                                 LanguageAnswer answer) override;
    [[nodiscard]] std::unique_ptr<RecordingPlayer>
    makeRecordingPlayer(std::function<void(const QString &problem)> failed) override;
};

} // namespace steadyline::gui
