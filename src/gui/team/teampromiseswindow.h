#pragma once

#include "journal/journal.h"

#include <QHash>
#include <QMainWindow>
#include <QSet>
#include <QStringList>

class QAction;
class QComboBox;
class QLabel;
class QTreeWidget;

namespace steadyline::gui {

// A lead's window on the team's open promises (issue #18 §4): every open promise of the team,
// overdue first, with its holder ("handed back" when a consultant gave it back), due time, call
// date and who made it. The lead picks a colleague (Alt+C) and reassigns the selected promise to
// them (Ctrl+R), takes it (Ctrl+T), or moves every open promise of the selected promise's holder
// to the colleague (Ctrl+Shift+R, after a confirmation) for a consultant away for the day. Requests
// go to the outbox and leave with the next sync: the list says "waiting for the server" until the
// server took them, and the status line says why when the server refused one. It reads the team's
// rows in the journal, so it works offline with what the desk last pulled.
class TeamPromisesWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit TeamPromisesWindow(journal::Journal &journal, QWidget *parent = nullptr);

    void refresh();
    // The team's logins as the server lists them (team_members()); until then those seen in the rows.
    void setMembers(const QStringList &logins);
    // Online or not: the status line says when requests wait for the server.
    void setOnline(bool online);
    // The list, for tests and accessibility: one row per open promise.
    [[nodiscard]] QTreeWidget *list() const { return m_list; }

    enum Column { PromiseColumn, HolderColumn, DueColumn, CallColumn, MadeByColumn, StateColumn, ColumnCount };

signals:
    // A request was queued: push it now.
    void requestQueued();
    // The window wants the team's members from the server.
    void membersWanted();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void reassignSelected(bool toMe);
    void reassignAll();
    void say(const QString &message);
    void updateActions();
    void pickOtherThanHolder();
    [[nodiscard]] QString selectedPromise() const;
    [[nodiscard]] QString selectedHolder() const;

    journal::Journal &m_journal;
    QTreeWidget *m_list = nullptr;
    QComboBox *m_colleague = nullptr;
    QLabel *m_statusLine = nullptr;
    QAction *m_reassignAction = nullptr;
    QAction *m_takeAction = nullptr;
    QAction *m_reassignAllAction = nullptr;
    QStringList m_members;
    bool m_online = false;
    // Requests queued from this window and not yet answered: request id → what it asked, in words.
    QHash<QString, QString> m_asked;
};

} // namespace steadyline::gui
