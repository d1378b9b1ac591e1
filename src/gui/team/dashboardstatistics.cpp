#include "dashboardstatistics.h"

#include "common/privatefile.h"
#include "dashboardcharts.h"
#include "incidentreport.h"
#include "widgets/chartview.h"

#include <QBuffer>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace steadyline::gui {

DashboardStatistics::DashboardStatistics(QWidget *parent)
    : QWidget(parent)
{
    buildWidgets();
    connect(&m_source, &DashboardSource::figuresArrived, this, &DashboardStatistics::takeFigures);
    connect(&m_source, &DashboardSource::figuresFailed, this, &DashboardStatistics::takeFailure);
    connect(&m_source, &DashboardSource::exportRecorded, this, &DashboardStatistics::finishExport);
    connect(&m_source, &DashboardSource::exportRefused, this, &DashboardStatistics::failExport);
    connect(&m_source, &DashboardSource::incidentReportFailed, this,
            [this](const QString &error, const QString &purpose) {
                if (!m_exports.take(purpose).path.isEmpty())
                    emit exportFailed(tr("The incident report could not be read from the server: %1").arg(error));
            });
    connect(&m_source, &DashboardSource::incidentReportArrived, this,
            [this](const std::vector<server::IncidentReportRow> &rows, const QString &purpose) {
                const auto found = m_exports.find(purpose);
                if (found == m_exports.end())
                    return;
                report::IncidentReport incidentReport{period(), rows, QDateTime::currentDateTimeUtc()};
                const bool pdf = found->path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive);
                QString error;
                found->content =
                    pdf ? report::incidentReportPdf(incidentReport, &error) : report::incidentReportCsv(incidentReport);
                if (found->content.isEmpty()) {
                    failExport(error, purpose);
                    return;
                }
                // Written in the audit log before the file: an export the log cannot hold is not made.
                m_source.recordExport(found->what, found->detail, purpose);
            });
    showState();
}

void DashboardStatistics::buildWidgets()
{
    auto *layout = new QVBoxLayout(this);

    auto *pickerRow = new QHBoxLayout;
    m_team = new QComboBox;
    m_team->setObjectName(QStringLiteral("dashboardTeam"));
    m_team->setToolTip(tr("The team whose figures and incident report are shown (an admin's choice)"));
    m_teamLabel = new QLabel(tr("&Team:"));
    m_teamLabel->setBuddy(m_team);
    // Shown once the server says the login may open more than one team's dashboard (an admin).
    m_team->setVisible(false);
    m_teamLabel->setVisible(false);
    pickerRow->addWidget(m_teamLabel);
    pickerRow->addWidget(m_team);
    m_period = new QComboBox;
    m_period->addItem(tr("This week"));
    m_period->addItem(tr("Last 30 days"));
    m_period->addItem(tr("Chosen days"));
    m_period->setObjectName(QStringLiteral("dashboardPeriod"));
    auto *periodLabel = new QLabel(tr("&Period:"));
    periodLabel->setBuddy(m_period);
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addDays(-29));
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("First day"));
    m_to = new QDateEdit(today);
    m_to->setCalendarPopup(true);
    m_to->setAccessibleName(tr("Last day"));
    auto *fromLabel = new QLabel(tr("&From:"));
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("T&o:"));
    toLabel->setBuddy(m_to);
    m_refresh = new QPushButton(tr("&Update"));
    m_refresh->setToolTip(tr("Asks the team server for the figures again"));
    pickerRow->addWidget(periodLabel);
    pickerRow->addWidget(m_period);
    pickerRow->addWidget(fromLabel);
    pickerRow->addWidget(m_from);
    pickerRow->addWidget(toLabel);
    pickerRow->addWidget(m_to);
    pickerRow->addWidget(m_refresh);
    pickerRow->addStretch(1);
    layout->addLayout(pickerRow);

    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("dashboardState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_state);

    auto *chartBox = new QWidget;
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto *chartRow = new QHBoxLayout;
    m_chartChoice = new QComboBox;
    m_chartChoice->addItem(tr("Abusive calls per day"));
    m_chartChoice->addItem(tr("Abusive calls per week"));
    m_chartChoice->addItem(tr("How far escalations went"));
    m_chartChoice->addItem(tr("Time to calm"));
    m_chartChoice->addItem(tr("Promises due in the period"));
    m_chartChoice->addItem(tr("Training scores"));
    m_chartChoice->setObjectName(QStringLiteral("dashboardChartChoice"));
    auto *chartLabel = new QLabel(tr("C&hart:"));
    chartLabel->setBuddy(m_chartChoice);
    auto *savePng = new QPushButton(tr("Save chart as PN&G…"));
    chartRow->addWidget(chartLabel);
    chartRow->addWidget(m_chartChoice, 1);
    chartRow->addWidget(savePng);
    chartLayout->addLayout(chartRow);
    m_chartView = new ChartView;
    m_chartView->setObjectName(QStringLiteral("dashboardChart"));
    m_chartView->setMinimumHeight(260);
    m_chartView->setAccessibleName(tr("Chart"));
    chartLayout->addWidget(m_chartView, 1);

    auto *tableBox = new QWidget;
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    m_tables = new QTabWidget;
    m_tables->setObjectName(QStringLiteral("dashboardTables"));
    tableLayout->addWidget(m_tables, 1);
    auto *exportRow = new QHBoxLayout;
    auto *saveCsv = new QPushButton(tr("Save table as &CSV…"));
    auto *saveReport = new QPushButton(tr("&Incident report…"));
    saveReport->setToolTip(tr("Abusive calls per month, team and outcome for health and safety, as CSV or PDF "
                              "(counts only: no consultant, no caller)"));
    exportRow->addStretch(1);
    exportRow->addWidget(saveCsv);
    exportRow->addWidget(saveReport);
    tableLayout->addLayout(exportRow);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(chartBox);
    split->addWidget(tableBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({600, 400}); // the tables were squeezed to two rows under Xvfb
    layout->addWidget(split, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardStatistics::periodChosen);
    connect(m_team, &QComboBox::currentIndexChanged, this, &DashboardStatistics::refresh);
    connect(m_from, &QDateEdit::editingFinished, this, &DashboardStatistics::refresh);
    connect(m_to, &QDateEdit::editingFinished, this, &DashboardStatistics::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &DashboardStatistics::refresh);
    connect(m_chartChoice, &QComboBox::currentIndexChanged, this, &DashboardStatistics::showChart);
    connect(savePng, &QPushButton::clicked, this, [this] {
        askToSave(tr("Save the chart as PNG"), tr("chart.png"), tr("PNG images (*.png)"),
                  &DashboardStatistics::exportChartPng);
    });
    connect(saveCsv, &QPushButton::clicked, this, [this] {
        askToSave(tr("Save the table as CSV"), tr("table.csv"), tr("CSV files (*.csv)"),
                  &DashboardStatistics::exportTableCsv);
    });
    connect(saveReport, &QPushButton::clicked, this, [this] {
        askToSave(tr("Save the incident report"), tr("incident-report.pdf"),
                  tr("PDF documents (*.pdf);;CSV files (*.csv)"), &DashboardStatistics::exportIncidentReport);
    });
    periodChosen();
}

bool DashboardStatistics::setServer(const std::optional<server::ServerAddress> &address)
{
    const auto text = [](const std::optional<server::ServerAddress> &a) {
        return a ? a->displayText() + a->password : QString();
    };
    if (m_source.hasServer() == address.has_value() && text(m_source.server()) == text(address))
        return false;
    m_source.setServer(address);
    showState();
    return true;
}

server::DashboardPeriod DashboardStatistics::periodFor(PeriodChoice choice, const QDate &today, const QDate &from,
                                                       const QDate &to, const QString &timeZone)
{
    QDate first = today;
    QDate last = today;
    switch (choice) {
    case PeriodChoice::ThisWeek: first = today.addDays(1 - today.dayOfWeek()); break;
    case PeriodChoice::Last30Days: first = today.addDays(-29); break;
    case PeriodChoice::Custom:
        first = std::min(from, to);
        last = std::max(from, to);
        break;
    }
    const QTimeZone zone(timeZone.toUtf8());
    return {first.startOfDay(zone).toUTC(), last.addDays(1).startOfDay(zone).toUTC(), timeZone};
}

server::DashboardPeriod DashboardStatistics::period() const
{
    return periodFor(static_cast<PeriodChoice>(m_period->currentIndex()), QDate::currentDate(), m_from->date(),
                     m_to->date(), QString::fromUtf8(QTimeZone::systemTimeZoneId()));
}

QString DashboardStatistics::chosenTeam() const
{
    return m_team->currentData().toString();
}

void DashboardStatistics::showTeams(const server::DashboardFigures &figures)
{
    const QSignalBlocker quiet(m_team);
    m_team->clear();
    for (const server::DashboardTeam &team : figures.teams) {
        m_team->addItem(team.own ? tr("%1 (own team)").arg(team.name) : team.name, team.name);
        if (team.name == figures.team)
            m_team->setCurrentIndex(m_team->count() - 1);
    }
    const bool choice = figures.teams.size() > 1;
    m_team->setVisible(choice);
    m_teamLabel->setVisible(choice);
}

void DashboardStatistics::periodChosen()
{
    const bool custom = m_period->currentIndex() == static_cast<int>(PeriodChoice::Custom);
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    refresh();
}

void DashboardStatistics::refresh()
{
    if (!m_source.hasServer()) {
        showState();
        return;
    }
    m_waiting = true;
    m_source.fetchFigures(period(), chosenTeam());
    showState();
}

void DashboardStatistics::takeFigures(const server::DashboardFigures &figures)
{
    // An answer for a period the lead has since left, while the newer question is still out.
    const server::DashboardPeriod chosen = period();
    if (m_source.busy() && (figures.period.since != chosen.since || figures.period.until != chosen.until ||
                            (!chosenTeam().isEmpty() && figures.team != chosenTeam())))
        return;
    m_waiting = m_source.busy();
    m_offline = false;
    m_problem.clear();
    m_figures = figures;
    showTeams(figures);
    showState();
    showChart();
    showTables();
    emit figuresShown();
}

void DashboardStatistics::takeFailure(const QString &error, bool offline)
{
    m_waiting = m_source.busy();
    m_offline = offline;
    m_problem = error;
    showState();
}

QString DashboardStatistics::stateText() const
{
    const auto timeOf = [](const QDateTime &at) { return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat); };
    if (!m_source.hasServer())
        return tr("The statistics come from the team server, and this desk is not connected to one.");
    if (m_waiting)
        return m_figures ? tr("Waiting for the server… (figures from %1 shown)").arg(timeOf(m_figures->fetchedAt))
                         : tr("Waiting for the server…");
    if (m_offline)
        return m_figures ? tr("Offline: figures from %1. They are brought up to date when the server can be "
                              "reached (Update).")
                               .arg(timeOf(m_figures->fetchedAt))
                         : tr("Offline: no figures yet. The server could not be reached: %1").arg(m_problem);
    if (!m_problem.isEmpty())
        return tr("The server did not give the figures: %1").arg(m_problem);
    if (m_figures)
        return tr("Figures from %1.").arg(timeOf(m_figures->fetchedAt));
    return {};
}

void DashboardStatistics::showState()
{
    m_state->setText(stateText());
}

void DashboardStatistics::showChart()
{
    const int chosen = m_chartChoice->currentIndex();
    m_chartView->setChart(DashboardCharts::make(static_cast<Chart>(chosen), m_chartChoice->itemText(chosen),
                                                m_figures ? &*m_figures : nullptr));
}

void DashboardStatistics::showTables()
{
    const int current = std::max(m_tables->currentIndex(), 0);
    while (m_tables->count() > 0) {
        QWidget *page = m_tables->widget(0);
        m_tables->removeTab(0);
        delete page;
    }
    if (!m_figures)
        return;
    for (const DashboardTable &table : DashboardTables::make(*m_figures)) {
        auto *view = new QTableWidget(static_cast<int>(table.rows.size()), static_cast<int>(table.header.size()));
        view->setObjectName(table.id);
        view->setAccessibleName(table.title);
        view->setHorizontalHeaderLabels(table.header);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setSortingEnabled(false); // no ranking by a click on a column either
        view->verticalHeader()->setVisible(false);
        for (std::size_t row = 0; row < table.rows.size(); ++row) {
            for (int column = 0; column < table.rows[row].size(); ++column) {
                auto *item = new QTableWidgetItem(table.rows[row][column]);
                if (column > 0)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                view->setItem(static_cast<int>(row), column, item);
            }
        }
        view->resizeColumnsToContents();
        view->horizontalHeader()->setStretchLastSection(true);
        m_tables->addTab(view, table.title);
    }
    m_tables->setCurrentIndex(std::min(current, m_tables->count() - 1));
}

QJsonObject DashboardStatistics::periodDetail() const
{
    const server::DashboardPeriod chosen = period();
    QJsonObject detail{{QStringLiteral("since"), chosen.since.toString(Qt::ISODate)},
                       {QStringLiteral("until"), chosen.until.toString(Qt::ISODate)}};
    if (m_figures)
        detail.insert(QStringLiteral("team"), m_figures->team);
    return detail;
}

void DashboardStatistics::askToSave(const QString &title, const QString &suggested, const QString &filter,
                                    void (DashboardStatistics::*exportTo)(const QString &))
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, title, QDir(folder).filePath(suggested), filter);
    if (!path.isEmpty())
        (this->*exportTo)(path);
}

void DashboardStatistics::exportChartPng(const QString &path)
{
    if (!m_figures) {
        emit exportFailed(tr("There are no figures to export yet."));
        return;
    }
    QByteArray png;
    QBuffer buffer(&png);
    if (!buffer.open(QIODevice::WriteOnly) || !m_chartView->grab().save(&buffer, "PNG") || png.isEmpty()) {
        emit exportFailed(tr("The chart could not be drawn as an image."));
        return;
    }
    QJsonObject detail = periodDetail();
    detail.insert(QStringLiteral("format"), QStringLiteral("png"));
    detail.insert(QStringLiteral("chart"), m_chartChoice->currentIndex());
    detail.insert(QStringLiteral("file"), QFileInfo(path).fileName());
    startExport({path, QStringLiteral("dashboard_chart"), png, detail});
}

void DashboardStatistics::exportTableCsv(const QString &path)
{
    if (!m_figures) {
        emit exportFailed(tr("There are no figures to export yet."));
        return;
    }
    const std::vector<DashboardTable> shown = DashboardTables::make(*m_figures);
    const auto index =
        static_cast<std::size_t>(std::clamp(m_tables->currentIndex(), 0, static_cast<int>(shown.size()) - 1));
    const DashboardTable &table = shown[index];
    QJsonObject detail = periodDetail();
    detail.insert(QStringLiteral("format"), QStringLiteral("csv"));
    detail.insert(QStringLiteral("table"), table.id);
    detail.insert(QStringLiteral("file"), QFileInfo(path).fileName());
    startExport({path, QStringLiteral("dashboard_table"), report::csvTable(table.header, table.rows), detail});
}

void DashboardStatistics::exportIncidentReport(const QString &path)
{
    QJsonObject detail = periodDetail();
    detail.insert(QStringLiteral("format"), path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)
                                                ? QStringLiteral("pdf")
                                                : QStringLiteral("csv"));
    detail.insert(QStringLiteral("file"), QFileInfo(path).fileName());
    const QString purpose = QString::number(++m_exportCount);
    m_exports.insert(purpose, {path, QStringLiteral("incident_report"), {}, detail});
    // The team on the screen; before any figures, every team the login reads (as the server says).
    m_source.fetchIncidentReport(period(), purpose, m_figures ? m_figures->team : QString());
}

void DashboardStatistics::startExport(PendingExport pending)
{
    const QString purpose = QString::number(++m_exportCount);
    const QString what = pending.what;
    const QJsonObject detail = pending.detail;
    m_exports.insert(purpose, std::move(pending));
    m_source.recordExport(what, detail, purpose);
}

void DashboardStatistics::finishExport(const QString &purpose)
{
    const PendingExport pending = m_exports.take(purpose);
    if (pending.path.isEmpty())
        return;
    QString error;
    if (!writePrivateFile(pending.path, pending.content, &error)) {
        emit exportFailed(error);
        return;
    }
    emit exported(pending.path);
}

void DashboardStatistics::failExport(const QString &error, const QString &purpose)
{
    if (m_exports.take(purpose).path.isEmpty())
        return;
    emit exportFailed(tr("Nothing was exported: an export is first written in the team's audit log, and the "
                         "server could not take it (%1).")
                          .arg(error));
}

} // namespace steadyline::gui
