#include "cooldownpage.h"

#include "journal/journal.h"
#include "widgets/noticestyle.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace steadyline::gui {

namespace {

// The time left as the eye reads a clock: "2:47".
QString minutesAndSeconds(int seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

CoolDownPage::CoolDownPage(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_text(new QLabel(this))
    , m_timeLeft(new QLabel(this))
    , m_noteLabel(new QLabel(this))
    , m_note(new QLineEdit(this))
    , m_saved(new QLabel(this))
    , m_skip(new QPushButton(this))
    , m_back(new QPushButton(this))
{
    setObjectName(QStringLiteral("coolDownPage"));
    m_heading->setObjectName(QStringLiteral("coolDownHeading"));
    m_text->setObjectName(QStringLiteral("coolDownText"));
    m_timeLeft->setObjectName(QStringLiteral("coolDownTimeLeft"));
    m_note->setObjectName(QStringLiteral("coolDownNote"));
    m_saved->setObjectName(QStringLiteral("coolDownSaved"));
    m_skip->setObjectName(QStringLiteral("coolDownSkip"));
    m_back->setObjectName(QStringLiteral("coolDownBack"));
    for (QLabel *label : {m_heading, m_text, m_timeLeft, m_noteLabel, m_saved}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    // Large and quiet: the time left is read at a glance, in the theme's own colours.
    QFont timeFont = m_timeLeft->font();
    timeFont.setPointSizeF(timeFont.pointSizeF() * 2.6);
    m_timeLeft->setFont(timeFont);
    m_timeLeft->setAlignment(Qt::AlignCenter);
    m_noteLabel->setBuddy(m_note);
    styleAsQuietNotice(m_saved);
    m_saved->hide();
    m_back->hide();
    m_back->setAutoDefault(true); // Enter on the focused button, as in a dialog

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_text);
    layout->addSpacing(12);
    layout->addWidget(m_timeLeft);
    layout->addSpacing(12);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_note);
    layout->addWidget(m_saved);
    layout->addWidget(m_skip);
    layout->addWidget(m_back);
    layout->addStretch();

    m_timer.setInterval(250); // a second shown late by at most a quarter
    connect(&m_timer, &QTimer::timeout, this, &CoolDownPage::tick);
    connect(m_skip, &QPushButton::clicked, this, [this] { finish(journal::kCoolDownSkipped); });
    // Esc wherever the focus is on the page (the window's own Esc stops a countdown, only in a call).
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this,
            [this] { finish(m_timer.isActive() ? journal::kCoolDownSkipped : journal::kCoolDownFinished); });
    connect(m_back, &QPushButton::clicked, this, [this] { finish(journal::kCoolDownFinished); });
    // Enter keeps the line for the lead at once (and says so); when the time is up it also goes
    // back to work.
    connect(m_note, &QLineEdit::returnPressed, this, [this] {
        saveLine();
        if (m_active && !m_timer.isActive())
            finish(journal::kCoolDownFinished);
    });
    // As in the call's note field: what is typed is kept as the call's draft within a second.
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(700);
    connect(&m_draftTimer, &QTimer::timeout, this, &CoolDownPage::saveDraft);
    connect(m_note, &QLineEdit::textEdited, this, [this] {
        if (!m_draftTimer.isActive())
            m_draftTimer.start();
    });
    retranslate();
}

void CoolDownPage::start(journal::Journal *journal, qint64 callId, int seconds)
{
    m_journal = journal;
    m_callId = callId;
    m_seconds = seconds;
    m_active = true;
    m_note->setText(QString());
    m_saved->hide();
    m_skip->show();
    m_back->hide();
    m_elapsed.start();
    m_timer.start();
    if (m_journal && m_callId != 0) {
        const journal::WriteResult written =
            m_journal->addTimelineEvent(m_callId, journal::kTimelineCoolDownStarted, {}, QString::number(seconds));
        check(written.ok, written.queued, written.error);
    }
    tick();
    m_note->setFocus();
}

void CoolDownPage::finish(const QString &reason)
{
    if (!m_active)
        return;
    saveLine();
    m_active = false;
    m_timer.stop();
    m_draftTimer.stop();
    if (m_journal && m_callId != 0) {
        const journal::WriteResult written =
            m_journal->addTimelineEvent(m_callId, journal::kTimelineCoolDownEnded, {}, reason);
        check(written.ok, written.queued, written.error);
    }
    m_journal = nullptr;
    m_callId = 0;
    emit finished(reason);
}

int CoolDownPage::secondsLeft() const
{
    if (!m_active)
        return 0;
    const qint64 left = m_seconds * qint64(1000) - m_elapsed.elapsed();
    return left <= 0 ? 0 : static_cast<int>((left + 999) / 1000);
}

void CoolDownPage::tick()
{
    const int left = secondsLeft();
    if (left > 0) {
        m_timeLeft->setText(tr("%1 left").arg(minutesAndSeconds(left)));
        m_timeLeft->setAccessibleName(tr("%n seconds left", nullptr, left));
        return;
    }
    // The time is up: the page waits for the consultant, it never moves on by itself.
    m_timer.stop();
    m_timeLeft->setText(tr("Time is up"));
    m_timeLeft->setAccessibleName(m_timeLeft->text());
    m_skip->hide();
    m_back->show();
    if (!m_note->hasFocus())
        m_back->setFocus();
}

void CoolDownPage::saveLine()
{
    m_draftTimer.stop();
    const QString line = m_note->text().trimmed();
    if (line.isEmpty() || !m_active)
        return;
    if (m_journal && m_callId != 0) {
        const journal::WriteResult written = m_journal->addNote(m_callId, line, {journal::kCoolDownNoteTag});
        check(written.ok, written.queued, written.error);
        if (written.ok || written.queued) {
            const journal::WriteResult cleared = m_journal->clearDraft(m_callId);
            check(cleared.ok, cleared.queued, cleared.error);
        }
    }
    m_note->setText(QString());
    m_saved->setText(tr("Saved for your lead: %1").arg(line));
    m_saved->show();
}

void CoolDownPage::saveDraft()
{
    if (!m_active || !m_journal || m_callId == 0)
        return;
    const QString text = m_note->text();
    const journal::WriteResult written =
        text.trimmed().isEmpty() ? m_journal->clearDraft(m_callId) : m_journal->saveDraft(m_callId, text);
    check(written.ok, written.queued, written.error);
}

void CoolDownPage::check(bool ok, bool queued, const QString &error)
{
    if (queued)
        emit problem(tr("The journal cannot be written right now (%1); the break is kept in memory and saved as "
                        "soon as it works again.")
                         .arg(error));
    else if (!ok)
        emit problem(tr("Could not save to the journal: %1").arg(error));
}

void CoolDownPage::retranslate()
{
    m_heading->setText(tr("A short break"));
    m_text->setText(tr("That call was abusive. Take a moment before the next one: stand up, breathe out, have "
                       "a drink of water."));
    m_noteLabel->setText(tr("&What happened, for your lead (optional):"));
    m_note->setAccessibleName(tr("What happened, for your lead"));
    m_note->setPlaceholderText(tr("one line; Enter saves it"));
    m_skip->setText(tr("Skip  [Esc]"));
    m_skip->setAccessibleName(tr("Skip the break"));
    m_back->setText(tr("Back to work  [Enter]"));
    m_back->setAccessibleName(tr("Back to work"));
    if (m_active)
        tick();
}

} // namespace steadyline::gui
