#include "teamboardwindow.h"

#include "app/appcontext.h"
#include "common/labels.h"
#include "dashboardstatistics.h"
#include "history/callhistorymodel.h"
#include "history/timelinewording.h"
#include "journal/journal.h"
#include "playbook/playbookcatalog.h"
#include "widgets/clocktime.h"
#include "widgets/noticestyle.h"

#include <QAction>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QSqlDatabase>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace steadyline::gui {

namespace {

constexpr int kCallUuidRole = Qt::UserRole;
constexpr int kSinceRole = Qt::UserRole + 1;

// "0:42", "12:05", "1:02:10": how long something has gone on.
QString elapsedText(const QDateTime &since, const QDateTime &now)
{
    const qint64 secs = std::max<qint64>(since.secsTo(now), 0);
    if (secs >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(secs / 3600)
            .arg((secs / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(secs % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(secs / 60).arg(secs % 60, 2, 10, QLatin1Char('0'));
}

QString interfaceLocale()
{
    return QLocale().name().section(QLatin1Char('_'), 0, 0);
}

QTreeWidget *makeList(const QStringList &headers, const QString &accessibleName)
{
    auto *list = new QTreeWidget;
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAccessibleName(accessibleName);
    list->header()->setStretchLastSection(true);
    return list;
}

QGroupBox *group(const QString &title, QWidget *content, QWidget *extra = nullptr)
{
    auto *box = new QGroupBox(title);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    if (extra)
        layout->addWidget(extra);
    return box;
}

} // namespace

TeamBoardWindow::TeamBoardWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setWindowTitle(tr("Team dashboard — Steadyline"));
    buildWidgets();

    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &TeamBoardWindow::tick);
    m_clock.start();

    auto *refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, [this] {
        refresh();
        if (m_tabs->currentWidget() == m_statistics)
            m_statistics->refresh();
    });
    addAction(refreshAction);
    auto *closeAction = new QAction(tr("Close"), this);
    closeAction->setShortcut(QKeySequence::Close);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    addAction(closeAction);
    resize(980, 640);
}

void TeamBoardWindow::buildWidgets()
{
    auto *now = new QWidget;
    auto *layout = new QVBoxLayout(now);

    m_summary = new QLabel;
    m_summary->setTextFormat(Qt::PlainText);
    QFont bigger = m_summary->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.15);
    m_summary->setFont(bigger);
    layout->addWidget(m_summary);
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    styleAsNotice(m_problem, NoticeKind::Problem);
    layout->addWidget(m_problem);

    m_hands = makeList({tr("Consultant"), tr("Step"), tr("Waiting"), tr("Answer")}, tr("Raised hands"));
    m_answer = new QLineEdit;
    m_answer->setObjectName(QStringLiteral("handAnswer"));
    m_answer->setPlaceholderText(tr("On my way"));
    m_answer->setMaxLength(200);
    m_answer->setAccessibleName(tr("Answer to the raised hand"));
    m_answerButton = new QPushButton(tr("&Answer"));
    m_answerButton->setToolTip(tr("Sends the text (or “On my way” when it is empty) to the consultant (Enter)"));
    auto *answerRow = new QWidget;
    auto *answerLayout = new QHBoxLayout(answerRow);
    answerLayout->setContentsMargins(0, 0, 0, 0);
    auto *answerLabel = new QLabel(tr("Ans&wer:"));
    answerLabel->setBuddy(m_answer);
    answerLayout->addWidget(answerLabel);
    answerLayout->addWidget(m_answer, 1);
    answerLayout->addWidget(m_answerButton);
    connect(m_answerButton, &QPushButton::clicked, this, &TeamBoardWindow::answerSelectedHand);
    connect(m_answer, &QLineEdit::returnPressed, this, &TeamBoardWindow::answerSelectedHand);
    connect(m_hands, &QTreeWidget::itemActivated, this, [this] { m_answer->setFocus(); });

    m_live = makeList({tr("Consultant"), tr("Step"), tr("On this step"), tr("In the call")}, tr("In a call now"));
    m_coolDowns = makeList({tr("Consultant"), tr("Time left")}, tr("In a cool-down"));
    m_incidents = makeList({tr("Ended"), tr("Consultant"), tr("How it ended"), tr("Marked")},
                           tr("Abusive calls, last %n days", nullptr, kIncidentDays));
    m_incidentTimeline = new QTextBrowser;
    m_incidentTimeline->setAccessibleName(tr("Timeline of the chosen call"));
    m_incidentTimeline->setPlaceholderText(tr("Choose a call to read its timeline."));
    connect(m_incidents, &QTreeWidget::currentItemChanged, this, &TeamBoardWindow::showSelectedIncident);

    auto *left = new QSplitter(Qt::Vertical);
    left->addWidget(group(tr("Raised hands"), m_hands, answerRow));
    left->addWidget(group(tr("In a call now"), m_live));
    left->addWidget(group(tr("In a cool-down"), m_coolDowns));
    auto *right = new QSplitter(Qt::Vertical);
    right->addWidget(group(tr("Abusive calls, last %n days", nullptr, kIncidentDays), m_incidents));
    right->addWidget(group(tr("Timeline"), m_incidentTimeline));
    auto *columns = new QSplitter(Qt::Horizontal);
    columns->addWidget(left);
    columns->addWidget(right);
    layout->addWidget(columns, 1);

    m_statistics = new DashboardStatistics;
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_tabs->addTab(now, tr("&Now"));
    m_tabs->addTab(m_statistics, tr("&Statistics"));
    // The server is asked when the lead first looks, not each time a lead's desk starts.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_statistics && !m_statisticsAsked) {
            m_statisticsAsked = true;
            m_statistics->refresh();
        }
    });
    connect(m_statistics, &DashboardStatistics::exported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
    });
    connect(m_statistics, &DashboardStatistics::exportFailed, this,
            [this](const QString &error) { statusBar()->showMessage(error, 15000); });
    setCentralWidget(m_tabs);
    m_hands->setFocus();
}

void TeamBoardWindow::setServer(const std::optional<server::ServerAddress> &address)
{
    if (m_statistics->setServer(address) && m_statisticsAsked)
        m_statistics->refresh();
}

void TeamBoardWindow::showStatistics()
{
    m_tabs->setCurrentWidget(m_statistics);
}

void TeamBoardWindow::refresh()
{
    journal::Journal *journal = m_context.journal();
    QString error;
    if (journal) {
        const sync::TeamBoardReader reader(QSqlDatabase::database(journal->connectionName(), false));
        if (auto board = reader.read(QDateTime::currentDateTimeUtc(), kIncidentDays, &error))
            m_board = std::move(*board);
    } else {
        error = tr("The journal is not open, so the team's calls cannot be read.");
    }
    m_problem->setText(error);
    m_problem->setVisible(!error.isEmpty());
    if (!m_board)
        return;
    announceNews();
    showBoard();
}

void TeamBoardWindow::announceNews()
{
    QSet<QString> hands;
    for (const sync::BoardHand &hand : m_board->raisedHands) {
        const QString key = hand.callUuid + hand.raisedAt.toString(Qt::ISODateWithMs);
        hands.insert(key);
        if (!m_firstReading && !m_knownHands.contains(key))
            emit handAnnounced(tr("%1 raised a hand").arg(hand.login),
                               tr("Step: %1").arg(hand.stepTitle.isEmpty() ? hand.stepId : hand.stepTitle));
    }
    m_knownHands = hands;
    for (const sync::BoardCall &call : m_board->incidents) {
        if (!m_firstReading && !m_knownIncidents.contains(call.uuid))
            emit incidentAnnounced(tr("Abusive call: %1").arg(call.login),
                                   tr("%1 at %2").arg(callOutcomeLabel(call.outcome), clockTime(call.endedAt)));
        m_knownIncidents.insert(call.uuid);
    }
    m_firstReading = false;
}

void TeamBoardWindow::showBoard()
{
    const QString selectedHand =
        m_hands->currentItem() ? m_hands->currentItem()->data(0, kCallUuidRole).toString() : QString();
    m_hands->clear();
    const auto addHand = [&](const sync::BoardHand &hand) {
        auto *item = new QTreeWidgetItem(m_hands);
        item->setText(0, hand.login);
        item->setText(1, hand.stepTitle.isEmpty() ? hand.stepId : hand.stepTitle);
        item->setText(3, hand.answer.isEmpty() ? QString() : tr("%1: %2").arg(hand.answeredBy, hand.answer));
        item->setData(0, kCallUuidRole, hand.callUuid);
        item->setData(2, kSinceRole, hand.raisedAt);
        if (hand.answer.isEmpty()) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
        }
        if (hand.callUuid == selectedHand)
            m_hands->setCurrentItem(item);
    };
    for (const sync::BoardHand &hand : m_board->raisedHands)
        addHand(hand);
    for (const sync::BoardHand &hand : m_board->answeredHands)
        addHand(hand);
    if (!m_hands->currentItem() && m_hands->topLevelItemCount() > 0)
        m_hands->setCurrentItem(m_hands->topLevelItem(0));

    m_live->clear();
    for (const sync::BoardCall &call : m_board->liveCalls) {
        auto *item = new QTreeWidgetItem(m_live);
        item->setText(0, call.login);
        item->setText(1, stepText(call.playbookId, call.stepId));
        item->setData(2, kSinceRole, call.stepSince.isValid() ? call.stepSince : call.startedAt);
        item->setData(3, kSinceRole, call.startedAt);
    }
    m_coolDowns->clear();
    for (const sync::BoardCoolDown &coolDown : m_board->coolDowns) {
        auto *item = new QTreeWidgetItem(m_coolDowns);
        item->setText(0, coolDown.login);
        item->setData(1, kSinceRole, coolDown.endsAt);
    }

    const QString selectedIncident =
        m_incidents->currentItem() ? m_incidents->currentItem()->data(0, kCallUuidRole).toString() : QString();
    m_incidents->clear();
    for (const sync::BoardCall &call : m_board->incidents) {
        auto *item = new QTreeWidgetItem(m_incidents);
        item->setText(0, QLocale().toString(call.endedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, call.login);
        item->setText(2, callOutcomeLabel(call.outcome));
        item->setText(3, call.tags.join(QStringLiteral(", ")));
        item->setData(0, kCallUuidRole, call.uuid);
        if (call.uuid == selectedIncident)
            m_incidents->setCurrentItem(item);
    }
    tick();
    // Names, steps and dates read whole (seen cut to "Take the initi…" under Xvfb); the last
    // column takes the rest.
    for (QTreeWidget *list : {m_hands, m_live, m_coolDowns, m_incidents}) {
        for (int column = 0; column + 1 < list->columnCount(); ++column)
            list->resizeColumnToContents(column);
    }
}

void TeamBoardWindow::tick()
{
    if (!m_board)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int row = 0; row < m_hands->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_hands->topLevelItem(row);
        item->setText(2, elapsedText(item->data(2, kSinceRole).toDateTime(), now));
    }
    for (int row = 0; row < m_live->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_live->topLevelItem(row);
        item->setText(2, elapsedText(item->data(2, kSinceRole).toDateTime(), now));
        item->setText(3, elapsedText(item->data(3, kSinceRole).toDateTime(), now));
    }
    for (int row = 0; row < m_coolDowns->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_coolDowns->topLevelItem(row);
        item->setText(1, elapsedText(now, item->data(1, kSinceRole).toDateTime()));
    }
    const auto today =
        std::count_if(m_board->incidents.begin(), m_board->incidents.end(), [&](const sync::BoardCall &call) {
            return call.endedAt.toLocalTime().date() == now.toLocalTime().date();
        });
    m_summary->setText(
        tr("%n in a call", nullptr, static_cast<int>(m_board->liveCalls.size())) + QStringLiteral(" · ") +
        tr("%n raised hands", nullptr, static_cast<int>(m_board->raisedHands.size())) + QStringLiteral(" · ") +
        tr("%n in a cool-down", nullptr, static_cast<int>(m_board->coolDowns.size())) + QStringLiteral(" · ") +
        tr("%n abusive calls today", nullptr, static_cast<int>(today)));
}

void TeamBoardWindow::answerSelectedHand()
{
    QTreeWidgetItem *item = m_hands->currentItem();
    if (!item) {
        statusBar()->showMessage(tr("No raised hand to answer."), 4000);
        return;
    }
    const QString text = m_answer->text().trimmed().isEmpty() ? tr("On my way") : m_answer->text().trimmed();
    emit answerRequested(item->data(0, kCallUuidRole).toString(), text);
    statusBar()->showMessage(tr("Answer sent to %1: %2").arg(item->text(0), text), 6000);
    m_answer->clear();
}

void TeamBoardWindow::showSelectedIncident()
{
    QTreeWidgetItem *item = m_incidents->currentItem();
    journal::Journal *journal = m_context.journal();
    if (!item || !journal || !m_board) {
        m_incidentTimeline->clear();
        return;
    }
    const QString uuid = item->data(0, kCallUuidRole).toString();
    const auto call = std::find_if(m_board->incidents.begin(), m_board->incidents.end(),
                                   [&](const sync::BoardCall &c) { return c.uuid == uuid; });
    if (call == m_board->incidents.end())
        return;
    QString error;
    const sync::TeamBoardReader reader(QSqlDatabase::database(journal->connectionName(), false));
    const std::vector<journal::TimelineEvent> events = reader.timeline(uuid, &error);
    const PlaybookSnapshot used = playbook(call->playbookId);
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(tr("%1, %2").arg(call->login, callOutcomeLabel(call->outcome)).toHtmlEscaped(),
                            tr("%1 – %2")
                                .arg(QLocale().toString(call->startedAt.toLocalTime(), QLocale::ShortFormat),
                                     clockTime(call->endedAt))
                                .toHtmlEscaped());
    if (!error.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(error.toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const journal::TimelineEvent &event : events)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                    .arg(clockTime(event.at).toHtmlEscaped(),
                         TimelineWording::describe(event, used ? &used->playbook() : nullptr, interfaceLocale())
                             .toHtmlEscaped());
    html += QStringLiteral("</table>");
    m_incidentTimeline->setHtml(html);
    if (uuid != m_openedCall) {
        m_openedCall = uuid;
        emit callOpened(uuid, call->login);
    }
}

PlaybookSnapshot TeamBoardWindow::playbook(const QString &id) const
{
    return m_context.catalog().active(id);
}

QString TeamBoardWindow::stepText(const QString &playbookId, const QString &stepId) const
{
    const PlaybookSnapshot used = playbook(playbookId);
    const Step *step = used ? used->playbook().findStep(stepId) : nullptr;
    if (!step)
        return stepId;
    const QString title = step->title.resolve(interfaceLocale(), used->playbook().baseLocale);
    return step->label.isEmpty() ? title : tr("%1 · %2").arg(step->label, title);
}

} // namespace steadyline::gui
