#pragma once

#include "journal/journal.h"

#include <QMainWindow>
#include <QTimer>

#include <map>
#include <memory>
#include <vector>

class QAction;
class QPushButton;

namespace Ui {
class PromisesWindow;
}

namespace steadyline::gui {

class PromiseModel;

// The open promises, in groups: overdue, due today, upcoming, and those without a due time.
// The selected one is marked kept (Ctrl+K) or cancelled (Ctrl+Shift+K); Ctrl+Z reopens what
// was marked last, since a slip is easy. Reads what the journal has committed; refreshes when
// shown, every minute while open (promises fall due), and with F5.
// In a team (#18 §4): promises of colleagues a lead gave this consultant are listed too, under
// "Handed to you", with their call's context, and are marked kept like the desk's own (the status
// goes to the server); the desk's own promises a colleague holds now are not listed. Ctrl+Shift+H
// hands the selected promise back to the leads, after a confirmation; Ctrl+Z takes that back
// while it has not left the desk.
class PromisesWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit PromisesWindow(journal::Journal &journal, QWidget *parent = nullptr);
    ~PromisesWindow() override;

    void refresh();
    // Writes the open promises as iCalendar (.ics, for the user's calendar) or CSV (.csv),
    // readable by the user alone. Returns false and says why in the status line on failure.
    bool exportOpenPromises(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // A status change that Ctrl+Z can take back.
    struct Change
    {
        qint64 promiseId = 0;
        QString text;
        journal::PromiseStatus previous = journal::PromiseStatus::Open;
        journal::PromiseStatus now = journal::PromiseStatus::Open;
        QString handBackRequest; // set when the change was a hand-back queued for the server
        QString teamPromise;     // set when it was a colleague's promise (its UUID)
    };

    void createActions();
    void markSelected(journal::PromiseStatus status);
    void handBackSelected();
    // A colleague's promise held here is listed with a negative id; its UUID (empty otherwise).
    [[nodiscard]] QString teamPromiseId(qint64 listedId) const;
    void undo();
    void updateActions();
    void fitColumns();
    void select(qint64 promiseId, int fallbackRow);
    [[nodiscard]] const journal::Promise *selectedPromise() const;

    std::unique_ptr<Ui::PromisesWindow> m_ui;
    journal::Journal &m_journal;
    PromiseModel *m_promises = nullptr;
    std::vector<Change> m_undo;
    QTimer m_minuteTimer;
    QAction *m_keptAction = nullptr;
    QAction *m_cancelledAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_handBackAction = nullptr;
    QPushButton *m_handBackButton = nullptr;
    std::map<qint64, QString> m_teamIds; // listed id (negative) → the colleague's promise's UUID
};

} // namespace steadyline::gui
