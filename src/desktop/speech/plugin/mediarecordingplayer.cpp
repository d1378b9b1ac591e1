#include "mediarecordingplayer.h"

#include <QAudioOutput>
#include <QMediaPlayer>

namespace steadyline::gui {

MediaRecordingPlayer::MediaRecordingPlayer(std::function<void(const QString &problem)> failed)
    : m_player(std::make_unique<QMediaPlayer>())
{
    m_player->setAudioOutput(new QAudioOutput(m_player.get()));
    connect(m_player.get(), &QMediaPlayer::errorOccurred, this,
            [failed = std::move(failed)](QMediaPlayer::Error, const QString &problem) { failed(problem); });
}

MediaRecordingPlayer::~MediaRecordingPlayer() = default;

void MediaRecordingPlayer::play(const QString &path)
{
    m_player->setSource(QUrl::fromLocalFile(path));
    m_player->play();
}

void MediaRecordingPlayer::stop()
{
    m_player->stop();
}

QUrl MediaRecordingPlayer::source() const
{
    return m_player->source();
}

} // namespace steadyline::gui
