#pragma once

#include "dashboardqueries.h"

#include <QCoreApplication>
#include <QString>

class QChart;

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

    // A new chart (the caller owns it) titled `title`; without figures (null) it says so.
    [[nodiscard]] static QChart *make(Chart chart, const QString &title, const server::DashboardFigures *figures);
};

} // namespace steadyline::gui
