#include "voiceplugin.h"

#ifdef STEADYLINE_HAS_TEXT_TO_SPEECH
#include "speechworker.h"

#include <QTextToSpeech>
#endif
#ifdef STEADYLINE_HAS_MULTIMEDIA
#include "mediarecordingplayer.h"
#endif

namespace steadyline::gui {

bool VoicePlugin::hasSpeech() const
{
#ifdef STEADYLINE_HAS_TEXT_TO_SPEECH
    return true;
#else
    return false;
#endif
}

QStringList VoicePlugin::installedEngines() const
{
#ifdef STEADYLINE_HAS_TEXT_TO_SPEECH
    return QTextToSpeech::availableEngines();
#else
    return {};
#endif
}

bool VoicePlugin::hasRecordings() const
{
#ifdef STEADYLINE_HAS_MULTIMEDIA
    return true;
#else
    return false;
#endif
}

SpeechEngine *VoicePlugin::makeSpeechEngine(std::shared_ptr<SpeechRequests> requests, LanguageAnswer answer)
{
#ifdef STEADYLINE_HAS_TEXT_TO_SPEECH
    return new SpeechWorker(std::move(requests), std::move(answer));
#else
    Q_UNUSED(requests)
    Q_UNUSED(answer)
    return nullptr;
#endif
}

std::unique_ptr<RecordingPlayer> VoicePlugin::makeRecordingPlayer(std::function<void(const QString &problem)> failed)
{
#ifdef STEADYLINE_HAS_MULTIMEDIA
    return std::make_unique<MediaRecordingPlayer>(std::move(failed));
#else
    Q_UNUSED(failed)
    return nullptr;
#endif
}

} // namespace steadyline::gui
