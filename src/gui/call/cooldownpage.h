#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace steadyline::journal {
class Journal;
}

namespace steadyline::gui {

// The cool-down after an abusive call (issue #18): a calm page with the time left, one optional
// line for the team lead, "Skip" (Esc) and, when the time is up, "Back to work". Its start and
// end are timeline events on the call that was the incident, and the line a note on it tagged
// "cooldown"; nothing typed is lost (it is saved on every way out, and kept as the call's draft
// while typed).
class CoolDownPage : public QWidget
{
    Q_OBJECT

public:
    explicit CoolDownPage(QWidget *parent = nullptr);

    // Starts a break of `seconds` after the call `callId` (0 or no journal: nothing is written).
    void start(journal::Journal *journal, qint64 callId, int seconds);
    // Ends it: `reason` is journal::kCoolDownFinished, kCoolDownSkipped or kCoolDownNewCall. The
    // line typed is saved first. Nothing happens when no cool-down runs.
    void finish(const QString &reason);
    [[nodiscard]] bool running() const { return m_active; }
    [[nodiscard]] int secondsLeft() const;
    void retranslate();

signals:
    // The consultant went back to work (or a new call began): the window moves on.
    void finished(const QString &reason);
    // A write failed or had to wait in memory; for the status bar.
    void problem(const QString &message);

private:
    void tick();
    void saveLine();
    void saveDraft();
    void check(bool ok, bool queued, const QString &error);

    QLabel *m_heading;
    QLabel *m_text;
    QLabel *m_timeLeft;
    QLabel *m_noteLabel;
    QLineEdit *m_note;
    QLabel *m_saved;
    QPushButton *m_skip;
    QPushButton *m_back;
    QTimer m_timer;
    QTimer m_draftTimer;
    QElapsedTimer m_elapsed;
    journal::Journal *m_journal = nullptr;
    qint64 m_callId = 0;
    bool m_active = false;
    int m_seconds = 0;
};

} // namespace steadyline::gui
