#pragma once

#include "journal/journal.h"
#include "journal/recoveryfile.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <optional>

class QLabel;
class QStatusBar;

namespace steadyline::gui {

// What the call window tells the consultant about the journal: what the housekeeping at start
// found (old calls deleted, calls a crash interrupted, promises overdue or due today), writes a
// full disk holds back (tried again every few seconds, with a banner while any wait), what came
// back from a recovery file, promises falling due while the app runs, and what the journal knows
// of a caller. Without a journal (it could not be opened) it says why, and the rest stays quiet.
class JournalNotices : public QObject
{
    Q_OBJECT

public:
    static constexpr int kRetryWritesMs = 3000;
    static constexpr int kReminderMs = 30 * 1000;

    JournalNotices(journal::Journal *journal, QStatusBar &statusBar, QLabel &startNotice, QLabel *waitingBanner,
                   QObject *parent = nullptr);

    // Runs the housekeeping at start and shows its report on the start page; returns the call
    // to offer to continue.
    std::optional<journal::CallRecord> showStartState(const QString &journalError, int retentionDays);
    // Tries the waiting writes again; true when any waited (the window's marks may change).
    bool retryWaitingWrites();
    void showRecovery(const journal::RecoveryReport &report);
    // Promises that fell due since the last look, once each; true when there were any.
    bool remindOfDuePromises();
    [[nodiscard]] QString lastReminder() const { return m_lastReminder; }
    // What the journal knows of a caller reference, in a line ("2 earlier calls, 1 open
    // promise"); empty when nothing.
    [[nodiscard]] QString callerHistoryText(const QString &callerReference) const;

signals:
    // For the desktop's notification: a count, never a promise's words (they may show on the
    // lock screen).
    void promiseReminder(const QString &title, const QString &text);
    // A reminder was shown in the window (it asks for attention).
    void promiseDue();
    // Waiting writes were tried again.
    void writesRetried();

private:
    journal::Journal *m_journal;
    QStatusBar &m_statusBar;
    QLabel &m_startNotice;
    QLabel *m_waitingBanner;
    QTimer m_reminderTimer;
    QTimer m_retryTimer;
    QDateTime m_lastReminderCheck;
    QString m_lastReminder;
};

} // namespace steadyline::gui
