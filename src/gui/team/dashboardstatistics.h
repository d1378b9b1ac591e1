#pragma once

#include "dashboardcharts.h"
#include "dashboardqueries.h"
#include "dashboardsource.h"
#include "dashboardtables.h"

#include <QHash>
#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace steadyline::gui {

class ChartView;

// The statistics tab of the lead's dashboard (issue #18 §6): abusive calls per day and week, how
// far escalations went, time to calm, promises kept on time and training scores for a period
// (this week, the last 30 days or days of the lead's choosing), as charts and tables, and the
// training the lead assigned, done or not, overdue first; an admin chooses the team; the
// aggregates first, then figures per consultant of the lead's own team, in the order of their
// names and never sorted by a figure (no ranking: monitoring is what call-centre workers
// complain of most). The server is the source of the figures: they are fetched in the
// background and the tab says when it waits for the server and, offline, how old its figures
// are. Charts export as PNG, tables as CSV and the incident report as CSV or PDF; each export is
// first written in the server's audit log, and refused with a clear message when it cannot be.
class DashboardStatistics : public QWidget
{
    Q_OBJECT

public:
    enum class PeriodChoice { ThisWeek, Last30Days, Custom };
    using Chart = DashboardCharts::Chart; // the chart picker's order

    explicit DashboardStatistics(QWidget *parent = nullptr);

    // False when it is the server already set.
    bool setServer(const std::optional<server::ServerAddress> &address);
    // Asks the server for the chosen period (again).
    void refresh();

    // The period `choice` means on `today` in `timeZone`; `from`/`to` (both days included) for Custom.
    [[nodiscard]] static server::DashboardPeriod periodFor(PeriodChoice choice, const QDate &today, const QDate &from,
                                                           const QDate &to, const QString &timeZone);
    [[nodiscard]] server::DashboardPeriod period() const;
    // The team the figures are asked for: the admin's choice; none (the own team) for a lead.
    [[nodiscard]] QString chosenTeam() const;
    [[nodiscard]] const std::optional<server::DashboardFigures> &figures() const { return m_figures; }
    [[nodiscard]] static std::vector<DashboardTable> tables(const server::DashboardFigures &figures)
    {
        return DashboardTables::make(figures);
    }
    [[nodiscard]] QString stateText() const;

    // Exports (the buttons ask for the file; tests call these): written in the audit log, then
    // to `path`; exported() or exportFailed() tells how it went. The chart and table are the ones
    // on the screen; the incident report is fetched for the chosen period, PDF for a .pdf path.
    void exportChartPng(const QString &path);
    void exportTableCsv(const QString &path);
    void exportIncidentReport(const QString &path);

signals:
    void figuresShown();
    void exported(const QString &path);
    void exportFailed(const QString &error);

private:
    struct PendingExport
    {
        QString path;
        QString what; // dashboard_chart, dashboard_table, incident_report
        QByteArray content;
        QJsonObject detail;
    };

    void buildWidgets();
    void periodChosen();
    void showTeams(const server::DashboardFigures &figures);
    void takeFigures(const server::DashboardFigures &figures);
    void takeFailure(const QString &error, bool offline);
    void showState();
    void showChart();
    void showTables();
    void askToSave(const QString &title, const QString &suggested, const QString &filter,
                   void (DashboardStatistics::*exportTo)(const QString &));
    void startExport(PendingExport pending);
    void finishExport(const QString &purpose);
    void failExport(const QString &error, const QString &purpose);
    [[nodiscard]] QJsonObject periodDetail() const;

    DashboardSource m_source;
    std::optional<server::DashboardFigures> m_figures;
    bool m_waiting = false;
    bool m_offline = false;
    QString m_problem;
    QHash<QString, PendingExport> m_exports;
    int m_exportCount = 0;

    QLabel *m_teamLabel = nullptr;
    QComboBox *m_team = nullptr; // an admin's only: a lead sees their own team
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_state = nullptr;
    QComboBox *m_chartChoice = nullptr;
    ChartView *m_chartView = nullptr;
    QTabWidget *m_tables = nullptr;
};

} // namespace steadyline::gui
