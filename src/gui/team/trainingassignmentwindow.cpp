#include "trainingassignmentwindow.h"

#include "app/appcontext.h"
#include "journal/journal.h"
#include "teamstore.h"
#include "widgets/confirmation.h"

#include <QAction>
#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QShowEvent>
#include <QSqlDatabase>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace steadyline::gui {

namespace {

constexpr int kDefaultDueDays = 7; // a week: enough for a shift pattern, short enough to matter
constexpr int kIdRole = Qt::UserRole;

QString percent(const std::optional<int> &value)
{
    return value ? QStringLiteral("%1 %").arg(*value) : QString();
}

} // namespace

TrainingAssignmentWindow::TrainingAssignmentWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("trainingAssignmentWindow"));
    setWindowTitle(tr("Training assignments — Steadyline"));
    resize(900, 620);
    buildWidgets();
    refresh();
}

void TrainingAssignmentWindow::buildWidgets()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    auto *assignBox = new QGroupBox(tr("Assign training"), central);
    auto *grid = new QGridLayout(assignBox);
    m_scenarios = new QListWidget(assignBox);
    m_scenarios->setAccessibleName(tr("Scenarios to assign"));
    m_consultants = new QListWidget(assignBox);
    m_consultants->setAccessibleName(tr("Consultants to assign to"));
    auto *scenariosLabel = new QLabel(tr("&Scenarios (Space ticks one):"), assignBox);
    scenariosLabel->setBuddy(m_scenarios);
    auto *consultantsLabel = new QLabel(tr("&Consultants:"), assignBox);
    consultantsLabel->setBuddy(m_consultants);
    m_consultantsNote = new QLabel(assignBox);
    m_consultantsNote->setWordWrap(true);
    grid->addWidget(scenariosLabel, 0, 0);
    grid->addWidget(consultantsLabel, 0, 1);
    grid->addWidget(m_scenarios, 1, 0);
    grid->addWidget(m_consultants, 1, 1);
    grid->addWidget(m_consultantsNote, 2, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);

    auto *row = new QHBoxLayout;
    m_due = new QDateEdit(QDate::currentDate().addDays(kDefaultDueDays), assignBox);
    m_due->setCalendarPopup(true);
    m_due->setMinimumDate(QDate::currentDate());
    m_due->setAccessibleName(tr("Due date"));
    auto *dueLabel = new QLabel(tr("&Due:"), assignBox);
    dueLabel->setBuddy(m_due);
    m_note = new QLineEdit(assignBox);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setMaxLength(sync::TrainingAssignments::kLongestNote);
    m_note->setPlaceholderText(tr("Optional: why, what to look out for"));
    m_note->setAccessibleName(tr("Note to the consultants"));
    auto *noteLabel = new QLabel(tr("&Note:"), assignBox);
    noteLabel->setBuddy(m_note);
    m_assignButton = new QPushButton(tr("&Assign  [Ctrl+Enter]"), assignBox);
    m_assignButton->setAccessibleName(tr("Assign the ticked scenarios to the ticked consultants"));
    row->addWidget(dueLabel);
    row->addWidget(m_due);
    row->addWidget(noteLabel);
    row->addWidget(m_note, 1);
    row->addWidget(m_assignButton);
    grid->addLayout(row, 3, 0, 1, 2);
    layout->addWidget(assignBox, 3);

    m_list = new QTreeWidget(central);
    m_list->setObjectName(QStringLiteral("teamAssignments"));
    m_list->setAccessibleName(tr("The team's training assignments"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSortingEnabled(false);
    m_list->setHeaderLabels({tr("Consultant"), tr("Scenario"), tr("Due"), tr("Status"), tr("Best"), tr("Last"),
                             tr("Attempts"), tr("Note")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    auto *listLabel =
        new QLabel(tr("The &team's assignments (scores of the attempts since each was assigned):"), central);
    listLabel->setBuddy(m_list);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 4);

    auto *bottom = new QHBoxLayout;
    m_withdrawButton = new QPushButton(tr("&Withdraw  [Del]"), central);
    m_withdrawButton->setAccessibleName(tr("Withdraw the selected assignment"));
    m_message = new QLabel(central);
    m_message->setObjectName(QStringLiteral("assignmentMessage"));
    m_message->setWordWrap(true);
    bottom->addWidget(m_withdrawButton);
    bottom->addWidget(m_message, 1);
    layout->addLayout(bottom);
    setCentralWidget(central);

    connect(m_assignButton, &QPushButton::clicked, this, &TrainingAssignmentWindow::assign);
    connect(m_withdrawButton, &QPushButton::clicked, this, &TrainingAssignmentWindow::withdrawSelected);
    connect(m_scenarios, &QListWidget::itemChanged, this, &TrainingAssignmentWindow::updateButtons);
    connect(m_consultants, &QListWidget::itemChanged, this, &TrainingAssignmentWindow::updateButtons);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &TrainingAssignmentWindow::updateButtons);
    connect(m_note, &QLineEdit::returnPressed, this, &TrainingAssignmentWindow::assign);

    auto *assignAction = new QAction(tr("Assign"), this);
    assignAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(assignAction, &QAction::triggered, this, &TrainingAssignmentWindow::assign);
    auto *withdrawAction = new QAction(tr("Withdraw"), m_list);
    withdrawAction->setShortcut(QKeySequence::Delete);
    withdrawAction->setShortcutContext(Qt::WidgetShortcut);
    connect(withdrawAction, &QAction::triggered, this, &TrainingAssignmentWindow::withdrawSelected);
    m_list->addAction(withdrawAction);
    auto *reload = new QAction(tr("Reload"), this);
    reload->setShortcut(QKeySequence(Qt::Key_F5));
    connect(reload, &QAction::triggered, this, [this] {
        refresh();
        emit teamLoginsWanted();
    });
    auto *closeWindow = new QAction(tr("Close"), this);
    closeWindow->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(closeWindow, &QAction::triggered, this, &QWidget::close);
    for (QAction *action : {assignAction, reload, closeWindow}) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }
}

void TrainingAssignmentWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!event->spontaneous()) {
        refresh();
        emit teamLoginsWanted();
        m_scenarios->setFocus(Qt::OtherFocusReason);
    }
}

QString TrainingAssignmentWindow::ownLogin() const
{
    journal::Journal *journal = m_context.journal();
    if (!journal)
        return {};
    QString error;
    const auto membership =
        sync::TeamStore(QSqlDatabase::database(journal->connectionName(), false)).membership(&error);
    return membership ? membership->login : QString();
}

void TrainingAssignmentWindow::setTeamLogins(const QStringList &logins)
{
    m_serverLogins = logins;
    m_serverLogins.removeAll(ownLogin());
    fillConsultants();
}

void TrainingAssignmentWindow::refresh()
{
    m_library = ScenarioLibrary::load(m_context.catalog());
    fillScenarios();
    fillConsultants();
    showAssignments();
}

QStringList TrainingAssignmentWindow::checked(const QListWidget *list) const
{
    QStringList ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(kIdRole).toString();
    }
    return ids;
}

void TrainingAssignmentWindow::fillScenarios()
{
    const QStringList ticked = checked(m_scenarios);
    const QSignalBlocker blocker(m_scenarios);
    m_scenarios->clear();
    QSet<QString> listed;
    for (const ScenarioEntry &entry : m_library.entries()) {
        // Only what a consultant can rehearse, each id once (the first that loads, as they find it).
        if (!entry.loads || listed.contains(entry.id))
            continue;
        listed.insert(entry.id);
        auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(entry.title, entry.language), m_scenarios);
        item->setData(kIdRole, entry.id);
        item->setData(kIdRole + 1, entry.title);
        item->setToolTip(entry.briefing);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(entry.id) ? Qt::Checked : Qt::Unchecked);
    }
    updateButtons();
}

void TrainingAssignmentWindow::fillConsultants()
{
    QStringList logins = m_serverLogins;
    if (logins.isEmpty()) {
        // Offline, or the server has not answered yet: whom the desk has seen in the team's rows.
        journal::Journal *journal = m_context.journal();
        if (journal) {
            const QSqlDatabase db = QSqlDatabase::database(journal->connectionName(), false);
            QString error;
            QSet<QString> seen;
            for (const QString &kind : {QStringLiteral("call"), QStringLiteral("training_attempt")}) {
                for (const sync::TeamChange &row : sync::TeamStore(db).teamRows(kind, &error))
                    seen.insert(row.login);
            }
            seen.remove(ownLogin());
            logins = QStringList(seen.begin(), seen.end());
            logins.sort();
        }
        m_consultantsNote->setText(tr("Waiting for the server for the team's full list; shown: whom this desk has "
                                      "seen in the team's calls."));
    } else {
        m_consultantsNote->clear();
    }
    const QStringList ticked = checked(m_consultants);
    const QSignalBlocker blocker(m_consultants);
    m_consultants->clear();
    for (const QString &login : logins) {
        auto *item = new QListWidgetItem(login, m_consultants);
        item->setData(kIdRole, login);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(login) ? Qt::Checked : Qt::Unchecked);
    }
    updateButtons();
}

void TrainingAssignmentWindow::showAssignments()
{
    m_assignments.clear();
    QString error;
    if (journal::Journal *journal = m_context.journal())
        m_assignments =
            sync::TrainingAssignments(QSqlDatabase::database(journal->connectionName(), false)).forTeam(&error);
    const QString keep = m_list->currentItem() ? m_list->currentItem()->data(0, kIdRole).toString() : QString();
    m_list->clear();
    const QDate today = QDate::currentDate();
    const QLocale locale;
    for (const sync::TrainingAssignment &assignment : m_assignments) {
        QString status;
        if (assignment.waiting)
            status = tr("Waiting for the server");
        else if (assignment.done())
            status = tr("Done %1").arg(locale.toString(assignment.doneAt.toLocalTime().date(), QLocale::ShortFormat));
        else if (assignment.overdue(today))
            status = tr("Overdue");
        else
            status = tr("Open");
        auto *item = new QTreeWidgetItem(m_list, {assignment.assignee, assignment.scenarioTitle,
                                                  locale.toString(assignment.dueOn, QLocale::ShortFormat), status,
                                                  percent(assignment.bestPercent), percent(assignment.lastPercent),
                                                  QString::number(assignment.attempts), assignment.note});
        item->setData(0, kIdRole, assignment.id);
        item->setToolTip(1, assignment.scenarioId);
        if (assignment.id == keep)
            m_list->setCurrentItem(item);
    }
    if (!error.isEmpty())
        m_message->setText(error);
    updateButtons();
}

bool TrainingAssignmentWindow::checkScenario(const QString &scenarioId)
{
    for (int i = 0; i < m_scenarios->count(); ++i) {
        if (m_scenarios->item(i)->data(kIdRole).toString() == scenarioId) {
            m_scenarios->item(i)->setCheckState(Qt::Checked);
            return true;
        }
    }
    return false;
}

bool TrainingAssignmentWindow::checkConsultant(const QString &login)
{
    for (int i = 0; i < m_consultants->count(); ++i) {
        if (m_consultants->item(i)->data(kIdRole).toString() == login) {
            m_consultants->item(i)->setCheckState(Qt::Checked);
            return true;
        }
    }
    return false;
}

void TrainingAssignmentWindow::updateButtons()
{
    m_assignButton->setEnabled(!checked(m_scenarios).isEmpty() && !checked(m_consultants).isEmpty());
    m_withdrawButton->setEnabled(m_list->currentItem() != nullptr);
}

void TrainingAssignmentWindow::assign()
{
    const QStringList scenarioIds = checked(m_scenarios);
    const QStringList logins = checked(m_consultants);
    if (scenarioIds.isEmpty() || logins.isEmpty()) {
        m_message->setText(tr("Tick at least one scenario and one consultant first."));
        return;
    }
    journal::Journal *journal = m_context.journal();
    if (!journal) {
        m_message->setText(tr("The journal is not open, so nothing can be queued for the server."));
        return;
    }
    sync::TrainingAssignments store(QSqlDatabase::database(journal->connectionName(), false));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int queued = 0;
    QString error;
    for (const QString &scenarioId : scenarioIds) {
        const ScenarioEntry *entry = m_library.findById(scenarioId);
        const QString title = entry ? entry->title : scenarioId;
        for (const QString &login : logins) {
            if (store.queueAssignment(login, scenarioId, title, m_due->date(), m_note->text(), now, &error).isEmpty()) {
                m_message->setText(error);
                break;
            }
            ++queued;
        }
    }
    if (queued > 0) {
        m_message->setText(tr("%n assignment(s) queued for the server.", nullptr, queued));
        m_note->clear();
        for (QListWidget *list : {m_scenarios, m_consultants}) {
            const QSignalBlocker blocker(list);
            for (int i = 0; i < list->count(); ++i)
                list->item(i)->setCheckState(Qt::Unchecked);
        }
        emit changesQueued();
    }
    showAssignments();
}

void TrainingAssignmentWindow::withdrawSelected()
{
    QTreeWidgetItem *item = m_list->currentItem();
    journal::Journal *journal = m_context.journal();
    if (!item || !journal) {
        m_message->setText(tr("Select an assignment to withdraw first."));
        return;
    }
    if (!Confirmation::ask(
            this, tr("Withdraw the assignment"),
            tr("Withdraw \"%1\" from %2? It leaves their Training window.").arg(item->text(1), item->text(0)),
            tr("Withdraw")))
        return;
    QString error;
    if (!sync::TrainingAssignments(QSqlDatabase::database(journal->connectionName(), false))
             .queueWithdrawal(item->data(0, kIdRole).toString(), QDateTime::currentDateTimeUtc(), &error)) {
        m_message->setText(error);
        return;
    }
    m_message->setText(tr("Withdrawal queued for the server."));
    emit changesQueued();
    showAssignments();
}

} // namespace steadyline::gui
