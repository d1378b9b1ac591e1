#include "notespanel.h"

#include "call/callrecorder.h"
#include "call/callsession.h"
#include "call/promisedue.h"
#include "ui_assistwindow.h"
#include "widgets/clocktime.h"

#include <QLocale>

namespace steadyline::gui {

NotesPanel::NotesPanel(Ui::AssistWindow &ui, QObject *parent)
    : QObject(parent)
    , m_ui(ui)
{
    m_ui.notesList->setVisible(false);
    fillDueChoices();
    m_ui.dueCombo->setCurrentIndex(1);
    m_ui.dueCombo->setVisible(false);
    m_ui.noteEdit->setPlaceholderText(tr("Note: type and press Enter"));
    connect(m_ui.noteEdit, &QLineEdit::returnPressed, this, &NotesPanel::submitted);
    // At most a second of typing can be lost: the draft is saved this long after the first key
    // not yet saved, also while typing goes on (a timer restarted by every key would wait for a
    // pause that a consultant typing fast never makes).
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(700);
    connect(&m_draftTimer, &QTimer::timeout, this, [this] {
        if (m_recorder)
            m_recorder->saveDraft(m_ui.noteEdit->text());
    });
    connect(m_ui.noteEdit, &QLineEdit::textEdited, this, [this] {
        if (!m_draftTimer.isActive())
            m_draftTimer.start();
    });
}

void NotesPanel::fillDueChoices()
{
    const std::pair<QString, int> dues[] = {{tr("due today"), 0},
                                            {tr("due tomorrow"), 1},
                                            {tr("due in 2 days"), 2},
                                            {tr("due in a week"), 7},
                                            {tr("no due date"), -1}};
    for (const auto &[text, days] : dues) {
        const int index = m_ui.dueCombo->findData(days);
        if (index < 0)
            m_ui.dueCombo->addItem(text, days);
        else
            m_ui.dueCombo->setItemText(index, text);
    }
}

void NotesPanel::attach(const CallSession *call, CallRecorder *recorder)
{
    m_call = call;
    m_recorder = recorder;
    m_ui.notesList->clear();
    m_ui.notesList->setVisible(false);
    clearTyped();
    m_ui.dueCombo->setCurrentIndex(1);
    setPromiseMode(false);
}

void NotesPanel::detach()
{
    m_draftTimer.stop();
    m_call = nullptr;
    m_recorder = nullptr;
}

QString NotesPanel::typed() const
{
    return m_ui.noteEdit->text();
}

void NotesPanel::clearTyped()
{
    // setText, not clear(): clear() keeps the undo history.
    m_ui.noteEdit->setText(QString());
}

void NotesPanel::setTyped(const QString &text)
{
    m_ui.noteEdit->setText(text);
}

void NotesPanel::focusField()
{
    m_ui.noteEdit->setFocus();
}

void NotesPanel::setPromiseMode(bool on)
{
    m_promiseMode = on;
    m_ui.dueCombo->setVisible(on);
    if (!on) {
        m_ui.noteEdit->setPlaceholderText(tr("Note: type and press Enter"));
        return;
    }
    const QString prompt = m_call ? m_call->promisePrompt() : QString();
    m_ui.noteEdit->setPlaceholderText((prompt.isEmpty() ? tr("What was promised, to whom") : prompt) +
                                      QStringLiteral(" — ") + tr("Enter to record"));
}

void NotesPanel::nextDueChoice()
{
    if (m_promiseMode)
        m_ui.dueCombo->setCurrentIndex((m_ui.dueCombo->currentIndex() + 1) % m_ui.dueCombo->count());
}

QDateTime NotesPanel::chosenDue() const
{
    return promiseDueIn(m_ui.dueCombo->currentData().toInt(), QDateTime::currentDateTime());
}

void NotesPanel::refresh()
{
    if (!m_call)
        return;
    m_ui.notesList->clear();
    // An entry whose write waits (a full disk) says so: it is kept, but not in the journal yet.
    const auto mark = [this](QString text, bool saved) {
        if (m_recorder && !saved)
            text += QLatin1Char(' ') + tr("[not saved yet]");
        m_ui.notesList->addItem(text);
    };
    for (std::size_t i = 0; i < m_call->notes().size(); ++i) {
        const CallNote &note = m_call->notes()[i];
        mark(QStringLiteral("%1  %2").arg(clockTime(note.at), note.text), !m_recorder || m_recorder->noteSaved(i));
    }
    for (std::size_t i = 0; i < m_call->promises().size(); ++i) {
        const CallPromise &promise = m_call->promises()[i];
        const QString due = promise.due.isValid()
                                ? tr(" (due %1)").arg(QLocale().toString(promise.due, QLocale::ShortFormat))
                                : QString();
        mark(tr("%1  Promise: %2%3").arg(clockTime(promise.at), promise.text, due),
             !m_recorder || m_recorder->promiseSaved(i));
    }
    m_ui.notesList->setVisible(m_ui.notesList->count() > 0);
    m_ui.notesList->scrollToBottom();
}

void NotesPanel::retranslate()
{
    fillDueChoices();
    setPromiseMode(m_promiseMode);
    refresh();
}

} // namespace steadyline::gui
