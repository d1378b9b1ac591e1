#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace Ui {
class AssistWindow;
}

namespace steadyline {
class CallRecorder;
class CallSession;
} // namespace steadyline

namespace steadyline::gui {

// The call page's notes: the field where a note or a promise is typed (with the promise's due
// choice), the list of what was noted, each marked while its write still waits, and the draft of
// the text being typed, saved within a second so a crash loses nothing that was on screen.
class NotesPanel : public QObject
{
    Q_OBJECT

public:
    explicit NotesPanel(Ui::AssistWindow &ui, QObject *parent = nullptr);

    // Follows `call` (and its `recorder`, which may be null: no journal, or none yet) from now on;
    // the field and the list start empty.
    void attach(const CallSession *call, CallRecorder *recorder);
    void detach();

    [[nodiscard]] QString typed() const;
    [[nodiscard]] bool hasText() const { return !typed().trimmed().isEmpty(); }
    // Empties the field, its undo history too: Ctrl+Z must never bring back a caller's words.
    void clearTyped();
    void setTyped(const QString &text);
    void focusField();

    [[nodiscard]] bool promiseMode() const { return m_promiseMode; }
    void setPromiseMode(bool on);
    // The due choice: Ctrl+D goes to the next one while a promise is typed.
    void nextDueChoice();
    [[nodiscard]] QDateTime chosenDue() const;
    // Shows the notes and promises again (after a write, or when a waiting write got through).
    void refresh();
    void retranslate();

signals:
    // Enter in the field.
    void submitted();

private:
    void fillDueChoices();

    Ui::AssistWindow &m_ui;
    const CallSession *m_call = nullptr;
    CallRecorder *m_recorder = nullptr;
    QTimer m_draftTimer; // saves the note being typed shortly after the first key not yet saved
    bool m_promiseMode = false;
};

} // namespace steadyline::gui
