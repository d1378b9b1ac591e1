// The lead's dashboard's Statistics tab against the real team server of the test run (issue #18
// §6): it waits for the server and then shows its figures, per consultant in the order of their
// names; charts are written as PNG, tables as CSV and the incident report as PDF, each recorded in
// the audit log; offline it keeps the figures it had and says how old they are; an export that
// cannot be audited is not made.
#include "catch_qt.h"
#include "eventually.h"
#include "incidentreport.h"
#include "statisticsfixture.h"
#include "team/dashboardstatistics.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using steadyline::gui::DashboardStatistics;
using steadyline::test::Statistics;

namespace {

// The known data set lies in November 2026: the tab shows chosen days.
void chooseNovember(DashboardStatistics &tab)
{
    auto *period = tab.findChild<QComboBox *>(QStringLiteral("dashboardPeriod"));
    REQUIRE(period);
    const auto edits = tab.findChildren<QDateEdit *>();
    REQUIRE(edits.size() == 2);
    edits[0]->setDate(QDate(2026, 11, 2));
    edits[1]->setDate(QDate(2026, 11, 15));
    period->setCurrentIndex(static_cast<int>(DashboardStatistics::PeriodChoice::Custom));
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString auditedExports(const Statistics &server)
{
    return server
        .superuserSql(QStringLiteral("SELECT string_agg(concat_ws(' ', login, detail->>'what', detail->>'format'), "
                                     "', ' ORDER BY id) FROM steadyline.audit_log WHERE action = 'export'"))
        .trimmed();
}

} // namespace

TEST_CASE("the periods: this week from Monday, the last 30 days and chosen days, each day whole")
{
    const QDate thursday(2026, 11, 12);
    const auto week = DashboardStatistics::periodFor(DashboardStatistics::PeriodChoice::ThisWeek, thursday, {}, {},
                                                     QStringLiteral("Europe/Warsaw"));
    CHECK(week.since == QDateTime(QDate(2026, 11, 8), QTime(23, 0), Qt::UTC));
    CHECK(week.until == QDateTime(QDate(2026, 11, 12), QTime(23, 0), Qt::UTC));
    const auto month = DashboardStatistics::periodFor(DashboardStatistics::PeriodChoice::Last30Days, thursday, {}, {},
                                                      QStringLiteral("UTC"));
    CHECK(month.since == QDateTime(QDate(2026, 10, 14), QTime(0, 0), Qt::UTC));
    CHECK(month.since.daysTo(month.until) == 30);
    // Chosen days the wrong way round are taken the right way round.
    const auto chosen = DashboardStatistics::periodFor(DashboardStatistics::PeriodChoice::Custom, thursday,
                                                       QDate(2026, 11, 5), QDate(2026, 11, 1), QStringLiteral("UTC"));
    CHECK(chosen.since == QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC));
    CHECK(chosen.until == QDateTime(QDate(2026, 11, 6), QTime(0, 0), Qt::UTC));
}

TEST_CASE("the table per consultant is in the order of the names whatever the figures, and its CSV is exact")
{
    steadyline::server::DashboardFigures figures;
    for (int reach = 0; reach < 5; ++reach)
        figures.escalations.push_back({static_cast<steadyline::server::EscalationReach>(reach), 0, {}, {}});
    figures.consultants = {{QStringLiteral("celina"), 9, 7, 1, 1, 2, 1, 0, {}},
                           {QStringLiteral("anna"), 1, 0, 0, 0, 0, 0, 2, 55.0},
                           {QStringLiteral("bob"), 4, 3, 2, 1, 1, 1, 1, 90.4}};
    const auto tables = DashboardStatistics::tables(figures);
    const auto consultants =
        std::find_if(tables.begin(), tables.end(), [](const auto &table) { return table.id == u"consultants"; });
    REQUIRE(consultants != tables.end());
    CHECK(consultants == tables.end() - 1); // the aggregates come first
    CHECK(QString::fromUtf8(steadyline::report::csvTable(consultants->header, consultants->rows)) ==
          QStringLiteral("Consultant,Calls,Abusive calls,Calmed,Cool-downs taken,Promises due,Kept on time,"
                         "Training attempts,Mean training score\r\n"
                         "anna,1,0,0,0,0,0,2,55%\r\n"
                         "bob,4,3,2,1,1,1,1,90%\r\n"
                         "celina,9,7,1,1,2,1,0,–\r\n"));
}

TEST_CASE("training assigned is listed per assignment, the overdue first, then by name, never by a score")
{
    using steadyline::server::AssignmentFigure;
    steadyline::server::DashboardFigures figures;
    for (int reach = 0; reach < 5; ++reach)
        figures.escalations.push_back({static_cast<steadyline::server::EscalationReach>(reach), 0, {}, {}});
    figures.fetchedAt = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
    const QDateTime doneAt(QDate(2026, 11, 18), QTime(12, 0), Qt::UTC);
    figures.assignments = {
        {QStringLiteral("celina"),
         QStringLiteral("threats"),
         QStringLiteral("Threats"),
         QDate(2026, 11, 30),
         false,
         {},
         0,
         std::nullopt},
        {QStringLiteral("bob"), QStringLiteral("insults"), QStringLiteral("Insults"), QDate(2026, 11, 30), true, doneAt,
         2, 95},
        {QStringLiteral("zofia"),
         QStringLiteral("insults"),
         QStringLiteral("Insults"),
         QDate(2026, 11, 19),
         false,
         {},
         1,
         30},
        {QStringLiteral("anna"), QStringLiteral("threats"), QStringLiteral("Threats"), QDate(2026, 11, 10), true,
         doneAt, 1, 40},
        {QStringLiteral("bob"),
         QStringLiteral("threats"),
         QStringLiteral("Threats"),
         QDate(2026, 11, 1),
         false,
         {},
         0,
         std::nullopt},
    };
    const auto tables = DashboardStatistics::tables(figures);
    const auto assigned =
        std::find_if(tables.begin(), tables.end(), [](const auto &table) { return table.id == u"assignments"; });
    REQUIRE(assigned != tables.end());
    CHECK(assigned < tables.end() - 1); // before the table per consultant
    // Overdue (not done, due before the day the figures came) first; a score never orders them.
    CHECK(QString::fromUtf8(steadyline::report::csvTable(assigned->header, assigned->rows)) ==
          QStringLiteral("Consultant,Scenario,Due,Done,Best score\r\n"
                         "bob,Threats,2026-11-01,overdue,–\r\n"
                         "zofia,Insults,2026-11-19,overdue,30%\r\n"
                         "anna,Threats,2026-11-10,done 2026-11-18,40%\r\n"
                         "bob,Insults,2026-11-30,done 2026-11-18,95%\r\n"
                         "celina,Threats,2026-11-30,not yet,–\r\n"));
    const auto summary = tables.front();
    CHECK(std::find(summary.rows.begin(), summary.rows.end(),
                    QStringList{QStringLiteral("Training assigned, done"), QStringLiteral("2 of 5")}) !=
          summary.rows.end());
    CHECK(std::find(summary.rows.begin(), summary.rows.end(),
                    QStringList{QStringLiteral("Training assigned, overdue"), QStringLiteral("2")}) !=
          summary.rows.end());
}

TEST_CASE("an admin chooses the team on the statistics tab and its incident report while a lead has no choice")
{
    Statistics server;
    steadyline::test::pushAssignments(server);
    QTemporaryDir dir;

    DashboardStatistics leads;
    leads.show();
    leads.setServer(server.address(QStringLiteral("lena")));
    chooseNovember(leads);
    REQUIRE_EVENTUALLY_WITHIN(leads.figures() && !leads.stateText().startsWith(QStringLiteral("Waiting")), 20000);
    auto *leadsPicker = leads.findChild<QComboBox *>(QStringLiteral("dashboardTeam"));
    REQUIRE(leadsPicker);
    CHECK_FALSE(leadsPicker->isVisible());
    CHECK(leads.figures()->team == QStringLiteral("north"));
    // Lena's own team: the training she assigned, one row each, the overdue first.
    auto *assigned = leads.findChild<QTableWidget *>(QStringLiteral("assignments"));
    REQUIRE(assigned);
    REQUIRE(assigned->rowCount() == 3);
    CHECK(assigned->item(0, 0)->text() == QStringLiteral("bob"));
    CHECK(assigned->item(0, 3)->text() == QStringLiteral("overdue"));
    CHECK(assigned->item(1, 0)->text() == QStringLiteral("anna"));
    CHECK(assigned->item(1, 1)->text() == QStringLiteral("Scenario angry-1"));
    CHECK(assigned->item(1, 4)->text() == QStringLiteral("80%"));
    CHECK(assigned->item(2, 3)->text() == QStringLiteral("not yet"));

    DashboardStatistics admins;
    admins.resize(1000, 700);
    admins.show();
    admins.setServer(server.address(QStringLiteral("ada")));
    chooseNovember(admins);
    REQUIRE_EVENTUALLY_WITHIN(admins.figures() && !admins.stateText().startsWith(QStringLiteral("Waiting")), 20000);
    CHECK(admins.figures()->team == QStringLiteral("hq")); // the admin's own team first
    auto *picker = admins.findChild<QComboBox *>(QStringLiteral("dashboardTeam"));
    REQUIRE(picker);
    CHECK(picker->isVisible());
    QStringList teams;
    for (int i = 0; i < picker->count(); ++i)
        teams << picker->itemData(i).toString();
    CHECK(teams == QStringList{QStringLiteral("hq"), QStringLiteral("north"), QStringLiteral("south")});

    // From the keyboard: the picker's label takes Alt+T, then the next team.
    admins.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&admins));
    QTest::keyClick(&admins, Qt::Key_T, Qt::AltModifier);
    REQUIRE(picker->hasFocus());
    QTest::keyClick(picker, Qt::Key_Down);
    REQUIRE_EVENTUALLY_WITHIN(admins.figures()->team == QStringLiteral("north") &&
                                  !admins.stateText().startsWith(QStringLiteral("Waiting")),
                              20000);
    CHECK(admins.figures()->perWeek.at(0).incidents == 2);
    CHECK(admins.figures()->consultants.empty()); // another team than the admin's: aggregates only
    CHECK(admins.findChild<QTableWidget *>(QStringLiteral("assignments"))->rowCount() == 0);

    QSignalSpy exported(&admins, &DashboardStatistics::exported);
    QSignalSpy failed(&admins, &DashboardStatistics::exportFailed);
    const QString csv = dir.filePath(QStringLiteral("north.csv"));
    admins.exportIncidentReport(csv);
    REQUIRE_EVENTUALLY_WITHIN(exported.size() + failed.size() == 1, 20000);
    REQUIRE(exported.size() == 1);
    QFile report(csv);
    REQUIRE(report.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(report.readAll());
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("north")));
    CHECK_FALSE(text.contains(QStringLiteral("south")));
    CHECK(server
              .superuserSql(QStringLiteral("SELECT concat_ws(' ', login, detail->>'what', detail->>'team') FROM "
                                           "steadyline.audit_log WHERE action = 'export'"))
              .trimmed() == QStringLiteral("ada incident_report north"));
}

TEST_CASE("the statistics tab waits for the server, shows the team's figures and exports them, audited")
{
    Statistics server;
    QTemporaryDir dir;
    DashboardStatistics tab;
    tab.resize(1000, 700);
    tab.show();
    CHECK(tab.stateText().contains(QStringLiteral("not connected")));

    QSignalSpy shown(&tab, &DashboardStatistics::figuresShown);
    tab.setServer(server.address(QStringLiteral("lena")));
    chooseNovember(tab);
    CHECK(tab.stateText().startsWith(QStringLiteral("Waiting for the server")));
    REQUIRE_EVENTUALLY_WITHIN(tab.figures() && !tab.stateText().startsWith(QStringLiteral("Waiting")), 20000);
    CHECK(tab.stateText().startsWith(QStringLiteral("Figures from")));
    CHECK(tab.figures()->perWeek.at(0).incidents == 2);

    // The per-consultant table on the screen: by name, and its columns cannot be sorted by a figure.
    auto *people = tab.findChild<QTableWidget *>(QStringLiteral("consultants"));
    REQUIRE(people);
    CHECK_FALSE(people->isSortingEnabled());
    QStringList names;
    for (int row = 0; row < people->rowCount(); ++row)
        names << people->item(row, 0)->text();
    CHECK(names == QStringList{QStringLiteral("anna"), QStringLiteral("bob"), QStringLiteral("lena")});

    QSignalSpy exported(&tab, &DashboardStatistics::exported);
    QSignalSpy failed(&tab, &DashboardStatistics::exportFailed);
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    tab.exportChartPng(png);
    REQUIRE_EVENTUALLY_WITHIN(exported.size() + failed.size() == 1, 20000);
    REQUIRE(exported.size() == 1);
    QFile image(png);
    REQUIRE(image.open(QIODevice::ReadOnly));
    CHECK(image.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8));
    CHECK(image.size() > 2000);
    CHECK(image.permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));

    auto *tables = tab.findChild<QTabWidget *>(QStringLiteral("dashboardTables"));
    REQUIRE(tables);
    tables->setCurrentWidget(people);
    const QString csv = dir.filePath(QStringLiteral("people.csv"));
    tab.exportTableCsv(csv);
    REQUIRE_EVENTUALLY_WITHIN(exported.size() + failed.size() == 2, 20000);
    QFile table(csv);
    REQUIRE(table.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(table.readAll()) ==
          QStringLiteral("Consultant,Calls,Abusive calls,Calmed,Cool-downs taken,Promises due,Kept on time,"
                         "Training attempts,Mean training score\r\n"
                         "anna,3,2,2,1,4,1,1,80%\r\n"
                         "bob,2,1,1,1,0,0,2,75%\r\n"
                         "lena,0,0,0,0,0,0,0,–\r\n"));

    const QString pdf = dir.filePath(QStringLiteral("incidents.pdf"));
    tab.exportIncidentReport(pdf);
    REQUIRE_EVENTUALLY_WITHIN(exported.size() + failed.size() == 3, 20000);
    REQUIRE(failed.isEmpty());
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Abusive calls: incident report")));
    CHECK(text.contains(QStringLiteral("November 2026")));
    CHECK(text.contains(QStringLiteral("In all: 3 abusive calls, 2 cool-downs taken")));
    CHECK_FALSE(text.contains(QStringLiteral("anna"))); // no consultant in it
    CHECK(auditedExports(server) ==
          QStringLiteral("lena dashboard_chart png, lena dashboard_table csv, lena incident_report pdf"));

    // The server goes away: the figures stay, with their age; an export is refused, not made unaudited.
    REQUIRE(server.cluster.stopImmediately());
    tab.refresh();
    REQUIRE_EVENTUALLY_WITHIN(tab.stateText().startsWith(QStringLiteral("Offline: figures from")), 20000);
    CHECK(tab.figures());
    const QString refused = dir.filePath(QStringLiteral("refused.csv"));
    tab.exportTableCsv(refused);
    REQUIRE_EVENTUALLY_WITHIN(failed.size() == 1, 20000);
    CHECK(failed.at(0).at(0).toString().startsWith(QStringLiteral("Nothing was exported")));
    CHECK_FALSE(QFile::exists(refused));
}
