#include "incidentreport.h"

#include "common/csvfield.h"
#include "common/labels.h"
#include "pdfdocument.h"
#include "playbook/playbook.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QMap>
#include <QTextDocument>
#include <QTimeZone>

namespace steadyline::report {

namespace {

QString monthText(const QDate &month)
{
    return QLocale().standaloneMonthName(month.month(), QLocale::LongFormat) + QLatin1Char(' ') +
           QString::number(month.year());
}

QString periodText(const server::DashboardPeriod &period)
{
    // The period is [since, until): its last day is the one before `until`.
    const QTimeZone zone(period.timeZone.toUtf8());
    const QDate first = period.since.toTimeZone(zone).date();
    const QDate last = period.until.toTimeZone(zone).addMSecs(-1).date();
    return QCoreApplication::translate("steadyline::report", "%1 – %2")
        .arg(QLocale().toString(first, QLocale::ShortFormat), QLocale().toString(last, QLocale::ShortFormat));
}

} // namespace

QByteArray csvTable(const QStringList &header, const std::vector<QStringList> &rows)
{
    QString csv;
    const auto addLine = [&csv](const QStringList &fields) {
        QStringList escaped;
        for (const QString &field : fields)
            escaped << csvField(field);
        csv += escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    addLine(header);
    for (const QStringList &row : rows)
        addLine(row);
    return csv.toUtf8();
}

QString incidentOutcomeLabel(const QString &serverName)
{
    if (serverName == QStringLiteral("open"))
        return callOutcomeLabel(std::nullopt);
    const auto outcome = callOutcomeFromName(serverName);
    return outcome ? callOutcomeLabel(outcome) : serverName;
}

QByteArray incidentReportCsv(const IncidentReport &report)
{
    std::vector<QStringList> rows;
    for (const server::IncidentReportRow &row : report.rows)
        rows.push_back({row.month.toString(QStringLiteral("yyyy-MM")), row.team, incidentOutcomeLabel(row.outcome),
                        QString::number(row.incidents), QString::number(row.coolDowns)});
    return csvTable({QCoreApplication::translate("steadyline::report", "Month"),
                     QCoreApplication::translate("steadyline::report", "Team"),
                     QCoreApplication::translate("steadyline::report", "Outcome"),
                     QCoreApplication::translate("steadyline::report", "Abusive calls"),
                     QCoreApplication::translate("steadyline::report", "Cool-downs taken")},
                    rows);
}

QByteArray incidentReportPdf(const IncidentReport &report, QString *error)
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()) == nullptr) {
        *error = QCoreApplication::translate("steadyline::report",
                                             "A PDF can only be made with a graphical application running.");
        return {};
    }
    const auto cell = [](const QString &text, bool number = false) {
        return QStringLiteral("<td%1>%2</td>")
            .arg(number ? QStringLiteral(" align=\"right\"") : QString(), text.toHtmlEscaped());
    };
    const auto headerCell = [](const QString &text) { return QStringLiteral("<th>%1</th>").arg(text.toHtmlEscaped()); };

    qint64 incidents = 0;
    qint64 coolDowns = 0;
    QMap<QString, std::pair<qint64, qint64>> perTeam;
    QMap<QDate, std::pair<qint64, qint64>> perMonth;
    for (const server::IncidentReportRow &row : report.rows) {
        incidents += row.incidents;
        coolDowns += row.coolDowns;
        perTeam[row.team].first += row.incidents;
        perTeam[row.team].second += row.coolDowns;
        perMonth[row.month].first += row.incidents;
        perMonth[row.month].second += row.coolDowns;
    }

    QString html =
        QStringLiteral("<h1>%1</h1>")
            .arg(QCoreApplication::translate("steadyline::report", "Abusive calls: incident report").toHtmlEscaped());
    html += QStringLiteral("<p>%1<br>%2</p>")
                .arg(QCoreApplication::translate("steadyline::report", "Period: %1")
                         .arg(periodText(report.period))
                         .toHtmlEscaped(),
                     QCoreApplication::translate("steadyline::report", "Made on %1")
                         .arg(QLocale().toString(report.madeAt.toLocalTime(), QLocale::ShortFormat))
                         .toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(QCoreApplication::translate(
                         "steadyline::report",
                         "An abusive call (incident) is a call that reached the end of the method (the consultant "
                         "hung up or called security) or that the consultant marked as an insult or a threat. "
                         "Rehearsals are not counted. A cool-down is the break taken after an incident; one "
                         "skipped is not counted. The report holds counts only: no consultant, no caller.")
                         .toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(QCoreApplication::translate("steadyline::report", "In all: %1 abusive calls, %2 cool-downs taken")
                         .arg(QString::number(incidents), QString::number(coolDowns))
                         .toHtmlEscaped());
    if (report.rows.empty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(QCoreApplication::translate("steadyline::report", "No abusive calls in this period.")
                             .toHtmlEscaped());

    const QString table = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
    html += QStringLiteral("<h2>%1</h2>")
                .arg(QCoreApplication::translate("steadyline::report", "Per month").toHtmlEscaped()) +
            table + QStringLiteral("<tr>") + headerCell(QCoreApplication::translate("steadyline::report", "Month")) +
            headerCell(QCoreApplication::translate("steadyline::report", "Abusive calls")) +
            headerCell(QCoreApplication::translate("steadyline::report", "Cool-downs taken")) + QStringLiteral("</tr>");
    for (auto it = perMonth.cbegin(); it != perMonth.cend(); ++it)
        html += QStringLiteral("<tr>") + cell(monthText(it.key())) + cell(QString::number(it->first), true) +
                cell(QString::number(it->second), true) + QStringLiteral("</tr>");
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>%1</h2>")
                .arg(QCoreApplication::translate("steadyline::report", "Per team").toHtmlEscaped()) +
            table + QStringLiteral("<tr>") + headerCell(QCoreApplication::translate("steadyline::report", "Team")) +
            headerCell(QCoreApplication::translate("steadyline::report", "Abusive calls")) +
            headerCell(QCoreApplication::translate("steadyline::report", "Cool-downs taken")) + QStringLiteral("</tr>");
    for (auto it = perTeam.cbegin(); it != perTeam.cend(); ++it)
        html += QStringLiteral("<tr>") + cell(it.key()) + cell(QString::number(it->first), true) +
                cell(QString::number(it->second), true) + QStringLiteral("</tr>");
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>%1</h2>")
                .arg(QCoreApplication::translate("steadyline::report", "Per month, team and outcome").toHtmlEscaped()) +
            table + QStringLiteral("<tr>") + headerCell(QCoreApplication::translate("steadyline::report", "Month")) +
            headerCell(QCoreApplication::translate("steadyline::report", "Team")) +
            headerCell(QCoreApplication::translate("steadyline::report", "Outcome")) +
            headerCell(QCoreApplication::translate("steadyline::report", "Abusive calls")) +
            headerCell(QCoreApplication::translate("steadyline::report", "Cool-downs taken")) + QStringLiteral("</tr>");
    for (const server::IncidentReportRow &row : report.rows)
        html += QStringLiteral("<tr>") + cell(monthText(row.month)) + cell(row.team) +
                cell(incidentOutcomeLabel(row.outcome)) + cell(QString::number(row.incidents), true) +
                cell(QString::number(row.coolDowns), true) + QStringLiteral("</tr>");
    html += QStringLiteral("</table>");

    QTextDocument document;
    useReportFont(document);
    document.setHtml(html);
    const QByteArray bytes =
        printA4Pdf(document, QCoreApplication::translate("steadyline::report", "Abusive calls: incident report"));
    if (bytes.isEmpty()) {
        *error = QCoreApplication::translate("steadyline::report", "The PDF could not be made.");
        return {};
    }
    return bytes;
}

} // namespace steadyline::report
