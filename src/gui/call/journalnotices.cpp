#include "journalnotices.h"

#include "journal/startuphousekeeping.h"
#include "teampromises.h"

#include <QLabel>
#include <QLocale>
#include <QSqlDatabase>
#include <QStatusBar>

namespace steadyline::gui {

JournalNotices::JournalNotices(journal::Journal *journal, QStatusBar &statusBar, QLabel &startNotice,
                               QLabel *waitingBanner, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_statusBar(statusBar)
    , m_startNotice(startNotice)
    , m_waitingBanner(waitingBanner)
{
    if (!m_journal)
        return;
    m_lastReminderCheck = QDateTime::currentDateTime();
    m_reminderTimer.setInterval(kReminderMs);
    connect(&m_reminderTimer, &QTimer::timeout, this, &JournalNotices::remindOfDuePromises);
    m_reminderTimer.start();
    // Writes that a full disk or a read-only folder held back are tried again on their own,
    // not only at the next key press (review H2); the banner stays while any waits.
    m_retryTimer.setInterval(kRetryWritesMs);
    connect(&m_retryTimer, &QTimer::timeout, this, &JournalNotices::retryWaitingWrites);
    m_retryTimer.start();
}

std::optional<journal::CallRecord> JournalNotices::showStartState(const QString &journalError, int retentionDays)
{
    QStringList lines;
    std::optional<journal::CallRecord> toContinue;
    if (!m_journal) {
        lines << tr("The journal could not be opened: %1 Calls work, but their notes are not saved.").arg(journalError);
    } else {
        const journal::StartupReport report = journal::tidyAtStart(*m_journal, retentionDays);
        if (!report.recoveryMessage.isEmpty())
            lines << report.recoveryMessage;
        if (!report.deleted.ok())
            lines << tr("Old calls could not be deleted: %1").arg(report.deleted.error);
        else if (report.deleted.value > 0)
            lines << tr("%1 call(s) older than %2 days were deleted (calls with an open promise are kept).")
                         .arg(report.deleted.value)
                         .arg(report.retentionDays);
        // Calls left open by a crash, a kill or a power cut: their notes and typing are saved.
        for (const journal::CallRecord &call : report.interrupted)
            lines << tr("The call started at %1 was interrupted; its notes and the text being typed are saved in the "
                        "journal.")
                         .arg(QLocale().toString(call.started.toLocalTime(), QLocale::ShortFormat));
        toContinue = report.callToContinue;
        if (toContinue)
            lines << tr("Ctrl+Shift+R continues the last interrupted call (its record goes on); starting a new call "
                        "leaves it closed as interrupted.");
        if (!report.overdue.empty() || !report.dueToday.empty())
            lines << tr("Promises: %1 overdue, %2 due today.").arg(report.overdue.size()).arg(report.dueToday.size());
        for (const journal::Promise &promise : report.overdue)
            lines << tr("• overdue: %1").arg(promise.text);
        for (const journal::Promise &promise : report.dueToday)
            lines << tr("• today: %1").arg(promise.text);
    }
    m_startNotice.setText(lines.join(QLatin1Char('\n')));
    m_startNotice.setVisible(!lines.isEmpty());
    return toContinue;
}

bool JournalNotices::retryWaitingWrites()
{
    if (!m_journal)
        return false;
    const int before = m_journal->pendingWrites();
    if (before > 0)
        m_journal->flushPending();
    const int waiting = m_journal->pendingWrites();
    if (waiting > 0)
        m_waitingBanner->setText(
            tr("%n entries are waiting to be saved: the journal cannot be written (a full disk or a read-only "
               "folder?). Steadyline keeps them and tries again every few seconds; do not switch the computer off.",
               nullptr, waiting));
    m_waitingBanner->setVisible(waiting > 0);
    const bool changed = waiting != before || waiting > 0;
    if (changed)
        emit writesRetried();
    return changed;
}

void JournalNotices::showRecovery(const journal::RecoveryReport &report)
{
    QStringList lines = report.problems;
    if (report.writes > 0)
        lines.prepend(tr("%n entries that could not be saved when Steadyline last ended were written to the journal "
                         "now.",
                         nullptr, report.writes));
    if (!lines.isEmpty())
        m_statusBar.showMessage(lines.join(QLatin1Char(' ')), 30000);
}

bool JournalNotices::remindOfDuePromises()
{
    if (!m_journal)
        return false;
    const QDateTime now = QDateTime::currentDateTime();
    journal::PromiseQuery query;
    query.status = journal::PromiseStatus::Open;
    query.dueAfter = m_lastReminderCheck;
    query.dueBefore = now;
    m_lastReminderCheck = now;
    const auto due = m_journal->promises(query);
    // Team promises (#18 §4): not the desk's own that a colleague holds now; a colleague's that
    // this consultant holds, falling due in the same window of time.
    QString teamError;
    const sync::TeamPromises team(QSqlDatabase::database(m_journal->connectionName(), false));
    const QSet<qint64> elsewhere = team.ownHeldElsewhere(&teamError);
    QStringList texts;
    for (const journal::Promise &promise : due.value) {
        if (!elsewhere.contains(promise.id))
            texts << promise.text;
    }
    for (const sync::TeamPromise &promise : team.heldBy(team.login(&teamError), &teamError)) {
        if (promise.due.isValid() && promise.due >= query.dueAfter && promise.due < now)
            texts << promise.text;
    }
    if (texts.isEmpty())
        return false;
    m_lastReminder = tr("A promise is due now: %1").arg(texts.join(QStringLiteral("; ")));
    // The desktop's notification may show on the lock screen and stay in its history: it says
    // how many, never what was promised to whom (review L6). The words are in this window.
    emit promiseReminder(tr("Promise due"), tr("%n promise(s) due now; the details are in Steadyline.", nullptr,
                                               static_cast<int>(texts.size())));
    m_statusBar.showMessage(m_lastReminder, 60000);
    emit promiseDue();
    return true;
}

QString JournalNotices::callerHistoryText(const QString &callerReference) const
{
    if (!m_journal || callerReference.trimmed().isEmpty())
        return {};
    const auto history = m_journal->callerHistory(callerReference);
    if (!history.ok() || (history.value.calls == 0 && history.value.openPromises == 0))
        return {};
    QStringList parts;
    parts << tr("%n earlier call(s)", nullptr, history.value.calls);
    if (history.value.openPromises > 0)
        parts << tr("%n open promise(s)", nullptr, history.value.openPromises);
    return parts.join(QStringLiteral(", "));
}

} // namespace steadyline::gui
