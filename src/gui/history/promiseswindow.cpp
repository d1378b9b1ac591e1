#include "promiseswindow.h"

#include "promisemodel.h"

#include "call/promisedue.h"
#include "exportformat.h"
#include "journal/export.h"

#include "teampromises.h"
#include "ui_promiseswindow.h"
#include "widgets/confirmation.h"
#include "widgets/noticestyle.h"
#include "widgets/statusquote.h"
#include "widgets/windowaction.h"

#include <algorithm>

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QShowEvent>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace steadyline::gui {

namespace {

constexpr int kRefreshIntervalMs = 60 * 1000;

QString withShortcut(const QString &text, const QAction *action)
{
    const QString keys = action->shortcut().toString(QKeySequence::NativeText);
    return keys.isEmpty() ? text : QStringLiteral("%1  [%2]").arg(text, keys);
}

} // namespace

PromisesWindow::PromisesWindow(journal::Journal &journal, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::PromisesWindow>())
    , m_journal(journal)
{
    m_ui->setupUi(this);
    m_promises = new PromiseModel(this);
    m_ui->promiseList->setModel(m_promises);
    m_ui->problemLabel->setVisible(false);
    styleAsNotice(m_ui->problemLabel, NoticeKind::Problem);
    // The promise takes the room the other columns leave, but never less than a readable width:
    // in a narrow window the list scrolls sideways instead.
    m_ui->promiseList->header()->setStretchLastSection(false);
    m_ui->promiseList->viewport()->installEventFilter(this);
    createActions();

    m_minuteTimer.setInterval(kRefreshIntervalMs);
    connect(&m_minuteTimer, &QTimer::timeout, this, &PromisesWindow::refresh);
    connect(m_ui->promiseList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PromisesWindow::updateActions);
    connect(m_ui->promiseList, &QTreeView::doubleClicked, this, [this] { m_keptAction->trigger(); });
    refresh();
}

PromisesWindow::~PromisesWindow() = default;

void PromisesWindow::createActions()
{
    const auto make = [this](const QString &text, const QKeySequence &key, auto slot) {
        return addWindowAction(this, text, key, slot);
    };
    m_keptAction = make(tr("Mark kept"), QKeySequence(Qt::CTRL | Qt::Key_K),
                        [this] { markSelected(journal::PromiseStatus::Kept); });
    m_cancelledAction = make(tr("Mark cancelled"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
                             [this] { markSelected(journal::PromiseStatus::Cancelled); });
    m_undoAction = make(tr("Undo"), QKeySequence(Qt::CTRL | Qt::Key_Z), &PromisesWindow::undo);
    auto *reload = make(tr("Refresh"), QKeySequence(Qt::Key_F5), &PromisesWindow::refresh);
    make(tr("Close"), QKeySequence(Qt::Key_Escape), &QWidget::close);

    const auto bind = [](QPushButton *button, QAction *action, const QString &tip) {
        button->setText(withShortcut(action->text(), action));
        button->setAccessibleName(action->text());
        button->setToolTip(tip);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
    };
    bind(m_ui->keptButton, m_keptAction, tr("The promise was kept and the customer told"));
    bind(m_ui->cancelledButton, m_cancelledAction, tr("The promise no longer applies"));
    bind(m_ui->undoButton, m_undoAction, tr("Reopen the promise marked last (a slipped key)"));
    bind(m_ui->refreshButton, reload, tr("Read the promises again"));
    auto *exportAction = make(tr("Export to calendar…"), QKeySequence(Qt::CTRL | Qt::Key_E), [this] {
        // A file dialog is fine here: this window is never used during a call.
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export open promises"), QDir::home().filePath(QStringLiteral("steadyline-promises.ics")),
            tr("Calendar (*.ics);;Spreadsheet (*.csv)"));
        if (!path.isEmpty())
            exportOpenPromises(path);
    });
    bind(m_ui->exportButton, exportAction, tr("Open promises as calendar tasks with their due dates, or as CSV"));
    m_handBackAction =
        make(tr("Hand back…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), &PromisesWindow::handBackSelected);
    m_handBackButton = new QPushButton(this);
    m_handBackButton->setObjectName(QStringLiteral("handBackButton"));
    m_handBackButton->setAutoDefault(false);
    m_ui->buttonLayout->insertWidget(m_ui->buttonLayout->indexOf(m_ui->cancelledButton) + 1, m_handBackButton);
    bind(m_handBackButton, m_handBackAction, tr("Give the promise back to your team's leads, who hand it on"));
}

QString PromisesWindow::teamPromiseId(qint64 listedId) const
{
    const auto found = m_teamIds.find(listedId);
    return found == m_teamIds.end() ? QString() : found->second;
}

void PromisesWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!event->spontaneous()) {
        refresh(); // promises may have been made or fallen due since the window was last open
        m_ui->promiseList->setFocus();
    }
    m_minuteTimer.start();
}

void PromisesWindow::hideEvent(QHideEvent *event)
{
    m_minuteTimer.stop();
    QMainWindow::hideEvent(event);
}

bool PromisesWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->promiseList->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QMainWindow::eventFilter(watched, event);
}

void PromisesWindow::fitColumns()
{
    QTreeView *list = m_ui->promiseList;
    int others = 0;
    for (int column = 1; column < m_promises->columnCount(); ++column)
        others += list->columnWidth(column);
    const int readable = list->fontMetrics().averageCharWidth() * 24;
    list->setColumnWidth(0, std::max(readable, list->viewport()->width() - others));
}

const journal::Promise *PromisesWindow::selectedPromise() const
{
    return m_promises->promise(m_ui->promiseList->currentIndex().row());
}

void PromisesWindow::refresh()
{
    const journal::Promise *selected = selectedPromise();
    const qint64 selectedId = selected ? selected->id : 0;
    const std::vector<int> before = m_promises->promiseRows();
    const auto at = std::find(before.begin(), before.end(), m_ui->promiseList->currentIndex().row());
    const int selectedRow = at == before.end() ? -1 : static_cast<int>(at - before.begin());

    journal::PromiseQuery openQuery;
    openQuery.status = journal::PromiseStatus::Open;
    const auto open = m_journal.promises(openQuery);
    QStringList problems;
    if (!open.error.isEmpty())
        problems << open.error;
    // The team's side: the desk's own promises a colleague holds now leave the lists; colleagues'
    // promises held here come in a group of their own.
    const sync::TeamPromises team(QSqlDatabase::database(m_journal.connectionName(), false));
    QString teamError;
    const QString me = team.login(&teamError);
    const QSet<qint64> elsewhere = team.ownHeldElsewhere(&teamError);
    const std::vector<sync::TeamPromise> held = team.heldBy(me, &teamError);
    if (!teamError.isEmpty())
        problems << teamError;
    // Grouped by the journal's clock (a test's clock in tests), on the local day, as its
    // overdue() and dueToday() reckon them.
    const QDateTime now = m_journal.now();
    std::vector<journal::Promise> overdueHere;
    std::vector<journal::Promise> todayHere;
    std::vector<journal::Promise> upcoming;
    std::vector<journal::Promise> undated;
    for (const journal::Promise &promise : open.value) {
        if (elsewhere.contains(promise.id))
            continue;
        switch (promiseDueGroup(promise.due, now)) {
        case PromiseDueGroup::Overdue: overdueHere.push_back(promise); break;
        case PromiseDueGroup::DueToday: todayHere.push_back(promise); break;
        case PromiseDueGroup::Upcoming: upcoming.push_back(promise); break;
        case PromiseDueGroup::NoDueTime: undated.push_back(promise); break;
        }
    }
    m_teamIds.clear();
    std::vector<journal::Promise> handed;
    for (const sync::TeamPromise &promise : held) {
        journal::Promise listed;
        listed.id = -static_cast<qint64>(m_teamIds.size() + 1);
        m_teamIds.emplace(listed.id, promise.id);
        listed.text = promise.text;
        listed.due = promise.due.toLocalTime();
        listed.at = promise.promisedAt.toLocalTime();
        // The case column says whose call it came from: the reference itself stays on that desk.
        const QString when = promise.callStarted.isValid()
                                 ? QLocale().toString(promise.callStarted.toLocalTime(), QLocale::ShortFormat)
                                 : tr("unknown time");
        listed.caseReference = tr("%1's call, %2, %3").arg(promise.owner, when, promise.playbookId);
        if (!promise.notes.isEmpty())
            listed.caseReference += QStringLiteral(" — ") + promise.notes.join(QStringLiteral(" · "));
        handed.push_back(listed);
    }
    if (!problems.isEmpty())
        problems.prepend(tr("Some promises cannot be shown:"));
    if (const int pending = m_journal.pendingWrites(); pending > 0)
        problems << tr("%n entries could not be saved yet; they appear here once the journal can be written.", nullptr,
                       pending);
    m_ui->problemLabel->setText(problems.join(QLatin1Char('\n')));
    m_ui->problemLabel->setVisible(!problems.isEmpty());

    const bool overdueShown = !overdueHere.empty();
    const bool handedShown = !handed.empty();
    m_promises->setGroups({{tr("Overdue"), overdueHere, overdueShown, true},
                           {tr("Due today"), todayHere, false, true},
                           {tr("Upcoming"), std::move(upcoming), false, true},
                           {tr("No due date"), std::move(undated), false, false},
                           {tr("Handed to you by your lead"), std::move(handed), false, false}});
    for (int row = 0; row < m_promises->rowCount(); ++row)
        m_ui->promiseList->setFirstColumnSpanned(row, {}, m_promises->isHeading(row));
    for (int column = 1; column < m_promises->columnCount(); ++column)
        m_ui->promiseList->resizeColumnToContents(column);
    fitColumns();

    const bool none = open.value.empty() && !handedShown;
    if (none && problems.isEmpty()) {
        m_ui->emptyState->setText(tr("No open promises.\nPromises you record during a call (F9) appear here until "
                                     "they are marked kept or cancelled."));
        m_ui->listStack->setCurrentWidget(m_ui->emptyState);
    } else {
        m_ui->listStack->setCurrentWidget(m_ui->promiseList);
    }
    select(selectedId, selectedRow);
}

// The promise with this id if it is still listed, else the one now at the same position (the
// next one after marking), else the first.
void PromisesWindow::select(qint64 promiseId, int fallbackRow)
{
    const std::vector<int> rows = m_promises->promiseRows();
    int choice = promiseId != 0 ? m_promises->rowOf(QString::number(promiseId)) : -1;
    if (choice < 0 && !rows.empty())
        choice = rows[static_cast<std::size_t>(std::clamp(fallbackRow, 0, static_cast<int>(rows.size()) - 1))];
    const QModelIndex index = m_promises->index(choice, 0);
    m_ui->promiseList->setCurrentIndex(index);
    if (index.isValid())
        m_ui->promiseList->scrollTo(index);
    updateActions();
}

void PromisesWindow::updateActions()
{
    const bool selected = selectedPromise() != nullptr;
    m_keptAction->setEnabled(selected);
    m_cancelledAction->setEnabled(selected);
    m_ui->keptButton->setEnabled(selected);
    m_ui->cancelledButton->setEnabled(selected);
    m_undoAction->setEnabled(!m_undo.empty());
    QString ignored;
    const bool inTeam =
        !sync::TeamPromises(QSqlDatabase::database(m_journal.connectionName(), false)).login(&ignored).isEmpty();
    m_handBackAction->setEnabled(selected && inTeam);
    m_handBackButton->setEnabled(selected && inTeam);
    m_handBackButton->setVisible(inTeam);
    m_ui->undoButton->setEnabled(!m_undo.empty());
}

void PromisesWindow::markSelected(journal::PromiseStatus status)
{
    const journal::Promise *selected = selectedPromise();
    if (!selected)
        return;
    const qint64 id = selected->id;
    const QString text = selected->text;
    const bool kept = status == journal::PromiseStatus::Kept;
    if (const QString teamId = teamPromiseId(id); !teamId.isEmpty()) {
        // A colleague's promise: the journal has no row for it; its status goes to the server.
        QString error;
        sync::TeamPromises team(QSqlDatabase::database(m_journal.connectionName(), false));
        if (team.queueStatus(teamId, journal::promiseStatusName(status), QDateTime::currentDateTime(), &error)) {
            Change change;
            change.text = text;
            change.now = status;
            change.teamPromise = teamId;
            m_undo.push_back(change);
            m_ui->statusLine->setText(
                kept ? tr("Marked kept: %1. The team learns it with the next sync.").arg(quotedForStatus(text))
                     : tr("Marked cancelled: %1. The team learns it with the next sync.").arg(quotedForStatus(text)));
        } else {
            m_ui->statusLine->setText(
                (kept ? tr("%1 could not be marked kept: %2") : tr("%1 could not be marked cancelled: %2"))
                    .arg(quotedForStatus(text), error));
        }
        refresh();
        return;
    }
    const journal::WriteResult result = m_journal.setPromiseStatus(id, status);
    QString message;
    if (result.ok || result.queued) {
        Change change;
        change.promiseId = id;
        change.text = text;
        change.now = status;
        m_undo.push_back(change);
        const QString undoKeys = m_undoAction->shortcut().toString(QKeySequence::NativeText);
        if (result.ok)
            message = kept ? tr("Marked kept: %1. %2 reopens it.").arg(quotedForStatus(text), undoKeys)
                           : tr("Marked cancelled: %1. %2 reopens it.").arg(quotedForStatus(text), undoKeys);
        else
            message = (kept ? tr("%1 will be marked kept as soon as the journal can be written: %2")
                            : tr("%1 will be marked cancelled as soon as the journal can be written: %2"))
                          .arg(quotedForStatus(text), result.error);
    } else {
        message = (kept ? tr("%1 could not be marked kept: %2") : tr("%1 could not be marked cancelled: %2"))
                      .arg(quotedForStatus(text), result.error);
    }
    if (!result.warning.isEmpty())
        message += QLatin1Char('\n') + result.warning;
    m_ui->statusLine->setText(message);
    refresh();
}

bool PromisesWindow::exportOpenPromises(const QString &path)
{
    journal::PromiseExportOptions options;
    options.openOnly = true;
    const auto promises = journal::collectPromises(m_journal, options);
    if (!promises.ok()) {
        m_ui->statusLine->setText(tr("The promises could not be read: %1").arg(promises.error));
        return false;
    }
    QString error;
    if (!report::writePromises(path, report::promiseFormatOfFile(path), promises.value, &error)) {
        m_ui->statusLine->setText(tr("The promises could not be written: %1").arg(error));
        return false;
    }
    m_ui->statusLine->setText(tr("%1 open promise(s) exported to %2 (readable by you alone).")
                                  .arg(promises.value.promises.size())
                                  .arg(QDir::toNativeSeparators(path)));
    return true;
}

void PromisesWindow::handBackSelected()
{
    const journal::Promise *selected = selectedPromise();
    if (!selected)
        return;
    const qint64 id = selected->id;
    const QString text = selected->text;
    QString uuid = teamPromiseId(id);
    QString error;
    if (uuid.isEmpty()) {
        // The desk's own promise: known to the team by the UUID it was shared with.
        QSqlQuery q(QSqlDatabase::database(m_journal.connectionName(), false));
        q.prepare(QStringLiteral("SELECT uuid FROM shared_ids WHERE kind = 'promise' AND local_id = ?"));
        q.addBindValue(id);
        if (q.exec() && q.next())
            uuid = q.value(0).toString();
    }
    if (uuid.isEmpty()) {
        m_ui->statusLine->setText(
            tr("%1 was made before this desk joined the team and cannot be handed back.").arg(quotedForStatus(text)));
        return;
    }
    if (!Confirmation::ask(this, tr("Hand back the promise"),
                           tr("Hand %1 back to your team's leads? They give it to a colleague or keep it; it "
                              "leaves your list and your reminders.")
                               .arg(quotedForStatus(text)),
                           tr("Hand back")))
        return;
    sync::TeamPromises team(QSqlDatabase::database(m_journal.connectionName(), false));
    const QString request = team.queueHandBack(uuid, QDateTime::currentDateTime(), &error);
    if (request.isEmpty()) {
        m_ui->statusLine->setText(tr("%1 could not be handed back: %2").arg(quotedForStatus(text), error));
        return;
    }
    Change change;
    change.promiseId = id;
    change.text = text;
    change.handBackRequest = request;
    m_undo.push_back(change);
    m_ui->statusLine->setText(
        tr("Handed back: %1. It goes to your leads with the next sync; %2 keeps it here "
           "until then.")
            .arg(quotedForStatus(text), m_undoAction->shortcut().toString(QKeySequence::NativeText)));
    refresh();
}

void PromisesWindow::undo()
{
    if (m_undo.empty())
        return;
    const Change change = m_undo.back();
    m_undo.pop_back();
    if (!change.handBackRequest.isEmpty()) {
        QString error;
        sync::TeamPromises team(QSqlDatabase::database(m_journal.connectionName(), false));
        if (team.withdraw(change.handBackRequest, &error))
            m_ui->statusLine->setText(
                tr("%1 stays yours: the hand-back was not sent.").arg(quotedForStatus(change.text)));
        else if (error.isEmpty())
            m_ui->statusLine->setText(tr("%1 has gone to your leads already; ask them to give it back to you.")
                                          .arg(quotedForStatus(change.text)));
        else
            m_ui->statusLine->setText(error);
        refresh();
        return;
    }
    if (!change.teamPromise.isEmpty()) {
        QString error;
        sync::TeamPromises team(QSqlDatabase::database(m_journal.connectionName(), false));
        if (team.queueStatus(change.teamPromise, QStringLiteral("open"), QDateTime::currentDateTime(), &error))
            m_ui->statusLine->setText(tr("%1 is open again.").arg(quotedForStatus(change.text)));
        else
            m_ui->statusLine->setText(tr("%1 could not be reopened: %2").arg(quotedForStatus(change.text), error));
        refresh();
        return;
    }
    const journal::WriteResult result = m_journal.setPromiseStatus(change.promiseId, change.previous);
    QString message;
    if (result.ok)
        message = tr("%1 is open again.").arg(quotedForStatus(change.text));
    else if (result.queued)
        message = tr("%1 will be open again as soon as the journal can be written: %2")
                      .arg(quotedForStatus(change.text), result.error);
    else
        message = tr("%1 could not be reopened: %2").arg(quotedForStatus(change.text), result.error);
    if (!result.warning.isEmpty())
        message += QLatin1Char('\n') + result.warning;
    m_ui->statusLine->setText(message);
    refresh();
    if (result.ok)
        select(change.promiseId, -1);
}

} // namespace steadyline::gui
