#pragma once

#include "training/trainingrun.h"

#include <QFrame>

#include <memory>
#include <vector>

class QAction;
class QPushButton;

namespace Ui {
class RehearsalPanel;
}

namespace steadyline {
class Settings;
}

namespace steadyline::gui {

class CallerVoice;

// The part of the call page a rehearsal adds: the caller's lines as a transcript (read aloud
// where a voice exists), the things the trainee can say (Alt+1 … Alt+4: the quick-tag keys, which a rehearsal does not
// use), and the feedback on each choice. The playbook's own actions stay on the step card's usual keys.
class RehearsalPanel : public QFrame
{
    Q_OBJECT

public:
    RehearsalPanel(Settings &settings, QWidget *parent = nullptr);
    ~RehearsalPanel() override;

    // Shows `run` from its start; the panel follows it until detach() or the next attach.
    void attach(TrainingRun &run);
    void detach();
    // A key whose action the scenario does not offer at this point.
    void showNotOffered(const QString &what);
    // The Alt+digit actions, so the window can enable them only while a rehearsal runs.
    [[nodiscard]] const std::vector<QAction *> &sayActions() const { return m_sayActions; }

signals:
    void sayChosen(const QString &optionId);

private:
    void showTurn();
    void addFeedback(const QString &optionId, int points, const QString &feedback);
    void appendTranscript(std::size_t from);
    void showVoiceAvailability();

    std::unique_ptr<Ui::RehearsalPanel> m_ui;
    Settings &m_settings;
    CallerVoice *m_voice = nullptr;
    bool m_hasRecordings = false; // the scenario attached has recorded caller lines
    TrainingRun *m_run = nullptr;
    std::size_t m_shownLines = 0;
    std::vector<QPushButton *> m_sayButtons;
    std::vector<QAction *> m_sayActions; // Alt+1 … Alt+4
    std::vector<QString> m_sayOptionIds;
};

} // namespace steadyline::gui
