#pragma once

#include "dashboardqueries.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace steadyline::report {

// A table as CSV (RFC 4180: commas, CRLF, UTF-8): fields with a comma, quote or line break are
// quoted, and a field that starts like a spreadsheet formula gets a leading apostrophe.
[[nodiscard]] QByteArray csvTable(const QStringList &header, const std::vector<QStringList> &rows);

// The incident report for health and safety (issue #18 §1): incidents and cool-downs taken per
// month, team and outcome, with totals per month and per team. Counts only: no consultant, no
// caller, nothing of a call's content. The words are in the interface language (the installed
// translation); months are named by the default QLocale.
struct IncidentReport
{
    server::DashboardPeriod period;
    std::vector<server::IncidentReportRow> rows;
    QDateTime madeAt;
};

// The report's columns and rows as CSV.
[[nodiscard]] QByteArray incidentReportCsv(const IncidentReport &report);
// The report as an A4 PDF (needs a QGuiApplication; an offscreen one will do). Empty with words
// for the user in `error` when it cannot be made.
[[nodiscard]] QByteArray incidentReportPdf(const IncidentReport &report, QString *error);
// The outcome's words ("escalated" → "escalated (security called)" …) in the interface language.
[[nodiscard]] QString incidentOutcomeLabel(const QString &serverName);

} // namespace steadyline::report
