#include "historywindow.h"

#include "callhistorymodel.h"
#include "timelinewording.h"

#include "common/labels.h"
#include "exportformat.h"
#include "journal/export.h"

#include "playbook/playbookcatalog.h"
#include "settings/settings.h"
#include "ui_historywindow.h"
#include "widgets/noticestyle.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QKeyEvent>
#include <QLocale>

namespace steadyline::gui {

namespace {

constexpr int kMinRetentionDays = 1;
constexpr int kMaxRetentionDays = 3650;
constexpr int kDefaultRetentionDays = 90;
constexpr int kSearchDelayMs = 250;
constexpr int kListLimit = 500;

QString dateTimeText(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString timeText(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
}

// A time within the call; the date too when it is not the day the call began (a resumed call).
QString timeInCall(const QDateTime &at, const QDateTime &started)
{
    if (at.toLocalTime().date() == started.toLocalTime().date())
        return timeText(at);
    return QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat) + QLatin1Char(' ') + timeText(at);
}

QString promiseStatusText(const journal::Promise &promise)
{
    switch (promise.status) {
    case journal::PromiseStatus::Open: return HistoryWindow::tr("open");
    case journal::PromiseStatus::Kept:
        return promise.keptAt.isValid() ? HistoryWindow::tr("kept %1").arg(dateTimeText(promise.keptAt))
                                        : HistoryWindow::tr("kept");
    case journal::PromiseStatus::Cancelled: return HistoryWindow::tr("cancelled");
    }
    return {};
}

QString cell(const QString &text)
{
    return QStringLiteral("<td valign=\"top\">%1</td>").arg(text.toHtmlEscaped());
}

} // namespace

int HistoryWindow::retentionDays(const Settings &settings)
{
    bool ok = false;
    const int days = settings.value(Settings::Key::RetentionDays).toInt(&ok);
    return ok && days >= kMinRetentionDays && days <= kMaxRetentionDays ? days : kDefaultRetentionDays;
}

HistoryWindow::HistoryWindow(journal::Journal &journal, Settings &settings, const PlaybookCatalog &catalog,
                             QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::HistoryWindow>())
    , m_journal(journal)
    , m_settings(settings)
    , m_catalog(catalog)
{
    m_ui->setupUi(this);
    m_calls = new CallHistoryModel(this);
    m_ui->callList->setModel(m_calls);
    m_ui->problemLabel->setVisible(false);
    styleAsNotice(m_ui->problemLabel, NoticeKind::Problem);
    m_ui->searchEdit->setPlaceholderText(tr("Words in notes, promises or case references — Ctrl+F"));
    m_ui->searchEdit->installEventFilter(this);

    m_ui->outcomeCombo->addItem(tr("Any outcome"));
    for (const CallOutcome outcome : {CallOutcome::Resolved, CallOutcome::EndedByConsultant, CallOutcome::Escalated,
                                      CallOutcome::HandedOver, CallOutcome::CallerHungUp, CallOutcome::Interrupted})
        m_ui->outcomeCombo->addItem(callOutcomeLabel(outcome), callOutcomeName(outcome));
    m_ui->rangeCombo->addItem(tr("Last 7 days"), 7);
    m_ui->rangeCombo->addItem(tr("Last 30 days"), 30);
    m_ui->rangeCombo->addItem(tr("Last 90 days"), 90);
    m_ui->rangeCombo->addItem(tr("All dates"), 0);
    m_ui->rangeCombo->setCurrentIndex(m_ui->rangeCombo->count() - 1);

    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 2);

    // Search as the user types, but not at every key: a quarter of a second after the last one.
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(kSearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &HistoryWindow::refresh);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer.stop();
        refresh();
    });
    connect(m_ui->outcomeCombo, &QComboBox::currentIndexChanged, this, &HistoryWindow::refresh);
    connect(m_ui->rangeCombo, &QComboBox::currentIndexChanged, this, &HistoryWindow::refresh);
    connect(m_ui->callList->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_refreshing)
            showCall();
    });

    const int days = retentionDays(m_settings);
    m_ui->retentionSpin->setRange(kMinRetentionDays, kMaxRetentionDays);
    m_ui->retentionSpin->setValue(days);
    showRetention(days);
    connect(m_ui->retentionSpin, &QSpinBox::valueChanged, this, [this](int value) {
        m_settings.setValue(Settings::Key::RetentionDays, value);
        showRetention(value);
    });
    connect(m_ui->deleteOldButton, &QPushButton::clicked, this, &HistoryWindow::deleteOldCalls);
    auto *exportAction = new QAction(tr("Export report…"), this);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    addAction(exportAction);
    m_ui->exportButton->setText(
        tr("Export report…  [%1]").arg(exportAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_ui->exportButton, &QPushButton::clicked, exportAction, &QAction::trigger);
    connect(exportAction, &QAction::triggered, this, [this] {
        // A file dialog is fine here: this window is never used during a call.
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export call report"),
            QDir::home().filePath(
                QStringLiteral("steadyline-report-%1.md").arg(QDate::currentDate().toString(Qt::ISODate))),
            tr("Markdown report (*.md);;PDF report (*.pdf);;JSON (*.json)"));
        if (!path.isEmpty())
            exportReport(path);
    });

    createActions();
    refresh();
    m_ui->searchEdit->setFocus();
}

HistoryWindow::~HistoryWindow() = default;

void HistoryWindow::createActions()
{
    auto *find = new QAction(tr("Search"), this);
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(find, &QAction::triggered, this, [this] {
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });
    auto *reload = new QAction(tr("Refresh"), this);
    reload->setShortcut(QKeySequence(Qt::Key_F5));
    connect(reload, &QAction::triggered, this, &HistoryWindow::refresh);
    auto *closeWindow = new QAction(tr("Close"), this);
    closeWindow->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(closeWindow, &QAction::triggered, this, &QWidget::close);
    for (QAction *action : {find, reload, closeWindow}) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }
}

void HistoryWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!event->spontaneous())
        refresh(); // calls may have been taken since the window was last open
}

// Up, Down, Page Up and Page Down in the search field move in the list, so a user can type a
// word and walk through what it found without leaving the field.
bool HistoryWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->searchEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            if (m_ui->listStack->currentWidget() == m_ui->callList) {
                QKeyEvent copy(QEvent::KeyPress, key->key(), key->modifiers());
                QApplication::sendEvent(m_ui->callList, &copy);
                return true;
            }
            break;
        default: break;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void HistoryWindow::refresh()
{
    m_searchTimer.stop();
    journal::CallQuery query;
    query.text = m_ui->searchEdit->text().trimmed();
    if (const QString outcome = m_ui->outcomeCombo->currentData().toString(); !outcome.isEmpty())
        query.outcome = callOutcomeFromName(outcome);
    if (const int days = m_ui->rangeCombo->currentData().toInt(); days > 0)
        query.since = QDateTime::currentDateTime().addDays(-days);
    query.limit = kListLimit;

    const journal::CallRecord *selected = currentCall();
    const qint64 selectedId = selected ? selected->id : 0;

    auto result = m_journal.calls(query);
    QStringList problems;
    if (!result.ok())
        problems << tr("The call history cannot be shown. %1").arg(result.error);
    if (const int pending = m_journal.pendingWrites(); pending > 0)
        problems << tr("%n entries could not be saved yet; they appear here once the journal can be written.", nullptr,
                       pending);
    showProblem(problems.join(QLatin1Char('\n')));

    std::vector<CallHistoryRow> rows;
    rows.reserve(result.value.size());
    for (journal::CallRecord &call : result.value) {
        const PlaybookSnapshot used = m_catalog.version(call.playbookId, call.revision);
        QString title =
            used ? used->playbook().title.resolve(call.locale, used->playbook().baseLocale) : call.playbookId;
        rows.push_back({std::move(call), std::move(title)});
    }
    // The details follow the chosen call once the list is settled, not at each step of it.
    m_refreshing = true;
    m_calls->setCalls(std::move(rows));
    for (int column = 0; column < CallHistoryModel::PlaybookColumn; ++column)
        m_ui->callList->resizeColumnToContents(column);

    const bool filtered = !query.text.isEmpty() || query.outcome || query.since.isValid();
    if (m_calls->rowCount() > 0) {
        m_ui->listStack->setCurrentWidget(m_ui->callList);
        m_ui->callList->setCurrentIndex(m_calls->index(std::max(0, m_calls->rowOf(selectedId)), 0));
    } else {
        m_ui->listStack->setCurrentWidget(m_ui->emptyState);
        if (!result.ok())
            m_ui->emptyState->setText(tr("The calls cannot be shown (see the message above)."));
        else if (!query.text.isEmpty())
            m_ui->emptyState->setText(
                tr("Nothing matches “%1”.\nTry fewer or shorter words, any outcome, or all dates.").arg(query.text));
        else if (filtered)
            m_ui->emptyState->setText(
                tr("No calls with this outcome in these dates.\nChoose any outcome or all dates."));
        else
            m_ui->emptyState->setText(tr("No calls yet.\nCalls you take in the assist window appear here with their "
                                         "timeline, notes and promises."));
    }
    m_refreshing = false;
    showCall();
    QStringList status;
    if (!m_lastAction.isEmpty())
        status << m_lastAction;
    if (m_calls->rowCount() >= kListLimit)
        status << tr("Showing the newest %1 calls; search or choose fewer dates to find older ones.").arg(kListLimit);
    m_ui->statusLine->setText(status.join(QLatin1Char('\n')));
}

void HistoryWindow::showProblem(const QString &message)
{
    m_ui->problemLabel->setText(message);
    m_ui->problemLabel->setVisible(!message.isEmpty());
}

QString HistoryWindow::timelineText(const journal::TimelineEvent &event, const journal::CallRecord &call) const
{
    const PlaybookSnapshot used = m_catalog.version(call.playbookId, call.revision);
    return TimelineWording::describe(event, used ? &used->playbook() : nullptr, call.locale);
}

const journal::CallRecord *HistoryWindow::currentCall() const
{
    return m_calls->call(m_ui->callList->currentIndex().row());
}

void HistoryWindow::showCall()
{
    const journal::CallRecord *current = currentCall();
    if (!current) {
        m_ui->callDetails->clear();
        return;
    }
    const journal::CallRecord &call = *current;
    const PlaybookSnapshot snapshot = m_catalog.version(call.playbookId, call.revision);
    const Playbook *used = snapshot ? &snapshot->playbook() : nullptr;

    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg((call.ended.isValid() ? tr("%1 – %2").arg(dateTimeText(call.started), timeText(call.ended))
                                                  : dateTimeText(call.started))
                                .toHtmlEscaped());
    QStringList facts{CallHistoryModel::channelText(call.channel), callOutcomeLabel(call.outcome)};
    if (!call.caseReference.isEmpty())
        facts.insert(1, tr("case %1").arg(call.caseReference));
    if (call.ended.isValid()) {
        const qint64 secs = call.started.secsTo(call.ended);
        facts << tr("%1 min %2 s").arg(secs / 60).arg(secs % 60);
    }
    facts << tr("playbook %1, revision %2")
                 .arg(used ? used->title.resolve(call.locale, used->baseLocale) : call.playbookId)
                 .arg(call.revision);
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")).toHtmlEscaped());

    QStringList problems;
    const auto timeline = m_journal.timeline(call.id);
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Timeline").toHtmlEscaped());
    if (!timeline.ok())
        problems << tr("The timeline of this call cannot be shown. %1").arg(timeline.error);
    else if (timeline.value.empty())
        html += QStringLiteral("<p>%1</p>").arg(tr("Nothing was recorded.").toHtmlEscaped());
    else {
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
        for (const journal::TimelineEvent &event : timeline.value)
            html += QStringLiteral("<tr>%1%2</tr>")
                        .arg(cell(timeInCall(event.at, call.started)), cell(timelineText(event, call)));
        html += QStringLiteral("</table>");
    }

    const auto notes = m_journal.notes(call.id);
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Notes").toHtmlEscaped());
    if (!notes.ok())
        problems << tr("The notes of this call cannot be shown. %1").arg(notes.error);
    else if (notes.value.empty())
        html += QStringLiteral("<p>%1</p>").arg(tr("No notes.").toHtmlEscaped());
    else {
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
        for (const journal::Note &note : notes.value) {
            const QString text = note.tags.isEmpty()
                                     ? note.text
                                     : QStringLiteral("%1 [%2]").arg(note.text, note.tags.join(QStringLiteral(", ")));
            html += QStringLiteral("<tr>%1%2</tr>").arg(cell(timeInCall(note.at, call.started)), cell(text));
        }
        html += QStringLiteral("</table>");
    }

    journal::PromiseQuery promiseQuery;
    promiseQuery.callId = call.id;
    const auto promises = m_journal.promises(promiseQuery);
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Promises").toHtmlEscaped());
    if (!promises.ok())
        problems << tr("The promises of this call cannot be shown. %1").arg(promises.error);
    else if (promises.value.empty())
        html += QStringLiteral("<p>%1</p>").arg(tr("No promises.").toHtmlEscaped());
    else {
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
        for (const journal::Promise &promise : promises.value) {
            QStringList about;
            if (!promise.caseReference.isEmpty())
                about << tr("case %1").arg(promise.caseReference);
            about << (promise.due.isValid() ? tr("due %1").arg(dateTimeText(promise.due)) : tr("no due date"));
            about << promiseStatusText(promise);
            html += QStringLiteral("<tr>%1%2%3</tr>")
                        .arg(cell(timeInCall(promise.at, call.started)), cell(promise.text),
                             cell(about.join(QStringLiteral(" · "))));
        }
        html += QStringLiteral("</table>");
    }
    if (!problems.isEmpty())
        html = QStringLiteral("<p style=\"color:#8a1c12\">%1</p>")
                   .arg(problems.join(QLatin1Char('\n'))
                            .toHtmlEscaped()
                            .replace(QLatin1Char('\n'), QStringLiteral("<br>"))) +
               html;
    m_ui->callDetails->setHtml(html);
}

void HistoryWindow::showRetention(int days)
{
    // One sentence for translators, split around the number where the spin box sits.
    const QString number = QString::number(days);
    const QString sentence =
        days == 1 ? tr("Calls older than 1 day are deleted, except those with an open promise.")
                  : tr("Calls older than %1 days are deleted, except those with an open promise.").arg(number);
    const qsizetype at = sentence.indexOf(number);
    m_ui->retentionLead->setText(at < 0 ? sentence : sentence.left(at).trimmed());
    m_ui->retentionTail->setText(at < 0 ? QString() : sentence.mid(at + number.size()).trimmed());
    m_ui->retentionSpin->setToolTip(sentence);
    m_ui->retentionSpin->setAccessibleDescription(sentence);
}

bool HistoryWindow::exportReport(const QString &path)
{
    // What the list shows, and only that: exporting "this call" found by its reference must not
    // send every customer's notes of the period (review M9).
    journal::CallReportOptions options;
    if (const int days = m_ui->rangeCombo->currentData().toInt(); days > 0)
        options.since = QDateTime::currentDateTime().addDays(-days);
    options.text = m_ui->searchEdit->text().trimmed();
    if (const QString outcome = m_ui->outcomeCombo->currentData().toString(); !outcome.isEmpty())
        options.outcome = callOutcomeFromName(outcome);
    options.redact = m_ui->redactCheck->isChecked();
    const auto report = journal::collectCallReport(m_journal, options);
    if (!report.ok()) {
        showProblem(tr("The report could not be made: %1").arg(report.error));
        return false;
    }
    QString error;
    if (!report::writeCallReport(path, report::callReportFormatOfFile(path), report.value, &error)) {
        showProblem(tr("The report could not be written: %1").arg(error));
        return false;
    }
    m_lastAction = tr("%1 call(s) exported to %2 (readable by you alone).")
                       .arg(report.value.calls.size())
                       .arg(QDir::toNativeSeparators(path));
    refresh();
    return true;
}

void HistoryWindow::deleteOldCalls()
{
    const int days = m_ui->retentionSpin->value();
    const auto result = m_journal.deleteCallsOlderThan(days);
    if (!result.ok()) {
        m_lastAction = result.error;
        refresh();
        return;
    }
    if (result.value == 0)
        m_lastAction = tr("No calls older than %1 days to delete (calls with an open promise are kept).").arg(days);
    else if (result.value == 1)
        m_lastAction = tr("1 call older than %1 days deleted, with its notes and promises.").arg(days);
    else
        m_lastAction =
            tr("%1 calls older than %2 days deleted, with their notes and promises.").arg(result.value).arg(days);
    refresh();
}

} // namespace steadyline::gui
