#pragma once

#include "speech/voicebackend.h"

#include <QObject>

#include <functional>
#include <memory>

class QMediaPlayer;

namespace steadyline::gui {

// A scenario's recordings through Qt Multimedia, on the window's thread.
class MediaRecordingPlayer : public QObject, public RecordingPlayer
{
    Q_OBJECT

public:
    explicit MediaRecordingPlayer(std::function<void(const QString &problem)> failed);
    ~MediaRecordingPlayer() override;

    void play(const QString &path) override;
    void stop() override;
    [[nodiscard]] QUrl source() const override;

private:
    std::unique_ptr<QMediaPlayer> m_player;
};

} // namespace steadyline::gui
