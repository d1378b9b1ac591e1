#include "promiseswindow.h"

#include "exportformat.h"
#include "journal/export.h"

#include "ui_promiseswindow.h"

#include <algorithm>

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QSet>
#include <QShowEvent>

namespace steadyline::gui {

namespace {

constexpr int kPromiseIdRole = Qt::UserRole;
constexpr int kRefreshIntervalMs = 60 * 1000;

QString dateTimeText(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString withShortcut(const QString &text, const QAction *action)
{
    const QString keys = action->shortcut().toString(QKeySequence::NativeText);
    return keys.isEmpty() ? text : QStringLiteral("%1  [%2]").arg(text, keys);
}

// A quotation of a promise short enough for a status line.
QString quoted(const QString &text)
{
    const QString simple = text.simplified();
    return QStringLiteral("“%1”").arg(simple.size() > 60 ? simple.left(59) + QChar(0x2026) : simple);
}

} // namespace

PromisesWindow::PromisesWindow(journal::Journal &journal, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::PromisesWindow>())
    , m_journal(journal)
{
    m_ui->setupUi(this);
    m_ui->problemLabel->setVisible(false);
    m_ui->problemLabel->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; padding: 6px; }"));
    // The promise takes the room the other columns leave, but never less than a readable width:
    // in a narrow window the list scrolls sideways instead.
    m_ui->promiseList->header()->setStretchLastSection(false);
    m_ui->promiseList->viewport()->installEventFilter(this);
    createActions();

    m_minuteTimer.setInterval(kRefreshIntervalMs);
    connect(&m_minuteTimer, &QTimer::timeout, this, &PromisesWindow::refresh);
    connect(m_ui->promiseList, &QTreeWidget::currentItemChanged, this, &PromisesWindow::updateActions);
    connect(m_ui->promiseList, &QTreeWidget::itemDoubleClicked, this, [this] { m_keptAction->trigger(); });
    refresh();
}

PromisesWindow::~PromisesWindow() = default;

void PromisesWindow::createActions()
{
    const auto make = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
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
    QTreeWidget *list = m_ui->promiseList;
    int others = 0;
    for (int column = 1; column < list->columnCount(); ++column)
        others += list->columnWidth(column);
    const int readable = list->fontMetrics().averageCharWidth() * 24;
    list->setColumnWidth(0, std::max(readable, list->viewport()->width() - others));
}

std::vector<QTreeWidgetItem *> PromisesWindow::promiseItems() const
{
    std::vector<QTreeWidgetItem *> items;
    for (int row = 0; row < m_ui->promiseList->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_ui->promiseList->topLevelItem(row);
        if (item->data(0, kPromiseIdRole).toLongLong() != 0)
            items.push_back(item);
    }
    return items;
}

qint64 PromisesWindow::selectedPromiseId() const
{
    const QTreeWidgetItem *item = m_ui->promiseList->currentItem();
    return item ? item->data(0, kPromiseIdRole).toLongLong() : 0;
}

void PromisesWindow::refresh()
{
    const std::vector<QTreeWidgetItem *> before = promiseItems();
    const qint64 selectedId = selectedPromiseId();
    int selectedRow = -1;
    for (std::size_t i = 0; i < before.size(); ++i) {
        if (before[i] == m_ui->promiseList->currentItem())
            selectedRow = static_cast<int>(i);
    }

    // Overdue and due today as the journal reckons them (its clock, the local day); the rest of
    // the open promises are upcoming, or have no due time.
    const auto overdue = m_journal.overdue();
    const auto today = m_journal.dueToday();
    journal::PromiseQuery openQuery;
    openQuery.status = journal::PromiseStatus::Open;
    const auto open = m_journal.promises(openQuery);
    QStringList problems;
    for (const QString &error : {overdue.error, today.error, open.error}) {
        if (!error.isEmpty() && !problems.contains(error))
            problems << error;
    }
    QSet<qint64> placed;
    for (const auto *list : {&overdue.value, &today.value}) {
        for (const journal::Promise &promise : *list)
            placed.insert(promise.id);
    }
    std::vector<journal::Promise> upcoming;
    std::vector<journal::Promise> undated;
    for (const journal::Promise &promise : open.value) {
        if (!promise.due.isValid())
            undated.push_back(promise);
        else if (!placed.contains(promise.id))
            upcoming.push_back(promise);
    }
    if (!problems.isEmpty())
        problems.prepend(tr("Some promises cannot be shown:"));
    if (const int pending = m_journal.pendingWrites(); pending > 0)
        problems << tr("%n entries could not be saved yet; they appear here once the journal can be written.", nullptr,
                       pending);
    m_ui->problemLabel->setText(problems.join(QLatin1Char('\n')));
    m_ui->problemLabel->setVisible(!problems.isEmpty());

    const QSignalBlocker blocker(m_ui->promiseList);
    m_ui->promiseList->clear();
    const auto addGroup = [this](const QString &title, const std::vector<journal::Promise> &promises,
                                 const QColor &color, bool showWhenEmpty) {
        if (promises.empty() && !showWhenEmpty)
            return;
        // A heading row in the one flat list, so Up and Down walk from group to group. Disabled:
        // not selectable and skipped by the arrow keys; drawn in full colour all the same.
        auto *header = new QTreeWidgetItem(m_ui->promiseList);
        header->setText(0, promises.empty() ? tr("%1 — none").arg(title)
                                            : QStringLiteral("%1 (%2)").arg(title).arg(promises.size()));
        header->setFlags(Qt::NoItemFlags);
        QFont font = m_ui->promiseList->font();
        font.setBold(true);
        header->setFont(0, font);
        header->setForeground(0, color);
        header->setFirstColumnSpanned(true);
        for (const journal::Promise &promise : promises) {
            auto *item = new QTreeWidgetItem(m_ui->promiseList,
                                             QStringList{promise.text.simplified(), promise.caseReference,
                                                         dateTimeText(promise.due), dateTimeText(promise.at)});
            item->setData(0, kPromiseIdRole, promise.id);
            item->setToolTip(0, promise.text);
        }
    };
    const QColor text = palette().color(QPalette::WindowText);
    addGroup(tr("Overdue"), overdue.value, overdue.value.empty() ? text : QColor(0xb7, 0x1c, 0x1c), true);
    addGroup(tr("Due today"), today.value, text, true);
    addGroup(tr("Upcoming"), upcoming, text, true);
    addGroup(tr("No due date"), undated, text, false);
    for (int column = 1; column < m_ui->promiseList->columnCount(); ++column)
        m_ui->promiseList->resizeColumnToContents(column);
    fitColumns();

    const bool none = overdue.value.empty() && today.value.empty() && open.value.empty();
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
    const std::vector<QTreeWidgetItem *> items = promiseItems();
    QTreeWidgetItem *choice = nullptr;
    for (QTreeWidgetItem *item : items) {
        if (promiseId != 0 && item->data(0, kPromiseIdRole).toLongLong() == promiseId)
            choice = item;
    }
    if (!choice && !items.empty())
        choice = items[static_cast<std::size_t>(std::clamp(fallbackRow, 0, static_cast<int>(items.size()) - 1))];
    {
        const QSignalBlocker blocker(m_ui->promiseList);
        m_ui->promiseList->setCurrentItem(choice);
    }
    if (choice)
        m_ui->promiseList->scrollToItem(choice);
    updateActions();
}

void PromisesWindow::updateActions()
{
    const bool selected = selectedPromiseId() != 0;
    m_keptAction->setEnabled(selected);
    m_cancelledAction->setEnabled(selected);
    m_ui->keptButton->setEnabled(selected);
    m_ui->cancelledButton->setEnabled(selected);
    m_undoAction->setEnabled(!m_undo.empty());
    m_ui->undoButton->setEnabled(!m_undo.empty());
}

void PromisesWindow::markSelected(journal::PromiseStatus status)
{
    const qint64 id = selectedPromiseId();
    if (id == 0)
        return;
    const QString text = m_ui->promiseList->currentItem()->toolTip(0);
    const journal::WriteResult result = m_journal.setPromiseStatus(id, status);
    const bool kept = status == journal::PromiseStatus::Kept;
    QString message;
    if (result.ok || result.queued) {
        m_undo.push_back(Change{id, text, journal::PromiseStatus::Open, status});
        const QString undoKeys = m_undoAction->shortcut().toString(QKeySequence::NativeText);
        if (result.ok)
            message = kept ? tr("Marked kept: %1. %2 reopens it.").arg(quoted(text), undoKeys)
                           : tr("Marked cancelled: %1. %2 reopens it.").arg(quoted(text), undoKeys);
        else
            message = (kept ? tr("%1 will be marked kept as soon as the journal can be written: %2")
                            : tr("%1 will be marked cancelled as soon as the journal can be written: %2"))
                          .arg(quoted(text), result.error);
    } else {
        message = (kept ? tr("%1 could not be marked kept: %2") : tr("%1 could not be marked cancelled: %2"))
                      .arg(quoted(text), result.error);
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

void PromisesWindow::undo()
{
    if (m_undo.empty())
        return;
    const Change change = m_undo.back();
    m_undo.pop_back();
    const journal::WriteResult result = m_journal.setPromiseStatus(change.promiseId, change.previous);
    QString message;
    if (result.ok)
        message = tr("%1 is open again.").arg(quoted(change.text));
    else if (result.queued)
        message = tr("%1 will be open again as soon as the journal can be written: %2")
                      .arg(quoted(change.text), result.error);
    else
        message = tr("%1 could not be reopened: %2").arg(quoted(change.text), result.error);
    if (!result.warning.isEmpty())
        message += QLatin1Char('\n') + result.warning;
    m_ui->statusLine->setText(message);
    refresh();
    if (result.ok)
        select(change.promiseId, -1);
}

} // namespace steadyline::gui
