#pragma once

#include "journal/journal.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>
#include <vector>

namespace Ui {
class HistoryWindow;
}

namespace steadyline {
class PlaybookCatalog;
class Settings;
} // namespace steadyline

namespace steadyline::gui {

class CallHistoryModel;

// The calls in the journal, newest first: search notes, promises and case references, filter by
// outcome and date, and read one call's timeline, notes and promises. The footer shows how long
// calls are kept and deletes the old ones on request. Reads only what the journal has committed.
class HistoryWindow : public QMainWindow
{
    Q_OBJECT

public:
    HistoryWindow(journal::Journal &journal, Settings &settings, const PlaybookCatalog &catalog,
                  QWidget *parent = nullptr);
    ~HistoryWindow() override;

    // The retention setting within 1–3650 days; a missing or hand-mangled value gives the default
    // (90), never a shorter time that would delete calls the user meant to keep.
    [[nodiscard]] static int retentionDays(const Settings &settings);

    // Reads the calls again with the current search and filters, keeping the selected call.
    void refresh();
    // Writes a report of the calls in the chosen period (Markdown, or JSON for a .json path),
    // readable by the user alone. Returns false and says why in the status line on failure.
    bool exportReport(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void showCall();
    void showRetention(int days);
    void deleteOldCalls();
    void showProblem(const QString &message);
    [[nodiscard]] QString timelineText(const journal::TimelineEvent &event, const journal::CallRecord &call) const;
    [[nodiscard]] const journal::CallRecord *currentCall() const;

    std::unique_ptr<Ui::HistoryWindow> m_ui;
    journal::Journal &m_journal;
    Settings &m_settings;
    QTimer m_searchTimer;                // searches shortly after the last key press
    CallHistoryModel *m_calls = nullptr; // the rows of the list, in order
    bool m_refreshing = false;           // the list is being refilled: show the call after
    QString m_lastAction;                // what the last button did, for the status line
    const PlaybookCatalog &m_catalog;    // the app's one catalog: names the steps of a call's timeline
};

} // namespace steadyline::gui
