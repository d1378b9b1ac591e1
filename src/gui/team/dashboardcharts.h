#pragma once

#include "dashboardqueries.h"
#include "widgets/chartdata.h"

#include <QCoreApplication>
#include <QString>

namespace steadyline::gui {

// The charts of the lead's statistics tab, drawn from the server's figures: abusive calls per
// day and week, how far escalations went, time to calm, promises and training scores. Counts
// stand on whole ticks; days and weeks are labelled short enough for a month side by side.
class DashboardCharts
{
    Q_DECLARE_TR_FUNCTIONS(steadyline::gui::DashboardCharts)

public:
    // In the order of the tab's chart picker.
    enum class Chart { PerDay, PerWeek, Escalations, TimeToCalm, Promises, Training };

    // The chart titled `title`; without figures (null) it says so.
    [[nodiscard]] static ChartData make(Chart chart, const QString &title, const server::DashboardFigures *figures);
};

} // namespace steadyline::gui
