#pragma once

#include "dashboardqueries.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace steadyline::gui {

// One table of the statistics as the window shows it and a CSV file holds it.
struct DashboardTable
{
    QString id; // summary, per_day, per_week, escalations, training, assignments, consultants
    QString title;
    QStringList header;
    std::vector<QStringList> rows;
};

// The tables of the lead's statistics tab, made from the server's figures: the summary, the
// escalations, per day and per week, training, the training assigned (overdue first) and, last,
// per consultant in the order of their names, never sorted by a figure (no ranking).
class DashboardTables
{
    Q_DECLARE_TR_FUNCTIONS(steadyline::gui::DashboardTables)

public:
    [[nodiscard]] static std::vector<DashboardTable> make(const server::DashboardFigures &figures);
};

} // namespace steadyline::gui
