#include "teampromiseswindow.h"

#include "call/promisedue.h"
#include "teampromises.h"
#include "widgets/confirmation.h"
#include "widgets/noticestyle.h"
#include "widgets/statusquote.h"
#include "widgets/windowaction.h"

#include <QAction>
#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QSqlDatabase>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace steadyline::gui {

namespace {

constexpr int kPromiseIdRole = Qt::UserRole;
constexpr int kHolderRole = Qt::UserRole + 1;

QString shortTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

TeamPromisesWindow::TeamPromisesWindow(journal::Journal &journal, QWidget *parent)
    : QMainWindow(parent)
    , m_journal(journal)
{
    setWindowTitle(tr("Team promises — Steadyline"));
    setObjectName(QStringLiteral("teamPromisesWindow"));
    resize(900, 480);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_list = new QTreeWidget(central);
    m_list->setObjectName(QStringLiteral("teamPromiseList"));
    m_list->setAccessibleName(tr("Open promises of the team"));
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Promise"), tr("Holder"), tr("Due"), tr("Call"), tr("Made by"), tr("State")});
    m_list->header()->setSectionResizeMode(PromiseColumn, QHeaderView::Stretch);
    for (int column = HolderColumn; column < ColumnCount; ++column)
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);

    auto *row = new QHBoxLayout;
    auto *colleagueLabel = new QLabel(tr("&Colleague:"), central);
    m_colleague = new QComboBox(central);
    m_colleague->setObjectName(QStringLiteral("colleaguePicker"));
    m_colleague->setAccessibleName(tr("Colleague to give the promise to"));
    m_colleague->setMinimumContentsLength(14);
    colleagueLabel->setBuddy(m_colleague);
    row->addWidget(colleagueLabel);
    row->addWidget(m_colleague);
    layout->addLayout(row);
    createActions();
    for (QAction *action : {m_reassignAction, m_takeAction, m_reassignAllAction}) {
        auto *button = new QPushButton(
            QStringLiteral("%1  [%2]").arg(action->text(), action->shortcut().toString(QKeySequence::NativeText)),
            central);
        button->setAccessibleName(action->text());
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, button, [button, action] { button->setEnabled(action->isEnabled()); });
        row->addWidget(button);
    }
    row->addStretch(1);

    m_statusLine = new QLabel(central);
    m_statusLine->setObjectName(QStringLiteral("teamPromisesStatus"));
    m_statusLine->setWordWrap(true);
    m_statusLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_statusLine);
    setCentralWidget(central);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        pickOtherThanHolder();
        updateActions();
    });
    connect(m_colleague, &QComboBox::currentTextChanged, this, &TeamPromisesWindow::updateActions);
    refresh();
}

void TeamPromisesWindow::createActions()
{
    const auto make = [this](const QString &text, const QKeySequence &key, auto slot) {
        return addWindowAction(this, text, key, slot);
    };
    m_reassignAction =
        make(tr("Reassign to colleague"), QKeySequence(Qt::CTRL | Qt::Key_R), [this] { reassignSelected(false); });
    m_takeAction = make(tr("Take it"), QKeySequence(Qt::CTRL | Qt::Key_T), [this] { reassignSelected(true); });
    m_reassignAllAction = make(tr("Reassign all of the holder…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                               [this] { reassignAll(); });
    make(tr("Refresh"), QKeySequence(Qt::Key_F5), [this] {
        refresh();
        emit membersWanted();
    });
    make(tr("Close"), QKeySequence(Qt::Key_Escape), [this] { close(); });
}

void TeamPromisesWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!event->spontaneous()) {
        refresh();
        emit membersWanted();
        m_list->setFocus();
    }
}

void TeamPromisesWindow::setMembers(const QStringList &logins)
{
    m_members = logins;
    refresh();
}

void TeamPromisesWindow::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    refresh();
}

void TeamPromisesWindow::say(const QString &message)
{
    m_statusLine->setText(message);
    m_statusLine->setAccessibleName(message);
}

QString TeamPromisesWindow::selectedPromise() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(PromiseColumn, kPromiseIdRole).toString() : QString();
}

QString TeamPromisesWindow::selectedHolder() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(PromiseColumn, kHolderRole).toString() : QString();
}

void TeamPromisesWindow::refresh()
{
    const QString selected = selectedPromise();
    const sync::TeamPromises team(QSqlDatabase::database(m_journal.connectionName(), false));
    QString error;
    const QString me = team.login(&error);
    const std::vector<sync::TeamPromise> promises = team.open(&error);
    const std::vector<sync::PendingHolderChange> pending = team.pending(&error);
    const std::vector<sync::HolderRefusal> refusals = team.refusals(&error);

    // Answers to what this window asked: a refusal names why; a request gone from the outbox
    // without one was done.
    QStringList news;
    for (const sync::HolderRefusal &refusal : refusals) {
        if (m_asked.contains(refusal.id))
            news << tr("The server refused %1: %2").arg(m_asked.take(refusal.id), refusal.reason);
    }
    QSet<QString> waiting;
    for (const sync::PendingHolderChange &change : pending)
        waiting.insert(change.id);
    for (auto it = m_asked.begin(); it != m_asked.end();) {
        if (!waiting.contains(it.key()) && !it.value().isEmpty()) {
            news << tr("Done: %1.").arg(it.value());
            it = m_asked.erase(it);
        } else {
            ++it;
        }
    }

    const QDateTime now = QDateTime::currentDateTime();
    m_list->clear();
    QTreeWidgetItem *current = nullptr;
    for (const sync::TeamPromise &promise : promises) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(PromiseColumn, promise.text);
        item->setToolTip(PromiseColumn, promise.notes.join(QLatin1Char('\n')));
        item->setText(HolderColumn, promise.holder.isEmpty() ? tr("handed back") : promise.holder);
        item->setText(DueColumn, promise.due.isValid() ? shortTime(promise.due) : tr("no due time"));
        item->setText(CallColumn, promise.callStarted.isValid()
                                      ? tr("%1, %2").arg(shortTime(promise.callStarted), promise.playbookId)
                                      : QString());
        item->setText(MadeByColumn, promise.owner);
        const bool overdue = promiseDueGroup(promise.due, now) == PromiseDueGroup::Overdue;
        QStringList state;
        if (overdue)
            state << tr("overdue");
        for (const sync::PendingHolderChange &change : pending) {
            if (change.promiseId == promise.id || (change.action == u"reassign_all" && change.from == promise.holder))
                state << (m_online ? tr("waiting for the server") : tr("queued: sent when the server is back"));
        }
        state.removeDuplicates();
        item->setText(StateColumn, state.join(QStringLiteral(", ")));
        if (overdue) {
            for (int column = 0; column < ColumnCount; ++column)
                item->setForeground(column, QColor(0xb0, 0x00, 0x20));
        }
        item->setData(PromiseColumn, kPromiseIdRole, promise.id);
        item->setData(PromiseColumn, kHolderRole, promise.holder);
        if (promise.id == selected)
            current = item;
    }
    if (!current && m_list->topLevelItemCount() > 0)
        current = m_list->topLevelItem(0);
    m_list->setCurrentItem(current);

    // The picker: the team's members (or, offline, the logins in its rows), this lead last.
    QStringList logins = m_members.isEmpty() ? team.knownLogins(&error) : m_members;
    logins.removeAll(me);
    logins.removeDuplicates();
    const QString picked = m_colleague->currentText();
    m_colleague->clear();
    m_colleague->addItems(logins);
    if (logins.contains(picked))
        m_colleague->setCurrentText(picked);
    pickOtherThanHolder();

    if (!error.isEmpty())
        news << error;
    if (promises.empty() && news.isEmpty())
        news << tr("No open promises in the team.");
    if (!news.isEmpty())
        say(news.join(QLatin1Char('\n')));
    updateActions();
}

void TeamPromisesWindow::pickOtherThanHolder()
{
    // Giving a promise to the one who holds it is refused: offer someone else first.
    const QString holder = selectedHolder();
    if (holder.isEmpty() || m_colleague->currentText() != holder)
        return;
    for (int i = 0; i < m_colleague->count(); ++i) {
        if (m_colleague->itemText(i) != holder) {
            m_colleague->setCurrentIndex(i);
            return;
        }
    }
}

void TeamPromisesWindow::updateActions()
{
    const bool selected = !selectedPromise().isEmpty();
    const bool colleague = !m_colleague->currentText().isEmpty();
    m_reassignAction->setEnabled(selected && colleague);
    m_takeAction->setEnabled(selected);
    m_reassignAllAction->setEnabled(selected && colleague && !selectedHolder().isEmpty());
}

void TeamPromisesWindow::reassignSelected(bool toMe)
{
    const QString promise = selectedPromise();
    if (promise.isEmpty())
        return;
    sync::TeamPromises team(QSqlDatabase::database(m_journal.connectionName(), false));
    QString error;
    const QString to = toMe ? team.login(&error) : m_colleague->currentText();
    if (to.isEmpty()) {
        say(tr("Pick a colleague first (Alt+C)."));
        return;
    }
    const QString text = m_list->currentItem()->text(PromiseColumn);
    const QString request = team.queueReassign(promise, to, QDateTime::currentDateTime(), &error);
    if (request.isEmpty()) {
        say(tr("%1 could not be reassigned: %2").arg(quotedForStatus(text), error));
        return;
    }
    const QString what =
        toMe ? tr("you take %1").arg(quotedForStatus(text)) : tr("%1 goes to %2").arg(quotedForStatus(text), to);
    m_asked.insert(request, what);
    say(m_online ? tr("Sent: %1.").arg(what)
                 : tr("Queued while offline: %1. It is sent when the server is back.").arg(what));
    emit requestQueued();
    refresh();
}

void TeamPromisesWindow::reassignAll()
{
    const QString from = selectedHolder();
    const QString to = m_colleague->currentText();
    if (from.isEmpty() || to.isEmpty())
        return;
    if (from == to) {
        say(tr("%1 holds these promises already; pick another colleague.").arg(to));
        return;
    }
    int count = 0;
    {
        QString error;
        const sync::TeamPromises team(QSqlDatabase::database(m_journal.connectionName(), false));
        for (const sync::TeamPromise &promise : team.open(&error))
            count += promise.holder == from ? 1 : 0;
    }
    if (!Confirmation::ask(this, tr("Reassign all promises"),
                           tr("Give every open promise %1 holds (%n known here) to %2?", nullptr, count).arg(from, to),
                           tr("Reassign all")))
        return;
    sync::TeamPromises team(QSqlDatabase::database(m_journal.connectionName(), false));
    QString error;
    const QString request = team.queueReassignAll(from, to, QDateTime::currentDateTime(), &error);
    if (request.isEmpty()) {
        say(tr("The promises could not be reassigned: %1").arg(error));
        return;
    }
    const QString what = tr("every open promise of %1 goes to %2").arg(from, to);
    m_asked.insert(request, what);
    say(m_online ? tr("Sent: %1.").arg(what)
                 : tr("Queued while offline: %1. It is sent when the server is back.").arg(what));
    emit requestQueued();
    refresh();
}

} // namespace steadyline::gui
